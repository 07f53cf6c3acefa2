import { describe, expect, test } from 'vitest';
import { editEntry, entryFor, fromRecent, isSentLog, logCopy, type SentEntry, setStatus } from '@/lib/sent/entry';
import { describeRate, insightsOf, MIN_TO_TELL, OWN_WORDS } from '@/lib/sent/insights';

const T = Date.parse('2026-12-01T12:00:00Z');
const make = (i: number, over: Partial<SentEntry> & { analysis?: boolean } = {}): SentEntry => {
  const { analysis = true, ...rest } = over;
  return {
    ...entryFor(
      { text: 'x'.repeat(50), recipient: { name: `P${i}` }, plan: 'free', analysis: analysis ? { score: 80, verdict: 'strong', sharedGround: true, specificPraise: false } : undefined },
      T + i,
      `id${i}`,
    ),
    ...rest,
  };
};

describe('the log', () => {
  test('a copy is logged pending, with the recipient, scenario, score, verdict and plan', () => {
    const e = entryFor({ text: 'Hi', recipient: { name: ' Dana ', headline: '' }, scenario: 'Alumni', plan: 'premium', analysis: { score: 71.6, verdict: 'strong', sharedGround: true, specificPraise: true } }, T, 'a');
    expect(e).toEqual({ id: 'a', text: 'Hi', sentAt: T, status: 'pending', recipient: { name: 'Dana' }, scenario: 'Alumni', plan: 'premium', score: 72, verdict: 'strong', sharedGround: true, specificPraise: true });
  });

  test('copying the same text for the same person again moves it up instead of logging twice', () => {
    let log = logCopy([], entryFor({ text: 'A', recipient: { name: 'Dana' }, plan: 'free' }, 1, 'a'));
    log = logCopy(log, entryFor({ text: 'B', recipient: { name: 'Lee' }, plan: 'free' }, 2, 'b'));
    log = logCopy(log, entryFor({ text: 'A', recipient: { name: 'dana' }, plan: 'free' }, 3, 'c'));
    expect(log.map((e) => [e.id, e.sentAt])).toEqual([['a', 3], ['b', 2]]);
    // For someone else it is a new invitation.
    log = logCopy(log, entryFor({ text: 'A', recipient: { name: 'Sam' }, plan: 'free' }, 4, 'd'));
    expect(log).toHaveLength(3);
  });

  test('status, edit', () => {
    let log = [make(1)];
    log = setStatus(log, 'id1', 'accepted', T + 99);
    expect(log[0]).toMatchObject({ status: 'accepted', statusAt: T + 99 });
    log = editEntry(log, 'id1', { text: 'New text', name: 'Pat Doe', headline: ' ' });
    expect(log[0]).toMatchObject({ text: 'New text', recipient: { name: 'Pat Doe' } });
    expect(log[0]?.recipient).not.toHaveProperty('headline');
  });

  test('the old "Recent notes" become pending entries, nothing lost', () => {
    const log = fromRecent([{ text: 'a', copiedAt: 5 }, { text: 'b', copiedAt: 4 }], 'free');
    expect(isSentLog(log)).toBe(true);
    expect(log.map((e) => [e.text, e.sentAt, e.status])).toEqual([['a', 5, 'pending'], ['b', 4, 'pending']]);
    expect(new Set(log.map((e) => e.id)).size).toBe(2);
  });
});

describe('insights', () => {
  test('1 of 3 accepted, too few to tell, in every chart that knows the notes', () => {
    const log = [make(1, { status: 'accepted' }), make(2), make(3, { analysis: false, text: 'y'.repeat(150) })];
    const { overall, charts } = insightsOf(log);
    expect(describeRate(overall)).toBe('1 of 3 accepted (33%), too few to tell');
    const verdict = charts.find((c) => c.id === 'verdict');
    expect(verdict?.groups).toEqual([{ label: 'Strong', accepted: 1, total: 2, rate: 0.5, tooFew: true }]);
    expect(verdict?.unknown).toBe(1);
    expect(charts.find((c) => c.id === 'length')?.groups.map((g) => [g.label, g.total])).toEqual([['Under 100 characters', 2], ['100–199 characters', 1]]);
    expect(charts.find((c) => c.id === 'scenario')?.groups.map((g) => g.label)).toEqual([OWN_WORDS]);
  });

  test(`from ${MIN_TO_TELL} notes a group is told; length buckets end at 99, 199 and 300`, () => {
    const log = Array.from({ length: MIN_TO_TELL }, (_, i) => make(i, { status: i < 4 ? 'accepted' : 'declined', text: 'z'.repeat([99, 100, 199, 200, 300, 301][i % 6] as number) }));
    const { overall, charts } = insightsOf(log);
    expect(describeRate(overall)).toBe('4 of 10 accepted (40%)');
    const length = charts.find((c) => c.id === 'length');
    expect(length?.groups.map((g) => [g.label, g.total])).toEqual([['Under 100 characters', 2], ['100–199 characters', 4], ['200–300 characters', 3]]);
    expect(length?.unknown).toBe(1);
  });
});
