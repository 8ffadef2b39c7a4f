package org.onenumber.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.onenumber.platform.entity.Identified;

/**
 * A set of credentials and the tenant they belong to: a carrier's SOAP client or support person
 * (carrier only), a customer admin (carrier and account), or an end user (also the user).
 */
@Entity
public class Login extends Identified {

    @Column(nullable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Comma-separated {@link Role} names. */
    @Column(nullable = false)
    private String roles;

    @Column(name = "carrier_id", nullable = false)
    private Long carrierId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "temporary_password", nullable = false)
    private boolean temporaryPassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The person's name for a login without a user (support); null: the username. */
    @Column(name = "display_name")
    private String displayName;

    protected Login() {
    }

    public Login(String username, String passwordHash, boolean temporaryPassword, long carrierId, Long accountId, Long userId,
                 String... roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.temporaryPassword = temporaryPassword;
        this.carrierId = carrierId;
        this.accountId = accountId;
        this.userId = userId;
        this.roles = String.join(",", roles);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the {@code maxFailures}-th in a row locks the login for {@code lockFor}. */
    public void failedAttempt(Instant now, int maxFailures, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    public boolean hasFailedAttempts() {
        return failedAttempts > 0 || lockedUntil != null;
    }

    public void succeeded(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        temporaryPassword = false;
    }

    public void resetPassword(String temporaryHash) {
        passwordHash = temporaryHash;
        temporaryPassword = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return roleSet().contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getUserId() {
        return userId;
    }

    /** Names the person behind a login that has no user (support), for page headers. */
    public Login namedAs(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isTemporaryPassword() {
        return temporaryPassword;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
