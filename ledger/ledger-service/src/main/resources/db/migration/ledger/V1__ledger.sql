-- The verifiable log of every domain event (schema ledger). Append-only: rows are inserted, never updated or
-- deleted, except the single row of log_state that records how far the log has come.

-- How far the sequencer has come: the tree size and Axon's gap-aware position in the event store.
CREATE TABLE log_state (
    id           SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    tree_size    BIGINT   NOT NULL,
    token_index  BIGINT,
    token_gaps   BIGINT[] NOT NULL DEFAULT '{}',
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Hashes of every perfect subtree of the log; level 0 holds the leaf hashes.
CREATE TABLE log_node (
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- Which event each leaf is; the leaf itself is recomputed from the event store whenever it is needed.
CREATE TABLE log_leaf (
    log_index            BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    global_index         BIGINT       NOT NULL,
    aggregate_identifier VARCHAR(255),
    event_time           TIMESTAMP WITH TIME ZONE NOT NULL,
    sequenced_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX log_leaf_aggregate ON log_leaf (aggregate_identifier, log_index);
CREATE INDEX log_leaf_global_index ON log_leaf (global_index);

-- Signed checkpoints, each with the regulator witness's cosignature and where it was anchored.
CREATE TABLE checkpoint (
    tree_size         BIGINT NOT NULL PRIMARY KEY,
    root_hash         BYTEA  NOT NULL,
    signed_note       TEXT   NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cosigned_note     TEXT,
    cosigned_at       TIMESTAMP WITH TIME ZONE,
    anchor_tx         TEXT,
    anchor_submitter  TEXT,
    anchored_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX checkpoint_anchored ON checkpoint (tree_size) WHERE anchor_tx IS NOT NULL;

-- The regulator's witness: the last checkpoint it cosigned per origin, and what it refused.
CREATE TABLE witness_state (
    origin    TEXT   NOT NULL PRIMARY KEY,
    tree_size BIGINT NOT NULL,
    root_hash BYTEA  NOT NULL
);

CREATE TABLE witness_alert (
    id          BIGSERIAL PRIMARY KEY,
    raised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    origin      TEXT NOT NULL,
    tree_size   BIGINT,
    reason      TEXT NOT NULL,
    checkpoint  TEXT NOT NULL
);

INSERT INTO log_state (id, tree_size, token_index, token_gaps, updated_at) VALUES (1, 0, NULL, '{}', now());
