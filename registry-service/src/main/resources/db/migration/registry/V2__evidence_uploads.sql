-- Who uploaded which evidence file: an organisation may attach only files it uploaded itself, so knowing a hash
-- never gives access to another organisation's file.
CREATE TABLE evidence_upload (
    sha256       CHAR(64)     NOT NULL REFERENCES evidence_blob (sha256),
    organisation VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sha256, organisation)
);
INSERT INTO evidence_upload (sha256, organisation, uploaded_at)
SELECT sha256, split_part(stored_by, '@', 2), stored_at FROM evidence_blob;
