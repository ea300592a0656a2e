package org.datadeed.ledger.fabric;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datadeed.ledger.core.anchor.AnchorRefusal;
import org.datadeed.ledger.core.anchor.AnchorRefusedException;
import org.datadeed.ledger.core.anchor.AnchorRules;
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.merkle.Hash;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;

/**
 * The {@link CheckpointAnchor} port on Hyperledger Fabric: a client of DataDeed's anchoring chaincode
 * ({@code ledger-chaincode}) through a Fabric Gateway peer, with the Fabric Gateway Java client.
 *
 * <ul>
 *   <li>Every Gateway call (evaluate, endorse, submit, commit status) carries the deadline from
 *       {@link FabricAnchorConfig.Deadlines}.</li>
 *   <li>A write is endorsed, then submitted with {@code submitAsync}, and counts only once its commit status says
 *       VALID; its result is the record the chaincode wrote, with the Fabric transaction id and timestamp. If the
 *       endorsement shows the checkpoint (or the log registration) is recorded already, nothing is submitted and
 *       the existing record is returned.</li>
 *   <li>Transient failures (gRPC UNAVAILABLE or DEADLINE_EXCEEDED from any call, MVCC_READ_CONFLICT or
 *       PHANTOM_READ_CONFLICT at commit) are retried from a new proposal with exponential backoff
 *       ({@link FabricAnchorConfig.Retry}). Retrying is safe because anchoring is idempotent: a checkpoint that did
 *       get committed before a commit-status timeout comes back as already anchored. A refusal by the chaincode is
 *       never retried: it becomes the {@link AnchorRefusedException} the chaincode raised.</li>
 * </ul>
 *
 * <p>The chaincode reports a refusal as {@code "<AnchorRefusal>: <explanation>"}; the Gateway passes it on in the
 * error details of the failed call as {@code "chaincode response 500, <AnchorRefusal>: <explanation>"}, which is
 * how refusals are recognised here. Retrying assumes one writer per log origin (DataDeed runs one active ledger
 * writer): a retried anchor resends the same consistency proof. Thread-safe.
 */
public final class FabricCheckpointAnchor implements CheckpointAnchor, AutoCloseable {

    /** The most records one GetHistory call returns (the chaincode's page size); longer histories are paged. */
    static final int HISTORY_PAGE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(FabricCheckpointAnchor.class);

    private static final Set<io.grpc.Status.Code> TRANSIENT_CALL_FAILURES =
            EnumSet.of(io.grpc.Status.Code.UNAVAILABLE, io.grpc.Status.Code.DEADLINE_EXCEEDED);
    private static final Set<TxValidationCode> TRANSIENT_COMMIT_FAILURES =
            EnumSet.of(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.PHANTOM_READ_CONFLICT);
    private static final Pattern CHAINCODE_REFUSAL =
            Pattern.compile("chaincode response \\d+, ([A-Z_]+): (.*)", Pattern.DOTALL);

    /** Waits between retries; replaced in tests. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper THREAD = wait -> TimeUnit.MILLISECONDS.sleep(wait.toMillis());

        void sleep(Duration wait) throws InterruptedException;
    }

    /** A commit invalidated for a reason worth retrying. */
    private static final class TransientCommitFailure extends Exception {

        private static final long serialVersionUID = 1L;

        TransientCommitFailure(String message) {
            super(message, null, false, false);
        }
    }

    private final FabricAnchorConfig config;
    private final ManagedChannel channel;
    private final Gateway gateway;
    private final Contract contract;
    private final Sleeper sleeper;
    private final int historyPage;

    FabricCheckpointAnchor(FabricAnchorConfig config, Sleeper sleeper, int historyPage) {
        if (historyPage < 1 || historyPage > HISTORY_PAGE) {
            throw new IllegalArgumentException("history page must be between 1 and " + HISTORY_PAGE);
        }
        this.config = Objects.requireNonNull(config, "config");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.historyPage = historyPage;
        X509Certificate certificate = readCertificate(config.certificate());
        PrivateKey privateKey = readPrivateKey(config.privateKey());
        this.channel = newChannel(config);
        FabricAnchorConfig.Deadlines deadlines = config.deadlines();
        try {
            this.gateway = Gateway.newInstance()
                    .identity(new X509Identity(config.mspId(), certificate))
                    .signer(Signers.newPrivateKeySigner(privateKey))
                    .connection(channel)
                    .evaluateOptions(o -> o.withDeadlineAfter(deadlines.evaluate().toMillis(), TimeUnit.MILLISECONDS))
                    .endorseOptions(o -> o.withDeadlineAfter(deadlines.endorse().toMillis(), TimeUnit.MILLISECONDS))
                    .submitOptions(o -> o.withDeadlineAfter(deadlines.submit().toMillis(), TimeUnit.MILLISECONDS))
                    .commitStatusOptions(o -> o.withDeadlineAfter(deadlines.commitStatus().toMillis(),
                            TimeUnit.MILLISECONDS))
                    .connect();
        } catch (RuntimeException e) {
            channel.shutdownNow();
            throw e;
        }
        this.contract = gateway.getNetwork(config.channel()).getContract(config.chaincode());
    }

