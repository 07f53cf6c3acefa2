/**
 * Proofreading: spelling and grammar slips in a note, found on our own server by an offline
 * checker (harper.js) and reported like the analyzer's findings — a rule id, a coach's message,
 * a UTF-16 span with `actual === note.slice(span.start, span.end)` — plus the replacements to
 * offer. Names and proper nouns are not misspellings; placeholders and links are not text.
 * Deterministic, and bounded on any input: at most MAX_CHECKED characters are read, in chunks
 * (sent to the checker's thread in one message where the bounds allow), and reading stops once
 * MAX_FINDINGS slips are found or Harper has raised MAX_RAW_LINTS lints.
 */
import { parseNote } from '@/lib/analyzer';
import { type NoteRequest, PROOFREAD_MAX_CHARS, type ProofreadFinding, type ProofreadResult, type Span } from '@/lib/schema';
import { type LintEngine, type RawLint, sharedEngine } from './engine';
import { type FilterContext, shouldDrop } from './filter';
import { CONTRACTIONS } from './lexicon';
import { detailWordSet, namesInNote } from './names';
import { coachMessage, ruleIdOf } from './rules';
import { codePointOffsets, locate } from './spans';

export { PROOFREAD_RULE_IDS, type ProofreadRuleId } from './rules';
export type { LintEngine, RawLint } from './engine';

/** Characters of a note that are read (a connection note is 300 at most): see lib/schema. */
export const MAX_CHECKED = PROOFREAD_MAX_CHARS;
/** Harper reads a note in chunks of at most this many UTF-16 units, cut at sentence ends. */
export const CHUNK_SIZE = 250;
/** No page needs more underlines than this; reading stops once they are found. */
export const MAX_FINDINGS = 30;
/**
 * Reading also stops once Harper has raised this many lints, shown or not: an unknown word's
 * suggestions are its slow path, so garbage (or a page of names) costs a bounded amount of work.
 */
export const MAX_RAW_LINTS = 40;
/** Replacements offered per finding. */
export const MAX_SUGGESTIONS = 3;
/** A "word" longer than this is no word (Harper's suggestion search is slow on such runs). */
const MAX_WORD = 40;
/** How long a request waits for a linter that is still starting before calling it unavailable. */
export const START_TIMEOUT_MS = 30_000;

/** What the API and CLI say when the checker is not available (a fixed message, never the note). */
export const PROOFREAD_UNAVAILABLE = 'Proofreading is unavailable right now: the spelling and grammar checker could not start on this server. The rest of the coach works as usual.';

/** What proofreading ends in: findings, or the checker is not available (never a throw). */
export type ProofreadOutcome = { ok: true; result: ProofreadResult } | { ok: false; reason: 'unavailable' };

/** Options, for tests and tools: which engine to use. */
export interface ProofreadOptions {
  engine?: LintEngine;
}

