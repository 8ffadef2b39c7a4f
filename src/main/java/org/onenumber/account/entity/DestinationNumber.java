package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.onenumber.platform.entity.Identified;

/** A number outside the inventory that one feature of one user rings (see {@link Feature}); unique per carrier. */
@Entity
@Table(name = "destination_number")
public class DestinationNumber extends Identified {

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String e164;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Feature feature;

    @Column(name = "user_id", nullable = false)
    private long userId;

    /** The feature's own record of the number (an alternate number's id, say). */
    @Column(name = "holder_id", nullable = false)
    private long holderId;

    protected DestinationNumber() {
    }

    public DestinationNumber(User user, String e164, Feature feature, long holderId) {
        this.carrierId = user.getAccount().getCarrier().getId();
        this.account = user.getAccount();
        this.e164 = e164;
        this.feature = feature;
        this.userId = user.getId();
        this.holderId = holderId;
    }

    public Long getAccountId() {
        return account.getId();
    }

    public String getE164() {
        return e164;
    }

    public Feature getFeature() {
        return feature;
    }

    public long getUserId() {
        return userId;
    }

    public long getHolderId() {
        return holderId;
    }
}
