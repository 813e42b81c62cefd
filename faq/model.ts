import { floatBits, WordHash } from './classifier.ts';

/**
 * The engine's trained classifier as bytes, so that a server can keep it beside its data and build the same
 * engine again without training (training is most of the build). Pure: bytes in, bytes out; where they are
 * kept is the caller's business.
 *
 * Layout: "KEFUFAQM", then little-endian u32 format version and u32 header length, the header (UTF-8 JSON:
 * key, classes, features, hash of the weights), zero padding to a multiple of 4, then classes × features
 * little-endian float32 weights (row-major: feature × class).
 */
export interface FaqModel {
  /** What the weights were trained on (see trainingKey in classifier.ts): an engine uses them only for the same key. */
  key: string;
  classes: number;
  features: number;
  weights: Float32Array;
  /** The thresholds fitted to the pack these weights were trained on (faq/thresholds.ts), when the engine fitted them. */
  thresholds?: { answer: number; suggest: number };
}

export class FaqModelError extends Error {
  override name = 'FaqModelError';
}

const MAGIC = 'KEFUFAQM';
const FORMAT = 1;
const PREFIX = MAGIC.length + 8;

const weightsHash = (weights: Float32Array): string => {
  const hash = new WordHash();
  hash.addWords(floatBits(weights));
  return hash.digest();
};

export function encodeModel(model: FaqModel): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ key: model.key, classes: model.classes, features: model.features, weights: weightsHash(model.weights), thresholds: model.thresholds }),
  );
  const start = Math.ceil((PREFIX + header.length) / 4) * 4;
  const bytes = new Uint8Array(start + 4 * model.weights.length);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC));
  view.setUint32(MAGIC.length, FORMAT, true);
  view.setUint32(MAGIC.length + 4, header.length, true);
  bytes.set(header, PREFIX);
  for (let i = 0; i < model.weights.length; i++) view.setFloat32(start + 4 * i, model.weights[i]!, true);
  return bytes;
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;

/** Throws FaqModelError when the bytes are not a whole model of this format. */
export function readModel(bytes: Uint8Array): FaqModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < PREFIX || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new FaqModelError('not a FAQ model');
  const format = view.getUint32(MAGIC.length, true);
  if (format !== FORMAT) throw new FaqModelError(`FAQ model format ${format}, expected ${FORMAT}`);
  const headerLength = view.getUint32(MAGIC.length + 4, true);
  let header: { key?: unknown; classes?: unknown; features?: unknown; weights?: unknown; thresholds?: unknown };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + headerLength))) as typeof header;
  } catch {
    throw new FaqModelError('the FAQ model header is not JSON');
  }
  const { key, classes, features } = header;
  if (typeof key !== 'string' || !isCount(classes) || !isCount(features)) throw new FaqModelError('the FAQ model header is incomplete');
  const start = Math.ceil((PREFIX + headerLength) / 4) * 4;
  if (bytes.length !== start + 4 * classes * features) throw new FaqModelError(`the FAQ model is ${bytes.length} bytes, expected ${start + 4 * classes * features}`);
  const weights = new Float32Array(classes * features);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getFloat32(start + 4 * i, true);
  if (weightsHash(weights) !== header.weights) throw new FaqModelError('the FAQ model weights do not match their hash');
  const thresholds = header.thresholds as { answer?: unknown; suggest?: unknown } | undefined;
  if (thresholds === undefined) return { key, classes, features, weights };
  const isShare = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 1;
  if (!isShare(thresholds.answer) || !isShare(thresholds.suggest)) throw new FaqModelError('the FAQ model thresholds are not two numbers in [0, 1]');
  return { key, classes, features, weights, thresholds: { answer: thresholds.answer, suggest: thresholds.suggest } };
}
