package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.AccountScope;
import org.onenumber.platform.control.CommonError;
import org.onenumber.account.entity.User;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.notify.control.EmailQueue;
import org.onenumber.notify.control.EmailTemplate;
import org.onenumber.notify.entity.Email;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.security.control.Caller;
import org.onenumber.security.control.Passwords;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;

/**
 * An administrator gives a user their My Phone sign-in (reference 002, 3.2.1: "Users log in to their My Phone
 * dashboard and update their password from the temporary password initially provided"): the user's login (their email
 * address) gets a new temporary password, sent to that address; the first sign-in must replace it. A user who already
 * has a login keeps its roles and only gets a new temporary password. Never shown to the administrator.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MyPhoneSignIns {

    public static final String EMAIL_KIND = "MY_PHONE_SIGN_IN";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    UserLocks userLocks;

    @Inject
    AccountScope tenancy;

    @Inject
    Passwords passwords;

    @Inject
    Caller caller;

    @Inject
    EmailQueue outbox;

    @Inject
    AuditTrail audit;

    /** Sends the user a temporary password for My Phone; returns the login's user name. */
    public String send(long userId) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        String temporary = temporaryPassword();
        Login login = em.createQuery("select l from Login l where l.userId = :user", Login.class)
                .setParameter("user", user.getId()).getResultStream().findFirst().orElse(null);
        if (login == null) {
            String username = user.getEmail().toLowerCase(java.util.Locale.ROOT);
            long taken = em.createQuery("select count(l) from Login l where lower(l.username) = :name", Long.class)
                    .setParameter("name", username).getSingleResult();
            if (taken > 0) {
                throw new ConflictException(CommonError.IN_USE, "email", "Another login is called " + username
                        + "; give " + user.displayName() + " an email address of their own first.");
            }
            login = new Login(username, passwords.hash(temporary), true, user.getAccount().getCarrier().getId(),
                    user.getAccount().getId(), user.getId(), Role.END_USER);
            em.persist(login);
        } else {
            boolean administrator = login.roleSet().stream().anyMatch(role -> !role.equals(Role.END_USER));
            Login asking = caller.login();
            if (administrator && (asking.hasRole(Role.DECISION_MAKER) || asking.hasRole(Role.PHONE_MANAGER))) {
                // an admin may not take another admin's password away (the new one goes to that admin's mailbox, but the
                // old one stops working)
                throw new ConflictException(CommonError.NOT_PERMITTED, "userId", user.displayName() + " is an administrator;"
                        + " only carrier support can send an administrator a new sign-in.");
            }
            login.resetPassword(passwords.hash(temporary));
        }
        em.flush();
        audit.record(user.getAccount(), "Login", login.getId(), "SEND_SIGN_IN", null,
                Map.of("username", login.getUsername(), "to", user.getEmail()));
        String text = "Hello " + user.getFirstName() + ",\n\nYour My Phone sign-in:\n\n  Username: " + login.getUsername()
                + "\n  Temporary password: " + temporary + "\n\nSign in and choose a password of your own; the temporary"
                + " one works only until then.\n";
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Hello "
                + EmailTemplate.escapeHtml(user.getFirstName()) + ",</p><p>Your My Phone sign-in:</p><table>"
                + "<tr><th align=\"left\">Username</th><td>" + EmailTemplate.escapeHtml(login.getUsername()) + "</td></tr>"
                + "<tr><th align=\"left\">Temporary password</th><td><code>" + temporary + "</code></td></tr></table>"
                + "<p>Sign in and choose a password of your own; the temporary one works only until then.</p></body></html>";
        outbox.queue(new Email(user.getAccount().getId(), EMAIL_KIND, user.getEmail(), "Your My Phone sign-in", text, html,
                List.of()));
        return login.getUsername();
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder("Tmp-");
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
