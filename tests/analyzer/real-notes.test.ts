/**
 * The rules written for real notes (issue #10), each with near misses. The notes here are written
 * for the tests in the styles real notes come in; none is a fixture line.
 */
import { describe, expect, test } from 'vitest';
import { intentKind } from '@/lib/analyzer/score';
import { check, ruleIds, run } from './helpers';

describe('intent: purposes in their real phrasings, vague ones stay vague', () => {
  test.each([
    ['Hello, I am applying for a data analyst internship at Stripe this summer and have a few questions about the team culture.', 'purpose'],
    ['Hi Tom, following up on our chat at the airport lounge, I would like to connect so I can send you the paper I mentioned.', 'purpose'],
    ['Hi Mei, I’m very interested in the Product Analyst role on your team.', 'purpose'],
    ['I saw your post about a junior designer opening and am very interested. Can we connect to discuss this?', 'purpose'],
    ['Would love to chat on pricing for developer tools.', 'purpose'],
    ['I wanted to get some info regarding the MS program at your school.', 'purpose'],
    ['We are organizing another open-banking roundtable this spring.', 'purpose'],
    ['We have contract and full-time positions available in Austin. Are you interested?', 'offer'],
    ['Hiring a senior Go developer, fully remote.', 'offer'],
    ['Could you share your updated resume?', 'offer'],
    ['You are invited to our private AI breakfast on May 3rd.', 'offer'],
    ['Let’s hop on a quick call 🚀🚀', 'offer'],
    // Near misses: what others explore, a field, an empty topic.
    ['Hi, connecting with support leaders exploring AI.', 'vague'],
    ['I’m very interested in the healthcare industry and would love to learn from your experience.', 'vague'],
    ['Let’s connect on LinkedIn.', 'vague'],
    ['I’d love to connect and seek your guidance in data science.', 'vague'],
    ['I don’t know how you speak on camera so well.', 'none'],
    ['I’m contacting you to see if you’re interested in a new challenge.', 'offer'],
    ['HELLO SIR I AM LOOKING FOR JOB IN DATA ENTRY', 'purpose'],
    ['I share daily insights on scaling startups.', 'none'],
    ['I am keen to connect with professionals in your organization and learn from your vast experience.', 'vague'],
  ])('%j → %s', (note, kind) => {
    expect(intentKind(check('intent', note))).toBe(kind);
  });
});

describe('shared ground from the note’s own words', () => {
  test.each([
    ['Great meeting you at the product summit on Tuesday.', 'pass'],
    ['Enjoyed chatting with you at the Denver product meetup on Tuesday.', 'pass'],
    ['It was great talking to you today about the hiring plan.', 'pass'],
    ['Saw your reply in the Rust Belt Founders Slack and figured I should say hi properly.', 'pass'],
    ['Hello, from Brightline Open Campus :)', 'pass'],
    ['Hi Priya, I noticed we share a background in actuarial science. Would be glad to connect.', 'pass'],
    ['We’re tackling the same migration off Oracle.', 'pass'],
    ['Paul Chen recently recommended I reach out.', 'pass'],
    ['I reached out to Maria Lopez last year about a panel and she suggested I write to you.', 'pass'],
    ['I got your name from Devon Price.', 'pass'],
    ['I’m Arjun, Kunal’s brother.', 'pass'],
    ['I found your profile through my cousin, Lena Brandt.', 'pass'],
    ['Thanks for teaching us about negotiation today!', 'pass'],
    ['Thank you for responding to my message last week.', 'pass'],
    ['Planning another panel like the one we did last spring.', 'pass'],
    ['I was in your workshop on survival models at the spring meetup.', 'pass'],
    ['Thanks again for the coffee chat on Tuesday.', 'pass'],
    ['Good chatting at PyData Berlin last night!', 'pass'],
    ['We were at the same offsite in Lisbon.', 'pass'],
    ['We’re running a paid study with finance professionals.', 'fail'],
    ['Hi [Name], I noticed we both work in {industry}.', 'fail'],
    ['We are looking for alumni who can speak to our students.', 'pass'],
    // Near misses: a pleasantry, a platform, the sender’s own history, a host, what others do.
    ['Good to meet you.', 'fail'],
    ['Hey, building connections in this space. Good to meet you.', 'fail'],
    ['LinkedIn suggested your profile several times.', 'fail'],
    ['I work as an analyst at Qorvo and also worked at Nokia as an intern.', 'fail'],
    ['I watched your webinar hosted by Jobscan and loved it.', 'fail'],
    ['Happy to share what we are learning from other teams.', 'fail'],
    ['I read the chapter on trials in your book, and your chapter on consent too.', 'fail'],
  ])('%j → %s', (note, status) => {
    expect(check('shared-ground', note).status).toBe(status);
  });

  test('the event is the evidence, named in the card', () => {
    const c = check('shared-ground', 'Enjoyed chatting with you at the Denver product meetup on Tuesday.');
    expect(c.findings[0]?.actual).toBe('at the Denver product meetup');
  });
});

