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
import java.util.UUID;
import org.onenumber.client.Account;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.GetSite;
import org.onenumber.client.GetUserFeatures;
import org.onenumber.client.ListAccounts;
import org.onenumber.client.ListSites;
import org.onenumber.client.MobileApp;
import org.onenumber.client.ProfileType;
import org.onenumber.client.Site;
import org.onenumber.client.UserFeatures;
import org.onenumber.client.UserNumber;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.MyPhoneClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;

/**
 * The contract through a second, non-Java SOAP stack: node-soap (src/test/node, installed by the build's
 * {@code npm ci}) reads the published WSDL, adds an account under an idempotency key in the RequestHeader,
 * repeats it and gets the replay, adds a site, and gets INVALID_REQUEST with faultcode Client for an id that
 * is no number. Read back through CXF: the replay made no second account, and the site is there. It also sets a
 * user's My Phone features (features.js: AddUserNumber, ModifyUserFeatures, GetUserFeatures), and what node-soap
 * reads is what the CXF client reads.
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
        return node("provision.js");
    }

    /** Runs one script of src/test/node as Acme's API login against this server, with these arguments after the login. */
    private Run node(String script, String... args) throws Exception {
        File dir = new File(System.getProperty("project.basedir", "."));
        Path out = Files.createTempFile("node-soap-", ".out");
        Path err = Files.createTempFile("node-soap-", ".err");
        try {
            List<String> command = new java.util.ArrayList<>(List.of("node", "src/test/node/" + script, base.toString(),
                    "acme-api", "acme-api-secret1"));
            command.addAll(List.of(args));
            Process node = new ProcessBuilder(command)
                    .directory(dir)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(script + " did not end within " + TIMEOUT_SECONDS + " s; output: " + Files.readString(out)
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

    /** A user of a new account with Mobility active (router SMR1) whom the carrier enabled for Mobility. */
    private long mobilityUser() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        MobilityClient mobility = MobilityClient.acme(base);
        AddAccount account = new AddAccount();
        account.setName("Node features " + UUID.randomUUID().toString().substring(0, 8));
        long accountId = acme.port().addAccount(account).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("HQ");
        site.setCountry("US");
        long siteId = acme.port().addSite(site).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        numbers.getNumber().add(NumberBlocks.number(NumberBlocks.next(), 1));
        String businessNumber = acme.port().addPhoneNumbers(numbers).getPhoneNumber().get(0).getNumber();
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName("Node");
        add.setLastName("Features");
        add.setEmail("node." + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
        add.setExtension("5501");
        add.setBusinessNumber(businessNumber);
        add.setProfileType(ProfileType.ESSENTIALS);
        long userId = acme.port().addUser(add).getUser().getUserId();

        MobilityAccounts.activate(mobility, accountId, 1);
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(userId);
        enable.setMobilityExtension("8501");
        mobility.port().enableMobilityUser(enable);
        return userId;
    }

    @Test
    void nodeSoapSetsAUsersMobileAppAndReadsTheFeaturesTheJavaClientReads() throws Exception {
        long userId = mobilityUser();
        String mobile = NumberBlocks.single("415");
        Run run = node("features.js", String.valueOf(userId), mobile);
        assertEquals(0, run.exit(), "features.js failed:\n" + run.stderr() + "\n" + run.stdout());
        String json = run.stdout().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no JSON line: " + run.stdout() + run.stderr()));

        GetUserFeatures get = new GetUserFeatures();
        get.setUserId(userId);
        UserFeatures java = MyPhoneClient.acme(base).port().getUserFeatures(get).getUserFeatures();
        UserNumber number = java.getUserNumber().get(0);
        assertEquals(1, java.getUserNumber().size(), "one number, added once: " + json);
        assertEquals(String.valueOf(number.getNumberId()), field(json, "numberId"));
        assertEquals("MOBILE:" + mobile + ":Node", field(json, "numbers"));
        assertEquals(number.getKind() + ":" + number.getNumber() + ":" + number.getLabel(), field(json, "numbers"));

        MobileApp app = java.getMobileApp();
        assertTrue(app.isOn(), "node-soap turned the Mobile App on");
        assertEquals(String.valueOf(app.isOn()), field(json, "on"));
        assertEquals(String.valueOf(app.isEnabledByAdmin()), field(json, "enabledByAdmin"));
        assertEquals(String.valueOf(app.getVersion()), field(json, "version"));
        assertEquals(String.valueOf(app.getNumberId()), field(json, "mobileNumberId"));
        assertEquals(number.getNumberId(), app.getNumberId());
        assertEquals(mobile, app.getNumber());
        assertEquals(app.getNumber(), field(json, "mobileNumber"));
        assertEquals("MOBILE", app.getPhonesToRing().name());
        assertEquals(app.getPhonesToRing().name(), field(json, "phonesToRing"));
        assertEquals("CALL_BACK", app.getOutboundMode().name());
        assertEquals(app.getOutboundMode().name(), field(json, "outboundMode"));
        assertEquals(Boolean.TRUE, app.isAlertClickToDial(), "an absent setting takes the default");
        assertEquals(String.valueOf(app.isAlertClickToDial()), field(json, "alertClickToDial"));
        assertEquals(String.valueOf(app.isAnswerConfirmation()), field(json, "answerConfirmation"));
        assertNotNull(app.getClientUserName());
        assertEquals(app.getClientUserName(), field(json, "clientUserName"));
        assertEquals(String.valueOf(java.getOfficeAnywhere().isOn()), field(json, "officeAnywhere"));
        assertEquals(String.valueOf(java.getSimultaneousRing().isOn()), field(json, "simultaneousRing"));
        var timers = java.getCallTimers();
        assertEquals(timers.getWifiSeconds() + "/" + timers.getDeskSeconds() + "/" + timers.getCellSeconds() + "/"
                + timers.getNoReplySeconds(), field(json, "timers"));
    }
}
