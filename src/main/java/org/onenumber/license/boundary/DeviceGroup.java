package org.onenumber.license.boundary;

import java.io.Serializable;

/** A group of the Devices tree: the desk phones of one model, or (model null) the account's mobile clients. */
public record DeviceGroup(String model, long count) implements Serializable {

    public static final String MOBILE_CLIENT = "Mobile Client";

    public boolean mobileClient() {
        return model == null;
    }

    public String title() {
        return model == null ? MOBILE_CLIENT : model;
    }
}
