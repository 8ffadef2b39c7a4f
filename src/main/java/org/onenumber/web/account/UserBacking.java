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
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Validation;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;

/**
 * admin/user.xhtml: create a user, or edit the one in ?id=. Validation is the boundary's, every field's complaint
 * shown beside its field at once; a field's own rule is also checked as the user leaves it.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Users users;

    @Inject
    Sites sites;

    @Inject
    Validation validation;

    private String idParam;
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

    /**
     * f:viewAction: loads the user named in the URL. An id that is no number, or names no user of this account
     * (another tenant's included), shows a message and no form, never the Add user form.
     */
    public void load() {
        siteChoices = sites.all(admin.requireAccount());
        if (idParam == null) {
            return;
        }
        try {
            id = Long.valueOf(idParam.trim());
        } catch (NumberFormatException e) {
            id = -1L;
        }
        if (id <= 0) {
            found = false;
            Messages.error("The address names no user (\"" + idParam + "\" is not a user number). Choose a user from the list.");
            return;
        }
        try {
            User user = users.get(id);
            if (!user.getAccount().getId().equals(admin.requireAccount())) {
                throw new NotFoundException("User", id);
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
            Messages.error(e.getMessage() + " Choose a user from the list.");
        }
    }

    /**
     * The form sends every field: one left empty is a blank value to check (the boundary keeps a field that is not
     * sent, as SOAP clients expect), so an emptied required field is refused, not silently kept.
     */
    public void save() {
        UserDetails details = new UserDetails(siteId, blank(firstName), blank(lastName), blank(email), blank(businessNumber),
                blank(extension), profileType, deskPhoneModel, deskPhoneMac);
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
        Navigation.redirect("/admin/users.xhtml", firstName.trim() + " " + lastName.trim()
                + (id == null ? " is added." : " is saved."));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** p:ajax as the user leaves a field: that field's own rule (uniqueness waits for Save). */
    public void check(String field) {
        Object value = switch (field) {
            case "siteId" -> siteId;
            case "firstName" -> firstName;
            case "lastName" -> lastName;
            case "email" -> email;
            case "extension" -> extension;
            default -> throw new IllegalArgumentException(field);
        };
        String complaint = validation.complaint(UserDetails.class, field, value);
        if (complaint != null) {
            Messages.field("user:" + field, complaint);
        }
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

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
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
