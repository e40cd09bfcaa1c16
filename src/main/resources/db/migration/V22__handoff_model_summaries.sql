-- The optional language model's summary of a handed-over conversation (issue 22, use 3): drafted
-- once, after the handoff commits, and shown on the card beside the template summary; NULL when no
-- model is set or its draft was refused. model_summary_by names the model that wrote it.
ALTER TABLE handoffs ADD COLUMN model_summary VARCHAR;
ALTER TABLE handoffs ADD COLUMN model_summary_by VARCHAR;
