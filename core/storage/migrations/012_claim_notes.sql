-- 012: notes on a claim (handbook 6.1 "Anteckningar: Anteckningar kan skrivas
-- in för aktuell faktura"), each with who wrote it and when. Notes are only
-- added, never changed or removed, so they keep the history of the claim;
-- adding one is audited and does not change the claim's version (a note is
-- not a change of the claim a clerk may be editing at the same time).
CREATE TABLE invoice_note (
    id          {{ID}},
    invoice_id  BIGINT NOT NULL REFERENCES invoice(id),
    text        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX invoice_note_by_invoice ON invoice_note (invoice_id, id)
