package org.datadeed.devauth.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.transaction.support.TransactionOperations;

/**
 * An organisation's API clients: created with a secret shown once, rotated, revoked, under {@link ApiClientPolicy}.
 * Secrets are kept only as the server's {@link PasswordEncoder} hash.
 */
public final class ApiClients {

    private static final Logger log = LoggerFactory.getLogger(ApiClients.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientDirectory directory;
    private final ApiClientStore store;
    private final PasswordEncoder encoder;
    private final TransactionOperations transactions;
    private final Clock clock;

    ApiClients(ClientDirectory directory, ApiClientStore store, PasswordEncoder encoder, TransactionOperations transactions,
               Clock clock) {
        this.directory = directory;
        this.store = store;
        this.encoder = encoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A client and, when this call changed its secret, the secret in clear (nowhere else).
     *
     * @param replayed an earlier request with the same Idempotency-Key created the client; its secret is not shown again
     */
    public record WithSecret(ApiClientRecord client, String secret, boolean replayed) {
    }

    public List<ApiClientRecord> list(Caller caller) {
        ApiClientPolicy.requireManager(caller);
        return store.list(caller.organisation()).stream().filter(client -> ApiClientPolicy.visible(caller, client)).toList();
    }

    public ApiClientRecord get(Caller caller, String clientId) {
        return ApiClientPolicy.visibleOrNotFound(caller, store.find(clientId).orElse(null), clientId);
    }

    public WithSecret create(Caller caller, String name, String description, String requestedRole, String idempotencyKey) {
        String role = ApiClientPolicy.roleForNewClient(caller, requestedRole);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw ClientProblem.invalid("name: must not be blank");
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        String scope = caller.organisation() + "/" + caller.subject();
        String requestHash = sha256(cleanName + "\n" + cleanDescription + "\n" + role);
        if (idempotencyKey != null) {
            Optional<WithSecret> earlier = replay(scope, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        String clientId = newClientId();
        String secret = newSecret();
        Instant now = clock.instant();
        RegisteredClient registered = ApiClientSettings.base(UUID.randomUUID().toString(), clientId, cleanName)
                .clientIdIssuedAt(now)
                .clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ApiClientSettings.identity(ClientSettings.builder().requireAuthorizationConsent(false),
                        caller.organisation(), role, cleanName).build())
                .build();
        ApiClientRecord record = new ApiClientRecord(registered.getId(), clientId, caller.organisation(), role, cleanName,
                cleanDescription, ApiClientRecord.Status.ACTIVE, now, ApiClientRecord.Actor.of(caller), null, null, null,
                null, requestHash);
        try {
            transactions.executeWithoutResult(status -> {
                directory.save(registered);
                store.insert(record, scope, idempotencyKey);
            });
        } catch (DuplicateKeyException raced) {
            // the same Idempotency-Key arrived twice at once: the other request created the client
            return replay(scope, idempotencyKey, requestHash).orElseThrow(() -> raced);
        }
        log.info("API client {} created for {} as {} by {}", clientId, caller.organisation(), role, caller.subject());
        return new WithSecret(store.find(clientId).orElseThrow(), secret, false);
    }

    public WithSecret rotate(Caller caller, String clientId) {
        ApiClientRecord client = ApiClientPolicy.changeable(get(caller, clientId));
        String secret = newSecret();
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            RegisteredClient registered = directory.stored(client.registeredClientId());
            directory.save(RegisteredClient.from(registered).clientSecret(encoder.encode(secret)).build());
            store.rotated(clientId, now, ApiClientRecord.Actor.of(caller));
        });
        log.info("API client {} of {}: secret rotated by {}", clientId, client.organisation(), caller.subject());
        return new WithSecret(store.find(clientId).orElseThrow(), secret, false);
    }

    public ApiClientRecord revoke(Caller caller, String clientId) {
        ApiClientRecord client = ApiClientPolicy.changeable(get(caller, clientId));
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            // besides being found no more, the client keeps no usable secret
            RegisteredClient registered = directory.stored(client.registeredClientId());
            directory.save(RegisteredClient.from(registered).clientSecret(encoder.encode(newSecret()))
                    .clientSecretExpiresAt(now).build());
            store.revoked(clientId, now, ApiClientRecord.Actor.of(caller));
        });
        log.info("API client {} of {}: revoked by {}", clientId, client.organisation(), caller.subject());
        return store.find(clientId).orElseThrow();
    }

    private Optional<WithSecret> replay(String scope, String idempotencyKey, String requestHash) {
        return store.findByIdempotencyKey(scope, idempotencyKey).map(earlier -> {
            if (!earlier.requestHash().equals(requestHash)) {
                throw ClientProblem.keyReused();
            }
            return new WithSecret(earlier, null, true);
        });
    }

    private String newClientId() {
        String clientId;
        do {
            byte[] bytes = new byte[10];
            RANDOM.nextBytes(bytes);
            clientId = "dd-" + HexFormat.of().formatHex(bytes);
        } while (directory.configured(clientId) || store.find(clientId).isPresent());
        return clientId;
    }

    /** 256 random bits, URL-safe Base64 (43 characters). */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
