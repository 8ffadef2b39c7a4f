/**
 * The Mobility add-on of an account (status, routers, Connect Mobility Settings) and its mobility users.
 * Status and settings rules live in the entities; the boundaries coordinate licenses, emails and the
 * switch outbox in one transaction, so a refused request changes nothing.
 */
package org.onenumber.mobility;
