-- Spring Authorization Server's registered clients (its oauth2-registered-client-schema.sql, with timestamptz as it
-- asks for PostgreSQL). Only the API clients that organisations create through the identity API live here; the
-- clients configured in properties stay in memory.
CREATE TABLE oauth2_registered_client (
    id                            VARCHAR(100)  NOT NULL,
    client_id                     VARCHAR(100)  NOT NULL,
    client_id_issued_at           TIMESTAMPTZ   DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 VARCHAR(200)  DEFAULT NULL,
    client_secret_expires_at      TIMESTAMPTZ   DEFAULT NULL,
    client_name                   VARCHAR(200)  NOT NULL,
    client_authentication_methods VARCHAR(1000) NOT NULL,
    authorization_grant_types     VARCHAR(1000) NOT NULL,
    redirect_uris                 VARCHAR(1000) DEFAULT NULL,
    post_logout_redirect_uris     VARCHAR(1000) DEFAULT NULL,
    scopes                        VARCHAR(1000) NOT NULL,
    client_settings               VARCHAR(2000) NOT NULL,
    token_settings                VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX oauth2_registered_client_client_id ON oauth2_registered_client (client_id);

-- What the organisation sees of each API client: whose it is, what it acts as, and who created, rotated and revoked it.
-- The secret is only in oauth2_registered_client, and only as the PasswordEncoder's hash.
CREATE TABLE api_client (
    registered_client_id   VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES oauth2_registered_client (id),
    client_id              VARCHAR(100) NOT NULL UNIQUE,
    organisation           VARCHAR(100) NOT NULL,
    role                   VARCHAR(20)  NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    description            VARCHAR(500),
    status                 VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    created_at             TIMESTAMPTZ  NOT NULL,
    created_by             VARCHAR(200) NOT NULL,
    created_by_name        VARCHAR(200),
    secret_rotated_at      TIMESTAMPTZ,
    secret_rotated_by      VARCHAR(200),
    secret_rotated_by_name VARCHAR(200),
    revoked_at             TIMESTAMPTZ,
    revoked_by             VARCHAR(200),
    revoked_by_name        VARCHAR(200),
    -- the Idempotency-Key of the request that created the client, scoped to its caller, with the request's hash
    idempotency_scope      VARCHAR(300),
    idempotency_key        VARCHAR(128),
    request_hash           CHAR(64),
    UNIQUE (idempotency_scope, idempotency_key)
);
CREATE INDEX api_client_organisation ON api_client (organisation, created_at DESC);
