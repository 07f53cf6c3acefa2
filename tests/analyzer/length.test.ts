import { describe, expect, test } from 'vitest';
import { check, run } from './helpers';

describe('sentences are counted as a reader counts them', () => {
  test.each([
    ['', 0],
    ['Hi Chris', 0],
    ['Hello,', 0],
    ['Hi Marcus!', 0],
    ['Hi Sam, I loved your talk.', 1],
    ['Hi Sam! I loved your talk.', 1],
    ['I loved your talk. Thanks,', 1],
    ['I loved your talk. Best, Sam', 1],
    ['I loved your talk.\n– Nigella', 1],
    ['Hi Sam,\nI loved your talk.\nWould love to swap notes on Rust.\nBest,\nJo', 2],
    ['Hello Dr. Chen, I enjoyed your talk. I study biology.', 2],
    ['I met Ms. Alvarez and Mr. Ode at the U.S. Open on Jan. 5 in Washington, D.C. and loved it.', 1],
    ['I live in the U.S. I work on maps.', 2],
    ['Your tips, e.g. the 20-day rule, helped. Thanks for sharing them.', 2],
    ['Loved your post at https://example.com/blog/why-rust.html on Rust. I write firmware too.', 2],
    ['J. R. R. Tolkien is my favorite author. I also write fantasy.', 2],
    ['Hi Zoe... long time no see! We worked together at Deloitte.', 2],
    ['I loved it… Truly.', 2],
    ['Hi! Let’s connect 🚀🚀🚀', 1],
    ['Hi Nina 👋 fellow alum here! I’m researching SaaS.', 2],
    ['HELLO, PLEASE ACCEPT MY REQUEST', 1],
    ['I’m at UCLA (same as you!) and love it.', 1],
    ['Quick question? Sure. Thanks!', 2],
    ['Could you refer me? My resume is attached. I am ready.', 3],
    // Sign-offs a reader sets aside, and near misses that are sentences.
    ['Dear Calder, it would be an honour to connect. Kindest and much respect.', 1],
    ['Would you have time for a chat? Thankyou', 1],
    ['Can we connect to discuss this? Thank you. Tushar Bandari', 1],
    ['I would like to connect with you. Pranshul', 1],
    ['Let me know. Have a great week ahead.', 2],
    ['Thank you for the talk on pricing.', 1],
    ['Hii..There! I really like your work.', 1],
    ['Heyy Sam, loved the demo.', 1],
    // Lost line breaks and spaces, as exports flatten them.
    ['I found it useful for my research  Would be a pleasure to connect!', 2],
    ['Hi Sravya    Just wanted to connect on MDM.', 1],
    ['I have a strong background in the field.Can we connect to discuss this?', 2],
    ['I watched your webinar hosted by Jobscan.co and loved it.', 1],
    ['Try the app: https://example.com/app Here, you can swipe on jobs.', 2],
    ['Reply with yes or no  PS: we helped 100 students.', 2],
    ['We build next-gen. semiconductor photonics.', 1],
    // Golden-rule shapes: quotes, brackets, ellipses, times, pages, initials.
    ["She turned to him, 'This is great.' she said.", 1],
    ['He teaches science (He previously worked as an engineer.) at the local University.', 1],
    ['She works at Yahoo! in the accounting department.', 1],
    ['Thanks! would love to connect.', 2],
    ['Please turn to p. 55.', 1],
    ['Let’s ask Jane and co. They should know.', 2],
    ['I live in the E.U. How about you?', 2],
    ['At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.', 3],
    ['We make a good team, you and I. Did you see Albert I. Jones yesterday?', 2],
    ['The thing is . . . I didn’t mean it.', 1],
    ['It was weakened. . . . The practice was not abandoned. . . .', 2],
    ['Loved your talk... Would love to connect.', 2],
  ])('%j has %i', (note, sentences) => {
    expect(run(note).stats.sentences).toBe(sentences);
  });
});

describe('characters are UTF-16 code units, like the LinkedIn box', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['🚀', 2],
    ['é', 1],
    ['👩‍💻', 5],
    [' padded ', 8],
  ])('%j counts %i', (note, characters) => {
    expect(run(note).stats.characters).toBe(characters);
  });
});

describe('length status', () => {
  const sentence = 'I loved your talk on Rust at RustConf. ';
  test.each([
    ['empty', '', 'premium', 'fail'],
    ['greeting only', 'Hi Sam,', 'premium', 'fail'],
    ['one sentence', 'I loved your talk on Rust.', 'premium', 'pass'],
    ['two sentences', sentence.repeat(2).trim(), 'premium', 'pass'],
    ['three sentences', sentence.repeat(3).trim(), 'premium', 'warn'],
    ['four sentences', sentence.repeat(4).trim(), 'premium', 'fail'],
    ['250 characters on premium', `I loved your talk on ${'x'.repeat(224)} at Conf.`, 'premium', 'pass'],
    ['250 characters on free', `I loved your talk on ${'x'.repeat(224)} at Conf.`, 'free', 'fail'],
    ['301 characters on premium', `I loved your talk on ${'x'.repeat(275)} at Conf.`, 'premium', 'fail'],
  ] as const)('%s → %s', (_, note, plan, status) => {
    expect(check('length', note, undefined, undefined, plan).status).toBe(status);
  });

  test('the limit follows the plan', () => {
    expect(run('Hi', undefined, undefined, 'free').stats.limit).toBe(200);
    expect(run('Hi').stats.limit).toBe(300);
  });

  test('text past the limit is the finding, so the page can mark where LinkedIn cuts', () => {
    const note = `I loved your talk on ${'x'.repeat(200)}.`;
    const finding = check('length', note, undefined, undefined, 'free').findings.find((f) => f.ruleId === 'over-limit');
    expect(finding?.span).toEqual({ start: 200, end: note.length });
  });

  test('sentences past the second are marked', () => {
    const findings = check('length', 'One here. Two here. Three here. Four here.').findings;
    expect(findings.map((f) => f.actual)).toEqual(['Three here.', 'Four here.']);
  });
});
