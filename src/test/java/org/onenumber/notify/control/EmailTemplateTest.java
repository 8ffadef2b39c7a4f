package org.onenumber.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
