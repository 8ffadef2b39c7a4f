package org.onenumber.account.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import org.onenumber.switching.entity.SwitchTarget;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.platform.entity.Identified;

/**
 * A user's line on the switch: extension (unique in the account), business number from the account's
 * inventory, and the desk phone. Mobile client licenses are shared to a station, not to a user.
 */
@Entity
public class Station extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private String extension;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "phone_number_id")
    private PhoneNumber phoneNumber;

    @OneToOne(mappedBy = "station", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private Device deskPhone;

    protected Station() {
    }

    Station(Account account, User user, String extension) {
        this.account = account;
        this.user = user;
        this.extension = extension;
    }

    public void changeExtension(String extension) {
        this.extension = extension;
    }

    /** Takes a free number from the inventory and releases the one held before, if any. */
    public void assignNumber(PhoneNumber number) {
        if (phoneNumber == number) {
            return;
        }
        releaseNumber();
        if (number != null) {
            number.assign();
            phoneNumber = number;
        }
    }

    public void releaseNumber() {
        if (phoneNumber != null) {
            phoneNumber.release();
            phoneNumber = null;
        }
    }

    public void useDeskPhone(String model, String macAddress) {
        if (deskPhone == null) {
            deskPhone = new Device(account, this, DeviceKind.DESK_PHONE, model, macAddress);
        } else {
            deskPhone.change(model, macAddress);
        }
    }

    /** The desk phone goes with its device row; its MAC address is free for another station. */
    public void removeDeskPhone() {
        deskPhone = null;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("extension", extension);
        map.put("businessNumber", phoneNumber == null ? null : phoneNumber.getE164());
        map.put("deskPhoneModel", deskPhone == null ? null : deskPhone.getModel());
        map.put("deskPhoneMac", deskPhone == null ? null : deskPhone.getMacAddress());
        return map;
    }

    /** What the switch knows this station as. */
    public SwitchTarget switchTarget() {
        return SwitchTarget.subscriber(account.carrierId(), account.getId(), getId());
    }

    public Account getAccount() {
        return account;
    }

    public User getUser() {
        return user;
    }

    public String getExtension() {
        return extension;
    }

    public PhoneNumber getPhoneNumber() {
        return phoneNumber;
    }

    public Device getDeskPhone() {
        return deskPhone;
    }
}