    /**
     * Connects to the Gateway peer of {@code config}: a TLS channel trusting {@link FabricAnchorConfig#tlsRootCert()},
     * the client identity and signer from the certificate and key files. Connecting does not contact the peer; the
     * first call does.
     *
     * @throws IllegalArgumentException if a certificate or key file cannot be read
     */
    public static FabricCheckpointAnchor connect(FabricAnchorConfig config) {
        return new FabricCheckpointAnchor(config, Sleeper.THREAD, HISTORY_PAGE);
    }

    @Override
    public void registerLog(String origin, String verifierKey) {
        JsonObject record = object(submit("RegisterLog", origin, verifierKey));
        LOG.info("log {} registered by {} in transaction {}", origin, string(record, "registeredBy"),
                string(record, "transactionId"));
    }

    @Override
    public AnchoredCheckpoint anchor(String signedCheckpoint, List<Hash> consistencyProof) {
        if (signedCheckpoint == null || consistencyProof == null) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "signed checkpoint and consistency proof are required");
        }
        JsonArray proof = new JsonArray();
        consistencyProof.forEach(hash -> proof.add(hash.base64()));
        AnchoredCheckpoint anchored = checkpoint(object(submit("AnchorCheckpoint", signedCheckpoint, proof.toString())));
        LOG.info("checkpoint {} size {} anchored in transaction {}", anchored.origin(), anchored.treeSize(),
                anchored.transactionId());
        return anchored;
    }

    @Override
    public Optional<AnchoredCheckpoint> latest(String origin) {
        return optionalCheckpoint(evaluate("GetLatest", origin));
    }

    @Override
    public Optional<AnchoredCheckpoint> bySize(String origin, long treeSize) {
        if (treeSize < 0) {
            return Optional.empty();
        }
        return optionalCheckpoint(evaluate("GetBySize", origin, Long.toString(treeSize)));
    }

    @Override
    public List<AnchoredCheckpoint> history(String origin, long fromSize, int limit) {
        AnchorRules.requireHistoryRange(fromSize, limit);
        List<AnchoredCheckpoint> history = new ArrayList<>();
        long from = fromSize;
        while (history.size() < limit) {
            int page = Math.min(limit - history.size(), historyPage);
            JsonArray records = JsonParser.parseString(utf8(evaluate("GetHistory", origin, Long.toString(from),
                    Integer.toString(page)))).getAsJsonArray();
            for (JsonElement record : records) {
                history.add(checkpoint(record.getAsJsonObject()));
            }
            if (records.size() < page) {
                break;
            }
            from = history.get(history.size() - 1).treeSize() + 1;
        }
        return List.copyOf(history);
    }

    /** Closes the Gateway connection and its gRPC channel. */
    @Override
    public void close() {
        gateway.close();
        channel.shutdownNow();
        try {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("gRPC channel to {} did not terminate within 5 s", config.endpoint());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- Gateway calls ---

    private byte[] evaluate(String function, String... args) {
        return withRetry(function, () -> contract.newProposal(function).addArguments(args).build().evaluate());
    }

    private byte[] submit(String function, String... args) {
        return withRetry(function, () -> {
            Transaction transaction = contract.newProposal(function).addArguments(args).build().endorse();
            byte[] result = transaction.getResult();
            String transactionId = transaction.getTransactionId();
            if (!transactionId.equals(string(object(result), "transactionId"))) {
                LOG.debug("{}: recorded already, transaction {} not submitted", function, transactionId);
                return result;
            }
            Status status = transaction.submitAsync().getStatus();
            if (status.isSuccessful()) {
                LOG.debug("{}: transaction {} committed in block {}", function, transactionId, status.getBlockNumber());
                return result;
            }
            if (TRANSIENT_COMMIT_FAILURES.contains(status.getCode())) {
                throw new TransientCommitFailure(
                        "transaction " + transactionId + " was invalidated at commit: " + status.getCode());
            }
            throw new FabricAnchorException(
                    function + ": transaction " + transactionId + " was not committed: " + status.getCode());
        });
    }

    /** Runs a call; retries transient failures; turns a chaincode refusal into an AnchorRefusedException. */
    private <T> T withRetry(String function, GatewayWork<T> work) {
        FabricAnchorConfig.Retry retry = config.retry();
        for (int attempt = 1; ; attempt++) {
            Exception failure;
            try {
                return work.run();
            } catch (GatewayException e) {
                Optional<AnchorRefusedException> refusal = refusal(e);
                if (refusal.isPresent()) {
                    throw refusal.get();
                }
                if (!TRANSIENT_CALL_FAILURES.contains(e.getStatus().getCode())) {
                    throw new FabricAnchorException(function + " failed: " + describe(e), e);
                }
                failure = e;
            } catch (TransientCommitFailure e) {
                failure = e;
            }
            String reason = failure instanceof GatewayException g ? describe(g) : failure.getMessage();
            if (attempt >= retry.maxAttempts()) {
                throw new FabricAnchorException(function + " failed after " + attempt + " attempts: " + reason, failure);
            }
            Duration wait = retry.backoff(attempt);
            LOG.warn("{} attempt {} of {} failed ({}); retrying in {} ms", function, attempt, retry.maxAttempts(),
                    reason, wait.toMillis());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FabricAnchorException(function + " interrupted while waiting to retry", failure);
            }
        }
    }

    @FunctionalInterface
    private interface GatewayWork<T> {
        T run() throws GatewayException, TransientCommitFailure;
    }

    /** The refusal the chaincode reported, if the call failed because of one. */
    static Optional<AnchorRefusedException> refusal(GatewayException e) {
        List<String> messages = new ArrayList<>();
        for (ErrorDetail detail : e.getDetails()) {
            messages.add(detail.getMessage());
        }
        messages.add(Objects.requireNonNullElse(e.getStatus().getDescription(), ""));
        for (String message : messages) {
            Matcher matcher = CHAINCODE_REFUSAL.matcher(message);
            if (matcher.find()) {
                for (AnchorRefusal refusal : AnchorRefusal.values()) {
                    if (refusal.name().equals(matcher.group(1))) {
                        return Optional.of(new AnchorRefusedException(refusal, matcher.group(2)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(GatewayException e) {
        StringBuilder text = new StringBuilder(e.getStatus().getCode().name());
        if (e.getStatus().getDescription() != null) {
            text.append(' ').append(e.getStatus().getDescription());
        }
        for (ErrorDetail detail : e.getDetails()) {
            text.append(" [").append(detail.getMspId()).append(' ').append(detail.getAddress()).append(": ")
                    .append(detail.getMessage()).append(']');
        }
        return text.toString();
    }

    // --- results ---

    private static Optional<AnchoredCheckpoint> optionalCheckpoint(byte[] result) {
        return result.length == 0 ? Optional.empty() : Optional.of(checkpoint(object(result)));
    }

    /** An anchor record of the chaincode (see its {@code AnchorRecord}) as the port describes it. */
    private static AnchoredCheckpoint checkpoint(JsonObject record) {
        return new AnchoredCheckpoint(string(record, "origin"), record.get("treeSize").getAsLong(),
                Hash.fromBase64(string(record, "rootHash")), string(record, "signedCheckpoint"),
                string(record, "transactionId"), string(record, "submitter"),
                Instant.parse(string(record, "anchoredAt")));
    }

    private static JsonObject object(byte[] result) {
        return JsonParser.parseString(utf8(result)).getAsJsonObject();
    }

    private static String string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        if (value == null || !value.isJsonPrimitive()) {
            throw new FabricAnchorException("chaincode result has no '" + member + "': " + object);
        }
        return value.getAsString();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // --- connection ---

    private static ManagedChannel newChannel(FabricAnchorConfig config) {
        ChannelCredentials credentials;
        try {
            credentials = TlsChannelCredentials.newBuilder().trustManager(config.tlsRootCert().toFile()).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the TLS root certificate " + config.tlsRootCert(), e);
        }
        ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(config.endpoint(), credentials);
        if (config.overrideAuthority() != null && !config.overrideAuthority().isBlank()) {
            builder.overrideAuthority(config.overrideAuthority());
        }
        return builder.build();
    }

    private static X509Certificate readCertificate(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return Identities.readX509Certificate(reader);
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("cannot read the client certificate " + file, e);
        }
    }

    private static PrivateKey readPrivateKey(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return Identities.readPrivateKey(reader);
        } catch (IOException | InvalidKeyException e) {
            throw new IllegalArgumentException("cannot read the client private key " + file, e);
        }
    }
}
