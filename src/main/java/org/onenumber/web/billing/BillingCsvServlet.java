package org.onenumber.web.billing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.onenumber.web.CsvDownload;
import org.onenumber.billing.boundary.BillingStatements;
import org.onenumber.web.account.AdminContext;

/**
 * admin/billing.csv?month=2026-11: the account's billing statement of a month as CSV, the figures of the billing page.
 * A plain GET under the admin pages' security constraint, for the account the admin works on; 404 when the month has
 * no statement.
 */
@WebServlet("/admin/billing.csv")
public class BillingCsvServlet extends HttpServlet {

    @Inject
    AdminContext admin;

    @Inject
    BillingStatements statements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        YearMonth month;
        try {
            month = YearMonth.parse(String.valueOf(request.getParameter("month")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Give the month as month=YYYY-MM.");
            return;
        }
        Long accountId = admin.forDownload(request, response);
        if (accountId == null) {
            return;
        }
        String csv = statements.csv(accountId, month);
        if (csv == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No statement for " + month + ".");
            return;
        }
        CsvDownload.send(response, "billing-" + month + ".csv", csv);
    }
}
