package org.onenumber.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onenumber.account.boundary.UserImports;
import org.onenumber.account.control.UserCsv;
import org.onenumber.account.control.UserImportCheck;
import org.onenumber.account.entity.UserImport;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.web.Messages;

/**
 * admin/user-import.xhtml: check a CSV file of users (a report of every refused row and column, nothing written),
 * import its good rows in the background, watch the progress and download each row's outcome.
 */
@Named
@ViewScoped
public class UserImportBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    UserImports imports;

    private transient Part file;
    private String fileName;
    private UserImportCheck.Report report;
    private UserImport current;

    private static final String TOO_LARGE = "The file is larger than 2 MB; split it into smaller files.";

    /** Sent back here by {@link UploadLimit}: a file larger than the server takes in one request. */
    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && "true".equals(faces.getExternalContext().getRequestParameterMap().get(UploadLimit.TOO_LARGE))) {
            Messages.field("upload:file", TOO_LARGE);
        }
    }

    public void check() {
        report = null;
        current = null;
        if (file == null || file.getSize() == 0) {
            Messages.field("upload:file", "Choose a CSV file of users.");
            return;
        }
        if (file.getSize() > UserCsv.MAX_BYTES) {
            Messages.field("upload:file", TOO_LARGE);
            return;
        }
        fileName = file.getSubmittedFileName();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(file.getInputStream(), decoder)) {
            report = imports.check(admin.requireAccount(), reader);
        } catch (CharacterCodingException | java.io.UncheckedIOException e) {
            Messages.show("upload", new InvalidInputException("file", "The file is not a CSV text file in UTF-8:"
                    + " save it from the spreadsheet as CSV UTF-8."));
        } catch (IOException e) {
            Messages.field("upload:file", "The file could not be read; choose it again.");
        } catch (RuntimeException e) {
            if (Messages.unwrap(e) != null && Messages.unwrap(e).getCause() instanceof CharacterCodingException) {
                Messages.field("upload:file", "The file is not a CSV text file in UTF-8: save it from the spreadsheet as CSV UTF-8.");
                return;
            }
            Messages.show("upload", e);
        }
    }

    public void importGood() {
        try {
            long id = imports.start(admin.requireAccount(), fileName, report);
            current = imports.get(id);
            // the rows are in the database now; kept here, the report (every good row) would be serialised with the
            // session after each request of the page, the progress poll's each second included (the session is
            // distributable): a quarter of the server's CPU in a 10,000-row import
            report = null;
        } catch (RuntimeException e) {
            Messages.show("report", e);
        }
    }

    public void cancel() {
        report = null;
        fileName = null;
        Messages.info("Nothing was imported.");
    }

    /** p:poll while the import runs. */
    public void refresh() {
        if (current != null) {
            current = imports.get(current.getId());
        }
    }

    public boolean isRunning() {
        return current != null && !current.isFinished();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public UserImportCheck.Report getReport() {
        return report;
    }

    public UserImport getCurrent() {
        return current;
    }

    public List<String> getColumns() {
        return UserCsv.COLUMNS;
    }

    public String getColumnList() {
        return String.join(",", UserCsv.COLUMNS);
    }

    public int getMaxRows() {
        return UserCsv.MAX_ROWS;
    }
}
