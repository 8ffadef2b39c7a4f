package org.onenumber.web.mobility;

import java.io.Serializable;
import java.time.Instant;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;
import org.onenumber.mobility.boundary.MobilityUserLine;
import org.onenumber.mobility.entity.MobilityUser;

/** One line of the mobility users table (page-ready values, getters for EL); a client holder without Mobility too. */
public class MobilityUserRow implements Serializable {

    private final long userId;
    private final String name;
    private final String number;
    private final String extension;
    private final boolean mobilityUser;
    /** The mobility user's version as the row read it, so Update Mobility changes what the admin saw; null without. */
    private final Long mobilityVersion;
    private final String mobilityExtension;
    private final String site;
    private final boolean video;
    private final String clients;
    private final Instant provisioningEmailSent;
    private final String remaining;

    public MobilityUserRow(MobilityUserLine line) {
        MobilityUser mobility = line.mobilityUser();
        User user = line.user();
        Station station = user.getStation();
        this.userId = user.getId();
        this.name = user.displayName();
        this.number = station.getPhoneNumber() == null ? "" : station.getPhoneNumber().getDisplay();
        this.extension = station.getExtension();
        this.mobilityUser = mobility != null;
        this.mobilityVersion = mobility == null ? null : mobility.getVersion();
        this.mobilityExtension = mobility == null ? "" : mobility.getMobilityExtension();
        this.site = user.getSite().getName();
        this.video = mobility != null && mobility.isVideo();
        this.clients = String.join(", ", line.clients());
        this.provisioningEmailSent = mobility == null ? null : mobility.getProvisioningEmailSentAt();
        this.remaining = String.join("; ", line.remaining());
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

    /** Whether Mobility is enabled for the user (not only a client shared to them). */
    public boolean isMobilityUser() {
        return mobilityUser;
    }

    public Long getMobilityVersion() {
        return mobilityVersion;
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

    public String getRemaining() {
        return remaining;
    }
}