// Tests on one whitespace-free token at a time (anchored, so linear on any input).
const LINK = /^[("'“‘<]?(?:https?:\/\/|www\.)/iu;
const EMAIL = /^[^@\s]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;
const HANDLE = /^[("'“‘]?[@#][\p{L}\p{N}_]/u;

/** Links, e-mail addresses, @handles and #hashtags: each whitespace-separated token that is one. */
function nonProseSpans(note: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  for (let i = 0; i <= note.length; i++) {
    const space = i === note.length || /\s/u.test(note[i] as string);
    if (!space && start === -1) start = i;
    if (space && start !== -1) {
      const token = note.slice(start, i);
      if (LINK.test(token) || EMAIL.test(token) || HANDLE.test(token)) spans.push({ start, end: i });
      start = -1;
    }
  }
  return spans;
}

/**
 * The text Harper reads: placeholders, links, e-mail addresses, @handles, #hashtags and over-long
 * runs replaced by spaces, unit for unit, so offsets still index the note. Returns the blanked spans.
 */
export function maskNote(note: string, placeholders: readonly Span[]): { text: string; masked: Span[] } {
  const masked: Span[] = [...placeholders];
  masked.push(...nonProseSpans(note));
  let runStart = 0;
  for (let i = 0; i <= note.length; i++) {
    if (i === note.length || /\s/u.test(note[i] as string)) {
      if (i - runStart > MAX_WORD) masked.push({ start: runStart, end: i });
      runStart = i + 1;
    }
  }
  const chars = note.split('');
  for (const span of masked) for (let i = span.start; i < span.end; i++) chars[i] = ' ';
  return { text: chars.join(''), masked };
}

/** Cuts [0, limit) into chunks of at most CHUNK_SIZE units, at a sentence end where there is one, else at a space. */
export function chunkNote(text: string, limit: number, sentenceEnds: readonly number[]): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (start < limit) {
    let end = Math.min(limit, start + CHUNK_SIZE);
    if (end < limit) {
      const atSentence = sentenceEnds.filter((e) => e > start && e <= end).at(-1);
      const atSpace = text.lastIndexOf(' ', end - 1);
      end = atSentence ?? (atSpace > start ? atSpace + 1 : end);
      // Never between the halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/.test(text[end] ?? '') && end > start + 1) end--;
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

function uniqueSuggestions(lint: RawLint, actual: string): string[] {
  const out: string[] = [];
  // "im" → "I'm" before whatever Harper offers ("i").
  const contraction = lint.kind === 'Spelling' ? CONTRACTIONS[actual.toLowerCase()] : undefined;
  for (const s of contraction ? [contraction, ...lint.suggestions] : lint.suggestions) {
    if (s !== actual && !out.includes(s) && out.length < MAX_SUGGESTIONS) out.push(s);
  }
  return out;
}

/**
 * Proofreads one note. Resolves to its findings (in note order), or to `unavailable` when the
 * checker cannot start or fails; never rejects.
 */
export async function proofread(request: NoteRequest, options: ProofreadOptions = {}): Promise<ProofreadOutcome> {
  const note = request.note;
  if (note.trim() === '') return { ok: true, result: { findings: [] } };
  const doc = parseNote(note);
  const { text, masked } = maskNote(note, doc.placeholders);
  const ctx: FilterContext = { doc, masked, details: detailWordSet(request), noteNames: namesInNote(doc) };
  const limit = Math.min(note.length, MAX_CHECKED);
  const chunks = chunkNote(text, limit, doc.sentences.map((s) => s.end));
  let engine: LintEngine;
  try {
    engine = options.engine ?? (await startedEngine());
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  // Chunks without a letter have nothing to check. The rest go to the thread in one message,
  // which reads on only while neither bound can have been reached (a chunk's findings are at most
  // its lints): one hop for a note in the common case, and never a chunk the bounds rule out.
  // Where Harper raised many lints that were then dropped, the next chunks follow in another.
  const read = chunks.map((c) => ({ ...c, slice: text.slice(c.start, c.end) })).filter((c) => /[\p{L}]/u.test(c.slice));
  const findings: ProofreadFinding[] = [];
  const seen = new Set<string>();
  let raised = 0;
  let next = 0;
  let bounded = false;
  while (next < read.length && !bounded) {
    let linted: RawLint[][];
    try {
      linted = await engine.lint(
        read.slice(next).map((c) => c.slice),
        Math.max(1, Math.min(MAX_FINDINGS, MAX_RAW_LINTS) - raised),
      );
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
    if (linted.length === 0) break;
    for (const lints of linted) {
      const chunk = read[next++];
      if (!chunk) break;
      const { slice } = chunk;
      raised += lints.length;
      let offsets: number[] | undefined;
      const table = () => (offsets ??= codePointOffsets(slice));
      for (const lint of lints) {
        const local = locate(slice, table, lint.start, lint.end, lint.problem);
        if (!local) continue;
        const span = { start: chunk.start + local.start, end: chunk.start + local.end };
        const actual = note.slice(span.start, span.end);
        if (actual.trim() === '' || shouldDrop(lint, actual, span, ctx)) continue;
        const ruleId = ruleIdOf(lint.kind);
        // Two of Harper's rules on the same words are one slip to the reader.
        const key = `${span.start}:${span.end}:${ruleId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const suggestions = uniqueSuggestions(lint, actual);
        findings.push({ ruleId, message: coachMessage(ruleId, actual, suggestions, lint.message), span, actual, suggestions });
      }
      if (findings.length >= MAX_FINDINGS || raised >= MAX_RAW_LINTS) {
        bounded = true;
        break;
      }
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { ok: true, result: { findings: findings.slice(0, MAX_FINDINGS) } };
}

/** The shared engine once it is ready, or a rejection if it failed or took longer than START_TIMEOUT_MS. */
async function startedEngine(): Promise<LintEngine> {
  const engine = sharedEngine();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('proofreader start timed out')), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([engine.ready, timeout]);
    return engine;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the shared checker now (at server start), so the first request does not pay for it. */
export function warmProofreader(): Promise<boolean> {
  return sharedEngine().ready.then(
    () => true,
    () => false,
  );
}
