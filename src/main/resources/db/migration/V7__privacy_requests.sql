-- Requests of customers to see or erase their data (PIPL Art. 44-47, 50), whoever filed them: the
-- shopper from the widget or the merchant through the API. Each keeps its status and outcome; after
-- an erasure the customer's id is replaced by a pseudonym, so the record says that an erasure
-- happened, not whose data it was. Portable SQL: the same script runs on H2 and PostgreSQL.
CREATE TABLE privacy_requests (
    id              VARCHAR(36)              PRIMARY KEY,
    customer_ref    VARCHAR(128)             NOT NULL,
    kind            VARCHAR(16)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    channel         VARCHAR(16)              NOT NULL,
    conversation_id VARCHAR(36),
    outcome         VARCHAR,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(128)
);
CREATE INDEX privacy_requests_by_customer ON privacy_requests (customer_ref, requested_at);
CREATE INDEX privacy_requests_by_status ON privacy_requests (status, requested_at);
