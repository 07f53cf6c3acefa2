/**
 * The rewrite contract, proven on the labeled dev set and on targeted drafts: at most two
 * sentences, within the plan's limit, the recipient's name kept, no invented fact, a score at
 * least the draft's, placeholders listed, deterministic; and the engine fixes what failed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { parseDraft, rewrite, unsupportedFacts } from '@/lib/rewrite';
import { CHECK_IDS, limitFor, rewriteResultSchema, type Analysis, type NoteRequest, type Variant } from '@/lib/schema';
import { firstNameOf } from '@/lib/templates/text';

interface DevRow {
  id: string;
  request: NoteRequest;
}

const dev: DevRow[] = readFileSync(new URL('./fixtures/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as DevRow);

const status = (analysis: Analysis, id: string) => analysis.checks.find((c) => c.id === id)?.status;

/** The name a variant must keep: the details' first name, or the draft's greeting name when the details have none. */
function expectedName(request: NoteRequest): string | undefined {
  if (request.profile?.name) return undefined; // checked against the first name or the draft's form below
  const name = /^\s*(?:hi|hello|hey|dear)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(request.note.replace(/^\s*\p{L}+/u, (w) => w.toLowerCase()))?.[1];
  return name && !/^(?:Sir|Madam|There|All|Team|Everyone)$/.test(name) ? name : undefined;
}

/** Asserts every promise of the rewrite contract for one request's variants. */
function expectGuarantees(request: NoteRequest, variants: readonly Variant[]): void {
  const draft = analyze(request);
  const limit = limitFor(request.plan);
  expect(variants.length).toBeLessThanOrEqual(3);
  for (const v of variants) {
    const again = analyze({ ...request, note: v.text });
    expect(v.analysis).toEqual(again); // the analysis shown is the text's own
    expect(again.stats.sentences).toBeLessThanOrEqual(2);
    expect(v.text.length).toBeLessThanOrEqual(limit);
    expect(again.score).toBeGreaterThanOrEqual(draft.score);
    expect(unsupportedFacts(v.text, request)).toEqual([]);
    expect([...v.placeholders].sort()).toEqual([...new Set(v.text.match(/\[[^\]]+\]/g) ?? [])].sort());
    expect(v.changes.length).toBeGreaterThan(0);
    for (const change of v.changes) expect(CHECK_IDS).toContain(change.checkId);
    const first = firstNameOf(request.profile?.name);
    if (first) {
      // "Dr. Chen" for Wei Chen is the draft's own respectful form; "Bob" for Robert too, when the
      // analyzer accepts it (no name-mismatch); otherwise the first name.
      const surname = request.profile?.name?.trim().split(/\s+/).pop() ?? first;
      const greeted = parseDraft(request.note).greeting?.name ?? '';
      const accepted = greeted !== '' && !draft.checks.some((c) => c.findings.some((f) => f.ruleId === 'name-mismatch'));
      expect(v.text.includes(first) || v.text.includes(surname) || (accepted && v.text.toLowerCase().includes(greeted.toLowerCase()))).toBe(true);
    }
    const name = expectedName(request);
    if (name) expect(v.text).toContain(name);
  }
}

