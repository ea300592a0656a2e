package org.datadeed.ledger.fabric;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.datadeed.ledger.chaincode.testing.InProcessChaincode;
import org.datadeed.ledger.chaincode.testing.Invocation;
import org.datadeed.ledger.chaincode.testing.ReadWriteSet;
import org.datadeed.ledger.chaincode.testing.SimulatedStub;
import org.datadeed.ledger.chaincode.testing.TestIdentity;
import org.datadeed.ledger.chaincode.testing.WorldState;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.Version;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.hyperledger.fabric.shim.Chaincode;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * A Fabric Gateway service for tests, in this JVM, on a loopback TLS port: the {@code gateway.Gateway} gRPC service
 * of fabric-protos (Evaluate, Endorse, Submit, CommitStatus) in front of the project's real chaincode, executed by the
 * shim's {@code ContractRouter} against an in-memory world state.
 *
 * <p>It does what a Gateway peer, its endorsing peers, the orderer and the committing peer do, as far as a client
 * can tell, and checks what they check:
 * <ul>
 *   <li>proposals and transactions are decoded from the protobuf messages the client sends; the transaction id must
 *       be SHA-256(nonce ‖ creator) and the client's ECDSA signature over the proposal, the prepared transaction
 *       and the commit-status request must verify against the creator's certificate;</li>
 *   <li>a write is simulated once per endorsing organisation (here OperatorMSP and RegulatorMSP), each simulation
 *       must produce byte-identical proposal response payloads, and each is signed by that organisation's peer
 *       identity; the prepared transaction is assembled as Fabric's gateway does;</li>
 *   <li>submitted transactions are "ordered" one per block on a single committer thread, validated (endorsement
 *       signatures, the AND policy of both organisations, MVCC versions of the read set carried in the envelope)
 *       and applied; CommitStatus answers with the validation code and block number;</li>
 *   <li>chaincode errors come back as Fabric 2.5 reports them: Endorse fails ABORTED and Evaluate fails UNKNOWN,
 *       with an {@code ErrorDetail} whose message is {@code "chaincode response 500, <message>"}.</li>
 * </ul>
 * Faults can be injected per call, and every call's deadline is recorded.
 */
final class InProcessGateway extends GatewayGrpc.GatewayImplBase implements AutoCloseable {

    /** The Gateway calls. */
    enum Rpc { EVALUATE, ENDORSE, SUBMIT, COMMIT_STATUS }

    /** An endorsing peer: its organisation's identity and the address it would have. */
    record Peer(TestIdentity identity, String address) {
    }

