-- Whether a message is an agent's internal note, as a column: transcript pages (at most 200
-- messages) are cut in SQL, and a customer's page must count only what the customer may see.
ALTER TABLE messages ADD COLUMN internal BOOLEAN NOT NULL DEFAULT FALSE;
-- Notes stored before: their JSON body says so (a text that merely mentions it is escaped, \").
UPDATE messages SET internal = TRUE WHERE role = 'agent' AND body LIKE '%"internal":true%';
