package org.onenumber.mobility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Extension;
import org.onenumber.account.entity.User;
import org.onenumber.platform.entity.Tracked;

/**
 * A user with Mobility enabled: the mobility extension routes calls to the user's mobile client (unique in
 * the account, like any extension), and whether the client may make video calls.
 */
@Entity
@Table(name = "mobility_user")
public class MobilityUser extends Tracked {

    /** A mobility extension is dialled like any extension: 2 to 8 digits. */
    public static final String EXTENSION_PATTERN = Extension.PATTERN;
    public static final String EXTENSION_RULE = Extension.RULE;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "mobility_extension", nullable = false)
    private String mobilityExtension;

    @Column(nullable = false)
    private boolean video;

    @Column(name = "enabled_at", nullable = false)
    private Instant enabledAt;

    @Column(name = "provisioning_email_sent_at")
    private Instant provisioningEmailSentAt;

    protected MobilityUser() {
    }

    public MobilityUser(User user, String mobilityExtension, boolean video) {
        this.account = user.getAccount();
        this.user = user;
        this.mobilityExtension = mobilityExtension;
        this.video = video;
        this.enabledAt = Instant.now();
    }

    public void update(String newExtension, Boolean newVideo) {
        if (newExtension != null) {
            mobilityExtension = newExtension;
        }
        if (newVideo != null) {
            video = newVideo;
        }
    }

    public void provisioningEmailSent() {
        provisioningEmailSentAt = Instant.now();
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("userId", user.getId());
        map.put("mobilityExtension", mobilityExtension);
        map.put("video", video);
        return map;
    }

    public Account getAccount() {
        return account;
    }

    public User getUser() {
        return user;
    }

    public String getMobilityExtension() {
        return mobilityExtension;
    }

    public boolean isVideo() {
        return video;
    }

    public Instant getEnabledAt() {
        return enabledAt;
    }

    public Instant getProvisioningEmailSentAt() {
        return provisioningEmailSentAt;
    }

    @Override
    public String feedKind() {
        return "MOBILITY_USER";
    }

    /** The API knows a mobility user by its user's id. */
    @Override
    public Long feedId() {
        return user.getId();
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
