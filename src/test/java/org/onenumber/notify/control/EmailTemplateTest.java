package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailTemplateTest {

    private static final Map<String, String> VALUES = Map.of("name", "Tom & \"Jerry\" <tj@example.com>", "price", "$5 \\ each");

    @Test
    void theHtmlVariantEscapesValuesButNotTheTemplatesOwnMarkup() {
        assertEquals("<p>Hello <b>Tom &amp; &quot;Jerry&quot; &lt;tj@example.com&gt;</b></p>",
                EmailTemplate.of("<p>Hello <b>{name}</b></p>").html(VALUES));
    }

    @Test
    void theTextVariantInsertsValuesAsTheyAre() {
        assertEquals("Hello Tom & \"Jerry\" <tj@example.com>, it costs $5 \\ each.",
                EmailTemplate.of("Hello {name}, it costs {price}.").text(VALUES));
    }

    @Test
    void aPlaceholderWithoutAValueStaysVisible() {
        assertEquals("Dear {nmae}, welcome", EmailTemplate.of("Dear {nmae}, welcome").text(VALUES));
        assertEquals("<p>{nmae}</p>", EmailTemplate.of("<p>{nmae}</p>").html(VALUES));
    }

    @Test
    void bracesThatEncloseNoNameAreLeftAlone() {
        String css = "<style>p { color: red } a{b:c}</style><p>{name}</p>";

        assertEquals("<style>p { color: red } a{b:c}</style><p>Tom &amp; &quot;Jerry&quot; &lt;tj@example.com&gt;</p>",
                EmailTemplate.of(css).html(VALUES));
    }

    @Test
    void aPlaceholderMayRepeat() {
        assertEquals("$5 \\ each, $5 \\ each", EmailTemplate.of("{price}, {price}").text(VALUES));
    }

    /** The scan replaces what the regular expression it stands for matched, on random templates of braces and names. */
    @Test
    void placeholdersAreWhatTheirRegularExpressionMatches() {
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");
        Map<String, String> values = Map.of("a", "<1>", "b2", "two & 2", "A_b.c-d", "$3\\", "z", "");
        String alphabet = "{{}}ab2zA_.-c d9<&$";
        java.util.Random random = new java.util.Random(20261202);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder template = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                template.append(random.nextInt(5) == 0 ? List.of("{a}", "{b2}", "{A_b.c-d}", "{z}", "{b}").get(random.nextInt(5))
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            for (boolean html : new boolean[] {false, true}) {
                java.util.regex.Matcher matcher = placeholder.matcher(template);
                StringBuilder expected = new StringBuilder();
                while (matcher.find()) {
                    String value = values.get(matcher.group(1));
                    String replacement = value == null ? matcher.group() : html ? EmailTemplate.escapeHtml(value) : value;
                    matcher.appendReplacement(expected, java.util.regex.Matcher.quoteReplacement(replacement));
                }
                matcher.appendTail(expected);
                EmailTemplate rendered = EmailTemplate.of(template.toString());
                assertEquals(expected.toString(), html ? rendered.html(values) : rendered.text(values), template::toString);
            }
        }
    }
}
