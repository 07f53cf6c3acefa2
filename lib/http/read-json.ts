/**
 * Reads a JSON request body defensively: media type first, then the bytes with a hard cap enforced
 * while streaming (a lying or missing Content-Length cannot make the server buffer more), then a
 * linear nesting-depth scan, and only then `JSON.parse`. Every failure is an expected outcome with
 * a status and a fixed message, never an exception.
 */

/** Largest accepted request body, in bytes (SPEC: 413 over 16 KB). */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Deepest accepted JSON nesting. The request schema needs 3 (request → profile → schools); the
 * margin keeps schema errors (422, with issues) for merely wrong shapes while refusing hostile
 * towers of brackets before the parser builds them.
 */
export const MAX_JSON_DEPTH = 8;

/** The outcome of reading a body: the parsed value, or the status and message to answer with. */
export type ReadJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; error: string };

const UNSUPPORTED: ReadJsonResult = {
  ok: false,
  status: 415,
  error: 'Unsupported media type: send the request body as JSON with "Content-Type: application/json".',
};
const TOO_LARGE: ReadJsonResult = {
  ok: false,
  status: 413,
  error: `Request body too large: the limit is ${MAX_BODY_BYTES / 1024} KB.`,
};
const MALFORMED: ReadJsonResult = { ok: false, status: 400, error: 'Malformed JSON: the request body could not be parsed.' };
const NOT_UTF8: ReadJsonResult = { ok: false, status: 400, error: 'Malformed JSON: the request body is not valid UTF-8.' };
const TOO_DEEP: ReadJsonResult = {
  ok: false,
  status: 400,
  error: `Malformed JSON: nested deeper than ${MAX_JSON_DEPTH} levels.`,
};

/**
 * True for `application/json` and `application/<anything>+json`, with any parameters. A charset
 * other than UTF-8 is refused: JSON on the wire is UTF-8 (RFC 8259), and decoding anything else
 * as UTF-8 would silently corrupt the note.
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [essence = '', ...params] = header.split(';');
  const type = essence.trim().toLowerCase();
  if (type !== 'application/json' && !(type.startsWith('application/') && type.endsWith('+json'))) return false;
  for (const param of params) {
    const [name = '', value = ''] = param.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  return true;
}

/**
 * The deepest nesting of arrays and objects in `text`, scanning once and skipping string contents
 * (brackets inside strings do not nest). Stops counting as soon as `limit` is exceeded, so the
 * cost is linear and bounded by the body cap.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

/**
 * Reads at most `maxBytes` from the body, cancelling the stream as soon as more arrive.
 * Returns the bytes, or null when the body is over the limit.
 */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the upload here instead of draining it: the client learns its answer without the
      // server reading (or buffering) the rest.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads and parses a JSON request body within the API's limits.
 * Order matters: the cheapest refusals (media type, declared length) come before any reading, and
 * parsing comes last.
 */
export async function readJsonBody(
  request: Request,
  limits: { maxBytes?: number; maxDepth?: number } = {},
): Promise<ReadJsonResult> {
  const maxBytes = limits.maxBytes ?? MAX_BODY_BYTES;
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  // Media type: refuse forms and text before touching the body.
  if (!isJsonContentType(request.headers.get('content-type'))) return UNSUPPORTED;
  // Declared length: an honest client that is over the limit is refused without reading at all.
  const declared = Number(request.headers.get('content-length'));
  const tooLarge: ReadJsonResult =
    maxBytes === MAX_BODY_BYTES ? TOO_LARGE : { ok: false, status: 413, error: `Request body too large: the limit is ${Math.floor(maxBytes / 1024)} KB.` };
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  // Actual length: enforced while streaming, whatever the header said.
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(request, maxBytes);
  } catch {
    // The client went away or sent a broken chunked stream: there is no body to parse.
    return MALFORMED;
  }
  if (bytes === null) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return NOT_UTF8;
  }
  // Depth: a linear scan, so a tower of brackets costs one pass, not a parse and a schema walk.
  if (jsonDepthExceeds(text, maxDepth)) return TOO_DEEP;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return MALFORMED;
  }
}
