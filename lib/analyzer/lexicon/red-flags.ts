/**
 * Red flags as data: each rule is one entry — its severity and penalty, a description for the docs,
 * the coach's message for a finding, the expected alternative, an example, what the rewrite does
 * with its evidence, and (for phrase-list rules) the phrases or patterns that find it. Phrases are
 * lowercase and normalized (straight quotes); patterns run on the normalized note. A new
 * phrase-list rule is one entry here plus its id in lib/contract.ts.
 */
import type { RedFlagId } from '../../contract';
import type { LeadPairSource } from '../matching';

/** minor: a blemish; serious: a common reason to decline; critical: the note cannot be sent as is. */
export type Severity = 'minor' | 'serious' | 'critical';

/**
 * What the rewrite does with a finding's text: `drop` it (the note reads as well without it),
 * `repair` it in place (sentence case, the right name, a filled slot), or `keep` it.
 */
export type RewriteAction = 'drop' | 'repair' | 'keep';

export interface RedFlagRule {
  id: RedFlagId;
  severity: Severity;
  /** What the rule flags and why recipients mind, for the docs and the check's `why`. */
  description: string;
  /** A short fix, shown as the finding's expected alternative. */
  expected: string[];
  /** Points off the score when the rule fires (once per rule, however many findings). */
  penalty: number;
  /** The coach's message for one finding; `{actual}` stands for the flagged text. */
  message: string;
  /** What it is, in a few plain words, for the card: "a sales pitch". */
  label: string;
  /** A note that the rule flags, for the docs and the registry's own test. */
  example: string;
  rewrite: RewriteAction;
  /** Phrase-list rules: phrases swept as word tries, patterns run on the note, lead/target pairs. */
  phrases?: readonly string[];
  patterns?: readonly string[];
  pairs?: readonly LeadPairSource[];
}


// "I'd like to add you to my professional network." — stock phrases.
export const BOILERPLATE_PHRASES: readonly string[] = [
  "i'd like to add you to my professional network",
  'i would like to add you to my professional network',
  'add you to my professional network',
  'add you to my network',
  "i'd like to join your linkedin network",
  'join your linkedin network',
  'join your professional network',
  'join your network',
  'i came across your profile',
  'came across your profile',
  'stumbled upon your profile',
  'stumbled across your profile',
  'hope this finds you well',
  'hope this message finds you well',
  'hope this note finds you well',
  'hope this email finds you well',
  'hope you are doing well',
  "hope you're doing well",
  'hope you are well',
  "hope you're well",
  'hope all is well',
  'hope you are having a great week',
  "hope you're having a great week",
  'hope you are having a great day',
  "hope you're having a great day",
  'dear sir/madam',
  'dear sir or madam',
  'dear sir',
  'dear madam',
  'to whom it may concern',
  'greetings of the day',
];

// "I hope you're having a wonderful week." — pleasantries by pattern.
export const BOILERPLATE_PATTERNS: readonly string[] = [
  String.raw`\bhope (?:you're|you are|you have been|you've been|this week is|your week is) (?:having |going |doing )?(?:an? )?(?:great|good|wonderful|fantastic|lovely|productive|nice|well|amazing|awesome)(?: (?:week|day|weekend|start to the week|so far))?\b`,
  String.raw`\bhope (?:all is well|everything is (?:well|going well)|you and your family are well)\b`,
  String.raw`\b(?:hope|trust) (?:this|my) (?:message|note|email|mail|request) (?:finds|reaches) you (?:well|in good health|in good spirits)\b`,
  String.raw`\btrust (?:you are|you're|all is) (?:well|doing well|good|keeping well)\b`,
];

// "I'm a thought leader and visionary." — self-awarded titles.
export const BUZZWORD_TITLES: readonly string[] = [
  'thought leader',
  'thought-leader',
  'guru',
  'ninja',
  'visionary',
  'rockstar',
  'rock star',
  'wizard',
  'jedi',
  'maven',
  'superstar',
  'serial entrepreneur',
  'growth hacker',
  'changemaker',
  'change maker',
  'game changer',
  'game-changer',
  'disruptor',
  'top voice',
  'influencer',
  'trailblazer',
  'visionary leader',
];

