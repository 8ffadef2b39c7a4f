package org.onenumber.switching.entity;

/**
 * One thing the switch holds, named the way the switch knows it: a subscriber (a station, keyed by the
 * station's id so the key outlives number and extension changes) or an account's Mobility settings.
 */
public record SwitchTarget(Kind kind, long carrierId, long accountId, String key) {

    public enum Kind { SUBSCRIBER, ACCOUNT_MOBILITY }

    private static final String STATION = "station-";
    private static final String ACCOUNT = "account-";

    public static SwitchTarget subscriber(long carrierId, long accountId, long stationId) {
        return new SwitchTarget(Kind.SUBSCRIBER, carrierId, accountId, stationKey(stationId));
    }

    public static SwitchTarget accountMobility(long carrierId, long accountId) {
        return new SwitchTarget(Kind.ACCOUNT_MOBILITY, carrierId, accountId, ACCOUNT + accountId);
    }

    /** The switch's key for a station. */
    public static String stationKey(long stationId) {
        return STATION + stationId;
    }

    /** The id in the key: the station's for a subscriber, the account's for its Mobility settings. */
    public long subjectId() {
        return Long.parseLong(key.substring(key.indexOf('-') + 1));
    }
}
