package org.onenumber.security.entity;

/** Role names as used in {@code @RolesAllowed}, web.xml and the login table. */
public final class Role {

    public static final String CARRIER_API = "CARRIER_API";
    public static final String SUPPORT = "SUPPORT";
    public static final String DECISION_MAKER = "DECISION_MAKER";
    public static final String PHONE_MANAGER = "PHONE_MANAGER";
    public static final String END_USER = "END_USER";
    /** Background work (batch jobs, switch events, dispatchers) acting through the boundaries; see SystemCaller. */
    public static final String SYSTEM = "SYSTEM";

    private Role() {
    }
}
