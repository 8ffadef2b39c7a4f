package org.onenumber.billing.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of a statement's month: its quantities and where they come from. RECORDED: that day's snapshot;
 * CARRIED: the latest earlier one; UNMEASURED: no snapshot on or before the day (counts nothing); NOT_YET: a day of
 * a running month after the statement was made (counts nothing); ACCOUNT_DELETED: a day after the account was deleted
 * (counts nothing).
 */
public record DayRow(LocalDate day, Basis basis, DayQuantities quantities) implements Serializable {

    public enum Basis { RECORDED, CARRIED, UNMEASURED, NOT_YET, ACCOUNT_DELETED }

    public boolean counts() {
        return quantities != null;
    }

    public int of(BillingItem item) {
        return quantities == null ? 0 : quantities.of(item);
    }
}
