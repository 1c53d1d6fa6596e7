-- 006: dunning runs (handbook 7.11, 7.12): each run with its selection, every
-- letter it made (saved for copies when kravparametrar say so) and what
-- undoing it restores; and the payment methods the run debits fees and
-- interest with (D, fee type P/K/D), where their codes are still free.
CREATE TABLE dunning_run (
    id                   {{ID}},
    run_date             {{DATE}} NOT NULL,
    selection            TEXT NOT NULL,
    summary              TEXT NOT NULL DEFAULT '',
    letter_count         INTEGER NOT NULL DEFAULT 0,
    held_count           INTEGER NOT NULL DEFAULT 0,
    fee_debited_ore      {{MONEY}} NOT NULL DEFAULT 0,
    interest_debited_ore {{MONEY}} NOT NULL DEFAULT 0,
    booking_order_ids    TEXT NOT NULL DEFAULT '',
    output_path          TEXT NOT NULL DEFAULT '',
    created_by           TEXT NOT NULL,
    created_at           {{TIMESTAMP}} NOT NULL,
    undone_by            TEXT,
    undone_at            {{TIMESTAMP}}
)
;;
-- One row per claim the run took a step on. before_state holds the claim's
-- columns as they were (JSON), version_after the version the run left, so
-- that undo restores exactly and only while nobody has touched the claim.
CREATE TABLE dunning_letter (
    id                   {{ID}},
    run_id               BIGINT NOT NULL REFERENCES dunning_run(id),
    invoice_id           BIGINT NOT NULL REFERENCES invoice(id),
    step                 TEXT NOT NULL CHECK (step IN ('reminder1', 'reminder2', 'collection', 'residual')),
    fee_ore              {{MONEY}} NOT NULL DEFAULT 0,
    fee_debited          INTEGER NOT NULL DEFAULT 0,
    interest_ore         {{MONEY}} NOT NULL DEFAULT 0,
    interest_debit_ore   {{MONEY}} NOT NULL DEFAULT 0,
    to_pay_ore           {{MONEY}} NOT NULL DEFAULT 0,
    pay_by               {{DATE}},
    held                 INTEGER NOT NULL DEFAULT 0,
    transaction_ids      TEXT NOT NULL DEFAULT '',
    before_state         TEXT NOT NULL,
    version_after        INTEGER NOT NULL,
    letter               TEXT
)
;;
CREATE INDEX dunning_letter_by_run ON dunning_letter (run_id)
;;
CREATE INDEX dunning_letter_by_invoice ON dunning_letter (invoice_id)
;;
INSERT INTO payment_method (code, debit_credit, text, fee_type)
SELECT '7', 'D', 'Påm.avgift', 'P' WHERE NOT EXISTS (SELECT 1 FROM payment_method WHERE code = '7')
    AND EXISTS (SELECT 1 FROM payment_method)
;;
INSERT INTO payment_method (code, debit_credit, text, fee_type)
SELECT '8', 'D', 'Kravavgift', 'K' WHERE NOT EXISTS (SELECT 1 FROM payment_method WHERE code = '8')
    AND EXISTS (SELECT 1 FROM payment_method)
;;
INSERT INTO payment_method (code, debit_credit, text, fee_type)
SELECT '9', 'D', 'Dröjsm.ränta', 'D' WHERE NOT EXISTS (SELECT 1 FROM payment_method WHERE code = '9')
    AND EXISTS (SELECT 1 FROM payment_method)
