/**
 * Small, dependency-free text helpers shared by the templates (client bundle) and the rewrite
 * engine (server). Everything here turns a detail the user typed into a phrase that reads well in
 * a note, without adding any fact the detail does not hold.
 */

/** Honorifics that may open a full name but are not a first name. */
const TITLES = new Set(['dr', 'dr.', 'prof', 'prof.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'sir', 'dame']);

/** Words a shortened phrase must not end on ("the post on" reads as cut off). */
const DANGLING = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by', 'about',
  'into', 'as', 'that', 'which', 'who', 'your', 'my', 'our', 'their', 'its', 'how', 'why', 'what', 'when',
  'is', 'are', 'was', 'were', 'be', '&', '-', '–', '—',
]);

const SPACE = /\s/;

/**
 * Drops trailing characters that are whitespace (when `spaces`) or in `chars`. A loop, not
 * `/[…]+$/`: an unanchored run-to-end regex backtracks quadratically on a long run.
 */
export function trimEndOf(text: string, chars: string, spaces = false): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text.charAt(end - 1)) || (spaces && SPACE.test(text.charAt(end - 1))))) end--;
  return text.slice(0, end);
}

/** Drops leading characters that are whitespace (when `spaces`) or in `chars`. */
export function trimStartOf(text: string, chars: string, spaces = false): string {
  let start = 0;
  while (start < text.length && (chars.includes(text.charAt(start)) || (spaces && SPACE.test(text.charAt(start))))) start++;
  return text.slice(start);
}

/** Collapses runs of whitespace and trims; details pasted from LinkedIn often carry newlines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Case- and space-insensitive comparison key ("Georgia  Tech" ~ "georgia tech"). */
export function textKey(text: string): string {
  return squash(text).toLowerCase();
}

/** The first name in a full name, skipping honorifics: "Dr. Wei Chen" → "Wei". Empty when none. */
export function firstNameOf(name: string | undefined): string {
  if (!name) return '';
  const words = squash(name).split(' ');
  const first = words.find((w) => !TITLES.has(w.toLowerCase()) && /\p{L}/u.test(w));
  return trimEndOf(first ?? '', ',;:');
}

/** The first entry of `a` that also appears in `b` (case-insensitive), as spelled in `a`. */
export function firstShared(a: readonly string[] | undefined, b: readonly string[] | undefined): string | undefined {
  if (!a || !b) return undefined;
  const keys = new Set(b.map(textKey).filter(Boolean));
  return a.map(squash).find((x) => x !== '' && keys.has(textKey(x)));
}

/** The two industries when they name the same field, as the recipient spells it. */
export function sharedIndustry(recipient: string | undefined, sender: string | undefined): string | undefined {
  if (!recipient || !sender) return undefined;
  return textKey(recipient) !== '' && textKey(recipient) === textKey(sender) ? squash(recipient) : undefined;
}

/**
 * Lower-cases the first letter of a phrase that sits mid-sentence, unless the first word looks like
 * a proper noun or acronym (it has another capital, or is "I"): "Financial technology" → "financial
 * technology", "HR software" stays.
 */
