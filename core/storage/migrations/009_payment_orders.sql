-- 009: betalningsföreläggande (handbook 7.17): the applicant data each company
-- saves once (F18: sökande, ombud, mottagande kronofogdemyndighet, the
-- application fee and the handräckning/verkställighet choices), and every
-- printed application with its claims, so that it can be printed again and a
-- claim's applications can be found.

-- data: PaymentOrderApplicant as JSON (core/dunning/paymentorder.h).
CREATE TABLE payment_order_applicant (
    company     TEXT PRIMARY KEY REFERENCES company(number),
    data        TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  {{TIMESTAMP}} NOT NULL
)
;;
-- document: the application as printed (JSON: what was entered and what was
-- computed). cost_override_reason: the clerk's reason for costs above the
-- statutory maximums (FACTS-SE §5–6); overrides names those costs.
CREATE TABLE payment_order (
    id                    {{ID}},
    application_date      {{DATE}} NOT NULL,
    id_number             TEXT NOT NULL,
    name                  TEXT NOT NULL DEFAULT '',
    claim_count           INTEGER NOT NULL,
    capital_ore           {{MONEY}} NOT NULL,
    interest_ore          {{MONEY}} NOT NULL,
    costs_ore             {{MONEY}} NOT NULL,
    total_ore             {{MONEY}} NOT NULL,
    cost_override_reason  TEXT NOT NULL DEFAULT '',
    overrides             TEXT NOT NULL DEFAULT '',
    document              TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    created_at            {{TIMESTAMP}} NOT NULL
)
;;
CREATE TABLE payment_order_claim (
    payment_order_id  BIGINT NOT NULL REFERENCES payment_order(id),
    row_no            INTEGER NOT NULL CHECK (row_no BETWEEN 1 AND 16),
    invoice_id        BIGINT NOT NULL REFERENCES invoice(id),
    capital_ore       {{MONEY}} NOT NULL,
    interest_ore      {{MONEY}} NOT NULL,
    PRIMARY KEY (payment_order_id, row_no)
)
;;
CREATE INDEX payment_order_claim_by_invoice ON payment_order_claim (invoice_id)
;;
