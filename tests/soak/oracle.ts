import Database from 'better-sqlite3';
import type { ChatMessage } from '../../protocol/index.ts';

/** What one simulated visitor typed (in order) and what its widget shows at the end. */
export interface Participant {
  sent: readonly string[];
  view: readonly ChatMessage[];
  pending: number;
}

export interface Verdict {
  sent: number;
  stored: number;
  /** Typed but not in the database. */
  lost: number;
  /** Stored more than once. */
  duplicated: number;
  /** Stored out of the order typed. */
  reordered: number;
  /** Final views: messages in the database missing from a view, shown twice, or out of seq order. */
  viewLost: number;
  viewDuplicated: number;
  viewReordered: number;
  /** Visitor messages the bot owed and never answered, or answered more than once. */
  botUnanswered: number;
  botDoubled: number;
  botAnswers: number;
  outboxLeft: number;
  integrity: string;
}

interface Row {
  id: string;
  conversation_id: string;
  seq: number;
  author: string;
  text: string;
}

/** Compare what every participant typed and sees with the database, opened read-only. */
export function judge(dbFile: string, participants: readonly Participant[]): Verdict {
  const db = new Database(dbFile, { readonly: true });
  try {
    const v: Verdict = {
      sent: 0, stored: 0, lost: 0, duplicated: 0, reordered: 0, viewLost: 0, viewDuplicated: 0, viewReordered: 0,
      botUnanswered: 0, botDoubled: 0, botAnswers: 0, outboxLeft: 0,
      integrity: String(db.pragma('integrity_check', { simple: true })),
    };
    const byText = db.prepare<[string], Row>("SELECT id, conversation_id, seq, author, text FROM messages WHERE author = 'visitor' AND text = ? ORDER BY seq");
    const conversation = db.prepare<[string], Row>('SELECT id, conversation_id, seq, author, text FROM messages WHERE conversation_id = ? ORDER BY seq');
    for (const p of participants) {
      v.sent += p.sent.length;
      v.outboxLeft += p.pending;
      let lastSeq = 0;
      const conversations = new Set<string>();
      for (const text of p.sent) {
        const rows = byText.all(text);
        if (rows.length === 0) v.lost++;
        if (rows.length > 1) v.duplicated += rows.length - 1;
        v.stored += rows.length;
        const row = rows[0];
        if (!row) continue;
        conversations.add(row.conversation_id);
        if (row.seq <= lastSeq) v.reordered++;
        lastSeq = row.seq;
      }
      // The final view must be exactly the conversation in the database: every seq once, in order.
      const expected = [...conversations].flatMap((id) => conversation.all(id));
      const shown = new Map<string, number>();
      for (const m of p.view) shown.set(m.id, (shown.get(m.id) ?? 0) + 1);
      v.viewLost += expected.filter((r) => !shown.has(r.id)).length;
      v.viewDuplicated += [...shown.values()].reduce((n, c) => n + c - 1, 0);
      v.viewReordered += p.view.filter((m, i) => i > 0 && m.seq !== p.view[i - 1]!.seq + 1).length;
    }
    v.botAnswers = (db.prepare("SELECT count(*) AS n FROM messages WHERE author = 'bot' AND reply_to IS NOT NULL").get() as { n: number }).n;
    v.botDoubled = (db.prepare('SELECT count(*) AS n FROM (SELECT reply_to FROM messages WHERE reply_to IS NOT NULL GROUP BY reply_to HAVING count(*) > 1)').get() as { n: number }).n;
    // Owed and never answered: still marked due, or a visitor message in a bot-owned conversation with no reply.
    v.botUnanswered = (
      db
        .prepare(
          `SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
           WHERE m.author = 'visitor' AND (m.bot_due = 1 OR (c.status = 'bot' AND NOT EXISTS (SELECT 1 FROM messages r WHERE r.reply_to = m.id)))`,
        )
        .get() as { n: number }
    ).n;
    return v;
  } finally {
    db.close();
  }
}

/** True when nothing was lost, duplicated or reordered anywhere, the bot answered each message once, and the file is sound. */
export function clean(v: Verdict): boolean {
  return (
    v.lost + v.duplicated + v.reordered + v.viewLost + v.viewDuplicated + v.viewReordered + v.botUnanswered + v.botDoubled + v.outboxLeft === 0 &&
    v.integrity === 'ok'
  );
}