// "Sorry to bother you, I just wanted to maybe connect." — apologies and hedges.
export const HEDGING_PHRASES: readonly string[] = [
  'sorry to bother you',
  'sorry to bug you',
  'sorry to disturb you',
  'sorry to intrude',
  'sorry for the intrusion',
  'sorry for bothering you',
  'sorry for the cold message',
  "i know you're busy",
  "i know you're super busy",
  "i know you're very busy",
  "i know you're really busy",
  'i know you are busy',
  'i know you are very busy',
  'probably get a lot of these',
  'just wanted to maybe',
  'i just wanted to',
  'just wanted to reach out',
  'feel free to ignore',
  'hate to bother you',
  "don't want to bother you",
  "if that's okay",
  "if that's ok",
  'if it is okay',
  "if it's okay",
  'i was just wondering if maybe',
];

// "Could you refer me for the role?" — asks too big for a first note.
export const EARLY_ASK_PATTERNS: readonly string[] = [
  String.raw`\brefer me\b`,
  String.raw`\b(?:a|your) referral\b(?! (?:program|programme|bonus|scheme|network|link|code))`,
  String.raw`\bput in a (?:good )?word\b`,
  String.raw`\b(?:pass|forward|send) (?:along |on )?my (?:resume|résumé|cv)\b`,
  String.raw`\bmy (?:resume|résumé|cv) is attached\b`,
  String.raw`\b(?:attached|attaching|enclosed) (?:is )?my (?:resume|résumé|cv)\b`,
  String.raw`\bhelp me (?:get|land|find) (?:a|an) (?:job|role|position|interview)\b`,
  String.raw`\bconsider me for\b`,
  String.raw`\b(?:get|land) me an interview\b`,
  String.raw`\bhire me\b`,
  String.raw`\b(?:any|open) (?:job )?(?:openings|positions|roles|vacancies) (?:at|on|in|with) your\b`,
  String.raw`\blooking for (?:a |an )?(?:job|role|position|work|internship) (?:at|with|on|in) your\b`,
  String.raw`\b(?:get|find|land) (?:me )?(?:a |an )?(?:job|role|position|internship) (?:at|with|on) your\b`,
  String.raw`\b(?:book|schedule|set up|grab|get) (?:a |an )?(?:quick |short |brief )?(?:\d+|fifteen|ten|twenty|thirty)[\s-]?(?:min|mins|minutes)\b`,
  String.raw`\b(?:\d+|fifteen|ten|twenty|thirty)[\s-]?(?:min|mins|minute|minutes) (?:of your time|on your calendar|call|chat|meeting|zoom|coffee|demo)\b`,
  String.raw`\b(?:book|schedule|set up|hop on|jump on|get on) (?:a |an )?(?:quick |short |brief )?(?:call|meeting|demo|zoom|chat)\b`,
  String.raw`\b(?:a|an|your) (?:quick |short |brief )?(?:demo|sales call)\b`,
  String.raw`\bon your calendar\b`,
  String.raw`\b(?:want|would you like|can|could|may|shall) (?:me to|i) send you\b`,
  String.raw`\b(?:open to|up for|free for|time for) (?:a |an )?(?:quick |short |brief |\d+[\s-]?min(?:ute)?s? )?(?:intro |introductory |discovery |exploratory |virtual |phone |video )?(?:call|meeting|coffee|coffee chat|zoom|chat|demo)\b`,
  String.raw`\b(?:intro|introductory|discovery|exploratory|sales) call\b`,
  String.raw`\b(?:have|spare|find|get|give me|grab|open to|up for|free for) (?:\d+|fifteen|ten|twenty|thirty|a few)[\s-]?(?:min|mins|minute|minutes)\b`,
  String.raw`\b(?:a|an) (?:quick|short|brief) (?:call|chat|meeting|zoom|phone call|video call|coffee chat|demo)\b`,
  String.raw`\b(?:so|and) (?:i|we) can (?:show|walk) you\b`,
  // "Also, are referrals an option?", "if referrals are possible": a referral asked for.
  String.raw`\b(?:are|is|would|if|any) referrals?\b`,
  String.raw`\breferrals? (?:are|is|would be) (?:an option|possible)\b`,
  // "would love to chat if you have a minute": a meeting asked for.
  String.raw`\bif you have (?:a|a few|some|\d+) (?:spare )?(?:minutes?|mins?|moments?)\b`,
  // "kindly provide me any opening", "if you know any opportunity please tell me".
  String.raw`\b(?:provide|give|get|find|offer) me (?:a |an |any |some )?(?:job|opening|internship|work|referral|position|role|opportunity)\b`,
  String.raw`\bif you (?:know|hear|have) (?:of )?(?:any|an?) (?:opportunit(?:y|ies)|openings?|jobs?|positions?|roles?|vacanc(?:y|ies))\b`,
];

