package org.onenumber.bench;

import java.io.Closeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.ProfileType;
import org.onenumber.client.ProvisioningPort;

/** The benchmarks' SOAP side: CXF clients as the demo carrier's API client, and the account they work in. */
final class BenchSoap {

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int CALL_TIMEOUT_MS = 30_000;
    private static final String SOAP_USER = "acme-api";
    private static final String SOAP_PASSWORD = "acme-api-secret1";

    private BenchSoap() {
    }

    static ProvisioningPort port(String base) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ProvisioningPort.class);
        factory.setAddress(base + "/ws/provisioning");
        factory.setUsername(SOAP_USER);
        factory.setPassword(SOAP_PASSWORD);
        ProvisioningPort port = factory.create(ProvisioningPort.class);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        policy.setReceiveTimeout(CALL_TIMEOUT_MS);
        policy.setVersion("1.1"); // plain HTTP/1.1 keep-alive, as carriers' SOAP stacks do; no h2c upgrade
        // one write with a Content-Length: a chunked body in several small writes meets Nagle and
        // delayed ACKs on the way and costs a fixed stall per call that is no part of the server's cost
        policy.setAllowChunking(false);
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setClient(policy);
        return port;
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
