package org.onenumber.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.onenumber.platform.control.InvalidInputException;

/** PBKDF2 hashing (Jakarta Security's own) and the password policy. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "20000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
        dummyHash = hash("no such login");
    }

    /** As long as a real check, for unknown usernames, so they cannot be told apart by timing. */
    public void spendCheckTime(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), dummyHash);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return password != null && hash.verify(password.toCharArray(), stored);
    }

    /** A new password: long enough, with a letter and a digit, and not the one it replaces. */
    public void checkPolicy(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH
                || !password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            throw new InvalidInputException(field,
                    "A password has at least " + MIN_LENGTH + " characters, with letters and digits.");
        }
    }
}
