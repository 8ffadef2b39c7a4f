package org.onenumber.switchadapter.wire;

/**
 * An Office Anywhere portal: the inbound number users call to be treated as their own desk phone.
 * {@code account} is the switch key of the account that owns it ("account-&lt;id&gt;"); {@code site} names the
 * site ("site-&lt;id&gt;") when the scope is SITE and is null for COMPANY. The scope decides who may call
 * through it: every subscriber of the account, or only those of the site.
 */
public record PortalState(String number, String name, String extension, Scope scope, String site, String account) {

    /** A portal whose account the switch is not told; a COMPANY portal without one admits nobody. */
    public PortalState(String number, String name, String extension, Scope scope, String site) {
        this(number, name, extension, scope, site, null);
    }

    public enum Scope {
        COMPANY,
        SITE
    }
}
