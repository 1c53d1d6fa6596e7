-- 018: the audit log screen (Visa > Granskningslogg, issue 7), a log that
-- cannot be edited, and protected identity kept out of Sök faktura's address
-- search (a partial index of the protected customers, below).
-- The screen filters by claim (the row key), by user and by date, newest
-- first (by id): one index per filter, each ending in id so the rows come in
-- the list's order. The log is only ever added to (DOMAIN.md "People and
-- trust"; nothing in the program updates or deletes it, the purge of paid
-- invoices keeps the purged claims' rows): triggers refuse UPDATE and DELETE
-- (and TRUNCATE on PostgreSQL) whoever asks. The triggers differ per engine,
-- so those statements carry "-- only:" (storage/dialect.cpp).
CREATE INDEX audit_by_key ON audit_log (row_key, id)
;;
CREATE INDEX audit_by_user ON audit_log (user_name, id)
;;
CREATE INDEX audit_by_at ON audit_log (at, id)
;;
-- The few customers with a protected identity (skyddade personuppgifter): Sök
-- faktura's address search leaves their claims out with one read of this
-- partial index (ledger/protectedidentity.h), not a customer lookup per row.
CREATE INDEX customer_protected ON customer (id) WHERE protected_identity <> 0
;;
-- only: sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'Granskningsloggen kan inte ändras: en rad i audit_log ändras aldrig.');
END
;;
-- only: sqlite
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'Granskningsloggen kan inte ändras: en rad i audit_log tas aldrig bort.');
END
;;
-- only: postgresql
CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Granskningsloggen kan inte ändras: % på audit_log är inte tillåtet.', TG_OP;
END
$$
;;
-- only: postgresql
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()
;;
-- only: postgresql
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()
