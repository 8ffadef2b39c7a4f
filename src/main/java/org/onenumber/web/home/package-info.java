/**
 * The home pages an admin lands on after sign-in: a customer admin's account at a glance (licenses with their last
 * 90 days, mobility users, switch sync, recent changes) and support's carrier at a glance (accounts by add-on state,
 * failed switch commands, pending activations). Each figure is one grouped query of a capability's boundary; the charts
 * are PrimeFaces' Chart.js component, each with its figures also as text.
 */
package org.onenumber.web.home;
