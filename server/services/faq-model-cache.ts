import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createFaqEngine, exportModel, readModel, type FaqEngine, type FaqModel, type FaqPack } from '../../faq/index.ts';
import { builtModelFile } from './built-faq-models.ts';

/**
 * The FAQ classifier's trained weights, with the thresholds fitted with them, kept in one file beside the database
 * (`<data dir>/faq-model.bin`), so a restart with the same pack loads them instead of training (most of an engine
 * build: four trainings when the thresholds are fitted). The file carries the key
 * of what it was trained on (a hash of the training questions as the engine sees them, the training options and
 * the trainer version); the engine uses it only when that key is the pack's, so an edited pack, an upgrade that
 * trains differently or a corrupt file means training as before, and then the file is rewritten. Never fatal:
 * a file that cannot be read or written is reported and the engine is trained.
 * Without a file in the data dir (a fresh install, a new node), the build's model of the pack is read instead when
 * there is one (`npm run build` trains the shipped pack: scripts/train-shipped-faq.ts), on the same terms: used only
 * when its key is the pack's, else reported and trained over. Which of the three an engine came from is told to `onSource`.
 *
 * Given `modelOf` (the server's: FaqTrainer.modelOf), a pack that is not the one loaded at start-up (an edit saved,
 * another node's edit loaded) is trained in the training worker when the file does not fit it, not on the event loop
 * (seconds of CPU for the wallet pack, during which nothing else on the node would be served): only the engine's
 * build from the weights runs here (≈80 ms of CPU for tests/fixtures/faq-mini, ≈0.4-0.5 s for the wallet pack, at a
 * load of 10-14 on 2 cores). The load at start-up trains here, before the server listens.
 */
export type BuildFaqEngine = (pack: FaqPack, when: 'start' | 'change') => Promise<FaqEngine>;

/**
 * Tests only: the engines built at start from a saved model, by the model file's bytes and the pack, for the servers of
 * one process (a test file's, or a shared worker's files') that start on the same pack and model. An engine is built
 * from them alone and never changes after, so the next such server gets the one built before rather than building it
 * again (≈0.4-0.5 s of CPU for the wallet pack; most of a test server's start). A pack or a file that differs in a byte
 * is another key; a trained engine (no usable file) is never kept. Holds the last FAQ_ENGINES_KEPT engines.
 */
export type FaqEngineMemo = Map<string, FaqEngine>;
const FAQ_ENGINES_KEPT = 2;

/**
 * Where an engine's weights came from: the build's model of the pack (`npm run build` trains the shipped pack, see
 * scripts/train-shipped-faq.ts), the data dir's file, or a training now (neither fitted the pack).
 */
export type FaqModelSource = 'build' | 'data dir' | 'trained';

export interface FaqModelFiles {
  /** The server's: FaqTrainer.modelOf (see BuildFaqEngine). */
  modelOf?: (pack: FaqPack, saved: FaqModel | undefined) => Promise<{ model: FaqModel; trained: boolean }>;
  /** Tests only: see FaqEngineMemo. */
  memo?: FaqEngineMemo;
  /** The build's models (dist/faq-models): the one of the pack, when the data dir has no file. */
  builtDir?: string;
  /** Told where each engine's weights came from. */
  onSource?: (source: FaqModelSource) => void;
}

