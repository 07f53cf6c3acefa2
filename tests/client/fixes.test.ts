import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { RULES } from '@/lib/analyzer/rules';
import { applyFix, DROP_RULES_FIXED_OTHERWISE, fixesFor, REMOVABLE_RULES, removeSpan, sentenceCase } from '@/lib/client/fixes';
import { RULE_IDS } from '@/lib/contract';
import type { Mark } from '@/lib/client/highlight';
import { nextFinding } from '@/lib/client/shortcuts';
import type { Finding, NoteRequest, RuleId } from '@/lib/schema';

function findingOf(request: NoteRequest, ruleId: RuleId): Finding {
  const found = analyze(request).checks.flatMap((c) => c.findings).find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`no ${ruleId} finding in ${JSON.stringify(request.note)}`);
  return found;
}

function fixed(note: string, ruleId: RuleId, which = 0, extra: Partial<NoteRequest> = {}) {
  const finding = findingOf({ note, plan: 'free', ...extra }, ruleId);
  const fix = fixesFor(finding)[which];
  if (!fix) throw new Error(`no fix for ${ruleId}`);
  const result = applyFix(note, finding, fix);
  if (!result) throw new Error('fix did not apply');
  return { ...result, picked: result.text.slice(result.selection.start, result.selection.end) };
}

describe('the removable rules follow the registry', () => {
  test('every rule the registry drops is removable here, or fixed another way on purpose', () => {
    for (const id of RULE_IDS) {
      const drop = RULES[id].rewrite === 'drop';
      expect(REMOVABLE_RULES.has(id) || DROP_RULES_FIXED_OTHERWISE.has(id), id).toBe(drop);
    }
  });
  test('no rule that the registry keeps (a strength) offers a fix', () => {
    for (const id of RULE_IDS.filter((r) => RULES[r].rewrite === 'keep')) {
      expect(fixesFor({ ruleId: id, message: '', span: { start: 0, end: 1 }, actual: 'x' }), id).toEqual([]);
    }
  });
});

describe('removing a phrase tidies what it leaves', () => {
  test.each([
    ['Hi Sam, I came across your profile and would love to learn how you run on-call.', 'boilerplate', 'Hi Sam, I would love to learn how you run on-call.'],
    ['Sorry to bother you, I would love to hear how you run on-call.', 'hedging', 'I would love to hear how you run on-call.'],
    ['I loved your KubeCon talk on boring deploys 🚀🚀🔥', 'emoji', 'I loved your KubeCon talk on boring deploys'],
    ['I loved your KubeCon talk. With 12,000+ followers, I share daily tips.', 'count-bragging', 'I loved your KubeCon talk. I share daily tips.'],
  ] as const)('%s (%s)', (note, ruleId, expected) => {
    expect(fixed(note, ruleId).text).toBe(expected);
  });

  test.each([
    ['Hi Sam,  and more.', 8, 9, 'Hi Sam, more.'],
    ['Great talk. Sorry. Thanks.', 12, 18, 'Great talk. Thanks.'],
    ['sorry to bother you. thanks for the talk.', 0, 20, 'Thanks for the talk.'],
    ['I wanted to connect, sorry.', 21, 26, 'I wanted to connect.'],
    ['Line one\nremove me\nLine three', 9, 18, 'Line one\n\nLine three'],
  ] as const)('%j minus [%i, %i)', (note, start, end, expected) => {
    expect(removeSpan(note, start, end).text).toBe(expected);
  });

  test('the caret lands where the phrase was', () => {
    const result = fixed('Hi Sam, I came across your profile and would love to learn how you run on-call.', 'boilerplate');
    expect(result.selection).toEqual({ start: 8, end: 8 });
    expect(result.text.slice(8)).toBe('I would love to learn how you run on-call.');
    expect(result.summary).toBe('Removed “I came across your profile”.');
  });
});

describe('other fixes', () => {
  test('a vague purpose gets a purpose frame after its sentence, the placeholder selected', () => {
    const result = fixed('Hi Sam, let’s connect!', 'vague-purpose');
    expect(result.text).toBe('Hi Sam, let’s connect! I’d love to learn how you [what you want to learn].');
    expect(result.picked).toBe('[what you want to learn]');
  });
  test('both purpose frames the finding names are offered', () => {
    const finding = findingOf({ note: 'Hi Sam, let’s connect!', plan: 'free' }, 'vague-purpose');
    expect(fixesFor(finding).map((f) => f.label)).toEqual(['Add “learn how you…”', 'Add “compare notes on…”']);
  });
  test('a note without final punctuation gets a full stop before the frame', () => {
    expect(fixed('Hi Sam let’s connect', 'vague-purpose').text).toBe('Hi Sam let’s connect. I’d love to learn how you [what you want to learn].');
  });
  test('capitals become sentence case, the greeted name keeps its capital', () => {
    expect(fixed('HI SAM, PLEASE ACCEPT MY REQUEST', 'all-caps').text).toBe('Hi Sam, please accept my request');
    expect(sentenceCase('I AM HERE. SO ARE YOU', true)).toBe('I am here. So are you');
  });
  test('a self-awarded title becomes a slot for the real role, selected', () => {
    const result = fixed('Hi Ana, I’m a thought leader in SaaS and loved your talk on pricing.', 'buzzword-title');
    expect(result.text).toBe('Hi Ana, I’m a [your actual role] in SaaS and loved your talk on pricing.');
    expect(result.picked).toBe('[your actual role]');
  });
  test('a stale finding (the text moved) is not applied', () => {
    const finding = findingOf({ note: 'Hi Sam, I came across your profile.', plan: 'free' }, 'boilerplate');
    expect(applyFix('Hello Sam, I came across your profile.', finding, { kind: 'remove', label: 'Remove it' })).toBeNull();
  });
});

describe('Alt+↓/↑ through the findings', () => {
  const mark = (start: number, end: number, status: 'fail' | 'warn' | 'pass' = 'fail'): Mark => ({
    checkId: 'red-flags',
    status,
    key: `k${start}`,
    finding: { ruleId: 'boilerplate', message: '', span: { start, end }, actual: '' },
  });
  const marks = [mark(30, 40), mark(5, 10), mark(5, 12), mark(50, 55, 'pass')];
  test.each([
    [-1, 1, 5],
    [5, 1, 30],
    [30, 1, 5],
    [31, -1, 30],
    [5, -1, 30],
    [-1, -1, 30],
  ] as const)('from %i, direction %i → %i (problems only, one stop per span, wrapping)', (from, dir, start) => {
    expect(nextFinding(marks, from, dir)?.finding.span.start).toBe(start);
  });
  test('with nothing wrong it walks the strengths; with no marks, nowhere', () => {
    expect(nextFinding([mark(50, 55, 'pass')], -1, 1)?.finding.span.start).toBe(50);
    expect(nextFinding([], 0, 1)).toBeNull();
  });
});
