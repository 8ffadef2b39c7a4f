package org.onenumber.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.web.account.AdminContext;
import org.onenumber.audit.boundary.AuditLog;
import org.onenumber.audit.entity.AuditEntry;
import org.onenumber.web.WindowModel;

/** admin/audit.xhtml: the account's trail; support may switch to the whole carrier's. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    AuditLog log;

    private boolean wholeCarrier;
    private WindowModel<AuditEntry> model;

    @PostConstruct
    void init() {
        Long account = admin.getAccountId();
        wholeCarrier = account == null;
        model = new WindowModel<>(
                (first, max) -> wholeCarrier ? log.ofCarrier(first, max) : log.ofAccount(admin.requireAccount(), first, max),
                () -> wholeCarrier ? log.countOfCarrier() : log.countOfAccount(admin.requireAccount()));
    }

    public WindowModel<AuditEntry> getModel() {
        return model;
    }

    public boolean isWholeCarrier() {
        return wholeCarrier;
    }

    public void setWholeCarrier(boolean wholeCarrier) {
        this.wholeCarrier = wholeCarrier;
    }
}
