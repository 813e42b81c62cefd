import { parentPort } from 'node:worker_threads';
import { serveDraftTries } from './faq-try.ts';

/** The worker thread that trains FAQ drafts off the event loop (started by faq-draft-trainer.ts; built beside main.js). */
serveDraftTries(parentPort!);
