package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onenumber.platform.entity.Tracked;

/** A location of the account; users belong to one, and the admin pages filter by it. */
@Entity
public class Site extends Tracked {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String name;
    private String address;
    private String city;
    private String country;
    @Column(name = "time_zone")
    private String timeZone;

    protected Site() {
    }

    public Site(Account account, SiteDetails details) {
        this.account = account;
        apply(details);
    }

    public final void apply(SiteDetails details) {
        this.name = details.name().trim();
        this.address = blankAsNull(details.address()) == null ? null : details.address().trim();
        this.city = blankAsNull(details.city()) == null ? null : details.city().trim();
        this.country = blankAsNull(details.country()) == null ? null : details.country().trim().toUpperCase(Locale.ROOT);
        this.timeZone = blankAsNull(details.timeZone()) == null ? null : details.timeZone().trim();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public SiteDetails details() {
        return new SiteDetails(name, address, city, country, timeZone);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("address", address);
        map.put("city", city);
        map.put("country", country);
        map.put("timeZone", timeZone);
        return map;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public String getTimeZone() {
        return timeZone;
    }

    @Override
    public String feedKind() {
        return "SITE";
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
