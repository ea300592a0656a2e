package org.datadeed.ledger.service.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.datadeed.ledger.core.merkle.ConcurrentAppendException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MissingNodeException;
import org.datadeed.ledger.core.merkle.Node;
import org.datadeed.ledger.core.merkle.NodeId;
import org.datadeed.ledger.core.merkle.NodeStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's perfect-subtree hashes in {@code log_node}, and its size in {@code log_state}. Appending inserts about
 * two rows per leaf and moves the size with a compare-and-set; reading any O(log n) set of nodes is one query. The
 * caller's transaction (if any) makes an append atomic with whatever else it writes.
 */
@Repository
public class JdbcNodeStore implements NodeStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcNodeStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public long size() {
        return jdbc.sql("SELECT tree_size FROM log_state WHERE id = 1").query(Long.class).optional().orElse(0L);
    }

    @Override
    public List<Hash> readNodes(List<NodeId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT level, idx, hash FROM log_node WHERE (level, idx) IN (");
        List<Object> args = new ArrayList<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            args.add(ids.get(i).level());
            args.add(ids.get(i).index());
        }
        sql.append(')');
        Map<NodeId, Hash> found = new HashMap<>();
        template.query(sql.toString(), rs -> {
            found.put(new NodeId(rs.getInt(1), rs.getLong(2)), Hash.of(rs.getBytes(3)));
        }, args.toArray());
        List<Hash> hashes = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            Hash hash = found.get(id);
            if (hash == null) {
                throw new MissingNodeException(id, size());
            }
            hashes.add(hash);
        }
        return hashes;
    }

    @Override
    public void append(long fromSize, long toSize, List<Node> nodes) {
        template.batchUpdate("INSERT INTO log_node (level, idx, hash) VALUES (?, ?, ?)", nodes, 1000,
                (statement, node) -> {
                    statement.setInt(1, node.id().level());
                    statement.setLong(2, node.id().index());
                    statement.setBytes(3, node.hash().bytes());
                });
        int moved = jdbc.sql("UPDATE log_state SET tree_size = :to, updated_at = now() WHERE id = 1 AND tree_size = :from")
                .param("to", toSize).param("from", fromSize).update();
        if (moved != 1) {
            throw new ConcurrentAppendException(fromSize, size());
        }
    }
}
