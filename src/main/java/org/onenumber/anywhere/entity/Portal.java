package org.onenumber.anywhere.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.Site;
import org.onenumber.platform.entity.Tracked;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * An Office Anywhere portal of a site: a number of the account's inventory that users call from their Office
 * Anywhere phone to be their own desk phone. The number is fixed once saved (delete the portal to change it); the
 * name (the number by default), the extension and the scope may change.
 */
@Entity
@Table(name = "oa_portal")
public class Portal extends Tracked {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phone_number_id")
    private PhoneNumber phoneNumber;

    @Column(nullable = false)
    private String name;

    private String extension;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PortalScope scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Portal() {
    }

    public Portal(Site site, PhoneNumber phoneNumber, String name, PortalScope scope) {
        this.account = site.getAccount();
        this.site = site;
        this.phoneNumber = phoneNumber;
        this.name = name;
        this.scope = scope;
        this.createdAt = Instant.now();
    }

    public void rename(String name) {
        this.name = name;
    }

    public void useExtension(String extension) {
        this.extension = extension;
    }

    public void serve(PortalScope scope) {
        this.scope = scope;
    }

    public SwitchTarget switchTarget() {
        return SwitchTarget.portal(account.getCarrier().getId(), account.getId(), getId());
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", site.getId());
        map.put("number", phoneNumber.getE164());
        map.put("name", name);
        map.put("extension", extension);
        map.put("scope", scope.name());
        return map;
    }

    public Account getAccount() {
        return account;
    }

    public Site getSite() {
        return site;
    }

    public PhoneNumber getPhoneNumber() {
        return phoneNumber;
    }

    public String getName() {
        return name;
    }

    public String getExtension() {
        return extension;
    }

    public PortalScope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String feedKind() {
        return "PORTAL";
    }

    @Override
    public long carrierId() {
        return account.carrierId();
    }

    @Override
    public Long accountId() {
        return account.getId();
    }
}