// "Our AI platform helps HR teams cut hiring time by 40%." — selling to a stranger.
export const SALES_PATTERNS: readonly string[] = [
  String.raw`\bmy clients (?:average|see|get|gain|grow|double|triple|achieve|typically|usually)\b`,
  String.raw`\b(?:you'd|you would|you'll|you will) (?:like|love) what we(?:'ve)? built\b`,
  String.raw`\bhappy to show you how\b`,
  String.raw`\bi help (?:[\w-]{1,30} ){0,2}(?:like you|like yours)\b`,
  String.raw`\b(?:teams|companies|businesses|coaches|founders|brands|leaders|firms) like yours?\b`,
  String.raw`\bdone[\s-]for[\s-]you\b`,
  String.raw`\bour case study\b`,
  String.raw`\bfree (?:audit|trial|consultation|strategy call|assessment)\b`,
  String.raw`\b(?:increase|boost|grow) your (?:sales|revenue|leads|pipeline|roi)\b`,
  String.raw`\bsave you (?:time|money|hours)\b`,
  // What a firm sells, described to the reader: "We provide IT consulting", "We are an IT Staffing Firm".
  String.raw`\b(?:we|our (?:company|firm|team|agency))\s(?:provide|offer|deliver|sell|supply|specialize in|specialise in)\b`,
  String.raw`\bwe(?:'re| are) (?:a|an|one of the) (?:[\w/-]{1,20} ){0,4}(?:staffing|consulting|consultancy|agency|agencies|firm|company|companies|partner|provider|vendor|reseller|integrator|outsourcing)\b`,
  String.raw`\bi work (?:for|with|at) (?:a|an) (?:[\w-]{1,20} )?(?:staffing|recruiting|recruitment|consulting|marketing|outsourcing) (?:firm|agency|company)\b`,
  String.raw`\b(?:staffing|outsourcing|offshore|nearshore|placement|profile marketing|lead generation|white[\s-]label) (?:firm|agency|company|service|services|partner|solutions?|program)\b`,
  String.raw`\b(?:can|could|will|might) help you (?:to )?(?:increase|decrease|reduce|grow|save|land|boost|improve|cut|automate|scale|find|get noticed|get hired)\b`,
  String.raw`\b(?:has|have) helped (?:over |more than )?\d[\d,]*\+? `,
  String.raw`\b(?:app|platform|tool|product|software|extension|plugin|course|service)s? (?:we|i) (?:built|made|created|launched|developed|released)\b`,
  String.raw`\b(?:we've|we have|we) (?:just |recently )?(?:released|launched) (?:a|an|our)\b`,
  String.raw`\bi (?:would|'d) like to recommend (?:the|our|a|an)\b`,
  // Side-income offers: "an opportunity to diversify besides your full time work".
  String.raw`\b(?:besides|alongside|on top of|outside) your (?:full[\s-]time|day|regular) (?:job|work)\b`,
  String.raw`\b(?:side|extra|passive|additional) income\b|\bfinancial freedom\b`,
  String.raw`\bplacing you (?:in|at|with)\b`,
  String.raw`\b(?:we've|we have|we) (?:just |recently )?built (?:an?|our)\b`,
  String.raw`\b(?:we're|we are) (?:now |currently )?onboarding\b`,
  // Trading and crypto "signals", "30% weekly returns", side hustles worked "from your phone".
  String.raw`\b(?:weekly|daily|monthly|guaranteed) (?:returns|profits?|signals|payouts)\b`,
  String.raw`\b(?:forex|crypto|bitcoin|btc|eth|trading|investment) (?:trader|signals|mentor|platform|opportunity)\b`,
  String.raw`\b(?:join|joining) (?:our|my) (?:private |exclusive |free |vip )?(?:telegram|whatsapp) (?:group|channel)\b`,
  String.raw`\bmembers (?:made|earned|are making)\b`,
  String.raw`\bwork from (?:your|my|the) (?:phone|couch|laptop|sofa)\b`,
  String.raw`\b(?:motivated|ambitious|driven) (?:ladies|moms|mums|women|men|people|individuals) to join\b`,
  String.raw`\bdecision[\s-]makers like (?:you|yourself)\b`,
  String.raw`\btrusted by (?:over |more than )?\d[\d,]*\+? `,
  // Paid surveys and studies: "you'll receive up to $25 as a token of appreciation".
  String.raw`\b(?:receive|earn|get|offer|pay you) (?:up to |a )?[$€£]\s?\d`,
  String.raw`\b(?:token of appreciation|gift card|honorarium|paid (?:survey|study|research|user research|interview|project))\b`,
];

