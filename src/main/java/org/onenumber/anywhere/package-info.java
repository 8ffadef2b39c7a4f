/**
 * Office Anywhere (reference 004): the portals of a site (an inbound number users call to be their own desk
 * phone, for the company or the site), the users who have it and their alternate numbers, the readiness check
 * of the guide's five prerequisites, pushing and pulling calls, and the toll usage of calls placed through a
 * portal. Feature conflicts are the account's {@code FeatureRules}; the switch gets portals and numbers through
 * the switch projection.
 */
package org.onenumber.anywhere;
