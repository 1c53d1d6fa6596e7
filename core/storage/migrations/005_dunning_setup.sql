-- 005: the dunning set-up registers (issue 4 items 2–5): texts for reminders,
-- collection demands, residual demands and threats (handbook 7.4–7.6, 7.9),
-- the per-routine settings of Inställningar påminnelser/krav (7.7, DOMAIN.md
-- "Dunning") and the log of fees set above the legal caps (FACTS-SE §5).
-- Kravparametrar (7.2) live in `setting` (scope 'dunning_parameters') and
-- account_setting; kravkoder already have their table (001).

-- lines: the text's lines joined with "\n" (no trailing spaces). The line
-- limits depend on kind and form type and are enforced by DunningTexts.
CREATE TABLE dunning_text (
    kind        TEXT NOT NULL CHECK (kind IN ('reminder', 'collection', 'residual', 'threat')),
    number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9),
    form_type   TEXT NOT NULL CHECK (form_type IN ('F', 'D')),
    lines       TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  {{TIMESTAMP}},
    PRIMARY KEY (kind, number)
)
;;
-- One row per routine (7.7). A NULL *_days means the step is not used.
-- Fees are whole kronor (stored in öre); *_override_reason is the clerk's
-- reason for a fee above the cap of lag (1981:739) 4 §, empty otherwise.
CREATE TABLE dunning_settings (
    routine                       TEXT PRIMARY KEY REFERENCES routine(code),
    reminder1_days                INTEGER,
    reminder1_text                INTEGER,
    reminder1_fee_ore             {{MONEY}} NOT NULL DEFAULT 0,
    reminder1_debit               INTEGER NOT NULL DEFAULT 0,
    reminder1_print_interest      INTEGER NOT NULL DEFAULT 0,
    reminder1_handler             TEXT NOT NULL DEFAULT '',
    reminder1_override_reason     TEXT NOT NULL DEFAULT '',
    reminder2_days                INTEGER,
    reminder2_text                INTEGER,
    reminder2_fee_ore             {{MONEY}} NOT NULL DEFAULT 0,
    reminder2_debit               INTEGER NOT NULL DEFAULT 0,
    reminder2_print_interest      INTEGER NOT NULL DEFAULT 0,
    reminder2_handler             TEXT NOT NULL DEFAULT '',
    reminder2_override_reason     TEXT NOT NULL DEFAULT '',
    collection_basis              INTEGER CHECK (collection_basis IN (1, 2, 9)),
    collection_days               INTEGER,
    collection_text               INTEGER,
    collection_fee_ore            {{MONEY}} NOT NULL DEFAULT 0,
    collection_debit              INTEGER NOT NULL DEFAULT 0,
    collection_print_interest     INTEGER NOT NULL DEFAULT 0,
    collection_debit_interest     INTEGER NOT NULL DEFAULT 0,
    collection_handler            TEXT NOT NULL DEFAULT '',
    collection_heading            TEXT NOT NULL DEFAULT 'INKASSOKRAV'
                                  CHECK (collection_heading IN ('INKASSOKRAV', 'KRAVBREV')),
    collection_override_reason    TEXT NOT NULL DEFAULT '',
    residual_days                 INTEGER,
    residual_text                 INTEGER,
    residual_handler              TEXT NOT NULL DEFAULT '',
    residual_heading              TEXT NOT NULL DEFAULT 'RESTKRAV',
    reminder_fee_agreed           INTEGER NOT NULL DEFAULT 0,
    changed_by                    TEXT NOT NULL DEFAULT '',
    changed_at                    {{TIMESTAMP}}
)
;;
-- Every save that sets a fee above its legal cap, with the clerk's reason
-- (DOMAIN.md "Legal guards": "unless the clerk explicitly overrides with a
-- reason (logged)").
CREATE TABLE dunning_fee_override_log (
    id          {{ID}},
    at          {{TIMESTAMP}} NOT NULL,
    user_name   TEXT NOT NULL,
    routine     TEXT NOT NULL,
    step        TEXT NOT NULL,
    fee_ore     {{MONEY}} NOT NULL,
    cap_ore     {{MONEY}} NOT NULL,
    reason      TEXT NOT NULL
)