/**
 * Pitches with a few free words in the middle ("our AI charting tool saves …", "3x inbound leads"):
 * the target is found first, then the lead word is looked for among the words just before it, so
 * no pattern has to guess how many words lie between.
 */
export const SALES_LEAD_PAIRS: readonly LeadPairSource[] = [
  // "cuts onboarding time by 40%".
  { lead: String.raw`^(?:cut|cuts|reduce|reduces|boost|boosts|increase|increases|double|doubles|triple)$`, target: String.raw`\bby \d+\s?%`, wordsBetween: 3 },
  // "We help logistics teams …", "we help founders cut …": who a firm sells to, or what it promises.
  { before: String.raw`^we$`, lead: String.raw`^help$`, target: String.raw`\b(?:teams|companies|businesses|brands|founders|coaches|agencies|leaders|firms|startups|organizations|practices|clinics|schools|stores|shops|restaurants|hospitals|recruiters|marketers|sellers)\b`, wordsBetween: 3 },
  { before: String.raw`^we$`, lead: String.raw`^help$`, target: String.raw`\b(?:cut|reduce|increase|grow|save|get|boost|automate|scale|hire|close|win|drive|double|triple|stop|avoid|improve|generate|book)\b`, wordsBetween: 5 },
  // "I'm the founder of Shelfwise, an AI inventory tool for bookstores".
  { lead: String.raw`^founder$`, target: String.raw`\b(?:tool|platform|app|software|product|marketplace|saas|service|agency)\b`, wordsBetween: 6 },
  // "I help product teams ship faster".
  { before: String.raw`^i$`, lead: String.raw`^help$`, target: String.raw`\b(?:teams|companies|businesses|founders|startups|brands|leaders|clients|organizations|agencies|firms)\b`, wordsBetween: 3 },
  { lead: String.raw`^our$`, target: String.raw`\b(?:platform|product|tool|software|solution|service|agency|app|firm|offering|copilot|assistant|bot|api|system|engine|plugin|extension|suite|course|program|team)s? (?:helps?|can help|lets|enables|will|makes|cuts|saves|automates|finds|doubles|triples|boosts|increases|reduces)\b`, wordsBetween: 3 },
  { lead: String.raw`^\d+x$`, target: String.raw`\b(?:clients|leads|revenue|sales|roi|bookings|customers|pipeline|signups|conversions)\b`, wordsBetween: 3 },
];

