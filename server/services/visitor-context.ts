import { maskCardNumbers, type CardMaskStyle } from '../../protocol/index.ts';
import type { VisitorContext } from '../storage/types.ts';

const decoded = (path: string): string => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

/**
 * A page address as it is stored: scheme, host and path only. A query or a fragment can hold a card number or a
 * secret (`?card=…`, `#access_token=…`) and user info a password; none is kept, even from an old loader or a
 * hand-made hello. The path is decoded (a card typed into it is found) and card numbers in its segments are masked.
 */
export function storedPageUrl(url: string, style: CardMaskStyle): string {
  let origin = '';
  let path: string;
  try {
    const u = new URL(url);
    origin = `${u.protocol}//${u.host}`;
    path = u.pathname;
  } catch {
    path = url.split(/[?#]/, 1)[0]!;
  }
  // Segment by segment: a card number is a whole segment (`/pay/4111…`), which in running text would read as glued to the `/`.
  return origin + path.split('/').map((segment) => maskCardNumbers(decoded(segment), style)).join('/');
}

/** The visitor's context as it is stored: the page address cut to origin + path, every text card-masked like messages. */
export function storedVisitorContext(context: VisitorContext, style: CardMaskStyle): VisitorContext {
  const text = (value: string | null) => (value === null ? null : maskCardNumbers(value, style));
  return {
    pageUrl: context.pageUrl === null ? null : storedPageUrl(context.pageUrl, style),
    pageTitle: text(context.pageTitle),
    userAgent: text(context.userAgent),
    site: context.site,
  };
}
