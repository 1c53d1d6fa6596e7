-- 001: the ledger's first schema: companies, routines, customers, claims with
-- lines, payment methods, transactions, batches, dunning codes, reference
-- rates, settings, number series and the audit log (issue 2, DOMAIN.md).
-- Placeholders {{ID}}, {{DATE}}, {{TIMESTAMP}}, {{MONEY}} are filled in by the
-- dialect (storage/dialect.cpp) so SQLite and PostgreSQL share this file.
-- Statements are separated by lines holding only ";;".

CREATE TABLE company (
    number        TEXT PRIMARY KEY CHECK (length(number) = 3),
    name          TEXT NOT NULL,
    name2         TEXT NOT NULL DEFAULT '',
    org_nr        TEXT NOT NULL DEFAULT '',
    bankgiro      TEXT NOT NULL DEFAULT '',
    plusgiro      TEXT NOT NULL DEFAULT '',
    vat_number    TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    postal_code   TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    changed_by    TEXT NOT NULL DEFAULT '',
    changed_at    {{TIMESTAMP}}
)
;;
-- Routines are shared by all companies: a routine number is the first two
-- digits of every invoice number (DOMAIN.md glossary).
CREATE TABLE routine (
    code          TEXT PRIMARY KEY CHECK (length(code) = 2),
    name          TEXT NOT NULL,
    interest_of   TEXT REFERENCES routine(code),
    active        INTEGER NOT NULL DEFAULT 1
)
;;
CREATE TABLE customer (
    id              {{ID}},
    company         TEXT NOT NULL REFERENCES company(number),
    customer_number TEXT NOT NULL,
    id_number       TEXT NOT NULL DEFAULT '',
    id_kind         TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    name2           TEXT NOT NULL DEFAULT '',
    co              TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    protected_identity INTEGER NOT NULL DEFAULT 0,
    changed_by      TEXT NOT NULL DEFAULT '',
    changed_at      {{TIMESTAMP}},
    UNIQUE (company, customer_number)
)
;;
CREATE INDEX customer_id_number ON customer (id_number)
;;
-- A batch (bunt): registered lines that are posted atomically on approval.
-- kind: 'invoices' or 'payments'; status: 'open', 'approved', 'deleted'.
CREATE TABLE batch (
    id            {{ID}},
    kind          TEXT NOT NULL,
    company       TEXT NOT NULL REFERENCES company(number),
    description   TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'open',
    created_by    TEXT NOT NULL,
    created_at    {{TIMESTAMP}} NOT NULL,
    approved_by   TEXT,
    approved_at   {{TIMESTAMP}}
)
;;
-- A batch line holds its content as JSON until the batch is approved.
CREATE TABLE batch_line (
    id            {{ID}},
    batch_id      BIGINT NOT NULL REFERENCES batch(id),
    line_no       INTEGER NOT NULL,
    payload       TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    {{TIMESTAMP}} NOT NULL,
    UNIQUE (batch_id, line_no)
)
;;
-- A claim (fordran). The receiver fields are the claim's own copy (handbook
-- 6.1 change mode edits them per claim). *_key columns are upper-cased search
-- keys and id_search the 10-digit person number, so that every search field
-- of Sök faktura is a prefix/range lookup on an index.
CREATE TABLE invoice (
    id                     {{ID}},
    company                TEXT NOT NULL REFERENCES company(number),
    invoice_number         TEXT NOT NULL CHECK (length(invoice_number) = 9),
    routine                TEXT NOT NULL REFERENCES routine(code),
    customer_id            BIGINT REFERENCES customer(id),
    customer_number        TEXT NOT NULL DEFAULT '',
    id_number              TEXT NOT NULL DEFAULT '',
    id_search              TEXT NOT NULL DEFAULT '',
    id_number2             TEXT NOT NULL DEFAULT '',
    id_search2             TEXT NOT NULL DEFAULT '',
    name                   TEXT NOT NULL,
    name_key               TEXT NOT NULL,
    name2                  TEXT NOT NULL DEFAULT '',
    name2_key              TEXT NOT NULL DEFAULT '',
    co                     TEXT NOT NULL DEFAULT '',
    address                TEXT NOT NULL DEFAULT '',
    address_key            TEXT NOT NULL DEFAULT '',
    postal_code            TEXT NOT NULL DEFAULT '',
    city                   TEXT NOT NULL DEFAULT '',
    country                TEXT NOT NULL DEFAULT '',
    invoice_date           {{DATE}} NOT NULL,
    due_date               {{DATE}} NOT NULL,
    ocr                    TEXT NOT NULL DEFAULT '',
    register_id            TEXT NOT NULL DEFAULT '',
    department             TEXT NOT NULL DEFAULT '',
    handler                TEXT NOT NULL DEFAULT '',
    description            TEXT NOT NULL DEFAULT '',
    amount_ore             {{MONEY}} NOT NULL,
    -- debited (uppdebiterade) totals, and what of each is still open
    reminder_fee_ore       {{MONEY}} NOT NULL DEFAULT 0,
    collection_fee_ore     {{MONEY}} NOT NULL DEFAULT 0,
    interest_debited_ore   {{MONEY}} NOT NULL DEFAULT 0,
    capital_open_ore       {{MONEY}} NOT NULL,
    reminder_fee_open_ore  {{MONEY}} NOT NULL DEFAULT 0,
    collection_fee_open_ore {{MONEY}} NOT NULL DEFAULT 0,
    interest_open_ore      {{MONEY}} NOT NULL DEFAULT 0,
    balance_ore            {{MONEY}} NOT NULL,
    paid_ore               {{MONEY}} NOT NULL DEFAULT 0,
    -- printed but not debited (ej uppdebiterade): never part of the balance
    reminder_fee_undebited_ore   {{MONEY}} NOT NULL DEFAULT 0,
    collection_fee_undebited_ore {{MONEY}} NOT NULL DEFAULT 0,
    interest_undebited_ore       {{MONEY}} NOT NULL DEFAULT 0,
    reminder1_date         {{DATE}},
    reminder2_date         {{DATE}},
    collection_date        {{DATE}},
    residual_date          {{DATE}},
    threat_date            {{DATE}},
    payment_order_date     {{DATE}},
    payment_plan_date      {{DATE}},
    agency_transfer_date   {{DATE}},
    dunning_code           INTEGER,
    dunning_code_until     {{DATE}},
    watch_text             TEXT NOT NULL DEFAULT '',
    final_paid_date        {{DATE}},
    interest_invoice_number TEXT,
    interest_invoice_ore   {{MONEY}},
    interest_invoice_date  {{DATE}},
    batch_id               BIGINT REFERENCES batch(id),
    created_by             TEXT NOT NULL,
    created_at             {{TIMESTAMP}} NOT NULL,
    changed_by             TEXT NOT NULL,
    changed_at             {{TIMESTAMP}} NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1,
    UNIQUE (company, invoice_number)
)
;;
-- Sök faktura (handbook 6.1): each search field's sort order is an index.
-- company comes last where it is not in the order, so a company filter is
-- checked in the index instead of reading rows of other companies.
CREATE INDEX invoice_by_id_number ON invoice (id_search, invoice_number DESC, company)
;;
CREATE INDEX invoice_by_id_number2 ON invoice (id_search2, invoice_number DESC, company)
;;
CREATE INDEX invoice_by_customer ON invoice (customer_number, invoice_number DESC, company)
;;
CREATE INDEX invoice_by_name ON invoice (name_key, company, invoice_number DESC)
;;
CREATE INDEX invoice_by_name2 ON invoice (name2_key, company, invoice_number DESC)
;;
CREATE INDEX invoice_by_address ON invoice (address_key, company, invoice_number DESC)
;;
CREATE INDEX invoice_by_register_id ON invoice (register_id, invoice_date DESC, company)
;;
CREATE INDEX invoice_by_amount ON invoice (amount_ore, invoice_date DESC, company)
;;
CREATE INDEX invoice_by_balance ON invoice (balance_ore, invoice_date DESC, company)
;;
CREATE INDEX invoice_by_date ON invoice (company, invoice_date DESC, invoice_number DESC)
;;
-- "Newest first" over several companies.
CREATE INDEX invoice_newest ON invoice (invoice_date DESC, invoice_number DESC, company)
;;
CREATE INDEX invoice_by_number ON invoice (invoice_number, company)
;;
CREATE INDEX invoice_by_ocr ON invoice (ocr)
;;
CREATE INDEX invoice_by_customer_id ON invoice (customer_id)
;;
CREATE TABLE invoice_line (
    id            {{ID}},
    invoice_id    BIGINT NOT NULL REFERENCES invoice(id),
    line_no       INTEGER NOT NULL,
    text          TEXT NOT NULL DEFAULT '',
    amount_ore    {{MONEY}} NOT NULL,
    account       TEXT NOT NULL DEFAULT '',
    UNIQUE (invoice_id, line_no)
)
;;
-- Inbetalningssätt, handbook 8.1: every flag of the screen.
CREATE TABLE payment_method (
    code                  TEXT PRIMARY KEY CHECK (length(code) = 1),
    debit_credit          TEXT NOT NULL CHECK (debit_credit IN ('D', 'K')),
    text                  TEXT NOT NULL CHECK (length(text) <= 15),
    text_only             INTEGER NOT NULL DEFAULT 0,
    not_booked            INTEGER NOT NULL DEFAULT 0,
    no_interest_invoicing INTEGER NOT NULL DEFAULT 0,
    fee_type              TEXT NOT NULL DEFAULT '' CHECK (fee_type IN ('', 'P', 'K', 'D')),
    no_compress           INTEGER NOT NULL DEFAULT 0,
    account               TEXT NOT NULL DEFAULT '',
    changed_by            TEXT NOT NULL DEFAULT '',
    changed_at            {{TIMESTAMP}}
)
;;
-- Everything that changed a claim. amount_ore is the amount as registered
-- (positive); effect_ore its signed effect on the balance; the *_part_ore
-- columns say which parts of the claim it settled or raised.
CREATE TABLE ledger_transaction (
    id                    {{ID}},
    invoice_id            BIGINT NOT NULL REFERENCES invoice(id),
    transaction_date      {{DATE}} NOT NULL,
    registered_date       {{DATE}} NOT NULL,
    booked_date           {{DATE}},
    method                TEXT NOT NULL REFERENCES payment_method(code),
    amount_ore            {{MONEY}} NOT NULL,
    effect_ore            {{MONEY}} NOT NULL,
    reminder_fee_part_ore   {{MONEY}} NOT NULL DEFAULT 0,
    collection_fee_part_ore {{MONEY}} NOT NULL DEFAULT 0,
    interest_part_ore     {{MONEY}} NOT NULL DEFAULT 0,
    capital_part_ore      {{MONEY}} NOT NULL DEFAULT 0,
    no_interest           INTEGER NOT NULL DEFAULT 0,
    remark                TEXT NOT NULL DEFAULT '' CHECK (length(remark) <= 40),
    account               TEXT NOT NULL DEFAULT '',
    source                TEXT NOT NULL DEFAULT 'manual',
    batch_id              BIGINT REFERENCES batch(id),
    created_by            TEXT NOT NULL,
    created_at            {{TIMESTAMP}} NOT NULL
)
;;
CREATE INDEX transaction_by_invoice ON ledger_transaction (invoice_id, transaction_date)
;;
CREATE INDEX transaction_by_date ON ledger_transaction (transaction_date)
;;
CREATE INDEX transaction_unbooked ON ledger_transaction (booked_date)
;;
-- Kravkoder, handbook 7.3.
CREATE TABLE dunning_code (
    code                 INTEGER PRIMARY KEY CHECK (code BETWEEN 1 AND 9),
    text                 TEXT NOT NULL CHECK (length(text) <= 15),
    no_invoice           INTEGER NOT NULL DEFAULT 0,
    no_reminder1         INTEGER NOT NULL DEFAULT 0,
    no_reminder2         INTEGER NOT NULL DEFAULT 0,
    no_collection        INTEGER NOT NULL DEFAULT 0,
    no_interest          INTEGER NOT NULL DEFAULT 0,
    no_interest_respite  INTEGER NOT NULL DEFAULT 0,
    no_threat            INTEGER NOT NULL DEFAULT 0,
    no_residual          INTEGER NOT NULL DEFAULT 0
)
;;
-- Referensränta per half-year (FACTS-SE §4), in hundredths of a percent.
CREATE TABLE reference_rate (
    from_date        {{DATE}} PRIMARY KEY,
    rate_hundredths  INTEGER NOT NULL,
    verified         INTEGER NOT NULL DEFAULT 0,
    source           TEXT NOT NULL DEFAULT ''
)
;;
-- Named settings (parameters of the later screens), as text.
CREATE TABLE setting (
    scope   TEXT NOT NULL,
    name    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (scope, name)
)
;;
CREATE TABLE number_series (
    name        TEXT PRIMARY KEY,
    next_value  BIGINT NOT NULL
)
;;
-- Who changed what, when: old and new value per field (DOMAIN.md "People and trust").
CREATE TABLE audit_log (
    id          {{ID}},
    at          {{TIMESTAMP}} NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    field       TEXT NOT NULL DEFAULT '',
    old_value   TEXT,
    new_value   TEXT,
    context     TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX audit_by_row ON audit_log (table_name, row_key, at)
