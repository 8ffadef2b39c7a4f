package org.onenumber.web.reconcile;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.reconcile.boundary.Reconciliations;
import org.onenumber.reconcile.entity.Drift;

/**
 * admin/support/reconciliation.csv?run=ID[&amp;account=ID]: the drift a run found, as CSV, one line per drift, written
 * a page at a time. Under the support pages' security constraint; another carrier's run is not found.
 */
@WebServlet("/admin/support/reconciliation.csv")
public class DriftCsvServlet extends HttpServlet {

    private static final int PAGE = 1000;

    @Inject
    Reconciliations reconciliations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long runId;
        Long accountId;
        try {
            runId = Long.parseLong(String.valueOf(request.getParameter("run")));
            String account = request.getParameter("account");
            accountId = account == null || account.isBlank() ? null : Long.parseLong(account);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Give the run as run=ID (and account=ID for one account).");
            return;
        }
        try {
            reconciliations.get(runId);
        } catch (RuntimeException e) {
            if (e instanceof BusinessException || e.getCause() instanceof BusinessException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such run.");
                return;
            }
            throw e;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reconciliation-" + runId
                + (accountId == null ? "" : "-account-" + accountId) + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print("run,account,kind,item,key,switch_owner,desired_owner,switch_version,desired_version,repaired,detail\r\n");
        for (int first = 0; ; first += PAGE) {
            List<Drift> page = reconciliations.listDrift(runId, accountId, first, PAGE);
            for (Drift d : page) {
                out.print(String.join(",", String.valueOf(runId), d.getAccountId() == null ? "" : d.getAccountId().toString(),
                        d.getKind().name(), d.getItem().name(), cell(d.getItemKey()), cell(d.getSwitchOwner()),
                        cell(d.getDesiredOwner()), String.valueOf(d.getSwitchVersion()),
                        String.valueOf(d.getDesiredVersion()), String.valueOf(d.isRepaired()), cell(d.getDetail())));
                out.print("\r\n");
            }
            if (page.size() < PAGE) {
                break;
            }
        }
    }

    static String cell(String value) {
        return org.onenumber.web.CsvCell.of(value);
    }
}
