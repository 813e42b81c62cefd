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
 */
export type BuildFaqEngine = (pack: FaqPack) => Promise<FaqEngine>;

export function cachedFaqEngineBuilder(file: string, onError: (err: unknown, message: string) => void): BuildFaqEngine {
  async function read(): Promise<FaqModel | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') onError(err, `cannot read the FAQ model cache ${file}: training`);
      return undefined;
    }
    try {
      return readModel(bytes);
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

  return async (pack) => {
    const engine = createFaqEngine(pack, { model: await read() });
    if (engine.modelSource === 'trained') await write(engine);
    return engine;
  };
}