describe('rewrite on the dev set', () => {
  test.each(dev.map((row) => [row.id, row.request] as const))('%s keeps every guarantee', (_id, request) => {
    const result = rewrite(request);
    expect(rewriteResultSchema.safeParse(result).success).toBe(true);
    expectGuarantees(request, result.variants);
    expect(rewrite(structuredClone(request))).toEqual(result);
  });

  /**
   * Notes that fail length, intent or red flags, and whose details (or draft) give a purpose that
   * is not a pitch or an ask: the engine must be able to fix these without a placeholder.
   */
  const fixable = dev.filter(({ request }) => {
    const a = analyze(request);
    const needsFix = (['length', 'intent', 'red-flags'] as const).some((id) => status(a, id) !== 'pass');
    const flags = new Set(a.checks.find((c) => c.id === 'red-flags')?.findings.map((f) => f.ruleId));
    const detailsPurpose = Boolean(request.sender?.goal || request.profile?.company || request.profile?.industry);
    const draftPurpose = status(a, 'intent') === 'pass' && !flags.has('early-ask') && !flags.has('sales-pitch');
    return needsFix && (detailsPurpose || draftPurpose);
  });

  test('the fixable subset is not trivially small', () => {
    expect(fixable.length).toBeGreaterThanOrEqual(6);
  });

  test('at least 80% of first variants pass length, intent and red-flags on fixable notes', () => {
    const passing = fixable.filter(({ request }) => {
      const first = rewrite(request).variants[0];
      return first !== undefined && (['length', 'intent', 'red-flags'] as const).every((id) => status(first.analysis, id) === 'pass');
    });
    expect(passing.length / fixable.length).toBeGreaterThanOrEqual(0.8);
  });

  test('the mean score of fixable notes rises by at least 25 points', () => {
    const rise = fixable.map(({ request }) => (rewrite(request).variants[0]?.analysis.score ?? analyze(request).score) - analyze(request).score);
    expect(rise.reduce((a, b) => a + b, 0) / rise.length).toBeGreaterThanOrEqual(25);
  });
});

describe('the fact guard', () => {
  const request: NoteRequest = {
    note: 'Hi Tim, loved your talk at ISMB 2026.',
    profile: { name: 'Tim Okafor', schools: ['University of Michigan'], company: 'Acme' },
  };
  test.each([
    ['a school nobody mentioned', 'Hi Tim, fellow Harvard alum here.', ['Harvard']],
    ['a number nobody mentioned', 'Hi Tim, we cut costs by 40%.', ['40%']],
    ['a person nobody mentioned', 'Hi Tim, Sam Patel suggested I write.', ['Sam', 'Patel']],
    ['facts from the draft, any case', 'Hi Tim, I loved your talk at ismb 2026.', []],
    ['facts from the details', 'Hi Tim, fellow University of Michigan alum, now at ACME.', []],
    ['bracketed placeholders', 'Hi Tim, I enjoyed [the Post You Read].', []],
    ['the engine’s own sentence starts', "Hi Tim, I'd love to connect. We both know it.", []],
    ['a name that only contains a known word', 'Hi Tim, Timothy here.', ['Timothy']],
  ])('flags %s', (_what, text, expected) => {
    expect(unsupportedFacts(text, request)).toEqual(expected);
  });
});

/** Words the engine may add itself; any other word of a variant must be a whole word of the input. */
const ENGINE_WORDS = new Set(
  "hi hello hey dear i i'd i'm i've love like to connect and learn about more your work at in on compare notes fellow alum here also we both know enjoyed hear how team approaches its there would value advice it working what you'd from them liked the post or talk of theirs".split(
    ' ',
  ),
);

function wordsOf(text: string): string[] {
  return (text.replace(/\[[^\]]*\]/g, ' ').toLowerCase().replace(/’/g, "'").match(/[\p{L}\d][\p{L}\d'.-]*[\p{L}\d]|[\p{L}\d]/gu) ?? []).map((w) => w.replace(/'s$/, ''));
}