export function midSentence(phrase: string): string {
  const first = phrase.split(/\s/)[0] ?? '';
  if (first === 'I' || /^I['’]/.test(first) || /\p{Lu}/u.test(first.slice(1))) return phrase;
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** Upper-cases the first letter (sentence start). */
export function capitalize(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * Shortens a phrase to at most `max` UTF-16 units at a word boundary, never mid-word, preferring a
 * natural break (":", " – ", ",", "(") and never ending on a dangling function word. Returns the
 * phrase unchanged when it fits, and at least its first word otherwise (which may still exceed
 * `max`: the caller decides whether that is acceptable).
 */
export function shortenAtWord(phrase: string, max: number): string {
  const text = squash(phrase);
  if (text.length <= max) return text;
  // A natural break keeps the phrase meaningful: a title before its subtitle, a clause before its aside.
  // `text` is squashed: single spaces, so the cuts need no `\s*` runs.
  for (const cut of [/ ?[:(] ?/, / [–—-] /, / ?[,;] ?/]) {
    const head = text.split(cut)[0] ?? '';
    if (head.length >= 3 && head.length <= max && head !== text) return closeQuotes(trimDangling(head));
  }
  const words = text.split(' ');
  let out = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length > max) break;
    out += ` ${word}`;
  }
  return closeQuotes(trimDangling(out));
}

/** Drops trailing function words and punctuation so a shortened phrase does not read as cut off. */
function trimDangling(phrase: string): string {
  const words = trimEndOf(phrase, ',;:–—-', true).split(' ');
  while (words.length > 1 && DANGLING.has((words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}&–—-]/gu, ''))) {
    words.pop();
  }
  return trimEndOf(words.join(' '), ',;:–—-', true);
}

/** Re-closes a quotation a shortening cut open. */
function closeQuotes(phrase: string): string {
  if ((phrase.match(/“/g) ?? []).length > (phrase.match(/”/g) ?? []).length) return `${phrase}”`;
  if ((phrase.match(/"/g) ?? []).length % 2 === 1) return `${phrase}"`;
  return phrase;
}

/** Nouns that name a piece of someone's work; a detail starting with one reads as "your <detail>". */
export const WORK_NOUNS = [
  'post', 'posts', 'article', 'articles', 'essay', 'piece', 'blog', 'talk', 'keynote', 'lecture', 'panel', 'webinar',
  'book', 'paper', 'study', 'report', 'newsletter', 'podcast', 'episode', 'interview', 'video', 'thread',
  'write-up', 'writeup', 'case', 'project', 'course', 'series', 'presentation', 'research', 'launch', 'guide',
  'column', 'chapter', 'workshop', 'session', 'deck', 'tutorial', 'analysis', 'breakdown', 'piece',
] as const;
const WORK_NOUN_SET = new Set<string>(WORK_NOUNS);

/**
 * Turns the recipient's `recentWork` detail into a noun phrase for "I enjoyed …":
 * "post on pricing pages" → "your post on pricing pages"; "Your talk at X" → "your talk at X";
 * "The Quiet Offer" (a title) → "“The Quiet Offer”". Quotes are added only around a bare title.
 */
export function workPhrase(recentWork: string): string {
  const text = trimEndOf(squash(recentWork), '.!?');
  if (text === '') return '';
  const [first = '', second = ''] = text.toLowerCase().split(' ');
  if (first === 'your' || first === 'their' || first === 'his' || first === 'her') return `your ${text.split(' ').slice(1).join(' ')}`;
  if (first === 'a' || first === 'an' || first === 'the') {
    if (WORK_NOUN_SET.has(second.replace(/[^a-z-]/g, '')) && !/\p{Lu}/u.test(text.split(' ')[1]?.charAt(0) ?? '')) {
      return `your ${text.split(' ').slice(1).join(' ')}`;
    }
  }
  if (WORK_NOUN_SET.has(first.replace(/[^a-z-]/g, '')) || /^recent\b/.test(first)) return `your ${midSentence(text)}`;
  if (/^["“'‘]/.test(text)) return text;
  return `“${text}”`;
}

/** Verbs after which a goal reads as what you want from the conversation ("learn how you …"). */
const ASK_VERBS = new Set([
  'learn', 'hear', 'discuss', 'explore', 'understand', 'talk', 'chat', 'ask', 'compare', 'swap', 'trade', 'exchange',
  'share', 'follow', 'get', 'pick', 'continue', 'find', 'introduce', 'see', 'know', 'collaborate', 'brainstorm',
  'meet',
]);

/** Verbs that state the sender's own plan ("move into product", "break into UX"). */
const PLAN_VERBS = new Set([
  'move', 'moving', 'break', 'breaking', 'transition', 'transitioning', 'switch', 'switching', 'pivot', 'pivoting',
  'become', 'becoming', 'land', 'landing', 'start', 'starting', 'build', 'building', 'grow', 'growing', 'hire',
  'hiring', 'join', 'joining', 'launch', 'launching', 'raise', 'raising', 'expand', 'expanding', 'improve',
  'improving', 'change', 'changing', 'enter', 'entering', 'work', 'working', 'apply', 'applying', 'research',
  'researching', 'develop', 'developing', 'make', 'making',
]);

/** "move" → "moving", "apply" → "applying", "switching" stays. Covers the plan verbs above. */
function gerund(verb: string): string {
  if (verb.endsWith('ing')) return verb;
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

/**
 * Turns the sender's goal into the purpose clause of a note, keeping the user's words:
 * "learn how you moved into PM" → "I'd love to connect and learn how you moved into PM";
 * "to explore roles at Acme" → "I'd love to connect to explore roles at Acme";
 * "move into product management" → "I'd love to connect and get your advice on moving into product management";
 * "I'm switching to UX" → "I'm switching to UX and would value your advice on the next steps";
 * "advice on pricing" → "I'd love to connect and get your advice on pricing".
 * Returns '' for an empty goal. No terminal punctuation.
 */
export function goalClause(goal: string | undefined): string {
  const text = trimEndOf(squash(goal ?? ''), '.!?');
  if (text === '') return '';
  const words = text.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  const rest = words.slice(1).join(' ');
  if (first === 'to') return `I'd love to connect ${midSentence(text)}`;
  if (first === 'connect' || first === 'reconnect') return `I'd love to ${midSentence(text)}`;
  // The advice asked for needs a topic of its own: "your advice on it" reads, and scores, as vague.
  if (first === 'i' || /^i['’](m|d|ve|ll)$/.test(first)) return `${capitalize(text)} and would value your advice on the next steps`;
  if (first === 'we' || /^we['’]/.test(first) || first === 'my' || first === 'our') {
    return `${capitalize(text)}, and I'd value your advice on the next steps`;
  }
  if (ASK_VERBS.has(first)) return `I'd love to connect and ${midSentence(text)}`;
  if (PLAN_VERBS.has(first)) return `I'd love to connect and get your advice on ${gerund(first)}${rest ? ` ${rest}` : ''}`;
  if (first === 'advice' || first === 'feedback' || first === 'insight' || first === 'insights' || first === 'perspective') {
    return `I'd love to connect and get your ${midSentence(text)}`;
  }
  return `I'd love to connect and learn about ${midSentence(text)}`;
}
