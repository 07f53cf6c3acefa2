/**
 * Shared-ground vocabulary: the phrases by which a note claims common ground, and the words to
 * ignore when comparing schools, companies and industries. Lowercase, normalized.
 */

// "fellow Michigan alum", "as another PM in fintech" — claims of common ground.
/** A claim of common ground: its kind, its pattern, and a pattern that, matching the claim, voids it. */
export const SHARED_GROUND_PATTERNS: readonly { kind: string; pattern: string; unless?: string }[] = [
  { kind: 'fellow', pattern: String.raw`\bfellow\s{1,3}['"“‘]?[\p{L}\p{N}][\p{L}\p{N}'.&-]{0,30}(?:\s{1,3}(?!(?:and|or|but|who|that|i|i'd|i'm|here|with|to|so|in)\b)[\p{L}\p{N}][\p{L}\p{N}'.&-]{0,30}){0,3}` },
  { kind: 'fellow', pattern: String.raw`\bconnect(?:ing)? with (?:other|fellow)\s{1,3}[\p{L}-]{1,30}` },
  { kind: 'fellow', pattern: String.raw`\bas (?:another|one of the|a fellow)\s{1,3}[\p{L}][\p{L}'-]{0,30}(?:\s{1,3}[\p{L}][\p{L}'-]{0,30}){0,3}` },
  // "we're both in fintech", "we were both at Deloitte": "both" makes it a claim ("we're running a study" is none).
  { kind: 'both', pattern: String.raw`\b(?:(?:we're|we are|we were|we've|we have) (?:both|all)|we both|both of us)\s{1,3}(?:\w{1,20}\s{1,3})?(?:in|at|from|building|working|work|worked|studied|went|attended|members?|part|on|run|running|alumni|alums|grads|graduates|spoke|speaking|joined|started)\b` },
  { kind: 'both', pattern: String.raw`\b(?:we're|we are|we were) (?:in|at|from|part of) the same\b` },
  { kind: 'both', pattern: String.raw`\bwe both\b` },
  { kind: 'also', pattern: String.raw`(?<!\band )\b(?:also|too) (?:working|work|worked|focused|focusing|researching|research|building|build|studying|study|writing|teaching|selling|sell|hiring|based|live|living) (?:on|in|at|into|about|for|from)\b` },
  { kind: 'same', pattern: String.raw`\b(?:like you (?:were|did|do|are)|just like you|as you did|the way you did)\b` },
  { kind: 'also', pattern: String.raw`\b(?:i'm also|im also|i am also|i also|i've also|ive also|i have also|i was also) [\p{L}]{1,30}(?: (?!(?:and|or|but|so|would|to|who|that|i)\b)[\p{L}]{1,30}){0,2}`, unless: String.raw`\balso (?:(?:a |an )?(?:huge |big |great |longtime |long-time )?(?:fan|admirer|follower|reader|subscriber|listener)|love|like|want|hope|would|think|wanted|wondered|appreciate|enjoyed|loved|read|saw|noticed|admire|admired)\b` },
  { kind: 'same', pattern: String.raw`\b(?:same (?:[\w-]{1,20} )?(?:as you|school|university|program|company|team|industry|field|role|cohort|class|batch|boat|alma mater|community|group)|(?:similar|same) (?:idea|company|startup|product|project|business|path|journey|problem|mission|switch|move|transition|background|challenge|space|jump|leap|pivot|route|career change)s?)\b` },
  // "we share a background in actuarial science", "we're tackling the same migration".
  { kind: 'same', pattern: String.raw`\bwe (?:both )?share (?:a |an |the |our )?(?:[\w-]{1,20} )?(?:background|interest|passion|alma mater|employer|history|love|field|profession|roots|experience)\b` },
  { kind: 'same', pattern: String.raw`\b(?:tackling|facing|solving|working on|fighting|going through|dealing with|wrestling with|navigating) (?:the |a )?(?:very )?(?:same|similar)\b` },
  { kind: 'same', pattern: String.raw`\bworking on [^.!?;]{1,60}? like (?:you|yours|your (?:group|team|lab|company))\b` },
  { kind: 'colleague', pattern: String.raw`\b(?:we |i )?(?:worked|used to work) (?:together|with you|alongside you|on your team|under you)\b` },
  { kind: 'colleague', pattern: String.raw`\b(?:former|old|ex-) ?(?:colleague|coworker|co-worker|teammate|classmate)s?\b` },
  { kind: 'colleague', pattern: String.raw`\bwe were (?:colleagues|teammates|classmates|coworkers|co-workers)\b` },
  { kind: 'colleague', pattern: String.raw`\b(?:we |i )?overlapped (?:at|on|in|during)\b` },
  { kind: 'colleague', pattern: String.raw`\bour (?:days|time|years) (?:on|at|in|together)\b` },
  { kind: 'colleague', pattern: String.raw`\b(?:back )?when we (?:both )?(?:worked|studied|were)\b` },
  { kind: 'colleague', pattern: String.raw`\byou (?:were|used to be) my (?:manager|mentor|professor|teacher|lead|boss|coach|ta)\b` },
  { kind: 'event', pattern: String.raw`\b(?:we met|i met you|met you|we spoke|we chatted|we talked|we sat|we connected|we were both) (?:briefly )?(?:at|during|in|on|after|last|at the)\b` },
  { kind: 'event', pattern: String.raw`\bwe met\b` },
  // "Great meeting you at the summit", "It was great talking to you today" — but "Good to meet
  // you." alone, in a cold note, is a pleasantry: nobody met.
  { kind: 'event', pattern: String.raw`\b(?:it was|was|it's been|been) (?:so |really )?(?:great|nice|good|lovely|a pleasure|wonderful|fantastic|amazing) (?:to meet|meeting|to talk|talking|to chat|chatting|to speak|speaking|to see|seeing|to hear|hearing) (?:to |with )?you\b` },
  { kind: 'event', pattern: String.raw`\b(?:great|nice|good|lovely|a pleasure|glad|wonderful) (?:to meet|meeting|to have met|to chat with|chatting with|talking with|to talk with|talking to|to talk to|speaking with|to speak with|seeing) you (?:at|during|in|on|after|yesterday|today|tonight|last|earlier|this)\b` },
  { kind: 'event', pattern: String.raw`\b(?:thanks|thank you) (?:so much )?for (?:teaching|hosting|speaking|presenting|organizing|running|leading|registering|joining|attending|coming|visiting|stopping by)\b` },
  // "I was in your workshop on mixed-effects models": the sender attended their event.
  { kind: 'event', pattern: String.raw`\b(?:i was|i attended|i took|i joined|i sat in on|i was lucky to attend) (?:in |at |on )?(?:your|the) (?:[\w-]{1,20} )?(?:workshop|class|course|session|webinar|talk|lecture|seminar|bootcamp|panel|training|masterclass|tutorial)\b` },
  // A conversation already had: "following up on our chat", "thanks for responding to my message".
  { kind: 'conversation', pattern: String.raw`\b(?:(?:following|follow) up (?:on|from)|as (?:we )?discussed|further to|continuing) (?:our|the|your|my) (?:chat|call|conversation|talk|meeting|discussion|exchange|message|email)\b` },
  { kind: 'conversation', pattern: String.raw`\b(?:thanks|thank you) (?:so much |again )?for (?:responding|replying|your reply|your response|getting back|the (?:coffee |quick |great |lovely )?(?:chat|call|conversation|meeting|intro|introduction)|our (?:chat|call|conversation|meeting))\b` },
  { kind: 'event', pattern: String.raw`\b(?:great|nice|good|lovely|fun|a pleasure) (?:chatting|talking|meeting|speaking|catching up) (?:at|during|after|yesterday|today|tonight|last|earlier|this morning|this week)\b` },
  { kind: 'conversation', pattern: String.raw`\b(?:the one|what) we (?:did|ran|hosted|organized|had|built|discussed)\b` },
  { kind: 'conversation', pattern: String.raw`\b(?:you|we) (?:mentioned|discussed|talked about|spoke about) (?:at|during|when|last|on our)\b` },
  // "We are looking for Alumni who can guide our students": writing to the school's own alumni.
  { kind: 'fellow', pattern: String.raw`\b(?:our|fellow) alumni\b|\b(?:looking for|reaching out to|connecting with|calling) (?:our |fellow )?alumni\b|\balumni (?:who|like you)\b` },
  { kind: 'mutual', pattern: String.raw`\b(?:mutual (?:friend|connection|colleague|contact)|friend of (?:yours|mine)|our mutual)\b` },
];

