import { earlierOutcome, guardAdmits, guardHolds, messageRow, owedWhile, owesBot } from './append-rules.ts';
import { pgBatcher } from './postgres-batch.ts';
import { checkout, type Pool, type Queryable } from './postgres-pool.ts';
import { toConversation, toMessage, type ConversationRow, type MessageRow } from './rows.ts';
import { foldForSearch } from './search-types.ts';
import { timeOrderedId } from './time-ordered-id.ts';
import type { AppendResult, NewMessage } from './types.ts';

/** Batches in flight at once (each on one pooled connection), and appends in one batch at most. */
const LANES = 2;
const MAX_BATCH = 100;

type StoredRow = MessageRow & { reply_to: string | null };
interface NewRow {
  row: MessageRow;
  m: NewMessage;
  botDue: boolean;
}

/**
 * Group commit for `appendMessage` on PostgreSQL (the batching: postgres-batch.ts). The appends a node makes while
 * its lanes are busy (or at the same moment) go to the database together: one transaction of five statements for
 * up to 100 messages (BEGIN; lock their conversations' rows; read what was stored before under each client id or
 * reply-to; one statement that settles the answered messages, bumps each seq and inserts every row; COMMIT),
 * instead of five statements and a commit each. A message that goes alone (most of them, below a few hundred a
 * second) is one round trip: a statement that calls `kefu_append`, a function that runs the same steps on the
 * server, in the statement's own transaction. Every guarantee of the single append holds:
 *
 * - Ack after commit: each caller's promise settles once the batch's COMMIT (a lone message's statement) returned.
 * - Seq without gaps under several nodes: each conversation's row is locked before its seq is read, in id order
 *   (two nodes' batches over the same conversations never deadlock each other).
 * - Client id and reply-to: read by a statement of its own after the locks are held, so it sees whatever the
 *   previous holder committed (folded into the locking statement, its snapshot would predate the wait); in
 *   `kefu_append` too, where each statement of the function takes its own snapshot.
 * - Per-conversation call order: a batch holds at most one append of a conversation, and none of a conversation
 *   with an append in flight in the other lane, so one node's appends to a conversation are stored in the order
 *   called, and never wait on each other's row lock.
 * - One message's failure is its own: a conversation that does not exist fails that append alone; a statement
 *   error that rolls the batch back (a deadlock with another writer, a value the database refuses) runs each of
 *   its appends again on its own. A lost connection or a COMMIT without an answer fails the whole batch, as it
 *   failed the single append (the outcome is unknown: a sender resends, appends are idempotent).
 */
export function postgresAppender(pool: Pool): (m: NewMessage) => Promise<AppendResult> {
  return pgBatcher<NewMessage, AppendResult>({
    lanes: LANES,
    max: MAX_BATCH,
    key: (m) => m.conversationId,
    run: async (ms) => (ms.length === 1 ? [await appendOne(pool, ms[0]!)] : appendTogether(pool, ms)),
  });
}

/** Two or more appends in one transaction; throws when it rolled back (see pgBatcher), fails each when its COMMIT went unanswered. */
async function appendTogether(pool: Pool, ms: NewMessage[]): Promise<(AppendResult | Error)[]> {
  const { client, done } = await checkout(pool);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const results = await appendAll(client, ms);
    try {
      await client.query('COMMIT');
    } catch (error) {
      // The outcome is unknown: never run again here (the senders resend; appends are idempotent).
      broken = error as Error;
      return ms.map(() => error as Error);
    }
    return results;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
    throw error;
  } finally {
    done(broken);
  }
}

/** What `kefu_append` answers (postgres-migrations.ts, step 16); null: no such conversation. */
type OneAppended = { by_client_id: StoredRow } | { by_reply_to: StoredRow } | { refused: ConversationRow } | { seq: number; bot_due: number } | null;

