import { randomUUID } from 'node:crypto';
import type { UnansweredNote } from './faq-types.ts';
import { all, type Pool } from './postgres-pool.ts';

/** Questions counted in one statement at most. */
const MAX_BATCH = 500;

interface Pending {
  note: UnansweredNote;
  cap: number;
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * `noteUnanswered` on PostgreSQL, with group commit: a note made while none is being written goes at once, alone;
 * the notes made meanwhile go together in the next statement, counted per question. In an outage thousands ask the
 * same thing at once, and each note was a statement and a commit on that one row. Each caller's promise settles when
 * the statement that counted its note has committed (as when each went alone); one statement, no transaction around
 * it, so no lock is held across round trips. The rows are written in question order: two nodes' batches over the
 * same questions never wait on each other in a circle.
 */
export function postgresUnansweredNotes(pool: Pool): (note: UnansweredNote, cap: number) => Promise<void> {
  const queue: Pending[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        await write(batch);
        for (const p of batch) p.resolve();
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    writing = false;
  }

  async function write(batch: Pending[]): Promise<void> {
    // One row per question: how many asked it, and the latest wording, kind and language.
    const byKey = new Map<string, { note: UnansweredNote; count: number }>();
    for (const { note } of batch) byKey.set(note.key, { note, count: (byKey.get(note.key)?.count ?? 0) + 1 });
    const rows = [...byKey.values()].sort((a, b) => (a.note.key < b.note.key ? -1 : a.note.key > b.note.key ? 1 : 0));
    const added = await all<{ added: boolean }>(
      pool,
      `INSERT INTO faq_unanswered (id, norm, text, kind, locale, count, first_seen, last_seen)
       SELECT n.id, n.norm, n.text, n.kind, n.locale, n.count, $7, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
         AS n(id, norm, text, kind, locale, count)
       ON CONFLICT (norm) DO UPDATE SET count = faq_unanswered.count + excluded.count, text = excluded.text, kind = excluded.kind,
         locale = excluded.locale, last_seen = excluded.last_seen
       RETURNING xmax = 0 AS added`,
      [
        rows.map(() => randomUUID()),
        rows.map((r) => r.note.key),
        rows.map((r) => r.note.text),
        rows.map((r) => r.note.kind),
        rows.map((r) => r.note.locale),
        rows.map((r) => r.count),
        Date.now(),
      ],
    );
    // Only a new row can take the list past its cap: then the lowest ranked beyond the cap go.
    if (added.some((r) => r.added)) {
      const cap = Math.min(...batch.map((p) => p.cap));
      await pool.query('DELETE FROM faq_unanswered WHERE id IN (SELECT id FROM faq_unanswered ORDER BY count DESC, last_seen DESC OFFSET $1)', [cap]);
    }
  }

  return (note, cap) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ note, cap, resolve, reject });
      if (!writing) void drain();
    });
}
