/**
 * Fluency guards every variant must pass (SPEC "Rewrite contract"): after a greeting's comma a
 * common word is lower-case; no greeting or ask said twice; each sentence a complete clause; "?"
 * only on a question; brackets and quotes balanced. Returns what is wrong, in a coach's words.
 */
import { isCompleteClause, isQuestion } from './edit';
import { DEFINITE, SALUTATIONS, refersToSomethingSaid } from './lexicon';

/** Words that open a greeting ("Hi", "Hello"): "Good to meet you" is not one. */
const GREETING_WORDS = new Set(Object.keys(SALUTATIONS).filter((w) => w !== 'good'));
import { hasPhrase, replaceBrackets, wordsOf } from './text';

/** Phrasings a note says once: twice reads as a form letter. */
const REPEATABLE_NOT = ["i'd love to", 'would love to', "i'd like to", 'would like to', 'love to connect', 'like to connect'];

/** The fluency problems of a variant's text, given its greeting and its sentences (without end marks). */
export function fluencyProblems(text: string, greeting: string, sentences: ReadonlyArray<{ text: string; terminal: string }>): string[] {
  const problems: string[] = [];
  const body = text.slice(greeting.length).trim();
  if (greeting.endsWith(',') && /^\p{Lu}\p{Ll}+ing\b|^(?:Lovely|Great|Connecting|Loved|Thanks|Thank|Hope|Your|It|Just|Congratulations|Good|Nice|Happy)\b/u.test(body)) {
    problems.push('a capital after the greeting’s comma');
  }
  for (const s of sentences) {
    const words = wordsOf(s.text);
    if (words.length <= 4 && (GREETING_WORDS.has(words[0] ?? '') || GREETING_WORDS.has(words[words.length - 1] ?? ''))) problems.push(`a second greeting: “${s.text}”`);
    if (!isCompleteClause(s.text)) problems.push(`not a complete sentence: “${s.text}”`);
    if (s.terminal === '?' && !isQuestion(s.text, true)) problems.push(`a question mark on a statement: “${s.text}”`);
  }
  // What a bracket asks for is the user's to write: its words are not the note's.
  const lower = replaceBrackets(body.toLowerCase().replace(/[’]/g, "'"), () => '[]');
  const asks = sentences.filter((s) => {
    const l = s.text.toLowerCase().replace(/[’]/g, "'");
    return hasPhrase(l, 'love to connect') || hasPhrase(l, 'like to connect') || hasPhrase(l, "let's connect") || hasPhrase(l, 'happy to connect') || hasPhrase(l, 'glad to connect');
  });
  if (asks.length > 1) problems.push('the ask to connect said twice');
  if (lower.split('love to ').length > 2 || lower.split('like to ').length > 2) problems.push('“love to” said twice');
  for (const wish of REPEATABLE_NOT) {
    if (lower.split(wish).length > 2) problems.push(`“${wish}” said twice`);
  }
  if ((text.match(/\[/g) ?? []).length !== (text.match(/\]/g) ?? []).length) problems.push('an unbalanced bracket');
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) problems.push('an unbalanced parenthesis');
  if ((text.match(/[“„]/g) ?? []).length !== (text.match(/[”]/g) ?? []).length) problems.push('an unbalanced quote');
  if (/\s[,.;:!?]|[,;:]\s*[,.;:]|\.\.|  /.test(text)) problems.push('stray punctuation');
  const trimmed = text.trimEnd();
  if ((trimmed.endsWith('!') ? trimmed.slice(0, -1) : trimmed).includes('!')) problems.push('an exclamation mark mid-note');
  return problems;
}

/**
 * References a cut left dangling: a sentence kept whose "this", "them" or "the app" stood for a
 * sentence of the draft that is gone ("Would you mind if I shared them?" once "I noticed 3 things…"
 * is cut). `draft` is the draft's sentences in order, each with whether it only says who the sender
 * is ("I have a strong background in the field" is not what "discuss this" points to); a kept
 * draft line's `order` (or the orders it `covers`, once joined) is its index among them.
 */
export function danglingReferences(lines: ReadonlyArray<{ text: string; order: number; source: string; covers?: number[] }>, draft: ReadonlyArray<{ text: string; aboutSender: boolean }>): string[] {
  const indexesOf = (l: (typeof lines)[number]) => (l.covers ?? (l.source === 'draft' ? [l.order] : [])).map(Math.floor);
  const kept = new Set(lines.flatMap(indexesOf));
  const problems: string[] = [];
  let said = '';
  for (const line of lines) {
    const lower = line.text.toLowerCase();
    const indexes = indexesOf(line);
    const index = indexes[indexes.length - 1];
    if (index !== undefined) {
      const gone = draft.slice(0, index).filter((_, i) => !kept.has(i));
      const before = new Set(wordsOf(gone.map((d) => d.text).join(' ')));
      const previous = draft[index - 1];
      if (previous && !kept.has(index - 1) && !(previous.aboutSender && kept.size > 1) && refersToSomethingSaid(line.text)) problems.push(`a reference to a sentence that was cut: “${line.text}”`);
      for (const m of lower.matchAll(DEFINITE)) {
        const noun = m[1] ?? '';
        if (before.has(noun) && !wordsOf(`${said} ${lower.slice(0, m.index)}`).includes(noun)) problems.push(`“the ${noun}” refers to a sentence that was cut`);
      }
    }
    said += ` ${lower}`;
  }
  return problems;
}
