package org.onenumber.web.license;

import java.io.Serializable;
import java.util.Locale;
import org.onenumber.license.boundary.DeviceGroup;
import org.onenumber.license.boundary.DeviceLine;
import org.onenumber.web.Words;

/**
 * A row of the device tree: a group (a desk phone model or the mobile clients), a device with its
 * registration, the station line on a device, or the link that shows a group's next devices.
 *
 * @param identity the device identity of a shared client's line, which Unshare frees; null elsewhere
 * @param userId the user of a line (Unshare frees the client only while it is still shared to them); null elsewhere
 * @param group the group whose next devices the link of a MORE row shows; null elsewhere
 */
public record DeviceRow(Kind kind, String title, String phoneNumber, String type, String status, String detail,
                        String identity, String group, Long userId) implements Serializable {

    public enum Kind { GROUP, DEVICE, LINE, MORE }

    static DeviceRow group(DeviceGroup group) {
        return new DeviceRow(Kind.GROUP, group.title() + " (" + String.format(Locale.US, "%,d", group.count()) + ")", null, null,
                null, null, null, null, null);
    }

    static DeviceRow device(DeviceLine line) {
        return new DeviceRow(Kind.DEVICE, line.device(), null, line.mobileClient() ? "Mobile client" : "Desk phone",
                line.registration().title(), null, null, null, null);
    }

    /** The line in words, "Shared - 1011 Kim Walker" as Figure 5 of the WorkTime admin guide shows it in capitals. */
    static DeviceRow line(DeviceLine line) {
        String title = (line.mobileClient() ? Words.word(line.lineType()) + " - " : "") + line.extension() + " " + line.userName();
        return new DeviceRow(Kind.LINE, title, line.phoneNumber(), Words.word(line.lineType()), null,
                "Extension " + line.extension() + ", on the switch as " + line.subscriber(), line.mobileClient() ? line.device() : null, null,
                line.userId());
    }

    /** The link under a group's devices while more are to be shown. */
    static DeviceRow more(String group, int shown, long count) {
        return new DeviceRow(Kind.MORE, String.format(Locale.US, "%,d of %,d shown", shown, count), null, null, null, null, null,
                group, null);
    }
}
