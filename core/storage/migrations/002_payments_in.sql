-- 002: payments in (issue 3): imported bank files and what each did, unplaced
-- and overpaid payments, the signal list for watched claims, accounts per
-- company and routine, and booking orders (verifications) for the general
-- ledger. Transactions learn which file and which booking order they came from.

CREATE TABLE import_file (
    id             {{ID}},
    kind           TEXT NOT NULL CHECK (kind IN ('bgmax', 'totalin')),
    file_name      TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    file_stamp     TEXT NOT NULL DEFAULT '',
    company        TEXT REFERENCES company(number),
    forced         INTEGER NOT NULL DEFAULT 0,
    payments       INTEGER NOT NULL DEFAULT 0,
    amount_ore     {{MONEY}} NOT NULL DEFAULT 0,
    matched        INTEGER NOT NULL DEFAULT 0,
    matched_ore    {{MONEY}} NOT NULL DEFAULT 0,
    unplaced       INTEGER NOT NULL DEFAULT 0,
    unplaced_ore   {{MONEY}} NOT NULL DEFAULT 0,
    overpaid       INTEGER NOT NULL DEFAULT 0,
    overpaid_ore   {{MONEY}} NOT NULL DEFAULT 0,
    written_off_ore {{MONEY}} NOT NULL DEFAULT 0,
    imported_by    TEXT NOT NULL,
    imported_at    {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX import_file_by_hash ON import_file (content_hash)
;;
CREATE INDEX import_file_by_stamp ON import_file (kind, file_stamp)
;;
-- Oplacerade betalningar: money received that no claim could take.
CREATE TABLE unplaced_payment (
    id              {{ID}},
    company         TEXT NOT NULL REFERENCES company(number),
    import_file_id  BIGINT REFERENCES import_file(id),
    file_line       INTEGER NOT NULL DEFAULT 0,
    payment_date    {{DATE}} NOT NULL,
    amount_ore      {{MONEY}} NOT NULL,
    reference       TEXT NOT NULL DEFAULT '',
    payer           TEXT NOT NULL DEFAULT '',
    information     TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'placed', 'refunded')),
    placed_invoice_id BIGINT REFERENCES invoice(id),
    resolved_by     TEXT,
    resolved_at     {{TIMESTAMP}},
    created_by      TEXT NOT NULL,
    created_at      {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX unplaced_by_status ON unplaced_payment (company, status, payment_date)
;;
-- Överbetalningar: the part of a payment above the claim's balance.
CREATE TABLE overpayment (
    id              {{ID}},
    company         TEXT NOT NULL REFERENCES company(number),
    invoice_id      BIGINT NOT NULL REFERENCES invoice(id),
    import_file_id  BIGINT REFERENCES import_file(id),
    payment_date    {{DATE}} NOT NULL,
    amount_ore      {{MONEY}} NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'refunded', 'moved')),
    moved_to_invoice_id BIGINT REFERENCES invoice(id),
    note            TEXT NOT NULL DEFAULT '',
    resolved_by     TEXT,
    resolved_at     {{TIMESTAMP}},
    created_by      TEXT NOT NULL,
    created_at      {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX overpayment_by_status ON overpayment (company, status, payment_date)
;;
-- Signallista: payments on claims with a watch text (betalningsbevakning).
CREATE TABLE signal_entry (
    id              {{ID}},
    invoice_id      BIGINT NOT NULL REFERENCES invoice(id),
    transaction_id  BIGINT REFERENCES ledger_transaction(id),
    watch_text      TEXT NOT NULL,
    amount_ore      {{MONEY}} NOT NULL,
    created_at      {{TIMESTAMP}} NOT NULL,
    seen_by         TEXT,
    seen_at         {{TIMESTAMP}}
)
;;
-- Accounts for booking: kind 'receivable' (kundfordringar), 'bankgiro',
-- 'plusgiro', 'writeoff', 'overpayment', 'unplaced'; routine '' = the default.
CREATE TABLE account_setting (
    company   TEXT NOT NULL REFERENCES company(number),
    routine   TEXT NOT NULL DEFAULT '',
    kind      TEXT NOT NULL,
    account   TEXT NOT NULL,
    PRIMARY KEY (company, routine, kind)
)
;;
-- Bokföringsorder: one verification per company and booking run.
CREATE TABLE booking_order (
    id                  {{ID}},
    company             TEXT NOT NULL REFERENCES company(number),
    series              TEXT NOT NULL DEFAULT 'A',
    verification_number BIGINT NOT NULL,
    booked_date         {{DATE}} NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    created_by          TEXT NOT NULL,
    created_at          {{TIMESTAMP}} NOT NULL,
    UNIQUE (company, series, verification_number)
)
;;
CREATE TABLE booking_posting (
    id               {{ID}},
    booking_order_id BIGINT NOT NULL REFERENCES booking_order(id),
    account          TEXT NOT NULL,
    amount_ore       {{MONEY}} NOT NULL,
    text             TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX booking_posting_by_order ON booking_posting (booking_order_id)
;;
-- Sök inbetalningar (handbook 5.1) lists from a method or an amount in order.
CREATE INDEX transaction_by_method ON ledger_transaction (method, transaction_date, id)
;;
CREATE INDEX transaction_by_amount ON ledger_transaction (amount_ore, transaction_date, id)
;;
-- Inbetalningsprognos (5.3): open claims by due date.
CREATE INDEX invoice_open_by_due ON invoice (due_date, company, routine, balance_ore)
    WHERE balance_ore > 0
;;
ALTER TABLE ledger_transaction ADD COLUMN import_file_id BIGINT REFERENCES import_file(id)
;;
ALTER TABLE ledger_transaction ADD COLUMN booking_order_id BIGINT REFERENCES booking_order(id)
