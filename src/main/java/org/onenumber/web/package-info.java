/**
 * The web channel: JSF backing beans of the admin pages and My Phone, one sub-package per capability they
 * serve, and what they share here (messages beside fields, lazy table models, navigation by role). On top of
 * every capability: beans are thin, each action calls one boundary method, and nothing below imports them.
 */
package org.onenumber.web;
