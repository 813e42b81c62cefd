/**
 * Many regex sources tested as one: "does any of them match this text?", the way the request-for-a-person detector asks
 * it of every clause of a long message. A source runs only when the text holds one of the literals that every match of
 * it contains ("agent", "人工", "상담"): most clauses hold none, and a few lookups in a hash table replace the regex runs
 * (on the long dev messages the detector took 159 µs a message, 46 µs with them).
 * The literals are read off each source's syntax (requiredLiterals below), so a source written later gets its own.
 */

/**
 * Source characters an alternation of the sources without literals may reach: beyond a few thousand, V8 stops compiling
 * it to machine code.
 */
const ALTERNATION_CHARS = 1500;

/** The most strings a part of a regex is known to match as a set (more: not known), and the most required literals. */
const MAX_STRINGS = 64;
const MAX_LITERALS = 256;

/** What a part of a regex tells about the texts it matches. */
interface Part {
  /** Every string the part matches (null: too many, or not known). */
  exact: Set<string> | null;
  /** Every match contains one of these (null: nothing is known). */
  required: Set<string> | null;
}

const ANY: Part = { exact: null, required: null };
const EMPTY: Part = { exact: new Set(['']), required: null };

/** The strings of `a` followed by those of `b`, when they are few. */
function product(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b || a.size * b.size > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The better of two required sets: the one whose shortest literal is longer (rarer in text), then the smaller one. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  const usable = (s: Set<string> | null) => s !== null && s.size <= MAX_LITERALS && !s.has('');
  if (!usable(a)) return usable(b) ? b : null;
  if (!usable(b)) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const [la, lb] = [shortest(a!), shortest(b!)];
  return la !== lb ? (la > lb ? a : b) : a!.size <= b!.size ? a : b;
}

/**
 * A sequence of parts: its exact strings, and the best required set of a part or of a run of exact parts (the strings a
 * run matches are a substring of every match of the sequence; a run too long to multiply out starts again).
 */
function sequence(parts: Part[]): Part {
  let required: Set<string> | null = null;
  let exact: Set<string> | null = new Set(['']);
  let run: Set<string> = new Set(['']);
  for (const part of parts) {
    exact = product(exact, part.exact);
    run = part.exact ? (product(run, part.exact) ?? part.exact) : new Set(['']);
    required = better(better(required, part.required), run);
  }
  return { exact, required };
}

/**
 * Branches of an alternation: the strings of them all, and the required literals of them all (each branch needs its own).
 * Each set is added to in place and given up once it is too big (it only grows): the alternations of hundreds of names
 * were copied branch by branch.
 */
function alternation(branches: Part[]): Part {
  if (branches.length === 1) return branches[0]!;
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const branch of branches) {
    exact = exact && branch.exact && addAll(exact, branch.exact, MAX_STRINGS);
    const own: Set<string> | null = required && better(branch.required, branch.exact);
    required = required && own && addAll(required, own, MAX_LITERALS);
  }
  return { exact, required };
}

/** `into` with the strings of `from` added, or null when it then holds more than `most`. */
function addAll(into: Set<string>, from: Set<string>, most: number): Set<string> | null {
  for (const string of from) into.add(string);
  return into.size <= most ? into : null;
}

/** A quantifier, read where an atom ends. */
const QUANTIFIER = /(?:[?*+]|\{(\d+)(,(\d*))?\})\??/y;
/** The first units of a quantifier: a character before one is quantified alone. */
const QUANTIFIER_STARTS = new Set([...'?*+{'].map((c) => c.charCodeAt(0)));
/** Units that mean something in a source; a surrogate is left to atom(), which reads a character whole. */
const SYNTAX = new Set([...'\\^$.|?*+()[]{}'].map((c) => c.charCodeAt(0)));
const isPlain = (unit: number) => !SYNTAX.has(unit) && (unit < 0xd800 || unit > 0xdfff);

