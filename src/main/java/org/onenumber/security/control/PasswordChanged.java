package org.onenumber.security.control;

/** Fired in the transaction of a password change, for the audit trail. */
public record PasswordChanged(long carrierId, Long accountId, long loginId) {
}
