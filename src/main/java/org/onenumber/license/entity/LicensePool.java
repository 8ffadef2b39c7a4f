package org.onenumber.license.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.onenumber.account.entity.Account;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.entity.Identified;

/**
 * How many licenses of a product an account bought. Its row is locked by changes of the quantity bought and by
 * unshares, not by shares: a share locks the user and the one license it takes (see
 * {@code Licenses}), so the shares of one account run side by side. How many licenses are shared is counted from
 * the licenses when a pool is read ({@link #counted}); it cannot exceed the quantity bought, since a share only ever
 * takes a license that exists, and the licenses are the quantity bought.
 */
@Entity
@Table(name = "license_pool")
public class LicensePool extends Identified {

    public static final int MAX_QUANTITY = 100_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LicenseProduct product;

    @Column(nullable = false)
    private int purchased;

    /** Counted from the licenses, not stored: see {@link #counted}. */
    @Transient
    private int shared;

    protected LicensePool() {
    }

    public LicensePool(Account account, LicenseProduct product) {
        this.account = account;
        this.product = product;
    }

    /** Sets the purchased quantity; never below what is shared (counted first, {@link #counted}). */
    public void changePurchased(int quantity) {
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw new BusinessException(CommonError.INVALID_FIELD, "quantity",
                    "The quantity is between 0 and " + MAX_QUANTITY + ".");
        }
        if (quantity < shared) {
            throw new BusinessException(LicenseError.QUANTITY_BELOW_SHARED, "quantity", "Cannot reduce "
                    + product.title() + " licenses to " + quantity + ": " + shared + " are shared. Unshare "
                    + (shared - quantity) + " first.");
        }
        purchased = quantity;
    }

    /** This pool with the number of its licenses shared now, as the caller counted them; returns this pool. */
    public LicensePool counted(long sharedNow) {
        this.shared = Math.toIntExact(sharedNow);
        return this;
    }

    public Account getAccount() {
        return account;
    }

    public LicenseProduct getProduct() {
        return product;
    }

    public int getPurchased() {
        return purchased;
    }

    public int getShared() {
        return shared;
    }

    /** The most licenses a purchase may add: up to {@link #MAX_QUANTITY} in all. */
    public int mostPurchasable() {
        return MAX_QUANTITY - purchased;
    }

    public int getAvailable() {
        return purchased - shared;
    }

    /** How many more licenses {@code users} new users would need bought (none while enough are available). */
    public int shortfall(int users) {
        return Math.max(0, users - getAvailable());
    }
}