// "I'm a results-driven marketer with 10+ years of experience." — résumé signals (weight 2 strong, 1 weak).
export const SELF_PROMOTION_SIGNALS: readonly { pattern: string; weight: 1 | 2 }[] = [
  { pattern: String.raw`\bresults[\s-](?:driven|oriented)\b`, weight: 2 },
  { pattern: String.raw`\bdetail[\s-]oriented\b`, weight: 2 },
  { pattern: String.raw`\bproven track record\b`, weight: 2 },
  { pattern: String.raw`\bself[\s-]starter\b`, weight: 2 },
  { pattern: String.raw`\bseasoned (?:professional|leader|executive|marketer|engineer|manager)\b`, weight: 2 },
  { pattern: String.raw`\b\d+\+? years of (?:experience|expertise)\b`, weight: 2 },
  { pattern: String.raw`\b\d+\+? years (?:leading|managing|building|running|driving|delivering|in (?:the )?(?:industry|field))\b`, weight: 2 },
  { pattern: String.raw`\b(?:valuable|great|strong) (?:addition|asset) to your\b`, weight: 2 },
  { pattern: String.raw`\bcertified\b`, weight: 1 },
  { pattern: String.raw`\bi have \d+\+? years (?:in|at|of)\b`, weight: 2 },
  { pattern: String.raw`\bcerts\b|\bcertifications\b`, weight: 1 },
  { pattern: String.raw`\b\d+% (?:of|to) (?:quota|target|plan)\b`, weight: 2 },
  { pattern: String.raw`\bex-[\p{L}]{1,30}`, weight: 1 },
  { pattern: String.raw`\b(?:forbes|inc\.?) 30 under 30\b`, weight: 2 },
  { pattern: String.raw`\b\d+x (?:founder|entrepreneur|ceo|exits?)\b`, weight: 1 },
  { pattern: String.raw`\b(?:keynote|tedx) speaker\b`, weight: 1 },
  { pattern: String.raw`\bangel investor\b`, weight: 1 },
  { pattern: String.raw`\b(?:pmp|six sigma|black belt|scrum master)\b`, weight: 1 },
  { pattern: String.raw`\b(?:open to|seeking|looking for) (?:new )?(?:opportunities|roles|positions|job opportunities)\b`, weight: 2 },
  { pattern: String.raw`\bactively (?:looking|seeking|searching)\b`, weight: 2 },
  { pattern: String.raw`\baward[\s-]winning\b`, weight: 1 },
  { pattern: String.raw`\bhighly motivated\b`, weight: 1 },
  { pattern: String.raw`\bteam player\b`, weight: 1 },
  { pattern: String.raw`\bhard[\s-]working\b`, weight: 1 },
  { pattern: String.raw`\b(?:passion for|passionate about)\b`, weight: 1 },
  { pattern: String.raw`\b(?:expertise|skilled|experienced) in\b`, weight: 1 },
  { pattern: String.raw`\bi specialize in\b`, weight: 1 },
  { pattern: String.raw`\b(?:led|managed|built) teams of \d+\b`, weight: 1 },
  { pattern: String.raw`\bmanaged \$\d`, weight: 1 },
];

// "Grew revenue 3x", "boosted signups by 40%": results with free words between, as lead/target pairs.
export const SELF_PROMOTION_PAIRS: readonly (LeadPairSource & { weight: 1 | 2 })[] = [
  { lead: String.raw`^(?:grew|grown|increased|drove|generated|boosted)$`, target: String.raw`(?:\b\d+(?:\.\d+)?x\b|\b\d+%|\$\d)`, wordsBetween: 2, weight: 1 },
];

// "Product Manager | Speaker | Mentor | Author": a headline of three or more pipe-separated titles.
export const PIPE_TITLES = { min: 3, partLength: { min: 2, max: 40 }, weight: 2 } as const;

/** Signal weight at which the résumé signals add up to self-promotion. */
export const SELF_PROMOTION_THRESHOLD = 3;

// "I have 12,000+ followers." — audience counts.
export const COUNT_BRAGGING_PATTERN = String.raw`(?<![\d,.])\d[\d,.]{0,15}\s?(?:k|m)?\+?\s(?:linkedin\s)?(?:followers|subscribers|readers|connections|newsletter subscribers)\b`;

// "Let's crush it 🚀🔥" — emoji that read as hype even alone.
export const HYPE_EMOJI: readonly string[] = ['🚀', '🔥', '💯', '💰', '🤑', '💥', '📈', '⚡'];

