-- The optional language model's draft of a mined FAQ candidate's answer (issue 22, use 3). A
-- drafted candidate's answer is the model's text, still PENDING for a supervisor; agent_answer keeps
-- the agent's own words it was drafted from, drafted_by the model. Both NULL for undrafted candidates.
ALTER TABLE knowledge_candidates ADD COLUMN agent_answer VARCHAR;
ALTER TABLE knowledge_candidates ADD COLUMN drafted_by VARCHAR;
