import { floatBits, WordHash } from './classifier.ts';
import type { SavedRecogniser } from './handoff-learned.ts';

/**
 * The engine's trained classifier as bytes, so that a server can keep it beside its data and build the same
 * engine again without training (training is most of the build). Pure: bytes in, bytes out; where they are
 * kept is the caller's business.
 *
 * Layout: "KEFUFAQM", then little-endian u32 format version and u32 header length, the header (UTF-8 JSON:
 * key, classes, features, hash of the weights, thresholds; the handoff backstop's key, bias, word features, count of
 * number features and hash), zero padding to a multiple of 4, then classes × features little-endian float32 weights
 * (row-major: feature × class), then the backstop's little-endian float64s: its number features, then the weights of
 * its number features and of its word features.
 */
export interface FaqModel {
  /** What the weights were trained on (see trainingKey in classifier.ts): an engine uses them only for the same key. */
  key: string;
  classes: number;
  features: number;
  weights: Float32Array;
  /**
   * The thresholds fitted to the pack these weights were trained on (faq/thresholds.ts), when the engine fitted them:
   * the pack's, and the answer threshold of each language fitted on its own.
   */
  thresholds?: { answer: number; suggest: number; answerByLocale?: Record<string, number> };
  /** The learned handoff backstop trained with the pack (handoff-learned.ts): used when its own key is the pack's. */
  handoff?: SavedRecogniser;
}

export class FaqModelError extends Error {
  override name = 'FaqModelError';
}

const MAGIC = 'KEFUFAQM';
const FORMAT = 2;
const PREFIX = MAGIC.length + 8;

const weightsHash = (weights: Float32Array): string => {
  const hash = new WordHash();
  hash.addWords(floatBits(weights));
  return hash.digest();
};

/** The backstop's features split as the file keeps them: the numbers (all first, see trainRecogniser), then the words. */
function splitFeatures(handoff: SavedRecogniser): { numbers: Float64Array; words: string[] } {
  const words = handoff.features.filter((f): f is string => typeof f === 'string');
  const numbers = Float64Array.from(handoff.features.slice(0, handoff.features.length - words.length) as number[]);
  if (numbers.some((n) => !Number.isSafeInteger(n))) throw new Error('the handoff features are not the numbers first, then the words');
  return { numbers, words };
}

const handoffHash = (numbers: Float64Array, words: readonly string[], weights: Float64Array): string => {
  const hash = new WordHash();
  hash.addWords(new Uint32Array(numbers.buffer, numbers.byteOffset, 2 * numbers.length));
  hash.addWords(new Uint32Array(weights.buffer, weights.byteOffset, 2 * weights.length));
  for (const word of words) {
    hash.add(word.length);
    for (let i = 0; i < word.length; i++) hash.add(word.charCodeAt(i));
  }
  return hash.digest();
};

export function encodeModel(model: FaqModel): Uint8Array {
  const handoff = model.handoff && { ...model.handoff, ...splitFeatures(model.handoff) };
  const header = new TextEncoder().encode(
    JSON.stringify({
      key: model.key,
      classes: model.classes,
      features: model.features,
      weights: weightsHash(model.weights),
      thresholds: model.thresholds,
      handoff: handoff && { key: handoff.key, bias: handoff.bias, words: handoff.words, numbers: handoff.numbers.length, hash: handoffHash(handoff.numbers, handoff.words, handoff.weights) },
    }),
  );
  const start = Math.ceil((PREFIX + header.length) / 4) * 4;
  const tail = start + 4 * model.weights.length;
  const bytes = new Uint8Array(tail + (handoff ? 8 * (handoff.numbers.length + handoff.weights.length) : 0));
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC));
  view.setUint32(MAGIC.length, FORMAT, true);
  view.setUint32(MAGIC.length + 4, header.length, true);
  bytes.set(header, PREFIX);
  for (let i = 0; i < model.weights.length; i++) view.setFloat32(start + 4 * i, model.weights[i]!, true);
  if (handoff) [...handoff.numbers, ...handoff.weights].forEach((x, i) => view.setFloat64(tail + 8 * i, x, true));
  return bytes;
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;

