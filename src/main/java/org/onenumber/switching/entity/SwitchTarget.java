package org.onenumber.switching.entity;

/**
 * One thing the switch holds, named the way the switch knows it: a subscriber (a station, keyed by the
 * station's id so the key outlives number and extension changes) or an account's Mobility settings.
 */
public record SwitchTarget(Kind kind, long carrierId, long accountId, String key) {

    public enum Kind { SUBSCRIBER, ACCOUNT_MOBILITY, PORTAL }

    private static final String STATION = "station-";
    private static final String ACCOUNT = "account-";
    private static final String PORTAL = "portal-";
    private static final String SITE = "site-";

    public static SwitchTarget subscriber(long carrierId, long accountId, long stationId) {
        return new SwitchTarget(Kind.SUBSCRIBER, carrierId, accountId, stationKey(stationId));
    }

    public static SwitchTarget accountMobility(long carrierId, long accountId) {
        return new SwitchTarget(Kind.ACCOUNT_MOBILITY, carrierId, accountId, ACCOUNT + accountId);
    }

    /** An Office Anywhere portal, keyed by the portal's id (its number is fixed, but a portal may be re-added). */
    public static SwitchTarget portal(long carrierId, long accountId, long portalId) {
        return new SwitchTarget(Kind.PORTAL, carrierId, accountId, PORTAL + portalId);
    }

    /** The switch's key for an account, as subscribers and portals name the account they belong to. */
    public static String accountKey(long accountId) {
        return ACCOUNT + accountId;
    }

    /** The switch's key for a site, as subscribers and site-scoped portals name it. */
    public static String siteKey(long siteId) {
        return SITE + siteId;
    }

    /** The switch's key for a station. */
    public static String stationKey(long stationId) {
        return STATION + stationId;
    }

    /** The station's id in a key of {@link #stationKey}; null for any other key. */
    public static Long stationId(String key) {
        return idAfter(STATION, key);
    }

    /** The account's id in a key of {@link #accountKey}; null for any other key (or none). */
    public static Long accountId(String key) {
        return idAfter(ACCOUNT, key);
    }

    private static Long idAfter(String prefix, String key) {
        if (key == null || !key.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(key.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The id in the key: the station's for a subscriber, the account's for its Mobility settings, the portal's. */
    public long subjectId() {
        return Long.parseLong(key.substring(key.indexOf('-') + 1));
    }
}
