import { Worker } from 'node:worker_threads';
import type { FaqTryResult } from '../../protocol/index.ts';
import type { FaqModel, FaqPack } from '../../faq/index.ts';
import { KefuError } from '../errors.ts';
import type { DraftPack, DraftTryReply, DraftTryRequest, ModelReply, ModelRequest, TrainingReply, TrainingRequest } from './faq-try.ts';

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

export interface FaqTrainer {
  /**
   * What the bot answers `text` with the draft in place. The engine is trained in a worker thread, never on the event
   * loop, and kept by the draft's content hash: the same draft tried again is answered without training. One training
   * at a time per node: another draft meanwhile is refused (`busy`); one over the time limit is stopped (`timed_out`).
   */
  tryDraft(draft: DraftPack, live: FaqModel, text: string, locale?: string): Promise<FaqTryResult>;
  /**
   * The model of a pack to be served (faq-model-cache.ts): `saved` when it was trained on the pack's questions, else
   * trained in the same worker (after any training queued there). `trained` says which.
   */
  modelOf(pack: FaqPack, saved: FaqModel | undefined): Promise<{ model: FaqModel; trained: boolean }>;
  close(): Promise<void>;
}

/** The worker failed, stopped, or took too long: nothing it was doing is used (the engine in use stays). */
export class FaqTrainingError extends KefuError {
  override name = 'FaqTrainingError';
}

interface Pending {
  settle: (reply: TrainingReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
  /** The draft key this request trains, if it does. */
  trains: string | null;
}

export function createFaqTrainer(options: { worker?: URL; timeoutMs?: number } = {}): FaqTrainer {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  /** The draft keys whose engines the worker keeps or is training, least recently used first (it is told what to forget). */
  let kept: string[] = [];
  let training: string | null = null;

  /** The worker stopped (timed out, failed, closing): everything waiting on it fails, and the next request starts another. */
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
    started.on('message', (reply: TrainingReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      clearTimeout(p.timer);
      if (p.trains !== null) {
        training = null;
        if ('error' in reply) kept = kept.filter((k) => k !== p.trains);
      }
      p.settle(reply);
    });
    const failed = (err: Error) => started === worker && void reset(new FaqTrainingError('internal', `the FAQ training worker stopped: ${err.message}`));
    started.on('error', failed);
    started.on('exit', (code) => failed(new Error(`exit code ${code}`)));
    return started;
  };

  /** Sends `request` to the worker (started if need be); `what` names the work in errors. */
  const send = <R extends TrainingReply>(request: TrainingRequest, what: string, trains: string | null) =>
    new Promise<Exclude<R, { error: string }>>((resolve, reject) => {
      worker ??= start();
      const timer = setTimeout(
        () => void reset(new FaqTrainingError('timed_out', `${what} was not trained within ${timeoutMs / 1000} s and was stopped: try again when the server is less busy`)),
        timeoutMs,
      );
      timer.unref();
      const settle = (reply: TrainingReply) =>
        'error' in reply ? reject(new FaqTrainingError('internal', `${what} could not be trained: ${reply.error}`)) : resolve(reply as Exclude<R, { error: string }>);
      pending.set(request.id, { settle, reject, timer, trains });
      worker.postMessage(request);
    });

  return {
    async tryDraft(draft, live, text, locale) {
      const known = kept.includes(draft.key);
      if (!known && training !== null) {
        throw new KefuError('busy', 'another FAQ draft is being trained on this server: try again in a few seconds');
      }
      kept = [...kept.filter((k) => k !== draft.key), draft.key];
      const forget = known ? [] : kept.splice(0, Math.max(0, kept.length - KEPT));
      if (!known) training = draft.key;
      const request: DraftTryRequest = { id: nextId++, key: draft.key, text, ...(locale === undefined ? {} : { locale }), ...(known ? {} : { train: { pack: draft.pack, live, forget } }) };
      return (await send<DraftTryReply>(request, 'the FAQ draft', known ? null : draft.key)).result;
    },
    async modelOf(pack, saved) {
      const request: ModelRequest = { id: nextId++, model: { pack, ...(saved ? { saved } : {}) } };
      const { model, trained } = await send<ModelReply>(request, 'the FAQ pack', null);
      return { model, trained };
    },
    close: () => reset(new KefuError('internal', 'the server is closing')),
  };
}
