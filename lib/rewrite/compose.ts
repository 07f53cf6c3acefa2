/**
 * Puts a variant together: the greeting, the draft's kept lines, the one clause a missing purpose
 * needs, and the fitting to two sentences within the limit — by dropping the weakest line, or
 * joining two with a real connective, never by recombining fragments.
 */
import { goalClause, shortenAtWord, textKey, workPhrase } from '../templates/text';
import type { Facts } from './facts';
import { type ChangeNote, isCompleteClause, type Line, quote, weightOf } from './edit';

/** A line a fitting never drops: the note's purpose or its offer. */
export function isCore(line: Line): boolean {
  return line.roles.has('purpose') || line.roles.has('offer');
}
import { BACK_REFERENCES, COMPRESS, KEEP_CAPITAL, OFFER_PURPOSE, SCENARIO_FRAMES, SENTENCE_OPENERS, type ScenarioId, type Slot } from './lexicon';
import { firstWord, hasPhrase, lowerFirst, replaceBrackets, tidy, trimChars, upperFirst, wordsOf } from './text';

/** A purpose clause to add: the words after "I'd love to connect and", its brackets, and the note. */
export interface Purpose {
  /** "hear more about your talk on design systems" */
  verbPhrase?: string;
  /** A whole sentence when the purpose cannot follow "I'd love to connect and" (a goal in the sender's words). */
  sentence?: string;
  slots: Slot[];
  change: ChangeNote;
}

/** What a praised piece of work is about: "your talk on incident reviews at SREcon" → "incident reviews". */
export function topicOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  let at = -1;
  for (const prep of [' on ', ' about ']) {
    const i = lower.indexOf(prep);
    if (i >= 0 && (at < 0 || i < at)) at = i + prep.length;
  }
  if (at < 0) return undefined;
  const words: string[] = [];
  for (const word of text.slice(at).split(' ')) {
    const key = word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');
    if (['at', 'and', 'but', 'which', 'that', 'was', 'is', 'were', 'really', 'very', 'last', 'this', 'it', 'so', 'because', 'in', 'from', 'with', 'for', 'has', 'have', 'changed', 'made', 'helped', 'matched'].includes(key) && words.length > 0) break;
    words.push(word);
    if (/[,;:.!?)]$/.test(word) || words.length >= 8) break;
  }
  const topic = trimChars(words.join(' '), ',;:.!?)', 'end');
  return wordsOf(topic).length >= 1 && /\p{L}{3}/u.test(topic) && !topic.includes('[') ? topic : undefined;
}

/**
 * The purpose to add, best first: the sender's goal; more of the work the draft praises; their
 * recent work in the details; the field both share; else a bracket framed by the scenario.
 */
export function purposeFor(scenario: ScenarioId, facts: Facts, praised: string | undefined): Purpose {
  if (facts.goal) {
    const clause = goalClause(shortenAtWord(facts.goal, 150));
    const lead = "I'd love to connect and ";
    if (clause.startsWith(lead)) return { verbPhrase: clause.slice(lead.length), slots: [], change: { checkId: 'intent', description: 'Said why you are reaching out, from your goal' } };
    return { sentence: clause, slots: [], change: { checkId: 'intent', description: 'Said why you are reaching out, from your goal' } };
  }
  // The topic of the work the draft praises, unless it is the praised thing itself ("your new role").
  const topic = praised ? topicOf(praised) : undefined;
  if (topic && !/^(?:your|the|their|my|our)\b/i.test(topic)) {
    return { verbPhrase: `hear more about your work on ${topic}`, slots: [], change: { checkId: 'intent', description: `Said why you are reaching out: more of their work on ${topic} (change it if your reason is different)` } };
  }
  if (facts.recentWork) {
    const work = workPhrase(facts.recentWork);
    if (work.startsWith('your ')) {
      return { verbPhrase: `hear more about ${shortenAtWord(work, 90)}`, slots: [], change: { checkId: 'intent', description: 'Said why you are reaching out, from their recent work in the details' } };
    }
  }
  if (facts.sharedIndustry) {
    return { verbPhrase: `compare notes on ${facts.sharedIndustry.toLowerCase()}`, slots: [], change: { checkId: 'intent', description: 'Said why you are reaching out: the field you share' } };
  }
  const frame = SCENARIO_FRAMES[scenario].purpose;
  return {
    verbPhrase: `${frame.before}${frame.slot.text}${frame.after ?? ''}`,
    slots: [frame.slot],
    change: { checkId: 'intent', description: `Added a reason to fill in: ${frame.slot.text}` },
  };
}

