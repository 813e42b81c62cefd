import { patternSet } from './pattern-set.ts';
import { WALLET_NAMED_WORDS } from './other-things.ts';
import { normalizeText } from './normalize.ts';

/**
 * A phone locked to its carrier and unlocked by it ("my verizon phone is locked to the carrier", "怎么解手机的网络锁",
 * "auのスマホのSIMロックを解除したい", "유심 잠금 해제", "cómo libero mi celular de Movistar"; session 39): the carrier's to
 * do, whatever the visitor's words share with freeze-account's locking and unlocking. Written for the project from general
 * knowledge of each market, never copied from an evaluation set. Each source is bounded (no unbounded run between words),
 * as normalizeText leaves the text: lower case, no accents or marks, Traditional folded to Simplified.
 */
const CARRIER_LOCK_SOURCES: readonly string[] = [
  // English: a carrier, network or SIM lock, or a phone locked to (or unlocked from) its carrier
  '(?<![\\p{L}\\p{N}])(?:carrier|network|sim) ?(?:un)?lock(?:ed|ing|s)?(?![\\p{L}\\p{N}])',
  '(?<![\\p{L}\\p{N}])locked (?:to|by|with) (?:the |my |a |its |their )?(?:carrier|network|provider)s?(?![\\p{L}\\p{N}])',
  '(?<![\\p{L}\\p{N}])unlock(?:ed|ing)? (?:(?:my|the|a|this|it) )?(?:[a-z]{1,12} ){0,2}from (?:the |my |its )?(?:carrier|network|provider)s?(?![\\p{L}\\p{N}])',
  // Chinese: a network lock, a locked or contract phone, a SIM lock
  '网络锁', '有锁机', '有锁的手机', '卡贴机', '运营商锁', '锁运营商', '合约机解锁', '(?<![\\p{Script=Latin}])sim ?(?:卡)?锁(?!屏)',
  // Japanese: SIM ロック and its unlocking (SIMフリー化)
  '(?<![\\p{Script=Latin}])sim ?(?:ロック|フリー化)', 'シムロック',
  // Korean: a USIM, carrier or country lock
  '(?<![\\p{L}\\p{N}])(?:유심|usim) ?(?:잠금|락)', '(?<![\\p{L}\\p{N}])통신사 ?(?:잠금|락)', '컨트리 ?락',
  // Spanish: a phone freed (liberar) from its company, or locked to it
  '(?<![\\p{L}\\p{N}])liber(?:ar|arlo|o|e|a|an|en|aron|acion|ado|ada)(?: (?:mi|el|tu|su|un|este|los|mis))? (?:celular|cel|telefono|movil|equipo|iphone|smartphone|celulares|telefonos)(?![\\p{L}\\p{N}])',
  '(?<![\\p{L}\\p{N}])(?:celular|telefono|movil|equipo) liberad[oa](?![\\p{L}\\p{N}])',
  '(?<![\\p{L}\\p{N}])bloquead[oa] (?:a|por|con|para) (?:la |el |mi |su )?(?:compania|operador|operadora|red)(?![\\p{L}\\p{N}])',
  '(?<![\\p{L}\\p{N}])desbloque(?:ar|o|e|a|arlo)? (?:de |del |por )?(?:la |el )?(?:red|operador|operadora|compania)(?![\\p{L}\\p{N}])',
];
const CARRIER_LOCK = patternSet([...CARRIER_LOCK_SOURCES]);
const WALLET_NAMED = new RegExp(
  [...new Set(WALLET_NAMED_WORDS.map(normalizeText))].map((w) => (/^[a-z ]+$/.test(w) ? `(?<![\\p{L}])${w}(?![\\p{L}])` : w)).join('|'),
  'u',
);

/** Whether normalised text asks about a phone's carrier lock (see CARRIER_LOCK_SOURCES) with nothing of the wallet's named. */
export const asksCarrierUnlock = (normalized: string): boolean => CARRIER_LOCK.test(normalized) && !WALLET_NAMED.test(normalized);
