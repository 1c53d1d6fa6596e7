-- 008: the helper register of Kronofogden offices (handbook 7.10, "Underhåll
-- kronofogdemyndigheter") that the payment order application (7.17) offers
-- as the receiving office. The city (at most 20 characters) is the identity;
-- name and address are at most 5 lines of 30 characters, joined with "\n"
-- and enforced by EnforcementOffices. No offices are shipped: neither the
-- handbook nor FACTS-SE gives their addresses.
CREATE TABLE enforcement_office (
    city        TEXT PRIMARY KEY,
    lines       TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  {{TIMESTAMP}}
)
