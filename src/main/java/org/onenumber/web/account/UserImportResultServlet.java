package org.onenumber.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.onenumber.account.boundary.UserImports;
import org.onenumber.account.entity.UserImportRow;
import org.onenumber.web.CsvCell;

/**
 * admin/user-import-result.csv?id=ID: each row of an import's file with its outcome (OK with the user's id, FAILED or
 * INVALID with why), in file order. Under the admin pages' security constraint; an import of another account than the
 * one the admin works on (support: the account it opened; none opened: 409) is not found.
 */
@WebServlet("/admin/user-import-result.csv")
public class UserImportResultServlet extends HttpServlet {

    @Inject
    UserImports imports;

    @Inject
    AdminContext admin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Give the import as id=ID.");
            return;
        }
        // the account the admin works on (support: the one it opened), as every other download of the admin pages
        Long accountId = admin.forDownload(request, response);
        if (accountId == null) {
            return;
        }
        java.util.List<UserImportRow> rows;
        try {
            if (imports.get(id).getAccountId() != accountId) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such import.");
                return;
            }
            rows = imports.rows(id);
        } catch (RuntimeException e) {
            if (org.onenumber.web.Messages.unwrap(e) != null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such import.");
                return;
            }
            throw e;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"user-import-" + id + "-result.csv\"");
        PrintWriter out = response.getWriter();
        out.print("row,outcome,user_id,first_name,last_name,email,extension,message\r\n");
        for (UserImportRow r : rows) {
            out.print(String.join(",", String.valueOf(r.getLine()), r.getOutcome() == null ? "PENDING" : r.getOutcome(),
                    r.getUserId() == null ? "" : r.getUserId().toString(), CsvCell.of(r.getFirstName()),
                    CsvCell.of(r.getLastName()), CsvCell.of(r.getEmail()),
                    CsvCell.of(r.getExtension()), CsvCell.of(r.getMessage())));
            out.print("\r\n");
        }
    }
}