describe('what the rewrite fixes', () => {
  const longDraft =
    'Hi Noah, I hope you are doing well and having a great week so far. My name is Chris and I am a software engineer based in Austin with a passion for distributed systems and clean code. I have been following your company for a while and I think it is doing amazing things in the cloud space. I would love to connect with you and learn how your team handles multi-region failover.';

  test.each<[string, NoteRequest, (first: Variant) => void]>([
    [
      'the sender’s goal becomes the intent',
      { note: 'Hi Ana, great profile! Let’s connect.', profile: { name: 'Ana Ruiz' }, sender: { goal: 'learn how you moved from nursing into health informatics' } },
      (v) => {
        expect(v.text).toContain('learn how you moved from nursing into health informatics');
        expect(status(v.analysis, 'intent')).toBe('pass');
        expect(v.changes.some((c) => c.checkId === 'intent')).toBe(true);
      },
    ],
    [
      'a shared school becomes “fellow … alum”',
      { note: 'Hi Carla, I would love to connect to learn about design culture at your team.', profile: { name: 'Carla Nunes', schools: ['Rice University'] }, sender: { schools: ['rice university'] } },
      (v) => {
        expect(v.text).toMatch(/fellow Rice University alum/);
        expect(status(v.analysis, 'shared-ground')).toBe('pass');
      },
    ],
    [
      'their recent work becomes the specific praise',
      { note: 'Hi Sam, I’d like to connect and learn how you hire designers.', profile: { name: 'Sam Ortiz', recentWork: 'post on portfolio reviews' } },
      (v) => {
        expect(v.text).toContain('your post on portfolio reviews');
        expect(status(v.analysis, 'specific-praise')).toBe('pass');
      },
    ],
    [
      'the greeting uses the recipient’s name, not another one',
      { note: 'Hi Rebecca, I loved your talk on onboarding metrics. I would like to connect to compare notes on activation.', profile: { name: 'Rachel Stone' } },
      (v) => {
        expect(v.text.startsWith('Hi Rachel,')).toBe(true);
        expect(v.text).not.toContain('Rebecca');
      },
    ],
    [
      'boilerplate, hedges and filler go; the purpose stays',
      { note: longDraft, profile: { name: 'Noah Berg' } },
      (v) => {
        expect(v.text).not.toMatch(/hope you are doing well|my name is|with you/i);
        expect(v.text).toContain('learn how your team handles multi-region failover');
        expect(status(v.analysis, 'red-flags')).toBe('pass');
      },
    ],
    [
      'an early ask and a résumé line go',
      { note: 'Hi Kim, I saw you’re hiring at Stripe. Could you refer me for the Senior Engineer role? My resume is attached.', profile: { name: 'Kim Tran', company: 'Stripe' } },
      (v) => {
        expect(v.text).not.toMatch(/refer|resume/i);
        expect(status(v.analysis, 'red-flags')).toBe('pass');
        expect(status(v.analysis, 'intent')).toBe('pass');
      },
    ],
    [
      'template placeholders are filled from the details',
      { note: 'Hi {first_name}, I noticed we’re both in {industry} and I’d love to connect.', profile: { name: 'Oscar Bell', industry: 'Insurance' } },
      (v) => {
        expect(v.text).toMatch(/^Hi Oscar, /);
        expect(v.text).not.toMatch(/[{}[\]]/);
        expect(v.placeholders).toEqual([]);
      },
    ],
    [
      'shouting and a run of exclamation marks calm down',
      { note: 'HI TOM!!! LOVED YOUR WEBINAR ON PRICING PAGES!!! I WANT TO LEARN HOW YOU TEST THEM!!!', profile: { name: 'Tom Hale' } },
      (v) => {
        expect(v.text).not.toMatch(/!|[A-Z]{4,}/);
        expect(status(v.analysis, 'red-flags')).toBe('pass');
      },
    ],
  ])('%s', (_what, request, check) => {
    const first = rewrite(request).variants[0];
    expect(first).toBeDefined();
    if (first) check(first);
  });

  test.each([
    ['premium, 377 characters', 'premium' as const],
    ['free, 377 characters', 'free' as const],
  ])('compresses a long draft (%s) to the limit without cutting a word', (_what, plan) => {
    const request: NoteRequest = { note: longDraft, plan, profile: { name: 'Noah Berg' } };
    const { variants } = rewrite(request);
    expect(variants.length).toBeGreaterThan(0);
    const source = new Set(wordsOf(`${request.note} ${request.profile?.name}`));
    for (const v of variants) {
      expect(v.text.length).toBeLessThanOrEqual(limitFor(plan));
      for (const word of wordsOf(v.text)) expect(source.has(word) || ENGINE_WORDS.has(word), word).toBe(true);
    }
  });

  test('contracts and tightens the draft’s own words', () => {
    const { variants } = rewrite({ note: 'Hi Leo, I am in healthcare analytics too and I would really like to connect in order to trade ideas on readmission models.', profile: { name: 'Leo Marsh' } });
    expect(variants[0]?.text).toBe("Hi Leo, I'm in healthcare analytics too and I'd like to connect to trade ideas on readmission models.");
  });

  test('falls back to a placeholder only when nothing else states a purpose', () => {
    const bare = rewrite({ note: '', profile: { name: 'Kate Moss' } });
    const fillIn = bare.variants.find((v) => v.placeholders.length > 0);
    expect(fillIn?.placeholders).toContain("[what you'd like to learn from them]");
    const withGoal = rewrite({ note: '', profile: { name: 'Kate Moss' }, sender: { goal: 'ask how you priced your first course' } });
    expect(withGoal.variants[0]?.placeholders).toEqual([]);
    expect(withGoal.variants[0]?.text).toContain('ask how you priced your first course');
  });

  test('returns no variant when the draft already does everything the details allow', () => {
    const strong = dev.find((row) => row.id === 'd01');
    expect(strong && rewrite(strong.request).variants).toEqual([]);
  });
});

