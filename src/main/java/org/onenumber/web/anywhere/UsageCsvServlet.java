package org.onenumber.web.anywhere;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.onenumber.web.CsvDownload;
import org.onenumber.anywhere.boundary.TollUsage;
import org.onenumber.anywhere.control.UsageCsv;
import org.onenumber.web.account.AdminContext;

/**
 * admin/usage.csv?month=2026-11: the account's Office Anywhere toll calls of a month as CSV, for the invoice. A plain
 * GET (bookmarkable, scriptable with the admin's session) under the admin pages' security constraint; the account is
 * the one the admin works on.
 */
@WebServlet("/admin/usage.csv")
public class UsageCsvServlet extends HttpServlet {

    @Inject
    AdminContext admin;

    @Inject
    TollUsage usage;

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
        CsvDownload.send(response, "office-anywhere-usage-" + month + ".csv", UsageCsv.of(usage.month(accountId, month)));
    }
}
