-- 015: one run at a time per company (issue 7 "Concurrency"). A run that
-- changes many claims (dunning run, BgMax / Total-IN import, booking run,
-- threat run, interest invoicing, transfer to the next invoice or to an
-- agency, purge) holds a row in run_lock for every company it touches, taken
-- and committed in its own short transaction before the run's unit of work
-- starts, so that other connections see it; the primary key makes the race
-- safe on both engines (the second INSERT fails, or on PostgreSQL waits for
-- the first and then fails).
--
-- The key is the company alone, not (company, kind): these runs read and
-- rewrite the same claims and transactions. A payment import while a dunning
-- run is under way either ends the run with a version conflict after all its
-- work, or lets it demand money that was just paid; a booking run books what
-- a run is still posting; two imports of the same file pass the "read
-- before" check at once. SQLite allows only one writer anyway, so a second
-- run of another kind would only wait and fail with "database is locked"
-- instead of saying who holds the company. A run over several companies
-- (a company range, a file with several receiving accounts) holds one row
-- per company. A run that calls another inside its unit of work (the dunning
-- run books what it debited) is covered by the outer run's rows.
--
-- The holder is named for the refusal and for Visa > Körningar: owner (the
-- logged-in user), host and process id; backend_pid is pg_backend_pid() on
-- PostgreSQL (NULL on SQLite), which tells there whether the holder's
-- connection is gone. token tells a holder's own row from another's.
-- run_history keeps the recent runs (and cleared locks) for the same screen.
CREATE TABLE run_lock (
    company      TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    owner        TEXT NOT NULL,
    host         TEXT NOT NULL,
    process_id   BIGINT NOT NULL,
    backend_pid  BIGINT,
    started_at   {{TIMESTAMP}} NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    token        TEXT NOT NULL
)
;;
CREATE TABLE run_history (
    id           {{ID}},
    company      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    owner        TEXT NOT NULL,
    host         TEXT NOT NULL,
    process_id   BIGINT NOT NULL,
    started_at   {{TIMESTAMP}} NOT NULL,
    ended_at     {{TIMESTAMP}} NOT NULL,
    outcome      TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    cleared_by   TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX run_history_by_end ON run_history (ended_at, id)