describe('guarantees hold for mixed drafts and details', () => {
  const notes = dev.map((row) => row.request.note);
  const names = ['Priya Raman', 'Tim Okafor', 'Dr. Wei Chen', 'Zoë Ångström', 'Jean-Luc Picard'];
  const schools = ['University of Michigan', 'UCLA', 'Georgia Institute of Technology', 'London School of Economics and Political Science'];
  const industries = ['Financial technology', 'HR software', 'Insurance', 'Climate fintech'];
  const works = ['post on pricing pages', 'The Quiet Offer', 'talk at KubeCon on multi-region failover', 'book The Intentional Network'];
  const goals = ['learn how you moved into product management', 'explore roles in climate tech', 'advice on pricing audits', 'to compare notes on MRV standards'];

  test('every variant keeps every guarantee', () => {
    fc.assert(
      fc.property(
        fc.record({
          note: fc.constantFrom(...notes),
          plan: fc.constantFrom('free' as const, 'premium' as const, undefined),
          name: fc.option(fc.constantFrom(...names), { nil: undefined }),
          school: fc.option(fc.constantFrom(...schools), { nil: undefined }),
          industry: fc.option(fc.constantFrom(...industries), { nil: undefined }),
          recentWork: fc.option(fc.constantFrom(...works), { nil: undefined }),
          goal: fc.option(fc.constantFrom(...goals), { nil: undefined }),
          company: fc.option(fc.constantFrom('Acme', 'Globex', 'Boston Dynamics'), { nil: undefined }),
        }),
        (r) => {
          const request: NoteRequest = {
            note: r.note,
            ...(r.plan ? { plan: r.plan } : {}),
            profile: { name: r.name, schools: r.school ? [r.school] : undefined, industry: r.industry, recentWork: r.recentWork, company: r.company },
            sender: { schools: r.school ? [r.school] : undefined, industry: r.industry, goal: r.goal },
          };
          expectGuarantees(request, rewrite(request).variants);
        },
      ),
      { numRuns: 60, seed: 20261128 },
    );
    // Generous: the machine is shared and each run analyzes a few dozen candidates.
  }, 60_000);
});

