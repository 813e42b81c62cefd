import { Worker } from 'node:worker_threads';
import type { FaqTryResult } from '../../protocol/index.ts';
import type { FaqModel } from '../../faq/index.ts';
import { KefuError } from '../errors.ts';
import type { DraftPack, DraftTryReply, DraftTryRequest } from './faq-try.ts';

/** Draft engines the worker keeps (a wallet-pack engine is a few tens of MB): the draft being edited, and one before. */
const KEPT = 2;
/** A training stopped after this long (the wallet pack trains in ≈3 s of CPU on an idle 2-core box). */
const TIMEOUT_MS = 60_000;

/** The worker's file, beside this module: built (dist/server/faq-try-worker.js), or the source run through tsx. */
const OWN_WORKER = new URL(import.meta.url.endsWith('.ts') ? './faq-try-worker.ts' : './faq-try-worker.js', import.meta.url);

function spawn(file: URL): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file);
  // From the sources (tests, `node --import tsx server/main.ts`): tsx registered in the worker before the import.
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`, { eval: true });
}

export interface DraftTrainer {
  /**
   * What the bot answers `text` with the draft in place. The engine is trained in a worker thread, never on the event
   * loop, and kept by the draft's content hash: the same draft tried again is answered without training. One training
   * at a time per node: another draft meanwhile is refused (`busy`); one over the time limit is stopped (`timed_out`).
   */
  tryDraft(draft: DraftPack, live: FaqModel, text: string, locale?: string): Promise<FaqTryResult>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: FaqTryResult) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
  /** The key this request trains, if it does. */
  trains: string | null;
}

export function createDraftTrainer(options: { worker?: URL; timeoutMs?: number } = {}): DraftTrainer {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  /** The keys whose engines the worker keeps or is training, least recently used first (it is told what to forget). */
  let kept: string[] = [];
  let training: string | null = null;

  /** The worker stopped (timed out, failed, closing): everything waiting on it fails, and the next try starts another. */
  const reset = async (err: Error) => {
    const stopped = worker;
    worker = null;
    kept = [];
    training = null;
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    pending.clear();
    await stopped?.terminate();
  };

  const start = (): Worker => {
    const started = spawn(options.worker ?? OWN_WORKER);
    started.unref();
    started.on('message', (reply: DraftTryReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      clearTimeout(p.timer);
      if (p.trains !== null) training = null;
      if ('result' in reply) return p.resolve(reply.result);
      if (p.trains !== null) kept = kept.filter((k) => k !== p.trains);
      p.reject(new Error(`the FAQ draft could not be tried: ${reply.error}`));
    });
    const failed = (err: Error) => started === worker && void reset(new Error(`the FAQ draft worker stopped: ${err.message}`));
    started.on('error', failed);
    started.on('exit', (code) => failed(new Error(`exit code ${code}`)));
    return started;
  };

  return {
    tryDraft(draft, live, text, locale) {
      const known = kept.includes(draft.key);
      if (!known && training !== null) {
        return Promise.reject(new KefuError('busy', 'another FAQ draft is being trained on this server: try again in a few seconds'));
      }
      kept = [...kept.filter((k) => k !== draft.key), draft.key];
      const forget = known ? [] : kept.splice(0, Math.max(0, kept.length - KEPT));
      if (!known) training = draft.key;
      worker ??= start();
      const id = nextId++;
      const request: DraftTryRequest = { id, key: draft.key, text, ...(locale === undefined ? {} : { locale }), ...(known ? {} : { train: { pack: draft.pack, live, forget } }) };
      return new Promise<FaqTryResult>((resolve, reject) => {
        const timer = setTimeout(
          () => void reset(new KefuError('timed_out', `the FAQ draft was not trained within ${timeoutMs / 1000} s and was stopped: try again when the server is less busy`)),
          timeoutMs,
        );
        timer.unref();
        pending.set(id, { resolve, reject, timer, trains: known ? null : draft.key });
        worker!.postMessage(request);
      });
    },
    close: () => reset(new KefuError('internal', 'the server is closing')),
  };
}
