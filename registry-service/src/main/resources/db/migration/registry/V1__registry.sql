-- Registry read models and the registry's own stores. The event store (schema eventstore) is the source of truth;
-- everything here can be rebuilt from it, except the evidence files and the number sequences.

-- Evidence files, content-addressed: one row per distinct content.
CREATE TABLE evidence_blob (
    sha256      CHAR(64)     NOT NULL PRIMARY KEY,
    media_type  VARCHAR(200) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    content     BYTEA        NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_by   VARCHAR(300) NOT NULL
);

-- Serial numbers per kind and year; taken in the command's transaction, so a failed command takes none.
CREATE TABLE number_sequence (
    kind      VARCHAR(40) NOT NULL,
    year      INTEGER     NOT NULL,
    last_used BIGINT      NOT NULL,
    PRIMARY KEY (kind, year)
);

-- One row per registration: searchable columns beside the full API document.
CREATE TABLE registration_view (
    registration_id      UUID         NOT NULL PRIMARY KEY,
    registration_number  VARCHAR(64),
    certificate_number   VARCHAR(64),
    status               VARCHAR(40)  NOT NULL,
    holder_organisation  VARCHAR(100) NOT NULL,
    object_type          VARCHAR(40)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    description          TEXT,
    industry             VARCHAR(100),
    classification       VARCHAR(20)  NOT NULL,
    fingerprint_sha256   CHAR(64),
    fingerprint_sm3      CHAR(64),
    registration_types   VARCHAR(40)[] NOT NULL DEFAULT '{}',
    parties              VARCHAR(100)[] NOT NULL DEFAULT '{}',
    review_stage         VARCHAR(40),
    review_since         TIMESTAMP WITH TIME ZONE,
    review_due_on        DATE,
    pending_filing_id    UUID,
    pending_filing_type  VARCHAR(40),
    notice_starts_on     DATE,
    notice_ends_on       DATE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    document             JSONB        NOT NULL
);
CREATE UNIQUE INDEX registration_view_certificate ON registration_view (certificate_number);
CREATE INDEX registration_view_holder ON registration_view (holder_organisation);
CREATE INDEX registration_view_status ON registration_view (status);
CREATE INDEX registration_view_parties ON registration_view USING GIN (parties);
CREATE INDEX registration_view_sha256 ON registration_view (fingerprint_sha256);
CREATE INDEX registration_view_sm3 ON registration_view (fingerprint_sm3);
CREATE INDEX registration_view_updated ON registration_view (updated_at DESC);
CREATE INDEX registration_view_review ON registration_view (review_stage, review_due_on);

-- Every event of every registration, for timelines and public history.
CREATE TABLE registration_timeline (
    registration_id UUID         NOT NULL,
    sequence        BIGINT       NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    type            VARCHAR(80)  NOT NULL,
    actor           VARCHAR(400) NOT NULL,
    reason          TEXT,
    summary         TEXT,
    public_summary  TEXT,
    PRIMARY KEY (registration_id, sequence)
);
