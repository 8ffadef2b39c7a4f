package org.onenumber.myphone.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.User;
import org.onenumber.platform.entity.Identified;

/**
 * A phone the user added as a preferred device (reference 003, 4.5): a unique name, its number and how long it rings
 * before the call goes on (0: until answered). Only the devices a user added can be edited or deleted; Auto-Pilot,
 * Work Phone and Mobile are the system's.
 */
@Entity
@Table(name = "custom_device")
public class CustomDevice extends Identified {

    public static final int MAX_PER_USER = 10;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String e164;

    @Column(name = "ring_seconds", nullable = false)
    private int ringSeconds;

    protected CustomDevice() {
    }

    public CustomDevice(User user, String name, String e164, int ringSeconds) {
        this.user = user;
        update(name, e164, ringSeconds);
    }

    public final void update(String newName, String newE164, int newRingSeconds) {
        this.name = newName.strip();
        this.e164 = newE164;
        this.ringSeconds = newRingSeconds;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("number", e164);
        map.put("ringSeconds", ringSeconds);
        return map;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getE164() {
        return e164;
    }

    public String getDisplay() {
        return NumberFormat.display(e164);
    }

    /** 0: rings until answered. */
    public int getRingSeconds() {
        return ringSeconds;
    }
}
