import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { check } from 'recheck';
import { parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * Finding 1: no regex in protocol/, server/ or faq/ may take super-linear time on some input (ReDoS). Every
 * regex literal in their sources is found with a parser (Vite's, oxc) and checked with recheck; the regexes the
 * code builds with `new RegExp(…)` at import are recorded as they are built and checked too. A new
 * super-linear regex fails this test, naming its file.
 */
const ROOT = path.join(import.meta.dirname, '../..');
const FOLDERS = ['protocol', 'server', 'faq'];

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [file] : [];
  });
}

function literalRegexes(): { found: Found[]; built: string[] } {
  const found: Found[] = [];
  const built: string[] = [];
  for (const file of FOLDERS.flatMap((f) => sourceFiles(path.join(ROOT, f)))) {
    const where = path.relative(ROOT, file);
    const { program } = parseSync(file, readFileSync(file, 'utf8'), { lang: file.endsWith('x') ? 'tsx' : 'ts' });
    new Visitor({
      Literal(node) {
        if ('regex' in node && node.regex) found.push({ where, source: node.regex.pattern, flags: node.regex.flags });
      },
      NewExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'RegExp') built.push(where);
      },
    }).visit(program);
  }
  return { found, built };
}

/** The regexes modules build at import, recorded by a RegExp that remembers its sources while they load. */
async function builtRegexes(files: string[]): Promise<Found[]> {
  const seen: Found[] = [];
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args);
      seen.push({ where: 'new RegExp', source: made.source, flags: made.flags });
      return made;
    },
  });
  try {
    for (const file of new Set(files)) await import(`${path.join(ROOT, file)}?regex-safety`);
  } finally {
    globalThis.RegExp = Original;
  }
  // The pattern sets' sources whose regexes are built on first use (faq/pattern-set.ts), as every one of them would be.
  const { lazySources } = await import('../../faq/pattern-set.ts');
  for (const source of lazySources()) seen.push({ where: 'pattern set', source, flags: 'u' });
  return seen;
}

/**
 * recheck's limits in steps (characters its VM reads), never in time. Its time limits by default (an attack string
 * that takes over a second to match is taken as proof, a check over `timeout` is "timeout") made the verdict depend on
 * how loaded the machine was: faq/two-intents.ts's CONNECTOR was "vulnerable" in one run and "safe" in the next with the
 * same seed. With every time limit off, a verdict depends on the pattern and the seed alone. Recall validation (matching
 * the attack with the real engine, in time) stays off, as by default.
 */
const STEPS_ONLY = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, recallTimeout: -1 } as const;

/** The alternatives of `source`'s top-level alternation (`a|b|c`: ['a', 'b', 'c']; no `|` outside groups: [source]). */
function alternatives(source: string): string[] {
  const cuts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) cuts.push(source.slice(start, i)), (start = i + 1);
  }
  return [...cuts, source.slice(start)];
}