/** A named statement: each pooled connection parses and plans it once. */
const APPEND_ONE = 'kefu_append';
const APPEND_ONE_SQL = 'SELECT kefu_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) AS r';

/**
 * A lone append: one statement, its own transaction (committed before PostgreSQL answers, so the caller's ack
 * still follows the COMMIT), run by the server as the batch's statements would be: lock, look up, settle, write.
 */
async function appendOne(pool: Pool, m: NewMessage): Promise<AppendResult> {
  const now = Date.now();
  const id = timeOrderedId(now);
  const guard = m.guard ? guardAdmits(m.guard) : null;
  const row = messageRow(m, id, 0, now);
  const values = [
    id, m.conversationId, m.author, m.authorName, m.text, m.clientId, row.bot, m.replyTo ?? null, foldForSearch(m.text), row.attachments, now,
    guard?.statuses ?? null, guard?.agentId ?? null, owedWhile(m),
  ];
  const r = (await pool.query<{ r: OneAppended }>({ name: APPEND_ONE, text: APPEND_ONE_SQL, values })).rows[0]!.r;
  if (r === null) throw new Error(`conversation ${m.conversationId} does not exist`);
  if ('by_client_id' in r || 'by_reply_to' in r) {
    const earlier = 'by_client_id' in r ? r.by_client_id : r.by_reply_to;
    return earlierOutcome(m, 'by_client_id' in r ? toMessage(earlier) : null, 'by_reply_to' in r ? toMessage(earlier) : null)!;
  }
  if ('refused' in r) return { kind: 'refused', conversation: toConversation(r.refused) };
  return { kind: 'stored', message: toMessage({ ...row, seq: r.seq }), botDue: r.bot_due === 1 };
}

/** Appends to distinct conversations (two or more), in one transaction on `db` (BEGIN and COMMIT are the caller's). */
async function appendAll(db: Queryable, ms: NewMessage[]): Promise<(AppendResult | Error)[]> {
  // The row locks order every append to these conversations: whoever waited sees what the other committed.
  // In id order: two nodes' batches over the same conversations never wait on each other in a circle.
  const { rows: locked } = await db.query<{ c: ConversationRow }>({
    name: 'kefu_lock_conversations',
    text: 'SELECT to_jsonb(c) AS c FROM conversations c WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
    values: [ms.map((m) => m.conversationId)],
  });
  const conversations = new Map(locked.map(({ c }) => [c.id, c]));
  const keyed = ms.filter((m) => m.clientId !== null && conversations.has(m.conversationId));
  const replies = ms.flatMap((m) => (m.replyTo === undefined ? [] : [m.replyTo]));
  // Its own statement, after the locks: a resend committed by whoever held a lock before is seen here.
  const lookUp = earlierStatement(keyed, replies);
  const earlier = lookUp ? (await db.query<{ m: StoredRow }>(lookUp)).rows.map((r) => r.m) : [];

  const now = Date.now();
  const results: (AppendResult | Error)[] = [];
  const settled: string[] = [];
  const rows: NewRow[] = [];
  for (const m of ms) {
    const row = conversations.get(m.conversationId);
    if (!row) {
      results.push(new Error(`conversation ${m.conversationId} does not exist`));
      continue;
    }
    const byClientId = m.clientId === null ? undefined : earlier.find((r) => r.conversation_id === m.conversationId && r.client_id === m.clientId);
    const byReplyTo = m.replyTo === undefined ? undefined : earlier.find((r) => r.reply_to === m.replyTo);
    const outcome = earlierOutcome(m, byClientId ? toMessage(byClientId) : null, byReplyTo ? toMessage(byReplyTo) : null);
    if (outcome) {
      results.push(outcome);
      continue;
    }
    // A reply settles the message it answers (bot_due 0: answered now, or never), refused by the guard or not.
    if (m.replyTo !== undefined) settled.push(m.replyTo);
    const current = toConversation(row);
    if (m.guard && !guardHolds(m.guard, current)) {
      results.push({ kind: 'refused', conversation: current });
      continue;
    }
    const stored = { row: messageRow(m, timeOrderedId(now), row.last_seq + 1, now), m, botDue: owesBot(m, current.status) };
    row.last_seq = stored.row.seq;
    rows.push(stored);
    results.push({ kind: 'stored', message: toMessage(stored.row), botDue: stored.botDue });
  }
  // One statement: the settled marks, each conversation's new seq, and every row.
  const write = writeStatement(rows, settled, now);
  if (write) await db.query(write);
  return results;
}

