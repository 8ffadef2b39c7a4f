package org.onenumber.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine (installed by the build with the test's node packages, src/test/node), run
 * inside the page a browser shows: the WCAG 2.0 and 2.1 A and AA rules, and of what they find the violations a
 * person is kept from the page by (impact serious or critical), each as its rule, impact, what to do, the
 * elements' selectors and what was found on the first of them.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of(System.getProperty("project.basedir", "."),
            "src", "test", "node", "node_modules", "axe-core", "axe.min.js");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
                .then(function (results) {
                    done(results.violations
                        .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                        .map(function (v) {
                            var first = v.nodes[0], checks = first ? first.any.concat(first.all, first.none) : [];
                            return v.id + ' (' + v.impact + '): ' + v.help + ' ['
                                + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ') + ']'
                                + (checks.length ? ' - ' + checks[0].message : '');
                        }));
                }, function (e) { done(['axe failed: ' + e]); });
            """;

    private static String source;

    private Axe() {
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations of what {@code driver} shows now, one line each: rule id,
     * impact, help and the target selectors of every element concerned; empty when there are none.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(script());
        }
        driver.manage().timeouts().scriptTimeout(RUN_TIMEOUT);
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static synchronized String script() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is installed with the node packages (npm ci in src/test/node)", e);
            }
        }
        return source;
    }
}
