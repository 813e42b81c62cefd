import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createFaqEngine, exportModel, readModel, type FaqEngine, type FaqModel, type FaqPack } from '../../faq/index.ts';

/**
 * The FAQ classifier's trained weights, with the thresholds fitted with them, kept in one file beside the database
 * (`<data dir>/faq-model.bin`), so a restart with the same pack loads them instead of training (most of an engine
 * build: four trainings when the thresholds are fitted). The file carries the key
 * of what it was trained on (a hash of the training questions as the engine sees them, the training options and
 * the trainer version); the engine uses it only when that key is the pack's, so an edited pack, an upgrade that
 * trains differently or a corrupt file means training as before, and then the file is rewritten. Never fatal:
 * a file that cannot be read or written is reported and the engine is trained.
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

export function cachedFaqEngineBuilder(
  file: string,
  onError: (err: unknown, message: string) => void,
  modelOf?: (pack: FaqPack, saved: FaqModel | undefined) => Promise<{ model: FaqModel; trained: boolean }>,
  memo?: FaqEngineMemo,
): BuildFaqEngine {
  async function read(): Promise<{ model: FaqModel; bytes: Buffer } | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') onError(err, `cannot read the FAQ model cache ${file}: training`);
      return undefined;
    }
    try {
      return { model: readModel(bytes), bytes };
    } catch (err) {
      onError(err, `the FAQ model cache ${file} is unusable: training`);
      return undefined;
    }
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

  return async (pack, when) => {
    const saved = await read();
    if (when === 'start' || !modelOf) {
      const key = memo && saved ? createHash('sha256').update(saved.bytes).update('\0').update(JSON.stringify(pack)).digest('hex') : undefined;
      const kept = key === undefined ? undefined : memo!.get(key);
      if (kept) return kept;
      const engine = createFaqEngine(pack, { model: saved?.model });
      if (engine.modelSource === 'trained') await write(engine);
      else if (key !== undefined) {
        memo!.set(key, engine);
        if (memo!.size > FAQ_ENGINES_KEPT) memo!.delete(memo!.keys().next().value!);
      }
      return engine;
    }
    const { model, trained } = await modelOf(pack, saved?.model);
    const engine = createFaqEngine(pack, { model });
    if (trained) await write(engine);
    return engine;
  };
}
