package org.datadeed.ledger.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link NodeStore} port. Every implementation (the in-memory one here, a database
 * adapter elsewhere) has a test that extends this class and supplies an empty store.
 */
public abstract class NodeStoreContract {

    private NodeStore store;

    /** A new, empty store. */
    protected abstract NodeStore newEmptyStore();

    @BeforeEach
    void createStore() {
        store = newEmptyStore();
    }

    private static Hash leaf(long i) {
        return Rfc6962.leafHash(TestHashes.leaf(i));
    }

    private static CompactRange.Appended grow(CompactRange from, long to) {
        List<Hash> leaves = new java.util.ArrayList<>();
        for (long i = from.size(); i < to; i++) {
            leaves.add(leaf(i));
        }
        return from.appendAll(leaves);
    }

    @Test
    void newStoreIsEmpty() {
        assertThat(store.size()).isZero();
    }

    @Test
    void appendedNodesAreReadBackInTheOrderAsked() {
        CompactRange.Appended appended = grow(CompactRange.empty(), 6);
        store.append(0, 6, appended.completed());

        assertThat(store.size()).isEqualTo(6);
        List<NodeId> ids = List.of(new NodeId(2, 0), NodeId.leaf(5), new NodeId(1, 2), NodeId.leaf(0), NodeId.leaf(5));
        assertThat(store.readNodes(ids)).containsExactly(
                appended.completed().stream().filter(n -> n.id().equals(new NodeId(2, 0))).findFirst().orElseThrow().hash(),
                leaf(5),
                Rfc6962.nodeHash(leaf(4), leaf(5)),
                leaf(0),
                leaf(5));
    }

    @Test
    void successiveAppendsExtendTheTree() {
        CompactRange.Appended first = grow(CompactRange.empty(), 3);
        store.append(0, 3, first.completed());
        CompactRange.Appended second = grow(first.range(), 8);
        store.append(3, 8, second.completed());

        assertThat(store.size()).isEqualTo(8);
        assertThat(new MerkleProver(store).rootHash(8)).isEqualTo(second.range().rootHash());
        assertThat(new MerkleProver(store).rootHash(3)).isEqualTo(first.range().rootHash());
    }

    @Test
    void appendFromAStaleSizeIsRefusedAndChangesNothing() {
        CompactRange.Appended first = grow(CompactRange.empty(), 2);
        store.append(0, 2, first.completed());
        CompactRange.Appended rival = grow(CompactRange.empty(), 3);

        assertThatThrownBy(() -> store.append(0, 3, rival.completed()))
                .isInstanceOf(ConcurrentAppendException.class);
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.readNodes(List.of(NodeId.leaf(1)))).containsExactly(leaf(1));
    }

    @Test
    void appendWithNodesOtherThanTheCompletedOnesIsRefused() {
        CompactRange.Appended appended = grow(CompactRange.empty(), 4);
        List<Node> missingParent = appended.completed().subList(0, appended.completed().size() - 1);

        assertThatThrownBy(() -> store.append(0, 4, missingParent)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.size()).isZero();
    }

    @Test
    void readingANodeBeyondTheStoredSizeFails() {
        store.append(0, 3, grow(CompactRange.empty(), 3).completed());

        assertThatThrownBy(() -> store.readNodes(List.of(NodeId.leaf(3)))).isInstanceOf(MissingNodeException.class);
        assertThatThrownBy(() -> store.readNodes(List.of(new NodeId(2, 0)))).isInstanceOf(MissingNodeException.class);
    }
}
