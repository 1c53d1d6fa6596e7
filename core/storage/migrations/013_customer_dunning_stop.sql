-- 013: the customer view (seed 001 §4.2): a dunning stop on the whole
-- customer ("Kravstopp kundnivå": Påminnelsespärr stops reminders 1 and 2,
-- Inkassospärr the collection demand and the residual demand after it) that
-- the dunning run honours for every claim of the customer, and notes on the
-- customer (§4.2.3), only added (audited), like the claims' notes (012).
ALTER TABLE customer ADD COLUMN reminder_stop INTEGER NOT NULL DEFAULT 0
;;
ALTER TABLE customer ADD COLUMN collection_stop INTEGER NOT NULL DEFAULT 0
;;
CREATE TABLE customer_note (
    id           {{ID}},
    customer_id  BIGINT NOT NULL REFERENCES customer(id),
    text         TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX customer_note_by_customer ON customer_note (customer_id, id)
