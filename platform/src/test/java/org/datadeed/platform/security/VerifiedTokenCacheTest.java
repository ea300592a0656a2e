package org.datadeed.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    final AtomicInteger verifications = new AtomicInteger();

    JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature does not verify");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("s").issuedAt(NOW.minusSeconds(60))
                    .expiresAt(expiresAt).build();
        };
    }

    @Test
    void aVerifiedTokenIsVerifiedOnceUntilItExpires() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier(NOW.plusSeconds(600)), clock, 100);
        Jwt first = cache.decode("token-a");
        assertThat(cache.decode("token-a")).isSameAs(first);
        assertThat(verifications).hasValue(1);
        cache.decode("token-b");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndARefusedOneIsNeverRemembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier(NOW.plusSeconds(10)), Clock.fixed(NOW, ZoneOffset.UTC), 100);
        cache.decode("token-a");
        VerifiedTokenCache later = new VerifiedTokenCache(verifier(NOW.plusSeconds(10)), Clock.fixed(NOW.plusSeconds(11), ZoneOffset.UTC), 100);
        later.decode("token-a");
        later.decode("token-a");
        assertThat(verifications).as("an expired token is never cached").hasValue(3);
        assertThatThrownBy(() -> cache.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(5);
    }

    @Test
    void aFullCacheStartsAfresh() {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier(NOW.plusSeconds(600)), Clock.fixed(NOW, ZoneOffset.UTC), 2);
        cache.decode("t1");
        cache.decode("t2");
        cache.decode("t3");
        cache.decode("t3");
        assertThat(verifications).hasValue(3);
        cache.decode("t1");
        assertThat(verifications).as("t1 was dropped when the cache filled").hasValue(4);
    }
}
