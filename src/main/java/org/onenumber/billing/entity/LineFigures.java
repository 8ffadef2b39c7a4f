package org.onenumber.billing.entity;

import java.io.Serializable;

/** A statement line's figures before it is stored: what the true-up computes and the adjustment rule compares. */
public record LineFigures(StatementLine.Kind kind, String item, String forMonth, int basisDays, long unitDays, int peak,
                          long calls, long billedMinutes) implements Serializable {

    public boolean isZero() {
        return unitDays == 0 && peak == 0 && calls == 0 && billedMinutes == 0;
    }
}
