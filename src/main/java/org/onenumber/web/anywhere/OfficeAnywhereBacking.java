package org.onenumber.web.anywhere;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.boundary.Sites;
import org.onenumber.account.entity.Extension;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.User;
import org.onenumber.anywhere.boundary.AnywhereReadiness;
import org.onenumber.anywhere.boundary.AnywhereUsers;
import org.onenumber.anywhere.boundary.Portals;
import org.onenumber.anywhere.control.Readiness;
import org.onenumber.anywhere.entity.AlternateNumber;
import org.onenumber.anywhere.entity.NumberDetails;
import org.onenumber.anywhere.entity.NumberKind;
import org.onenumber.anywhere.entity.OfficeAnywhereUser;
import org.onenumber.anywhere.entity.Portal;
import org.onenumber.anywhere.entity.PortalDetails;
import org.onenumber.anywhere.entity.PortalScope;
import org.onenumber.platform.control.Validation;
import org.onenumber.web.Messages;
import org.onenumber.web.account.AdminContext;

/**
 * admin/office-anywhere.xhtml, the guide's Advanced Services &gt; Site Package Settings &gt; Office Anywhere: the site
 * drop-down, the readiness check of the five prerequisites, the site's portals with the Add and Edit dialogs, and
 * the site's Office Anywhere users with their landline and wireless numbers. Both dialogs show every field's
 * complaint beside its field on Save, and a field's own rule as the admin leaves it, in the boundary's words.
 */
