package org.datadeed.ledger.core.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link NodeStore} in memory, for tests, benchmarks, verifiers that rebuild a tree, and local
 * development. Holds up to 2^31 − 1 leaves. Thread-safe.
 */
public final class InMemoryNodeStore implements NodeStore {

    /** levels.get(level).get(index) is the hash of node (level, index). */
    private final List<List<Hash>> levels = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private long size;

    @Override
    public long size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Hash> readNodes(List<NodeId> ids) {
        lock.readLock().lock();
        try {
            List<Hash> hashes = new ArrayList<>(ids.size());
            for (NodeId id : ids) {
                if (id.end() > size) {
                    throw new MissingNodeException(id, size);
                }
                hashes.add(levels.get(id.level()).get(Math.toIntExact(id.index())));
            }
            return hashes;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void append(long fromSize, long toSize, List<Node> nodes) {
        if (toSize <= fromSize) {
            throw new IllegalArgumentException("toSize " + toSize + " must exceed fromSize " + fromSize);
        }
        if (toSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the in-memory store holds at most 2^31 - 1 leaves");
        }
        List<NodeId> expected = TreeMath.completedNodes(fromSize, toSize);
        List<NodeId> given = nodes.stream().map(Node::id).toList();
        if (!given.equals(expected)) {
            throw new IllegalArgumentException(
                    "nodes are not those completed from size " + fromSize + " to " + toSize);
        }
        lock.writeLock().lock();
        try {
            if (size != fromSize) {
                throw new ConcurrentAppendException(fromSize, size);
            }
            for (Node node : nodes) {
                int level = node.id().level();
                while (levels.size() <= level) {
                    levels.add(new ArrayList<>());
                }
                levels.get(level).add(node.hash());
            }
            size = toSize;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
