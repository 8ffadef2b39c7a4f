package org.onenumber.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    /**
     * The account a download of the admin pages is for: the one the admin works on, provided the page that linked it
     * showed that one (its link names it, {@code account=ID}: support may have opened another account in another tab
     * since, and the file would be that account's). Null when there is none or it is another, the answer (409) sent.
     */
    public Long forDownload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long open = getAccountId();
        if (open == null) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "Open an account first.");
            return null;
        }
        String linked = request.getParameter("account");
        if (linked != null && !linked.equals(String.valueOf(open))) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "This download was for another account than the one open"
                    + " now, " + accountName + " (opened in another tab or window): nothing was sent. Reload the page.");
            return null;
        }
        return open;
    }

    /** The name of the account {@code id} names, when the caller may see it; null otherwise. */
    public String nameOf(String id) {
        try {
            return accounts.get(Long.parseLong(id)).getName();
        } catch (RuntimeException e) { // no number, no such account, or not the caller's
            return null;
        }
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
