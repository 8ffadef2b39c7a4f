package org.onenumber.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onenumber.security.control.AccessCodeMail;
import org.onenumber.security.control.AccessCodePolicy;
import org.onenumber.security.control.LoginPolicy;
import org.onenumber.security.control.SecondFactorDirectory;
import org.onenumber.security.entity.AccessCode;
import org.onenumber.security.entity.Login;

/**
 * The access code step of a web sign-in, after a right password, for logins of accounts that require it.
 * Each method is its own transaction, so a wrong code is counted even though the request that entered it
 * fails. A blocked sign-in counts as one failed sign-in for the login's lockout ({@link LoginPolicy}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecondFactor {

    private static final Duration KEEP_FINISHED = Duration.ofDays(1);

    public enum Start { NOT_REQUIRED, CODE_SENT, NO_EMAIL }

    /** What beginning the step came to; the challenge id and the address (masked) when a code was sent. */
    public record Started(Start result, Long challengeId, String maskedEmail) implements Serializable {
    }

    /** An entered code's outcome, and how many wrong codes are still allowed. */
    public record Entered(AccessCode.Outcome outcome, int wrongCodesLeft) {
    }

    /** A request for a new code: sent, or the wait still due, or the sign-in is over. */
    public record Resent(boolean sent, Duration waitFor, boolean ended) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessCodePolicy policy;

    @Inject
    SecondFactorDirectory directory;

    @Inject
    AccessCodeMail mail;

    @Inject
    LoginPolicy loginPolicy;


    @Inject
    Logins logins;

    /**
     * The password of {@code username} was right: when its account requires an access code, replaces any
     * unfinished sign-in of the login (its wrong codes carry over) and emails a new code.
     */
    public Started begin(String username) {
        Login login = logins.byUsername(username).orElse(null);
        if (login == null || !directory.accessCodeRequired(login)) {
            return new Started(Start.NOT_REQUIRED, null, null);
        }
        Optional<String> email = login.getUserId() == null ? Optional.empty() : directory.emailOf(login.getUserId());
        if (email.isEmpty()) {
            return new Started(Start.NO_EMAIL, null, null);
        }
        Instant now = policy.now();
        em.createQuery("delete from AccessCode c where c.loginId = :login and c.state <> :open and c.expiresAt < :before")
                .setParameter("login", login.getId()).setParameter("open", AccessCode.State.OPEN)
                .setParameter("before", now.minus(KEEP_FINISHED)).executeUpdate();
        int wrongSoFar = 0;
        for (AccessCode open : openCodes(login.getId())) {
            int carried = open.close();
            if (now.isBefore(open.getExpiresAt())) {
                wrongSoFar = Math.max(wrongSoFar, carried);
            }
        }
        AccessCodePolicy.Issued issued = policy.issue(login.getId(), wrongSoFar);
        em.persist(issued.code());
        em.flush();
        mail.send(login.getCarrierId(), login.getAccountId(), email.get(), issued.digits(), policy.validFor());
        return new Started(Start.CODE_SENT, issued.code().getId(), mask(email.get()));
    }

    /** A code entered for the sign-in {@code challengeId} of {@code username}. */
    public Entered enter(String username, long challengeId, String digits) {
        Optional<Login> found = logins.byUsername(username);
        AccessCode code = found.map(login -> locked(login, challengeId)).orElse(null);
        if (code == null) {
            return new Entered(AccessCode.Outcome.ENDED, 0);
        }
        Login login = found.get();
        boolean wasOpen = code.isOpen();
        AccessCode.Outcome outcome = policy.enter(code, digits);
        Instant now = policy.now();
        if (outcome == AccessCode.Outcome.BLOCKED && wasOpen) {
            // the block itself, counted once: as many blocked sign-ins as wrong passwords lock the login
            login.failedAttempt(now, loginPolicy.maxFailures(), loginPolicy.lockFor());
        } else if (outcome == AccessCode.Outcome.RIGHT && login.hasFailedAttempts()) {
            login.succeeded(now);
        }
        return new Entered(outcome, code.wrongCodesLeft(policy.maxWrongCodes()));
    }

    /** Sends a new code for the sign-in, which replaces the one sent before; at most one per resend pause. */
    public Resent resend(String username, long challengeId) {
        Login login = logins.byUsername(username).orElse(null);
        AccessCode code = login == null ? null : locked(login, challengeId);
        if (code == null) {
            return new Resent(false, Duration.ZERO, true);
        }
        Optional<String> email = login.getUserId() == null ? Optional.empty() : directory.emailOf(login.getUserId());
        if (email.isEmpty() || !directory.accessCodeRequired(login)) {
            code.close();
            return new Resent(false, Duration.ZERO, true);
        }
        AccessCodePolicy.Resend resend = policy.resend(code);
        if (resend.sent()) {
            mail.send(login.getCarrierId(), login.getAccountId(), email.get(), resend.digits(), policy.validFor());
        }
        return new Resent(resend.sent(), resend.waitFor(), resend.ended());
    }

    private AccessCode locked(Login login, long challengeId) {
        AccessCode code = em.find(AccessCode.class, challengeId, LockModeType.PESSIMISTIC_WRITE);
        return code == null || code.getLoginId() != login.getId() ? null : code;
    }

    private List<AccessCode> openCodes(long loginId) {
        return em.createQuery("select c from AccessCode c where c.loginId = :login and c.state = :open", AccessCode.class)
                .setParameter("login", loginId).setParameter("open", AccessCode.State.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** {@code a***@globex.example}: enough for a person to recognise their address, little for anyone else. */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "your email address";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
