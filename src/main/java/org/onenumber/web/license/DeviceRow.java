package org.onenumber.web.license;

import java.io.Serializable;
import org.onenumber.license.boundary.DeviceGroup;
import org.onenumber.license.boundary.DeviceLine;

/**
 * A row of the device tree: a group (a desk phone model or the mobile clients), a device with its
 * registration, or the station line on a device.
 *
 * @param identity the device identity of a shared client's line, which Unshare frees; null elsewhere
 */
public record DeviceRow(Kind kind, String title, String phoneNumber, String type, String status, String detail,
                        String identity) implements Serializable {

    public enum Kind { GROUP, DEVICE, LINE }

    static DeviceRow group(DeviceGroup group) {
        return new DeviceRow(Kind.GROUP, group.title() + " (" + group.count() + ")", null, null, null, null, null);
    }

    static DeviceRow device(DeviceLine line) {
        return new DeviceRow(Kind.DEVICE, line.device(), null, line.mobileClient() ? "Mobile client" : "Desk phone",
                line.registration().title(), null, null);
    }

    static DeviceRow line(DeviceLine line) {
        return new DeviceRow(Kind.LINE, line.lineTitle(), line.phoneNumber(), line.lineType(), null,
                "Switch subscriber " + line.subscriber(), line.mobileClient() ? line.device() : null);
    }
}