/** Reads a regex source (u flag, no back-references) as parts. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Part {
    const part = this.alternation();
    if (this.at < this.source.length) throw new Error(`unexpected ")" at ${this.at} in ${this.source}`);
    return part;
  }

  private alternation(): Part {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') this.at++, branches.push(this.sequence());
    return alternation(branches);
  }

  private sequence(): Part {
    const parts: Part[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') parts.push(this.literalRun() ?? this.quantified(this.atom()));
    return sequence(parts);
  }

  /**
   * Two or more plain characters, none quantified ("cuenta del banco"), as one part: what sequence() makes of them one
   * by one (their string follows the run before them, and that run beats every shorter one), without a part and two
   * sets a character (reading the sources took a quarter of the FAQ modules' import). Its required set is left to that run.
   */
  private literalRun(): Part | null {
    const { source } = this;
    let end = this.at;
    while (end < source.length && isPlain(source.charCodeAt(end)) && !QUANTIFIER_STARTS.has(source.charCodeAt(end + 1))) end++;
    if (end - this.at < 2) return null;
    const literal = source.slice(this.at, end);
    this.at = end;
    return { exact: new Set([literal]), required: null };
  }

  private quantified(part: Part): Part {
    QUANTIFIER.lastIndex = this.at;
    const quantifier = QUANTIFIER.exec(this.source);
    if (!quantifier) return part;
    this.at += quantifier[0].length;
    const min = quantifier[0][0] === '+' ? 1 : quantifier[1] !== undefined ? Number(quantifier[1]) : 0;
    const once = quantifier[1] !== undefined && min === 1 && quantifier[2] === undefined;
    if (once) return part;
    if (min === 0) return { exact: quantifier[0][0] === '?' && part.exact ? new Set(['', ...part.exact]) : null, required: null };
    return { exact: null, required: better(part.required, part.exact) };
  }

  private atom(): Part {
    const char = this.source[this.at]!;
    if (char === '(') return this.group();
    if (char === '[') return this.charClass();
    if (char === '^' || char === '$') return this.at++, EMPTY;
    if (char === '.') return this.at++, ANY;
    if (char === '\\') return this.escape();
    const code = this.source.codePointAt(this.at)!;
    const literal = String.fromCodePoint(code);
    this.at += literal.length;
    return { exact: new Set([literal]), required: new Set([literal]) };
  }

  private group(): Part {
    const head = /^\((\?(?::|=|!|<=|<!|<[A-Za-z]\w*>))?/.exec(this.source.slice(this.at))![0];
    this.at += head.length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group in ${this.source}`);
    this.at++;
    // A lookaround matches no characters.
    return /^\(\?<?[=!]/.test(head) ? EMPTY : inner;
  }

  /** A class of plain characters ([?？]) matches one of them; any other (ranges, \p, negated) is not known. */
  private charClass(): Part {
    const end = /^\[(?:\\.|[^\]\\])*\]/u.exec(this.source.slice(this.at));
    if (!end) throw new Error(`unclosed class in ${this.source}`);
    this.at += end[0].length;
    const body = end[0].slice(1, -1);
    if (body.startsWith('^') || /[-\\]/.test(body)) return ANY;
    const chars = new Set(Array.from(body));
    return { exact: chars, required: chars };
  }

  private escape(): Part {
    const rest = this.source.slice(this.at);
    const letter = rest[1]!;
    if (letter === 'b' || letter === 'B') return (this.at += 2), EMPTY;
    if (/^[pP]\{/.test(rest.slice(1))) return (this.at += rest.indexOf('}') + 1), ANY;
    if (/[dDsSwW]/.test(letter)) return (this.at += 2), ANY;
    if (/[\dk]/.test(letter)) throw new Error(`back-reference in ${this.source}`);
    // A control character (\cJ): one character, not known here.
    if (letter === 'c') return (this.at += 3), ANY;
    const coded = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(rest);
    if (coded) {
      this.at += coded[0].length;
      const literal = String.fromCodePoint(parseInt(coded[1] ?? coded[2] ?? coded[3]!, 16));
      return { exact: new Set([literal]), required: new Set([literal]) };
    }
    if (/[a-zA-Z]/.test(letter)) return (this.at += 2), ANY;
    this.at += 2;
    return { exact: new Set([letter]), required: new Set([letter]) };
  }
}

/** Literals one of which every match of the source contains (null when none is known, e.g. "^\\p{L}+$"). */
export function requiredLiterals(source: string): string[] | null {
  const required = new Reader(source).read().required;
  return required && [...required];
}

/** The most literals a gated regex looks for with includes() before it runs (more: it always runs). */
const MAX_GATE_LITERALS = 8;

/**
 * A regex (flag u alone) run only when the text holds one of the few literals every match of it holds: a few includes()
 * in place of a regex that starts with a class (\p{L}(?:aron|ieron)) and is tried at every position of the text.
 */
export function gatedRegex(regex: RegExp): { test(text: string): boolean } {
  const literals = regex.flags !== 'u' ? null : requiredLiterals(regex.source);
  if (literals === null || literals.length > MAX_GATE_LITERALS) return regex;
  return { test: (text: string) => literals.some((literal) => text.includes(literal)) && regex.test(text) };
}

/** A regex run only when the text holds one of `literals` (null: always run); `source`: its index (-1: joined ones). */
interface Gated {
  regex: () => RegExp;
  literals: string[] | null;
  source: number;
}

/** A test of many sources: true when one of them matches the text. */
export interface PatternSet {
  test(text: string): boolean;
  /**
   * A global regex (flags gu) that finds in `text` what the alternation of all the sources, in their order, finds there:
   * the alternation of those that may match in it. A source none of whose literals the text holds matches nowhere in it,
   * so it never decides which branch matches first. The alternation of some 800 names with their boundaries took 50 to
   * 270 ms to compile on its first use. Its branches are the set's sources, each built as a regex of its own at import
   * (where tests/server/regex-safety checks it), so the alternation is linear too.
   */
  alternationIn(text: string): RegExp;
}

/**
 * Each source's required literals and, when it has some, its regex (flags u: it keeps no state between tests, so sets
 * share it), by source, for the life of the process: the sets are built at import and never let go of them either, and
 * one source stands in several sets (the FAQ modules' sets read 10,756 sources at import, 4,714 distinct ones). The
 * regex is built when a text first holds one of its literals: most sources' literals are in few texts, and building
 * the 4,714 at import was a twentieth of a server's start (5.4 % of a profile's samples).
 */
const GATED_SOURCES = new Map<string, { regex: () => RegExp; literals: string[] } | null>();
function gatedSource(source: string): { regex: () => RegExp; literals: string[] } | null {
  let read = GATED_SOURCES.get(source);
  if (read === undefined) {
    const literals = requiredLiterals(source);
    let regex: RegExp | undefined;
    GATED_SOURCES.set(source, (read = literals && { regex: () => (regex ??= new RegExp(source, 'u')), literals }));
  }
  return read;
}

/** The sources whose regexes are built on first use (see GATED_SOURCES): tests/server/regex-safety checks them. */
export const lazySources = (): string[] => [...GATED_SOURCES].flatMap(([source, read]) => (read ? [source] : []));

/**
 * The sources (u flag; no numbered group or back-reference among them) as one PatternSet. Each source with required
 * literals is a regex of its own, run only when the text holds one of them: a literal most texts hold ("客服", "ig")
 * runs the few sources that need it, not an alternation of thirty, and a small regex compiles in microseconds where an
 * alternation of 1,500 characters took 5–25 ms on its first use. The sources with none are joined into alternations
 * that always run.
 */
export function patternSet(sources: readonly string[]): PatternSet {
  const gated: Gated[] = [];
  let group: string[] = [];
  let length = 0;
  const close = () => {
    if (group.length > 0) {
      const regex = new RegExp(group.join('|'), 'u');
      gated.push({ regex: () => regex, literals: null, source: -1 });
    }
    (group = []), (length = 0);
  };
  const unGated: number[] = [];
  sources.forEach((source, index) => {
    const read = gatedSource(source);
    if (read) {
      gated.push({ ...read, source: index });
      return;
    }
    unGated.push(index);
    if (length + source.length > ALTERNATION_CHARS) close();
    group.push(`(?:${source})`);
    length += source.length + 5;
  });
  close();
  return literalIndex(gated, sources, unGated);
}

/** The alternations built by alternationIn, by the sources they join; emptied when it holds this many. */
const ALTERNATIONS_KEPT = 256;

/**
 * Literals are looked up by their first UTF-16 units, up to this many, hashed into a table of chains: 2^n of them, for
 * the least n with 4 slots or more per key (a literal's keys: its first 1 to KEY_UNITS units), at most 2^MAX_TABLE_BITS.
 */
const KEY_UNITS = 4;
const MAX_TABLE_BITS = 16;
/** The hash of a literal's first units, one unit at a time. */
const hashed = (hash: number, unit: number) => (Math.imul(hash, 31) + unit) | 0;
/** The slot of a hash of `units` units in a table of 2^(32 − shift) slots. */
const slot = (hash: number, units: number, shift: number) => Math.imul(hash ^ units, 0x9e3779b1) >>> shift;

/**
 * The regexes behind a hash table of their literals by their first units: a text is scanned once, each position looked
 * up with the hashes of its next one to KEY_UNITS units, as long as some literal starts with those units (typed
 * arrays: no allocation, no string built), and only the regexes one of whose literals it holds are run.
 */
function literalIndex(gated: readonly Gated[], sources: readonly string[], unGated: readonly number[]): PatternSet {
  const always = gated.filter((g) => g.literals === null).map((g) => g.regex());
  // Each literal once, with the regexes that need it: those of literal l are owners[ownerAt[l]] to owners[ownerAt[l + 1] − 1].
  const regexesOf = new Map<string, number[]>();
  gated.forEach((g, r) => {
    for (const literal of g.literals ?? []) (regexesOf.get(literal) ?? regexesOf.set(literal, []).get(literal)!).push(r);
  });
  const literals = [...regexesOf.keys()];
  const owners = Int32Array.from([...regexesOf.values()].flat());
  const ownerAt = new Int32Array(literals.length + 1);
  literals.forEach((literal, l) => (ownerAt[l + 1] = ownerAt[l]! + regexesOf.get(literal)!.length));
  const next: number[] = [];
  let keys = 0;
  for (const literal of literals) keys += Math.min(literal.length, KEY_UNITS);
  const shift = 32 - Math.min(MAX_TABLE_BITS, Math.ceil(Math.log2(4 * keys + 2)));
  // One read a probe (a small table stays in the cache): a slot holds 2 × (the first literal of its chain + 1), plus 1
  // when the hash of some literal's first n units lands there and the literal is keyed by more than n.
  const table = new Int32Array(2 ** (32 - shift));
  literals.forEach((literal, l) => {
    const units = Math.min(literal.length, KEY_UNITS);
    let hash = 0;
    for (let i = 0; i < units; i++) {
      if (i > 0) table[slot(hash, i, shift)]! |= 1;
      hash = hashed(hash, literal.charCodeAt(i));
    }
    const at = slot(hash, units, shift);
    next.push((table[at]! >> 1) - 1), (table[at] = ((l + 1) << 1) | (table[at]! & 1));
  });
  // The regexes a text's literals flag, marked and listed (each once) while it is tested.
  const flagged = new Uint8Array(gated.length);
  const toRun = new Int32Array(gated.length);
  /** Flags and lists in toRun the regexes one of whose literals the text holds; returns how many (unflag them after). */
  const flag = (text: string): number => {
    let runs = 0;
    for (let at = 0; at < text.length; at++) {
      let hash = 0;
      for (let units = 1; units <= KEY_UNITS && at + units <= text.length; units++) {
        hash = hashed(hash, text.charCodeAt(at + units - 1));
        const cell = table[slot(hash, units, shift)]!;
        for (let l = (cell >> 1) - 1; l >= 0; l = next[l]!) {
          if (!text.startsWith(literals[l]!, at)) continue;
          for (let o = ownerAt[l]!; o < ownerAt[l + 1]!; o++) if (flagged[owners[o]!] === 0) (flagged[owners[o]!] = 1), (toRun[runs++] = owners[o]!);
        }
        if ((cell & 1) === 0) break;
      }
    }
    return runs;
  };
  const alternations = new Map<string, RegExp>();
  return {
    test(text: string): boolean {
      for (const regex of always) if (regex.test(text)) return true;
      const runs = flag(text);
      let found = false;
      for (let i = 0; i < runs; i++) {
        flagged[toRun[i]!] = 0;
        if (!found && gated[toRun[i]!]!.regex().test(text)) found = true;
      }
      return found;
    },
    alternationIn(text: string): RegExp {
      const runs = flag(text);
      const joined = [...unGated];
      for (let i = 0; i < runs; i++) (flagged[toRun[i]!] = 0), joined.push(gated[toRun[i]!]!.source);
      const key = joined.sort((a, b) => a - b).join(',');
      let regex = alternations.get(key);
      if (regex === undefined) {
        if (alternations.size >= ALTERNATIONS_KEPT) alternations.clear();
        const source = joined.length > 0 ? joined.map((s) => `(?:${sources[s]})`).join('|') : '(?!)';
        alternations.set(key, (regex = new RegExp(source, 'gu')));
      }
      return regex;
    },
  };
}
