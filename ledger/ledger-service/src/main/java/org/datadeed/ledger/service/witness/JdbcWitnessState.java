package org.datadeed.ledger.service.witness;

import java.util.Optional;

import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.datadeed.ledger.core.tlog.WitnessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regulator witness's memory: the last checkpoint it cosigned per origin ({@code witness_state}). */
@Repository
class JdbcWitnessState implements WitnessState {

    private final JdbcClient jdbc;

    JdbcWitnessState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Checkpoint> latest(String origin) {
        return jdbc.sql("SELECT origin, tree_size, root_hash FROM witness_state WHERE origin = :origin")
                .param("origin", origin)
                .query((rs, n) -> Checkpoint.of(rs.getString(1), rs.getLong(2), Hash.of(rs.getBytes(3))))
                .optional();
    }

    @Override
    public boolean replace(long expectedSize, Checkpoint next) {
        if (expectedSize == 0) {
            return jdbc.sql("""
                            INSERT INTO witness_state (origin, tree_size, root_hash) VALUES (:origin, :size, :root)
                            ON CONFLICT (origin) DO NOTHING""")
                    .param("origin", next.origin()).param("size", next.size()).param("root", next.rootHash().bytes())
                    .update() == 1;
        }
        return jdbc.sql("""
                        UPDATE witness_state SET tree_size = :size, root_hash = :root
                        WHERE origin = :origin AND tree_size = :expected""")
                .param("origin", next.origin()).param("size", next.size()).param("root", next.rootHash().bytes())
                .param("expected", expectedSize)
                .update() == 1;
    }
}
