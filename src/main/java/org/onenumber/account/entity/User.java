package org.onenumber.account.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onenumber.platform.entity.Tracked;

/** A person of the account. Their business number and extension live on their {@link Station}. */
@Entity
@Table(name = "app_user")
public class User extends Tracked {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    /** Lower-case "first last", kept for indexed, case-insensitive name filters. */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    /** Lower-case last name, for the indexed last-name prefix of the carrier's user search. */
    @Column(name = "search_last_name", nullable = false)
    private String searchLastName;

    /** Lower-case email, for the indexed case-insensitive email lookup of the carrier's user search. */
    @Column(name = "search_email", nullable = false)
    private String searchEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_type", nullable = false)
    private ProfileType profileType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToOne(mappedBy = "user", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private Station station;

    protected User() {
    }

    public User(Account account, Site site, UserDetails details, String extension) {
        this.account = account;
        // as the database keeps it (microseconds), so a search sorted by creation pages on the stored value
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.station = new Station(account, this, extension);
        apply(site, details);
    }

    public final void apply(Site site, UserDetails details) {
        this.site = site;
        this.firstName = details.firstName().trim();
        this.lastName = details.lastName().trim();
        this.email = details.email().trim();
        this.profileType = details.profileType();
    }

    @PrePersist
    @PreUpdate
    void indexName() {
        searchName = (firstName + " " + lastName).toLowerCase(Locale.ROOT);
        searchLastName = lastName.toLowerCase(Locale.ROOT);
        searchEmail = email.toLowerCase(Locale.ROOT);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("firstName", firstName);
        map.put("lastName", lastName);
        map.put("email", email);
        map.put("siteId", site.getId());
        map.put("profileType", profileType);
        map.putAll(station.snapshot());
        return map;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    public Account getAccount() {
        return account;
    }

    public Site getSite() {
        return site;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getSearchName() {
        return searchName;
    }

    public ProfileType getProfileType() {
        return profileType;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Station getStation() {
        return station;
    }

    @Override
    public String feedKind() {
        return "USER";
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
