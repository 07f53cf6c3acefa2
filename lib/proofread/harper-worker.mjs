// The proofreader's thread: harper.js's LocalLinter, which runs synchronously, kept off the
// server's event loop so a lint (milliseconds, or most of a second for a hostile note) never
// holds up another request. Plain JavaScript, loaded as is by worker_threads (Next copies it as an
// asset); its settings come from lib/proofread/engine.ts through workerData.
//
// Protocol: the thread posts { type: 'ready' } once warm (or { type: 'failed' }), and
// { type: 'alive' } between the chunks of a request that is taking long; each
// { id, texts, maxRaw } it receives (a note's chunks, in order) is answered with { id, lints } —
// one list per chunk read, stopping after the chunk that brings the lints raised to maxRaw — or
// { id, error }. One message per request: each hop to and from the thread costs a wake-up.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';

// On Linux a thread has its own scheduling priority: this one yields to the server's main thread,
// so under load analyses (a millisecond each) are not slowed by proofreading (tens). Elsewhere,
// or where renicing is not allowed, it runs at normal priority.
if (workerData.nice > 0) {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, workerData.nice);
  } catch {
    // Not Linux, or not permitted: normal priority.
  }
}

/** After this long on one request's chunks, the thread says it is alive between chunks. */
const ALIVE_AFTER_MS = 1000;

// SuggestionKind in harper.js: Replace = 0, Remove = 1, InsertAfter = 2.
const REMOVE = 1;
const INSERT_AFTER = 2;

/** One lint as plain data; Harper's own objects hold wasm memory and are freed here. */
function toRaw(rule, lint) {
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

async function start() {
  const [{ LocalLinter }, { binary }] = await Promise.all([import('harper.js'), import('harper.js/binary')]);
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const config = { ...(await linter.getLintConfig()) };
  for (const name of Object.keys(config)) if (workerData.rulePrefixesOff.some((p) => name.startsWith(p))) config[name] = false;
  for (const name of workerData.rulesOff) config[name] = false;
  await linter.setLintConfig(config);
  await linter.importWords(workerData.words);
  // The first lint that touches the dictionary costs seconds, and Harper's WebAssembly runs
  // unoptimized until it has run a while: pay both now, not on a request.
  for (const note of workerData.warmUp) await lint(linter, note);
  // harper.js leaves seconds of start-up work queued behind its promises (measured: a timer set
  // after the warm-up lint fires 3 s late): let it run before saying ready.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return linter;
}

async function lint(linter, text) {
  // Organized by rule, so each lint carries its rule's name; rules in name order, then text order.
  const groups = await linter.organizedLints(text, { language: 'plaintext' });
  const out = [];
  for (const rule of Object.keys(groups).sort()) {
    for (const item of groups[rule] ?? []) {
      try {
        out.push(toRaw(rule, item));
      } finally {
        item.free();
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

start().then(
  (linter) => {
    parentPort.on('message', async ({ id, texts, maxRaw }) => {
      try {
        const lints = [];
        let raised = 0;
        let beat = performance.now();
        for (const text of texts) {
          const found = await lint(linter, text);
          lints.push(found);
          raised += found.length;
          if (raised >= maxRaw) break;
          // A slow note (a busy machine, a hostile text) still shows the watchdog it is moving,
          // chunk by chunk, as when each chunk was its own message; a quick one sends nothing extra.
          if (performance.now() - beat > ALIVE_AFTER_MS) {
            parentPort.postMessage({ type: 'alive' });
            beat = performance.now();
          }
        }
        parentPort.postMessage({ id, lints });
      } catch (error) {
        parentPort.postMessage({ id, error: error instanceof Error ? error.name : 'Error' });
      }
    });
    parentPort.postMessage({ type: 'ready' });
  },
  (error) => parentPort.postMessage({ type: 'failed', error: error instanceof Error ? error.name : 'Error' }),
);
