/**
 * The one route handler of the JSON API, shared by /api/analyze and /api/rewrite: rate limit →
 * read the body → validate with the shared schema → act → respond. Every expected failure maps to
 * its status (SPEC "Entry points"); an unexpected one becomes a bare 500 that carries neither a
 * stack nor any user text, and is logged without its message (which could quote the note).
 */
import type { z } from 'zod';
import { clientKey, trustedProxyHops } from './client-key';
import { API_HEADERS, errorResponse, publicIssues } from './errors';
import { type RateLimiter, sharedRateLimiter } from './rate-limit';
import { readJsonBody } from './read-json';

/**
 * An expected refusal an action returns instead of its result — a service it needs is not
 * available — answered with its status and fixed message (and `Retry-After` when given).
 */
export class Refusal {
  constructor(
    readonly status: 503,
    readonly error: string,
    readonly retryAfterSeconds?: number,
  ) {}
}

/** What a JSON endpoint is made of. */
export interface JsonEndpoint<Schema extends z.ZodType, Result> {
  /** Short name for logs, e.g. "analyze". Never derived from the request. */
  name: string;
  /** The request schema; its parsed output is what `action` receives. */
  schema: Schema;
  /** The work: pure and synchronous or async; its result is sent as JSON with status 200, a `Refusal` as its status. */
  action: (input: z.output<Schema>) => Result | Refusal | Promise<Result | Refusal>;
  /** The limiter to draw from (the process-wide one by default; tests pass their own). */
  limiter?: RateLimiter;
  /** Largest accepted body in bytes (16 KB by default, as for /api/analyze). */
  maxBytes?: number;
  /** Trusted reverse-proxy hops for client addresses (from the environment by default). */
  trustProxyHops?: number;
  /**
   * Items of a valid request counted on top of the request itself (a batch's rows), one token
   * each, from their own limiter; `noun` names them in the 429's message.
   */
  items?: { count: (input: z.output<Schema>) => number; limiter: () => RateLimiter; noun: string };
}

/**
 * Logs an unexpected failure without user text. An error's message can quote its input (a
 * TypeError naming a value, a thrown string), so only the error's class and its stack frames —
 * code locations, never data — are written.
 */
export function logFailure(endpoint: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const frames =
    error instanceof Error && typeof error.stack === 'string'
      ? error.stack
          .split('\n')
          .filter((line) => line.trimStart().startsWith('at '))
          .slice(0, 8)
          .join('\n')
      : '';
  console.error(`[notecoach] /api/${endpoint} failed with ${kind}${frames ? `\n${frames}` : ''}`);
}

/** Builds the POST handler of a JSON endpoint. */
export function createJsonHandler<Schema extends z.ZodType, Result>(
  endpoint: JsonEndpoint<Schema, Result>,
): (request: Request) => Promise<Response> {
  return async function POST(request: Request): Promise<Response> {
    try {
      // Rate limit: before reading anything, so a flood costs as little as possible.
      const limiter = endpoint.limiter ?? sharedRateLimiter();
      const client = clientKey(request.headers, endpoint.trustProxyHops ?? trustedProxyHops());
      const decision = limiter.take(client);
      if (!decision.allowed) {
        return errorResponse(429, `Too many requests: try again in ${decision.retryAfterSeconds} s.`, {
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
        });
      }
      // Read: media type, size cap while streaming, depth, then JSON.parse.
      const body = await readJsonBody(request, { maxBytes: endpoint.maxBytes });
      if (!body.ok) return errorResponse(body.status, body.error);
      // Validate: the shared zod schema; 422 lists what to fix.
      const parsed = endpoint.schema.safeParse(body.value);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return errorResponse(422, `Invalid request: ${first ? `${first.path.map(String).join('.') || 'body'}: ${first.message}` : 'see "issues"'} (see "issues" for everything to fix).`, {
          issues: publicIssues(parsed.error.issues),
        });
      }
      // Count the items (a batch's rows) now that their number is known.
      if (endpoint.items) {
        const count = endpoint.items.count(parsed.data);
        const items = endpoint.items.limiter();
        const noun = endpoint.items.noun;
        if (!items.canEverPay(count)) {
          return errorResponse(422, `Invalid request: this server takes at most ${items.config.burst} ${noun} at a time; send ${count} in smaller parts.`);
        }
        const taken = items.take(client, count);
        if (!taken.allowed) {
          return errorResponse(429, `Too many ${noun} in a short time: these ${count} can be sent in ${taken.retryAfterSeconds} s.`, {
            headers: { 'Retry-After': String(taken.retryAfterSeconds) },
          });
        }
      }
      // Act and respond; an expected refusal keeps its own status.
      const result = await endpoint.action(parsed.data);
      if (result instanceof Refusal) {
        const retry = result.retryAfterSeconds;
        return errorResponse(result.status, result.error, retry === undefined ? {} : { headers: { 'Retry-After': String(retry) } });
      }
      return Response.json(result, { headers: API_HEADERS });
    } catch (error) {
      logFailure(endpoint.name, error);
      return errorResponse(500, 'Internal error: the request could not be processed. Nothing was stored.');
    }
  };
}

/**
 * Handlers for every method an endpoint does not support: 405 with `Allow`, as JSON like every
 * other error, plus an honest OPTIONS (Next's automatic one would list these 405 handlers as
 * allowed). HEAD falls back to GET in Next, so it is refused too. Use as
 * `export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST'])`.
 */
export function otherMethods(
  allowed: readonly string[],
): Record<'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS', () => Response> {
  const allow = [...allowed, 'OPTIONS'].join(', ');
  const reject = (): Response =>
    errorResponse(405, `Method not allowed: use ${allowed.join(' or ')}.`, { headers: { Allow: allow } });
  const options = (): Response => new Response(null, { status: 204, headers: { ...API_HEADERS, Allow: allow } });
  return { GET: reject, PUT: reject, PATCH: reject, DELETE: reject, OPTIONS: options };
}
