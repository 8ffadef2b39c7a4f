package org.onenumber.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Codes as words on every admin page: enum values (FREE, PENDING_ACTIVATION), audit actions and entity kinds
 * (MobilityUser). The words live in {@code org/onenumber/web/words.properties}; a code it does not name is spelled
 * out from its parts ("SEND_SIGN_IN" reads "Send sign in", "CallSettings" reads "Call settings"), so a new code
 * never shows in capitals.
 */
@Named
@ApplicationScoped
public class Words {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.onenumber.web.words", Locale.ROOT);

    /** The word for a code, an enum constant or anything else shown by its name; empty for null. */
    public String of(Object code) {
        return word(code);
    }

    public static String word(Object code) {
        if (code == null) {
            return "";
        }
        String key = code instanceof Enum<?> constant ? constant.name() : code.toString();
        if (key.isEmpty()) {
            return key;
        }
        try {
            return WORDS.getString(key);
        } catch (MissingResourceException e) {
            return spelled(key);
        }
    }

    /** A value as stored (a name, a number or a code): the word for a code the words list, else the value as it is. */
    public static String value(String stored) {
        if (stored == null || !stored.matches("[A-Z][A-Z0-9_]+")) {
            return stored;
        }
        try {
            return WORDS.getString(stored);
        } catch (MissingResourceException e) {
            return stored;
        }
    }

    /** A field name of a snapshot as words: "profileType" as "Profile type", "station.extension" as "Station extension". */
    public static String field(String name) {
        String words = name.replace('.', ' ').replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "PENDING_ACTIVATION" as "Pending activation", "MobilityUser" as "Mobility user"; other text as it is. */
    static String spelled(String code) {
        String words;
        if (code.matches("[A-Z0-9_]+")) {
            words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        } else if (code.matches("[A-Z][A-Za-z0-9]*")) {
            words = code.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        } else {
            return code;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
