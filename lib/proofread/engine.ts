/**
 * The offline checker behind proofreading: harper.js (Automattic's grammar checker, Rust compiled
 * to WebAssembly, shipped inside the npm package — nothing is downloaded and no text leaves the
 * process), run in a worker thread (harper-worker.mjs) so its synchronous work never stalls the
 * server's event loop. One thread per process, started on first use and warmed at once, because
 * the first lint that touches the dictionary costs seconds; later lints of a short note take
 * milliseconds. Server-only: never import this from client code (the wasm is 16 MB).
 */
import { Worker } from 'node:worker_threads';
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

/**
 * Something that lints text: Harper in production, a double in tests. One call reads a note's
 * chunks in order — one message to the thread per request, not one per chunk — and stops after
 * the chunk that brings the lints raised to `maxRaw`: the answer has one list per chunk read.
 */
export interface LintEngine {
  lint(texts: readonly string[], maxRaw?: number): Promise<RawLint[][]>;
}

/**
 * Harper rules switched off: sentence length is the coach's own `length` check; the others flag
 * what is right in a note ("a passion for", "for your kind perusal", "roadmap", "15-min", "...").
 */
const RULES_OFF = ['LongSentences', 'MassNouns', 'YourPredicateAdjective', 'RoadMap', 'UseEllipsisCharacter', 'OxfordComma'] as const;
/** Rules whose names start so are off too: "ExpandMinimum" turns "min" into "minimum", and the like. */
const RULE_PREFIXES_OFF = ['Expand'] as const;

/**
 * Notes linted before the thread says it is ready. The first walks the slow paths once —
 * dictionary lookups with suggestions, a name, an accent, a grammar rule, capitalization and a
 * repeated word — and pays the dictionary load. The rest are there because V8 first runs Harper's
 * WebAssembly unoptimized and optimizes what runs often: measured on this machine, an unseen note
 * right after a one-note warm-up took ~260 ms, against tens once the checker had read a few
 * different notes. (Written for this purpose; not anyone's note.)
 */
export const WARM_UP: readonly string[] = [
  'Hi Ikenna, i would like to connect becuase your an expert in there field é and and GSUProgClub.',
  'Hello Marisol, your talk at the Denver meetup on data contracts was the clearest I have heard. I run the analytics team at a small logistics company and would love to learn how you got engineers to own their schemas.',
  "Hi Tomasz, fellow Georgia Tech alum here! I read you're article about migrating a monolith to services and it changed how we plan ours. Could we compare notes on testing the seams?",
  'Dear Dr. Okafor, I am a second-year PhD student working on graphene sensors. Your 2023 paper on interlayer coupling answered a question I had been stuck on for months; I would be grateful to hear how you chose your substrate.',
  "Hey Priya, we both spoke at DevOpsDays Austin last spring. I liked how you framed on-call as a product. I'm building an incident review guide for my team and wondered if you'd share what worked for yours.",
  'Hi Jonas, I saw your post on hiring junior designers and agreed with every point, especially the part about paid take-home tasks. I lead a design team of five in Lisbon and would like to learn how you structure the first ninety days.',
  'Good morning Aiko, thank you for the webinar on accessible charts yesterday. The color palette tip alone fixed three of our dashboards. Im starting a small study group on inclusive data visualisation and would love to learn from your experience.',
];

/**
 * Longest the thread may go without finishing a lint while lints wait, before it is presumed
 * stuck, stopped and replaced. Measured from the last answer (or the thread's "alive" between a
 * slow request's chunks), not from each request, so a long queue under load is not mistaken for a
 * stuck thread.
 */
export const LINT_TIMEOUT_MS = 10_000;

/**
 * Most lints waiting for the thread at once; beyond it a request is refused at once (the API
 * answers 503) rather than queued for seconds. Far above what the page sends.
 */
export const MAX_PENDING = 256;

/**
 * The thread's niceness on Linux (`NOTECOACH_PROOFREAD_NICE`, 0–19, default 10): it yields the CPU
 * to the main thread, which serves every other request. 0 runs it at normal priority.
 */
