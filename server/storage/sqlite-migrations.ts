import { BOT_LOCALE_FROM_WRITTEN } from './rows.ts';

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
  /* jobs once per cluster (issue 14): named leases (retention, the owed-bot sweep); the FAQ pack's version, moved by
     every save (each node reloads its engine when it moves; a save from an older version is refused) */ `
  CREATE TABLE job_leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
  );
  ALTER TABLE faq_pack ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  `,
  /* the host page's title (masked like messages before it is stored; the page address keeps origin + path only) */ `
  ALTER TABLE conversations ADD COLUMN page_title TEXT;
  `,
  /* tickets that get solved (issue 15): status and assignee on tickets; the event log takes `ticket_status` rows
     (the type CHECK is widened by rebuilding the table, SQLite's way to change a constraint) */ `
  ALTER TABLE tickets ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','pending','solved'));
  ALTER TABLE tickets ADD COLUMN assignee_id TEXT REFERENCES agents(id) ON DELETE SET NULL;
  ALTER TABLE tickets ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE tickets ADD COLUMN solved_at INTEGER;
  UPDATE tickets SET updated_at = created_at;
  CREATE INDEX tickets_status ON tickets(status, created_at);
  CREATE TABLE conversation_events_new (
    id               INTEGER PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    type             TEXT NOT NULL CHECK (type IN ('queued','cancelled','claimed','transferred','released','closed','rated','ticket','ticket_status')),
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
    ticket_id        TEXT,
    ticket_status    TEXT CHECK (ticket_status IN ('open','pending','solved'))
  );
  INSERT INTO conversation_events_new (id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id)
    SELECT id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id FROM conversation_events;
  DROP TABLE conversation_events;
  ALTER TABLE conversation_events_new RENAME TO conversation_events;
  CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, id);
  CREATE INDEX conversation_events_at ON conversation_events(at);
  `,
  /* labels and teams (issue 15): admin-managed labels on conversations; teams with members, their FAQ topics and
     own business hours; the team whose queue a conversation is in */ `
  CREATE TABLE labels (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    topics      TEXT NOT NULL DEFAULT '[]',
    created_at  INTEGER NOT NULL
  );
  CREATE TABLE teams (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    topics      TEXT NOT NULL DEFAULT '[]',
    hours       TEXT,
    created_at  INTEGER NOT NULL
  );
  CREATE TABLE team_members (
    team_id   TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    agent_id  TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (team_id, agent_id)
  );
  CREATE INDEX team_members_agent ON team_members(agent_id);
  CREATE TABLE conversation_labels (
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    label_id         TEXT NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    added_at         INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, label_id)
  );
  CREATE INDEX conversation_labels_label ON conversation_labels(label_id);
  ALTER TABLE conversations ADD COLUMN team_id TEXT REFERENCES teams(id) ON DELETE SET NULL;
  CREATE INDEX conversations_team ON conversations(team_id, status);
  `,
  /* issue 13: two-factor sign-in (TOTP secret in force and one being set up, the last time step used, recovery
     codes), server-wide security settings, and a fuller audit log (what an act was done to, before and after) */ `
  ALTER TABLE agents ADD COLUMN totp_secret TEXT;
  ALTER TABLE agents ADD COLUMN totp_pending TEXT;
  ALTER TABLE agents ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE agent_recovery_codes (
    agent_id   TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    used_at    INTEGER,
    PRIMARY KEY (agent_id, code_hash)
  );
  CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
  );
  ALTER TABLE audit_log ADD COLUMN target TEXT;
  ALTER TABLE audit_log ADD COLUMN before_json TEXT;
  ALTER TABLE audit_log ADD COLUMN after_json TEXT;
  CREATE INDEX audit_log_action ON audit_log(action, at);
  CREATE INDEX audit_log_agent ON audit_log(agent_id, at);
  CREATE INDEX audit_log_target ON audit_log(target, at);
  `,
  /* 22: search over all history: a folded copy of each message and of signed-in visitors' name/user id and contact
     (server/storage/search-types.ts), indexed by FTS5 trigrams; the index follows its rows by triggers, and a copy
     whose source text changes (card masking) is dropped until the storage folds it again. secure-delete: a removed
     row's trigrams leave the index at once (erasure). Messages: detail='none' (no positions; LIKE rechecks the
     text), half the cost per stored message */ `
  ALTER TABLE messages ADD COLUMN folded TEXT;
  CREATE INDEX messages_unfolded ON messages(conversation_id) WHERE folded IS NULL;
  CREATE VIRTUAL TABLE messages_search USING fts5(folded, content='messages', content_rowid='rowid', tokenize='trigram', detail='none');
  INSERT INTO messages_search(messages_search, rank) VALUES ('secure-delete', 1);
  CREATE TRIGGER messages_search_insert AFTER INSERT ON messages WHEN new.folded IS NOT NULL BEGIN
    INSERT INTO messages_search(rowid, folded) VALUES (new.rowid, new.folded);
  END;
  CREATE TRIGGER messages_search_delete AFTER DELETE ON messages WHEN old.folded IS NOT NULL BEGIN
    INSERT INTO messages_search(messages_search, rowid, folded) VALUES ('delete', old.rowid, old.folded);
  END;
  CREATE TRIGGER messages_search_text AFTER UPDATE OF text ON messages WHEN old.text IS NOT new.text BEGIN
    UPDATE messages SET folded = NULL WHERE rowid = new.rowid;
  END;
  CREATE TRIGGER messages_search_folded AFTER UPDATE OF folded ON messages WHEN old.folded IS NOT new.folded BEGIN
    INSERT INTO messages_search(messages_search, rowid, folded) SELECT 'delete', old.rowid, old.folded WHERE old.folded IS NOT NULL;
    INSERT INTO messages_search(rowid, folded) SELECT new.rowid, new.folded WHERE new.folded IS NOT NULL;
  END;
  ALTER TABLE visitors ADD COLUMN search_name TEXT;
  ALTER TABLE visitors ADD COLUMN search_contact TEXT;
  CREATE INDEX visitors_unfolded ON visitors(user_id) WHERE user_id IS NOT NULL AND search_name IS NULL;
  CREATE VIRTUAL TABLE visitors_search USING fts5(search_name, search_contact, content='visitors', content_rowid='rowid', tokenize='trigram');
  INSERT INTO visitors_search(visitors_search, rank) VALUES ('secure-delete', 1);
  CREATE TRIGGER visitors_search_insert AFTER INSERT ON visitors BEGIN
    INSERT INTO visitors_search(rowid, search_name, search_contact) VALUES (new.rowid, new.search_name, new.search_contact);
  END;
  CREATE TRIGGER visitors_search_delete AFTER DELETE ON visitors BEGIN
    INSERT INTO visitors_search(visitors_search, rowid, search_name, search_contact) VALUES ('delete', old.rowid, old.search_name, old.search_contact);
  END;
  CREATE TRIGGER visitors_search_update AFTER UPDATE OF search_name, search_contact ON visitors BEGIN
    INSERT INTO visitors_search(visitors_search, rowid, search_name, search_contact) VALUES ('delete', old.rowid, old.search_name, old.search_contact);
    INSERT INTO visitors_search(rowid, search_name, search_contact) VALUES (new.rowid, new.search_name, new.search_contact);
  END;
  INSERT INTO visitors_search(visitors_search) VALUES ('rebuild');
  `,
  /* attachments (issue 19): files in messages (the message lists them as JSON); one row per file, to serve and delete it */ `
  ALTER TABLE messages ADD COLUMN attachments TEXT;
  CREATE TABLE attachments (
    id               TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    message_id       TEXT,
    author           TEXT NOT NULL CHECK (author IN ('visitor','agent')),
    agent_id         TEXT,
    name             TEXT NOT NULL,
    type             TEXT NOT NULL,
    size             INTEGER NOT NULL,
    has_thumb        INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL
  );
  CREATE INDEX attachments_conversation ON attachments(conversation_id, created_at);
  `,
  /* owed bot answers are claimed (issue 13): a message's bot turn runs under a lease (ms), taken by one conditional
     update; the miss streak remembers the last message it counted, so a replayed turn does not count it twice */ `
  ALTER TABLE messages ADD COLUMN bot_lease INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE conversations ADD COLUMN bot_miss_seq INTEGER NOT NULL DEFAULT 0;
  `,
  /* 25: first run (issue 15): one-time setup links for the first admin, kept as SHA-256 hashes; all of them go when it is made */ `
  CREATE TABLE setup_tokens (
    token_hash  TEXT PRIMARY KEY,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
  );
  `,
  /* 26: the ticket's e-mail copy to the visitor (issue 17): a fourth kind of e-mail, so the table is rebuilt with the wider check */ `
  CREATE TABLE emails_new (
    id                TEXT PRIMARY KEY,
    conversation_id   TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('agent_reply','ticket_reply','transcript','ticket_copy')),
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
  INSERT INTO emails_new SELECT id, conversation_id, kind, to_address, locale, text, status, attempts, next_attempt_at, give_up_at,
    lease_until, last_error, unsubscribe_token, created_at, sent_at FROM emails;
  DROP TABLE emails;
  ALTER TABLE emails_new RENAME TO emails;
  CREATE INDEX emails_due ON emails(next_attempt_at) WHERE status = 'pending';
  CREATE INDEX emails_conversation ON emails(conversation_id, created_at);
  CREATE UNIQUE INDEX emails_one_waiting_reply ON emails(conversation_id) WHERE kind = 'agent_reply' AND status = 'pending';
  CREATE UNIQUE INDEX emails_one_transcript ON emails(conversation_id) WHERE kind = 'transcript';
  `,
  /* 27: idle conversations and abandoned waiting entries, label and team changes in the event log (issue 15): when a
     waiting visitor's socket was last seen (each node stamps its own every half minute); the event log takes
     label_added / label_removed / team_changed rows (with the label and the teams, named as they were) and the
     idle / abandoned reasons (the table is rebuilt to widen its checks) */ `
  ALTER TABLE conversations ADD COLUMN visitor_seen_at INTEGER;
  CREATE TABLE conversation_events_new (
    id               INTEGER PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    type             TEXT NOT NULL CHECK (type IN ('queued','cancelled','claimed','transferred','released','closed','rated','ticket','ticket_status',
                                                   'label_added','label_removed','team_changed')),
    at               INTEGER NOT NULL,
    actor            TEXT NOT NULL CHECK (actor IN ('visitor','bot','agent','system')),
    agent_id         TEXT,
    agent_name       TEXT,
    from_agent_id    TEXT,
    from_agent_name  TEXT,
    to_agent_id      TEXT,
    to_agent_name    TEXT,
    reason           TEXT CHECK (reason IN ('asked','bot_missed','idle','abandoned')),
    score            INTEGER CHECK (score BETWEEN 1 AND 5),
    comment          TEXT,
    ticket_id        TEXT,
    ticket_status    TEXT CHECK (ticket_status IN ('open','pending','solved')),
    label_id         TEXT,
    label_name       TEXT,
    from_team_id     TEXT,
    from_team_name   TEXT,
    to_team_id       TEXT,
    to_team_name     TEXT
  );
  INSERT INTO conversation_events_new (id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status)
    SELECT id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status FROM conversation_events;
  DROP TABLE conversation_events;
  ALTER TABLE conversation_events_new RENAME TO conversation_events;
  CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, id);
  CREATE INDEX conversation_events_at ON conversation_events(at);
  `,
  /* 28: e-mail reopen links (issue 19): single use, short-lived, the code kept as a SHA-256; a used one keeps the hash of the
     visitor token it was exchanged for (that device's session); gone with the visitor */ `
  CREATE TABLE reopen_links (
    code_hash     TEXT PRIMARY KEY,
    visitor_id    TEXT NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
    expires_at    INTEGER NOT NULL,
    used_at       INTEGER,
    session_hash  TEXT UNIQUE
  );
  CREATE INDEX reopen_links_visitor ON reopen_links(visitor_id);
  `,
  /* 29: deleted files remembered by id (issue 19): a screen that was offline when a file was deleted is told on its
     resync (no name, no bytes: only which message lost which file); gone with the conversation */ `
  CREATE TABLE removed_files (
    attachment_id    TEXT PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    message_id       TEXT NOT NULL,
    removed_at       INTEGER NOT NULL
  );
  CREATE INDEX removed_files_conversation ON removed_files(conversation_id, removed_at);
  `,
  /* 30: an address whose e-mail bounced for good is not e-mailed again (issue 19): the suppression list says why */ `
  ALTER TABLE email_unsubscribes ADD COLUMN reason TEXT NOT NULL DEFAULT 'unsubscribed' CHECK (reason IN ('unsubscribed','bounced'));
  `,
  /* 31: a note is stored once per console clientId, like a reply (one in flight when its socket dropped is sent again) */ `
  ALTER TABLE notes ADD COLUMN client_id TEXT;
  CREATE UNIQUE INDEX notes_client_id ON notes(conversation_id, client_id) WHERE client_id IS NOT NULL;
  `,
  /* 32: the inbox previews' visitor message counts read from an index (only the visitor's messages, their conversation
     alone: the count is read from it and no message row), not every message of each conversation */ `
  CREATE INDEX messages_visitor ON messages(conversation_id) WHERE author = 'visitor';
  `,
  /* 33: the language the visitor writes in (from their messages; null until one tells it), beside the widget's locale */ `
  ALTER TABLE conversations ADD COLUMN written_locale TEXT;
  `,
  /* 34: the language the bot and the widget speak when it is not the widget's own: the written one when the widget
     speaks it, or the visitor's choice (kept over what they write). Open conversations take their written language's */ `
  ALTER TABLE conversations ADD COLUMN bot_locale TEXT;
  ALTER TABLE conversations ADD COLUMN bot_locale_chosen INTEGER NOT NULL DEFAULT 0;
  ${BOT_LOCALE_FROM_WRITTEN}
  `,
  /* 35: the visitor's last choice of language, kept with them: their next conversations start in it */ `
  ALTER TABLE visitors ADD COLUMN chosen_locale TEXT;
  `,
  /* 36: who set the spoken language for the visitor (an agent's id; null: the visitor's own choice), kept with the visitor too */ `
  ALTER TABLE conversations ADD COLUMN bot_locale_set_by TEXT;
  ALTER TABLE visitors ADD COLUMN chosen_locale_set_by TEXT;
  `,
  /* 37: a choice of the spoken language in the event log: language_set rows (the language, and the agent who set it or
     the visitor's own choice); the table is rebuilt to widen its type check, every row kept with its id */ `
  CREATE TABLE conversation_events_new (
    id               INTEGER PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    type             TEXT NOT NULL CHECK (type IN ('queued','cancelled','claimed','transferred','released','closed','rated','ticket','ticket_status',
                                                   'label_added','label_removed','team_changed','language_set')),
    at               INTEGER NOT NULL,
    actor            TEXT NOT NULL CHECK (actor IN ('visitor','bot','agent','system')),
    agent_id         TEXT,
    agent_name       TEXT,
    from_agent_id    TEXT,
    from_agent_name  TEXT,
    to_agent_id      TEXT,
    to_agent_name    TEXT,
    reason           TEXT CHECK (reason IN ('asked','bot_missed','idle','abandoned')),
    score            INTEGER CHECK (score BETWEEN 1 AND 5),
    comment          TEXT,
    ticket_id        TEXT,
    ticket_status    TEXT CHECK (ticket_status IN ('open','pending','solved')),
    label_id         TEXT,
    label_name       TEXT,
    from_team_id     TEXT,
    from_team_name   TEXT,
    to_team_id       TEXT,
    to_team_name     TEXT,
    locale           TEXT
  );
  INSERT INTO conversation_events_new (id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name, from_team_id, from_team_name,
      to_team_id, to_team_name)
    SELECT id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name, from_team_id, from_team_name,
      to_team_id, to_team_name FROM conversation_events;
  DROP TABLE conversation_events;
  ALTER TABLE conversation_events_new RENAME TO conversation_events;
  CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, id);
  CREATE INDEX conversation_events_at ON conversation_events(at);
  `,
  /* 38: a language the site chose (the host page's setLocale, an app's bridge) told from the visitor's own: kept with
     the conversation and the visitor (rows stored before stay the visitor's), and the event log's reason `site` (the
     table is rebuilt to widen its reason check, every row kept with its id) */ `
  ALTER TABLE conversations ADD COLUMN bot_locale_by_site INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE visitors ADD COLUMN chosen_locale_by_site INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE conversation_events_new (
    id               INTEGER PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    type             TEXT NOT NULL CHECK (type IN ('queued','cancelled','claimed','transferred','released','closed','rated','ticket','ticket_status',
                                                   'label_added','label_removed','team_changed','language_set')),
    at               INTEGER NOT NULL,
    actor            TEXT NOT NULL CHECK (actor IN ('visitor','bot','agent','system')),
    agent_id         TEXT,
    agent_name       TEXT,
    from_agent_id    TEXT,
    from_agent_name  TEXT,
    to_agent_id      TEXT,
    to_agent_name    TEXT,
    reason           TEXT CHECK (reason IN ('asked','bot_missed','idle','abandoned','site')),
    score            INTEGER CHECK (score BETWEEN 1 AND 5),
    comment          TEXT,
    ticket_id        TEXT,
    ticket_status    TEXT CHECK (ticket_status IN ('open','pending','solved')),
    label_id         TEXT,
    label_name       TEXT,
    from_team_id     TEXT,
    from_team_name   TEXT,
    to_team_id       TEXT,
    to_team_name     TEXT,
    locale           TEXT
  );
  INSERT INTO conversation_events_new (id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name, from_team_id, from_team_name,
      to_team_id, to_team_name, locale)
    SELECT id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name, from_team_id, from_team_name,
      to_team_id, to_team_name, locale FROM conversation_events;
  DROP TABLE conversation_events;
  ALTER TABLE conversation_events_new RENAME TO conversation_events;
  CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, id);
  CREATE INDEX conversation_events_at ON conversation_events(at);
  `,
  /* 39: the read-only role `viewer` (a team lead, a compliance officer, an auditor): the agents table is rebuilt to widen
     its role check, every row kept with its id (other tables reference it: this step runs with foreign keys off, and
     checks them all before it commits — REBUILDS_REFERENCED_TABLE) */ `
  CREATE TABLE agents_new (
    id                     TEXT PRIMARY KEY,
    email                  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name                   TEXT NOT NULL,
    role                   TEXT NOT NULL CHECK (role IN ('agent','admin','viewer')),
    password_hash          TEXT NOT NULL,
    disabled               INTEGER NOT NULL DEFAULT 0,
    max_chats              INTEGER NOT NULL DEFAULT 5,
    created_at             INTEGER NOT NULL,
    can_see_personal_data  INTEGER NOT NULL DEFAULT 0,
    locale                 TEXT NOT NULL DEFAULT '',
    totp_secret            TEXT,
    totp_pending           TEXT,
    totp_last_step         INTEGER NOT NULL DEFAULT 0
  );
  INSERT INTO agents_new (id, email, name, role, password_hash, disabled, max_chats, created_at, can_see_personal_data, locale,
      totp_secret, totp_pending, totp_last_step)
    SELECT id, email, name, role, password_hash, disabled, max_chats, created_at, can_see_personal_data, locale,
      totp_secret, totp_pending, totp_last_step FROM agents;
  DROP TABLE agents;
  ALTER TABLE agents_new RENAME TO agents;
  `,
  /* 40: mentions: a note names teammates (by agent id), each told once and counted unread until they open it */ `
  CREATE TABLE mentions (
    note_id     TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    agent_id    TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    read_at     INTEGER,
    PRIMARY KEY (note_id, agent_id)
  );
  CREATE INDEX mentions_agent ON mentions(agent_id, created_at);
  `,
  /* 41: snooze: an assigned conversation out of its holder's Mine until a time (the wake sweep reads the partial index),
     and the event log's snoozed / unsnoozed rows with their wake time (the table is rebuilt to widen its type and reason
     checks and take the column, every row kept with its id) */ `
  ALTER TABLE conversations ADD COLUMN snoozed_until INTEGER;
  CREATE INDEX conversations_snoozed ON conversations(snoozed_until) WHERE snoozed_until IS NOT NULL;
  CREATE TABLE conversation_events_new (
    id               INTEGER PRIMARY KEY,
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    type             TEXT NOT NULL CHECK (type IN ('queued','cancelled','claimed','transferred','released','closed','rated','ticket','ticket_status',
                                                   'label_added','label_removed','team_changed','language_set','snoozed','unsnoozed')),
    at               INTEGER NOT NULL,
    actor            TEXT NOT NULL CHECK (actor IN ('visitor','bot','agent','system')),
    agent_id         TEXT,
    agent_name       TEXT,
    from_agent_id    TEXT,
    from_agent_name  TEXT,
    to_agent_id      TEXT,
    to_agent_name    TEXT,
    reason           TEXT CHECK (reason IN ('asked','bot_missed','idle','abandoned','site','time','visitor','agent')),
    score            INTEGER CHECK (score BETWEEN 1 AND 5),
    comment          TEXT,
    ticket_id        TEXT,
    ticket_status    TEXT CHECK (ticket_status IN ('open','pending','solved')),
    label_id         TEXT,
    label_name       TEXT,
    from_team_id     TEXT,
    from_team_name   TEXT,
    to_team_id       TEXT,
    to_team_name     TEXT,
    locale           TEXT,
    until            INTEGER
  );
  INSERT INTO conversation_events_new (id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name, from_team_id, from_team_name,
      to_team_id, to_team_name, locale)
    SELECT id, conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
      to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name, from_team_id, from_team_name,
      to_team_id, to_team_name, locale FROM conversation_events;
  DROP TABLE conversation_events;
  ALTER TABLE conversation_events_new RENAME TO conversation_events;
  CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, id);
  CREATE INDEX conversation_events_at ON conversation_events(at);
  `,
];

/**
 * The steps (by number) that rebuild a table other tables reference (SQLite widens a check only by a rebuild): run
 * with foreign keys off, so dropping the old table neither cascades nor nulls the references, and checked with
 * `foreign_key_check` before the step commits (SQLite's own 12-step procedure).
 */
export const REBUILDS_REFERENCED_TABLE: ReadonlySet<number> = new Set([39]);
