/**
 * A cheap pre-check for the lexicon's patterns: the literal strings one of which every match of a
 * pattern must contain ("call", "demo" … for `\b(?:book|hop on) a (?:call|demo)\b`). A text that
 * holds none of them cannot match, so the pattern need not run: a few `includes` cost less than a
 * regex scan, and most of the several hundred patterns find nothing in a given note.
 *
 * The literals are read from the pattern's source by a small parser of the regex syntax the
 * lexicon uses. It only ever errs towards "may match": anything it does not understand (a class,
 * a property escape, a backreference, the `i` flag) is a wildcard that requires nothing, and an
 * unknown construct gives up on the whole pattern.
 */

/** What one piece of a pattern matches, as far as literal text goes. */
interface Info {
  /** Every string the piece can match, when that is a small finite set. */
  exact: Set<string> | null;
  /** Sets of strings of which each match contains at least one (all of the sets hold). */
  required: Set<string>[];
}

/** Most strings an exact set may hold before it is given up (products grow fast). */
const MAX_EXACT = 64;
/** Most literals a pre-check may test; more would cost what the scan costs. */
const MAX_LITERALS = 24;
/** Shortest literal worth a test: one or two letters are in every note. */
const MIN_LITERAL = 3;

const EMPTY: Info = { exact: new Set(['']), required: [] };
const WILDCARD: Info = { exact: null, required: [] };
const literal = (text: string): Info => ({ exact: new Set([text]), required: [] });

class Unsupported extends Error {}

/** A set usable as a requirement: finite and never satisfied by the empty string. */
function requirement(set: Set<string> | null): Set<string> | undefined {
  return set && set.size > 0 && !set.has('') ? set : undefined;
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function sequence(input: readonly Info[]): Info {
  // Runs of single literal characters become one string ("y", "o", "u" → "you").
  const parts: Info[] = [];
  for (const part of input) {
    const last = parts[parts.length - 1];
    if (last?.exact?.size === 1 && part.exact?.size === 1 && last.required.length === 0 && part.required.length === 0) {
      parts[parts.length - 1] = literal([...last.exact][0] as string + ([...part.exact][0] as string));
    } else parts.push(part);
  }
  // Every window of consecutive exact parts spells a set one of which the match holds; so does
  // every part's own requirement.
  const required: Set<string>[] = parts.flatMap((p) => p.required);
  let whole: Set<string> | null = new Set(['']);
  for (let i = 0; i < parts.length; i++) {
    let run: Set<string> | null = new Set(['']);
    for (let j = i; j < parts.length && run; j++) {
      const exact = (parts[j] as Info).exact;
      run = exact && product(run, exact);
      const set = requirement(run);
      if (set) required.push(set);
    }
    const exact = (parts[i] as Info).exact;
    whole = whole && exact && product(whole, exact);
  }
  return { exact: whole, required };
}

function alternation(branches: readonly Info[]): Info {
  if (branches.every((b) => b.exact) && branches.reduce((n, b) => n + (b.exact as Set<string>).size, 0) <= MAX_EXACT) {
    return { exact: new Set(branches.flatMap((b) => [...(b.exact as Set<string>)])), required: [] };
  }
  // Each branch contributes its best requirement; one branch without any leaves the whole free.
  const union = new Set<string>();
  for (const branch of branches) {
    const set = best(branch);
    if (!set) return WILDCARD;
    for (const s of set) union.add(s);
  }
  return { exact: null, required: [union] };
}

function repeat(inner: Info, min: number, max: number): Info {
  if (min === 0) {
    // `x?` is x or nothing; a longer optional run requires nothing.
    if (max === 1 && inner.exact && inner.exact.size < MAX_EXACT) return { exact: new Set([...inner.exact, '']), required: [] };
    return WILDCARD;
  }
  if (min === 1 && max === 1) return inner;
  const set = requirement(inner.exact);
  return { exact: null, required: set ? [...inner.required, set] : inner.required };
}

/**
 * The requirement that is cheapest to test for what it rules out: long literals are rare in a
 * note, and each literal costs one `includes`.
 */
function best(info: Info): Set<string> | undefined {
  const candidates = [...info.required];
  const exact = requirement(info.exact);
  if (exact) candidates.push(exact);
  let chosen: Set<string> | undefined;
  let chosenScore = -Infinity;
  for (const set of candidates) {
    if (set.size > MAX_LITERALS) continue;
    let min = Infinity;
    for (const s of set) min = Math.min(min, s.length);
    const score = Math.min(min, 8) * 4 - set.size;
    if (score > chosenScore) {
      chosen = set;
      chosenScore = score;
    }
  }
  return chosen;
}

const HEX2 = /^[0-9a-fA-F]{2}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };

