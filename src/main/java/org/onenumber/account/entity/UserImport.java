package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One CSV import of users into an account: the rows that passed validation, worked through by a background job.
 * Its counts are what the page's progress bar shows; they move when a chunk of rows commits.
 */
@Entity
@Table(name = "user_import")
public class UserImport implements Serializable {

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_ids")
    @SequenceGenerator(name = "import_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "done_rows", nullable = false)
    private int doneRows;

    @Column(name = "failed_rows", nullable = false)
    private int failedRows;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected UserImport() {
    }

    public UserImport(long accountId, String startedBy, String fileName, int totalRows) {
        this.accountId = accountId;
        this.startedBy = startedBy;
        this.fileName = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        this.totalRows = totalRows;
        this.status = Status.QUEUED;
        this.createdAt = Instant.now();
    }

    public void finished(boolean completed) {
        status = completed ? Status.COMPLETED : Status.FAILED;
        finishedAt = Instant.now();
    }

    public boolean isFinished() {
        return status == Status.COMPLETED || status == Status.FAILED;
    }

    /** Whole percent of the rows done, for the progress bar. */
    public int getPercent() {
        return totalRows == 0 ? 100 : (int) (100L * doneRows / totalRows);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getDoneRows() {
        return doneRows;
    }

    public int getFailedRows() {
        return failedRows;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
