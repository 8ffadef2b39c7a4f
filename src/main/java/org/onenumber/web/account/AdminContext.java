package org.onenumber.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import org.onenumber.account.boundary.Accounts;
import org.onenumber.web.NoAccountChosenException;
import org.onenumber.security.control.Caller;

/**
 * The account an admin is working on: their own for customer admins; the one support opened from
 * the carrier's account list. Every admin page reads its account id from here, and the boundary
 * checks it against the caller again.
 */
@Named
@SessionScoped
public class AdminContext implements Serializable {

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    private Long accountId;
    private String accountName;
    private ZoneId zone;

    public Long getAccountId() {
        if (accountId == null) {
            Long own = caller.accountId();
            if (own != null) {
                open(own);
            }
        }
        return accountId;
    }

    /**
     * For pages that need an account. Support without one is sent to pick one: the exception ends the request,
     * and the page exception handler sends the browser to the account list, which says why.
     */
    public long requireAccount() {
        Long id = getAccountId();
        if (id == null) {
            throw new NoAccountChosenException();
        }
        return id;
    }

    public void open(long id) {
        accountName = accounts.get(id).getName();
        zone = accounts.timeZone(id);
        accountId = id;
    }

    /** The time zone of the account worked on, in which its pages show times; null before one is chosen. */
    public ZoneId getZone() {
        getAccountId();
        return zone;
    }

    public String getAccountName() {
        getAccountId();
        return accountName;
    }
}