/** A recursive-descent reader of a regex source (the subset the lexicon uses). */
class Reader {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): Info {
    const info = this.disjunction();
    if (this.at !== this.source.length) throw new Unsupported('unbalanced');
    return info;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private alternative(): Info {
    const parts: Info[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return sequence(parts);
  }

  private quantified(atom: Info): Info {
    const ch = this.peek();
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      this.at++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) {
        if (this.unicode) throw new Unsupported('brace');
        return atom;
      }
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at++;
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const ch = this.source[this.at++] as string;
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '.') return WILDCARD;
    if (ch === '[') return this.characterClass();
    if (ch === '(') return this.group();
    if (ch === '\\') return this.escape();
    if (ch === '*' || ch === '+' || ch === '?' || ch === ')' || ch === ']' || ch === '}' || (ch === '{' && this.unicode)) throw new Unsupported(ch);
    // A literal character; in unicode mode a surrogate pair is one character, still one string.
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.source.length) {
      const next = this.source.charCodeAt(this.at);
      if (next >= 0xdc00 && next <= 0xdfff) return literal(ch + (this.source[this.at++] as string));
    }
    return literal(ch);
  }

  private characterClass(): Info {
    while (this.at < this.source.length && this.peek() !== ']') this.at += this.peek() === '\\' ? 2 : 1;
    if (this.peek() !== ']') throw new Unsupported('class');
    this.at++;
    return WILDCARD;
  }

  private group(): Info {
    let zeroWidth = false;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at, this.at + 3);
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.at += 2;
        zeroWidth = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.at += 3;
        zeroWidth = true;
      } else if (rest.startsWith('?<')) {
        const end = this.source.indexOf('>', this.at);
        if (end < 0) throw new Unsupported('group name');
        this.at = end + 1;
      } else throw new Unsupported('group');
    }
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported('group end');
    this.at++;
    // A look-around consumes nothing; what it looks for is not needed in the match itself.
    return zeroWidth ? EMPTY : inner;
  }

  private escape(): Info {
    const ch = this.source[this.at++];
    if (ch === undefined) throw new Unsupported('trailing backslash');
    if (ch === 'b' || ch === 'B') return EMPTY;
    if ('dDsSwW'.includes(ch)) return WILDCARD;
    if (ch === 'p' || ch === 'P') {
      if (this.unicode && this.peek() === '{') {
        const end = this.source.indexOf('}', this.at);
        if (end < 0) throw new Unsupported('property');
        this.at = end + 1;
      }
      return WILDCARD;
    }
    if (ch === 'k' || /[1-9]/.test(ch)) throw new Unsupported('backreference');
    if (ch === 'c') throw new Unsupported('control escape');
    if (ch in SIMPLE_ESCAPES && !(ch === '0' && /\d/.test(this.peek() ?? ''))) return literal(SIMPLE_ESCAPES[ch] as string);
    if (ch === 'x') return literal(String.fromCharCode(this.hex(2)));
    if (ch === 'u') {
      if (this.unicode && this.peek() === '{') {
        const end = this.source.indexOf('}', this.at);
        const code = Number.parseInt(this.source.slice(this.at + 1, end), 16);
        if (end < 0 || !Number.isFinite(code)) throw new Unsupported('code point');
        this.at = end + 1;
        return literal(String.fromCodePoint(code));
      }
      // A surrogate pair written as two escapes stays two strings joined by the sequence.
      return literal(String.fromCharCode(this.hex(4)));
    }
    if (/[\p{L}\p{N}]/u.test(ch)) throw new Unsupported(`escape \\${ch}`);
    return literal(ch);
  }

  private hex(digits: 2 | 4): number {
    const text = this.source.slice(this.at, this.at + digits);
    if (!(digits === 2 ? HEX2 : HEX4).test(text)) throw new Unsupported('hex');
    this.at += digits;
    return Number.parseInt(text, 16);
  }
}

