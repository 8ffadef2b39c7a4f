package org.onenumber.web.license;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.web.account.AdminContext;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.web.Messages;

/**
 * Sharing on admin/devices.xhtml, as the WorkTime admin guide's section 3.1 describes: a user's station is
 * shared to an available mobile client (a chosen one or the first available), and a shared client freed.
 */
@Named
@ViewScoped
public class SharingBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Licenses licenses;

    @Inject
    MobilityUsers mobilityUsers;

    private String search;
    private final Map<String, Long> users = new LinkedHashMap<>();
    private final ArrayList<String> notOffered = new ArrayList<>();
    private Long userId;
    private List<String> availableClients;
    private String deviceIdentity;

    @PostConstruct
    void init() {
        availableClients = available();
    }

    /**
     * Users found by name, number or extension: those whose station can take a client to choose from, the others
     * listed with why they are not offered.
     */
    public void find() {
        users.clear();
        notOffered.clear();
        mobilityUsers.shareCandidates(admin.requireAccount(), search, 20).forEach(c -> {
            String label = c.user().displayName() + " (" + c.user().getStation().getExtension() + ")";
            if (c.notOffered() == null) {
                users.put(label, c.user().getId());
            } else {
                notOffered.add(label + " " + c.notOffered() + ".");
            }
        });
        userId = users.isEmpty() ? null : users.values().iterator().next();
    }

    /** The users the search found who cannot be shared a client, each with the reason. */
    public List<String> getNotOffered() {
        return notOffered;
    }

    public void share() {
        if (Messages.run("sharing", () -> licenses.share(userId, deviceIdentity), "The mobile client is shared.")) {
            deviceIdentity = null;
        }
    }

    /**
     * Frees the client of the row, while it is still shared to the row's user: the row may be older than a share of
     * the same client to someone else since, whose client must not be freed unseen (refused: "not shared to ...").
     */
    public void unshare(String identity, Long userId) {
        // at the top of the page (the button updates the messages only), not beside the share form's fields
        Messages.run("devices", () -> licenses.unshareFrom(userId, admin.requireAccount(), identity, null),
                identity + " is available again.");
    }

    /** After a share, an unshare or a purchase: the clients to choose from now. */
    public void reload() {
        availableClients = available();
    }

    private List<String> available() {
        return licenses.list(admin.requireAccount(), ClientLicense.Status.AVAILABLE, PageRequest.of(null, PageRequest.MAX_SIZE))
                .items().stream().map(ClientLicense::getDeviceIdentity).toList();
    }

    public Map<String, Long> getUsers() {
        return users;
    }

    public List<String> getAvailableClients() {
        return availableClients;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getDeviceIdentity() {
        return deviceIdentity;
    }

    public void setDeviceIdentity(String deviceIdentity) {
        this.deviceIdentity = deviceIdentity;
    }
}
