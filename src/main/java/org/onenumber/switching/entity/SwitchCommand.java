package org.onenumber.switching.entity;

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
import java.time.Duration;
import java.time.Instant;
import org.onenumber.platform.control.Backoff;
import org.onenumber.platform.control.Reasons;

/**
 * One command of the outbox: the full desired state of one target or its removal, with the target's
 * version at the time (see SwitchProjection): versions of one
 * target grow in commit order, so the switch can ignore a replay or a late older command. The id only
 * orders rows.
 */
@Entity
@Table(name = "switch_command")
public class SwitchCommand implements Serializable {

    /** SUPERSEDED: a newer state of the same target was applied or failed first, so this one is never sent. */
    public enum Status { PENDING, APPLIED, FAILED, SUPERSEDED }

    public enum Operation { APPLY, REMOVE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "command_ids")
    @SequenceGenerator(name = "command_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private SwitchTarget.Kind targetKind;

    @Column(name = "target_key", nullable = false)
    private String targetKey;

    @Column(nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Operation operation;

    /** The desired state in the switch's own XML, null for a removal. */
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** The switch's own words, bounded ({@link Reasons}): its reply is not ours to size. */
    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected SwitchCommand() {
    }

    public SwitchCommand(SwitchTarget target, long version, Operation operation, String payload) {
        this.carrierId = target.carrierId();
        this.accountId = target.accountId();
        this.targetKind = target.kind();
        this.targetKey = target.key();
        this.version = version;
        this.operation = operation;
        this.payload = payload;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    public void applied(Instant now) {
        status = Status.APPLIED;
        attempts++;
        lastError = null;
        finishedAt = now;
    }

    /**
     * A failed attempt: retried after a growing pause while the budget lasts, FAILED with the switch's
     * reason after that, or at once when the switch refused the command (retrying cannot help).
     */
    public void attemptFailed(String reason, boolean retryable, Instant now, int budget, Duration firstPause) {
        attempts++;
        lastError = Reasons.bounded(reason);
        if (!retryable || attempts >= budget) {
            status = Status.FAILED;
            finishedAt = now;
        } else {
            nextAttemptAt = now.plus(Backoff.pause(attempts, firstPause, Duration.ofMinutes(5)));
        }
    }

    /** The switch could not be reached; the reason is kept for the Switch sync page. */
    public void waitingForSwitch(String reason) {
        lastError = Reasons.bounded("Waiting for the switch: ", reason);
    }

    /** A person asks for a failed command to be sent again. */
    public void retry(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        finishedAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getVersion() {
        return version;
    }

    public SwitchTarget.Kind getTargetKind() {
        return targetKind;
    }

    public String getTargetKey() {
        return targetKey;
    }

    public Operation getOperation() {
        return operation;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
