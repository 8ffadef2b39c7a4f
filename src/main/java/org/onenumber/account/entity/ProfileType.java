package org.onenumber.account.entity;

/** The phone profile a user is sold; only some types may have mobility (per carrier). */
public enum ProfileType {
    BASIC, ESSENTIALS, PREMIER, ELITE
}
