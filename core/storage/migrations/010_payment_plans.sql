-- 010: payment plans (amorteringsplan, handbook 7.18): each plan that was
-- printed, with the whole document as it was printed (debtor, creditor,
-- claims, terms, schedule; JSON) so it can be printed again unchanged, and
-- the ledger claims it stamped. The creditor is kept in `setting` (scope
-- payment_plan_creditor), entered once and used for every plan.
CREATE TABLE payment_plan (
    id                {{ID}},
    plan_date         {{DATE}} NOT NULL,
    debtor_name       TEXT NOT NULL,
    debtor_id_number  TEXT NOT NULL DEFAULT '',
    total_debt_ore    {{MONEY}} NOT NULL,
    instalment_count  INTEGER NOT NULL,
    first_date        {{DATE}} NOT NULL,
    last_date         {{DATE}} NOT NULL,
    monthly_ore       {{MONEY}} NOT NULL,
    document          TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    created_at        {{TIMESTAMP}} NOT NULL
)
;;
CREATE TABLE payment_plan_claim (
    plan_id     BIGINT NOT NULL REFERENCES payment_plan(id),
    invoice_id  BIGINT NOT NULL REFERENCES invoice(id),
    PRIMARY KEY (plan_id, invoice_id)
)
;;
CREATE INDEX payment_plan_claim_by_invoice ON payment_plan_claim (invoice_id)
