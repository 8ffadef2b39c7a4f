package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.entity.Tracked;

/** A number of the account's inventory: free, or assigned once (to a station for now). */
@Entity
@Table(name = "phone_number")
public class PhoneNumber extends Tracked {

    public enum Status { FREE, ASSIGNED }

    /** What an assigned number serves: a station's business number or an Office Anywhere portal. */
    public enum Use { STATION, PORTAL }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String e164;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.FREE;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_to")
    private Use use;

    @OneToOne(mappedBy = "phoneNumber", fetch = FetchType.LAZY)
    private Station station;

    protected PhoneNumber() {
    }

    public PhoneNumber(Account account, String e164) {
        this.account = account;
        this.e164 = e164;
    }

    void assign() {
        assign("businessNumber");
    }

    /** Takes the number out of the free inventory for an Office Anywhere portal. */
    public void assignToPortal(String field) {
        assign(field);
        use = Use.PORTAL;
    }

    /** Takes the number out of the free inventory; {@code field} names the input that asked for it. */
    public void assign(String field) {
        if (status != Status.FREE) {
            throw new ConflictException(AccountError.NUMBER_NOT_AVAILABLE, field,
                    NumberFormat.display(e164) + " is already assigned.");
        }
        status = Status.ASSIGNED;
        use = Use.STATION;
    }

    public void release() {
        status = Status.FREE;
        use = null;
        station = null;
    }

    public Account getAccount() {
        return account;
    }

    public String getE164() {
        return e164;
    }

    public String getDisplay() {
        return NumberFormat.display(e164);
    }

    public Status getStatus() {
        return status;
    }

    /** What the number serves while assigned; null while free. */
    public Use getUse() {
        return use;
    }

    public Station getStation() {
        return station;
    }

    @Override
    public String feedKind() {
        return "PHONE_NUMBER";
    }

    @Override
    public String feedKey() {
        return e164;
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
