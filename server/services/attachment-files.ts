import type { Sharp } from 'sharp';
import type { AttachmentType } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';

/** What the first bytes say a file is; `heic` is an image this server may or may not be able to convert. */
export type SniffedType = AttachmentType | 'image/heic';

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** The file's type by its content (magic bytes), never by its name; null for anything not accepted. */
export function sniffType(bytes: Buffer): SniffedType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return 'image/heic';
  return null;
}

/** A decompression bomb (a small file that decodes to gigapixels) is refused before it is decoded. */
const MAX_PIXELS = 40_000_000;
/** Thumbnails fit in this square (twice the widest the transcripts show them). */
export const THUMB_SIZE = 480;

export interface ProcessedFile {
  type: AttachmentType;
  /** What is stored and served: an image re-encoded with no metadata (EXIF, GPS, XMP, comments); a PDF as sent. */
  data: Buffer;
  /** An image's thumbnail (WebP); null for a PDF. */
  thumb: Buffer | null;
}

/**
 * sharp (libvips, a native module: about 0.2 s of CPU to load) is loaded with the first picture, not with the server:
 * a server, or a test's, that never receives one never loads it.
 */
let sharpModule: Promise<typeof import('sharp')> | undefined;
const loadSharp = async () => (await (sharpModule ??= import('sharp'))).default;

/**
 * Check and clean one uploaded file. Images are decoded and encoded again by sharp (libvips): the pixels are
 * turned upright by their EXIF orientation and every metadata block is left behind; a HEIC photo becomes a
 * JPEG when this build of libvips can decode it (sharp's prebuilt one cannot: HEVC is not in it), else it is
 * refused with a hint. Anything that is not PNG, JPEG, WebP, HEIC or PDF by its bytes is refused.
 */
export async function processFile(bytes: Buffer): Promise<ProcessedFile> {
  const sniffed = sniffType(bytes);
  if (sniffed === null) throw new KefuError('unsupported_media_type', 'send a picture (PNG, JPEG, WebP) or a PDF: this file is none of them');
  if (sniffed === 'application/pdf') return { type: sniffed, data: bytes, thumb: null };
  const type: AttachmentType = sniffed === 'image/heic' ? 'image/jpeg' : sniffed;
  const sharp = await loadSharp();
  let upright: Sharp;
  try {
    upright = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const data = await encode(upright.clone(), type);
    const thumb = await upright.clone().resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 72 }).toBuffer();
    return { type, data, thumb };
  } catch (err) {
    if (sniffed === 'image/heic') throw new KefuError('unsupported_media_type', 'HEIC photos cannot be read here: send it as JPEG (iPhone: Settings › Camera › Formats › Most Compatible)');
    throw new KefuError('unsupported_media_type', `this picture cannot be read (${(err as Error).message.slice(0, 80)})`);
  }
}

function encode(image: Sharp, type: Exclude<AttachmentType, 'application/pdf'>): Promise<Buffer> {
  switch (type) {
    case 'image/png':
      return image.png({ compressionLevel: 8 }).toBuffer();
    case 'image/jpeg':
      return image.jpeg({ quality: 88, mozjpeg: true }).toBuffer();
    case 'image/webp':
      return image.webp({ quality: 88 }).toBuffer();
  }
}