// "at the UW Data Science Career Fair", "in the Rust Belt Founders Slack", "from Maven Open
// Campus" — the nouns that end the name of an event or a group both people were part of.
export const EVENT_NOUNS: readonly string[] = [
  'fair',
  'meetup',
  'meet-up',
  'conference',
  'summit',
  'webinar',
  'workshop',
  'hackathon',
  'bootcamp',
  'expo',
  'forum',
  'symposium',
  'convention',
  'mixer',
  'coffee morning',
  'coffee chat',
  'networking event',
  'info session',
  'open day',
  'open house',
  'campus',
  'camp',
  'cohort',
  'slack',
  'discord',
  'community',
  'group',
  'club',
  'society',
  'association',
  'ecosystem',
  'eco system',
  'subreddit',
  'circle',
  'guild',
  'retreat',
  'panel',
  'roundtable',
];

// Words that open the name of an event or group: "at", "in", "from the …".
export const EVENT_PREPOSITIONS: readonly string[] = ['at', 'during', 'from', 'in', 'within', 'via', 'through', 'after'];

// "my brother, Kunal Joglekar", "Kunal's brother": people the sender knows who may know them too.
export const RELATION_WORDS: readonly string[] = [
  'brother',
  'sister',
  'friend',
  'colleague',
  'coworker',
  'cousin',
  'classmate',
  'roommate',
  'son',
  'daughter',
  'wife',
  'husband',
  'partner',
  'father',
  'mother',
  'dad',
  'mom',
  'uncle',
  'aunt',
  'nephew',
  'niece',
  'mentor',
  'manager',
  'professor',
  'teammate',
];

