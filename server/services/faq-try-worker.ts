import { parentPort } from 'node:worker_threads';
import { serveTrainings } from './faq-try.ts';

/** The worker thread that trains FAQ engines off the event loop: drafts tried, and packs saved or loaded from another node (started by faq-draft-trainer.ts; built beside main.js). */
serveTrainings(parentPort!);
