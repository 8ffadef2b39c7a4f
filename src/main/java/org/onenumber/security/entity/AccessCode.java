package org.onenumber.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.onenumber.platform.entity.Identified;

/**
 * The second step of one web sign-in whose password was right: the access code emailed to the person,
 * kept as a hash only. It is OPEN until the right code is entered once (USED), too many wrong codes were
 * entered (BLOCKED), or a newer sign-in of the same login replaced it (CLOSED). A resend replaces the code
 * in this row and keeps its count of wrong codes, so asking for new codes never buys more guesses.
 */
@Entity
@Table(name = "access_code")
public class AccessCode extends Identified {

    public enum State { OPEN, USED, BLOCKED, CLOSED }

    /** What entering a code came to. */
    public enum Outcome {
        /** The code is right: the sign-in may complete; the code cannot be used again. */
        RIGHT,
        /** Not the code sent; more tries are left. */
        WRONG,
        /** The code's time is up; a new one can be sent. */
        EXPIRED,
        /** The last wrong code allowed: this sign-in ended and must start again with the password. */
        BLOCKED,
        /** The sign-in is over (used, blocked or replaced by a newer one): start again with the password. */
        ENDED
    }

    @Column(name = "login_id", nullable = false)
    private long loginId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "wrong_codes", nullable = false)
    private int wrongCodes;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccessCode() {
    }

    /** A code sent now; {@code wrongCodes} carried over from the sign-in this one replaces. */
    public AccessCode(long loginId, String codeHash, Instant now, Duration validFor, int wrongCodes) {
        this.loginId = loginId;
        this.codeHash = codeHash;
        this.state = State.OPEN;
        this.wrongCodes = wrongCodes;
        this.sentAt = now;
        this.expiresAt = now.plus(validFor);
    }

    /**
     * A code was entered, and was the one sent ({@code right}) or not. Expiry is checked first: after its time
     * no code is accepted, and none is counted either.
     */
    public Outcome enter(boolean right, Instant now, int maxWrongCodes) {
        if (state != State.OPEN) {
            return state == State.BLOCKED ? Outcome.BLOCKED : Outcome.ENDED;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        if (right) {
            state = State.USED;
            return Outcome.RIGHT;
        }
        wrongCodes++;
        if (wrongCodes >= maxWrongCodes) {
            state = State.BLOCKED;
            return Outcome.BLOCKED;
        }
        return Outcome.WRONG;
    }

    /** How long until a new code may be sent; zero when one may be sent now. */
    public Duration resendWait(Instant now, Duration pause) {
        Instant allowed = sentAt.plus(pause);
        return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    /** A new code replaces the one sent before, which stops working; the count of wrong codes stays. */
    public void resend(String newCodeHash, Instant now, Duration validFor) {
        if (state != State.OPEN) {
            throw new IllegalStateException("No new code for a sign-in that is " + state);
        }
        codeHash = newCodeHash;
        sentAt = now;
        expiresAt = now.plus(validFor);
    }

    /** A newer sign-in of the same login replaces this one; returns the wrong codes it carries over. */
    public int close() {
        if (state == State.OPEN) {
            state = State.CLOSED;
        }
        return wrongCodes;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public int wrongCodesLeft(int maxWrongCodes) {
        return Math.max(0, maxWrongCodes - wrongCodes);
    }

    public long getLoginId() {
        return loginId;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public State getState() {
        return state;
    }

    public int getWrongCodes() {
        return wrongCodes;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
