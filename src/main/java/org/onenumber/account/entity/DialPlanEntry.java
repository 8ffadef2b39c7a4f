package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.onenumber.platform.entity.Identified;

/**
 * One extension claimed in an account's dial plan, and who holds it: a kind (STATION, MOBILITY_USER,
 * PORTAL, ...), the holder's id, the user it belongs to when it is someone's, and a label for messages
 * ("station", "mobility extension", "portal Main Office"). Unique per account in the database.
 */
@Entity
@Table(name = "dial_plan_entry")
public class DialPlanEntry extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String extension;

    @Column(name = "holder_kind", nullable = false)
    private String holderKind;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "holder_label", nullable = false)
    private String holderLabel;

    protected DialPlanEntry() {
    }

    public DialPlanEntry(Account account, String extension, String holderKind, long holderId, Long userId, String holderLabel) {
        this.account = account;
        this.extension = extension;
        this.holderKind = holderKind;
        this.holderId = holderId;
        this.userId = userId;
        this.holderLabel = holderLabel;
    }

    public boolean heldBy(String kind, long id) {
        return holderKind.equals(kind) && holderId == id;
    }

    public void moveTo(String newExtension) {
        extension = newExtension;
    }

    /** "Extension 1001 is already used by Ann Lee's station", given the holder's user name when it has one. */
    public String usedBy(String userName) {
        return "Extension " + extension + " is already used by "
                + (userName == null ? holderLabel : userName + "'s " + holderLabel) + ".";
    }

    public String getExtension() {
        return extension;
    }

    public Long getUserId() {
        return userId;
    }
}