@Named
@ViewScoped
public class OfficeAnywhereBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Sites sites;

    @Inject
    Portals portals;

    @Inject
    AnywhereUsers users;

    @Inject
    AnywhereReadiness readiness;

    @Inject
    Validation validation;

    private final Map<String, Long> siteChoices = new LinkedHashMap<>();
    private Long siteId;
    private List<Portal> portalList;
    private List<OfficeAnywhereUser> userList;
    private Readiness check;
    private List<PhoneNumber> freeNumbers = List.of();
    private List<User> candidates = List.of();

    static final String NO_SITE = "This account has no site yet. Portals and Office Anywhere users belong to a site,"
            + " and the carrier adds sites to the account.";

    // the portal dialog
    private Long editingPortal;
    private long editingVersion;
    private String portalNumber;
    private String portalName;
    private String portalExtension;
    private PortalScope portalScope;
    /** The name shown is the chosen number's, not one the admin typed: it follows the next number chosen. */
    private boolean nameFollowsNumber;

    // assigning Office Anywhere
    private Long assignUserId;

    // the number dialog
    private Long numberUserId;
    private Long editingNumber;
    private long editingNumberVersion;
    private String number;
    private NumberKind numberKind;
    private String numberDescription;
    private boolean numberActive;

    @PostConstruct
    void init() {
        for (Site site : sites.all(admin.requireAccount())) {
            siteChoices.put(site.getName(), site.getId());
        }
        siteId = siteChoices.isEmpty() ? null : siteChoices.values().iterator().next();
        refresh();
    }

    /** Reloads what the page shows for the chosen site. */
    public void refresh() {
        if (siteId == null) {
            portalList = List.of();
            userList = List.of();
            check = null;
            return;
        }
        portalList = portals.ofSite(siteId);
        userList = users.list(admin.requireAccount(), siteId);
        check = readiness.check(siteId);
        // read once per change, not at every getter call of a render
        freeNumbers = portals.freeNumbers(admin.requireAccount());
        candidates = users.candidates(siteId);
    }

    // --- portals --------------------------------------------------------------------------------

    public void openPortal(Portal portal) {
        editingPortal = portal == null ? null : portal.getId();
        editingVersion = portal == null ? 0 : portal.getVersion();
        portalNumber = portal == null ? null : portal.getPhoneNumber().getE164();
        portalName = portal == null ? null : portal.getName();
        portalExtension = portal == null ? null : portal.getExtension();
        portalScope = portal == null ? null : portal.getScope();
        nameFollowsNumber = portal == null;
    }

    /** A new portal's name is its number until the admin types another. */
    public void numberChosen() {
        if (portalName == null || portalName.isBlank()) {
            nameFollowsNumber = true;
        }
        if (portalNumber != null && nameFollowsNumber) {
            portalName = NumberFormat.display(portalNumber);
        }
        checkPortal("number");
    }

    /** p:ajax as the admin leaves a portal field: that field's own rule (whether a number or extension is free waits for Save). */
    public void checkPortal(String field) {
        String clientId = "portal:" + field;
        switch (field) {
            case "number" -> Messages.check(clientId, () -> PortalDetails.requireNumber(portalNumber));
            case "scope" -> Messages.check(clientId, () -> PortalDetails.requireScope(portalScope));
            case "name" -> complain(clientId, validation.complaint(PortalDetails.class, "name", portalName));
            case "extension" -> {
                if (portalExtension != null && !portalExtension.isBlank()) {
                    Messages.check(clientId, () -> Extension.require(portalExtension, "extension"));
                }
            }
            default -> throw new IllegalArgumentException(field);
        }
    }

    public void savePortal() {
        if (siteId == null) {
            Messages.error(NO_SITE);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        PortalDetails details = new PortalDetails(portalNumber, portalName == null ? "" : portalName,
                portalExtension == null ? "" : portalExtension,
                portalScope);
        String label = portalName == null || portalName.isBlank() ? "The portal" : "Portal " + portalName;
        Messages.run("portal", () -> {
            if (editingPortal == null) {
                portals.add(siteId, details);
            } else {
                portals.modify(editingPortal, editingVersion, details);
            }
        }, label + " is saved.");
        refresh();
    }

    public void deletePortal(Portal portal) {
        Messages.run("portals", () -> portals.delete(portal.getId(), portal.getVersion()),
                "Portal " + portal.getName() + " is deleted; its number and extension are free.");
        refresh();
    }

    public List<PhoneNumber> getFreeNumbers() {
        return freeNumbers;
    }

    // --- users and their numbers --------------------------------------------------------------

    public List<User> getCandidates() {
        return candidates;
    }

    public void assign() {
        if (assignUserId == null) {
            Messages.field("assign:user", "Choose a user.");
            return;
        }
        if (Messages.run("assign", () -> users.assign(assignUserId), "Office Anywhere is assigned.")) {
            assignUserId = null;
        }
        refresh();
    }

    public void removeUser(OfficeAnywhereUser anywhere) {
        Messages.run("anywhereUsers", () -> users.remove(anywhere.getUser().getId()),
                anywhere.getUser().displayName() + " no longer has Office Anywhere.");
        refresh();
    }

    public void openNumber(OfficeAnywhereUser owner, AlternateNumber existing) {
        numberUserId = owner.getUser().getId();
        editingNumber = existing == null ? null : existing.getId();
        editingNumberVersion = existing == null ? 0 : existing.getVersion();
        number = existing == null ? null : existing.getDisplay();
        numberKind = existing == null ? NumberKind.WIRELESS : existing.getKind();
        numberDescription = existing == null ? null : existing.getDescription();
        numberActive = existing == null || existing.isActive();
    }

    public void saveNumber() {
        // the form sends every field: an emptied note clears it (the boundary keeps a note that is not sent)
        NumberDetails details = new NumberDetails(number, numberKind, numberDescription == null ? "" : numberDescription,
                numberActive);
        Messages.run("alternate", () -> {
            if (editingNumber == null) {
                users.addNumber(numberUserId, details);
            } else {
                users.modifyNumber(editingNumber, editingNumberVersion, details);
            }
        }, "The number is saved.");
        refresh();
    }

    /** p:ajax as the admin leaves a field of the number dialog: that field's own rule. */
    public void checkNumber(String field) {
        String clientId = "alternate:" + field;
        switch (field) {
            case "number" -> Messages.check(clientId, () -> NumberFormat.toE164(number, "number"));
            case "description" -> complain(clientId, validation.complaint(NumberDetails.class, "description", numberDescription));
            default -> throw new IllegalArgumentException(field);
        }
    }

    private static void complain(String clientId, String complaint) {
        if (complaint != null) {
            Messages.field(clientId, complaint);
        }
    }

    /** Ticks or clears Active on one number. */
    public void toggleActive(AlternateNumber alternate) {
        NumberDetails details = new NumberDetails(alternate.getE164(), alternate.getKind(), alternate.getDescription(),
                !alternate.isActive());
        Messages.run("anywhereUsers", () -> users.modifyNumber(alternate.getId(), alternate.getVersion(), details),
                alternate.getDisplay() + (alternate.isActive() ? " no longer rings." : " rings with the desk phone."));
        refresh();
    }

    public void removeNumber(AlternateNumber alternate) {
        Messages.run("anywhereUsers", () -> users.removeNumber(alternate.getId(), alternate.getVersion()),
                alternate.getDisplay() + " is removed.");
        refresh();
    }

    // --- what the page reads -------------------------------------------------------------------

    /** No site to choose: the page says so instead of offering what needs one. */
    public boolean isWithoutSite() {
        return siteId == null;
    }

    public String getNoSite() {
        return NO_SITE;
    }

    public Map<String, Long> getSiteChoices() {
        return siteChoices;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public List<Portal> getPortals() {
        return portalList;
    }

    public List<OfficeAnywhereUser> getUsers() {
        return userList;
    }

    public Readiness getReadiness() {
        return check;
    }

    public PortalScope[] getScopes() {
        return PortalScope.values();
    }

    public NumberKind[] getKinds() {
        return NumberKind.values();
    }

    public boolean isNewPortal() {
        return editingPortal == null;
    }

    public String getPortalNumberDisplay() {
        return portalNumber == null ? "" : NumberFormat.display(portalNumber);
    }

    public String getPortalNumber() {
        return portalNumber;
    }

    public void setPortalNumber(String portalNumber) {
        this.portalNumber = portalNumber;
    }

    public String getPortalName() {
        return portalName;
    }

    public void setPortalName(String portalName) {
        if (portalName != null && !portalName.equals(this.portalName)) {
            nameFollowsNumber = false; // typed by the admin: kept when another number is chosen
        }
        this.portalName = portalName;
    }

    public String getPortalExtension() {
        return portalExtension;
    }

    public void setPortalExtension(String portalExtension) {
        this.portalExtension = portalExtension;
    }

    public PortalScope getPortalScope() {
        return portalScope;
    }

    public void setPortalScope(PortalScope portalScope) {
        this.portalScope = portalScope;
    }

    public Long getAssignUserId() {
        return assignUserId;
    }

    public void setAssignUserId(Long assignUserId) {
        this.assignUserId = assignUserId;
    }

    public boolean isNewNumber() {
        return editingNumber == null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public NumberKind getNumberKind() {
        return numberKind;
    }

    public void setNumberKind(NumberKind numberKind) {
        this.numberKind = numberKind;
    }

    public String getNumberDescription() {
        return numberDescription;
    }

    public void setNumberDescription(String numberDescription) {
        this.numberDescription = numberDescription;
    }

    public boolean isNumberActive() {
        return numberActive;
    }

    public void setNumberActive(boolean numberActive) {
        this.numberActive = numberActive;
    }
}
