package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.AddAccount;
import org.onenumber.client.Account;
import org.onenumber.client.DeleteUser;
import org.onenumber.client.GetUser;
import org.onenumber.client.ListAccounts;
import org.onenumber.client.ListSites;
import org.onenumber.client.ListUsers;
import org.onenumber.client.OneNumberFaultDetail;
import org.onenumber.client.User;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;

/**
 * What a hostile or careless client sends, as raw HTTP: entities and DTDs, deep nesting, bodies past the limit,
 * headers of ours unqualified or unknown, a tracking id of kilobytes, names with line breaks, time zones and
 * countries that do not exist, a Phone Manager deleting a Decision Maker. Each gets its typed fault (or 404, 413)
 * and nothing changed, read back through the independent client; no answer names the runtime or a class; and
 * {@code /metrics} is for its role only.
 */
@ExtendWith(SharedServer.class)
class HostileRequestIT {

    private static final String NS = "urn:onenumber:provisioning:v1";
    private static final String OPEN = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:on=\""
            + NS + "\">";
    private static final String CLOSE = "</soapenv:Envelope>";
    private static final Pattern CODE = Pattern.compile("<(?:\\w+:)?code>([A-Z_]+)</");
    private static final Pattern FIELD = Pattern.compile("<(?:\\w+:)?field>([^<]*)</");
    private static final Pattern FAULTCODE = Pattern.compile("<faultcode>(?:\\w+:)?(\\w+)</faultcode>");

    private final PayaraMicro server;
    private final URL base;
    private final ProvisioningClient acme;
    private final HttpClient http = Http.client();

    HostileRequestIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.acme = ProvisioningClient.acme(base);
    }

    private record Answer(int status, String body) {

        String code() {
            Matcher m = CODE.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        String field() {
            Matcher m = FIELD.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        String faultcode() {
            Matcher m = FAULTCODE.matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Answer post(String port, String xml) throws Exception {
        return post(port, xml, "acme-api", "acme-api-secret1");
    }

    private Answer post(String port, String xml, String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "ws/" + port))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static String body(String content) {
        return OPEN + "<soapenv:Body>" + content + "</soapenv:Body>" + CLOSE;
    }

    /** Refused as the caller's error with the typed fault; no class or runtime named. */
    private static void assertRefused(Answer answer, String code) {
        assertEquals(code, answer.code(), answer.body());
        assertEquals("Client", answer.faultcode(), answer.body());
        assertNoInternals(answer.body());
    }

    private static void assertNoInternals(String text) {
        for (String internal : List.of("com.sun.", "com.ctc.", "java.", "javax.", "jakarta.", "org.onenumber.", "Woodstox",
                "JAXB", "Metro", "XML-WS", "JAX-WS", "Payara", "GlassFish", "Exception")) {
            assertFalse(text.contains(internal), "names " + internal + ": " + text);
        }
    }

    private List<Account> accountsNamed(String part) throws Exception {
        ListAccounts list = new ListAccounts();
        list.setNameContains(part);
        return acme.port().listAccounts(list).getAccount();
    }

    private long newAccount() throws Exception {
        AddAccount add = new AddAccount();
        add.setName("Hostile " + unique());
        return acme.port().addAccount(add).getAccount().getAccountId();
    }

    private int sites(long accountId) throws Exception {
        ListSites list = new ListSites();
        list.setAccountId(accountId);
        return acme.port().listSites(list).getSite().size();
    }

    @Test
    void entitiesDtdsAndDeepNestingAreRefusedAndCreateNothing() throws Exception {
        String tag = "Xxe" + unique();
        assertRefused(post("provisioning", "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + body("<on:AddAccount><on:name>" + tag + " &xxe;</on:name></on:AddAccount>")), "INVALID_REQUEST");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        assertRefused(post("provisioning", laughs + "]>" + body("<on:AddAccount><on:name>" + tag + " &lol9;</on:name></on:AddAccount>")),
                "INVALID_REQUEST");
        assertRefused(post("provisioning", body("<on:AddAccount><on:name>" + tag + "</on:name><on:externalReference>"
                + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</on:externalReference></on:AddAccount>")), "INVALID_REQUEST");
        assertRefused(post("provisioning", body("<on:AddAccount><on:name>" + tag + "</on:name>" + "<b/>".repeat(50_000)
                + "</on:AddAccount>")), "INVALID_REQUEST");
        assertRefused(post("provisioning", body("<on:AddAccount><on:name>" + tag + "</on:name>")), "INVALID_REQUEST");
        assertTrue(accountsNamed(tag).isEmpty(), "no account was created");
    }

    /** A declared length past the limit is answered before a byte of the body is sent. */
    @Test
    void aBodyPastTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "ws/provisioning HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: text/xml; charset=utf-8\r\nSOAPAction: \"\"\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("acme-api:acme-api-secret1".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Length: 104857600\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // no body follows: a server that read it first would wait here until the timeout
            String response = readAnswer(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertRefused(new Answer(413, response), "REQUEST_TOO_LARGE");
        }
    }

    /** A body without a declared length (chunked) is read up to the limit only. */
    @Test
    void aChunkedBodyPastTheLimitIsRefusedWith413() throws Exception {
        String tag = "Big" + unique();
        byte[] start = (OPEN + "<soapenv:Body><on:AddAccount><on:name>" + tag + "</on:name><on:externalReference>")
                .getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                long at = sent++;
                return at < start.length ? start[(int) at] & 0xff : (at < 3L * 1024 * 1024 ? 'x' : -1);
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "ws/provisioning"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("acme-api:acme-api-secret1".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
            assertRefused(new Answer(413, response.body()), "REQUEST_TOO_LARGE");
        } catch (IOException closedWhileSending) {
            // the server answered and closed while the client was still sending: refused all the same
        }
        assertTrue(accountsNamed(tag).isEmpty(), "no account was created");
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        for (int n; (n = in.read(chunk)) > 0; ) {
            all.write(chunk, 0, n);
            if (all.toString(StandardCharsets.UTF_8).contains("</S:Envelope>")) {
                break;
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ourHeadersMustBeQualifiedAndKnownAndForeignMustUnderstandOnesAreHonoured() throws Exception {
        long accountId = newAccount();
        String addSite = "<soapenv:Body><on:AddSite><on:accountId>" + accountId + "</on:accountId><on:name>Annex</on:name>"
                + "</on:AddSite></soapenv:Body>" + CLOSE;
        String key = "hostile-" + unique();
        // node-soap's default: the header without its namespace; before, ignored with its key, so a retry made two sites
        String unqualified = OPEN + "<soapenv:Header><RequestHeader xmlns=\"\"><idempotencyKey>" + key
                + "</idempotencyKey></RequestHeader></soapenv:Header>" + addSite;
        Answer first = post("provisioning", unqualified);
        assertRefused(first, "INVALID_HEADER");
        assertEquals("RequestHeader", first.field());
        assertRefused(post("provisioning", unqualified), "INVALID_HEADER");
        assertRefused(post("provisioning", OPEN + "<soapenv:Header><on:RequestHeadr><on:idempotencyKey>" + key
                + "</on:idempotencyKey></on:RequestHeadr></soapenv:Header>" + addSite), "INVALID_HEADER");
        Answer mustUnderstand = post("provisioning", OPEN + "<soapenv:Header><x:Security xmlns:x=\"urn:example:other\""
                + " soapenv:mustUnderstand=\"1\">token</x:Security></soapenv:Header>" + addSite);
        assertEquals(500, mustUnderstand.status());
        assertEquals("MustUnderstand", mustUnderstand.faultcode(), mustUnderstand.body());
        assertEquals(0, sites(accountId), "no refused request created a site");

        String qualified = OPEN + "<soapenv:Header><on:RequestHeader><on:idempotencyKey>" + key
                + "</on:idempotencyKey></on:RequestHeader></soapenv:Header>" + addSite;
        assertEquals(200, post("provisioning", qualified).status());
        Answer again = post("provisioning", qualified);
        assertEquals(200, again.status(), again.body());
        assertTrue(again.body().contains("<replayed>true</replayed>"), again.body());
        assertEquals(1, sites(accountId), "the key in its namespace made the retry a replay");
    }

    @Test
    void aTrackingIdPastTheLimitIsRefusedAndNotEchoed() throws Exception {
        String tag = "Track" + unique();
        String trackingId = "t".repeat(5000);
        Answer answer = post("provisioning", OPEN + "<soapenv:Header><on:RequestHeader><on:trackingId>" + trackingId
                + "</on:trackingId></on:RequestHeader></soapenv:Header>" + "<soapenv:Body><on:AddAccount><on:name>" + tag
                + "</on:name></on:AddAccount></soapenv:Body>" + CLOSE);
        assertEquals("Client", answer.faultcode(), answer.body());
        assertTrue(List.of("INVALID_REQUEST", "INVALID_HEADER").contains(answer.code()), answer.body());
        assertFalse(answer.body().contains("tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt"),
                "the tracking id is not echoed");
        assertTrue(accountsNamed(tag).isEmpty());
    }

    @Test
    void timeZonesCountriesAndNamesAreChecked() throws Exception {
        long accountId = newAccount();
        String site = "<on:AddSite><on:accountId>" + accountId + "</on:accountId><on:name>%s</on:name>"
                + "<on:country>%s</on:country><on:timeZone>%s</on:timeZone></on:AddSite>";
        Answer mars = post("provisioning", body(site.formatted("Base", "US", "Mars/Olympus_Mons")));
        assertRefused(mars, "INVALID_FIELD");
        assertEquals("timeZone", mars.field());
        Answer nowhere = post("provisioning", body(site.formatted("Base", "ZZ", "Europe/London")));
        assertRefused(nowhere, "INVALID_FIELD");
        assertEquals("country", nowhere.field());
        Answer split = post("provisioning", body(site.formatted("Base&#13;&#10;Bcc: all@example.com", "GB", "Europe/London")));
        assertRefused(split, "INVALID_FIELD");
        assertEquals("name", split.field());
        assertEquals(0, sites(accountId), "nothing was stored");

        Answer fine = post("provisioning", body(site.formatted("London", "gb", "Europe/London")));
        assertEquals(200, fine.status(), fine.body());
        assertTrue(fine.body().contains("<country>GB</country>"), fine.body());

        long siteId = Long.parseLong(fine.body().replaceAll("(?s).*<siteId>(\\d+)</siteId>.*", "$1"));
        Answer tab = post("provisioning", body("<on:AddUser><on:accountId>" + accountId + "</on:accountId><on:siteId>" + siteId
                + "</on:siteId><on:firstName>Eve&#9;</on:firstName><on:lastName>Tab</on:lastName><on:email>eve." + unique()
                + "@example.com</on:email><on:extension>4999</on:extension><on:profileType>BASIC</on:profileType></on:AddUser>"));
        assertRefused(tab, "INVALID_FIELD");
        assertEquals("firstName", tab.field());
        ListUsers users = new ListUsers();
        users.setAccountId(accountId);
        assertTrue(acme.port().listUsers(users).getUser().isEmpty(), "no user was added");
    }

    @Test
    void noAnswerNamesTheRuntimeOrItsClasses() throws Exception {
        HttpResponse<String> listing = http.send(HttpRequest.newBuilder(URI.create(base + "ws/provisioning")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, listing.statusCode());
        assertFalse(listing.body().contains("Implementation class"), listing.body());
        assertNoInternals(listing.body());
        for (String contract : List.of("ws/provisioning?wsdl", "ws/mobility?wsdl", "ws/provisioning?xsd=1")) {
            HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(base + contract)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, wsdl.statusCode(), contract);
            assertTrue(wsdl.body().contains(NS), contract);
            assertFalse(wsdl.body().contains("Published by") || wsdl.body().contains("XML-WS") || wsdl.body().contains("Runtime"),
                    contract + " names the runtime");
        }
        assertRefused(post("provisioning", "<not xml"), "INVALID_REQUEST");
        assertRefused(post("provisioning", body("<on:GetUser><on:userId>abc</on:userId></on:GetUser>")), "INVALID_REQUEST");
    }

    @Test
    void aPhoneManagerCannotDeleteADecisionMakerNorAnyAdminTheirOwnUser() throws Exception {
        long globex = acme.accountNamed("Globex Corporation");
        ListUsers list = new ListUsers();
        list.setAccountId(globex);
        list.setNameContains("Martinez");
        User decisionMaker = acme.port().listUsers(list).getUser().get(0);
        list.setNameContains("Nguyen");
        User phoneManager = acme.port().listUsers(list).getUser().get(0);
        ProvisioningClient pm = new ProvisioningClient(base, "pm", "Manager-2026");

        for (User user : List.of(decisionMaker, phoneManager)) {
            DeleteUser delete = new DeleteUser();
            delete.setUserId(user.getUserId());
            OneNumberFaultDetail refused = fault(() -> pm.port().deleteUser(delete));
            assertEquals("NOT_PERMITTED", refused.getCode(), refused.getSummary());
            GetUser get = new GetUser();
            get.setUserId(user.getUserId());
            assertEquals(user.getVersion(), acme.port().getUser(get).getUser().getVersion(), "the user is still there");
        }
        // the Decision Maker still signs in (their login was not deleted with their user)
        assertEquals(200, post("provisioning", body("<on:Ping/>"), "dm", "Decision-2026").status());
    }

    @Test
    void metricsAreForTheMetricsRoleOnly() throws Exception {
        post("provisioning", body("<on:GetUser><on:userId>abc</on:userId></on:GetUser>"));
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort() + "/metrics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, plain.statusCode(), "not over plain HTTP");
        assertEquals(401, server.httpsGet("/metrics", null, null).status(), "not without a login");
        int carrier = server.httpsGet("/metrics", "acme-api", "acme-api-secret1").status();
        assertTrue(carrier == 401 || carrier == 403, "not for a carrier's login: " + carrier);
        PayaraMicro.Answer reader = server.metrics();
        assertEquals(200, reader.status());
        assertTrue(reader.body().contains("onenumber_soap_faults_total{code=\"INVALID_REQUEST\""), "faults are counted by code");
    }
}
