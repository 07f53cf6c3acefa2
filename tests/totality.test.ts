/**
 * Totality of the analyzer and the rewrite engine: for any note a user (or an attacker) can send —
 * arbitrary Unicode, emoji and ZWJ sequences, combining marks, right-to-left text, zero-width and
 * control characters, NUL, lone surrogates, long runs of one character, deep brackets and quotes —
 * they answer without throwing, inside their schemas, with every span in range and matching its
 * `actual`, and the same input always gives the same output.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { rewrite } from '@/lib/rewrite';
import {
  type Analysis,
  analysisSchema,
  CHECK_IDS,
  limitFor,
  MAX_NOTE_LENGTH,
  type NoteRequest,
  rewriteResultSchema,
} from '@/lib/schema';

/** Pieces that stress text handling: each is a kind of input the issue names, or a word the checks react to. */
const HOSTILE_FRAGMENTS = [
  '🚀', '🔥💯', '👋', '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇺🇸', '1️⃣', // emoji, ZWJ sequences, modifiers, flags, keycaps
  'e\u0301', 'Z\u0351\u0352\u0353\u0354\u0355a\u0300\u0301\u0302', '\u0308', // combining marks, zalgo, a lone mark
  'مرحبا بك', 'שלום', '\u202Eevil\u202C', '\u200F', '\u061C', // right-to-left text and direction controls
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width characters
  '\u0000', '\u0007', '\b', '\t', '\r\n', '\r', '\u000B', '\f', '\u001B[31m', '\u007F', '\u0085', '\u2028', '\u2029', // controls and line breaks
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDFFF\uD800', // lone and reversed surrogates
  '[', ']', '{', '}', '(', ')', '<', '>', '"', "'", '“', '”', '‘', '’', '«', '»', '`', '\\', // brackets and quotes
  '[Name]', '{company}', '<first name>', '[[[[', ']]]]', '"""', // placeholders and unbalanced nesting
  'Hi Sam,', 'Dear Sir/Madam,', "I'd like to add you to my professional network.", 'I came across your profile',
  'thought leader', 'GURU', '10,000 followers', 'Can you refer me?', 'sorry to bother you', '!!!', '???', '...', '…',
  'Dr.', 'U.S.', 'e.g.', 'Mr. O\u2019Brien', 'https://example.com/a?b=c', 'a@b.co', '#hashtag', '@mention',
  'ＦＵＬＬＷＩＤＴＨ', 'İstanbul', 'ß', 'ﬁ', '𝔐𝔞𝔱𝔥', '¹²³', '١٢٣', '\u3000', '日本語のテキスト', '한국어',
  ' ', '  ', '\n\n', '.', ',', '-', '–', '—', '/', '|',
];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Text built from hostile fragments, random code units, whole code points and plain words. */
const hostileText = (maxPieces: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
        { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
        { weight: 3, arbitrary: fc.constantFrom('I', 'loved', 'your', 'talk', 'on', 'we', 'both', 'went', 'to', 'Michigan', 'connect', 'learn', 'how', 'Priya') },
      ),
      { maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(' ').slice(0, MAX_NOTE_LENGTH));

/** A field within the schema's limit, sometimes empty, sometimes hostile. */
const field = (max: number) => fc.oneof(fc.constant(''), hostileText(6).map((s) => s.slice(0, max)), fc.string({ unit: codeUnit, maxLength: max }));

const requestArbitrary = (noteText: fc.Arbitrary<string>): fc.Arbitrary<NoteRequest> =>
  fc.record(
    {
      note: noteText,
      plan: fc.constantFrom('free', 'premium') as fc.Arbitrary<'free' | 'premium'>,
      profile: fc.record(
        {
          name: field(100),
          headline: field(220),
          company: field(100),
          industry: field(100),
          about: field(2600),
          recentWork: field(300),
          schools: fc.array(field(120), { maxLength: 3 }),
          mutualConnections: fc.array(field(100), { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
      sender: fc.record(
        { name: field(100), headline: field(220), company: field(100), industry: field(100), goal: field(300), schools: fc.array(field(120), { maxLength: 3 }) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['note'] },
  );

/** Inputs named in the issue, spelled out so a failure names them. */
const EXTREME_NOTES: { name: string; note: string }[] = [
  { name: 'empty', note: '' },
  { name: '5,000 × "a"', note: 'a'.repeat(5000) },
  { name: '5,000 spaces', note: ' '.repeat(5000) },
  { name: '5,000 × "."', note: '.'.repeat(5000) },
  { name: '5,000 × "!"', note: '!'.repeat(5000) },
  { name: '5,000 × NUL', note: '\u0000'.repeat(5000) },
  { name: '5,000 newlines', note: '\n'.repeat(5000) },
  { name: '5,000 zero-width joiners', note: '\u200D'.repeat(5000) },
  { name: '5,000 combining acute accents', note: '\u0301'.repeat(5000) },
  { name: '5,000 lone high surrogates', note: '\uD800'.repeat(5000) },
  { name: '5,000 lone low surrogates', note: '\uDC00'.repeat(5000) },
  { name: '2,500 rockets', note: '🚀'.repeat(2500) },
  { name: '625 family ZWJ sequences', note: '👩‍👩‍👧'.repeat(625) },
  { name: '5,000 × "["', note: '['.repeat(5000) },
  { name: '2,500 nested brackets', note: '['.repeat(2500) + ']'.repeat(2500) },
  { name: 'mixed nested brackets', note: '[{(<'.repeat(625) + '>)}]'.repeat(625) },
  { name: '5,000 straight quotes', note: '"'.repeat(5000) },
  { name: '2,500 nested curly quotes', note: '“‘'.repeat(1250) + '’”'.repeat(1250) },
  { name: '5,000 apostrophes', note: "'".repeat(5000) },
  { name: 'placeholders, 294 times', note: '[Name] {company} '.repeat(294) },
  { name: '5,000 × "A" (all caps)', note: 'A'.repeat(5000) },
  { name: 'one 5,000-letter word after a greeting', note: `Hi ${'x'.repeat(4997)}`.slice(0, 5000) },
  { name: '1,000 sentences', note: 'Hi. '.repeat(1250) },
  { name: 'right-to-left override around a greeting', note: '\u202EHi Sam, I loved your talk.\u202C' },
  { name: 'Arabic note', note: 'مرحبا، قرأت مقالك عن التوظيف وأود التواصل.' },
  { name: 'zalgo', note: 'H\u0335\u0321i\u0337 S\u0336a\u0334m'.repeat(100) },
  { name: 'every control character', note: Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('x') },
];

/** Asserts every structural promise of an analysis of `note`. */
function expectSoundAnalysis(analysis: Analysis, request: NoteRequest): void {
  const parsed = analysisSchema.safeParse(analysis);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  expect(analysis.checks.map((check) => check.id).sort()).toEqual([...CHECK_IDS].sort());
  expect(analysis.stats.characters).toBe(request.note.length);
  expect(analysis.stats.limit).toBe(limitFor(request.plan));
  for (const check of analysis.checks) {
    for (const finding of check.findings) {
      const { start, end } = finding.span;
      expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
      expect(0 <= start && start <= end && end <= request.note.length, `${finding.ruleId} span ${start}–${end} of ${request.note.length}`).toBe(true);
      expect(finding.actual).toBe(request.note.slice(start, end));
    }
  }
}

function expectSoundRewrite(request: NoteRequest): void {
  const result = rewrite(request);
  const parsed = rewriteResultSchema.safeParse(result);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  for (const variant of result.variants) {
    expect(variant.text.length).toBeLessThanOrEqual(limitFor(request.plan));
    expectSoundAnalysis(variant.analysis, { ...request, note: variant.text });
  }
  // Deterministic: a structurally equal request gives an equal result.
  expect(rewrite(structuredClone(request))).toEqual(result);
}

describe('analyze is total', () => {
  test.each(EXTREME_NOTES)('$name', ({ note }) => {
    for (const plan of ['free', 'premium'] as const) {
      const request: NoteRequest = { note, plan, profile: { name: note.slice(0, 100) } };
      const analysis = analyze(request);
      expectSoundAnalysis(analysis, request);
      expect(analyze(structuredClone(request))).toEqual(analysis);
    }
  });

  test('short hostile notes with hostile details (property)', () => {
    fc.assert(
      fc.property(requestArbitrary(hostileText(40)), (request) => {
        const analysis = analyze(request);
        expectSoundAnalysis(analysis, request);
        expect(analyze(structuredClone(request))).toEqual(analysis);
      }),
      { numRuns: 300 },
    );
  });

  test('long hostile notes up to the 5,000-character cap (property)', () => {
    fc.assert(
      fc.property(requestArbitrary(hostileText(1500)), (request) => {
        expectSoundAnalysis(analyze(request), request);
      }),
      { numRuns: 25 },
    );
  });

  test('any string of code units, lone surrogates included (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 400 }), (note) => {
        expectSoundAnalysis(analyze({ note }), { note });
      }),
      { numRuns: 300 },
    );
  });
});

describe('rewrite is total', () => {
  test.each(EXTREME_NOTES)('$name', ({ note }) => {
    expectSoundRewrite({ note, plan: 'free', profile: { name: 'Sam Lee', recentWork: note.slice(0, 300) } });
  });

  test('hostile notes with hostile details (property)', () => {
    fc.assert(
      fc.property(requestArbitrary(hostileText(40)), (request) => expectSoundRewrite(request)),
      { numRuns: 150 },
    );
  });
});
