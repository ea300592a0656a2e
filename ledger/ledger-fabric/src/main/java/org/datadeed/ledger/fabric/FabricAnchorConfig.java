package org.datadeed.ledger.fabric;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything {@link FabricCheckpointAnchor} needs to reach the anchoring chaincode through a Fabric Gateway peer.
 * Typed so that a Spring application can bind it as a {@code @ConfigurationProperties} record. Only the deadlines
 * and the retry policy have defaults.
 *
 * @param endpoint          the Gateway peer, {@code host:port}
 * @param tlsRootCert       PEM file of the CA that issued the peer's TLS certificate
 * @param overrideAuthority the host name the peer's TLS certificate is issued for, when it is not the endpoint's
 *                          host (e.g. {@code peer0.operator.example} behind a load balancer); null or blank for none
 * @param mspId             the client's MSP id, e.g. {@code OperatorMSP}; recorded by the chaincode as submitter
 * @param certificate       PEM file of the client's X.509 certificate
 * @param privateKey        PEM file of the client's private key (PKCS#8)
 * @param channel           the channel the chaincode is committed on
 * @param chaincode         the chaincode name
 * @param deadlines         per-call deadlines; null for {@link Deadlines#DEFAULTS}
 * @param retry             retries of transient failures; null for {@link Retry#DEFAULTS}
 */
public record FabricAnchorConfig(String endpoint, Path tlsRootCert, String overrideAuthority, String mspId,
                                 Path certificate, Path privateKey, String channel, String chaincode,
                                 Deadlines deadlines, Retry retry) {

    public FabricAnchorConfig {
        requireText(endpoint, "endpoint");
        Objects.requireNonNull(tlsRootCert, "tlsRootCert");
        requireText(mspId, "mspId");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        requireText(channel, "channel");
        requireText(chaincode, "chaincode");
        deadlines = deadlines == null ? Deadlines.DEFAULTS : deadlines;
        retry = retry == null ? Retry.DEFAULTS : retry;
    }

    /**
     * The deadline of each Gateway call; every call carries one, so that a stuck peer or orderer can never block
     * the caller forever.
     *
     * @param evaluate     a query (GetLatest, GetBySize, GetHistory)
     * @param endorse      collecting the endorsements of a transaction
     * @param submit       handing the endorsed transaction to the ordering service
     * @param commitStatus waiting for the transaction to be committed in a block
     */
    public record Deadlines(Duration evaluate, Duration endorse, Duration submit, Duration commitStatus) {

        /** 5 s, 15 s, 5 s and 1 min, as Fabric's own samples use. */
        public static final Deadlines DEFAULTS =
                new Deadlines(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofMinutes(1));

        public Deadlines {
            requirePositive(evaluate, "evaluate");
            requirePositive(endorse, "endorse");
            requirePositive(submit, "submit");
            requirePositive(commitStatus, "commitStatus");
        }
    }

    /**
     * Retries of transient failures (gRPC UNAVAILABLE or DEADLINE_EXCEEDED, and MVCC read or phantom-read conflicts
     * at commit) with exponential backoff: the n-th retry waits {@code initialBackoff × multiplier^(n-1)}, at most
     * {@code maxBackoff}. A refusal by the chaincode is never retried.
     *
     * @param maxAttempts    attempts in all, first one included (1 = no retry)
     * @param initialBackoff the wait before the first retry
     * @param maxBackoff     the longest wait
     * @param multiplier     growth of the wait per retry, at least 1
     */
    public record Retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier) {

        /** 5 attempts, waiting 200 ms, 400 ms, 800 ms, 1.6 s. */
        public static final Retry DEFAULTS = new Retry(5, Duration.ofMillis(200), Duration.ofSeconds(5), 2.0);

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            requirePositive(initialBackoff, "initialBackoff");
            requirePositive(maxBackoff, "maxBackoff");
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
            }
            if (!(multiplier >= 1.0)) {
                throw new IllegalArgumentException("multiplier must be at least 1");
            }
        }

        /** The wait before retry number {@code retry} (1 for the first retry). */
        public Duration backoff(int retry) {
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, retry - 1);
            return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
