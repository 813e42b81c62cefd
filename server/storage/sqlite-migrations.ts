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
];
