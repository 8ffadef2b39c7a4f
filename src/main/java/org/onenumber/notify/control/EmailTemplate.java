package org.onenumber.notify.control;

import java.util.Map;

/**
 * A message text with {@code {name}} placeholders. Values are HTML-escaped in the HTML variant and
 * inserted as they are in the text variant. A placeholder without a value stays as written, so a
 * typo in a customised template shows in the email instead of vanishing. Braces that do not enclose
 * a plain name (CSS rules, say) are left alone.
 */
public final class EmailTemplate {

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

    /**
     * Each {@code {name}} with a value replaced, scanning for braces: a regular expression's matcher cost as much as the
     * rest of a welcome email (README, "Bulk provisioning benchmark", session 22). A name is an ASCII letter, then
     * letters, digits, {@code _ . -}; {@code EmailTemplateTest} compares this with the expression
     * {@code \{([A-Za-z][A-Za-z0-9_.-]*)}} on random templates.
     */
    private String render(Map<String, String> values, boolean html) {
        StringBuilder out = null;
        int copied = 0;
        for (int open = source.indexOf('{'); open >= 0; open = source.indexOf('{', open + 1)) {
            int close = nameEnd(source, open + 1);
            if (close < 0) {
                continue;
            }
            String value = values.get(source.substring(open + 1, close));
            if (value == null) {
                continue; // stays as written
            }
            if (out == null) {
                out = new StringBuilder(source.length() + 64);
            }
            out.append(source, copied, open).append(html ? escapeHtml(value) : value);
            copied = close + 1;
            open = close;
        }
        return out == null ? source : out.append(source, copied, source.length()).toString();
    }

    /** Where the {@code '}'} that ends a name starting at {@code from} is; -1 when no name starts there. */
    private static int nameEnd(String text, int from) {
        if (from >= text.length() || !isLetter(text.charAt(from))) {
            return -1;
        }
        int at = from + 1;
        while (at < text.length() && isNamePart(text.charAt(at))) {
            at++;
        }
        return at < text.length() && text.charAt(at) == '}' ? at : -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNamePart(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    }
}
