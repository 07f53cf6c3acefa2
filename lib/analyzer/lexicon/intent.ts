/**
 * Intent frames: phrases that state why the sender writes. A purpose frame needs content after it
 * ("learn how your team handles failover"); without content it is only a vague purpose. Patterns
 * run on the normalized note (lowercase, straight quotes).
 */

// "I'd love to learn how your team handles failover." — purposes that need a topic after them.
export const PURPOSE_FRAMES: readonly string[] = [
  String.raw`\blearn(?:ing)? (?:a bit |a little |a lot |more )?(?:about|how|what|why|where|which|when|whether|from you about)\b`,
  String.raw`\blearn(?:ing)? (?:more )?from (?:you|your)\b`,
  String.raw`\bhear(?:ing)? (?:more )?(?:how|about|what|why|where|your (?:take|thoughts|perspective|story|advice|view))\b`,
  String.raw`\bask(?:ing)? (?:you )?(?:a (?:quick )?question )?(?:how|about|what|why|whether|for your (?:advice|take|thoughts|perspective))\b`,
  String.raw`\b(?:discuss|discussing|talk about|talking about|chat about|chatting about|talk through|brainstorm)\b`,
  String.raw`\b(?:compare|comparing|swap|swapping|trade|trading|exchange|exchanging)\b`,
  String.raw`\b(?:share|sharing) (?:notes|ideas|thoughts|tips|stories|experiences|lessons|perspectives|learnings|war stories)\b`,
  String.raw`\bfollow(?:ing)? (?:along with )?(?:your|what you|how you|where you|what's next|along)\b`,
  String.raw`\byour (?:take|advice|perspective|thoughts|input|feedback|insights?|view|opinion|guidance|recommendations?) (?:on|about|regarding)\b`,
  // "your guidance on pricing", but "your guidance in data science" names only a field.
  String.raw`\b(?:your|any) (?:take|advice|perspective|thoughts|input|feedback|insights?|guidance)\b(?! in\b)`,
  String.raw`\bpick your brain\b`,
  // "exploring roles at Caterpillar", not "support leaders exploring AI" (what others explore).
  String.raw`(?<!\b(?:leaders|folks|people|devs|developers|professionals|marketers|founders|engineers|others|pros|peers|teams|those|anyone|everyone|who are|who're) )\b(?:explore|exploring)\b`,
  String.raw`\b(?:co-host|co-hosting|cohost|co-author|co-authoring|co-write|team up|teaming up) (?:on|a|an|with)?\b`,
  String.raw`\b(?:how|what|why|where|when) (?:did|do|would|should|have) you\b`,
  String.raw`\bintroduce (?:you|them|him|her|myself to you) to\b`,
  String.raw`\b(?:collaborate|collaborating|collaboration|partner|partnering|work together) (?:on|with)\b`,
  String.raw`\b(?:get|getting) your (?:advice|take|feedback|input|thoughts|perspective)\b`,
  String.raw`\b(?:advice|tips|guidance|pointers) (?:on|about|for)\b`,
  String.raw`\bunderstand (?:how|what|why|more about)\b`,
  String.raw`\bsee (?:how|what) you(?:'re| are)?\b`,
  String.raw`\b(?:tell me|show me|walk me through|share) (?:a bit |more )?(?:how|about|what|why)\b`,
  String.raw`\b(?:curious|wondering|wonder) (?:how|what|why|about|whether|if)\b`,
  String.raw`\b(?:stay|keep) in touch (?:about|on|re|as)\b`,
  // "chat on the topic", "sync up around blockchain", "talk regarding the internship".
  String.raw`\b(?:chat|chatting|talking|sync up) (?:on|around|regarding|re)\b`,
  String.raw`\b(?:talk|conversations?) (?:around|regarding|re)\b`,
  // "connect with you on a potential event on stablecoins" (not "on LinkedIn": an empty topic).
  String.raw`\bconnect(?:ing)? (?:with you )?(?:on|about|regarding|around|over)\b`,
  // "get to know about RIT", "knowing more about the open internship positions".
  String.raw`\b(?:know|knowing|find out|finding out|hear|hearing) (?:more |a bit more |a little more |a few things |few things |some things )?(?:about|regarding)\b`,
  // Asked for, not broadcast: "some info regarding RIT", not "I share daily insights on scaling".
  String.raw`\b(?:your|any|some|get|hear|seek|for|more|few|a few) (?:info|information|details|insights?|questions?|queries) (?:about|regarding|on|into|around)\b`,
  String.raw`\b(?:a |any |some |few |a few )?(?:questions?|queries)\b`,
  // "share your detailed experience about Penn State", "share your views on VASP".
  String.raw`\b(?:share|sharing|tell me|hear|get|know) (?:about )?your (?:[\w-]{1,20} )?(?:experience|experiences|views?|thoughts|take|insights?|perspective|reviews?|story|opinion)\b`,
  // Job seekers: "interested in the ML Scientist role", "applied for the Associate role".
  String.raw`\b(?:apply|applying|applied) (?:for|to)\b`,
  // "mentor me through", "train me in": a concrete ask for help with something named.
  String.raw`\b(?:mentor|mentoring|train|coach|guide) me (?:in|on|through|with|about)\b`,
  // "organizing another stablecoin discussion", "planning a panel".
  String.raw`\b(?:organize|organizing|host|hosting|plan|planning|run|running) (?:a|an|another|our|the|this) (?:[\w/-]{1,30} )?(?:discussion|panel|event|meetup|roundtable|session|workshop|webinar|conference|study|survey)\b`,
  // "about a potential industry event": what is being proposed.
  String.raw`\b(?:about|regarding|on) (?:a|an|the|our) (?:potential|possible|upcoming|proposed|joint) `,
  String.raw`\bsend you (?:the|a|an|my|our) `,
];

