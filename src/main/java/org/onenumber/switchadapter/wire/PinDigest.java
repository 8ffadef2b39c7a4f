package org.onenumber.switchadapter.wire;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The phone PIN as OneNumber keeps it and the switch checks sign-ins against it:
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64), PBKDF2 with HMAC-SHA256 and a random 16-byte salt.
 */
public final class PinDigest {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinDigest() {
    }

    public static String of(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash(pin, salt, ITERATIONS));
    }

    /** Whether {@code pin} is the PIN of {@code digest}; false for a missing or garbled digest. */
    public static boolean matches(String digest, String pin) {
        if (digest == null || pin == null) {
            return false;
        }
        String[] parts = digest.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > 10_000_000) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, hash(pin, salt, iterations));
        } catch (IllegalArgumentException garbled) {
            return false;
        }
    }

    private static byte[] hash(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }

}