/**
 * The batch's statements are named by their shape (each pooled connection plans each shape once: see postgres.ts,
 * NAMED), and read rows as json.
 */
type Statement = { name: string; text: string; values: unknown[] };

/** The rows stored under these client ids ($1) of these conversations ($2), as json (`m`): an append's look back, and a resend's. */
export const BY_CLIENT_ID = { name: 'kefu_earlier_client_ids', text: `SELECT to_jsonb(m) AS m FROM unnest($1::text[], $2::text[]) AS k(conversation_id, client_id)
    JOIN messages m ON m.conversation_id = k.conversation_id AND m.client_id = k.client_id AND m.client_id IS NOT NULL` };

/** What was stored before under these client ids (of their conversations), or in reply to these messages. */
function earlierStatement(keyed: NewMessage[], replies: string[]): Statement | null {
  const byClientId = BY_CLIENT_ID.text;
  const byReplyTo = (n: number) => `SELECT to_jsonb(m) AS m FROM messages m WHERE reply_to = ANY($${n}::text[])`;
  if (keyed.length === 0) return replies.length === 0 ? null : { name: 'kefu_earlier_replies', text: byReplyTo(1), values: [replies] };
  const pairs = [keyed.map((m) => m.conversationId), keyed.map((m) => m.clientId)];
  if (replies.length === 0) return { ...BY_CLIENT_ID, values: pairs };
  return { name: 'kefu_earlier_both', text: `${byClientId} UNION ALL ${byReplyTo(3)}`, values: [...pairs, replies] };
}

const COLUMNS = 'id, conversation_id, seq, author, author_name, text, client_id, bot, reply_to, bot_due, folded, attachments, created_at';
const columnsOf = ({ row, m, botDue }: NewRow) => [
  row.id, row.conversation_id, row.seq, row.author, row.author_name, row.text, row.client_id, row.bot, m.replyTo ?? null, botDue ? 1 : 0, foldForSearch(row.text), row.attachments ?? null,
];

/** The settled marks (a reply settles the message it answers), each conversation's new seq, and the rows. */
function writeStatement(rows: NewRow[], settled: string[], now: number): Statement | null {
  if (rows.length === 0) {
    return settled.length === 0 ? null : { name: 'kefu_settle', text: 'UPDATE messages SET bot_due = 0 WHERE id = ANY($1::text[])', values: [settled] };
  }
  const settle = settled.length > 0 ? 'settled AS (UPDATE messages SET bot_due = 0 WHERE id = ANY($14::text[])), ' : '';
  const values = rows.map(columnsOf);
  const arrays = values[0]!.map((_, i) => values.map((v) => v[i]));
  return {
    name: settled.length > 0 ? 'kefu_settle_and_insert' : 'kefu_insert',
    text: `WITH ${settle}bumped AS (UPDATE conversations c SET last_seq = n.seq, updated_at = $13 FROM unnest($2::text[], $3::bigint[]) AS n(id, seq) WHERE c.id = n.id)
     INSERT INTO messages (${COLUMNS})
     SELECT v.*, $13 FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::text[], $12::text[])
       AS v(id, conversation_id, seq, author, author_name, text, client_id, bot, reply_to, bot_due, folded, attachments)`,
    values: [...arrays, now, ...(settled.length > 0 ? [settled] : [])],
  };
}
