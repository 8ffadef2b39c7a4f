package org.onenumber.platform.entity;

/** Whose data something is: a carrier, and within it an account (null for the carrier's own things). */
public interface Tenant {

    long carrierId();

    Long accountId();
}
