/** The FAQ engine: a validated pack in, ranked answers with a calibrated confidence out. Pure: runs in a browser too. */
export type * from './types.ts';
export { createFaqEngine, exportModel, type EngineOptions } from './engine.ts';
export { readModel, FaqModelError, type FaqModel } from './model.ts';
export { parseFaqPack, FaqPackError, PackMeta, MIN_ALTERNATES, type PackIssue } from './pack-schema.ts';
export { normalizeLocale, matchLocale } from '../protocol/locale.ts';
export { detectLanguage, type LanguageGuess } from './language.ts';
export { isHandoffRequest } from './handoff.ts';
