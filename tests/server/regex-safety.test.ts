import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * The branches of a top-level alternation `a|b|c` (or of `(?:a|b|c)` spanning the whole source), each checked on its own.
 * A backtracking engine tries the branches in turn at each start position, and without back-references one branch's
 * try leaves nothing for the next to read, so the steps of the whole at a position are the sum of its branches' steps:
 * when every branch runs in linear time the whole does too (and a branch that does not is named on its own). It is also
 * quicker: faq/pattern-set.ts joins up to 1,500 characters of sources into one alternation, which recheck could only
 * fuzz (38 s for one of them), while most branches alone fit its automaton checker, which decides in milliseconds and
 * misses nothing. A source with a back-reference, or with the `v` flag's nested classes, is checked whole.
 */
function branches(source: string, flags: string): string[] {
  if (flags.includes('v') || /\\(?:[1-9]|k<)/.test(source)) return [source];
  const cuts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  let outerGroupEnd = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && outerGroupEnd < 0) outerGroupEnd = i;
    else if (c === '|' && depth === 0) cuts.push(source.slice(start, i)), (start = i + 1);
  }
  if (cuts.length > 0) return [...cuts, source.slice(start)].flatMap((branch) => branches(branch, flags));
  if (source.startsWith('(?:') && outerGroupEnd === source.length - 1) return branches(source.slice(3, -1), flags);
  return [source];
}

/** Each branch of each regex once (by source and flags), named where its regex was found. */
function uniqueBranches(regexes: Found[]): Found[] {
  const all = regexes.flatMap((r) => branches(r.source, r.flags).map((source) => ({ ...r, source })));
  return [...new Map(all.map((r) => [`${r.source}/${r.flags}`, r])).values()];
}

async function verdict(r: Found): Promise<string | null> {
  // The `g` and `y` flags change nothing about one match; a fixed seed makes recheck's fuzzing repeatable.
  const result = await check(r.source, r.flags.replace(/[gy]/g, ''), { ...STEPS_ONLY, randomSeed: 20261201 });
  if (result.status === 'safe') return null;
  const complexity = result.status === 'vulnerable' ? ` (${result.complexity.type}${'degree' in result.complexity ? ` degree ${result.complexity.degree}` : ''})` : '';
  return `${r.where}: /${r.source.length > 120 ? `${r.source.slice(0, 120)}…` : r.source}/${r.flags} is ${result.status}${complexity}`;
}

/**
 * The verdicts that are not "safe". recheck starts its agent (a native binary that checks on a thread per core) on the
 * first call, and each call made before that one returns would start another: the first alone, then the rest at once.
 */
async function unsafe(regexes: Found[]): Promise<string[]> {
  const [first, ...rest] = regexes;
  const verdicts = first ? [await verdict(first), ...(await Promise.all(rest.map(verdict)))] : [];
  return verdicts.filter((v) => v !== null);
}

describe('ReDoS', () => {
  it('every regex in protocol/, server/ and faq/ runs in linear time (recheck)', async () => {
    const { found, built } = literalRegexes();
    expect(found.length).toBeGreaterThan(40);
    expect(await unsafe(uniqueBranches([...found, ...(await builtRegexes(built))]))).toEqual([]);
  }, 600_000);

  it('a super-linear branch of a joined alternation is found and named', async () => {
    const joined: Found = { where: 'joined', source: '(?:(?:[|)]x|\\|)|(?:a|a)*b|(?:c)d)', flags: 'u' };
    expect(uniqueBranches([joined]).map((r) => r.source)).toEqual(['[|)]x', '\\|', '(?:a|a)*b', '(?:c)d']);
    expect(await unsafe(uniqueBranches([joined]))).toEqual(['joined: /(?:a|a)*b/u is vulnerable (exponential)']);
  });
});