// "I got your reference from Naresh", "found your profile through my brother": how a name reached the sender.
export const REFERRAL_PATTERN = String.raw`\b(?:reference|referred|your name|your contact|your details|your profile|your number|your email)\b`;

// "LinkedIn suggested your profile": platforms are not introducers.
export const NON_PERSON_INTRODUCERS: readonly string[] = ['linkedin', 'google', 'twitter', 'github', 'facebook', 'instagram', 'youtube', 'reddit', 'x', 'algorithm', 'chatgpt'];

// Adverbs that may stand between an introducer and the verb: "Paul recently recommended".
export const INTRODUCER_ADVERBS: readonly string[] = ['recently', 'kindly', 'also', 'just', 'originally', 'once', 'actually', 'personally'];

// "Sam Patel suggested I reach out" — verbs that follow a named introducer.
export const INTRODUCER_VERBS: readonly string[] = [
  'suggested',
  'mentioned',
  'recommended',
  'referred me',
  'introduced',
  'pointed me',
  'told me',
  'said',
  'speaks highly',
  'spoke highly',
  'thought',
  'encouraged me',
];

// "I taught high school math for six years too" — a first-person clause that ends in "too".
export const TOO_PATTERN = String.raw`\b(?:too|as well)\b`;
export const FIRST_PERSON_PATTERN = String.raw`\b(?:i|i'm|im|i've|i am|i was|i have|we're|we are) `;
// "I'd love to connect too" wishes, it shares nothing.
export const NOT_SHARED_TOO_PATTERN = String.raw`^(?:i|i'm|im|i've|i am|i was|i have|we're|we are) (?:'d|would|will|'ll|love|like|want|hope|wish|look|looking|think|am excited|'m excited|can't wait)\b`;

// "We have 14 mutual connections." — mutual connections without a name.
export const UNNAMED_MUTUAL_PATTERN = String.raw`\b(?:\d+|several|many|a few|some|lots of) (?:mutual|shared) (?:connections|friends|contacts)\b`;

// Words of school names that do not tell schools apart ("University of …").
export const GENERIC_SCHOOL_WORDS: readonly string[] = [
  'university',
  'univ',
  'college',
  'school',
  'institute',
  'of',
  'the',
  'at',
  'and',
  'for',
  'in',
  'graduate',
  'business',
  'law',
  'medicine',
  'medical',
  'technology',
  'state',
  'polytechnic',
  'academy',
  'campus',
  'uc',
  'u',
];

