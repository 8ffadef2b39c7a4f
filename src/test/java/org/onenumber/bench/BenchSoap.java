package org.onenumber.bench;

import java.io.Closeable;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.ProfileType;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.testsupport.ProvisioningClient;

/** The benchmarks' SOAP side: CXF clients as the demo carrier's API client, and the account they work in. */
final class BenchSoap {

    static final int CONNECT_TIMEOUT_MS = ProvisioningClient.CONNECT_TIMEOUT_MS;
    static final int CALL_TIMEOUT_MS = ProvisioningClient.CALL_TIMEOUT_MS;

    private BenchSoap() {
    }

    /** A CXF proxy of its own (one per thread), as the demo carrier's API client. */
    static ProvisioningPort port(String base) {
        try {
            return ProvisioningClient.acme(new URL(base + "/")).port();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(base, e);
        }
    }

    /** An account with a site and users to read, made through SOAP as the demo carrier client. */
    record Fixture(long accountId, long siteId, List<Long> userIds) {

        /** The account and its site, with {@code users} users (extensions 2001 on). */
        static Fixture create(String base, int users) throws Exception {
            ProvisioningPort port = port(base);
            try {
                AddAccount addAccount = new AddAccount();
                addAccount.setName("Benchmark " + Instant.now());
                long accountId = port.addAccount(addAccount).getAccount().getAccountId();
                AddSite addSite = new AddSite();
                addSite.setAccountId(accountId);
                addSite.setName("Bench HQ");
                addSite.setCountry("US");
                long siteId = port.addSite(addSite).getSite().getSiteId();
                Fixture fixture = new Fixture(accountId, siteId, new ArrayList<>());
                for (int i = 0; i < users; i++) {
                    fixture.userIds().add(port.addUser(fixture.newUser(String.valueOf(2001 + i))).getUser().getUserId());
                }
                return fixture;
            } finally {
                ((Closeable) port).close();
            }
        }

        AddUser newUser(String extension) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Bench");
            add.setLastName("User " + extension);
            add.setEmail("bench" + extension + "@example.com");
            add.setExtension(extension);
            add.setProfileType(ProfileType.PREMIER);
            return add;
        }
    }
}
