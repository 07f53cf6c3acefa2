/**
 * Proofreading (SPEC "Proofreading", issue #13): harper.js on our own server, findings shaped like
 * the analyzer's, names and placeholders left alone, spans exact in UTF-16, bounded, deterministic,
 * and "unavailable" rather than a throw when the checker fails.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { type LintEngine, MAX_CHECKED, MAX_FINDINGS, proofread, type RawLint, warmProofreader } from '@/lib/proofread';
import { sharedEngine } from '@/lib/proofread/engine';
import { chunkNote, maskNote } from '@/lib/proofread';
import { type NoteRequest, type ProofreadFinding, proofreadResultSchema } from '@/lib/schema';

beforeAll(async () => {
  // The first lint builds Harper's dictionary (seconds); every test after it is fast.
  expect(await warmProofreader()).toBe(true);
}, 60_000);

async function findingsOf(request: NoteRequest): Promise<ProofreadFinding[]> {
  const outcome = await proofread(request);
  if (!outcome.ok) throw new Error('proofreader unavailable');
  expect(proofreadResultSchema.safeParse(outcome.result).success).toBe(true);
  for (const f of outcome.result.findings) expect(request.note.slice(f.span.start, f.span.end)).toBe(f.actual);
  return outcome.result.findings;
}

const on = (findings: ProofreadFinding[], actual: string) => findings.filter((f) => f.actual === actual);

describe('slips are found', () => {
  test('"becuase" is a spelling slip with "because" among its suggestions', async () => {
    const note = 'I would like to connect becuase your an expert in there field.';
    const [finding, ...rest] = on(await findingsOf({ note }), 'becuase');
    expect(rest).toEqual([]);
    expect(finding?.ruleId).toBe('spelling');
    expect(finding?.suggestions).toContain('because');
    expect(finding?.span).toEqual({ start: note.indexOf('becuase'), end: note.indexOf('becuase') + 7 });
    // A coach's words, with the slip quoted, not Harper's raw message.
    expect(finding?.message).toMatch(/“becuase”.*misspelled/);
  });

  test('"in there field" suggests "their"', async () => {
    const findings = await findingsOf({ note: 'Hi Ana, you are an expert in there field and I would like to learn from you.' });
    const there = on(findings, 'there');
    expect(there).toHaveLength(1);
    expect(there[0]?.suggestions).toContain('their');
    expect(there[0]?.ruleId).not.toBe('spelling');
  });

  test.each([
    ['i would like to connect with you.', 'i', 'capitalization', 'I'],
    ['It was the the best talk I saw this year.', 'the the', 'repetition', 'the'],
    ['I have been following your work alot.', 'alot', 'spelling', 'a lot'],
  ])('%s → %s', async (note, actual, ruleId, suggestion) => {
    const found = on(await findingsOf({ note }), actual);
    expect(found.map((f) => f.ruleId)).toEqual([ruleId]);
    expect(found[0]?.suggestions).toContain(suggestion);
  });

  test('a clean note has no findings', async () => {
    expect(await findingsOf({ note: 'Hi Sam, I loved your talk on Rust at RustConf. Would love to swap notes on embedded Rust.', profile: { name: 'Sam Lee' } })).toEqual([]);
  });
});

describe('names are not misspellings', () => {
  const note = 'Ikenna, I loved your talk on open source maintenance.';

  test('"Ikenna" given as the recipient is not flagged (and is without the details)', async () => {
    expect(on(await findingsOf({ note, profile: { name: 'Ikenna Obi' } }), 'Ikenna')).toEqual([]);
    // The control: the same note, no details, and the unknown word that opens a sentence is flagged.
    expect(on(await findingsOf({ note }), 'Ikenna').map((f) => f.ruleId)).toEqual(['spelling']);
  });

  test.each([
    ['sender', { sender: { name: 'Chidera Nwosu' } }, 'Chidera, I loved your talk.', 'Chidera'],
    ['company', { profile: { company: 'Zentrixa' } }, 'Zentrixa is where I hope to work.', 'Zentrixa'],
    ['school', { sender: { schools: ['Kwarabu Institute'] } }, 'Kwarabu grads often write to you.', 'Kwarabu'],
    ['mutual', { profile: { mutualConnections: ['Temitope Adeyemi'] } }, 'Temitope suggested I write.', 'Temitope'],
    ['headline word', { profile: { headline: 'Staff engineer, Quorvana' } }, 'Quorvana sounds like a great team.', 'Quorvana'],
  ])('a %s from the details', async (_label, details, text, word) => {
    expect(on(await findingsOf({ note: text, ...details }), word)).toEqual([]);
    expect(on(await findingsOf({ note: text }), word)).not.toEqual([]);
  });

  test('"GSUProgClub" in mid-sentence is a proper noun; the typo beside it is still caught', async () => {
    const findings = await findingsOf({ note: 'We both joined GSUProgClub becuase of the hackathons.' });
    expect(on(findings, 'GSUProgClub')).toEqual([]);
    expect(on(findings, 'becuase')).toHaveLength(1);
  });

  test('a name used in mid-sentence is a name where it opens a sentence too; acronyms and stray letters are left alone', async () => {
    const findings = await findingsOf({ note: 'Hi Mr. Okafor, I am an SRE at UGA. Okafor is a name I know from é the news.' });
    expect(findings.filter((f) => ['Okafor', 'SRE', 'UGA', 'é'].includes(f.actual))).toEqual([]);
  });

  test('"Hi Sam" is not turned into "SAM"', async () => {
    expect(on(await findingsOf({ note: 'Hi Sam, I enjoyed your post.' }), 'Sam')).toEqual([]);
  });
});

describe('what is right in a note is not a slip', () => {
  test.each([
    ['British spelling', 'It would be an honour to join your programme at the centre for organisational research.'],
    ['words of the trade', 'I run an edtech bootcamp, write runbooks in dbt and help healthtech startups with onboarding.'],
    ['a lowercase word after an abbreviation', 'Hi Dr. Brennan, Inc. magazine named us one of the fastest-growing startups.'],
    ["a brand's own casing", 'I loved your workshop at useR! 2025 in Warsaw.'],
    ['an initialism and a multiplier', "I'm a civic-tech volunteer in D.C. and grew our pipeline 3x."],
    ['short forms and mass nouns', 'I am an engineer with a passion for distributed systems; open to a 15-min chat... whenever suits.'],
    ['a hyphenated compound', 'I am co-hosting a meetup on reliability next month.'],
  ])('%s', async (_label, note) => {
    expect(await findingsOf({ note })).toEqual([]);
  });

  test.each([
    ['a misspelled British word is still a slip', 'It would be an honnour to connect.', 'honnour'],
    ['"alot" is still two words', 'I have learned alot from your posts.', 'alot'],
    ['a lowercase sentence start', 'Thanks for the talk. would love to connect.', 'would'],
  ])('%s', async (_label, note, actual) => {
    expect(on(await findingsOf({ note }), actual)).toHaveLength(1);
  });

  test('"im" suggests "I\'m" first', async () => {
    expect(on(await findingsOf({ note: 'Hi Sam, im a student at your old school.' }), 'im')[0]?.suggestions[0]).toBe("I'm");
  });
});

describe('spans and placeholders', () => {
  test.each(['🚀 é ', '👩‍💻🚀 é ', 'e\u0301 日本 ', '🇺🇸 Ünïcödé 👍🏽 '])('spans are exact UTF-16 after %j', async (prefix) => {
    const note = `${prefix}I would like to connect becuase your an expert in there field.`;
    const findings = await findingsOf({ note });
    expect(on(findings, 'becuase')[0]?.span.start).toBe(note.indexOf('becuase'));
    expect(on(findings, 'there')[0]?.span.start).toBe(note.indexOf('there'));
  });

  test('placeholders, links and handles are not proofread', async () => {
    const note = 'Hi [Nmae], I liked {compnay} and <frist name> at https://exampel.com/pst, @jonh_doo, mail me at jo@exampel.com.';
    expect(await findingsOf({ note })).toEqual([]);
    // The control: the same words outside placeholders are slips.
    expect((await findingsOf({ note: 'Hi Sam, I liked compnay and frist.' })).map((f) => f.actual)).toEqual(['compnay', 'frist']);
  });

  test('maskNote keeps every offset and blanks what is not prose', () => {
    const note = 'Hi [Name], see https://x.io/abc and ' + 'z'.repeat(60) + ' ok';
    const { text } = maskNote(note, [{ start: 3, end: 9 }]);
    expect(text).toHaveLength(note.length);
    expect(text).toBe(`Hi ${' '.repeat(6)}, see ${' '.repeat(16)} and ${' '.repeat(60)} ok`);
  });

  test('chunks cover the read part of the note, at sentence ends where possible', () => {
    const note = 'One sentence here. '.repeat(60);
    const ends = [...note.matchAll(/\./g)].map((m) => m.index + 1);
    const chunks = chunkNote(note, MAX_CHECKED, ends);
    expect(chunks[0]?.start).toBe(0);
    expect(chunks.at(-1)?.end).toBe(MAX_CHECKED);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.start).toBe(chunks[i - 1]?.end);
    for (const c of chunks.slice(0, -1)) expect(ends).toContain(c.end);
  });
});

describe('bounded, deterministic, total', () => {
  /** The real engine, counting how much text it is asked to read. */
  function countingEngine(): LintEngine & { read: number; calls: number } {
    const engine = {
      read: 0,
      calls: 0,
      lint(texts: readonly string[], maxRaw?: number): Promise<RawLint[][]> {
        engine.read += texts.reduce((n, t) => n + t.length, 0);
        engine.calls += 1;
        return sharedEngine().lint(texts, maxRaw);
      },
    };
    return engine;
  }

  const random = (n: number, letters: string) => {
    let s = '';
    let x = 7;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += letters[x % letters.length];
    }
    return s;
  };

  test.each([
    ['random lowercase words', random(5000, 'abcdefghijklmnopqrstuvwxyz    ')],
    ['random capitalized words', `x ${random(4998, 'abcdefghijklmnopqrstuvwxyz    ').replace(/\b\w/g, (c) => c.toUpperCase())}`],
    ['one 5,000-letter word', 'a'.repeat(5000)],
    ['typos only', 'becuase thier recieve definately '.repeat(160).slice(0, 5000)],
    ['emoji and accents', '🚀é '.repeat(1250)],
    ['brackets', '[['.repeat(2500)],
  ])('a 5,000-character hostile note (%s) is read only up to the bound', async (_label, note) => {
    expect(note.length).toBeGreaterThanOrEqual(5000);
    const engine = countingEngine();
    const outcome = await proofread({ note: note.slice(0, 5000) }, { engine });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(engine.read).toBeLessThanOrEqual(MAX_CHECKED);
    expect(outcome.result.findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
    for (const f of outcome.result.findings) expect(f.span.end).toBeLessThanOrEqual(MAX_CHECKED);
  }, 30_000);

  test('same input, same output', async () => {
    const request: NoteRequest = { note: 'Hi Ikenna, i would like to connect becuase your an expert in there field 🚀 and and more.', profile: { name: 'Ikenna' } };
    const first = await proofread(request);
    const second = await proofread(structuredClone(request));
    expect(first.ok && first.result.findings.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  test('any string gets an answer whose spans match the note', async () => {
    const pieces = ['🚀', 'é', 'e\u0301', '\uD800', '\uDC00', '\u0000', '\u200D', '[Name]', 'becuase', 'there', 'i', ' ', '\n', '.', 'Hi Sam,', 'GSUProgClub', '"', '“', 'ﬁ', '日本'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), async (parts) => {
        const note = parts.join(' ');
        const outcome = await proofread({ note });
        expect(outcome.ok).toBe(true);
        if (outcome.ok) for (const f of outcome.result.findings) expect(note.slice(f.span.start, f.span.end)).toBe(f.actual);
      }),
      { numRuns: 60, seed: 13 },
    );
  }, 60_000);
});

