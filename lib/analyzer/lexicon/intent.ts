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
  String.raw`\b(?:your|any) (?:take|advice|perspective|thoughts|input|feedback|insights?|guidance)\b`,
  String.raw`\bpick your brain\b`,
  String.raw`\b(?:explore|exploring)\b`,
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
];
