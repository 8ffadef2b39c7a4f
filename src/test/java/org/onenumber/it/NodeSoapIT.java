package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.Account;
import org.onenumber.client.GetSite;
import org.onenumber.client.ListAccounts;
import org.onenumber.client.ListSites;
import org.onenumber.client.Site;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;

/**
 * The contract through a second, non-Java SOAP stack: node-soap (src/test/node, installed by the build's
 * {@code npm ci}) reads the published WSDL, adds an account under an idempotency key in the RequestHeader,
 * repeats it and gets the replay, adds a site, and gets INVALID_REQUEST with faultcode Client for an id that
 * is no number. Read back through CXF: the replay made no second account, and the site is there.
 */
@ExtendWith(SharedServer.class)
class NodeSoapIT {

    private static final long TIMEOUT_SECONDS = 60;

    private final URL base;

    NodeSoapIT(PayaraMicro server) {
        this.base = server.url();
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private Run provision() throws Exception {
        File dir = new File(System.getProperty("project.basedir", "."));
        Path out = Files.createTempFile("node-soap-", ".out");
        Path err = Files.createTempFile("node-soap-", ".err");
        try {
            Process node = new ProcessBuilder("node", "src/test/node/provision.js", base.toString(), "acme-api",
                    "acme-api-secret1")
                    .directory(dir)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("provision.js did not end within " + TIMEOUT_SECONDS + " s; output: " + Files.readString(out)
                        + Files.readString(err));
            }
            return new Run(node.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                    Files.readString(err, StandardCharsets.UTF_8).strip());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A field of the one flat JSON line provision.js prints: a string's text, or a number or boolean as is. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|([^,}]+))").matcher(json);
        assertTrue(m.find(), "no " + name + " in " + json);
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Test
    void nodeSoapProvisionsWithAnIdempotencyKeyAndMeetsTheStrictContract() throws Exception {
        Run run = provision();
        assertEquals(0, run.exit(), "provision.js failed:\n" + run.stderr() + "\n" + run.stdout());
        String json = run.stdout().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no JSON line: " + run.stdout() + run.stderr()));

        String name = field(json, "accountName");
        long accountId = Long.parseLong(field(json, "accountId"));
        long siteId = Long.parseLong(field(json, "siteId"));
        assertEquals("true", field(json, "replayed"), json);
        assertEquals("INVALID_REQUEST", field(json, "faultCode"), json);
        assertEquals("accountId", field(json, "faultField"), json);
        assertEquals("Client", field(json, "faultcodeSide"), json);

        ProvisioningClient acme = ProvisioningClient.acme(base);
        ListAccounts list = new ListAccounts();
        list.setNameContains(name);
        List<Account> named = acme.port().listAccounts(list).getAccount().stream().filter(a -> a.getName().equals(name))
                .toList();
        assertEquals(1, named.size(), "the replayed AddAccount made no second account: " + json);
        assertEquals(accountId, named.get(0).getAccountId());

        GetSite get = new GetSite();
        get.setSiteId(siteId);
        Site site = acme.port().getSite(get).getSite();
        assertNotNull(site);
        assertEquals(accountId, site.getAccountId());
        assertEquals("US", site.getCountry());
        ListSites sites = new ListSites();
        sites.setAccountId(accountId);
        assertEquals(List.of(siteId), acme.port().listSites(sites).getSite().stream().map(Site::getSiteId).toList());
    }
}
