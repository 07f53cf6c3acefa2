/**
 * Scam signs as data. Phrases are lowercase and normalized (straight apostrophes), swept as word
 * tries over the invitation's note and headline, so matching is linear whatever the list. A
 * strong sign (weight 2) is enough on its own; weak signs (weight 1) count only together.
 */

/** The kinds of scam sign, each with the coach's words for it. */
export const SCAM_KINDS = {
  crypto: 'crypto or investment talk',
  payment: 'a fee or a payment',
  urgency: 'pressure to act fast',
  'link-shortener': 'a link that hides where it goes, or moves you off LinkedIn',
  'job-scam': 'a job offer with the marks of a scam',
  'job-offer': 'a job offer out of nowhere',
  'cv-fixing': 'an offer to fix your CV or profile',
} as const;
export type ScamKind = keyof typeof SCAM_KINDS;

/** A phrase list of one kind (a kind may have a weak and a strong list; it counts once, at its strongest). */
export interface ScamSignal {
  kind: ScamKind;
  /** 2: a strong sign on its own; 1: counts only with another sign. */
  weight: 1 | 2;
  phrases: readonly string[];
}

/** Total weight at which an invitation counts as a scam. */
export const SCAM_THRESHOLD = 2;

export const SCAM_SIGNALS: readonly ScamSignal[] = [
  // "I trade bitcoin on the side" — crypto words alone also fit people who work in crypto.
  {
    kind: 'crypto',
    weight: 1,
    phrases: ['bitcoin', 'btc', 'crypto', 'cryptocurrency', 'cryptocurrencies', 'ethereum', 'usdt', 'forex', 'nft', 'nfts'],
  },
  // "I made $12,000 last month with a guaranteed returns trading platform."
  {
    kind: 'crypto',
    weight: 2,
    phrases: [
      'binary options',
      'trading signals',
      'crypto trading',
      'trading platform',
      'investment platform',
      'investment opportunity',
      'guaranteed returns',
      'guaranteed profit',
      'double your money',
      'double your investment',
      'passive income',
      'account manager for my investments',
      'my investment manager',
      'mining pool',
    ],
  },
  // "There is a small registration fee of $49 to secure your place."
  {
    kind: 'payment',
    weight: 2,
    phrases: [
      'registration fee',
      'processing fee',
      'application fee',
      'training fee',
      'onboarding fee',
      'small fee',
      'one-time fee',
      'one time fee',
      'upfront payment',
      'pay upfront',
      'gift card',
      'gift cards',
      'western union',
      'wire transfer',
      'money transfer',
      'send money',
      'cash app',
      'your bank details',
      'your bank account details',
    ],
  },
  // "Reply within 24 hours, only 3 spots left!"
  {
    kind: 'urgency',
    weight: 1,
    phrases: [
      'urgent',
      'urgently',
      'asap',
      'act now',
      'act fast',
      'limited spots',
      'limited slots',
      'spots left',
      'slots left',
      'only today',
      'today only',
      'within 24 hours',
      'within 24hrs',
      "don't miss",
      'dont miss',
      'last chance',
      'immediate joiner',
      'immediate joiners',
      'right away',
    ],
  },
  // "You have been selected for a remote position, no experience needed."
  {
    kind: 'job-scam',
    weight: 2,
    phrases: [
      'no experience needed',
      'no experience required',
      'no experience necessary',
      'you have been selected',
      "you've been selected",
      'you are selected',
      'you have been shortlisted',
      'earn up to',
      'weekly pay',
      'paid weekly',
      'work from home and earn',
      'make money from home',
      'earn from home',
      'data entry job',
      'part-time job from home',
      'part time job from home',
      'continue on whatsapp',
      'contact me on whatsapp',
      'message me on whatsapp',
      'message me on telegram',
      'contact me on telegram',
    ],
  },
  // "We have a hot requirement for a Java developer (C2C), share your updated resume."
  {
    kind: 'job-offer',
    weight: 1,
    phrases: [
      'job offer',
      'job opportunity',
      'job opportunities',
      'position for you',
      'role for you',
      'opportunity for you',
      'opening for you',
      "we're hiring",
      'we are hiring',
      'i am hiring',
      "i'm hiring",
      'hot requirement',
      'urgent requirement',
      'c2c',
      'corp to corp',
      'share your resume',
      'send your resume',
      'send me your resume',
      'share your updated resume',
      'updated resume',
      'updated cv',
      'share your cv',
      'send your cv',
      'job opening',
      'open position',
      'open positions',
      'multiple openings',
    ],
  },
  // "I can fix your CV so it passes every ATS — DM me for my rates."
  {
    kind: 'cv-fixing',
    weight: 2,
    phrases: [
      'fix your cv',
      'fix your resume',
      'fix your linkedin',
      'rewrite your cv',
      'rewrite your resume',
      'revamp your resume',
      'revamp your cv',
      'resume writing service',
      'resume writing services',
      'cv writing service',
      'cv writing services',
      'ats-friendly resume',
      'ats friendly resume',
      'optimize your linkedin profile',
      'optimise your linkedin profile',
      'optimize your profile',
      'optimise your profile',
      'linkedin profile makeover',
      'profile makeover',
    ],
  },
];

/** Hosts that hide where a link goes, or move the conversation off LinkedIn. Lowercase. */
export const LINK_SHORTENERS: readonly string[] = [
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  't.ly',
  'lnkd.in',
  't.me',
  'wa.me',
  'chat.whatsapp.com',
];

/** Weight of a shortened or off-platform link: strong on its own. */
export const LINK_SHORTENER_WEIGHT = 2;

/**
 * Pay quoted per week or day ("$900/week", "$300 per day"): recruiters quote salaries per year;
 * scams quote easy money per week. A weak sign.
 */
export const PAY_RATE_PATTERN = String.raw`[$€£]\s?\d[\d,]{0,8}(?:\.\d{1,2})?\s?(?:usd\s)?(?:(?:/|per\s|a\s)(?:week|wk|day|hour|hr)\b|(?:weekly|daily)\b)`;
