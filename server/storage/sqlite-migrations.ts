/**
 * Versioned schema. Each step runs once, in order, inside a transaction; `PRAGMA user_version` records
 * the last applied step. Append new steps; never edit a released one.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: visitors, conversations, messages */ `
  CREATE TABLE visitors (
    id          TEXT PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    locale      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
  );
  CREATE TABLE conversations (
    id          TEXT PRIMARY KEY,
    visitor_id  TEXT NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('bot','waiting','assigned','closed')),
    locale      TEXT NOT NULL,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
  );
  CREATE INDEX conversations_visitor ON conversations(visitor_id, created_at);
  CREATE INDEX conversations_status ON conversations(status, updated_at);
  CREATE TABLE messages (
    id               TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    author           TEXT NOT NULL CHECK (author IN ('visitor','bot','agent','system')),
    author_name      TEXT,
    text             TEXT NOT NULL,
    client_id        TEXT,
    bot              TEXT,
    created_at       INTEGER NOT NULL,
    UNIQUE (conversation_id, seq)
  );
  CREATE UNIQUE INDEX messages_client_id ON messages(conversation_id, client_id) WHERE client_id IS NOT NULL;
  `,
  /* 2: agents, sessions, handoff (owner, queue, visitor context), notes, canned replies, tickets, ratings */ `
  CREATE TABLE agents (
    id             TEXT PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('agent','admin')),
    password_hash  TEXT NOT NULL,
    disabled       INTEGER NOT NULL DEFAULT 0,
    max_chats      INTEGER NOT NULL DEFAULT 5,
    created_at     INTEGER NOT NULL
  );
  CREATE TABLE agent_sessions (
    token_hash  TEXT PRIMARY KEY,
    agent_id    TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
  );
  CREATE INDEX agent_sessions_agent ON agent_sessions(agent_id);
  ALTER TABLE conversations ADD COLUMN agent_id TEXT REFERENCES agents(id) ON DELETE SET NULL;
  ALTER TABLE conversations ADD COLUMN waiting_since INTEGER;
  ALTER TABLE conversations ADD COLUMN bot_misses INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN page_url TEXT;
  ALTER TABLE conversations ADD COLUMN user_agent TEXT;
  CREATE INDEX conversations_agent ON conversations(agent_id, status);
  CREATE TABLE notes (
    id               TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    agent_id         TEXT REFERENCES agents(id) ON DELETE SET NULL,
    agent_name       TEXT NOT NULL,
    text             TEXT NOT NULL,
    created_at       INTEGER NOT NULL
  );
  CREATE INDEX notes_conversation ON notes(conversation_id, created_at);
  CREATE TABLE canned_replies (
    id          TEXT PRIMARY KEY,
    shortcut    TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
  );
  CREATE TABLE tickets (
    id               TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    contact          TEXT NOT NULL,
    text             TEXT NOT NULL,
    created_at       INTEGER NOT NULL
  );
  CREATE TABLE ratings (
    conversation_id  TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    score            INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment          TEXT,
    created_at       INTEGER NOT NULL
  );
  `,
  /* 3: signed identity — a visitor may be bound to one wallet user; profile fields only from the signature */ `
  ALTER TABLE visitors ADD COLUMN user_id TEXT;
  ALTER TABLE visitors ADD COLUMN name TEXT;
  ALTER TABLE visitors ADD COLUMN email TEXT;
  ALTER TABLE visitors ADD COLUMN phone TEXT;
  CREATE UNIQUE INDEX visitors_user ON visitors(user_id) WHERE user_id IS NOT NULL;
  `,
  /* bot answers exactly once: the visitor message a bot reply answers (unique), and which messages it still owes */ `
  ALTER TABLE messages ADD COLUMN reply_to TEXT;
  ALTER TABLE messages ADD COLUMN bot_due INTEGER NOT NULL DEFAULT 0;
  CREATE UNIQUE INDEX messages_reply_to ON messages(reply_to) WHERE reply_to IS NOT NULL;
  CREATE INDEX messages_bot_due ON messages(conversation_id, seq) WHERE bot_due = 1;
  `,
  /* FAQ learning loop and admin edits: the edited pack, unanswered questions (masked, counted), helpfulness votes */ `
  CREATE TABLE faq_pack (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    json        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
  );
  CREATE TABLE faq_unanswered (
    id          TEXT PRIMARY KEY,
    norm        TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('suggest','none')),
    locale      TEXT NOT NULL,
    count       INTEGER NOT NULL,
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL
  );
  CREATE INDEX faq_unanswered_rank ON faq_unanswered(count, last_seen);
  CREATE TABLE faq_feedback (
    message_id  TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    faq_id      TEXT,
    helpful     INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    updated_at  INTEGER NOT NULL
  );
  CREATE INDEX faq_feedback_entry ON faq_feedback(faq_id);
  `,
  /* agent sessions: last use, for the idle timeout */ `
  ALTER TABLE agent_sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;
  `,
  /* personal data: which agents may unmask visitors' contact details; the audit log (who did what when, no personal data) */ `
  ALTER TABLE agents ADD COLUMN can_see_personal_data INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE audit_log (
    id               TEXT PRIMARY KEY,
    at               INTEGER NOT NULL,
    agent_id         TEXT,
    action           TEXT NOT NULL,
    conversation_id  TEXT,
    detail           TEXT
  );
  CREATE INDEX audit_log_at ON audit_log(at);
  `,
  /* the conversation event log: one row per state change, written in the same transaction (protocol/conversation-log.ts) */ `
  CREATE TABLE conversation_events (
    id               INTEGER PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    type             TEXT NOT NULL CHECK (type IN ('queued','cancelled','claimed','transferred','released','closed','rated','ticket')),
    at               INTEGER NOT NULL,
    actor            TEXT NOT NULL CHECK (actor IN ('visitor','bot','agent','system')),
    agent_id         TEXT,
    agent_name       TEXT,
    from_agent_id    TEXT,
    from_agent_name  TEXT,
    to_agent_id      TEXT,
    to_agent_name    TEXT,
    reason           TEXT CHECK (reason IN ('asked','bot_missed')),
    score            INTEGER CHECK (score BETWEEN 1 AND 5),
    comment          TEXT,
    ticket_id        TEXT
  );
  CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, id);
  CREATE INDEX conversation_events_at ON conversation_events(at);
  `,
  /* conversations: a state version, raised by every status change (state events carry it; a receiver ignores an older one) */ `
  ALTER TABLE conversations ADD COLUMN state_version INTEGER NOT NULL DEFAULT 0;
  `,
  /* webhooks: endpoints (events as a JSON array) and the delivery outbox, claimed by lease; a conversation's deliveries go with it */ `
  CREATE TABLE webhook_endpoints (
    id          TEXT PRIMARY KEY,
    url         TEXT NOT NULL,
    events      TEXT NOT NULL,
    secret      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
  );
  CREATE TABLE webhook_deliveries (
    id                TEXT PRIMARY KEY,
    endpoint_id       TEXT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    event_id          TEXT NOT NULL,
    event             TEXT NOT NULL,
    conversation_id   TEXT REFERENCES conversations(id) ON DELETE CASCADE,
    body              TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('pending','delivered','failed')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   INTEGER NOT NULL,
    give_up_at        INTEGER NOT NULL,
    lease_until       INTEGER NOT NULL DEFAULT 0,
    last_status       INTEGER,
    last_error        TEXT,
    response_excerpt  TEXT,
    created_at        INTEGER NOT NULL,
    last_attempt_at   INTEGER
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at) WHERE status = 'pending';
  CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries(endpoint_id, created_at);
  CREATE INDEX webhook_deliveries_conversation ON webhook_deliveries(conversation_id) WHERE conversation_id IS NOT NULL;
  CREATE INDEX webhook_deliveries_finished ON webhook_deliveries(created_at) WHERE status != 'pending';
  `,
  /* e-mail: the outbox (one waiting agent-reply e-mail per conversation), the visitor's read position, unsubscribed addresses (kept as SHA-256 of the lower-cased address: a suppression list, not a contact list) */ `
  CREATE TABLE emails (
    id                TEXT PRIMARY KEY,
    conversation_id   TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('agent_reply','ticket_reply','transcript')),
    to_address        TEXT NOT NULL,
    locale            TEXT NOT NULL,
    text              TEXT,
    status            TEXT NOT NULL CHECK (status IN ('pending','sent','failed','skipped')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   INTEGER NOT NULL,
    give_up_at        INTEGER NOT NULL,
    lease_until       INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT,
    unsubscribe_token TEXT NOT NULL UNIQUE,
    created_at        INTEGER NOT NULL,
    sent_at           INTEGER
  );
  CREATE INDEX emails_due ON emails(next_attempt_at) WHERE status = 'pending';
  CREATE INDEX emails_conversation ON emails(conversation_id, created_at);
  CREATE UNIQUE INDEX emails_one_waiting_reply ON emails(conversation_id) WHERE kind = 'agent_reply' AND status = 'pending';
  CREATE TABLE email_unsubscribes (
    address_hash  TEXT PRIMARY KEY,
    at       INTEGER NOT NULL
  );
  ALTER TABLE conversations ADD COLUMN visitor_read_seq INTEGER NOT NULL DEFAULT 0;
  `,
  /* the console language each agent chose ('' = follow the browser) */ `
  ALTER TABLE agents ADD COLUMN locale TEXT NOT NULL DEFAULT '';
  `,
  /* reports: the period's conversations are found by when they started */ `
  CREATE INDEX conversations_created ON conversations(created_at);
  `,
  /* the FAQ's edit history: who changed which entry when, before and after (an import keeps the pack it replaced) */ `
  CREATE TABLE faq_edits (
    id           TEXT PRIMARY KEY,
    at           INTEGER NOT NULL,
    agent_id     TEXT,
    agent_name   TEXT,
    action       TEXT NOT NULL CHECK (action IN ('create','update','delete','alternate','import','revert')),
    entry_id     TEXT,
    before_json  TEXT,
    after_json   TEXT,
    revert_of    TEXT,
    pack_before  TEXT
  );
  CREATE INDEX faq_edits_entry ON faq_edits(entry_id, id);
  `,
  /* sites (issue 17): the site a conversation came from; admin-edited site settings (override KEFU_SITES); measured
     service times (wait to claim, claim to end) for the widget's estimates; how a ticket's contact is read */ `
  ALTER TABLE conversations ADD COLUMN site TEXT;
  CREATE TABLE site_settings (
    site        TEXT PRIMARY KEY,
    json        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT
  );
  CREATE TABLE service_times (
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    claimed_at       INTEGER NOT NULL,
    waited_ms        INTEGER NOT NULL,
    handled_ms       INTEGER,
    PRIMARY KEY (conversation_id, claimed_at)
  );
  CREATE INDEX service_times_recent ON service_times(claimed_at);
  ALTER TABLE tickets ADD COLUMN contact_kind TEXT NOT NULL DEFAULT 'other';
  `,
  /* e-mail: one transcript per conversation */ `
  CREATE UNIQUE INDEX emails_one_transcript ON emails(conversation_id) WHERE kind = 'transcript';
  `,
];
