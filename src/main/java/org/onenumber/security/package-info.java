/**
 * Who may do what. Logins live in the database with PBKDF2 hashes; one authentication mechanism
 * serves both channels: HTTP Basic for the carriers' SOAP clients under /ws, form login for the pages.
 * Temporary passwords must be changed at first login; repeated failures lock a login for a while. An account
 * may require a second step at web sign-in: an access code emailed to the person (SOAP is not affected).
 */
package org.onenumber.security;
