package org.datadeed.ledger.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class MerkleLogTest {

    private static Hash leaf(long i) {
        return Rfc6962.leafHash(TestHashes.leaf(i));
    }

    @Test
    void appendingReturnsTheLeafAndEveryPerfectSubtreeItCompletes() {
        MerkleLog log = MerkleLog.open(new InMemoryNodeStore());
        log.appendAll(List.of(leaf(0), leaf(1), leaf(2)));

        AppendResult fourth = log.append(leaf(3));

        assertThat(fourth.firstIndex()).isEqualTo(3);
        assertThat(fourth.treeSize()).isEqualTo(4);
        assertThat(fourth.completedNodes()).extracting(Node::id)
                .containsExactly(new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0));
        Hash left = Rfc6962.nodeHash(leaf(0), leaf(1));
        Hash right = Rfc6962.nodeHash(leaf(2), leaf(3));
        assertThat(fourth.completedNodes().get(1).hash()).isEqualTo(right);
        assertThat(fourth.completedNodes().get(2).hash()).isEqualTo(Rfc6962.nodeHash(left, right));
        assertThat(fourth.rootHash()).isEqualTo(Rfc6962.nodeHash(left, right));
    }

    @Test
    void appendingALeafThatCompletesNoSubtreeStoresOnlyTheLeaf() {
        MerkleLog log = MerkleLog.open(new InMemoryNodeStore());
        log.appendAll(List.of(leaf(0), leaf(1), leaf(2), leaf(3)));

        assertThat(log.append(leaf(4)).completedNodes()).extracting(Node::id).containsExactly(NodeId.leaf(4));
    }

    @Test
    void batchAppendStoresTheSameNodesAsOneByOneAppends() {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            leaves.add(leaf(i));
        }
        MerkleLog batched = MerkleLog.open(new InMemoryNodeStore());
        MerkleLog single = MerkleLog.open(new InMemoryNodeStore());
        batched.appendAll(leaves.subList(0, 37));
        AppendResult rest = batched.appendAll(leaves.subList(37, 100));
        List<Node> singleNodes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            AppendResult r = single.append(leaves.get(i));
            if (i >= 37) {
                singleNodes.addAll(r.completedNodes());
            }
        }
        assertThat(rest.completedNodes()).isEqualTo(singleNodes);
        assertThat(batched.rootHash()).isEqualTo(single.rootHash());
    }

    @Test
    void reopeningTheStoreContinuesTheSameTree() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerkleLog first = MerkleLog.open(store);
        for (int i = 0; i < 21; i++) {
            first.append(leaf(i));
        }
        MerkleLog reopened = MerkleLog.open(store);
        assertThat(reopened.size()).isEqualTo(21);
        assertThat(reopened.rootHash()).isEqualTo(first.rootHash());

        reopened.append(leaf(21));
        assertThat(reopened.rootHash()).isEqualTo(TestHashes.logOf(TestHashes.leaves(22)).rootHash());
    }

    @Test
    void aRefusedAppendLeavesTheLogUnchanged() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerkleLog writer = MerkleLog.open(store);
        writer.append(leaf(0));
        MerkleLog rival = MerkleLog.open(store);
        rival.append(leaf(1));
        Hash before = writer.rootHash();

        assertThatThrownBy(() -> writer.append(leaf(99))).isInstanceOf(ConcurrentAppendException.class);

        assertThat(writer.size()).isEqualTo(1);
        assertThat(writer.rootHash()).isEqualTo(before);
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void appendingNothingIsRefused() {
        MerkleLog log = MerkleLog.open(new InMemoryNodeStore());
        assertThatThrownBy(() -> log.appendAll(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyLogHasTheEmptyTreeRoot() {
        MerkleLog log = MerkleLog.open(new InMemoryNodeStore());
        assertThat(log.size()).isZero();
        assertThat(log.rootHash()).isEqualTo(Rfc6962.emptyRoot());
        assertThat(log.prover().rootHash(0)).isEqualTo(Rfc6962.emptyRoot());
    }

    @Test
    void storeHoldsAboutTwoNodesPerLeaf() {
        CountingStore store = new CountingStore();
        MerkleLog log = MerkleLog.open(store);
        for (int i = 0; i < 1024; i++) {
            log.append(leaf(i));
        }
        assertThat(store.written.get()).isEqualTo(2 * 1024 - 1);
    }

    @Test
    void proofsAndRootsReadLogarithmicallyManyNodesInOneRequest() {
        CountingStore store = new CountingStore();
        MerkleLog log = MerkleLog.open(store);
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            leaves.add(leaf(i));
        }
        log.appendAll(leaves);
        int log2 = 17;

        store.reset();
        log.prover().inclusionProof(70_001, 99_999);
        assertThat(store.requests.get()).isEqualTo(1);
        assertThat(store.read.get()).isLessThanOrEqualTo(2 * log2);

        store.reset();
        log.prover().consistencyProof(65_537, 99_999);
        assertThat(store.requests.get()).isEqualTo(1);
        assertThat(store.read.get()).isLessThanOrEqualTo(2 * log2);

        store.reset();
        log.prover().rootHash(99_999);
        assertThat(store.requests.get()).isEqualTo(1);
        assertThat(store.read.get()).isLessThanOrEqualTo(log2);
    }

    @Test
    void openingReadsOnlyTheCompactRange() {
        CountingStore store = new CountingStore();
        MerkleLog.open(store).appendAll(List.of(leaf(0), leaf(1), leaf(2), leaf(3), leaf(4), leaf(5), leaf(6)));
        store.reset();

        MerkleLog.open(store);

        assertThat(store.requests.get()).isEqualTo(1);
        assertThat(store.read.get()).isEqualTo(3);
    }

    @Test
    void proofsCanBeMadeForAnyEarlierTreeSize() {
        List<byte[]> leaves = TestHashes.leaves(50);
        MerkleLog log = TestHashes.logOf(leaves);
        for (int size = 1; size <= 50; size++) {
            Hash root = ReferenceMerkle.mth(leaves.subList(0, size));
            assertThat(log.prover().rootHash(size)).isEqualTo(root);
            for (int index = 0; index < size; index++) {
                log.prover().inclusionProof(index, size).verify(Rfc6962.leafHash(leaves.get(index)), root);
            }
        }
    }

    @Test
    void proofsBeyondTheStoredSizeAreRefused() {
        MerkleLog log = TestHashes.logOf(TestHashes.leaves(5));
        assertThatThrownBy(() -> log.prover().rootHash(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.prover().inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.prover().consistencyProof(3, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.prover().consistencyProof(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** An in-memory store that counts reads, read requests and written nodes. */
    private static final class CountingStore implements NodeStore {

        private final InMemoryNodeStore delegate = new InMemoryNodeStore();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger written = new AtomicInteger();

        void reset() {
            requests.set(0);
            read.set(0);
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public List<Hash> readNodes(List<NodeId> ids) {
            requests.incrementAndGet();
            read.addAndGet(ids.size());
            return delegate.readNodes(ids);
        }

        @Override
        public void append(long fromSize, long toSize, List<Node> nodes) {
            written.addAndGet(nodes.size());
            delegate.append(fromSize, toSize, nodes);
        }
    }
}
