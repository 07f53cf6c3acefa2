import { describe, expect, test } from 'vitest';
import { check } from './helpers';

describe('intent', () => {
  test.each([
    ['learn how', 'Hi Omar, I’d love to learn how your team sources lease comps.'],
    ['learn from + topic', 'Would you be open to connecting so I can learn from your experience scaling dbt at Acme?'],
    ['compare notes', 'I’d like to connect and compare notes on MRV standards.'],
    ['swap notes (curly quote)', 'I’d like to connect and swap notes on helping early-career clients network.'],
    ['follow their work', 'I’d love to connect and follow your writing on career transitions.'],
    ['their take', 'I’m researching vertical SaaS for dental clinics and would love your take on the market.'],
    ['their advice', 'I’m hiring my first sales lead and would value your advice on what to look for.'],
    ['continue a conversation', 'I’d like to continue our conversation about usage-based billing.'],
    ['hear what', 'I’d love to reconnect and hear what you’re building now.'],
    ['recruiter', 'I’d like to connect in case a future role here is ever of interest.'],
    ['a question', 'Could you tell me how you got started at UPS?'],
    ['at the end of the text', 'Keen to discuss grid-scale storage'],
    ['a pitch still states a purpose', 'Can I book 15 minutes on your calendar next week for a quick demo?'],
    ['an offer', 'We help logistics teams cut empty miles. Happy to share our case study if useful.'],
    ['a referral ask', 'Could you refer me for the Senior Engineer role?'],
  ])('passes: %s', (_, note) => {
    expect(check('intent', note).status).toBe('pass');
  });

  test.each([
    ['let’s connect', 'Hi! Let’s connect'],
    ['add you to my network', 'I’d like to add you to my professional network.'],
    ['learn from your experience, nothing more', 'I’d love to connect and learn from your experience.'],
    ['expand my network', 'I’m expanding my network in the tech industry.'],
    ['talk sometime', 'Would be great to talk sometime.'],
    ['part of your network', 'I would be honored to be part of your network.'],
    ['follow your work, no topic', 'I’d love to follow your work.'],
    ['accept my request', 'Thanks in advance for accepting my request!'],
    ['all caps', 'PLEASE ACCEPT MY REQUEST'],
  ])('only vague: %s', (_, note) => {
    expect(check('intent', note).status).toBe('warn');
  });

  test.each([
    ['empty', ''],
    ['praise only', 'Hi Sam, great post!'],
    ['self only', 'I’m a guru of growth hacking 🚀. Let’s crush it together!'],
    ['open to opportunities is about the sender', 'I’m a marketer currently open to new opportunities.'],
  ])('fails: %s', (_, note) => {
    expect(check('intent', note).status).toBe('fail');
  });

  test('a placeholder is not a topic', () => {
    expect(check('intent', 'I’d love to learn about [topic].').status).toBe('warn');
  });

  test('the purpose is the finding', () => {
    const result = check('intent', 'Hi Leo, I’d like to connect to trade ideas on readmission models.');
    expect(result.findings.map((f) => f.actual)).toEqual(['trade ideas on readmission models']);
  });
});

test('continuing a conversation is a purpose even without its topic (the spec lists it)', () => {
  expect(check('intent', 'Great meeting you at the summit. I’d like to continue our conversation.').status).toBe('pass');
});
