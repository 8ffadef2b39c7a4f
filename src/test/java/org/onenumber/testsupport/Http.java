package org.onenumber.testsupport;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client of tests that talk to an instance directly: in HTTP/1.1. The JDK's client otherwise offers HTTP/2
 * by an h2c upgrade on every plain-HTTP request, and the instance's upgrade (Grizzly, Payara 6.2025.10) fails about
 * one request in 200 (server-config/haproxy.cfg stops it at the balancer; WebHeadersIT).
 */
public final class Http {

    private Http() {
    }

    /** A new client, HTTP/1.1, connecting within 5 s. */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
