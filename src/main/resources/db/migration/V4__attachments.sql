-- Files customers attach to conversations (photos of a damaged item). The bytes live under the
-- data directory; this table knows whose they are and what they are evidence for.
CREATE TABLE attachments (
    id              VARCHAR(36)              PRIMARY KEY,
    conversation_id VARCHAR(36)              NOT NULL REFERENCES conversations (id),
    content_type    VARCHAR(64)              NOT NULL,
    size_bytes      BIGINT                   NOT NULL,
    name            VARCHAR(255),
    storage_key     VARCHAR(255)             NOT NULL,
    order_id        VARCHAR(128),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachments_by_conversation ON attachments (conversation_id);