/** The backstop's part of the header (see encodeModel). */
interface HandoffHeader {
  key: string;
  bias: number;
  words: string[];
  numbers: number;
  hash: string;
}

function isHandoffHeader(h: unknown): h is HandoffHeader {
  const { key, bias, words, numbers, hash } = (h ?? {}) as Partial<Record<keyof HandoffHeader, unknown>>;
  const isWords = Array.isArray(words) && words.every((w) => typeof w === 'string');
  return typeof key === 'string' && Number.isFinite(bias) && isWords && (numbers === 0 || isCount(numbers)) && typeof hash === 'string';
}

/** Throws FaqModelError when the bytes are not a whole model of this format. */
export function readModel(bytes: Uint8Array): FaqModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < PREFIX || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new FaqModelError('not a FAQ model');
  const format = view.getUint32(MAGIC.length, true);
  if (format !== FORMAT) throw new FaqModelError(`FAQ model format ${format}, expected ${FORMAT}`);
  const headerLength = view.getUint32(MAGIC.length + 4, true);
  let header: { key?: unknown; classes?: unknown; features?: unknown; weights?: unknown; thresholds?: unknown; handoff?: unknown };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + headerLength))) as typeof header;
  } catch {
    throw new FaqModelError('the FAQ model header is not JSON');
  }
  const { key, classes, features } = header;
  if (typeof key !== 'string' || !isCount(classes) || !isCount(features)) throw new FaqModelError('the FAQ model header is incomplete');
  const handoff = header.handoff;
  if (handoff !== undefined && !isHandoffHeader(handoff)) throw new FaqModelError('the FAQ model handoff header is incomplete');
  const start = Math.ceil((PREFIX + headerLength) / 4) * 4;
  const tail = start + 4 * classes * features;
  const handoffLength = handoff ? 2 * handoff.numbers + handoff.words.length : 0;
  if (bytes.length !== tail + 8 * handoffLength) throw new FaqModelError(`the FAQ model is ${bytes.length} bytes, expected ${tail + 8 * handoffLength}`);
  const weights = new Float32Array(classes * features);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getFloat32(start + 4 * i, true);
  if (weightsHash(weights) !== header.weights) throw new FaqModelError('the FAQ model weights do not match their hash');
  const model: FaqModel = { key, classes, features, weights };
  const thresholds = header.thresholds as { answer?: unknown; suggest?: unknown; answerByLocale?: unknown } | undefined;
  if (thresholds !== undefined) {
    const isShare = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 1;
    if (!isShare(thresholds.answer) || !isShare(thresholds.suggest)) throw new FaqModelError('the FAQ model thresholds are not two numbers in [0, 1]');
    model.thresholds = { answer: thresholds.answer, suggest: thresholds.suggest };
    const byLocale = thresholds.answerByLocale;
    if (byLocale !== undefined) {
      const isRecord = typeof byLocale === 'object' && byLocale !== null && !Array.isArray(byLocale);
      if (!isRecord || !Object.values(byLocale).every(isShare)) throw new FaqModelError('the FAQ model\'s per-language answer thresholds are not numbers in [0, 1]');
      model.thresholds.answerByLocale = { ...(byLocale as Record<string, number>) };
    }
  }
  if (handoff) model.handoff = readHandoff(view, tail, handoff);
  return model;
}

function readHandoff(view: DataView, at: number, header: HandoffHeader): SavedRecogniser {
  const float64s = Float64Array.from({ length: 2 * header.numbers + header.words.length }, (_, i) => view.getFloat64(at + 8 * i, true));
  const numbers = float64s.subarray(0, header.numbers);
  const weights = float64s.slice(header.numbers);
  if (handoffHash(numbers, header.words, weights) !== header.hash) throw new FaqModelError('the FAQ model handoff weights do not match their hash');
  return { key: header.key, bias: header.bias, features: [...numbers, ...header.words], weights };
}
