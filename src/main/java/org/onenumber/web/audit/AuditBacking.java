package org.onenumber.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.onenumber.audit.boundary.AuditFilter;
import org.onenumber.audit.boundary.AuditLog;
import org.onenumber.audit.entity.AuditEntry;
import org.onenumber.web.account.Times;
import org.onenumber.web.WindowModel;
import org.onenumber.web.Words;
import org.onenumber.web.account.AdminContext;

/**
 * admin/audit.xhtml: the account's trail (support may switch to the whole carrier's), filtered by who, what and
 * when, each entry with its entity named and its changes field by field; Export CSV downloads the same entries.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    AuditLog log;

    @Inject
    Times times;

    private final AuditSearch search = new AuditSearch();
    private WindowModel<AuditRow> model;

    @PostConstruct
    void init() {
        search.setWholeCarrier(admin.getAccountId() == null);
        model = new WindowModel<>(this::rows, () -> log.count(filter()));
    }

    private List<AuditRow> rows(int first, int max) {
        List<AuditEntry> entries = log.entries(filter(), first, max);
        return AuditRow.of(entries, log.names(entries));
    }

    AuditFilter filter() {
        return search.filter(search.isWholeCarrier() ? null : admin.requireAccount(), zone());
    }

    private ZoneId zone() {
        return times.zone(search.isWholeCarrier());
    }

    public WindowModel<AuditRow> getModel() {
        return model;
    }

    public AuditSearch getSearch() {
        return search;
    }

    /** Times in UTC for the whole carrier, in the account's zone otherwise. */
    public boolean isUtc() {
        return search.isWholeCarrier();
    }

    public List<String> getPrincipals() {
        return log.principals(scope());
    }

    public List<SelectItem> getKinds() {
        return words(log.kinds(scope()));
    }

    public List<SelectItem> getActions() {
        return words(log.actions(scope()));
    }

    private AuditFilter scope() {
        return AuditFilter.of(search.isWholeCarrier() ? null : admin.requireAccount());
    }

    private static List<SelectItem> words(List<String> codes) {
        return codes.stream().map(code -> new SelectItem(code, Words.word(code))).toList();
    }

    /** The export of what the page shows, its filters in the link. */
    public String getCsvLink() {
        String query = search.query();
        Long account = admin.getAccountId(); // the page's: a download after another account was opened elsewhere is refused
        return "audit.csv?" + query + (account == null ? "" : (query.isEmpty() ? "" : "&") + "account=" + account);
    }
}
