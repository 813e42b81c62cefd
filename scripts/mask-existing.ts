/**
 * `npm run mask-existing`: mask card numbers stored before masking was on, in the database of the
 * configured data directory (KEFU_DATA_DIR), with the configured style (KEFU_CARD_MASK).
 */
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { maskStoredCardNumbers } from '../server/storage/sqlite-card-masking.ts';

const config = loadConfig();
const file = path.join(config.dataDir, 'kefu.sqlite');
const report = maskStoredCardNumbers(file, config.cardMask);
for (const [column, { scanned, masked }] of Object.entries(report)) console.log(`${column}: ${masked} of ${scanned} rows masked`);
