/**
 * Every regular expression in the project is checked for catastrophic backtracking with recheck
 * (one checker built three ways: the native binary when its optional package is installed, else
 * Java, else pure JS). Any status but "safe" fails, polynomial included: inputs are capped at
 * 5,000 characters, but a cubic pattern on that many tabs still takes minutes. Two sources:
 *
 * 1. A source scan (TypeScript's own parser) of lib/, app/, components/, scripts/ and the root
 *    config files: every regex literal, and every `new RegExp(…)` / `RegExp(…)` whose pattern is a
 *    string literal. A pattern built from a template literal is checked with each `${…}` replaced
 *    by a plain letter, which still catches a dangerous fixed structure such as `(${x}\s*)+`.
 * 2. A runtime capture: `RegExp` is wrapped while the library's entry points are imported and
 *    exercised on the labeled notes and all templates, so regexes compiled from lexicon data are
 *    checked as actually built. Only constructions called directly from project code are kept (a
 *    library's internals are its own business). Every regex built at import time is checked; of
 *    those built per request (from the request's own words, so different every time) a few per
 *    file are checked as samples — their fixed structure is already covered by the source scan.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// recheck picks its fastest backend: the native binary (optional dependency), else Java, else its
// pure-JS build in a worker, which works anywhere Node does.
process.env.RECHECK_BACKEND ??= 'auto';

const ROOT = join(__dirname, '..');
const SCANNED_DIRS = ['lib', 'app', 'components', 'scripts'];
const SCANNED_ROOT_FILES = ['proxy.ts', 'next.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];
const SOURCE_FILE = /\.(?:ts|tsx|mts|mjs|js)$/;

interface Pattern {
  source: string;
  flags: string;
  /** Where it was found: file:line for literals, "runtime: file" for captured constructions. */
  origin: string;
}

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : SOURCE_FILE.test(name) ? [path] : [];
  });
}