    private final String channel;
    private final String chaincode;
    private final List<Peer> peers;
    private final Set<String> requiredOrganisations;
    private final WorldState state = new WorldState();
    private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "in-process-committer");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CompletableFuture<CommitStatusResponse>> statuses = new ConcurrentHashMap<>();
    private final Set<String> orderedTransactions = ConcurrentHashMap.newKeySet();
    private final Map<Rpc, Deque<Status.Code>> injectedFailures = new EnumMap<>(Rpc.class);
    private final AtomicInteger injectedConflicts = new AtomicInteger();
    private final AtomicInteger injectedCommitStatusTimeouts = new AtomicInteger();
    private final Map<Rpc, AtomicInteger> calls = new EnumMap<>(Rpc.class);
    private final Map<Rpc, List<Long>> deadlines = new EnumMap<>(Rpc.class);
    private final List<String> committedValid = new CopyOnWriteArrayList<>();
    private long blockNumber;
    private Server server;

    /**
     * @param channel   the channel it serves
     * @param chaincode the chaincode name it serves
     * @param peers     one endorsing peer per organisation; the first is the Gateway's own (it runs queries)
     */
    InProcessGateway(String channel, String chaincode, List<Peer> peers) {
        this.channel = channel;
        this.chaincode = chaincode;
        this.peers = List.copyOf(peers);
        Set<String> organisations = new HashSet<>();
        peers.forEach(p -> organisations.add(p.identity().mspId()));
        this.requiredOrganisations = Set.copyOf(organisations);
        for (Rpc rpc : Rpc.values()) {
            injectedFailures.put(rpc, new ArrayDeque<>());
            calls.put(rpc, new AtomicInteger());
            deadlines.put(rpc, new CopyOnWriteArrayList<>());
        }
    }

    /** Starts serving TLS on a free loopback port with the given server certificate and key files. */
    InProcessGateway start(Path tlsCertificate, Path tlsPrivateKey) {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                            TlsServerCredentials.create(tlsCertificate.toFile(), tlsPrivateKey.toFile()))
                    .addService(this)
                    .build()
                    .start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code host:port} to connect to. */
    String endpoint() {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        committer.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- fault injection and observation ---

    /** The next {@code times} calls of {@code rpc} fail with {@code code}, before doing anything. */
    void failNext(Rpc rpc, Status.Code code, int times) {
        synchronized (injectedFailures) {
            for (int i = 0; i < times; i++) {
                injectedFailures.get(rpc).add(code);
            }
        }
    }

    /** The next {@code times} committed transactions are invalidated with MVCC_READ_CONFLICT. */
    void conflictNextCommits(int times) {
        injectedConflicts.addAndGet(times);
    }

    /** The next {@code times} CommitStatus calls fail DEADLINE_EXCEEDED although the transaction did commit. */
    void loseNextCommitStatuses(int times) {
        injectedCommitStatusTimeouts.addAndGet(times);
    }

    int calls(Rpc rpc) {
        return calls.get(rpc).get();
    }

    /** For each call of {@code rpc}, the milliseconds its deadline had left on arrival (-1: no deadline). */
    List<Long> deadlinesMillis(Rpc rpc) {
        return List.copyOf(deadlines.get(rpc));
    }

    /** Ids of the transactions committed as VALID, in block order. */
    List<String> validTransactions() {
        return List.copyOf(committedValid);
    }

    private boolean arrive(Rpc rpc, StreamObserver<?> response) {
        calls.get(rpc).incrementAndGet();
        Deadline deadline = Context.current().getDeadline();
        deadlines.get(rpc).add(deadline == null ? -1 : deadline.timeRemaining(TimeUnit.MILLISECONDS));
        Status.Code injected;
        synchronized (injectedFailures) {
            injected = injectedFailures.get(rpc).poll();
        }
        if (injected != null) {
            response.onError(Status.fromCode(injected).withDescription("injected " + injected).asRuntimeException());
            return false;
        }
        return true;
    }

    // --- the Gateway service ---

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> response) {
        if (!arrive(Rpc.EVALUATE, response)) {
            return;
        }
        try {
            Proposed proposed = Proposed.decode(request.getProposedTransaction(), request.getTransactionId());
            proposed.requireTarget(channel, chaincode);
            Simulation simulation = simulate(proposed, peers.get(0));
            if (simulation.failed()) {
                ErrorDetail detail = simulation.errorDetail();
                throw error(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + detail.getMessage(),
                        detail);
            }
            response.onNext(EvaluateResponse.newBuilder().setResult(simulation.response()).build());
            response.onCompleted();
        } catch (StatusRuntimeException e) {
            response.onError(e);
        }
    }

    @Override
    public void endorse(EndorseRequest request, StreamObserver<EndorseResponse> response) {
        if (!arrive(Rpc.ENDORSE, response)) {
            return;
        }
        try {
            Proposed proposed = Proposed.decode(request.getProposedTransaction(), request.getTransactionId());
            proposed.requireTarget(channel, chaincode);
            if (!request.getChannelId().equals(channel)) {
                throw error(Status.Code.INVALID_ARGUMENT, "endorse request for channel " + request.getChannelId());
            }
            ByteString responsePayload = null;
            List<Endorsement> endorsements = new ArrayList<>();
            for (Peer peer : peers) {
                Simulation simulation = simulate(proposed, peer);
                if (simulation.failed()) {
                    throw error(Status.Code.ABORTED,
                            "failed to endorse transaction, see attached details for more info",
                            simulation.errorDetail());
                }
                if (responsePayload != null && !responsePayload.equals(simulation.proposalResponsePayload())) {
                    throw error(Status.Code.ABORTED, "ProposalResponsePayloads do not match",
                            simulation.errorDetail("ProposalResponsePayloads do not match"));
                }
                responsePayload = simulation.proposalResponsePayload();
                ByteString endorser = ByteString.copyFrom(peer.identity().serialized());
                endorsements.add(Endorsement.newBuilder()
                        .setEndorser(endorser)
                        .setSignature(ByteString.copyFrom(
                                peer.identity().sign(responsePayload.concat(endorser).toByteArray())))
                        .build());
            }
            response.onNext(EndorseResponse.newBuilder()
                    .setPreparedTransaction(prepareTransaction(proposed, responsePayload, endorsements))
                    .build());
            response.onCompleted();
        } catch (StatusRuntimeException e) {
            response.onError(e);
        }
    }

    @Override
    public void submit(SubmitRequest request, StreamObserver<SubmitResponse> response) {
        if (!arrive(Rpc.SUBMIT, response)) {
            return;
        }
        try {
            Envelope envelope = request.getPreparedTransaction();
            if (envelope.getSignature().isEmpty()) {
                throw error(Status.Code.INVALID_ARGUMENT, "prepared transaction must be signed");
            }
            Payload payload = parse(() -> Payload.parseFrom(envelope.getPayload()));
            ChannelHeader channelHeader = parse(() -> ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()));
            SignatureHeader signatureHeader =
                    parse(() -> SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader()));
            verifySignature(signatureHeader.getCreator(), envelope.getPayload(), envelope.getSignature(),
                    "prepared transaction");
            if (!channelHeader.getTxId().equals(request.getTransactionId())
                    || !request.getChannelId().equals(channel)) {
                throw error(Status.Code.INVALID_ARGUMENT, "submit request does not match its transaction");
            }
            String transactionId = channelHeader.getTxId();
            statuses.computeIfAbsent(transactionId, id -> new CompletableFuture<>());
            committer.execute(() -> commit(transactionId, envelope));
            response.onNext(SubmitResponse.getDefaultInstance());
            response.onCompleted();
        } catch (StatusRuntimeException e) {
            response.onError(e);
        }
    }

    @Override
    public void commitStatus(SignedCommitStatusRequest signed, StreamObserver<CommitStatusResponse> response) {
        if (!arrive(Rpc.COMMIT_STATUS, response)) {
            return;
        }
        try {
            CommitStatusRequest request = parse(() -> CommitStatusRequest.parseFrom(signed.getRequest()));
            verifySignature(request.getIdentity(), signed.getRequest(), signed.getSignature(), "commit status request");
            if (!request.getChannelId().equals(channel)) {
                throw error(Status.Code.FAILED_PRECONDITION, "unknown channel " + request.getChannelId());
            }
            CompletableFuture<CommitStatusResponse> status =
                    statuses.computeIfAbsent(request.getTransactionId(), id -> new CompletableFuture<>());
            ServerCallStreamObserver<CommitStatusResponse> call =
                    (ServerCallStreamObserver<CommitStatusResponse>) response;
            status.whenComplete((committed, failure) -> {
                if (call.isCancelled()) {
                    return;
                }
                if (injectedCommitStatusTimeouts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    call.onError(Status.DEADLINE_EXCEEDED.withDescription("injected: status lost after commit")
                            .asRuntimeException());
                    return;
                }
                call.onNext(committed);
                call.onCompleted();
            });
        } catch (StatusRuntimeException e) {
            response.onError(e);
        }
    }

    // --- simulation and endorsement ---

    /** One peer's execution of a proposal. */
    private record Simulation(Peer peer, Chaincode.Response chaincodeResponse, Response response,
                              ByteString proposalResponsePayload) {

        boolean failed() {
            return chaincodeResponse.getStatusCode() >= 400;
        }

        ErrorDetail errorDetail() {
            return errorDetail("chaincode response " + chaincodeResponse.getStatusCode() + ", "
                    + chaincodeResponse.getMessage());
        }

        ErrorDetail errorDetail(String message) {
            return ErrorDetail.newBuilder().setAddress(peer.address()).setMspId(peer.identity().mspId())
                    .setMessage(message).build();
        }
    }

    private Simulation simulate(Proposed proposed, Peer peer) {
        SimulatedStub stub = new SimulatedStub(state, new Invocation(proposed.transactionId(), proposed.channelId(),
                proposed.args(), proposed.creator(), proposed.timestamp(), peer.identity().mspId(),
                proposed.signedProposal()));
        Chaincode.Response result = InProcessChaincode.invoke(stub);
        Response response = Response.newBuilder()
                .setStatus(result.getStatusCode())
                .setMessage(result.getMessage() == null ? "" : result.getMessage())
                .setPayload(result.getPayload() == null ? ByteString.EMPTY : ByteString.copyFrom(result.getPayload()))
                .build();
        ChaincodeAction action = ChaincodeAction.newBuilder()
                .setResults(encode(stub.readWriteSet()).toByteString())
                .setResponse(response)
                .setChaincodeId(ChaincodeID.newBuilder().setName(chaincode).setVersion("1.0"))
                .build();
        ByteString proposalResponsePayload = ProposalResponsePayload.newBuilder()
                .setProposalHash(ByteString.copyFrom(sha256(proposed.proposalHashInput())))
                .setExtension(action.toByteString())
                .build().toByteString();
        return new Simulation(peer, result, response, proposalResponsePayload);
    }

    /** Assembles the transaction envelope from the endorsements, as Fabric's gateway does (prepareTransaction). */
    private static Envelope prepareTransaction(Proposed proposed, ByteString proposalResponsePayload,
                                               List<Endorsement> endorsements) {
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(proposed.payloadWithoutTransient())
                .setAction(ChaincodeEndorsedAction.newBuilder()
                        .setProposalResponsePayload(proposalResponsePayload)
                        .addAllEndorsements(endorsements))
                .build();
        Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder()
                        .setHeader(proposed.header().getSignatureHeader())
                        .setPayload(actionPayload.toByteString()))
                .build();
        Payload payload = Payload.newBuilder().setHeader(proposed.header()).setData(transaction.toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    // --- ordering and commit ---

    /** Runs on the committer thread only: one transaction per block. */
    private void commit(String transactionId, Envelope envelope) {
        blockNumber++;
        if (!orderedTransactions.add(transactionId)) {
            return; // DUPLICATE_TXID: the first one's status stands
        }
        TxValidationCode code = validateAndApply(envelope);
        if (code == TxValidationCode.VALID) {
            committedValid.add(transactionId);
        }
        statuses.computeIfAbsent(transactionId, id -> new CompletableFuture<>())
                .complete(CommitStatusResponse.newBuilder().setResult(code).setBlockNumber(blockNumber).build());
    }

    private TxValidationCode validateAndApply(Envelope envelope) {
        try {
            Payload payload = Payload.parseFrom(envelope.getPayload());
            Transaction transaction = Transaction.parseFrom(payload.getData());
            ChaincodeActionPayload actionPayload =
                    ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
            ChaincodeEndorsedAction endorsed = actionPayload.getAction();
            Set<String> endorsingOrganisations = new HashSet<>();
            for (Endorsement endorsement : endorsed.getEndorsementsList()) {
                byte[] signed = endorsed.getProposalResponsePayload().concat(endorsement.getEndorser()).toByteArray();
                if (isKnownPeer(endorsement.getEndorser())
                        && verifies(endorsement.getEndorser(), signed, endorsement.getSignature().toByteArray())) {
                    endorsingOrganisations.add(SerializedIdentity.parseFrom(endorsement.getEndorser()).getMspid());
                }
            }
            if (!endorsingOrganisations.containsAll(requiredOrganisations)) {
                return TxValidationCode.ENDORSEMENT_POLICY_FAILURE;
            }
            ChaincodeAction action = ChaincodeAction.parseFrom(
                    ProposalResponsePayload.parseFrom(endorsed.getProposalResponsePayload()).getExtension());
            if (injectedConflicts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return TxValidationCode.MVCC_READ_CONFLICT;
            }
            Optional<WorldState.Conflict> conflict =
                    state.commit(decode(TxReadWriteSet.parseFrom(action.getResults())), new WorldState.Version(
                            blockNumber, 0));
            return conflict.isPresent() ? TxValidationCode.MVCC_READ_CONFLICT : TxValidationCode.VALID;
        } catch (InvalidProtocolBufferException | IndexOutOfBoundsException e) {
            return TxValidationCode.BAD_PAYLOAD;
        }
    }

    private boolean isKnownPeer(ByteString serializedIdentity) {
        return peers.stream().anyMatch(p -> Arrays.equals(p.identity().serialized(), serializedIdentity.toByteArray()));
    }

    // --- read-write sets, as Fabric encodes them (keys sorted) ---

    private TxReadWriteSet encode(ReadWriteSet readWriteSet) {
        KVRWSet.Builder kv = KVRWSet.newBuilder();
        readWriteSet.reads().entrySet().stream().sorted(Map.Entry.comparingByKey(WorldState::compareUtf8))
                .forEach(read -> {
                    KVRead.Builder r = KVRead.newBuilder().setKey(read.getKey());
                    read.getValue().ifPresent(v -> r.setVersion(Version.newBuilder()
                            .setBlockNum(v.blockNumber()).setTxNum(v.transactionNumber())));
                    kv.addReads(r);
                });
        readWriteSet.writes().entrySet().stream().sorted(Map.Entry.comparingByKey(WorldState::compareUtf8))
                .forEach(write -> kv.addWrites(KVWrite.newBuilder()
                        .setKey(write.getKey())
                        .setIsDelete(write.getValue().isEmpty())
                        .setValue(write.getValue().map(ByteString::copyFrom).orElse(ByteString.EMPTY))));
        return TxReadWriteSet.newBuilder()
                .setDataModel(TxReadWriteSet.DataModel.KV)
                .addNsRwset(NsReadWriteSet.newBuilder().setNamespace(chaincode).setRwset(kv.build().toByteString()))
                .build();
    }

    private ReadWriteSet decode(TxReadWriteSet set) throws InvalidProtocolBufferException {
        Map<String, Optional<WorldState.Version>> reads = new LinkedHashMap<>();
        Map<String, Optional<byte[]>> writes = new LinkedHashMap<>();
        for (NsReadWriteSet ns : set.getNsRwsetList()) {
            if (!ns.getNamespace().equals(chaincode)) {
                continue;
            }
            KVRWSet kv = KVRWSet.parseFrom(ns.getRwset());
            for (KVRead read : kv.getReadsList()) {
                reads.put(read.getKey(), read.hasVersion()
                        ? Optional.of(new WorldState.Version(read.getVersion().getBlockNum(),
                        read.getVersion().getTxNum()))
                        : Optional.empty());
            }
            for (KVWrite write : kv.getWritesList()) {
                writes.put(write.getKey(),
                        write.getIsDelete() ? Optional.empty() : Optional.of(write.getValue().toByteArray()));
            }
        }
        return new ReadWriteSet(reads, writes);
    }

    // --- decoding proposals ---

    /** A decoded, signature-checked proposal. */
    private record Proposed(SignedProposal signedProposal, Header header, ChannelHeader channelHeader,
                            byte[] creator, ChaincodeProposalPayload payload, ChaincodeInvocationSpec invocation) {

        static Proposed decode(SignedProposal signed, String requestTransactionId) {
            Proposal proposal = parse(() -> Proposal.parseFrom(signed.getProposalBytes()));
            Header header = parse(() -> Header.parseFrom(proposal.getHeader()));
            ChannelHeader channelHeader = parse(() -> ChannelHeader.parseFrom(header.getChannelHeader()));
            SignatureHeader signatureHeader = parse(() -> SignatureHeader.parseFrom(header.getSignatureHeader()));
            ChaincodeProposalPayload payload = parse(() -> ChaincodeProposalPayload.parseFrom(proposal.getPayload()));
            ChaincodeInvocationSpec invocation = parse(() -> ChaincodeInvocationSpec.parseFrom(payload.getInput()));
            if (channelHeader.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
                throw error(Status.Code.INVALID_ARGUMENT, "not an endorser transaction");
            }
            String expectedId = HexFormat.of().formatHex(sha256(
                    signatureHeader.getNonce().concat(signatureHeader.getCreator()).toByteArray()));
            if (!channelHeader.getTxId().equals(expectedId) || !channelHeader.getTxId().equals(requestTransactionId)) {
                throw error(Status.Code.INVALID_ARGUMENT, "transaction id is not SHA-256(nonce || creator)");
            }
            verifySignature(signatureHeader.getCreator(), signed.getProposalBytes(), signed.getSignature(),
                    "proposal");
            return new Proposed(signed, header, channelHeader, signatureHeader.getCreator().toByteArray(), payload,
                    invocation);
        }

        void requireTarget(String channel, String chaincode) {
            String name = invocation.getChaincodeSpec().getChaincodeId().getName();
            String headerName = parse(() -> ChaincodeHeaderExtension.parseFrom(channelHeader.getExtension()))
                    .getChaincodeId().getName();
            if (!channelHeader.getChannelId().equals(channel) || !name.equals(chaincode) || !headerName.equals(name)) {
                throw error(Status.Code.NOT_FOUND,
                        "no chaincode " + name + " on channel " + channelHeader.getChannelId());
            }
        }

        String transactionId() {
            return channelHeader.getTxId();
        }

        String channelId() {
            return channelHeader.getChannelId();
        }

        Instant timestamp() {
            return Instant.ofEpochSecond(channelHeader.getTimestamp().getSeconds(),
                    channelHeader.getTimestamp().getNanos());
        }

        List<byte[]> args() {
            return invocation.getChaincodeSpec().getInput().getArgsList().stream().map(ByteString::toByteArray)
                    .toList();
        }

        ByteString payloadWithoutTransient() {
            return ChaincodeProposalPayload.newBuilder().setInput(payload.getInput()).build().toByteString();
        }

        byte[] proposalHashInput() {
            return header.getChannelHeader().concat(header.getSignatureHeader()).concat(payloadWithoutTransient())
                    .toByteArray();
        }
    }

    // --- helpers ---

    @FunctionalInterface
    private interface Parser<T> {
        T parse() throws InvalidProtocolBufferException;
    }

    private static <T> T parse(Parser<T> parser) {
        try {
            return parser.parse();
        } catch (InvalidProtocolBufferException e) {
            throw error(Status.Code.INVALID_ARGUMENT, "malformed message: " + e.getMessage());
        }
    }

    private static void verifySignature(ByteString serializedIdentity, ByteString message, ByteString signature,
                                        String what) {
        if (!verifies(serializedIdentity, message.toByteArray(), signature.toByteArray())) {
            throw error(Status.Code.PERMISSION_DENIED, "the " + what + " is not signed by its creator");
        }
    }

    private static boolean verifies(ByteString serializedIdentity, byte[] message, byte[] signature) {
        try {
            SerializedIdentity identity = SerializedIdentity.parseFrom(serializedIdentity);
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(identity.getIdBytes().toByteArray()));
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(message);
            return verifier.verify(signature);
        } catch (InvalidProtocolBufferException | GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StatusRuntimeException error(Status.Code code, String message, ErrorDetail... details) {
        com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder().setCode(code.value())
                .setMessage(message);
        for (ErrorDetail detail : details) {
            status.addDetails(Any.pack(detail));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }
}
