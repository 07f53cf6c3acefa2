/**
 * Vocabulary for reading a note's structure: greetings, sign-offs, titles and abbreviations.
 * All entries are lowercase.
 */

// "Hi Sam, I loved your talk." — words that open a greeting.
export const GREETING_WORDS: readonly string[] = [
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'dear',
  'greetings',
  'good morning',
  'good afternoon',
  'good evening',
  'hi there',
  'hello there',
  'hey there',
];

// "Hi team," — words that stand where a name would, but name nobody.
export const NON_NAME_WORDS: readonly string[] = ['there', 'all', 'everyone', 'team', 'folks', 'friend', 'sir', 'madam'];

// "Hello Dr. Chen," — honorifics that may precede a name.
export const TITLES: readonly string[] = ['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'madam'];

// "Thanks, Sam" / "Best, Jo" — sign-offs that close a note without being a sentence.
export const SIGN_OFF_WORDS: readonly string[] = [
  'thanks',
  'thank you',
  'thanks so much',
  'thank you so much',
  'many thanks',
  'thanks again',
  'thx',
  'best',
  'all the best',
  'best regards',
  'best wishes',
  'kind regards',
  'warm regards',
  'regards',
  'cheers',
  'warmly',
  'sincerely',
  'talk soon',
  'cordially',
  'respectfully',
  'yours',
];

// "Dr. Chen spoke at the U.S. Open on Jan. 5." — abbreviations whose period ends no sentence.
export const ABBREVIATIONS: readonly string[] = [
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'vs',
  'etc',
  'approx',
  'dept',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'vol',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'ph',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'cf',
  'al',
];

// Abbreviations that are never followed by a sentence end when the next word is capitalized.
export const TITLE_ABBREVIATIONS: readonly string[] = ['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sr', 'jr', 'st', 'mt', 'e.g', 'i.e', 'cf', 'vs'];

// "… in the U.S. I lead …" — words that start a new sentence even after an initialism.
export const SENTENCE_STARTERS: readonly string[] = [
  'i',
  "i'm",
  "i'd",
  "i've",
  "i'll",
  'we',
  "we're",
  'my',
  'our',
  'it',
  "it's",
  'this',
  'that',
  'thanks',
  'thank',
  'would',
  'could',
  'can',
  'happy',
  'looking',
  "let's",
  'hope',
  'you',
  "you're",
  'your',
  'please',
  'also',
];