function projectFiles(): string[] {
  return [...SCANNED_DIRS.flatMap((dir) => walk(join(ROOT, dir))), ...SCANNED_ROOT_FILES.map((f) => join(ROOT, f))].filter((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/** The string a pattern argument evaluates to, with `${…}` replaced by a letter; null if not static. */
function staticPattern(node: ts.Expression | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `x${span.literal.text}`).join('');
  return null;
}

/** Regexes found by reading the source: literals, and RegExp constructions with static patterns. */
function scanSources(): { patterns: Pattern[]; dynamicSites: { file: string; origin: string }[] } {
  const patterns: Pattern[] = [];
  const dynamicSites: { file: string; origin: string }[] = [];
  for (const file of projectFiles()) {
    const text = readFileSync(file, 'utf8');
    const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.ts') || file.endsWith('.mts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        patterns.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), origin: where(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const pattern = staticPattern(patternArg);
        const flags = flagsArg ? staticPattern(flagsArg) : '';
        if (pattern !== null && flags !== null) patterns.push({ source: pattern, flags, origin: where(node) });
        if (pattern === null || (patternArg && ts.isTemplateExpression(patternArg)) || flags === null) {
          dynamicSites.push({ file: relative(ROOT, file), origin: where(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { patterns, dynamicSites };
}

/**
 * The project file that called `new RegExp`, or null for library code. Reads V8's raw call sites
 * (no source-map formatting) so that wrapping every RegExp construction stays cheap.
 */
function projectCaller(skip: ((...args: never[]) => unknown) | undefined): string | null {
  const previous = Error.prepareStackTrace;
  const holder: { stack?: NodeJS.CallSite[] } = {};
  try {
    Error.prepareStackTrace = (_error, sites) => sites;
    Error.captureStackTrace(holder, skip);
    const file = holder.stack?.[0]?.getFileName()?.replace(/^file:\/\//, '');
    if (!file || file.includes(`${sep}node_modules${sep}`) || !file.startsWith(ROOT)) return null;
    return relative(ROOT, file);
  } finally {
    Error.prepareStackTrace = previous;
  }
}

/** Patterns built at import time by project code, keyed by flags and source. */
const captured = new Map<string, Pattern>();
/** Patterns built while handling requests: data-dependent, sampled per file. */
const perRequest = new Map<string, Pattern>();
/** How many per-request regexes to check from each file. */
const PER_REQUEST_SAMPLES = 3;
let importing = true;
const OriginalRegExp = globalThis.RegExp;

beforeAll(async () => {
  const record = (args: unknown[], caller: string | null) => {
    if (caller && (typeof args[0] === 'string' || args[0] instanceof OriginalRegExp)) {
      const pattern = args[0] instanceof OriginalRegExp ? args[0].source : (args[0] as string);
      const flags = typeof args[1] === 'string' ? args[1] : args[0] instanceof OriginalRegExp ? args[0].flags : '';
      (importing ? captured : perRequest).set(`${flags}/${pattern}`, { source: pattern, flags, origin: `runtime: ${caller}` });
    }
  };
  const trap: ProxyHandler<RegExpConstructor> = {
    construct(target, args, newTarget) {
      record(args, projectCaller(trap.construct));
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args, projectCaller(trap.apply));
      return Reflect.apply(target, thisArg, args);
    },
  };
  globalThis.RegExp = new Proxy(OriginalRegExp, trap);
  try {
    vi.resetModules();
    // The library's entry points: importing them compiles every lexicon regex they reach.
    await import('@/lib/http/handler');
    const { analyze } = await import('@/lib/analyzer');
    const { rewrite } = await import('@/lib/rewrite');
    const { TEMPLATES, fillTemplate } = await import('@/lib/templates');
    const { triage } = await import('@/lib/triage');
    importing = false;
    const invitations = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/invitations.json'), 'utf8')) as { style?: string }[];
    triage({
      invitations: invitations.map(({ style: _style, ...inv }) => inv) as Parameters<typeof triage>[0]['invitations'],
      me: { company: 'Acme', industry: 'Data engineering', schools: ['University of Michigan'] },
      criteria: { keywords: { accept: ['rust'], ignore: ['tarot'] } },
    });
    const lines = readFileSync(join(ROOT, 'tests/fixtures/dev.jsonl'), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const { request } = JSON.parse(line) as { request: Parameters<typeof analyze>[0] };
      analyze(request);
      rewrite(request);
      for (const template of TEMPLATES) fillTemplate(template, request);
    }
  } finally {
    globalThis.RegExp = OriginalRegExp;
  }
}, 60_000);

afterAll(() => {
  globalThis.RegExp = OriginalRegExp;
});

/** recheck's flag support: g/y/d do not change backtracking; v is checked as its closest, u. */
function recheckFlags(flags: string): string {
  return [...new Set(flags.replace(/[gyd]/g, '').replace('v', 'u'))].join('');
}

describe('regular expressions', () => {
  const scan = scanSources();

  test('the scan sees the project’s regexes (a known literal is among them)', () => {
    expect(scan.patterns.some((p) => p.origin.startsWith(`lib${sep}http${sep}read-json.ts`))).toBe(true);
  });

  // Server-side library code only: lib/client runs in the user's own browser on the user's own
  // text, and its dynamic patterns are still checked through their template structure above.
  test('every dynamically built RegExp in the server-side library was exercised and captured at runtime', () => {
    const capturedFiles = new Set([...captured.values(), ...perRequest.values()].map((p) => p.origin.replace('runtime: ', '')));
    const missed = scan.dynamicSites.filter((site) => site.file.startsWith(`lib${sep}`) && !site.file.startsWith(`lib${sep}client${sep}`) && !capturedFiles.has(site.file));
    expect(missed.map((site) => site.origin)).toEqual([]);
  });

  test('none can backtrack catastrophically (recheck status "safe")', async () => {
    const samples = new Map<string, number>();
    const sampled = [...perRequest.values()].filter((p) => {
      const taken = samples.get(p.origin) ?? 0;
      samples.set(p.origin, taken + 1);
      return taken < PER_REQUEST_SAMPLES;
    });
    const unique = new Map<string, Pattern>();
    for (const pattern of [...scan.patterns, ...captured.values(), ...sampled]) unique.set(`${pattern.flags}/${pattern.source}`, pattern);
    // Without a quantifier there is nothing to backtrack over: no need to ask recheck.
    const queue = [...unique.values()].filter(({ source }) => /[*+?{]/.test(source.replace(/\\./g, '')));
    const unsafe: string[] = [];
    // Two checks at a time (recheck's native agent or worker does the work off this thread).
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { source, flags, origin } = next;
        // No wall-clock limit anywhere: recheck's own step limits bound the work, and its fuzzer is
        // seeded, so the verdict is the same on a fast laptop and a loaded CI box. (The fuzzer's
        // attack, incubation and seeding steps also have millisecond limits by default; on a
        // loaded machine those fire and report safe patterns as vulnerable, so they are off too.)
        const result = await check(source, recheckFlags(flags), { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null });
        if (result.status !== 'safe') {
          const detail =
            result.status === 'vulnerable'
              ? `${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)}`
              : result.error.kind;
          unsafe.push(`${origin}: /${source.length > 200 ? `${source.slice(0, 200)}…` : source}/${flags} is ${result.status} (${detail})`);
        }
      }
    };
    await Promise.all([worker(), worker()]);
    expect(unsafe.sort()).toEqual([]);
    expect(unique.size).toBeGreaterThan(0);
    // Hundreds of regexes, some fuzzed for seconds each: this is the slowest unit test by far.
  }, 300_000);
});
