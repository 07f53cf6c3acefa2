import { describe, expect, test } from 'vitest';
import type { CheckId, Profile, Sender } from '@/lib/schema';
import { check } from './helpers';

// Realistic notes a reviewer wrote without looking at the lexicons; each was once misjudged.
describe('notes from review', () => {
  test.each<[string, CheckId, string, Profile?, Sender?]>([
    ['keeping a conversation going is a purpose', 'intent', 'Great chatting at the meetup. Would love to keep the conversation going.'],
    ['hiring for a role on my team is a purpose', 'intent', 'I’m hiring for a data role on my team and thought of your work.'],
    ['work on a named project is specific', 'specific-praise', 'Big fan of your open-source work on FastAPI, it saved my team weeks.'],
    ['a notebook with a topic is specific', 'specific-praise', 'Your Kaggle notebook on churn was excellent.'],
    ['a short school name matches', 'shared-ground', 'Fellow Berkeley alum here!', { schools: ['UC Berkeley'] }, { schools: ['UC Berkeley'] }],
    ['starting a degree at their school', 'shared-ground', 'I’m starting my MPH at Johns Hopkins this fall.', { schools: ['Johns Hopkins University'] }],
    ['the same batch', 'shared-ground', 'We were in the same YC batch.'],
  ])('%s', (_, id, note, profile, sender) => {
    expect(check(id, note, profile, sender).status).toBe('pass');
  });

  test('work in a field is not a project', () => {
    expect(check('specific-praise', 'I’ve been really impressed by your work in brand strategy.').status).toBe('warn');
  });

  test('evidence stops at the claim', () => {
    const found = check('shared-ground', 'I’m also at AWS and would love to compare notes.').findings.map((f) => f.actual);
    expect(found).toEqual(['I’m also at AWS']);
  });
});
