package org.onenumber.notify.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onenumber.platform.control.Backoff;
import org.onenumber.platform.control.Reasons;

/**
 * One email in the outbox: QUEUED until the dispatcher has handed it to the mail server (SENT), or
 * FAILED when the server refused it for good or the retry budget ran out. A server that cannot be
 * reached at all spends no budget: the email waits for it.
 */
@Entity
@Table(name = "email_outbox")
public class OutgoingEmail {

    public enum Status { QUEUED, SENT, FAILED }

    /** The longest text or HTML body a column holds (V5). */
    public static final int MAX_BODY = 1_000_000;

    /** The longest recipient list and subject a column holds (V5). */
    public static final int MAX_HEADER = 1000;

    private static final Duration MAX_PAUSE = Duration.ofMinutes(30);

    /** Kinds whose body carries a one-time secret (an access code): the outbox forgets the body once it is sent. */
    public static final Set<String> SECRET_KINDS = Set.of("ACCESS_CODE");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_ids")
    @SequenceGenerator(name = "email_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "carrier_id")
    private Long carrierId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String text;

    @Column(name = "body_html")
    private String html;

    @ElementCollection
    @CollectionTable(name = "email_attachment", joinColumns = @JoinColumn(name = "email_id"))
    @OrderColumn(name = "part_no")
    private List<StoredAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingEmail() {
    }

    /** Queued by a caller of {@code carrierId} (null when no carrier's caller queued it). */
    public OutgoingEmail(Email email, Long carrierId, Instant now) {
        this(email, now);
        this.carrierId = carrierId;
    }

    public OutgoingEmail(Email email, Instant now) {
        if (email.text().length() > MAX_BODY || (email.html() != null && email.html().length() > MAX_BODY)) {
            throw new IllegalArgumentException("The body of email " + email.kind() + " is longer than " + MAX_BODY + " characters");
        }
        if (email.to().length() > MAX_HEADER || email.subject().length() > MAX_HEADER) {
            throw new IllegalArgumentException("The recipients or subject of email " + email.kind() + " are longer than "
                    + MAX_HEADER + " characters");
        }
        this.accountId = email.accountId();
        this.kind = email.kind();
        this.recipient = email.to();
        this.subject = email.subject();
        this.text = email.text();
        this.html = email.html();
        email.attachments().forEach(a -> attachments.add(new StoredAttachment(a)));
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The message as it was queued, for sending. */
    public Email toEmail() {
        return new Email(accountId, kind, recipient, subject, text, html,
                attachments.stream().map(StoredAttachment::toAttachment).toList());
    }

    public void sent(Instant now) {
        if (SECRET_KINDS.contains(kind)) {
            text = "(A one-time access code, removed from the outbox once sent.)";
            html = null;
        }
        status = Status.SENT;
        attempts++;
        lastError = null;
        sentAt = now;
    }

    /**
     * A failed attempt: tried again after a pause that doubles each time while the budget lasts,
     * FAILED after that, or at once when retrying cannot help (the server refused the recipient).
     */
    public void attemptFailed(String reason, boolean retryable, Instant now, int budget, Duration firstPause) {
        attempts++;
        lastError = Reasons.bounded(reason);
        if (!retryable || attempts >= budget) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Backoff.pause(attempts, firstPause, MAX_PAUSE));
        }
    }

    /** The mail server could not be reached; the reason is kept for support's Mailbox page. */
    public void waitingForServer(String reason) {
        lastError = Reasons.bounded("Waiting for the mail server: ", reason);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
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

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getCarrierId() {
        return carrierId;
    }
}
