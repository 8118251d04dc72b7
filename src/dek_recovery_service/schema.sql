-- The reference service's data. Codes, tokens, PINs and identity answers are stored as keyed
-- hashes only (see secrets_store.py); the demo outbox is the one place that holds a code.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,            -- лицевой счёт, digits only
    display_name TEXT NOT NULL,
    email TEXT,                             -- lower-cased
    phone TEXT,                             -- E.164
    address_hint TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    lock_reason TEXT,                       -- any lock reason but too_many_attempts (per login)
    email_confirmed INTEGER NOT NULL DEFAULT 1,
    phone_confirmed INTEGER NOT NULL DEFAULT 1,
    contacts_confirmed_at TEXT,
    last_sign_in_at TEXT,
    password_changed_at TEXT
);
CREATE INDEX accounts_email ON accounts(email);
CREATE INDEX accounts_phone ON accounts(phone);

CREATE TABLE identity_questions (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    question_id TEXT NOT NULL,
    label_ru TEXT NOT NULL,
    label_en TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('digits', 'text')),
    answer_hash TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (account_id, question_id)
);

-- Failed sign-ins per normalised login, whether or not such an account exists.
CREATE TABLE login_failures (
    login_key TEXT PRIMARY KEY,             -- keyed hash of the normalised login
    failures INTEGER NOT NULL,
    locked_until TEXT
);

-- Rate-limit events: failed sign-ins per address, recovery requests per contact and address.
CREATE TABLE rate_events (
    scope TEXT NOT NULL,                    -- e.g. 'signin-fail-addr', 'recovery-contact'
    subject TEXT NOT NULL,                  -- keyed hash of the address or contact
    at TEXT NOT NULL
);
CREATE INDEX rate_events_lookup ON rate_events(scope, subject, at);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    expires_at TEXT NOT NULL
);

CREATE TABLE captchas (
    id TEXT PRIMARY KEY,
    answer_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE recoveries (
    id TEXT PRIMARY KEY,
    contact_key TEXT NOT NULL,
    channel TEXT NOT NULL,
    destination_masked TEXT NOT NULL,
    account_ids TEXT NOT NULL,              -- JSON list; empty for a contact without an account
    code_hash TEXT NOT NULL,
    link_hash TEXT NOT NULL,
    code_sent_at TEXT NOT NULL,
    code_expires_at TEXT NOT NULL,
    resend_at TEXT NOT NULL,
    wrong_attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,                    -- pending, locked, identity, reset, done
    identity_token_hash TEXT,
    identity_expires_at TEXT,
    identity_attempts INTEGER NOT NULL DEFAULT 0,
    reset_token_hash TEXT,
    reset_expires_at TEXT,
    reset_account_id INTEGER,
    reset_password_hash TEXT,               -- lets an identical repeated password call answer 204
    created_at TEXT NOT NULL
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_addr TEXT NOT NULL,
    channel TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    code TEXT,
    link TEXT,
    sent_at TEXT NOT NULL
);

CREATE TABLE idempotency (
    scope TEXT NOT NULL,                    -- operation and principal
    key_hash TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope, key_hash)
);

CREATE TABLE support_tickets (
    number TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    contact TEXT NOT NULL,
    subject TEXT NOT NULL,
    description TEXT NOT NULL,
    diagnostics TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE contact_changes (
    id TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    wrong_attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL                     -- pending, locked, done
);

CREATE TABLE applications (
    number TEXT PRIMARY KEY,
    token_hash TEXT,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    login TEXT,
    recovery_id TEXT,
    full_name TEXT NOT NULL,
    contact TEXT NOT NULL,
    consent_version TEXT,
    consent_at TEXT,
    pin_hash TEXT,                          -- service-centre applications only
    comment TEXT NOT NULL DEFAULT '',
    missing TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
);

CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    application_number TEXT NOT NULL REFERENCES applications(number),
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    length INTEGER NOT NULL,
    offset INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT,
    created_at TEXT NOT NULL,
    completed_at TEXT
);

-- Wrong PINs per application number, also for numbers that do not exist (no probing).
CREATE TABLE application_pin_failures (
    number TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until TEXT
);

CREATE TABLE consents (
    subject TEXT NOT NULL,                  -- 'recovery:<id>' or 'application:<number>'
    version TEXT NOT NULL,
    given_at TEXT NOT NULL
);
