-- Personal data is encrypted at rest. Each sealed row names the key it was sealed under, so the
-- re-encryption pass after a key rotation finds the rows a retired key sealed without decrypting
-- every row; NULL marks a row stored in clear before encryption, which the pass seals too.
-- Nothing filters on the personal fields themselves (orders are found by id and customer id,
-- tracking numbers among a customer's orders), so no searchable hash column is needed.
ALTER TABLE customers ADD COLUMN sealed_with VARCHAR(16);
ALTER TABLE orders ADD COLUMN sealed_with VARCHAR(16);
ALTER TABLE attachments ADD COLUMN sealed_with VARCHAR(16);
CREATE INDEX customers_by_seal ON customers (sealed_with);
CREATE INDEX orders_by_seal ON orders (sealed_with);
CREATE INDEX attachments_by_seal ON attachments (sealed_with);
