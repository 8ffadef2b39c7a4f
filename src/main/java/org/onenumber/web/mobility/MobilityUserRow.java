package org.onenumber.web.mobility;

import java.io.Serializable;
import java.time.Instant;
import org.onenumber.account.entity.Station;
import org.onenumber.mobility.boundary.MobilityUserLine;
import org.onenumber.mobility.entity.MobilityUser;

/** One line of the mobility users table (page-ready values, getters for EL). */
public class MobilityUserRow implements Serializable {

    private final long userId;
    private final String name;
    private final String number;
    private final String extension;
    private final String mobilityExtension;
    private final String site;
    private final boolean video;
    private final String clients;
    private final Instant provisioningEmailSent;

    public MobilityUserRow(MobilityUserLine line) {
        MobilityUser mobilityUser = line.mobilityUser();
        Station station = mobilityUser.getUser().getStation();
        this.userId = mobilityUser.getUser().getId();
        this.name = mobilityUser.getUser().displayName();
        this.number = station.getPhoneNumber() == null ? "" : station.getPhoneNumber().getDisplay();
        this.extension = station.getExtension();
        this.mobilityExtension = mobilityUser.getMobilityExtension();
        this.site = mobilityUser.getUser().getSite().getName();
        this.video = mobilityUser.isVideo();
        this.clients = String.join(", ", line.clients());
        this.provisioningEmailSent = mobilityUser.getProvisioningEmailSentAt();
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public String getExtension() {
        return extension;
    }

    public String getMobilityExtension() {
        return mobilityExtension;
    }

    public String getSite() {
        return site;
    }

    public boolean isVideo() {
        return video;
    }

    public String getClients() {
        return clients;
    }

    /** When the provisioning email was last sent; null before it was. */
    public Instant getProvisioningEmailSent() {
        return provisioningEmailSent;
    }
}
