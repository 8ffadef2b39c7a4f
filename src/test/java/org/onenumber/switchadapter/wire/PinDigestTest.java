package org.onenumber.switchadapter.wire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Most digests here use few iterations to keep the tests quick; the format and the check are the same. */
class PinDigestTest {

    private static final String QUICK = PinDigest.of("482916", 1000);

    @Test
    void aDigestIsWrittenAsDocumentedWithTheRecommendedIterationsAndARandomSalt() {
        String digest = PinDigest.of("482916");
        String[] parts = digest.split("\\$");
        assertTrue(digest.startsWith("pbkdf2-sha256$600000$"), digest);
        assertTrue(parts.length == 4 && Base64.getDecoder().decode(parts[2]).length == 16
                && Base64.getDecoder().decode(parts[3]).length == 32, digest);
        assertFalse(digest.contains("482916"), digest);
        assertTrue(PinDigest.matches(digest, "482916"));
        assertNotEquals(PinDigest.of("482916", 1000).split("\\$")[2], PinDigest.of("482916", 1000).split("\\$")[2],
                "each digest has its own salt");
    }

    @Test
    void onlyThePinTheDigestWasMadeFromMatches() {
        assertTrue(PinDigest.matches(QUICK, "482916"));
        assertFalse(PinDigest.matches(QUICK, "482917"));
        assertFalse(PinDigest.matches(QUICK, "4829160"));
        assertFalse(PinDigest.matches(QUICK, null));
        assertFalse(PinDigest.matches(QUICK, ""));
    }

    @Test
    void aChangedHashOrSaltNoLongerMatches() {
        String[] parts = QUICK.split("\\$");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        hash[0] ^= 1;
        String tampered = parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + Base64.getEncoder().encodeToString(hash);
        assertTrue(PinDigest.isWellFormed(tampered));
        assertFalse(PinDigest.matches(tampered, "482916"));
        assertFalse(PinDigest.matches(parts[0] + "$1001$" + parts[2] + "$" + parts[3], "482916"), "other iterations");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "482916",
        "pbkdf2-sha256",
        "pbkdf2-sha256$$$",
        "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$ten$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$2000000000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$99999999999999999999$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$c2hvcnQ=",
        "pbkdf2-sha256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$extra"
    })
    void garbageNeverMatchesAndNeverThrows(String garbage) {
        assertFalse(PinDigest.matches(garbage, "482916"));
        assertFalse(PinDigest.isWellFormed(garbage));
    }

    @Test
    void thereIsNoDigestOfNoPin() {
        assertThrows(IllegalArgumentException.class, () -> PinDigest.of(null));
        assertThrows(IllegalArgumentException.class, () -> PinDigest.of(""));
    }
}
