package org.onenumber.switchadapter.wire;

/**
 * An Office Anywhere portal: the inbound number users call to be treated as their own desk phone.
 * {@code site} names the site when the scope is SITE and is null for COMPANY.
 */
public record PortalState(String number, String name, String extension, Scope scope, String site) {

    public enum Scope {
        COMPANY,
        SITE
    }
}
