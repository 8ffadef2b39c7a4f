package org.onenumber.security.control;

/**
 * The extension point through which the capability that keeps accounts tells which carrier an account
 * belongs to, so that tenancy can be checked below the capabilities.
 */
public interface TenantDirectory {

    /** The account's carrier, or -1 when there is no such account. */
    long carrierOf(long accountId);
}
