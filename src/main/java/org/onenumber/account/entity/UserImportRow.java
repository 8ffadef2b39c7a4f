package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A row of an import's CSV file that passed validation: what Add user is given for it, and once the job reached it,
 * its outcome (OK with the user made, or FAILED with why: someone may have taken its extension meanwhile).
 */
@Entity
@Table(name = "user_import_row")
public class UserImportRow implements Serializable {

    public static final String OK = "OK";
    public static final String FAILED = "FAILED";
    /** Refused by the validation before the import: never given to Add user. */
    public static final String INVALID = "INVALID";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_row_ids")
    @SequenceGenerator(name = "import_row_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    /** The row's line in the file, the header being line 1. */
    @Column(nullable = false)
    private int line;

    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    private String extension;
    @Column(name = "site_id")
    private Long siteId;
    @Column(name = "business_number")
    private String businessNumber;
    @Column(name = "desk_phone_model")
    private String deskPhoneModel;
    @Column(name = "desk_phone_mac")
    private String deskPhoneMac;

    private String outcome;
    @Column(name = "user_id")
    private Long userId;
    private String message;

    protected UserImportRow() {
    }

    /** A checked row, kept until the import it belongs to is made. */
    public UserImportRow(int line, UserDetails details) {
        this.line = line;
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.email = details.email();
        this.extension = details.extension();
        this.siteId = details.siteId();
        this.businessNumber = details.businessNumber();
        this.deskPhoneModel = details.deskPhoneModel();
        this.deskPhoneMac = details.deskPhoneMac();
    }

    /** What Add user is given for this row. */
    public UserDetails details() {
        return new UserDetails(siteId, firstName, lastName, email, businessNumber, extension, ProfileType.ESSENTIALS,
                deskPhoneModel, deskPhoneMac);
    }

    /** A row validation refused, with what was wrong. */
    public static UserImportRow invalid(int line, String why) {
        UserImportRow row = new UserImportRow();
        row.line = line;
        row.outcome = INVALID;
        row.message = why.length() <= 1000 ? why : why.substring(0, 997) + "...";
        return row;
    }

    public void belongTo(long importId) {
        this.importId = importId;
    }

    public void added(long newUserId) {
        outcome = OK;
        userId = newUserId;
        message = null;
    }

    public void refused(String why) {
        outcome = FAILED;
        userId = null;
        message = why == null ? "Not added." : why.length() <= 1000 ? why : why.substring(0, 1000);
    }

    public boolean isDone() {
        return outcome != null;
    }

    public Long getId() {
        return id;
    }

    public long getImportId() {
        return importId;
    }

    public int getLine() {
        return line;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getUserId() {
        return userId;
    }

    public String getMessage() {
        return message;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getExtension() {
        return extension;
    }
}