/** The red-flag rules, one entry each (the registry's red-flag half). */
export const RED_FLAG_RULES: Record<RedFlagId, RedFlagRule> = {
  boilerplate: {
    id: 'boilerplate',
    label: 'stock text',
    severity: 'minor',
    penalty: 5,
    description: 'Stock phrases (LinkedIn’s default text, “I came across your profile”) tell the reader nothing was written for them.',
    expected: ['say why you are writing to this person'],
    message: '“{actual}” is stock text: replace it with why you are writing to this person.',
    example: 'Hi Sam, I came across your profile and would love to connect.',
    rewrite: 'drop',
    phrases: BOILERPLATE_PHRASES,
    patterns: BOILERPLATE_PATTERNS,
  },
  emoji: {
    id: 'emoji',
    label: 'a run of emoji',
    severity: 'minor',
    penalty: 10,
    description: 'Runs of decorative emoji (🚀🔥💯) read as hype; one friendly 👋 is fine.',
    expected: ['no emoji, or one friendly 👋'],
    message: 'Drop the emoji “{actual}”: a run of them reads as hype (one friendly 👋 is fine).',
    example: "Let's build something huge 🚀🚀🔥",
    rewrite: 'drop',
  },
  'buzzword-title': {
    id: 'buzzword-title',
    label: 'a self-awarded title',
    severity: 'minor',
    penalty: 10,
    description: 'Self-awarded titles like “thought leader” or “guru” read as bragging.',
    expected: ['your actual role'],
    message: '“{actual}” is a title people give themselves: say your actual role instead.',
    example: "I'm a growth hacker and thought leader in SaaS.",
    rewrite: 'drop',
    phrases: BUZZWORD_TITLES,
  },
  'count-bragging': {
    id: 'count-bragging',
    label: 'a follower count',
    severity: 'serious',
    penalty: 25,
    description: 'Follower and connection counts are about you, not them, and read as status-seeking.',
    expected: ['what you do, not how many follow you'],
    message: 'Leave out “{actual}”: say what you do, not how many follow you.',
    example: 'With 12,000+ followers, I share daily tips.',
    rewrite: 'drop',
  },
  'self-promotion': {
    id: 'self-promotion',
    label: 'a résumé dump',
    severity: 'serious',
    penalty: 15,
    description: 'A résumé dump in a connection note buries the reason for writing.',
    expected: ['one line on who you are'],
    message: '“{actual}” reads like a résumé: keep one line on who you are.',
    example: "I'm a results-driven marketer with 10+ years of experience and a proven track record.",
    rewrite: 'drop',
  },
  'sales-pitch': {
    id: 'sales-pitch',
    label: 'a sales pitch',
    severity: 'serious',
    penalty: 30,
    description: 'Pitching a product to a stranger in the first note is the most-ignored kind of request.',
    expected: ['connect first; pitch later, if ever'],
    message: '“{actual}” is a pitch: connect first, and offer it later if they ask.',
    example: 'We help SaaS teams cut churn by 30%. Happy to show you how.',
    rewrite: 'drop',
    patterns: SALES_PATTERNS,
    pairs: SALES_LEAD_PAIRS,
  },
  'early-ask': {
    id: 'early-ask',
    label: 'an early ask',
    severity: 'serious',
    penalty: 10,
    description: 'Asking a stranger for a referral, a job, a demo or a meeting in the first note asks too much too soon.',
    expected: ['ask for one small thing after they accept'],
    message: '“{actual}” asks a lot of a stranger: connect first, ask after they accept.',
    example: 'Could you refer me for the APM role at your company?',
    rewrite: 'drop',
    patterns: EARLY_ASK_PATTERNS,
  },
  placeholder: {
    id: 'placeholder',
    label: 'an unfilled slot',
    severity: 'critical',
    penalty: 50,
    description: 'An unfilled template slot shows the note was mass-sent.',
    expected: ['the real detail'],
    message: 'Fill in “{actual}” with the real detail before you send.',
    example: 'Hi [Name], I loved your post on {topic}.',
    rewrite: 'repair',
  },
  'all-caps': {
    id: 'all-caps',
    label: 'shouting in capitals',
    severity: 'serious',
    penalty: 20,
    description: 'Text in capitals reads as shouting.',
    expected: ['normal sentence case'],
    message: '“{actual}” reads as shouting: write it in sentence case.',
    example: 'HI, PLEASE ACCEPT MY REQUEST',
    rewrite: 'repair',
  },
  exclamation: {
    id: 'exclamation',
    label: 'too many exclamation marks',
    severity: 'minor',
    penalty: 5,
    description: 'Several exclamation marks read as over-eager.',
    expected: ['one exclamation mark at most'],
    message: 'Use one exclamation mark at most: “{actual}” reads as over-eager.',
    example: 'Would love to connect!!!',
    rewrite: 'repair',
  },
  'name-mismatch': {
    id: 'name-mismatch',
    label: 'the wrong name',
    severity: 'serious',
    penalty: 30,
    description: 'Greeting someone by the wrong name is the fastest way to be declined.',
    expected: ['the recipient’s name'],
    message: 'The greeting says “{actual}”, but the recipient is {recipient}: check the name.',
    example: "Hi Marcus, I'd like to connect.",
    rewrite: 'repair',
  },
  hedging: {
    id: 'hedging',
    label: 'an apology or hedge',
    severity: 'minor',
    penalty: 10,
    description: 'Apologies and hedges (“sorry to bother you”) undercut the reason you are writing.',
    expected: ['state your reason plainly'],
    message: 'Cut “{actual}”: state your reason plainly, with no apology.',
    example: 'Sorry to bother you, I just wanted to maybe connect.',
    rewrite: 'drop',
    phrases: HEDGING_PHRASES,
  },
};
