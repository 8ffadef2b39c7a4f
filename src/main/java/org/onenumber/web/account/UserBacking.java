package org.onenumber.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.boundary.Sites;
import org.onenumber.account.boundary.Users;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;

/** admin/user.xhtml: create a user, or edit the one in ?id=. Validation is the boundary's, shown per field. */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Users users;

    @Inject
    Sites sites;

    private Long id;
    private long version;
    private boolean found = true;
    private List<Site> siteChoices;
    private Long siteId;
    private String firstName;
    private String lastName;
    private String email;
    private String businessNumber;
    private String extension;
    private ProfileType profileType = ProfileType.ESSENTIALS;
    private String deskPhoneModel;
    private String deskPhoneMac;

    /** f:viewAction: loads the user named in the URL; another tenant's id is simply not found. */
    public void load() {
        siteChoices = sites.all(admin.requireAccount());
        if (id == null) {
            return;
        }
        try {
            User user = users.get(id);
            if (!user.getAccount().getId().equals(admin.requireAccount())) {
                throw new org.onenumber.platform.control.NotFoundException("User", id);
            }
            Station station = user.getStation();
            version = user.getVersion();
            siteId = user.getSite().getId();
            firstName = user.getFirstName();
            lastName = user.getLastName();
            email = user.getEmail();
            businessNumber = station.getPhoneNumber() == null ? null : station.getPhoneNumber().getDisplay();
            extension = station.getExtension();
            profileType = user.getProfileType();
            deskPhoneModel = station.getDeskPhone() == null ? null : station.getDeskPhone().getModel();
            deskPhoneMac = station.getDeskPhone() == null ? null : station.getDeskPhone().getMacAddress();
        } catch (BusinessException e) {
            found = false;
            Messages.error(e.getMessage());
        }
    }

    public void save() {
        UserDetails details = new UserDetails(siteId, firstName, lastName, email, businessNumber, extension, profileType,
                deskPhoneModel, deskPhoneMac);
        try {
            if (id == null) {
                users.add(admin.requireAccount(), details);
            } else {
                users.modify(id, version, details);
            }
        } catch (RuntimeException e) {
            Messages.show("user", e);
            return;
        }
        Navigation.redirect("/admin/users.xhtml");
    }

    public ProfileType[] getProfileTypes() {
        return ProfileType.values();
    }

    public List<Site> getSiteChoices() {
        return siteChoices;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public void setBusinessNumber(String businessNumber) {
        this.businessNumber = businessNumber;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public ProfileType getProfileType() {
        return profileType;
    }

    public void setProfileType(ProfileType profileType) {
        this.profileType = profileType;
    }

    public String getDeskPhoneModel() {
        return deskPhoneModel;
    }

    public void setDeskPhoneModel(String deskPhoneModel) {
        this.deskPhoneModel = deskPhoneModel;
    }

    public String getDeskPhoneMac() {
        return deskPhoneMac;
    }

    public void setDeskPhoneMac(String deskPhoneMac) {
        this.deskPhoneMac = deskPhoneMac;
    }
}