/**
 * The literals one of which every match of `pattern` contains, or null when there is no useful
 * set (the pattern may then match anything, as far as this pre-check knows).
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  // Case-insensitive matching and the `v` flag's nested classes are beyond this reader.
  if (pattern.flags.includes('i') || pattern.flags.includes('v')) return null;
  let info: Info;
  try {
    info = new Reader(pattern.source, pattern.flags.includes('u')).read();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const set = best(info);
  if (!set || set.size > MAX_LITERALS) return null;
  const literals = [...set];
  if (literals.some((s) => s.length < MIN_LITERAL)) return null;
  // A literal that contains another is implied by it: test the shorter only.
  return literals.filter((s) => !literals.some((t) => t !== s && s.includes(t))).sort((a, b) => a.length - b.length);
}

/**
 * Which three-character sequences a text holds, as a 65,536-bit set of hashes: built once per
 * text (one pass), it answers "might this literal occur?" in a few lookups per literal, where
 * `includes` would scan the text once per literal. A collision only makes the answer "might".
 */
function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;
}

function trigramsOf(text: string, into: Uint32Array): Uint32Array {
  into.fill(0);
  for (let i = 0; i + 2 < text.length; i++) {
    const h = trigramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    into[h >>> 5] = (into[h >>> 5] as number) | (1 << (h & 31));
  }
  return into;
}

/**
 * The trigram hashes of the literals, flat: each literal's count, then its hashes. A literal may
 * occur when all of its hashes are in a text's set.
 */
function literalTrigrams(literals: readonly string[]): Int32Array {
  const flat: number[] = [];
  for (const s of literals) {
    const hashes = new Set<number>();
    for (let i = 0; i + 2 < s.length; i++) hashes.add(trigramHash(s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2)));
    flat.push(hashes.size, ...hashes);
  }
  return Int32Array.from(flat);
}

const cache = new WeakMap<RegExp, Int32Array | null>();
// The few texts a note is matched in (its content and sealed forms), newest last.
const recent = new Map<string, Uint32Array>();
const RECENT_TEXTS = 4;

function trigramSet(text: string): Uint32Array {
  const known = recent.get(text);
  if (known) return known;
  let bits: Uint32Array;
  if (recent.size >= RECENT_TEXTS) {
    const [oldest, array] = recent.entries().next().value as [string, Uint32Array];
    recent.delete(oldest);
    bits = array;
  } else bits = new Uint32Array(2048);
  recent.set(text, trigramsOf(text, bits));
  return bits;
}

/** False when `pattern` cannot match anywhere in `text` (no required literal occurs in it). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let literals = cache.get(pattern);
  if (literals === undefined) {
    const required = requiredLiterals(pattern);
    literals = required && literalTrigrams(required);
    cache.set(pattern, literals);
  }
  if (literals === null) return true;
  const bits = trigramSet(text);
  for (let i = 0; i < literals.length; ) {
    const end = i + 1 + (literals[i] as number);
    let all = true;
    for (let j = i + 1; j < end && all; j++) {
      const h = literals[j] as number;
      all = ((bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
    }
    if (all) return true;
    i = end;
  }
  return false;
}
