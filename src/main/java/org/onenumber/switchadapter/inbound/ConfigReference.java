package org.onenumber.switchadapter.inbound;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** Resolves {@code ${MPCONFIG=key}} in the thread's (the deploying application's) MicroProfile Config. */
final class ConfigReference {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{MPCONFIG=([^}]+)}");

    private ConfigReference() {
    }

    static String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher reference = REFERENCE.matcher(value.trim());
        if (!reference.matches()) {
            return value;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ConfigProvider.getConfig(loader).getOptionalValue(reference.group(1), String.class).orElse(null);
    }
}
