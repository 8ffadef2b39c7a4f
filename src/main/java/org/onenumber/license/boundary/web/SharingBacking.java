package org.onenumber.license.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.boundary.web.AdminContext;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.license.entity.LicensePool;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.web.Messages;

/**
 * The sharing part of admin/devices.xhtml: the license pool, buying more, and sharing a user's station to
 * an available mobile client (or freeing one) as the WorkTime admin guide's section 3.1 describes.
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

    private int purchased;
    private int shared;
    private int available;
    private Integer quantity = 1;
    private String search;
    private final Map<String, Long> users = new LinkedHashMap<>();
    private Long userId;
    private List<String> availableClients = List.of();
    private String deviceIdentity;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        long account = admin.requireAccount();
        LicensePool pool = licenses.pool(account);
        purchased = pool.getPurchased();
        shared = pool.getShared();
        available = pool.getAvailable();
        availableClients = licenses.list(account, ClientLicense.Status.AVAILABLE, PageRequest.of(null, PageRequest.MAX_SIZE))
                .items().stream().map(ClientLicense::getDeviceIdentity).toList();
    }

    /** Users whose station can take a client: eligible and without Mobility yet, found by name, number or extension. */
    public void find() {
        users.clear();
        mobilityUsers.inactiveEligible(admin.requireAccount(), search, 20).forEach(u -> users.put(u.displayName() + " ("
                + u.getStation().getExtension() + ")", u.getId()));
        userId = users.isEmpty() ? null : users.values().iterator().next();
    }

    public void purchase() {
        Messages.run("sharing", () -> licenses.purchase(admin.requireAccount(), quantity), quantity + " license(s) purchased.");
        reload();
    }

    public void share() {
        if (Messages.run("sharing", () -> licenses.share(userId, deviceIdentity), "The mobile client is shared.")) {
            deviceIdentity = null;
        }
        reload();
    }

    public void unshare(String identity) {
        Messages.run("sharing", () -> licenses.unshare(admin.requireAccount(), identity), identity + " is available again.");
        reload();
    }

    public int getPurchased() {
        return purchased;
    }

    public int getShared() {
        return shared;
    }

    public int getAvailable() {
        return available;
    }

    public Map<String, Long> getUsers() {
        return users;
    }

    public List<String> getAvailableClients() {
        return availableClients;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
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
