import { createHash } from 'node:crypto';
import type { MessagePort } from 'node:worker_threads';
import type { FaqTryResult } from '../../protocol/index.ts';
import { createFaqEngine, FaqPackError, parseFaqPack, type FaqEngine, type FaqModel, type FaqPack } from '../../faq/index.ts';

/** What the bot answers `text` with this engine, and its three best guesses (best first, in the reply's language). */
export function tryAnswer(engine: FaqEngine, text: string, uiLocale?: string): FaqTryResult {
  const result = engine.answer(text, uiLocale === undefined ? {} : { uiLocale });
  const ids = [...(result.faqId ? [result.faqId] : []), ...result.suggestions.map((s) => s.faqId)];
  const top = [...new Set(ids)].slice(0, 3).flatMap((faqId) => {
    const entry = engine.entry(faqId, result.locale);
    return entry ? [{ faqId, question: entry.question }] : [];
  });
  return { kind: result.kind, faqId: result.faqId, confidence: result.confidence, locale: result.locale, answer: result.answer, top };
}

/**
 * The live pack with a draft in place, and the hash of its content (what an engine trained on it is cached by); the
 * pack's languages the draft leaves empty, which it is not tried in.
 */
export interface DraftPack {
  pack: FaqPack;
  key: string;
  notTried: string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const empty = (x: unknown) => x === undefined || (typeof x === 'string' && x.trim() === '');
/** A language of a draft with nothing written in it (no question, no alternate, no answer), or left out. */
const unwritten = (content: unknown): boolean =>
  content === undefined ||
  (isRecord(content) && empty(content.question) && empty(content.answer) && (content.alternates === undefined || (Array.isArray(content.alternates) && content.alternates.every(empty))));

/**
 * The live pack with `draft` (an unsaved entry in the pack file format) in place of the entry with its id, or
 * added. A language the draft leaves empty is left out of the whole pack for the try (an admin writing the English
 * first tries it in English; Save still wants every language); one half written is checked as Save checks it.
 * Throws FaqPackError naming the draft's field ("body: locales.ja.alternates: …"), or `locales` when every language
 * is empty. Milliseconds for the wallet pack: it runs on the event loop; the training does not (faq-draft-trainer.ts).
 */
export function draftPack(live: FaqPack, draft: Record<string, unknown>): DraftPack {
  const { entries, ...meta } = live;
  const written = isRecord(draft.locales) ? draft.locales : null;
  const notTried = written ? meta.locales.filter((l) => unwritten(written[l])) : [];
  if (notTried.length === meta.locales.length) throw new FaqPackError([{ source: 'body', path: 'locales', message: 'every language is empty: write one to try the draft' }]);
  const tried = meta.locales.filter((l) => !notTried.includes(l));
  const only = <T extends { locales: Record<string, unknown> }>(e: T): T => ({ ...e, locales: Object.fromEntries(Object.entries(e.locales).filter(([l]) => !notTried.includes(l))) });
  const body = written && notTried.length > 0 ? only({ ...draft, locales: written }) : draft;
  const at = entries.findIndex((e) => e.id === draft.id);
  const kept = notTried.length > 0 ? entries.map(only) : entries;
  const next: unknown[] = at < 0 ? [...kept, body] : kept.map((e, i) => (i === at ? body : e));
  const edited = at < 0 ? entries.length : at;
  const entrySources = next.map((e, i) => (i === edited ? 'body' : `entry "${String((e as { id?: unknown }).id)}"`));
  const defaultLocale = tried.includes(meta.defaultLocale) ? meta.defaultLocale : tried[0]!;
  const pack = parseFaqPack({ ...meta, locales: tried, defaultLocale, entries: next }, 'pack', { entrySources });
  return { pack, key: createHash('sha256').update(JSON.stringify(pack)).digest('hex'), notTried };
}

/** To the training worker: answer `text` with the engine of `key`, trained first from `train` when it is not kept. */
export interface DraftTryRequest {
  id: number;
  key: string;
  /**
   * Sent when the worker does not keep `key`'s engine (the caller decides what it keeps): the draft pack, the live
   * model (used as it is when the draft changes no training question, e.g. only an answer), and the keys to forget.
   */
  train?: { pack: FaqPack; live: FaqModel; forget: string[] };
  text: string;
  locale?: string;
}
export type DraftTryReply = { id: number; result: FaqTryResult } | { id: number; error: string };

/**
 * To the training worker: the model of a pack the server is about to serve (an edit saved, another node's edit
 * loaded). `saved` (the model cache's) is used as it is when it was trained on this pack's questions, else the pack
 * is trained. The engine is not kept: the server builds its own from the model sent back.
 */
export interface ModelRequest {
  id: number;
  model: { pack: FaqPack; saved?: FaqModel };
}
/** `trained`: the saved model did not fit and the pack was trained (the model cache is then rewritten). */
export type ModelReply = { id: number; model: FaqModel; trained: boolean } | { id: number; error: string };

export type TrainingRequest = DraftTryRequest | ModelRequest;
export type TrainingReply = DraftTryReply | ModelReply;

/**
 * The training worker's loop (server/services/faq-try-worker.ts): one request at a time, in the order sent, each
 * answered on `port`. `build` is createFaqEngine there; a test may wrap it.
 */
export function serveTrainings(
  port: MessagePort,
  build: (pack: FaqPack, model: FaqModel | undefined) => FaqEngine | Promise<FaqEngine> = (pack, model) => createFaqEngine(pack, { model }),
): void {
  const kept = new Map<string, FaqEngine>();
  const reply = async (request: TrainingRequest): Promise<TrainingReply> => {
    if ('model' in request) {
      const engine = await build(request.model.pack, request.model.saved);
      return { id: request.id, model: engine.model, trained: engine.modelSource === 'trained' };
    }
    if (request.train) {
      for (const key of request.train.forget) kept.delete(key);
      kept.set(request.key, await build(request.train.pack, request.train.live));
    }
    const engine = kept.get(request.key);
    if (!engine) throw new Error('no engine kept for this draft');
    return { id: request.id, result: tryAnswer(engine, request.text, request.locale) };
  };
  let queue = Promise.resolve();
  port.on('message', (request: TrainingRequest) => {
    queue = queue.then(async () => {
      port.postMessage(await reply(request).catch((err: unknown) => ({ id: request.id, error: err instanceof Error ? err.message : String(err) })));
    });
  });
}
