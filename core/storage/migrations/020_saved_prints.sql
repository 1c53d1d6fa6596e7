-- 020: Sparade utskrifter (handbook 9.1 "en funktion för att spara de
-- utskrifter som erhålls vid uppdateringarna", Visa > Sparade utskrifter).
-- The PDF an update run printed (the booking order of Uppdatera bokföring,
-- 4.6; the receipt list of Rensning betalda fakturor, 8.4) is kept byte for
-- byte with what it is, whose company, who ran it and until when it is
-- kept, so that it can be printed again. One row per company: a run over
-- several companies keeps each company's part on its own, so that a clerk
-- sees only the prints of the companies he may see. A row is written in the
-- run's own unit of work (a run that rolls back keeps nothing) and removed
-- by the first save after keep_until (core/reports/savedprints.h).
CREATE TABLE saved_print (
    id          {{ID}},
    company     TEXT NOT NULL REFERENCES company(number),
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    created_at  {{TIMESTAMP}} NOT NULL,
    created_by  TEXT NOT NULL,
    pages       INTEGER NOT NULL CHECK (pages >= 1),
    keep_until  {{DATE}} NOT NULL,
    pdf         {{BLOB}} NOT NULL
)
;;
-- The screen lists newest first; the purge looks for what has expired.
CREATE INDEX saved_print_newest ON saved_print (created_at, id)
;;
CREATE INDEX saved_print_by_keep_until ON saved_print (keep_until)
;;
-- "det i en parameter anges för vilka rutiner som dessa utskrifter ska
-- sparas och hur länge" (9.1): days per kind, 0 = not saved. Defaults:
-- the booking order seven years (2557 days, after bokföringslagen 7 kap.
-- 2 §, which keeps räkenskapsinformation to the end of the seventh year
-- after the financial year), the receipt list 90 days. How long is the
-- municipality's decision: an administrator changes it on the screen.
CREATE TABLE saved_print_setting (
    kind        TEXT PRIMARY KEY,
    days        INTEGER NOT NULL CHECK (days BETWEEN 0 AND 3650),
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  {{TIMESTAMP}}
)
;;
INSERT INTO saved_print_setting (kind, days) VALUES ('bokforingsorder', 2557), ('rensning', 90)