/** The purpose for a note whose point is an offer: what the sender wants to hear from them. */
export function offerPurposeFor(scenario: ScenarioId): Purpose {
  const frame = SCENARIO_FRAMES[scenario].offerPurpose ?? OFFER_PURPOSE;
  return {
    verbPhrase: `${frame.before}${frame.slot.text}${frame.after ?? ''}`,
    slots: [frame.slot],
    change: { checkId: 'intent', description: `Said what you want to hear from them, so the offer opens a conversation: ${frame.slot.text}` },
  };
}

const CONNECT_TAIL = /\bconnect(?: with you| here)?$/i;

/**
 * Adds the purpose as one clause: it completes a short vague ask ("Let's connect" → "I'd love to
 * connect and …"), extends an ask that closes a sentence ("… and would love to connect and …"), or
 * comes as its own sentence.
 */
export function addPurpose(lines: Line[], purpose: Purpose): Line[] {
  const out = lines.map((l) => ({ ...l, roles: new Set(l.roles), slots: [...l.slots] }));
  const purposeRoles = new Set<Line['roles'] extends Set<infer R> ? R : never>(['purpose']);
  if (purpose.sentence) {
    const vagueOnly = out.findIndex((l) => l.roles.size === 1 && l.roles.has('vague') && wordsOf(l.text).length <= 10);
    const line: Line = { text: purpose.sentence, terminal: '.', roles: purposeRoles, order: vagueOnly >= 0 ? (out[vagueOnly]?.order ?? 99) : 99, source: 'added', slots: purpose.slots };
    if (vagueOnly >= 0) out.splice(vagueOnly, 1, line);
    else out.push(line);
    return out;
  }
  const vp = purpose.verbPhrase ?? '';
  // "…and I'd love to connect with you at Nubank": the purpose joins the ask.
  const asking = out.findIndex((l) => l.roles.has('vague') && l.terminal === '.' && /\b(?:love|like|glad|happy|keen) to connect\b/i.test(l.text));
  if (asking >= 0) {
    const old = out[asking] as Line;
    const at = old.text.search(/\bconnect\b/i) + 'connect'.length;
    const tail = old.text.slice(at);
    // Only at the end of the sentence: "…connect with you at Nubank and compare notes on fintech".
    if (wordsOf(tail).length > 5 || /[,;]| and | or /.test(tail)) return pushPurpose(out, vp, purpose.slots);
    const text = `${old.text} and ${vp}`;
    out.splice(asking, 1, { ...old, text, roles: new Set([...old.roles, 'purpose']), slots: [...old.slots, ...purpose.slots] });
    // Another line that only asks to connect ("Great connecting with you") would ask twice.
    return out.filter((l, i) => i === asking || !(l.roles.size === 1 && l.roles.has('vague') && wordsOf(l.text).length <= 12));
  }
  // A short line that only asks to connect becomes the purpose.
  const vagueOnly = out.findIndex((l) => l.roles.size === 1 && l.roles.has('vague') && wordsOf(l.text).length <= 12 && l.terminal === '.');
  if (vagueOnly >= 0) {
    const old = out[vagueOnly] as Line;
    const extended = CONNECT_TAIL.test(old.text) && /\b(?:love|like|glad|happy|keen) to connect/i.test(old.text);
    const text = extended ? `${old.text.replace(CONNECT_TAIL, 'connect')} and ${vp}` : `I'd love to connect and ${vp}`;
    const line: Line = { ...old, text, roles: purposeRoles, source: extended ? old.source : 'added', slots: [...old.slots, ...purpose.slots] };
    // "Thanks for connecting" opening a note becomes the purpose, which closes it.
    out.splice(vagueOnly, 1);
    if (extended) out.splice(vagueOnly, 0, line);
    else out.push({ ...line, order: 99 });
    return out;
  }
  // An ask closing a longer sentence takes the purpose after it.
  const closing = out.findIndex((l) => l.roles.has('vague') && l.terminal === '.' && CONNECT_TAIL.test(l.text) && /\bto connect/i.test(l.text));
  if (closing >= 0) {
    const old = out[closing] as Line;
    out.splice(closing, 1, { ...old, text: `${old.text.replace(CONNECT_TAIL, 'connect')} and ${vp}`, roles: new Set([...old.roles, 'purpose']), slots: [...old.slots, ...purpose.slots] });
    return out;
  }
  return pushPurpose(out, vp, purpose.slots);
}

