package org.onenumber.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How the admin pages' CSV exports answer: UTF-8 text/csv, as an attachment with the given file name. */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static void send(HttpServletResponse response, String fileName, String csv) throws IOException {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