export function threadNice(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.NOTECOACH_PROOFREAD_NICE ?? 10);
  return Number.isInteger(value) && value >= 0 && value <= 19 ? value : 10;
}

/** Where the thread's script is, in the build (Next copies it as an asset) and from source. */
function workerUrl(): URL {
  return new URL('./harper-worker.mjs', import.meta.url);
}

/** The thread has MAX_PENDING lints waiting: this one is refused, the thread itself is fine. */
export class BusyError extends Error {
  constructor() {
    super('proofreader busy');
    this.name = 'BusyError';
  }
}

type Reply = { id: number; lints?: RawLint[][]; error?: string } | { type: 'ready' | 'failed' | 'alive'; error?: string };

/**
 * Harper in its own thread. `ready` settles once the thread has warmed (or failed to); a lint
 * that errs, a thread that answers nothing for LINT_TIMEOUT_MS while lints wait, or one that
 * exits, rejects — and the thread is stopped, so the process's next request starts a fresh one.
 */
export function createHarperEngine(): LintEngine & { ready: Promise<void>; stop: () => Promise<void> } {
  const worker = new Worker(workerUrl(), {
    workerData: { rulesOff: [...RULES_OFF], rulePrefixesOff: [...RULE_PREFIXES_OFF], words: [...TRADE_WORDS], warmUp: [...WARM_UP], nice: threadNice() },
  });
  // An idle thread must not keep a CLI run alive; one with work pending must.
  worker.unref();
  const pending = new Map<number, { resolve: (lints: RawLint[][]) => void; reject: (error: Error) => void }>();
  // The watchdog: armed while lints wait, re-armed at each answer.
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const rearm = () => {
    clearTimeout(watchdog);
    watchdog = undefined;
    if (pending.size === 0) return;
    watchdog = setTimeout(() => fail(new Error('proofreader timed out')), LINT_TIMEOUT_MS);
    watchdog.unref?.();
  };
  let nextId = 0;
  let dead: Error | null = null;
  let markReady!: () => void;
  let markFailed!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });

  const fail = (error: Error) => {
    if (dead) return;
    dead = error;
    markFailed(error);
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    clearTimeout(watchdog);
    void worker.terminate();
  };

  worker.on('message', (reply: Reply) => {
    if ('type' in reply) {
      // Still working through a long request's chunks: not stuck.
      if (reply.type === 'alive') rearm();
      else if (reply.type === 'ready') markReady();
      else fail(new Error(`proofreader failed to start (${reply.error ?? 'Error'})`));
      return;
    }
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    rearm();
    if (pending.size === 0) worker.unref();
    if (reply.lints) job.resolve(reply.lints);
    else job.reject(new Error(`proofreader failed (${reply.error ?? 'Error'})`));
  });
  worker.on('error', (error) => fail(error instanceof Error ? error : new Error('proofreader thread error')));
  worker.on('exit', (code) => fail(new Error(`proofreader thread exited (${code})`)));

  return {
    ready,
    async lint(texts: readonly string[], maxRaw = Number.POSITIVE_INFINITY): Promise<RawLint[][]> {
      await ready;
      if (dead) throw dead;
      if (pending.size >= MAX_PENDING) throw new BusyError();
      const id = nextId++;
      return new Promise<RawLint[][]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (watchdog === undefined) rearm();
        worker.ref();
        worker.postMessage({ id, texts, maxRaw });
      });
    },
    async stop() {
      fail(new Error('proofreader stopped'));
      await worker.terminate();
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
      lint: (texts, maxRaw) =>
        engine.lint(texts, maxRaw).catch((error: unknown) => {
          // A lint that failed after a good start may have left the wasm instance broken: the
          // next request builds a fresh one. (A failed start is kept, and answered at once; a
          // busy thread is fine.)
          if (!(error instanceof BusyError) && holder[SHARED] === shared) {
            delete holder[SHARED];
            void engine.stop();
          }
          throw error;
        }),
    };
    // Nobody may be awaiting yet; the failure is reported to whoever lints next.
    shared.ready.catch(() => undefined);
    holder[SHARED] = shared;
  }
  return shared;
}
