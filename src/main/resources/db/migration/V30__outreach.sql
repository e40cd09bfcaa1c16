-- Proactive service (outreach): the merchant's rules (one JSON row, locked while a message is sent so
-- that rate limits and the coupon budget hold across nodes), every proactive message sent — its
-- (rule, subject) pair is unique, so an occasion is messaged once whichever node gets to it first —
-- and the complaint conversations that may earn a goodwill coupon once they are resolved.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

CREATE TABLE outreach_rules (
    id         VARCHAR(16)              PRIMARY KEY,
    body       VARCHAR(4000),
    updated_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO outreach_rules (id, body, updated_at) VALUES ('rules', NULL, NULL);

CREATE TABLE outreach_messages (
    id              VARCHAR(36)              PRIMARY KEY,
    rule            VARCHAR(32)              NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    customer_id     VARCHAR(128)             NOT NULL,
    order_id        VARCHAR(128),
    conversation_id VARCHAR(36)              NOT NULL,
    message_id      VARCHAR(36)              NOT NULL,
    coupon_code     VARCHAR(32),
    coupon_value    DECIMAL(12, 2),
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    replied_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outreach_once UNIQUE (rule, subject)
);
CREATE INDEX outreach_messages_by_customer ON outreach_messages (customer_id, sent_at);
CREATE INDEX outreach_messages_by_conversation ON outreach_messages (conversation_id);
CREATE INDEX outreach_messages_by_time ON outreach_messages (sent_at);

CREATE TABLE outreach_complaints (
    conversation_id VARCHAR(36)              PRIMARY KEY,
    customer_id     VARCHAR(128)             NOT NULL,
    noted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outreach_complaints_by_resolution ON outreach_complaints (resolved_at);

-- the rules look at the orders awaiting payment and those in transit
CREATE INDEX orders_by_status ON orders (status, created_at);
