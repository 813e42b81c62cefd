import Database from 'better-sqlite3';
import type { ChatMessage } from '../../protocol/index.ts';

/** What one simulated visitor typed (in order) and the last view its widget showed of each of its conversations. */
export interface Participant {
  sent: readonly string[];
  views: ReadonlyMap<string, readonly ChatMessage[]>;
  pending: number;
}

/** What one agent typed (in order, with the conversation) and what its console shows of each watched conversation. */
export interface AgentParticipant {
  typed: readonly { conversationId: string; text: string }[];
  views: ReadonlyMap<string, readonly ChatMessage[]>;
  pending: number;
}

/** One takeover: the seqs (heldFrom, heldTo] were stored while the agent held the conversation. */
export interface Takeover {
  conversationId: string;
  agent: string;
  heldFrom: number | null;
  heldTo: number;
  end: 'release' | 'close';
  done: boolean;
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
  /** Visitor messages stored while a person had the conversation (waiting or assigned): the bot owes nothing. */
  visitorToPeople: number;
  /** Bot messages stored while an agent held the conversation. */
  botWhileAssigned: number;
  /** Agents: replies typed, stored, lost, duplicated, stored out of the order typed. */
  agentSent: number;
  agentStored: number;
  agentLost: number;
  agentDuplicated: number;
  agentReordered: number;
  /** Agents' consoles: messages of a watched conversation missing, shown twice, or out of seq order. */
  agentViewLost: number;
  agentViewDuplicated: number;
  agentViewReordered: number;
  /** Agent replies missing from the visitor's final view of a conversation that is still open. */
  agentMissingForVisitor: number;
  /** Informational: messages of a conversation closed by an agent that the visitor never saw (the widget moves on to a new conversation). */
  unseenAfterClose: number;
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

/** Visitor messages the bot still owes an answer (SQLite and PostgreSQL alike): `n`. */
export const OWED_BOT_ANSWERS = `SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
  WHERE m.author = 'visitor' AND m.bot_due = 1 AND c.status <> 'closed'`;

/** Compare what every participant typed and sees with the database, opened read-only. */
export function judge(dbFile: string, participants: readonly Participant[], agents: readonly AgentParticipant[] = [], takeovers: readonly Takeover[] = []): Verdict {
  const db = new Database(dbFile, { readonly: true });
  try {
    const v: Verdict = {
      sent: 0, stored: 0, lost: 0, duplicated: 0, reordered: 0, viewLost: 0, viewDuplicated: 0, viewReordered: 0,
      botUnanswered: 0, botDoubled: 0, botAnswers: 0, visitorToPeople: 0, botWhileAssigned: 0,
      agentSent: 0, agentStored: 0, agentLost: 0, agentDuplicated: 0, agentReordered: 0,
      agentViewLost: 0, agentViewDuplicated: 0, agentViewReordered: 0, agentMissingForVisitor: 0, unseenAfterClose: 0, outboxLeft: 0,
      integrity: String(db.pragma('integrity_check', { simple: true })),
    };
    const byText = db.prepare<[string], Row>("SELECT id, conversation_id, seq, author, text FROM messages WHERE author = 'visitor' AND text = ? ORDER BY seq");
    const conversation = db.prepare<[string], Row>('SELECT id, conversation_id, seq, author, text FROM messages WHERE conversation_id = ? ORDER BY seq');
    const status = db.prepare<[string], { status: string }>('SELECT status FROM conversations WHERE id = ?');
    const closed = (id: string) => status.get(id)?.status === 'closed';
    /** Compare one final view of a conversation with the database; `strict` false: count what is missing as unseen only. */
    const compare = (id: string, view: readonly ChatMessage[], strict: boolean, into: { lost: number; duplicated: number; reordered: number }) => {
      const expected = conversation.all(id);
      const shown = new Map<string, number>();
      for (const m of view) shown.set(m.id, (shown.get(m.id) ?? 0) + 1);
      const missing = expected.filter((r) => !shown.has(r.id)).length;
      if (strict) into.lost += missing;
      else v.unseenAfterClose += missing;
      into.duplicated += [...shown.values()].reduce((n, c) => n + c - 1, 0);
      into.reordered += view.filter((m, i) => i > 0 && m.seq !== view[i - 1]!.seq + 1).length;
      if (view[0] && view[0].seq !== 1) into.reordered++;
    };
    for (const p of participants) {
      v.sent += p.sent.length;
      v.outboxLeft += p.pending;
      let lastSeq = 0;
      let current: string | null = null;
      const conversations = new Set<string>();
      for (const text of p.sent) {
        const rows = byText.all(text);
        if (rows.length === 0) v.lost++;
        if (rows.length > 1) v.duplicated += rows.length - 1;
        v.stored += rows.length;
        const row = rows[0];
        if (!row) continue;
        // In typed order: seqs rise within a conversation; after an agent closed it, a new one (seqs from 1), never back.
        if (row.conversation_id !== current) {
          if (conversations.has(row.conversation_id)) v.reordered++;
          current = row.conversation_id;
          lastSeq = 0;
        }
        conversations.add(row.conversation_id);
        if (row.seq <= lastSeq) v.reordered++;
        lastSeq = row.seq;
      }
      // The final view of each conversation must be exactly that conversation in the database: every seq once, in
      // order. A conversation an agent closed may end early in the visitor's view (counted apart, as unseen).
      const counts = { lost: 0, duplicated: 0, reordered: 0 };
      for (const id of conversations) compare(id, p.views.get(id) ?? [], !closed(id), counts);
      v.viewLost += counts.lost;
      v.viewDuplicated += counts.duplicated;
      v.viewReordered += counts.reordered;
    }
    const byAgentText = db.prepare<[string], Row>("SELECT id, conversation_id, seq, author, text FROM messages WHERE author = 'agent' AND text = ? ORDER BY seq");
    const visitorViews = new Map<string, readonly ChatMessage[]>();
    for (const p of participants) for (const [id, view] of p.views) visitorViews.set(id, view);
    for (const a of agents) {
      v.agentSent += a.typed.length;
      v.outboxLeft += a.pending;
      const lastSeq = new Map<string, number>();
      for (const t of a.typed) {
        const rows = byAgentText.all(t.text);
        if (rows.length === 0) v.agentLost++;
        if (rows.length > 1) v.agentDuplicated += rows.length - 1;
        v.agentStored += rows.length;
        const row = rows[0];
        if (!row) continue;
        if (row.conversation_id !== t.conversationId || row.seq <= (lastSeq.get(t.conversationId) ?? 0)) v.agentReordered++;
        lastSeq.set(t.conversationId, row.seq);
        // The visitor must see it too, unless the agent closed the conversation (the widget then starts a new one).
        if (!closed(row.conversation_id) && !(visitorViews.get(row.conversation_id) ?? []).some((m) => m.id === row.id)) v.agentMissingForVisitor++;
        if (!a.views.has(row.conversation_id)) v.agentViewLost++; // watched: compared in full below
      }
      const counts = { lost: 0, duplicated: 0, reordered: 0 };
      for (const [id, view] of a.views) compare(id, view, true, counts);
      v.agentViewLost += counts.lost;
      v.agentViewDuplicated += counts.duplicated;
      v.agentViewReordered += counts.reordered;
    }
    const botBetween = db.prepare<[string, number, number], { n: number }>("SELECT count(*) AS n FROM messages WHERE conversation_id = ? AND author = 'bot' AND seq > ? AND seq <= ?");
    for (const t of takeovers) if (t.heldFrom !== null) v.botWhileAssigned += botBetween.get(t.conversationId, t.heldFrom, t.heldTo)!.n;
    v.visitorToPeople = (
      db.prepare("SELECT count(*) AS n FROM messages m WHERE m.author = 'visitor' AND m.bot_due = 0 AND NOT EXISTS (SELECT 1 FROM messages r WHERE r.reply_to = m.id)").get() as { n: number }
    ).n;
    v.botAnswers = (db.prepare("SELECT count(*) AS n FROM messages WHERE author = 'bot' AND reply_to IS NOT NULL").get() as { n: number }).n;
    v.botDoubled = (db.prepare('SELECT count(*) AS n FROM (SELECT reply_to FROM messages WHERE reply_to IS NOT NULL GROUP BY reply_to HAVING count(*) > 1)').get() as { n: number }).n;
    // Owed and never answered: stored while the bot owned the conversation (bot_due, set in the same transaction)
    // and still due, unless an agent has closed the conversation since (a closed one takes no more answers).
    v.botUnanswered = (db.prepare(OWED_BOT_ANSWERS).get() as { n: number }).n;
    return v;
  } finally {
    db.close();
  }
}

/** The verdict's integrity on PostgreSQL (SQLite's integrity_check has no counterpart there). */
export const NOT_APPLICABLE = 'not applicable (PostgreSQL)';

/** True when nothing was lost, duplicated or reordered anywhere, the bot answered each message once, and the file is sound. */
export function clean(v: Verdict): boolean {
  return (
    v.lost + v.duplicated + v.reordered + v.viewLost + v.viewDuplicated + v.viewReordered + v.botUnanswered + v.botDoubled + v.outboxLeft === 0 &&
    v.agentLost + v.agentDuplicated + v.agentReordered + v.agentViewLost + v.agentViewDuplicated + v.agentViewReordered + v.agentMissingForVisitor + v.botWhileAssigned === 0 &&
    (v.integrity === 'ok' || v.integrity === NOT_APPLICABLE)
  );
}