export function cachedFaqEngineBuilder(file: string, onError: (err: unknown, message: string) => void, files: FaqModelFiles = {}): BuildFaqEngine {
  const { modelOf, memo, builtDir, onSource } = files;
  /** `from` read and checked; else reported (a missing file is not), `what` naming it and `instead` what is done. */
  async function read(from: string, what: string, instead: string): Promise<{ model: FaqModel; bytes: Buffer } | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(from);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') onError(err, `cannot read ${what} ${from}: ${instead}`);
      return undefined;
    }
    try {
      return { model: readModel(bytes), bytes };
    } catch (err) {
      onError(err, `${what} ${from} is unusable: ${instead}`);
      return undefined;
    }
  }

  /**
   * The data dir's file (what this node last trained or loaded), else the build's model of the pack (a fresh data dir:
   * a first start, a new node), else none. A data dir's file of an older version is trained over once, as before.
   */
  async function savedFor(pack: FaqPack): Promise<{ model: FaqModel; bytes: Buffer; source: FaqModelSource; from: string } | undefined> {
    const fromDataDir = await read(file, 'the FAQ model cache', builtDir === undefined ? 'training' : "reading the build's model");
    if (fromDataDir) return { ...fromDataDir, source: 'data dir', from: file };
    const built = builtDir === undefined ? undefined : builtModelFile(builtDir, pack);
    const fromBuild = built === undefined ? undefined : await read(built, "the build's FAQ model", 'training');
    return fromBuild && { ...fromBuild, source: 'build', from: built! };
  }

  /**
   * An engine built: where its weights came from told, a training kept. A data dir's file of another pack or version is
   * trained over quietly (an edit, an upgrade); the build's, named by the pack, fits unless stale or tampered with: said.
   */
  async function built(engine: FaqEngine, saved: Awaited<ReturnType<typeof savedFor>>, trained: boolean): Promise<FaqEngine> {
    if (trained && saved?.source === 'build') onError(undefined, `the build's FAQ model ${saved.from} was trained on other questions or by another trainer version: trained`);
    if (trained) await write(engine);
    onSource?.(trained ? 'trained' : saved!.source);
    return engine;
  }

  async function write(engine: FaqEngine): Promise<void> {
    // Written aside and renamed over the old file: a crash mid-write leaves the old file or the new one whole.
    const partial = `${file}.${process.pid}.partial`;
    try {
      await writeFile(partial, exportModel(engine));
      await rename(partial, file);
    } catch (err) {
      onError(err, `cannot write the FAQ model cache ${file}`);
      await rm(partial, { force: true }).catch(() => undefined);
    }
  }

  const memoKey = (bytes: Buffer, pack: FaqPack) => createHash('sha256').update(bytes).update('\0').update(JSON.stringify(pack)).digest('hex');

  /**
   * Tests only (memo): the engine built before from the same bytes of the file savedFor would read (the data dir's, else
   * the build's) and the same pack, found without reading the model in them again (≈50 ms of CPU a test server's start
   * for the wallet pack): bytes that were read into an engine once read the same again. A file that cannot be read, or
   * bytes not seen, go the whole way, which reports what it must.
   */
  async function keptFor(pack: FaqPack): Promise<FaqEngine | undefined> {
    const built = builtDir === undefined ? undefined : builtModelFile(builtDir, pack);
    for (const [from, source] of [[file, 'data dir'], [built, 'build']] as const) {
      if (from === undefined) continue;
      const bytes = await readFile(from).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : null));
      if (bytes === undefined) continue;
      const kept = bytes === null ? undefined : memo!.get(memoKey(bytes, pack));
      if (kept) onSource?.(source);
      return kept;
    }
    return undefined;
  }

  return async (pack, when) => {
    const atStart = when === 'start' || !modelOf;
    const kept = atStart && memo ? await keptFor(pack) : undefined;
    if (kept) return kept;
    const saved = await savedFor(pack);
    if (atStart) {
      const key = memo && saved ? memoKey(saved.bytes, pack) : undefined;
      const engine = createFaqEngine(pack, { model: saved?.model });
      if (engine.modelSource !== 'trained' && key !== undefined) {
        memo!.set(key, engine);
        if (memo!.size > FAQ_ENGINES_KEPT) memo!.delete(memo!.keys().next().value!);
      }
      return built(engine, saved, engine.modelSource === 'trained');
    }
    const { model, trained } = await modelOf(pack, saved?.model);
    return built(createFaqEngine(pack, { model }), saved, trained);
  };
}
