/**
 * The offline checker behind proofreading: harper.js (Automattic's grammar checker, Rust compiled
 * to WebAssembly, shipped inside the npm package — nothing is downloaded and no text leaves the
 * process). One linter per process, created on first use and warmed at once, because the first
 * lint that touches the dictionary costs seconds; later lints of a short note take milliseconds.
 * Server-only: never import this from client code (the wasm is 16 MB).
 */
import type { Lint, Linter } from 'harper.js';
import { TRADE_WORDS } from './lexicon';

/** One of Harper's lints as plain data (Harper's own objects hold wasm memory). */
export interface RawLint {
  /** Harper's rule, e.g. "SpellCheck", "ThereToTheir", "SentenceCapitalization". */
  rule: string;
  /** Harper's category, e.g. "Spelling", "Grammar", "Capitalization". */
  kind: string;
  message: string;
  /** Offsets into the linted text, end exclusive, in Harper's unit (UTF-16 in harper.js 2.10). */
  start: number;
  end: number;
  /** The text Harper says the span covers, to check the unit against. */
  problem: string;
  /** Replacements for the span's text, in Harper's order ("" removes it). */
  suggestions: string[];
}

/** Something that lints text: Harper in production, a double in tests. */
export interface LintEngine {
  lint(text: string): Promise<RawLint[]>;
}

/**
 * Harper rules switched off: sentence length is the coach's own `length` check; the others flag
 * what is right in a note ("a passion for", "for your kind perusal", "roadmap", "15-min", "...").
 */
const RULES_OFF = ['LongSentences', 'MassNouns', 'YourPredicateAdjective', 'RoadMap', 'UseEllipsisCharacter', 'OxfordComma'] as const;
/** Rules whose names start so are off too: "ExpandMinimum" turns "min" into "minimum", and the like. */
const RULE_PREFIXES_OFF = ['Expand'] as const;

function withRulesOff(config: Record<string, boolean | null>): Record<string, boolean | null> {
  const out = { ...config };
  for (const name of Object.keys(out)) if (RULE_PREFIXES_OFF.some((p) => name.startsWith(p))) out[name] = false;
  for (const name of RULES_OFF) out[name] = false;
  return out;
}

// A note that walks the slow paths once: dictionary lookups with suggestions, a name, an accent,
// a grammar rule, capitalization and a repeated word.
const WARM_UP = 'Hi Ikenna, i would like to connect becuase your an expert in there field é and and GSUProgClub.';

// SuggestionKind in harper.js: Replace = 0, Remove = 1, InsertAfter = 2.
const REMOVE = 1;
const INSERT_AFTER = 2;

function toRaw(rule: string, lint: Lint): RawLint {
  const span = lint.span();
  const problem = lint.get_problem_text();
  const suggestions = lint.suggestions().map((s) => {
    const kind = s.kind();
    const replacement = s.get_replacement_text();
    if (kind === REMOVE) return '';
    // "Insert after" becomes a replacement of the whole span, so every suggestion is one kind.
    if (kind === INSERT_AFTER) return problem + replacement;
    return replacement;
  });
  return { rule, kind: lint.lint_kind(), message: lint.message(), start: span.start, end: span.end, problem, suggestions };
}

/** Harper in this process: `LocalLinter` with the bundled wasm binary, plain-text mode. */
export function createHarperEngine(): LintEngine & { ready: Promise<void> } {
  let linter: Linter | undefined;
  // harper.js is ESM-only; a dynamic import loads it from CommonJS callers too (the CLI under tsx).
  // Setup compiles the wasm and builds the dictionary; the warm-up lint pays the first-lookup cost.
  const ready = Promise.all([import('harper.js'), import('harper.js/binary')]).then(async ([{ LocalLinter }, { binary }]) => {
    const local = new LocalLinter({ binary });
    await local.setup();
    await local.setLintConfig(withRulesOff(await local.getLintConfig()));
    await local.importWords([...TRADE_WORDS]);
    await local.lint(WARM_UP, { language: 'plaintext' });
    linter = local;
  });
  return {
    ready,
    async lint(text: string): Promise<RawLint[]> {
      await ready;
      if (!linter) throw new Error('proofreader not started');
      // Organized by rule, so each lint carries its rule's name; rules in name order, lints in
      // text order, for a deterministic result.
      const groups = await linter.organizedLints(text, { language: 'plaintext' });
      const out: RawLint[] = [];
      for (const rule of Object.keys(groups).sort()) {
        for (const lint of groups[rule] ?? []) {
          try {
            out.push(toRaw(rule, lint));
          } finally {
            lint.free();
          }
        }
      }
      return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    },
  };
}

// Next bundles the instrumentation hook and each route separately, each with its own copy of this
// module; a global keeps the engine (tens of MB of dictionary) one per process all the same.
const SHARED = Symbol.for('notecoach.proofreader');
const holder = globalThis as { [SHARED]?: LintEngine & { ready: Promise<void> } };

/**
 * The process's one Harper engine, created (and warmed) on first call. A setup failure is kept:
 * every later call sees the same rejected `ready`, so callers answer "unavailable" quickly.
 */
export function sharedEngine(): LintEngine & { ready: Promise<void> } {
  let shared = holder[SHARED];
  if (!shared) {
    const engine = createHarperEngine();
    shared = {
      ready: engine.ready,
      lint: (text) =>
        engine.lint(text).catch((error: unknown) => {
          // A lint that failed after a good start may have left the wasm instance broken: the
          // next request builds a fresh one. (A failed start is kept, and answered at once.)
          if (holder[SHARED] === shared) delete holder[SHARED];
          throw error;
        }),
    };
    // Nobody may be awaiting yet; the failure is reported to whoever lints next.
    shared.ready.catch(() => undefined);
    holder[SHARED] = shared;
  }
  return shared;
}
