package org.datadeed.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.util.Map;

import org.datadeed.client.registry.ApiException;
import org.junit.jupiter.api.Test;

class DemoSeederTest {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

    @Test
    void aMissingEndpointIsNamedAsSuch() {
        ApiException missing = new ApiException(404, "uploadEvidence call failed", NONE,
                "{\"type\":\"https://datadeed.org/problems/not-found\",\"status\":404,\"detail\":\"No static resource api/v1/evidence.\"}");
        assertThat(DemoSeeder.describe(missing)).isEqualTo("HTTP 404 https://datadeed.org/problems/not-found: "
                + "No static resource api/v1/evidence. — the registry does not serve this endpoint yet");
    }

    @Test
    void aRefusedRuleShowsItsTypeAndDetail() {
        ApiException refused = new ApiException(422, "submitApplication call failed", NONE,
                "{\"type\":\"https://datadeed.org/problems/evidence-incomplete\",\"detail\":\"Evidence still missing: [DATA_SAMPLE]\"}");
        assertThat(DemoSeeder.describe(refused))
                .isEqualTo("HTTP 422 https://datadeed.org/problems/evidence-incomplete: Evidence still missing: [DATA_SAMPLE]");
    }

    @Test
    void noAnswerSaysSo() {
        assertThat(DemoSeeder.describe(new ApiException(new ConnectException("Connection refused"))))
                .startsWith("no answer from the registry: java.net.ConnectException");
    }
}
