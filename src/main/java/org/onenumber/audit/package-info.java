/**
 * Who changed what, through which channel: every change writes an {@code AuditEntry} in the same
 * transaction, with the before and after state, so an entry exists exactly when the change does.
 */
package org.onenumber.audit;