// Words of industry names that do not tell industries apart.
export const GENERIC_INDUSTRY_WORDS: readonly string[] = ['and', 'of', 'the', 'in', 'for', 'industry', 'services', 'sector', 'field', '&'];

// Industry aliases: "fintech" is "financial technology".
export const INDUSTRY_ALIASES: readonly (readonly [string, string])[] = [
  ['fintech', 'financial technology'],
  ['edtech', 'education technology'],
  ['healthtech', 'health technology'],
  ['medtech', 'medical technology'],
  ['proptech', 'property technology'],
  ['insurtech', 'insurance technology'],
  ['martech', 'marketing technology'],
  ['adtech', 'advertising technology'],
  ['biotech', 'biotechnology'],
  ['cleantech', 'clean technology'],
  ['climate tech', 'climate technology'],
  ['hr tech', 'hr technology'],
  ['civic tech', 'civic technology'],
  ['ai', 'artificial intelligence'],
  ['ml', 'machine learning'],
  ['vc', 'venture capital'],
  ['pe', 'private equity'],
  ['cre', 'commercial real estate'],
  ['ux', 'user experience'],
  ['nlp', 'natural language processing'],
  ['vet', 'veterinary'],
  ['hr', 'human resources'],
  ['pr', 'public relations'],
  ['ecommerce', 'e-commerce'],
];

// Short names of schools: "Georgia Tech" is the Georgia Institute of Technology.
export const SCHOOL_ALIASES: readonly (readonly [string, string])[] = [
  ['cal poly', 'California Polytechnic State University, San Luis Obispo'],
  ['cal poly', 'California Polytechnic State University'],
  ['georgia tech', 'Georgia Institute of Technology'],
  ['gatech', 'Georgia Institute of Technology'],
  ['penn state', 'Pennsylvania State University'],
  ['penn state', 'The Pennsylvania State University'],
  ['caltech', 'California Institute of Technology'],
  ['upenn', 'University of Pennsylvania'],
  ['penn', 'University of Pennsylvania'],
  ['wharton', 'University of Pennsylvania'],
  ['ut austin', 'University of Texas at Austin'],
  ['unc', 'University of North Carolina at Chapel Hill'],
  ['umich', 'University of Michigan'],
  ['uc berkeley', 'University of California, Berkeley'],
  ['berkeley', 'University of California, Berkeley'],
  ['ucla', 'University of California, Los Angeles'],
  ['ucsd', 'University of California, San Diego'],
  ['uc davis', 'University of California, Davis'],
  ['nyu', 'New York University'],
  ['usc', 'University of Southern California'],
  ['cmu', 'Carnegie Mellon University'],
  ['uiuc', 'University of Illinois Urbana-Champaign'],
  ['lse', 'London School of Economics'],
  ['hbs', 'Harvard Business School'],
  ['gsb', 'Stanford Graduate School of Business'],
  ['kellogg', 'Northwestern University'],
  ['booth', 'University of Chicago'],
  ['sloan', 'Massachusetts Institute of Technology'],
];

// Words that mark studying somewhere ("I graduated from Michigan").
export const STUDY_PATTERN = String.raw`\b(?:(?:i|i've|i have|we|we've|we both|both|i also|also)\s{1,3}(?:studied|went to|attended|graduated)|alum|alumna|alumnus|alumni|grad|graduate|studying|student|class of|mba|mph|msc|masters|master's|bachelor's|doctorate|phd|degree|freshman|sophomore|junior at|senior at|undergrad|(?:starting|doing|finishing|pursuing) my)\b`;

// "As a public health grad student" — the sender says they work in a field (identity, not aspiration).
export const IDENTITY_PATTERN = String.raw`\b(?:i'm an?|i am an?|as an?|i work (?:in|as)|i'm in|i am in|i lead|i run|i manage|i've worked in|i have worked in|my work in|i'm also in)\b`;

// "interested in commercial real estate" — wanting to enter a field is not sharing it.
export const ASPIRATION_PATTERN = String.raw`\b(?:interested|exploring|explore|moving|move|transitioning|transition|breaking|break|hoping|hope|want|wanting|looking|switching|switch|pivoting|pivot|curious|aspiring|learn|learning|applying|apply|getting into|trying)\b`;
