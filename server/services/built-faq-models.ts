import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FaqPack } from '../../faq/index.ts';
import { ROOT } from '../paths.ts';

/** Where `npm run build` writes the shipped pack's trained model (scripts/train-shipped-faq.ts). */
export const BUILT_FAQ_MODELS = path.join(ROOT, 'dist/faq-models');

/**
 * The build's model of `pack` in `dir` (dist/faq-models): named by the hash of the pack it was trained on, so a pack
 * other than the one trained (an admin's edit, KEFU_FAQ_PACK_DIR) has none. The name says only which pack: the engine
 * still uses the weights only when their key (the pack's questions, the options, TRAINER_VERSION) is the pack's.
 */
export const builtModelFile = (dir: string, pack: FaqPack): string => path.join(dir, `${createHash('sha256').update(JSON.stringify(pack)).digest('hex')}.bin`);
