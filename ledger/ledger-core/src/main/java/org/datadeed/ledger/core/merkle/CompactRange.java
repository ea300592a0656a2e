package org.datadeed.ledger.core.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The right edge of a Merkle tree of {@code size} leaves: the roots of its maximal perfect subtrees, one per
 * set bit of {@code size}, left to right. It is all an appender needs to keep in memory: appending a leaf
 * merges equal-height subtrees (completing new perfect subtrees), and the root hash is these roots folded
 * from the right. Immutable.
 *
 * <p>This is the "compact range" of Trillian and transparency-dev, restricted to ranges starting at leaf 0.
 */
public final class CompactRange {

    private static final CompactRange EMPTY = new CompactRange(0, List.of());

    private final long size;
    private final List<Node> roots;
    private Hash rootHash;

    private CompactRange(long size, List<Node> roots) {
        this.size = size;
        this.roots = roots;
    }

    /** The compact range of the empty tree. */
    public static CompactRange empty() {
        return EMPTY;
    }

    /** Reads the compact range of the tree of {@code size} leaves: O(log n) nodes in one request. */
    public static CompactRange load(TreeReader reader, long size) {
        if (size < 0 || size > reader.size()) {
            throw new IllegalArgumentException("size " + size + " outside [0, " + reader.size() + "]");
        }
        if (size == 0) {
            return EMPTY;
        }
        List<NodeId> ids = TreeMath.decompose(0, size);
        List<Hash> hashes = reader.readNodes(ids);
        List<Node> roots = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            roots.add(new Node(ids.get(i), hashes.get(i)));
        }
        return new CompactRange(size, List.copyOf(roots));
    }

    /** The number of leaves covered. */
    public long size() {
        return size;
    }

    /** Roots of the maximal perfect subtrees, left to right (largest first). */
    public List<Node> roots() {
        return roots;
    }

    /** The RFC 6962 root hash of the tree (SHA-256 of the empty string for the empty tree). */
    public Hash rootHash() {
        Hash cached = rootHash;
        if (cached == null) {
            cached = roots.isEmpty()
                    ? Rfc6962.emptyRoot()
                    : TreeMath.foldRight(roots.stream().map(Node::hash).toList());
            rootHash = cached;
        }
        return cached;
    }

    /**
     * The result of appending leaves.
     *
     * @param range     the compact range after the append
     * @param completed every perfect subtree completed by the append (leaves included), in creation order:
     *                  exactly what a {@link NodeStore} must persist
     */
    public record Appended(CompactRange range, List<Node> completed) {
    }

    /** Appends one leaf hash. */
    public Appended append(Hash leafHash) {
        return appendAll(List.of(leafHash));
    }

    /** Appends leaf hashes in order. O(k + log n) hashing for k leaves; touches no storage. */
    public Appended appendAll(List<Hash> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        List<Node> edge = new ArrayList<>(roots);
        List<Node> completed = new ArrayList<>(2 * leafHashes.size() + 1);
        long newSize = size;
        for (Hash leafHash : leafHashes) {
            Node current = new Node(NodeId.leaf(newSize), Objects.requireNonNull(leafHash, "leaf hash"));
            completed.add(current);
            while (!edge.isEmpty() && edge.get(edge.size() - 1).id().level() == current.id().level()) {
                Node left = edge.remove(edge.size() - 1);
                NodeId parent = new NodeId(left.id().level() + 1, left.id().index() >> 1);
                current = new Node(parent, Rfc6962.nodeHash(left.hash(), current.hash()));
                completed.add(current);
            }
            edge.add(current);
            newSize++;
        }
        return new Appended(new CompactRange(newSize, List.copyOf(edge)), Collections.unmodifiableList(completed));
    }

    @Override
    public String toString() {
        return "CompactRange[size=" + size + ", roots=" + roots + "]";
    }
}
