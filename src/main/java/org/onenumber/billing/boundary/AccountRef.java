package org.onenumber.billing.boundary;

import java.io.Serializable;

/** An account a billing job works on, with the carrier its system caller is scoped to. */
public record AccountRef(long accountId, long carrierId) implements Serializable {
}
