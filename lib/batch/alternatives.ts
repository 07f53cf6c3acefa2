/**
 * Alternatives in a user's template: `((Hi|Hello|Hey)) {firstName}` lets each recipient's note
 * take one of the options, so a batch does not read as one sentence frame sent a hundred times.
 * Double parentheses can never be taken for a slot (`{slot}` or `{slot|fallback}`): a `|` inside
 * `{…}` belongs to the slot, and options may hold slots of their own. The pick is a hash of the
 * recipient's details, so the same input always gives the same note. Pure; imports nothing.
 */

/** A template body cut into plain text and groups of options. */
export type AlternativeParts = Array<string | string[]>;

/** The body's parts, or what is wrong with its alternatives (in words a user can act on). */
export type AlternativesRead = { ok: true; parts: AlternativeParts } | { ok: false; error: string };

/** Reads `((a|b))` groups; text outside them, slots included, is kept as it is. */
export function readAlternatives(body: string): AlternativesRead {
  const parts: AlternativeParts = [];
  let text = '';
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('))', i)) return { ok: false, error: 'The template has “))” without an opening “((”: options go inside double parentheses, like ((Hi|Hello)).' };
    if (!body.startsWith('((', i)) {
      text += body[i];
      i++;
      continue;
    }
    const options: string[] = [];
    let option = '';
    let braces = 0;
    let j = i + 2;
    let closed = false;
    for (; j < body.length; j++) {
      const ch = body[j];
      if (braces === 0 && body.startsWith('((', j)) return { ok: false, error: 'Options cannot hold options of their own: close one ((…)) group before opening the next.' };
      if (braces === 0 && body.startsWith('))', j)) {
        closed = true;
        break;
      }
      if (ch === '{') braces++;
      else if (ch === '}' && braces > 0) braces--;
      if (ch === '|' && braces === 0) {
        options.push(option);
        option = '';
      } else option += ch;
    }
    if (!closed) return { ok: false, error: 'A group of options opened with “((” is never closed: end it with “))”, like ((Hi|Hello)).' };
    options.push(option);
    if (text) parts.push(text);
    text = '';
    parts.push(options);
    i = j + 2;
  }
  if (text) parts.push(text);
  return { ok: true, parts };
}

/**
 * FNV-1a, 32 bits, then murmur3's finalizer: a small, stable hash (the same text gives the same
 * number on every machine). The finalizer matters: FNV's low bits follow the text's parity, and a
 * pick of one in two or three reads exactly those bits.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Picks one of `count` choices for `seed`, salted so each group of one template picks on its own. */
export function pick(count: number, seed: string, salt: string): number {
  return count <= 1 ? 0 : stableHash(`${salt}\u0000${seed}`) % count;
}

/** The body with every group replaced by the option `seed` picks. */
export function chooseAlternatives(parts: AlternativeParts, seed: string): string {
  return parts.map((part, k) => (typeof part === 'string' ? part : (part[pick(part.length, seed, `group ${k}`)] ?? ''))).join('');
}
