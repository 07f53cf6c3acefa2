/**
 * Harper's lint kinds as notecoach's proofreading rule ids, and the coach's words for each. Data
 * first: a new kind is one entry here; the messages are built from it.
 */

/** The rule ids a proofreading finding can carry. */
export const PROOFREAD_RULE_IDS = ['spelling', 'grammar', 'capitalization', 'punctuation', 'word-choice', 'repetition', 'style'] as const;
export type ProofreadRuleId = (typeof PROOFREAD_RULE_IDS)[number];

/** Harper's `lint_kind()` → our rule id. Kinds not listed (Harper may add some) become `grammar`. */
export const RULE_BY_KIND: Readonly<Record<string, ProofreadRuleId>> = {
  // "becuase", "alot"
  Spelling: 'spelling',
  Typo: 'spelling',
  BoundaryError: 'spelling',
  // "in there field", "he go"
  Grammar: 'grammar',
  Agreement: 'grammar',
  WordOrder: 'grammar',
  // "i would like"
  Capitalization: 'capitalization',
  // "Hi Sam ,"
  Punctuation: 'punctuation',
  Formatting: 'punctuation',
  // "for all intensive purposes"
  WordChoice: 'word-choice',
  Malapropism: 'word-choice',
  Eggcorn: 'word-choice',
  Usage: 'word-choice',
  Nonstandard: 'word-choice',
  Regionalism: 'word-choice',
  // "on on", "past history"
  Repetition: 'repetition',
  Redundancy: 'repetition',
  // "in order to"
  Style: 'style',
  Readability: 'style',
  Enhancement: 'style',
  Miscellaneous: 'style',
};

/** The rule id of one of Harper's kinds. */
export function ruleIdOf(kind: string): ProofreadRuleId {
  return RULE_BY_KIND[kind] ?? 'grammar';
}

/** A phrase quoted as the analyzer's coach messages quote (the page shows “…” as a quotation). */
const quote = (text: string) => `“${text.replace(/“/gu, '‘').replace(/”/gu, '’')}”`;
const orList = (items: readonly string[]) => items.map(quote).join(' or ');

/**
 * What the page says about a finding, in a coach's words (backticks mark quoted text, as in the
 * analyzer's messages). Harper's own message is the fallback for what no template covers.
 */
export function coachMessage(ruleId: ProofreadRuleId, actual: string, suggestions: readonly string[], harperMessage: string): string {
  const replacements = suggestions.filter((s) => s !== '');
  const removes = suggestions.includes('');
  switch (ruleId) {
    case 'spelling':
      if (replacements.length === 0) return `${quote(actual)} is not a word the checker knows: if it is not a name, check its spelling.`;
      return `${quote(actual)} looks ${/\s/u.test(actual) ? 'like a typo' : 'misspelled'}: did you mean ${orList(replacements.slice(0, 2))}?`;
    case 'capitalization':
      if (replacements.length > 0 && replacements.every((r) => r.toLowerCase() === actual.toLowerCase())) {
        return `Capitalize ${quote(actual)} as ${orList(replacements.slice(0, 2))}.`;
      }
      break;
    case 'repetition':
      if (removes || replacements.length > 0) return `${quote(actual)} repeats a word: once is enough.`;
      break;
    default:
      if (replacements.length > 0) return `${quote(actual)} may be a slip here: did you mean ${orList(replacements.slice(0, 2))}?`;
  }
  return harperMessage.trim() || `${quote(actual)} may need another look.`;
}
