-- 016: company settings (handbook 9 "Företagsuppgifter", issue 7 item 7) and
-- the country-code register (8.2 "Underhåll Landskoder"): the company's
-- e-mail, web address, IBAN and BIC for payments from abroad; the parts of
-- the chart of accounts it books into (kontoplansuppbyggnad); per routine
-- the form type, the days from invoice date to due date and the invoice
-- printer (the receivable account per routine is an account_setting, 002);
-- the same for the other documents (invoice copies, credit notes, annulment
-- notices, copies of reminders); and the country codes, filled with the
-- Nordic countries, the EU and the rest of Europe.
ALTER TABLE company ADD COLUMN email TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE company ADD COLUMN web TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE company ADD COLUMN iban TEXT NOT NULL DEFAULT ''
;;
ALTER TABLE company ADD COLUMN bic TEXT NOT NULL DEFAULT ''
;;
-- Parts numbered 1.. without gaps; AccountPlan enforces the handbook's limits.
CREATE TABLE account_part (
    company   TEXT NOT NULL REFERENCES company(number),
    part      INTEGER NOT NULL CHECK (part BETWEEN 1 AND 8),
    name      TEXT NOT NULL,
    length    INTEGER NOT NULL CHECK (length BETWEEN 1 AND 10),
    required  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (company, part)
)
;;
-- due_days NULL: not set (the due date must then come with the invoice).
CREATE TABLE company_routine (
    company     TEXT NOT NULL REFERENCES company(number),
    routine     TEXT NOT NULL REFERENCES routine(code),
    form_type   TEXT NOT NULL DEFAULT '',
    due_days    INTEGER CHECK (due_days BETWEEN 0 AND 99),
    printer     TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  {{TIMESTAMP}},
    PRIMARY KEY (company, routine)
)
;;
CREATE TABLE company_document (
    company     TEXT NOT NULL REFERENCES company(number),
    document    TEXT NOT NULL CHECK (document IN ('invoice_copy', 'credit_note', 'annulment',
                                                  'dunning_copy')),
    form_type   TEXT NOT NULL DEFAULT '',
    printer     TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  {{TIMESTAMP}},
    PRIMARY KEY (company, document)
)
;;
-- ISO 3166-1 alpha-2 codes; the name is what the invoice prints (8.2).
CREATE TABLE country_code (
    code          TEXT PRIMARY KEY CHECK (length(code) = 2),
    name          TEXT NOT NULL,
    payment_text  TEXT NOT NULL DEFAULT '',
    eu            INTEGER NOT NULL DEFAULT 0,
    changed_by    TEXT NOT NULL DEFAULT '',
    changed_at    {{TIMESTAMP}}
)
;;
INSERT INTO country_code (code, name, eu) VALUES
    ('SE', 'Sverige', 1), ('NO', 'Norge', 0), ('DK', 'Danmark', 1), ('FI', 'Finland', 1),
    ('IS', 'Island', 0), ('AX', 'Åland', 1), ('FO', 'Färöarna', 0), ('GL', 'Grönland', 0),
    ('AT', 'Österrike', 1), ('BE', 'Belgien', 1), ('BG', 'Bulgarien', 1), ('CY', 'Cypern', 1),
    ('CZ', 'Tjeckien', 1), ('DE', 'Tyskland', 1), ('EE', 'Estland', 1), ('ES', 'Spanien', 1),
    ('FR', 'Frankrike', 1), ('GR', 'Grekland', 1), ('HR', 'Kroatien', 1), ('HU', 'Ungern', 1),
    ('IE', 'Irland', 1), ('IT', 'Italien', 1), ('LT', 'Litauen', 1), ('LU', 'Luxemburg', 1),
    ('LV', 'Lettland', 1), ('MT', 'Malta', 1), ('NL', 'Nederländerna', 1), ('PL', 'Polen', 1),
    ('PT', 'Portugal', 1), ('RO', 'Rumänien', 1), ('SI', 'Slovenien', 1), ('SK', 'Slovakien', 1),
    ('CH', 'Schweiz', 0), ('GB', 'Storbritannien', 0), ('LI', 'Liechtenstein', 0),
    ('AD', 'Andorra', 0), ('MC', 'Monaco', 0), ('SM', 'San Marino', 0),
    ('VA', 'Vatikanstaten', 0), ('GI', 'Gibraltar', 0), ('AL', 'Albanien', 0),
    ('BA', 'Bosnien och Hercegovina', 0), ('ME', 'Montenegro', 0),
    ('MK', 'Nordmakedonien', 0), ('RS', 'Serbien', 0), ('MD', 'Moldavien', 0),
    ('UA', 'Ukraina', 0), ('TR', 'Turkiet', 0), ('US', 'USA', 0)
