package org.onenumber.mobility.boundary;

import java.io.Serializable;
import org.onenumber.mobility.entity.MobileAppSettings;

/**
 * What My Features shows of the Mobile App: whether an administrator enabled it for the user (and whom to ask if
 * not), whether the add-on is active, the user's settings (null while off), and what the app needs to sign in: the
 * client user name, the server details, the QR code's content (null until support assigned a mobility router) and
 * the download links.
 */
public record MobileAppView(
        boolean enabledByAdmin,
        boolean addOnActive,
        String askWhom,
        MobileAppSettings settings,
        String clientUserName,
        String serverAddress,
        String remoteServer,
        Integer remotePort,
        String group,
        String mobilityExtension,
        String qrContent,
        String appleLink,
        String androidLink) implements Serializable {

    public boolean on() {
        return settings != null;
    }

    public long version() {
        return settings == null ? 0 : settings.getVersion();
    }
}
