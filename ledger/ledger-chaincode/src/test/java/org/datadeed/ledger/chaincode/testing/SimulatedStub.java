package org.datadeed.ledger.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

import com.google.protobuf.ByteString;

/**
 * A {@link ChaincodeStub} that simulates one transaction against a {@link WorldState} the way a Fabric peer does:
 * reads see the committed state only (a transaction does not read its own writes), every read records the version
 * it saw, writes are buffered into a {@link ReadWriteSet} for {@link WorldState#commit}, and paginated range
 * queries are refused in a transaction that writes (and writes after them), as the peer's transaction simulator
 * does. What DataDeed's contract does not use (private data, rich queries, key history, chaincode-to-chaincode
 * calls, state-based endorsement) throws {@link UnsupportedOperationException}.
 */
public final class SimulatedStub implements ChaincodeStub {

    private final WorldState state;
    private final Invocation invocation;
    private final Map<String, Optional<WorldState.Version>> reads = new LinkedHashMap<>();
    private final Map<String, Optional<byte[]>> writes = new LinkedHashMap<>();
    private boolean paginatedQueryDone;
    private ChaincodeEvent event;

    public SimulatedStub(WorldState state, Invocation invocation) {
        this.state = state;
        this.invocation = invocation;
    }

    /** What the transaction read and wrote so far. */
    public ReadWriteSet readWriteSet() {
        return new ReadWriteSet(reads, writes);
    }

    @Override
    public List<byte[]> getArgs() {
        return invocation.args();
    }

    @Override
    public List<String> getStringArgs() {
        return invocation.args().stream().map(a -> new String(a, StandardCharsets.UTF_8)).toList();
    }

    @Override
    public String getFunction() {
        List<String> args = getStringArgs();
        return args.isEmpty() ? null : args.get(0);
    }

    @Override
    public List<String> getParameters() {
        List<String> args = getStringArgs();
        return args.isEmpty() ? List.of() : args.subList(1, args.size());
    }

    @Override
    public String getTxId() {
        return invocation.transactionId();
    }

    @Override
    public String getChannelId() {
        return invocation.channelId();
    }

    @Override
    public Instant getTxTimestamp() {
        return invocation.timestamp();
    }

    @Override
    public byte[] getCreator() {
        return invocation.creator();
    }

    @Override
    public SignedProposal getSignedProposal() {
        return invocation.signedProposal();
    }

    @Override
    public String getMspId() {
        return invocation.peerMspId();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return Map.of();
    }

    @Override
    public byte[] getState(String key) {
        Optional<WorldState.Entry> entry = state.get(key);
        reads.putIfAbsent(key, entry.map(WorldState.Entry::version));
        return entry.map(WorldState.Entry::value).orElse(new byte[0]);
    }

    @Override
    public void putState(String key, byte[] value) {
        requireNoPaginatedQuery();
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be null or empty");
        }
        writes.put(key, Optional.of(value.clone()));
    }

    @Override
    public void delState(String key) {
        requireNoPaginatedQuery();
        writes.put(key, Optional.empty());
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String startKey, String endKey,
                                                                                     int pageSize, String bookmark) {
        CompositeKey.validateSimpleKeys(startKey, endKey);
        if (!writes.isEmpty()) {
            throw new IllegalStateException("paginated queries are not supported in a transaction that writes");
        }
        paginatedQueryDone = true;
        String start = bookmark == null || bookmark.isEmpty() ? startKey : bookmark;
        List<WorldState.Entry> all = state.range(start, endKey == null ? "" : endKey);
        List<KeyValue> page = new ArrayList<>();
        for (WorldState.Entry entry : all) {
            if (page.size() == pageSize) {
                break;
            }
            page.add(new Kv(entry.key(), entry.value()));
        }
        String next = all.size() > page.size() ? all.get(page.size()).key() : "";
        QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(page.size()).setBookmark(next).build();
        return new PageIterator(page, metadata);
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        event = ChaincodeEvent.newBuilder().setEventName(name).setPayload(ByteString.copyFrom(payload)).build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    private void requireNoPaginatedQuery() {
        if (paginatedQueryDone) {
            throw new IllegalStateException("a transaction that ran a paginated query cannot write");
        }
    }

    // --- not used by DataDeed's contract ---

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
        throw unsupported();
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw unsupported();
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
                                                                                    String bookmark) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw unsupported();
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection,
                                                                              CompositeKey compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
                                                                              String... attributes) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw unsupported();
    }

    @Override
    public byte[] getBinding() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not simulated: DataDeed's contract does not use it");
    }

    private record Kv(String key, byte[] value) implements KeyValue {

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public byte[] getValue() {
            return value.clone();
        }

        @Override
        public String getStringValue() {
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private record PageIterator(List<KeyValue> page, QueryResponseMetadata metadata)
            implements QueryResultsIteratorWithMetadata<KeyValue> {

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }

        @Override
        public Iterator<KeyValue> iterator() {
            return page.iterator();
        }

        @Override
        public void close() {
        }
    }
}