describe('praise versus pleasantry', () => {
  test.each([
    ['Your videos really helped me prepare for my move to Dublin.', 'pass'],
    ['Just read the Verge’s coverage of your launch and loved it.', 'pass'],
    ['Great meeting you at the product summit on Tuesday.', 'fail'],
    ['Enjoyed chatting with you at the Denver product meetup.', 'fail'],
    ['Lovely to meet you. Hope you’re well.', 'fail'],
    ['Hi Ana, our mutual friend Tom suggested I say hello.', 'fail'],
    ['Your videos are great.', 'warn'],
    ['I read your post about port congestion and it help me a lot for my thesis.', 'pass'],
    ['Your 2021 paper on return migration is central to my second chapter.', 'pass'],
    ['Your work on the offshore grid at Dogger Bank caught my eye.', 'pass'],
  ])('%j → %s', (note, status) => {
    expect(check('specific-praise', note).status).toBe(status);
  });
});

describe('red flags seen in real notes', () => {
  test.each([
    ['Also, are referrals an option?', ['early-ask']],
    ['If referrals are possible, I’d appreciate it.', ['early-ask']],
    ['Would love to chat if you have a minute sometime next week.', ['early-ask']],
    ['We provide IT staffing to Fortune 500 clients.', ['sales-pitch']],
    ['We are an IT Staffing Firm based in Texas.', ['sales-pitch']],
    ['I help product teams ship faster with embedded engineers.', ['sales-pitch']],
    ['Our app has helped 300+ students land jobs abroad.', ['sales-pitch']],
    ['An AI platform trusted by 500+ companies.', ['sales-pitch']],
    ['You’ll receive up to $40 as a token of appreciation.', ['sales-pitch']],
    ['I trust this message finds you well.', ['boilerplate']],
    ['Kindly provide me any opening in your company.', ['early-ask']],
    ['If you know any opportunity please tell me.', ['early-ask']],
    ['I’m the founder of Shelfwise, an AI inventory tool for bookstores.', ['sales-pitch']],
    ['Join our private Telegram group for daily BTC signals.', ['sales-pitch']],
    ['Making 30% weekly returns for my clients.', ['sales-pitch']],
    // Near misses: a founder's cause, a Discord both are in, a study you ran.
    ['I’m the founder of a reading club for kids in Leeds.', []],
    ['Saw your answer in the Rust Discord group.', []],
    // Near misses: a recruiter’s opening is not a pitch; a referral named as given is not an ask.
    ['We have AI engineer positions available in Redmond.', []],
    ['I work as a data engineer for US clients.', []],
    ['Maria referred me to you.', []],
  ])('%j → %j', (note, flags) => {
    expect(ruleIds(note)).toEqual(flags);
  });

  test('an all-caps run is highlighted from its first word, one-letter words included', () => {
    const f = check('red-flags', 'HI JOHN I WOULD LIKE TO CONNECT').findings.find((x) => x.ruleId === 'all-caps');
    expect(f?.actual).toBe('HI JOHN I WOULD LIKE TO CONNECT');
  });
});

describe('score and verdict, calibrated on real notes', () => {
  test.each([
    // A reason to talk alone needs work; with shared ground it is strong.
    ['Hi Sam, curious what tools your team uses for on-call.', 'needs-work'],
    ['Hi Sam, great meeting you at the SRE meetup. Curious what tools your team uses for on-call.', 'strong'],
    // Shared ground or praise without a purpose is worth improving, not weak; never strong.
    ['Hi Sam, great meeting you at the SRE meetup yesterday.', 'needs-work'],
    // An offer alone is weak; a pitch sinks it.
    ['We have contract positions available in Austin. Are you interested?', 'weak'],
    ['We provide IT staffing to Fortune 500 clients. Would you be interested?', 'weak'],
    // Nothing at all.
    ['Hi Sam, let’s connect.', 'weak'],
    ['Hi Sam!', 'weak'],
  ])('%j → %s', (note, verdict) => {
    expect(run(note).verdict).toBe(verdict);
  });
});
