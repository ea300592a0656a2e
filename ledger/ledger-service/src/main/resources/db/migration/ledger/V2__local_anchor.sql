-- The local development anchor (schema anchor): a table standing in for the Fabric channel, enforcing the same
-- rules (AnchorRules). In production the checkpoints are anchored on Fabric and these tables stay empty.
CREATE TABLE anchor.log_key (
    origin       TEXT NOT NULL PRIMARY KEY,
    verifier_key TEXT NOT NULL
);

CREATE TABLE anchor.anchored_checkpoint (
    origin            TEXT   NOT NULL REFERENCES anchor.log_key (origin),
    tree_size         BIGINT NOT NULL,
    root_hash         BYTEA  NOT NULL,
    signed_checkpoint TEXT   NOT NULL,
    transaction_id    TEXT   NOT NULL UNIQUE,
    submitter         TEXT   NOT NULL,
    anchored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (origin, tree_size)
);
