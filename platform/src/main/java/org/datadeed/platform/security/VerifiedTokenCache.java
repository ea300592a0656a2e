package org.datadeed.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers access tokens that were verified (signature, issuer, audience, time) until they expire, so that a client
 * sending the same token with every request has it verified once, not per request (the RSA signature check and the
 * claim conversion were a few per cent of every request's CPU). A token that fails verification is never remembered;
 * a remembered one is refused from its expiry on, without the validator's clock-skew allowance. The cache holds at
 * most {@code capacity} tokens and starts afresh when full.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final int capacity;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(JwtDecoder verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Instant now = clock.instant();
        Jwt known = verified.get(token);
        if (known != null) {
            if (known.getExpiresAt() != null && known.getExpiresAt().isAfter(now)) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(now)) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
