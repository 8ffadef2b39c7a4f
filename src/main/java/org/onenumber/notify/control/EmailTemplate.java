package org.onenumber.notify.control;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message text with {@code {name}} placeholders. Values are HTML-escaped in the HTML variant and
 * inserted as they are in the text variant. A placeholder without a value stays as written, so a
 * typo in a customised template shows in the email instead of vanishing. Braces that do not enclose
 * a plain name (CSS rules, say) are left alone.
 */
public final class EmailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");

    private final String source;

    private EmailTemplate(String source) {
        this.source = source;
    }

    public static EmailTemplate of(String source) {
        if (source == null) {
            throw new IllegalArgumentException("A template needs a text");
        }
        return new EmailTemplate(source);
    }

    /** The template for a text/plain body or a subject: values as they are. */
    public String text(Map<String, String> values) {
        return render(values, false);
    }

    /** The template for a text/html body: values escaped, the template's own markup kept. */
    public String html(Map<String, String> values) {
        return render(values, true);
    }

    public static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private String render(Map<String, String> values, boolean html) {
        Matcher placeholder = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 64);
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            String replacement = value == null ? placeholder.group() : html ? escapeHtml(value) : value;
            placeholder.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
