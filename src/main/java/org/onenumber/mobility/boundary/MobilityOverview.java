package org.onenumber.mobility.boundary;

import java.io.Serializable;
import org.onenumber.mobility.entity.MobilityStatus;

/** An account's Mobility add-on at a glance, for support's account list. */
public record MobilityOverview(MobilityStatus status, String router, int purchased, int shared) implements Serializable {

    public static final MobilityOverview NONE = new MobilityOverview(MobilityStatus.NOT_ACTIVATED, null, 0, 0);

    public int available() {
        return purchased - shared;
    }
}
