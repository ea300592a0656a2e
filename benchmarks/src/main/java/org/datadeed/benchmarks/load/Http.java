package org.datadeed.benchmarks.load;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client under every generated API client of the load generator. HTTP/1.1 because the services speak
 * nothing else over plain HTTP: the JDK client's default (HTTP/2) would ask every new connection to upgrade (h2c),
 * in vain.
 */
final class Http {

    private Http() {
    }

    static HttpClient.Builder client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).executor(Runnable::run);
    }
}
