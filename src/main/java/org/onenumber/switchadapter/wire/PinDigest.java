package org.onenumber.switchadapter.wire;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The phone PIN (also the mobile client's password) as the switch keeps it: a salted PBKDF2-HMAC-SHA256 digest
 * written {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}, so neither OneNumber's outbox nor the
 * switch ever holds the PIN itself. A digest is computed once, when a user changes their PIN, so it can afford
 * the iteration count recommended for passwords; a short PIN still depends on the switch locking out guessing.
 */
public final class PinDigest {

    public static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's recommendation (2023) for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** A digest asking for more than this is refused rather than computed: it would tie up the switch. */
    static final int MAX_ITERATIONS = 10 * ITERATIONS;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinDigest() {
    }

    /** A new digest of {@code pin}, with a fresh random salt. */
    public static String of(String pin) {
        return of(pin, ITERATIONS);
    }

    static String of(String pin, int iterations) {
        if (pin == null || pin.isEmpty()) {
            throw new IllegalArgumentException("A PIN digest needs a PIN");
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Iterations must be between 1 and " + MAX_ITERATIONS);
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(hash(pin, salt, iterations));
    }

    /** Whether {@code pin} is the PIN {@code digest} was made from; false for a null or garbled digest or PIN. */
    public static boolean matches(String digest, String pin) {
        if (pin == null || pin.isEmpty()) {
            return false;
        }
        Parsed parsed = parse(digest);
        return parsed != null && MessageDigest.isEqual(parsed.hash(), hash(pin, parsed.salt(), parsed.iterations()));
    }

    /** Whether {@code digest} is written as this class writes digests (it says nothing about which PIN). */
    public static boolean isWellFormed(String digest) {
        return parse(digest) != null;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String digest) {
        if (digest == null) {
            return null;
        }
        String[] parts = digest.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("[1-9][0-9]{0,8}")) {
            return null;
        }
        int iterations = Integer.parseInt(parts[1]);
        if (iterations > MAX_ITERATIONS) {
            return null;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            return salt.length < 8 || hash.length != HASH_BYTES ? null : new Parsed(iterations, salt, hash);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static byte[] hash(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK offers PBKDF2WithHmacSHA256 everywhere", e);
        } finally {
            spec.clearPassword();
        }
    }
}