/** The purpose as a sentence of its own, closing the note ("I'd love to connect and …", or "I'd love to …" after an ask). */
function pushPurpose(out: Line[], vp: string, slots: Slot[]): Line[] {
  const asksAlready = out.some((l) => hasPhrase(l.text.toLowerCase(), 'connect') || hasPhrase(l.text.toLowerCase(), 'connecting'));
  return [...out, { text: asksAlready ? `I'd love to ${vp}` : `I'd love to connect and ${vp}`, terminal: '.', roles: new Set(['purpose']), order: 99, source: 'added', slots }];
}

/** A clause already chained with "and" ("…, and are planning…", "…and I'm…"): joined to another it runs on. A list ("LLMs, ML pipelines, and anomaly detection") does not. */
const RUNS_ON = /\band (?:are|is|was|were|have|has|will|would|could|can|we|i|i'm|i'd|i’m|i’d|am|also|it|they|my|our)(?=\W|$)/i;

/** The second half of a join may not chain the sender's clauses again ("…, and I'm…, and I'd…"). */
const SENDER_RUNS_ON = /\band (?:we|i|i'm|i'd|i’m|i’d|also|my|our)(?=\W|$)/i;

/**
 * Whether "a, and b" reads as one sentence: `b` opens with the sender as subject, `a` carries
 * content (a pleasantry is never joined) and is a simple clause — no clause joined by "and" of its
 * own and at most one comma (before an added clause, no "and" or comma at all) — so the join never
 * runs on ("…, and I'm…, and I'd…").
 */
export function joinable(a: Line, b: Line): boolean {
  const first = firstWord(b.text);
  if (apposes(a, b)) return true;
  if (a.terminal !== '.' || b.terminal !== '.' || !['i', "i'm", "i'd", "i've", "i'll", 'it', "it's", 'we', "we're", "we've", 'my', 'our'].includes(first)) return false;
  if (a.source === 'draft' && weightOf(a) < 2) return false;
  // An added opener joins only what says why they write ("…, and I'm contacting you to…").
  if (a.source === 'added' && !['purpose', 'offer', 'ask', 'wish', 'vague'].some((r) => b.roles.has(r as never))) return false;
  // What a bracket asks for ("[the post or talk, and why]") is the user's to write, not a clause.
  const head = replaceBrackets(a.text, () => 'slot');
  const second = replaceBrackets(b.text, () => 'slot');
  const commas = (head.match(/, /g) ?? []).length;
  const added = b.source === 'added';
  // An added clause joins the draft only as the reason they write ("…, and I'd love to hear…").
  if (added && !['purpose', 'offer', 'ask', 'wish'].some((r) => b.roles.has(r as never))) return false;
  // A list in `a` ("LLMs, ML pipelines, and deep learning") is one phrase: up to two commas.
  if ((added ? /\band\b/.test(head) : RUNS_ON.test(head)) || commas > (added ? 0 : 2) || SENDER_RUNS_ON.test(second)) return false;
  return a.text.length + b.text.length < (added ? 150 : 200);
}

/**
 * "I'm Arjun, a CS student graduating in May." + "Experienced in deep learning and SQL." → one
 * sentence: a phrase about the sender with no subject of its own follows the sentence that says who
 * they are as an apposition ("…, experienced in…").
 */