// "I'd like to connect in case a future role here is ever of interest." — purposes complete in themselves.
export const COMPLETE_PURPOSES: readonly string[] = [
  String.raw`\b(?:in case|if) (?:a|an|any) (?:role|opening|position|opportunity|job)s?\b`,
  // "in case a future role on our platform team is ever of interest" (a recruiter's purpose).
  String.raw`\b(?:is|are|be|was|were) (?:ever |ever be |ever going to be )?of interest\b`,
  String.raw`\b(?:a|an) (?:[\w-]{1,20} ){0,2}(?:role|position|opening)s? (?:on|at|with|in) (?:my|our) (?:team|company|group|lab)\b`,
  String.raw`\bkeep (?:the|our) conversation going\b`,
  String.raw`\bintroduce you to [A-Za-z]`,
  // The spec's own example: continuing a conversation is a purpose even without its topic.
  String.raw`\b(?:continue|continuing|pick up|picking up|follow up on) (?:our|the|that) (?:conversation|chat|discussion)\b`,
  // Catching up with someone you know is reason enough: "reconnect and hear about your work at Revolut".
  String.raw`\b(?:reconnect|catch up)\s{1,3}(?:and|to)\s{1,3}(?:hear|learn|see|chat|talk|swap|compare|catch)\b`,
  // A job seeker who asks to be kept in mind for a kind of work: "glad to stay on your radar".
  String.raw`\b(?:stay|be|keep me) on your radar\b`,
  // "I am looking for job in data entry": a job seeker's purpose, however it is spelled.
  String.raw`\b(?:i am|i'm|im|am|currently) (?:actively )?(?:looking|searching) for (?:a |an |any )?(?:job|work|internship|role|position|opportunit(?:y|ies)|opening)\b`,
];

/**
 * "We have contract positions available. Are you interested?" — purposes that are offers: a
 * pitch, a recruiter's blast, an invitation to someone else's event or survey. They say why, so
 * the intent check passes, but they serve the sender first and earn fewer points.
 */
