-- The marketplace's read models. Everything here is rebuilt from events: the catalogue from the registry's, the
-- rest from the marketplace's own (usage records are the exception: they are the raw input whose batches the
-- usage events hash and count).

-- Registrations as the catalogue sees them (tracking processor "catalogue", following the registry's events).
CREATE TABLE catalogue_entry (
    product_id            UUID PRIMARY KEY,
    holder_organisation   TEXT NOT NULL,
    holder_name           TEXT,
    operator_organisation TEXT,
    operator_name         TEXT,
    object_type           TEXT NOT NULL,
    product_form          TEXT,
    name                  TEXT NOT NULL,
    description           TEXT,
    industry              TEXT,
    scenarios             TEXT[] NOT NULL DEFAULT '{}',
    classification        TEXT NOT NULL,
    personal_information  BOOLEAN NOT NULL,
    rights                JSONB NOT NULL,
    content               JSONB NOT NULL,
    registration_status   TEXT NOT NULL,
    certificate_number    TEXT,
    valid_until           DATE,
    listed                BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX catalogue_entry_listed ON catalogue_entry (listed, registration_status);
CREATE INDEX catalogue_entry_operator ON catalogue_entry (operator_organisation);

-- The operator's side of a product: terms and the current offer.
CREATE TABLE product_offer (
    product_id            UUID PRIMARY KEY,
    operator_organisation TEXT NOT NULL,
    terms                 JSONB,
    use_categories        TEXT[] NOT NULL DEFAULT '{}',
    schedule_version      INTEGER,
    charging_unit         TEXT,
    from_price            NUMERIC(19, 6),
    updated_at            TIMESTAMPTZ NOT NULL
);

-- Ceiling filings and price schedules, as their events (the pricing engine rebuilds its registers from them).
CREATE TABLE ceiling_filing (
    filing_id   UUID PRIMARY KEY,
    product_id  UUID NOT NULL,
    filed_at    TIMESTAMPTZ NOT NULL,
    event       JSONB NOT NULL
);
CREATE INDEX ceiling_filing_product ON ceiling_filing (product_id, filed_at);

CREATE TABLE price_schedule (
    product_id  UUID NOT NULL,
    version     INTEGER NOT NULL,
    set_at      TIMESTAMPTZ NOT NULL,
    event       JSONB NOT NULL,
    PRIMARY KEY (product_id, version)
);

CREATE TABLE quote_view (
    quote_id               UUID PRIMARY KEY,
    requester_organisation TEXT NOT NULL,
    product_id             UUID NOT NULL,
    operator_organisation  TEXT NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    valid_until            TIMESTAMPTZ NOT NULL,
    event                  JSONB NOT NULL
);

-- A quote is used by one licence only: recorded when an application or renewal on it passes its checks; the
-- unique key refuses a concurrent second one in its own transaction.
CREATE TABLE quote_use (
    quote_id   UUID PRIMARY KEY,
    licence_id UUID NOT NULL
);

CREATE TABLE licence_view (
    licence_id             UUID PRIMARY KEY,
    product_id             UUID NOT NULL,
    licensee_organisation  TEXT NOT NULL,
    operator_organisation  TEXT NOT NULL,
    status                 TEXT NOT NULL,
    valid_until            DATE,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    jws                    TEXT,
    pending_quote_id       UUID,
    limits                 JSONB,
    document               JSONB NOT NULL
);
CREATE INDEX licence_view_licensee ON licence_view (licensee_organisation, created_at DESC);
CREATE INDEX licence_view_operator ON licence_view (operator_organisation, status, created_at DESC);
CREATE INDEX licence_view_product ON licence_view (product_id, status);

-- Usage records as the operator's delivery points report them; a record id counts once per licence.
CREATE TABLE usage_record (
    licence_id   UUID NOT NULL,
    record_id    TEXT NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    calls        BIGINT NOT NULL,
    bytes        BIGINT NOT NULL,
    records      BIGINT NOT NULL,
    batch_id     UUID NOT NULL,
    PRIMARY KEY (licence_id, record_id)
);

-- One row per ingested batch: who sent it, how many records it added, and the SHA-256 of those records, which the
-- licences' usage events carry into the ledger.
CREATE TABLE usage_batch (
    batch_id     UUID PRIMARY KEY,
    operator     TEXT NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    accepted     INTEGER NOT NULL,
    sha256       TEXT NOT NULL
);

CREATE TABLE usage_counter (
    licence_id UUID NOT NULL,
    period     TEXT NOT NULL,
    calls      BIGINT NOT NULL,
    bytes      BIGINT NOT NULL,
    records    BIGINT NOT NULL,
    PRIMARY KEY (licence_id, period)
);

CREATE TABLE usage_alert (
    alert_id   BIGSERIAL PRIMARY KEY,
    licence_id UUID NOT NULL,
    raised_at  TIMESTAMPTZ NOT NULL,
    kind       TEXT NOT NULL,
    measure    TEXT NOT NULL,
    period     TEXT NOT NULL,
    detail     TEXT NOT NULL
);
CREATE INDEX usage_alert_licence ON usage_alert (licence_id, raised_at);

CREATE TABLE cost_entry (
    entry_id     UUID PRIMARY KEY,
    organisation TEXT NOT NULL,
    year         INTEGER NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    event        JSONB NOT NULL
);
CREATE INDEX cost_entry_operator ON cost_entry (organisation, year);

-- Revenue recognised when a licence is granted or renewed: the quoted total, on the day, for the product.
CREATE TABLE revenue_entry (
    entry_id      TEXT PRIMARY KEY,
    organisation  TEXT NOT NULL,
    product_id    UUID NOT NULL,
    recognised_on DATE NOT NULL,
    amount        NUMERIC(19, 2) NOT NULL,
    reference     TEXT NOT NULL
);
CREATE INDEX revenue_entry_operator ON revenue_entry (organisation, recognised_on);