function apposes(a: Line, b: Line): boolean {
  if (a.source !== 'draft' || b.source !== 'draft' || a.terminal !== '.' || b.terminal !== '.') return false;
  if (!/^(?:i'm|i’m|i am)\s/i.test(a.text) || /\band\b/.test(a.text) || a.text.length + b.text.length >= 200) return false;
  return APPOSITIVE_STARTS.has(firstWord(b.text)) && !/\b(?:i|we|you|my|our)\b/i.test(b.text.split(' ').slice(0, 4).join(' '));
}

/** Words a subjectless phrase about the sender opens with ("Experienced in…", "Passionate about…"). */
const APPOSITIVE_STARTS: ReadonlySet<string> = new Set(['experienced', 'skilled', 'passionate', 'specializing', 'specialising', 'proficient', 'certified', 'trained', 'focused', 'based', 'graduating', 'currently', 'previously', 'formerly']);

/** "I'm Arjun, Kunal's brother" + "I'm finishing my MS" → "I'm Arjun, Kunal's brother, and I'm finishing my MS". */
export function join(a: Line, b: Line): Line {
  const second = firstWord(b.text).startsWith('i') && !firstWord(b.text).startsWith('it') ? b.text : lowerFirst(b.text);
  const own = (l: Line) => l.covers ?? (l.source === 'draft' ? [l.order] : []);
  const covers = [...own(a), ...own(b)];
  return { ...a, text: apposes(a, b) ? `${a.text}, ${second}` : `${a.text}, and ${second}`, roles: new Set([...a.roles, ...b.roles]), slots: [...a.slots, ...b.slots], source: a.source === 'added' || b.source === 'added' ? 'added' : 'draft', covers };
}

/** Whether a line refers back to the one before it ("It was…", "This is why…"). */
function refersBack(line: Line): boolean {
  const words = wordsOf(line.text.slice(0, 30));
  return line.source === 'draft' && (BACK_REFERENCES.has(words[0] ?? '') || BACK_REFERENCES.has(`${words[0] ?? ''} ${words[1] ?? ''}`));
}

/** The result of fitting: the lines, the notes, or undefined when the purpose itself cannot fit. */
export interface Fitted {
  lines: Line[];
  changes: ChangeNote[];
}

/**
 * Fits lines into two sentences and the limit: drops the weakest line (never the purpose, never
 * one a kept line refers back to), or joins two neighbours when every line left carries content.
 */
export function fit(greeting: string, input: readonly Line[], limit: number, dropped: ReadonlySet<number>, options: { protect?: boolean; keepContent?: boolean; orders?: readonly number[] } = {}): Fitted | undefined {
  let lines = [...input];
  const changes: ChangeNote[] = [];
  const gone = new Set(dropped);
  // The draft line just before each one (split parts of a sentence have fractional orders).
  const orders = [...new Set([...(options.orders ?? input.filter((l) => l.source === 'draft').map((l) => l.order)), ...dropped])].sort((a, b) => a - b);
  const before = (order: number) => orders.filter((o) => o < order).pop();
  // A kept draft line whose antecedent is gone cannot stay either.
  const prune = () => {
    lines = lines.filter((l) => {
      const prev = before(l.order);
      if (!refersBack(l) || isCore(l) || prev === undefined || !gone.has(prev)) return true;
      gone.add(l.order);
      changes.push({ checkId: 'length', description: `Dropped ${quote(l.text)}: what it refers to is gone` });
      return false;
    });
  };
  prune();
  const dropWeakest = (): boolean => {
    const purposes = lines.filter(isCore).length;
    const candidates = lines
      .map((l, i) => ({ l, i, w: weightOf(l) }))
      .filter(({ l, i }) => (!isCore(l) || purposes > 1) && !(lines[i + 1] && refersBack(lines[i + 1] as Line) && !isCore(lines[i + 1] as Line)));
    // Equal worth: among pleasantries the shorter goes first; among lines with content the later
    // one, since a note's hook (the praise, the shared school) usually opens it.
    const weakest = candidates.sort((x, y) => x.w - y.w || (x.w < 2 ? wordsOf(x.l.text).length - wordsOf(y.l.text).length : 0) || y.i - x.i)[0];
    if (!weakest) return false;
    // A variant that adds to the draft may not cost it a sentence with content.
    if (options.protect && weakest.l.source === 'draft' && weakest.w >= 1 && !weakest.l.roles.has('vague')) return false;
    // A draft that fits keeps every line with content (praise, shared ground, who the sender is, a wish).
    if (options.keepContent && weakest.l.source === 'draft' && weakest.w >= 2) return false;
    lines = lines.filter((_, i) => i !== weakest.i);
    gone.add(weakest.l.order);
    if (weakest.l.source === 'draft') changes.push({ checkId: 'length', description: `Left out ${quote(weakest.l.text)} to keep it to two sentences` });
    prune();
    return true;
  };
  while (lines.length > 2) {
    const weakest = Math.min(...lines.filter((l) => !isCore(l)).map(weightOf));
    // The draft's own sentences join first; an added clause joins only when they cannot.
    const joinAt = (own: boolean) => lines.findIndex((l, i) => i + 1 < lines.length && (!own || (l.source === 'draft' && lines[i + 1]?.source === 'draft')) && joinable(l, lines[i + 1] as Line));
    const pair = joinAt(true) >= 0 ? joinAt(true) : joinAt(false);
    if ((weakest >= 2 || options.keepContent) && pair >= 0) {
      const a = lines[pair] as Line;
      const b = lines[pair + 1] as Line;
      const joined = join(a, b);
      const next = [...lines.slice(0, pair), joined, ...lines.slice(pair + 2)];
      // A join that cannot fit the limit only postpones a cut: drop instead.
      if (options.keepContent || render(greeting, next).length <= limit) {
        lines = next;
        continue;
      }
    }
    if (!dropWeakest()) return undefined;
  }
  let compressed = 0;
  while (render(greeting, lines).length > limit) {
    // Asides, examples and time words go first, then a trailing "after …" clause, then the weakest line.
    let shorter = false;
    for (; compressed < COMPRESS.length && !shorter; compressed++) {
      const cut = COMPRESS[compressed] as (text: string) => string;
      const trimmed = lines.map((l) => ({ ...l, text: tidy(cut(l.text)) }));
      if (trimmed.every((l) => isCompleteClause(l.text)) && render(greeting, trimmed).length < render(greeting, lines).length) {
        lines = trimmed;
        shorter = true;
      }
    }
    if (shorter) {
      if (!changes.some((c) => c.description.startsWith('Shortened'))) changes.push({ checkId: 'length', description: 'Shortened asides, examples and time words to fit the limit' });
      continue;
    }
    if (lines.length <= 1 || !dropWeakest()) return undefined;
  }
  return { lines, changes };
}

/** Whether the first word of a line stays capitalized after "Hi Sam,": "I", a name, an acronym. */
function keepsCapital(word: string, properNouns: ReadonlySet<string>): boolean {
  const key = word.toLowerCase().replace(/[’]/g, "'").replace(/[^\p{L}'-]/gu, '');
  return KEEP_CAPITAL.has(key) || properNouns.has(key) || /^\p{Lu}{2,}/u.test(word) || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(word);
}

/** Renders the greeting and lines as the note's text. */
export function render(greeting: string, lines: readonly Line[], properNouns: ReadonlySet<string> = new Set()): string {
  const sentences = lines.map((l, i) => {
    const body = upperFirst(l.text);
    const first = body.split(' ')[0] ?? '';
    const text = i === 0 && greeting.endsWith(',') && !keepsCapital(first, properNouns) ? lowerFirst(body) : body;
    return `${text}${l.terminal}`;
  });
  return tidy([greeting, ...sentences].filter(Boolean).join(' '));
}

/** Words that are names in the draft or the details: capitalized where no sentence starts. */
export function properNounsOf(note: string, details: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const d of details) for (const w of wordsOf(d)) out.add(w);
  const words = note.split(/\s+/);
  words.forEach((w, i) => {
    const prev = words[i - 1] ?? '';
    if (i > 0 && /^\p{Lu}/u.test(w) && !/[.!?:,]$/.test(prev)) out.add(w.toLowerCase().replace(/[’]/g, "'").replace(/[^\p{L}'-]/gu, ''));
  });
  // "Hi Sravya We are…": a sentence's first word the greeting ran into is no name.
  for (const common of ['i', 'hi', 'hello', 'hey', 'dear', 'there', ...SENTENCE_OPENERS]) out.delete(common.replace(/’/g, "'"));
  out.add('linkedin');
  return out;
}

/** The key for "same text" across variants and the draft. */
export function sameText(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}
