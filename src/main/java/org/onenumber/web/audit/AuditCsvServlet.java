package org.onenumber.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.onenumber.web.CsvDownload;
import org.onenumber.audit.boundary.AuditLog;
import org.onenumber.audit.entity.AuditEntry;
import org.onenumber.platform.control.Csv;
import org.onenumber.web.account.Times;
import org.onenumber.web.account.AdminContext;

/**
 * admin/audit.csv?who=...&amp;kind=...&amp;action=...&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;scope=account|carrier: the
 * audit entries the page's filters select, newest first, one line each with its changes; the link on the page carries
 * them. A plain GET under the admin pages' security constraint, for the account the admin works on.
 */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    /** Entries named by one query: as many as a page of the table shows at most. */
    private static final int NAMED_AT_ONCE = 200;

    @Inject
    AdminContext admin;

    @Inject
    AuditLog log;

    @Inject
    Times times;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditSearch search;
        try {
            search = AuditSearch.parse(request::getParameter);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        Long accountId = search.isWholeCarrier() ? admin.getAccountId() : admin.forDownload(request, response);
        if (accountId == null && !search.isWholeCarrier()) {
            return;
        }
        List<AuditEntry> entries = log.export(search.filter(accountId, times.zone(search.isWholeCarrier())));
        StringBuilder csv = new StringBuilder(Csv.line("occurred_utc", "who", "channel", "action", "entity", "changes", "tracking_id"));
        for (int first = 0; first < entries.size(); first += NAMED_AT_ONCE) {
            List<AuditEntry> some = entries.subList(first, Math.min(entries.size(), first + NAMED_AT_ONCE));
            for (AuditRow row : AuditRow.of(some, log.names(some))) {
                csv.append(Csv.line(row.occurredAt().toString(), row.who(), row.channel(), row.action(), row.entity(),
                        row.changesText(), row.trackingId()));
            }
        }
        CsvDownload.send(response, "audit.csv", csv.toString());
    }
}