describe('the engine behind it', () => {
  test('code-point spans (an older or newer Harper) are converted to UTF-16; spans that fit nothing are dropped', async () => {
    const note = '🚀 Hi, I liked compnay.';
    const cp = [...note].indexOf('c');
    const engine: LintEngine = {
      lint: async () => [
        [
          { rule: 'SpellCheck', kind: 'Spelling', message: 'x', start: cp, end: cp + 7, problem: 'compnay', suggestions: ['company'] },
          { rule: 'SpellCheck', kind: 'Spelling', message: 'x', start: 2, end: 400, problem: 'nowhere', suggestions: [] },
        ],
      ],
    };
    const outcome = await proofread({ note }, { engine });
    expect(outcome).toEqual({
      ok: true,
      result: { findings: [{ ruleId: 'spelling', message: expect.stringContaining('“compnay”'), span: { start: note.indexOf('compnay'), end: note.indexOf('compnay') + 7 }, actual: 'compnay', suggestions: ['company'] }] },
    });
  });

  test('a note goes to the engine in one call; chunks past a run of dropped lints follow in another', async () => {
    const note = 'I liked your talk on tracing at the meetup. '.repeat(14).trim();
    const calls: { texts: readonly string[]; maxRaw: number | undefined }[] = [];
    /** A double that keeps the engine's contract: one list per chunk read, stopping at maxRaw lints. */
    const engineRaising = (perChunk: (i: number) => RawLint[]): LintEngine => ({
      lint: async (texts, maxRaw = Infinity) => {
        calls.push({ texts, maxRaw });
        const out: RawLint[][] = [];
        let raised = 0;
        for (const [i] of texts.entries()) {
          const lints = perChunk(calls.length === 1 ? i : 99);
          out.push(lints);
          raised += lints.length;
          if (raised >= maxRaw) break;
        }
        return out;
      },
    });
    expect(await proofread({ note }, { engine: engineRaising(() => []) })).toEqual({ ok: true, result: { findings: [] } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.texts.length).toBeGreaterThanOrEqual(3);
    // 30 lints on the first chunk that fit no text (dropped): no bound is reached, so the rest is read.
    calls.length = 0;
    const stray: RawLint = { rule: 'SpellCheck', kind: 'Spelling', message: 'x', start: 0, end: 3, problem: 'zzz', suggestions: [] };
    await proofread({ note }, { engine: engineRaising((i) => (i === 0 ? Array.from({ length: 30 }, () => stray) : [])) });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.texts).toEqual(calls[0]?.texts.slice(1));
  });

  test('an engine that fails makes proofreading unavailable, not an exception', async () => {
    const engine: LintEngine = { lint: () => Promise.reject(new Error('wasm trap')) };
    expect(await proofread({ note: 'Hello there.' }, { engine })).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('the proofreader thread', () => {
  test('lints off the main thread, and once stopped answers with a rejection, not a hang', async () => {
    const { createHarperEngine } = await import('@/lib/proofread/engine');
    const engine = createHarperEngine();
    await engine.ready;
    // The event loop stays free while the thread works: a timer set now fires before the lint ends.
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    const [lints = [], more = []] = await engine.lint(['I liked your tlak becuase it was clear. '.repeat(20), 'And your recnet post.']);
    expect(ticked).toBe(true);
    expect(lints.some((l) => l.problem === 'tlak' && l.rule === 'SpellCheck')).toBe(true);
    // Each chunk gets its own list, its offsets its own.
    expect(more.find((l) => l.problem === 'recnet')?.start).toBe(9);
    // Reading stops after the chunk that brings the lints raised to the bound.
    expect(await engine.lint(['I liked your tlak.', 'And your recnet post.'], 1)).toHaveLength(1);
    await engine.stop();
    await expect(engine.lint(['Hello there.'])).rejects.toThrow(/stopped/);
  }, 90_000);
});

describe('threadNice', () => {
  test.each([
    [undefined, 10],
    ['0', 0],
    ['19', 19],
    ['20', 10],
    ['-1', 10],
    ['high', 10],
  ])('NOTECOACH_PROOFREAD_NICE=%s → %i', async (value, expected) => {
    const { threadNice } = await import('@/lib/proofread/engine');
    expect(threadNice({ NOTECOACH_PROOFREAD_NICE: value })).toBe(expected);
  });
});
