package org.datadeed.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceProblemTest {

    @Test
    void aRefusalKeepsTheServicesExplanation() {
        ServiceProblem problem = ServiceProblem.of(422, """
                {"type":"https://datadeed.org/problems/evidence-incomplete","title":"Refused by rule evidence-incomplete",
                 "status":422,"detail":"Evidence still missing: [COMMITMENT_LETTER]",
                 "errors":[{"field":"name","message":"must not be blank"}]}""", null);
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo("https://datadeed.org/problems/evidence-incomplete");
        assertThat(problem.rule()).isEqualTo("evidence-incomplete");
        assertThat(problem.detail()).isEqualTo("Evidence still missing: [COMMITMENT_LETTER]");
        assertThat(problem.fieldErrors()).containsExactly("name: must not be blank");
        assertThat(problem.unreachable()).isFalse();
    }

    @Test
    void noAnswerMeansTheServiceIsUnreachable() {
        assertThat(ServiceProblem.of(0, null, null).unreachable()).isTrue();
        assertThat(ServiceProblem.of(502, "<html>bad gateway</html>", null).title()).isEqualTo("HTTP 502");
    }
}
