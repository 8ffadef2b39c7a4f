package org.onenumber.web.account;

import java.io.Serializable;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;

/** One line of the users table (page-ready values, getters for EL). */
public class UserRow implements Serializable {

    private final long id;
    private final String name;
    private final String extension;
    private final String businessNumber;
    private final String email;
    private final String site;
    private final String profileType;
    private final String deskPhone;

    public UserRow(User user) {
        Station station = user.getStation();
        this.id = user.getId();
        this.name = user.displayName();
        this.extension = station.getExtension();
        this.businessNumber = station.getPhoneNumber() == null ? "" : station.getPhoneNumber().getDisplay();
        this.email = user.getEmail();
        this.site = user.getSite().getName();
        this.profileType = user.getProfileType().name();
        this.deskPhone = station.getDeskPhone() == null ? "" : station.getDeskPhone().getModel();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getExtension() {
        return extension;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public String getEmail() {
        return email;
    }

    public String getSite() {
        return site;
    }

    public String getProfileType() {
        return profileType;
    }

    public String getDeskPhone() {
        return deskPhone;
    }
}
