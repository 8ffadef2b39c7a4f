package org.onenumber.myphone.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onenumber.account.entity.User;
import org.onenumber.platform.entity.Identified;

/**
 * The user's phone/voicemail PIN, which is also the mobile client's password (reference 000), kept only as the salted
 * digest the switch checks sign-ins against.
 */
@Entity
@Table(name = "phone_pin")
public class PhonePin extends Identified {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private String digest;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PhonePin() {
    }

    public PhonePin(User user) {
        this.user = user;
    }

    public void change(String newDigest, Instant at) {
        this.digest = newDigest;
        this.changedAt = at;
    }

    public User getUser() {
        return user;
    }

    public String getDigest() {
        return digest;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
