-- A supervisor's dispute of an automatic quality finding: the finding stays visible, marked
-- disputed, and no longer counts against the agent's score. Finding ids are derived from the
-- conversation, message and category, so a dispute holds however often the review is recomputed.

CREATE TABLE insight_quality_disputes (
    finding_id  VARCHAR                  PRIMARY KEY,
    note        VARCHAR(2000)            NOT NULL,
    disputed_by VARCHAR                  NOT NULL,
    disputed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
