package org.onenumber.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.security.entity.AccessCode;

/**
 * The rules of access codes for two-factor sign-in: six digits from {@link SecureRandom}, stored as a salted
 * SHA-256 only, valid for {@code onenumber.two-factor.code-minutes}, blocked after
 * {@code onenumber.two-factor.max-wrong-codes} wrong ones, and a new code at most once per
 * {@code onenumber.two-factor.resend-seconds}. Time comes from the injected clock.
 */
@ApplicationScoped
public class AccessCodePolicy {

    public static final int DIGITS = 6;

    /** A code just made: the row to keep and the digits to send, which are kept nowhere else. */
    public record Issued(AccessCode code, String digits) {
    }

    /** A resend: the new digits, or why none were made (the wait still due, or the sign-in is over). */
    public record Resend(String digits, Duration waitFor, boolean ended) {

        public boolean sent() {
            return digits != null;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private Clock clock;
    private Duration validFor;
    private int maxWrongCodes;
    private Duration resendPause;

    protected AccessCodePolicy() {
    }

    @Inject
    public AccessCodePolicy(Clock clock,
                            @ConfigProperty(name = "onenumber.two-factor.code-minutes", defaultValue = "10") int codeMinutes,
                            @ConfigProperty(name = "onenumber.two-factor.max-wrong-codes", defaultValue = "5") int maxWrongCodes,
                            @ConfigProperty(name = "onenumber.two-factor.resend-seconds", defaultValue = "30") int resendSeconds) {
        this.clock = clock;
        this.validFor = Duration.ofMinutes(codeMinutes);
        this.maxWrongCodes = maxWrongCodes;
        this.resendPause = Duration.ofSeconds(resendSeconds);
    }

    public Instant now() {
        return clock.instant();
    }

    public Duration validFor() {
        return validFor;
    }

    public int maxWrongCodes() {
        return maxWrongCodes;
    }

    /** A new code for a sign-in of the login; {@code wrongCodesSoFar} from the unfinished sign-in it replaces. */
    public Issued issue(long loginId, int wrongCodesSoFar) {
        String digits = newDigits();
        return new Issued(new AccessCode(loginId, hash(digits), now(), validFor, wrongCodesSoFar), digits);
    }

    public AccessCode.Outcome enter(AccessCode code, String entered) {
        return code.enter(matches(entered, code.getCodeHash()), now(), maxWrongCodes);
    }

    public Resend resend(AccessCode code) {
        if (!code.isOpen()) {
            return new Resend(null, Duration.ZERO, true);
        }
        Instant now = now();
        Duration wait = code.resendWait(now, resendPause);
        if (!wait.isZero()) {
            return new Resend(null, wait, false);
        }
        String digits = newDigits();
        code.resend(hash(digits), now, validFor);
        return new Resend(digits, Duration.ZERO, false);
    }

    private String newDigits() {
        return String.format("%0" + DIGITS + "d", random.nextInt(1_000_000));
    }

    /** {@code salt$sha256(salt, digits)} in hex; a random salt per code so that equal codes hash differently. */
    String hash(String digits) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt) + "$" + HexFormat.of().formatHex(digest(salt, digits));
    }

    static boolean matches(String entered, String stored) {
        if (entered == null || stored == null || !entered.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        int dollar = stored.indexOf('$');
        if (dollar < 0) {
            return false;
        }
        byte[] salt = HexFormat.of().parseHex(stored, 0, dollar);
        byte[] expected = HexFormat.of().parseHex(stored, dollar + 1, stored.length());
        return MessageDigest.isEqual(expected, digest(salt, entered));
    }

    private static byte[] digest(byte[] salt, String digits) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(digits.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
