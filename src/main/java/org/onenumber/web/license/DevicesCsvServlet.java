package org.onenumber.web.license;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onenumber.web.CsvDownload;
import org.onenumber.license.boundary.DeviceLine;
import org.onenumber.license.boundary.DeviceTree;
import org.onenumber.platform.control.Csv;
import org.onenumber.web.Words;
import org.onenumber.web.account.AdminContext;

/**
 * admin/devices.csv?filter=...: every desk phone and mobile client license of the account the Devices page's filter
 * matches, one line each with the station line on it and its registration. A plain GET under the admin pages'
 * security constraint, for the account the admin works on.
 */
@WebServlet("/admin/devices.csv")
public class DevicesCsvServlet extends HttpServlet {

    @Inject
    AdminContext admin;

    @Inject
    DeviceTree deviceTree;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long accountId = admin.forDownload(request, response);
        if (accountId == null) {
            return;
        }
        StringBuilder csv = new StringBuilder(Csv.line("device", "type", "registration", "line", "extension", "user",
                "phone_number", "switch_subscriber"));
        for (DeviceLine line : deviceTree.all(accountId, request.getParameter("filter"))) {
            csv.append(Csv.line(line.device(), line.mobileClient() ? "Mobile client" : "Desk phone", line.registration().title(),
                    line.hasLine() ? Words.word(line.lineType()) : "", line.extension(), line.userName(), line.phoneNumber(),
                    line.subscriber()));
        }
        CsvDownload.send(response, "devices.csv", csv.toString());
    }
}
