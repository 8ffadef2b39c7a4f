package org.onenumber.billing.entity;

import java.io.Serializable;

/** What an account held on one day. The Mobility add-on counts as one on a day its status was ACTIVE. */
public record DayQuantities(int licensesPurchased, int licensesShared, int mobilityUsers, int anywhereUsers,
                            String mobilityStatus) implements Serializable {

    public static final String ACTIVE = "ACTIVE";

    public boolean mobilityActive() {
        return ACTIVE.equals(mobilityStatus);
    }

    public int of(BillingItem item) {
        return switch (item) {
            case LICENSES_PURCHASED -> licensesPurchased;
            case LICENSES_SHARED -> licensesShared;
            case MOBILITY_USERS -> mobilityUsers;
            case ANYWHERE_USERS -> anywhereUsers;
            case MOBILITY_ADD_ON -> mobilityActive() ? 1 : 0;
        };
    }
}
