-- 019: Ersättningsfaktura (handbook 6.3). A replacement invoice changes
-- nothing on the claim (same number, OCR reference and due date); what is
-- kept is that one was sent — printed date, due date, the amount to pay,
-- the handler, who and when — and the text registered for each transaction
-- printed on it ("Registrera text som ska skrivas ut på fakturan"), which
-- the next replacement invoice of the claim starts from. Rows go with their
-- claim (ON DELETE CASCADE, e.g. when paid claims are purged); the
-- transaction id is a plain number, so undoing a run is not blocked.
CREATE TABLE replacement_invoice (
    id            {{ID}},
    invoice_id    BIGINT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    invoice_date  {{DATE}} NOT NULL,
    due_date      {{DATE}},
    to_pay_ore    {{MONEY}} NOT NULL,
    handler       TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX replacement_invoice_by_invoice ON replacement_invoice (invoice_id, id)
;;
CREATE TABLE replacement_invoice_text (
    replacement_id  BIGINT NOT NULL REFERENCES replacement_invoice(id) ON DELETE CASCADE,
    transaction_id  BIGINT NOT NULL,
    text            TEXT NOT NULL,
    amount_ore      {{MONEY}} NOT NULL
)
;;
CREATE INDEX replacement_invoice_text_by_replacement ON replacement_invoice_text (replacement_id)