describe('review fixes', () => {
  const words = (v: Variant) => v.text;

  test('a weak draft with no purpose still gets a variant that states one, keeping its praise', () => {
    const request: NoteRequest = { note: 'Hi José, I loved your post on hiring in Lisbon.', profile: { name: 'José Silva' } };
    const draft = analyze(request);
    expect(status(draft, 'intent')).toBe('fail');
    const { variants } = rewrite(request);
    expect(variants.length).toBeGreaterThan(0);
    const first = variants[0] as Variant;
    expect(first.text.startsWith('Hi José,')).toBe(true);
    expect(first.text).toContain('your post on hiring in Lisbon');
    expect(status(first.analysis, 'intent')).toBe('pass');
    expect(first.analysis.score).toBeGreaterThan(draft.score);
    expect(first.placeholders).toEqual([]);
    expect(first.changes.some((c) => c.checkId === 'intent')).toBe(true);
    expectGuarantees(request, variants);
  });

  test('the sender’s goal comes first when the details give one', () => {
    const request: NoteRequest = { note: 'Hi José, I loved your post on hiring in Lisbon.', profile: { name: 'José Silva' }, sender: { goal: 'learn how you built your recruiting team' } };
    const first = rewrite(request).variants[0];
    expect(first?.text).toContain('learn how you built your recruiting team');
    expect(first?.text).toContain('your post on hiring in Lisbon');
  });

  test('their recent work in the details gives a purpose when the draft has none', () => {
    const request: NoteRequest = { note: 'Hi Sam, great post!', profile: { name: 'Sam Ortiz', recentWork: 'post on portfolio reviews' } };
    const first = rewrite(request).variants[0];
    expect(first && status(first.analysis, 'intent')).toBe('pass');
    expect(first?.text).toContain('portfolio reviews');
  });

  test('every dev draft without a passing intent gets a variant whenever its details or draft give a purpose', () => {
    for (const { id, request } of dev) {
      const draft = analyze(request);
      if (status(draft, 'intent') === 'pass' || draft.verdict === 'strong') continue;
      const hasSource = Boolean(request.sender?.goal || request.profile?.company || request.profile?.industry || request.profile?.recentWork || status(draft, 'specific-praise') === 'pass');
      if (hasSource) expect(rewrite(request).variants.length, id).toBeGreaterThan(0);
    }
  });

  test('a purpose the analyzer missed is restated, not dropped, and no plain “I’d love to connect.” is tacked on', () => {
    const missed: NoteRequest = { note: 'Hi Emma, keen to hear your views on async onboarding.', profile: { name: 'Emma Stone' } };
    const going: NoteRequest = { note: 'Hi Emma, great chat at DevDays! Keeping the conversation going here.', profile: { name: 'Emma Stone' } };
    for (const request of [missed, going]) {
      const { variants } = rewrite(request);
      expect(variants.length).toBeGreaterThan(0);
      for (const v of variants) {
        expect(words(v)).not.toMatch(/^Hi Emma, (?:I'd love to|let's) connect\.$/);
        expect(words(v)).not.toMatch(/I'd love to connect\./);
      }
      expectGuarantees(request, variants);
    }
    for (const v of rewrite(missed).variants) expect(v.text).toContain('async onboarding');
    for (const v of rewrite(going).variants) expect(v.text).toContain('keep the conversation going');
  });

  test('“Concise” never shrinks a draft with more to say to a bare ask', () => {
    for (const { id, request } of dev) {
      const a = analyze(request);
      const saidMore = a.checks.some((c) => c.id !== 'intent' && c.id !== 'length' && c.id !== 'red-flags' && c.status !== 'fail');
      if (!saidMore) continue;
      for (const v of rewrite(request).variants) {
        expect(v.text, id).not.toMatch(/^\S+(?: \S+)?, (?:I'd love to connect|let's connect)\.$/i);
      }
    }
  });

  test('the draft’s greeting name stays when the analyzer accepts it (a nickname); only a mismatch is replaced', () => {
    const bob: NoteRequest = { note: 'Hi Bob, I loved your talk on onboarding metrics!!! I would like to connect to compare notes on activation!!!', profile: { name: 'Robert Smith' } };
    expect(analyze(bob).checks.find((c) => c.id === 'red-flags')?.findings.map((f) => f.ruleId)).not.toContain('name-mismatch');
    const { variants } = rewrite(bob);
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      expect(v.text.startsWith('Hi Bob,')).toBe(true);
      expect(v.text).not.toContain('Robert');
    }
    expectGuarantees(bob, variants);
    const rev: NoteRequest = { note: "Hi Rev. Adeyemi, I heard your sermon series on grief and it has stayed with me. I'd love to connect and learn how your parish runs its bereavement café.", profile: { name: 'Folake Adeyemi' } };
    for (const v of rewrite(rev).variants) expect(v.text.startsWith('Hi Rev. Adeyemi,')).toBe(true);
  });

  test('fill-ins obey the score gap: none far below a variant that states a purpose', () => {
    for (const { id, request } of dev) {
      const { variants } = rewrite(request);
      const top = variants[0]?.analysis.score ?? 0;
      const purposeful = variants.some((v) => v.placeholders.length === 0 && status(v.analysis, 'intent') === 'pass');
      for (const v of variants) {
        if (v.analysis.score < top - 20) {
          expect(v.placeholders.length, id).toBeGreaterThan(0);
          expect(purposeful, id).toBe(false);
        }
      }
    }
  });
});
