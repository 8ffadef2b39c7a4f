package org.onenumber.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import jakarta.enterprise.event.Event;
import org.onenumber.security.control.PasswordChanged;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.security.control.LoginPolicy;
import org.onenumber.security.control.Passwords;
import org.onenumber.security.control.SecondFactorDirectory;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;

/**
 * Checks credentials and keeps the lockout counters. Each check is its own transaction, so a failed
 * attempt is counted even though the request that made it fails.
 */
@Stateless
public class Logins {

    /** The outcome of a credential check. */
    public enum Outcome { VALID, INVALID, LOCKED }

    public record Check(Outcome outcome, Login login) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LoginPolicy policy;

    @Inject
    Event<PasswordChanged> passwordChanged;


    @Inject
    SecondFactorDirectory secondFactor;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Check check(String username, String password) {
        Optional<Login> found = byUsername(username);
        if (found.isEmpty()) {
            // Spend the same time as a real check so usernames cannot be probed by timing.
            passwords.spendCheckTime(password);
            return new Check(Outcome.INVALID, null);
        }
        Login login = found.get();
        Instant now = clock.instant();
        if (login.isLocked(now)) {
            return new Check(Outcome.LOCKED, login);
        }
        if (!passwords.matches(password, login.getPasswordHash())) {
            if (!login.hasRole(Role.CARRIER_API)) {
                // a carrier's API login is never locked by failures anyone can cause; the address is throttled
                login.failedAttempt(now, policy.maxFailures(), policy.lockFor());
            }
            if (login.isLocked(now)) {
                // the lock moves the login's version: credentials verified a moment ago stop working at once
                return new Check(Outcome.LOCKED, login);
            }
            return new Check(Outcome.INVALID, login);
        }
        // When an access code follows, only the right code clears earlier failures (SecondFactor): else the
        // password alone would wipe the count of blocked codes before it ever reached the lockout.
        if (login.hasFailedAttempts() && !secondFactor.accessCodeRequired(login)) {
            login.succeeded(now);
        }
        // A bulk update, not a versioned entity write: concurrent logins with the same credentials (a
        // carrier's parallel SOAP calls when their cached check expires) must not collide on the version.
        em.createNativeQuery("update login set last_login_at = ? where id = ?")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(2, login.getId())
                .executeUpdate();
        return new Check(Outcome.VALID, login);
    }

    public Optional<Login> byUsername(String username) {
        return em.createQuery("select l from Login l where l.username = :username", Login.class)
                .setParameter("username", username == null ? "" : username.trim())
                .getResultStream().findFirst();
    }

    /** The signed-in person replaces their password (a temporary one, or any). */
    public void changePassword(String username, String current, String replacement) {
        Login login = byUsername(username).orElseThrow(() -> new InvalidInputException("currentPassword", "Sign in again."));
        if (!passwords.matches(current, login.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not correct.");
        }
        passwords.checkPolicy(replacement, "newPassword");
        if (current.equals(replacement)) {
            throw new InvalidInputException("newPassword", "Choose a password other than the current one.");
        }
        // the change moves the login's version: the old password stops working for SOAP at once, on every instance
        login.changePassword(passwords.hash(replacement));
        passwordChanged.fire(new PasswordChanged(login.getCarrierId(), login.getAccountId(), login.getId()));
    }
}
