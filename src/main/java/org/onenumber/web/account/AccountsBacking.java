package org.onenumber.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.boundary.Accounts;
import org.onenumber.account.entity.Account;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;

/** admin/support/accounts.xhtml: support's view of the carrier's accounts, searched by name. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    @Inject
    Accounts accounts;

    @Inject
    AdminContext admin;

    private String name;
    /** The name the list shown was searched by: Next page goes on with that list, whatever the box holds now. */
    private String searched;
    private String cursor;
    private Page<Account> page;

    public void search() {
        cursor = null;
        searched = name;
        page = accounts.list(searched, PageRequest.of(null, 25, KeysetCursor.fingerprint("accounts", searched)));
    }

    /** f:viewAction: support sent here from an account page before opening an account is told why. */
    public void explain() {
        if ("account".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("choose"))) {
            Messages.info("Choose an account first: Users, Numbers, Devices, Add-on Features and the other Phone System"
                    + " pages show the account you open here.");
        }
    }

    /** f:viewAction: a link naming an account (support's home page lists pending activations) opens the list on it. */
    public void nameFromLink() {
        String named = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("name");
        if (named != null && !named.isBlank()) {
            name = named;
            search();
        }
    }

    public void next() {
        cursor = page == null ? null : page.nextCursor();
        name = searched;
        page = accounts.list(searched, PageRequest.of(cursor, 25, KeysetCursor.fingerprint("accounts", searched)));
    }

    public void open(long accountId) {
        admin.open(accountId);
        Navigation.redirect("/admin/users.xhtml");
    }

    public List<Account> getAccounts() {
        if (page == null) {
            search();
        }
        return page.items();
    }

    public boolean isMore() {
        return page != null && page.nextCursor() != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
