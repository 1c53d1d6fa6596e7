-- 014: users and permissions (issue 7, DOMAIN.md "People and trust"). Every
-- clerk logs in with a user of the ledger: a role (read < clerk < supervisor
-- < administrator) and the companies the user may see and change ("behörighet
-- till företag", handbook 4.1, 6.1, 7.11). The password is stored only as a
-- libsodium crypto_pwhash string (argon2id, salted); NULL = no password yet.
-- `app_user`, not `user`: that word is reserved in PostgreSQL. Administrators
-- see every company; for the other roles user_company lists theirs.
CREATE TABLE app_user (
    id             {{ID}},
    login          TEXT NOT NULL UNIQUE,
    full_name      TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL
                   CHECK (role IN ('read', 'clerk', 'supervisor', 'administrator')),
    password_hash  TEXT,
    active         INTEGER NOT NULL DEFAULT 1,
    created_by     TEXT NOT NULL,
    created_at     {{TIMESTAMP}} NOT NULL,
    changed_by     TEXT NOT NULL,
    changed_at     {{TIMESTAMP}} NOT NULL
)
;;
CREATE TABLE user_company (
    user_id  BIGINT NOT NULL REFERENCES app_user(id),
    company  TEXT NOT NULL REFERENCES company(number),
    PRIMARY KEY (user_id, company)
)
