-- 003: what a payment-file import needs beside 002 (issue 3 item 3): the
-- register of small differences carried to the customer's next invoice
-- (handbook 3.4 "Överföring nästa faktura"), the method an unplaced payment or
-- an overpayment came with (so placing or moving it later posts it the same
-- way: bankgiro, plusgiro or collection agency), and the indexes the registers
-- and the signal list are read by.

-- Överföring nästa faktura: a small over- or underpayment (within the 3.4
-- limits) settled on its claim and kept here for the customer's next invoice.
-- amount_ore > 0: to be charged on the next invoice (underpaid);
-- amount_ore < 0: to be credited on it (overpaid).
CREATE TABLE carried_difference (
    id               {{ID}},
    company          TEXT NOT NULL REFERENCES company(number),
    customer_id      BIGINT REFERENCES customer(id),
    customer_number  TEXT NOT NULL DEFAULT '',
    id_number        TEXT NOT NULL DEFAULT '',
    name             TEXT NOT NULL DEFAULT '',
    invoice_id       BIGINT NOT NULL REFERENCES invoice(id),
    transaction_id   BIGINT REFERENCES ledger_transaction(id),
    import_file_id   BIGINT REFERENCES import_file(id),
    payment_date     {{DATE}} NOT NULL,
    amount_ore       {{MONEY}} NOT NULL,
    account          TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'transferred')),
    transferred_to   TEXT NOT NULL DEFAULT '',
    resolved_by      TEXT,
    resolved_at      {{TIMESTAMP}},
    created_by       TEXT NOT NULL,
    created_at       {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX carried_by_status ON carried_difference (company, status, customer_number)
;;
ALTER TABLE unplaced_payment ADD COLUMN method TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE unplaced_payment ADD COLUMN payer_account TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE overpayment ADD COLUMN method TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE overpayment ADD COLUMN transaction_id BIGINT REFERENCES ledger_transaction(id)
;;
CREATE INDEX overpayment_by_invoice ON overpayment (invoice_id)
;;
CREATE INDEX unplaced_by_import ON unplaced_payment (import_file_id)
;;
CREATE INDEX signal_by_invoice ON signal_entry (invoice_id)
;;
CREATE INDEX transaction_by_import ON ledger_transaction (import_file_id)
