package org.datadeed.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class HeaderBearerTokenResolverTest {

    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

    @Test
    void aWellFormedTokenIsTakenFromTheHeader() {
        String jwt = "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_~+/==";
        assertThat(resolver.resolve(request("Bearer " + jwt))).isEqualTo(jwt);
        assertThat(resolver.resolve(request("bearer " + jwt))).isEqualTo(jwt);
    }

    @Test
    void noHeaderOrAnotherSchemeIsNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
        assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
    }

    @Test
    void aMalformedBearerTokenIsAnInvalidTokenError() {
        for (String header : List.of("Bearer ", "Bearer", "Bearer a b", "Bearer ===", "Bearer ab=c", "Bearer  abc",
                "Bearer abc\u00e9", "Bearerabc")) {
            assertThatThrownBy(() -> resolver.resolve(request(header)), header)
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                            .isEqualTo("invalid_token"));
        }
    }

    /** Whatever the header, the answer is Spring Security's default resolver's: the same token, none, or an error. */
    @Test
    void itAnswersAsSpringSecuritysDefaultResolverDoes() {
        DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();
        Random random = new Random(20261124);
        String alphabet = "aZ09-._~+/= \t,é";
        List<String> headers = new ArrayList<>(List.of("Bearer x", "BEARER x==", "Bearer =x", "Token x", "bear x"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder(random.nextInt(4) == 0 ? "Basic " : random.nextBoolean() ? "Bearer" : "bearer ");
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            assertThat(answer(resolver, header)).as(header).isEqualTo(answer(reference, header));
        }
    }

    private static String answer(BearerTokenResolver resolver, String header) {
        try {
            return "token:" + resolver.resolve(request(header));
        } catch (OAuth2AuthenticationException e) {
            return "error:" + e.getError().getErrorCode();
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);
        return request;
    }
}