export const OFFER_PURPOSES: readonly string[] = [
  String.raw`\b(?:are you|would you be|if you are|if you're|if you would be|if you'd be|you might be|would you also be|are you also) (?:interested|open)\b`,
  String.raw`\b(?:interested|open) (?:in a chat|in a call|to a chat|to a call)\b`,
  String.raw`\b(?:are you|if you are|if you're|you are|you're) (?:currently |actively )?(?:looking|searching|available) (?:for|on)\b`,
  String.raw`\b(?:we're|we are|i'm|i am|now|currently) hiring\b`,
  String.raw`^hiring\b`,
  String.raw`\b(?:positions?|roles?|openings?|jobs?|vacancies|opportunit(?:y|ies)) (?:are )?(?:available|open)\b`,
  String.raw`\bwe have (?:a |an |some |several |multiple )?(?:requirements?|openings?|positions?|roles?|vacancies|job openings?)\b`,
  String.raw`\b(?:looking for|seeking) (?:an? |experienced |talented |skilled )?(?:[\w-]{1,20} ){0,2}(?:engineers?|developers?|analysts?|candidates?|consultants?|designers?|managers?|alumni|professionals?|speakers?|participants?)\b`,
  String.raw`\b(?:share|send) (?:me )?your (?:updated |latest |current )?(?:resume|résumé|cv|profile)\b`,
  String.raw`\b(?:you're|you are) invited to\b`,
  String.raw`\b(?:invite|inviting) you to\b`,
  String.raw`\b(?:keen|happy|glad|eager|delighted) (?:on|to) (?:share|sharing|send|sending|show|showing)\b`,
  String.raw`\b(?:mind if i|can i|may i|could i|let me) (?:share|shared|send|sent|show|showed)\b`,
  String.raw`\bmay i have your (?:email|number|phone)\b`,
  String.raw`\b(?:offer|offering) (?:you )?(?:my|our) (?:services|help|support|expertise)\b`,
  String.raw`\b(?:do|does|would) (?:you|your team|you guys) need (?:help|support|a hand|assistance)\b`,
  String.raw`\b(?:could|might|may|would) be (?:relevant|useful|helpful|valuable) (?:to|for)\b`,
  String.raw`\b(?:would it make sense|does it make sense) to\b`,
  String.raw`\b(?:share|sharing|send|sending) (?:you )?(?:more |some )?(?:information|info|details) (?:about|on|regarding)\b`,
];

// "Let's connect!" — purposes without content: a reason to accept is still missing.
export const VAGUE_PURPOSES: readonly string[] = [
  'connect',
  'connecting',
  'reconnect',
  'get connected',
  'add you to my network',
  'add you to my professional network',
  'join your network',
  'be part of your network',
  'be in your network',
  'expand my network',
  'expanding my network',
  'grow my network',
  'growing my network',
  'build my network',
  'building my network',
  'network with you',
  'learn from you',
  'learn from your experience',
  'talk sometime',
  'chat sometime',
  'stay in touch',
  'keep in touch',
  'get to know you',
  'accept my request',
  'accepting my request',
  'accept my invitation',
  'accepting my invitation',
  'accept my invite',
];

// "I'm very interested in the Data Science Intern position": interest in a named opening is a
// job seeker's purpose (interest in a whole industry is not).
export const INTEREST_WORDS: readonly string[] = ['interested', 'interest', 'apply', 'applying', 'applied'];
export const OPENING_WORDS: readonly string[] = [
  'role',
  'roles',
  'position',
  'positions',
  'opening',
  'openings',
  'internship',
  'internships',
  'intern',
  'program',
  'programme',
  'opportunity',
  'vacancy',
  'fellowship',
  'residency',
  'apprenticeship',
];

// "Can we connect to discuss this further?" — a purpose frame whose topic refers back to
// something the note names: these words name such a thing.
export const REFERRED_TOPIC_WORDS: readonly string[] = [
  ...OPENING_WORDS,
  'event',
  'panel',
  'discussion',
  'initiative',
  'project',
  'report',
  'research',
  'study',
  'proposal',
  'idea',
  'paper',
];

// Words after a purpose frame that carry no topic ("learn more about your work").
export const EMPTY_TOPIC_WORDS: readonly string[] = [
  'work',
  'experience',
  'experiences',
  'career',
  'journey',
  'background',
  'profile',
  'company',
  'things',
  'stuff',
  'more',
  'opportunities',
  'opportunity',
  'industry',
  'field',
  'space',
  'network',
  'path',
  'everything',
  'anything',
  'something',
  'life',
  'story',
  'day',
  'time',
  'sometime',
  'soon',
  'connect',
  'connecting',
  'together',
  'business',
  'role',
  'job',
  'linkedin',
  'vast',
  'extensive',
  'rich',
  'wide',
  'immense',
  'expertise',
  'knowledge',
  'wisdom',
  'esteemed',
  'organization',
  'organisation',
  'professionals',
  'here',
  'further',
  'it',
  'this',
  'that',
];