/** Where the group opening at `open` closes (the index of its `)`), skipping escapes and classes; -1 if it does not. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The lookarounds (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`) `source` begins with, as one string ('' when none). */
function leadingLookarounds(source: string): string {
  let end = 0;
  while (/^\(\?<?[=!]/.test(source.slice(end))) {
    const close = groupEnd(source, end);
    if (close < 0) break;
    end = close + 1;
  }
  return source.slice(0, end);
}

/**
 * The branches of a top-level alternation `a|b|c` (or of `(?:a|b|c)` spanning the whole source), each checked on its own.
 * A backtracking engine tries the branches in turn at each start position, and without back-references one branch's
 * try leaves nothing for the next to read, so the steps of the whole at a position are at most the sum of its branches'
 * steps: when every branch runs in linear time the whole does too (and a branch that does not is named on its own). It
 * is also quicker: faq/pattern-set.ts joins up to 1,500 characters of sources into one alternation, which recheck could
 * only fuzz (38 s for one of them), while most branches alone fit its automaton checker, which decides in milliseconds
 * and misses nothing. A source with a back-reference, or with the `v` flag's nested classes, is checked whole.
 *
 * The same holds between lookarounds, `G(?:a|b|c)H` with G and H nothing but lookarounds (the FAQ's word lists:
 * `(?<![\p{L}\p{N}])(?:…hundreds of phrases…)(?![\p{L}\p{N}])`): at a start G is read, then each branch followed by H,
 * so the steps are at most those of `GaH`, `GbH` and `GcH` together. Each branch keeps both guards, as what it costs
 * depends on them: `\p{L}+x` alone is degree 2 (it starts anywhere in a run of letters), after `(?<![\p{L}\p{N}])` it is
 * linear; `(?:a|a)*` alone matches at once, before `(?![\p{L}\p{N}])` it is exponential. recheck fuzzed such a list
 * whole (a lookaround keeps a regex from its automaton checker): 75 s for the largest. Its branches without a loop (no
 * `*`, `+` or `{n,}`) are decided at once, and only the few with one are fuzzed, each a small regex.
 */
function branches(source: string, flags: string): string[] {
  if (flags.includes('v') || /\\(?:[1-9]|k<)/.test(source)) return [source];
  const parts = alternatives(source);
  if (parts.length > 1) return parts.flatMap((branch) => branches(branch, flags));
  const before = leadingLookarounds(source);
  if (!source.startsWith('(?:', before.length)) return [source];
  const close = groupEnd(source, before.length);
  const after = source.slice(close + 1);
  if (leadingLookarounds(after) !== after) return [source];
  return alternatives(source.slice(before.length + 3, close)).flatMap((branch) => branches(`${before}${branch}${after}`, flags));
}

/** Each branch of each regex once (by source and flags), named where its regex was found. */
function uniqueBranches(regexes: Found[]): Found[] {
  const all = regexes.flatMap((r) => branches(r.source, r.flags).map((source) => ({ ...r, source })));
  return [...new Map(all.map((r) => [`${r.source}/${r.flags}`, r])).values()];
}

/**
 * Whether `source` is linear as it reads: no quantifier but `?` (no `*`, `+` or `{…}`) outside its escapes and classes, no
 * back-reference and no `v` flag (nested classes, which this reading does not follow). Such a branch matches strings of
 * bounded length: at each start a backtracking engine walks at most its finitely many paths, steps bounded by the
 * pattern alone, so a scan is linear in the input. They are not sent to recheck: most branches are such phrases of the
 * FAQ's word lists (13,613 of the tree's 13,906 when this was written, 3,377 of them with a `?`; recheck said "safe" on
 * each, in ≈20 % of its time). The last test shows which are and which are not, and recheck's agreement.
 */
function linearAsItReads(source: string, flags: string): boolean {
  if (flags.includes('v') || /\\(?:[1-9]|k<)/.test(source)) return false;
  const bare = source
    .replace(/\\[pPu]\{[^}]*\}|\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\(\?(?:<?[=!]|:|<[^>]*>)/g, '(');
  return !/[*+{]/.test(bare);
}

/** The `g` and `y` flags change nothing about one match; a fixed seed makes recheck's fuzzing repeatable. */
const CHECKED_AS = (r: Found) => ({ source: r.source, flags: r.flags.replace(/[gy]/g, '') });
const OPTIONS = { ...STEPS_ONLY, randomSeed: 20261201 } as const;

async function verdict(r: Found): Promise<string | null> {
  const { source, flags } = CHECKED_AS(r);
  const result = await check(source, flags, OPTIONS);
  if (result.status === 'safe') return null;
  const complexity = result.status === 'vulnerable' ? ` (${result.complexity.type}${'degree' in result.complexity ? ` degree ${result.complexity.degree}` : ''})` : '';
  return `${r.where}: /${r.source.length > 120 ? `${r.source.slice(0, 120)}…` : r.source}/${r.flags} is ${result.status}${complexity}`;
}

/**
 * The verdicts that are not "safe". recheck starts its agent (a native binary that checks on a thread per core) on the
 * first call, and each call made before that one returns would start another: the first alone, then the rest at once.
 */
async function unsafe(regexes: Found[]): Promise<string[]> {
  const [first, ...rest] = regexes.filter((r) => !linearAsItReads(r.source, r.flags));
  const verdicts = first ? [await verdict(first), ...(await Promise.all(rest.map(verdict)))] : [];
  return verdicts.filter((v) => v !== null);
}

/**
 * The branches recheck has found safe, recorded (regex-safety.safe.txt): a verdict depends on the branch, recheck's
 * version and the options alone (every time limit off, a fixed seed), so a branch recorded under the same version and
 * options is not checked again; one not recorded (new, or changed by a character) is. The record holds the sha-256 of
 * each safe branch as checked (`flags/source`) under a first line naming the version and the options: another version
 * or other options and none is taken. Checking them all took 56 s of the 584 of an idle fresh-clone run (108 branches
 * with a lookaround that recheck can only fuzz, 25 s for the largest). Recorded again, when the regexes have changed,
 * by `KEFU_RECORD_SAFE_REGEXES=1 npx vitest run tests/server/regex-safety.test.ts`, which checks every branch.
 */
const RECORD = path.join(import.meta.dirname, 'regex-safety.safe.txt');
const RECORD_KEY = `recheck ${(createRequire(import.meta.url)('recheck/package.json') as { version: string }).version} ${JSON.stringify(OPTIONS)}`;
const branchHash = (r: Found) => {
  const { source, flags } = CHECKED_AS(r);
  return createHash('sha256').update(`${flags}/${source}`).digest('hex');
};

function recordedSafe(): Set<string> {
  if (process.env.KEFU_RECORD_SAFE_REGEXES || !existsSync(RECORD)) return new Set();
  const [key, ...hashes] = readFileSync(RECORD, 'utf8').trim().split('\n');
  return key === RECORD_KEY ? new Set(hashes) : new Set();
}

/** Writes the record: every branch checked here (all of them, none recorded being taken), none of them unsafe. */
function record(checked: Found[]): void {
  const hashes = [...new Set(checked.filter((r) => !linearAsItReads(r.source, r.flags)).map(branchHash))].sort();
  writeFileSync(RECORD, `${[RECORD_KEY, ...hashes].join('\n')}\n`);
}

describe('ReDoS', () => {
  it('every regex in protocol/, server/ and faq/ runs in linear time (recheck; the branches found safe before, recorded)', async () => {
    const { found, built } = literalRegexes();
    expect(found.length).toBeGreaterThan(40);
    const safe = recordedSafe();
    const all = uniqueBranches([...found, ...(await builtRegexes(built))]);
    expect(await unsafe(all.filter((r) => !safe.has(branchHash(r))))).toEqual([]);
    if (process.env.KEFU_RECORD_SAFE_REGEXES) record(all);
  }, 600_000);

  it('a super-linear branch of a joined alternation is found and named', async () => {
    const joined: Found = { where: 'joined', source: '(?:(?:[|)]x|\\|)|(?:a|a)*b|(?:c)d)', flags: 'u' };
    expect(uniqueBranches([joined]).map((r) => r.source)).toEqual(['[|)]x', '\\|', '(?:a|a)*b', '(?:c)d']);
    expect(await unsafe(uniqueBranches([joined]))).toEqual(['joined: /(?:a|a)*b/u is vulnerable (exponential)']);
  });

  it('a word list between guards is checked phrase by phrase, each phrase with its guards', async () => {
    const G = '(?<![\\p{L}\\p{N}])';
    const H = '(?![\\p{L}\\p{N}])';
    const list: Found = { where: 'list', source: `${G}(?:la cuenta|(?:mi|tu) cuenta|\\p{L}+ nueva|\\p{N}+\\p{N}+x|(?:a|a)*)${H}`, flags: 'gu' };
    expect(uniqueBranches([list]).map((r) => r.source)).toEqual([`${G}la cuenta${H}`, `${G}(?:mi|tu) cuenta${H}`, `${G}\\p{L}+ nueva${H}`, `${G}\\p{N}+\\p{N}+x${H}`, `${G}(?:a|a)*${H}`]);
    // Degree 2 at a single start whatever the guards; exponential only because of the guard after it (alone it matches
    // at once); a run of letters that can start once, after the guard before it, is linear.
    expect(await unsafe(uniqueBranches([list]))).toEqual([
      `list: /${G}\\p{N}+\\p{N}+x${H}/gu is vulnerable (polynomial degree 2)`,
      `list: /${G}(?:a|a)*${H}/gu is vulnerable (exponential)`,
    ]);
  });

  it('a branch with no quantifier but ?, no back-reference and no v flag is linear as it reads, and recheck agrees', async () => {
    const linear = ['la cuenta', '(?:mis?|tus?) cuentas?', '(?<![\\p{L}\\p{N}])tarjeta(?![\\p{L}\\p{N}])', '(?<n>ab)c??', '[*+?{}]\\{\\*\\+', '\\p{Lu}x\\u{1F600}', '(?=a)b|c'];
    const sent = ['a*', 'a+', 'a*?', 'a{2}', 'a{2,}', '(?:ab){1,3}', '(a)\\1', '(?<n>a)\\k<n>', '(?:[ab]|c)+', '(?=a+)b', '(?<!\\p{L}+)b'];
    expect(linear.filter((source) => !linearAsItReads(source, 'u'))).toEqual([]);
    expect(sent.filter((source) => linearAsItReads(source, 'u'))).toEqual([]);
    expect(linearAsItReads('la cuenta', 'v')).toBe(false);
    const statuses: string[] = [];
    for (const source of linear) statuses.push((await check(source, 'u', OPTIONS)).status);
    expect(statuses).toEqual(linear.map(() => 'safe'));
  });
});
