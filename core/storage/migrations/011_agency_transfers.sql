-- 011: transfer to a collection agency (handbook 7.19, 7.20; seed 003): the
-- settings per company and routine, the agency per company, every transfer
-- with the claims it sent (a claim at most once), and the balance-correction
-- files with the transactions each reported (a transaction at most once).
CREATE TABLE agency_settings (
    company          TEXT NOT NULL REFERENCES company(number),
    routine          TEXT NOT NULL REFERENCES routine(code),
    basis            TEXT NOT NULL CHECK (basis IN ('due', 'reminder1', 'reminder2', 'collection')),
    days             INTEGER NOT NULL,
    capital_method   TEXT NOT NULL DEFAULT '',
    fee_method       TEXT NOT NULL DEFAULT '',
    interest_method  TEXT NOT NULL DEFAULT '',
    dunning_code     INTEGER NOT NULL,
    watch_text       TEXT NOT NULL DEFAULT '',
    skip_without_id  INTEGER NOT NULL DEFAULT 0,
    debt_category    TEXT NOT NULL DEFAULT '',
    changed_by       TEXT NOT NULL DEFAULT '',
    changed_at       {{TIMESTAMP}},
    PRIMARY KEY (company, routine)
)
;;
-- The agency a company sends to; its giros are the payment parameters'.
CREATE TABLE agency (
    company          TEXT PRIMARY KEY REFERENCES company(number),
    kind             TEXT NOT NULL CHECK (kind IN ('intrum', 'svea', 'other')),
    name             TEXT NOT NULL,
    customer_number  TEXT NOT NULL,
    group_number     TEXT NOT NULL DEFAULT '',
    sender_name      TEXT NOT NULL DEFAULT '',
    changed_by       TEXT NOT NULL DEFAULT '',
    changed_at       {{TIMESTAMP}}
)
;;
CREATE TABLE agency_transfer (
    id                     {{ID}},
    transfer_date          {{DATE}} NOT NULL,
    selection              TEXT NOT NULL,
    summary                TEXT NOT NULL DEFAULT '',
    agency_name            TEXT NOT NULL,
    agency_customer_number TEXT NOT NULL,
    file_name              TEXT NOT NULL DEFAULT '',
    zeroed                 INTEGER NOT NULL DEFAULT 0,
    claim_count            INTEGER NOT NULL DEFAULT 0,
    balance_ore            {{MONEY}} NOT NULL DEFAULT 0,
    zeroed_ore             {{MONEY}} NOT NULL DEFAULT 0,
    booking_order_ids      TEXT NOT NULL DEFAULT '',
    created_by             TEXT NOT NULL,
    created_at             {{TIMESTAMP}} NOT NULL
)
;;
-- One row per claim sent. last_transaction_id: the claim's newest
-- transaction when it was sent (after its zeroing); what comes later is
-- for the correction file.
CREATE TABLE agency_transfer_item (
    id                   {{ID}},
    transfer_id          BIGINT NOT NULL REFERENCES agency_transfer(id),
    invoice_id           BIGINT NOT NULL UNIQUE REFERENCES invoice(id),
    balance_ore          {{MONEY}} NOT NULL,
    zeroed_ore           {{MONEY}} NOT NULL DEFAULT 0,
    debt_category        TEXT NOT NULL DEFAULT '',
    transaction_ids      TEXT NOT NULL DEFAULT '',
    last_transaction_id  BIGINT NOT NULL DEFAULT 0
)
;;
CREATE INDEX agency_transfer_item_by_transfer ON agency_transfer_item (transfer_id)
;;
CREATE TABLE agency_correction (
    id           {{ID}},
    file_name    TEXT NOT NULL DEFAULT '',
    item_count   INTEGER NOT NULL DEFAULT 0,
    amount_ore   {{MONEY}} NOT NULL DEFAULT 0,
    created_by   TEXT NOT NULL,
    created_at   {{TIMESTAMP}} NOT NULL
)
;;
CREATE TABLE agency_correction_item (
    transaction_id  BIGINT PRIMARY KEY REFERENCES ledger_transaction(id),
    correction_id   BIGINT NOT NULL REFERENCES agency_correction(id),
    invoice_id      BIGINT NOT NULL REFERENCES invoice(id),
    amount_ore      {{MONEY}} NOT NULL
)
