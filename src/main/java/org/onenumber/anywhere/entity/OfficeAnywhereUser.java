package org.onenumber.anywhere.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.User;
import org.onenumber.platform.entity.Identified;

/** A user an admin gave Office Anywhere, with the alternate numbers calls to their desk phone also ring. */
@Entity
@Table(name = "oa_user")
public class OfficeAnywhereUser extends Identified {

    /** The guide lists "landline or wireless numbers": a handful per person is what a person has. */
    public static final int MAX_NUMBERS = 5;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AlternateNumber> numbers = new ArrayList<>();

    protected OfficeAnywhereUser() {
    }

    public OfficeAnywhereUser(User user) {
        this.account = user.getAccount();
        this.user = user;
        this.assignedAt = Instant.now();
    }

    public AlternateNumber add(String e164, NumberKind kind, String description, boolean active) {
        AlternateNumber number = new AlternateNumber(this, e164, kind, description, active);
        numbers.add(number);
        return number;
    }

    public void remove(AlternateNumber number) {
        numbers.remove(number);
    }

    /** Whether calls to the desk phone ring at least one of the numbers. */
    public boolean ringsSomewhere() {
        return numbers.stream().anyMatch(AlternateNumber::isActive);
    }

    public Account getAccount() {
        return account;
    }

    public User getUser() {
        return user;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public List<AlternateNumber> getNumbers() {
        return numbers;
    }
}
