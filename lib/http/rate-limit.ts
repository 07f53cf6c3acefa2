/**
 * Per-client token buckets. Each client may burst up to `burst` requests, then `rate` per second.
 * The defaults (burst 60, 10/s) sit far above a person typing with live feedback (the page sends
 * at most one request per typing pause, i.e. a few per second at the very most) and far below
 * what it takes to keep a 2-core server busy.
 *
 * This is an in-process limiter: each server instance counts on its own. Several instances
 * behind a load balancer should rate-limit at that proxy instead (see README).
 */

/** Limiter settings. `rate` 0 disables limiting. */
export interface RateLimitConfig {
  /** Tokens added per second (sustained requests per second per client); 0 disables limiting. */
  rate: number;
  /** Bucket capacity (largest burst per client). */
  burst: number;
  /** Most clients tracked at once; the least recently seen are forgotten first. */
  maxClients: number;
}

/** Defaults used when the environment says nothing. */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { rate: 10, burst: 60, maxClients: 10_000 };

/** The outcome of taking one token. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** Clock reading (ms) at which `tokens` was last brought up to date. */
  updatedAt: number;
}

/** Parses a non-negative number from an environment variable, or returns the fallback. */
function envNumber(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * Reads the limiter settings from the environment:
 * `NOTECOACH_RATE_LIMIT` (requests per second per client; 0 disables limiting),
 * `NOTECOACH_RATE_BURST` (bucket size; default 60, or 6 seconds' worth of a higher rate; 0 also
 * disables limiting), `NOTECOACH_RATE_CLIENTS` (most clients tracked, default 10,000).
 * Unparseable values fall back to the defaults rather than silently disabling the limiter.
 */
export function rateLimitConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  const rate = envNumber(env.NOTECOACH_RATE_LIMIT, DEFAULT_RATE_LIMIT.rate);
  const burst = envNumber(env.NOTECOACH_RATE_BURST, Math.max(DEFAULT_RATE_LIMIT.burst, rate * 6));
  const maxClients = Math.max(1, Math.floor(envNumber(env.NOTECOACH_RATE_CLIENTS, DEFAULT_RATE_LIMIT.maxClients)));
  if (rate === 0 || burst === 0) return { rate: 0, burst: 0, maxClients };
  return { rate, burst: Math.max(1, burst), maxClients };
}

/**
 * A token-bucket limiter keyed by client. Memory is bounded: at most `maxClients` buckets, kept in
 * a Map whose insertion order doubles as recency order (a key is re-inserted on every use), so
 * the least recently seen client is evicted first. Evicting a client only forgets its debt — the
 * worst case is that it gets a fresh burst — which is the right trade for a bounded map.
 */
export class RateLimiter {
  readonly config: RateLimitConfig;
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  /** `now` is injectable so tests can move time without sleeping. */
  constructor(config: RateLimitConfig, now: () => number = () => performance.now()) {
    this.config = config;
    this.now = now;
  }

  /** Number of clients currently tracked (for tests and diagnostics). */
  get size(): number {
    return this.buckets.size;
  }

  /**
   * Takes `cost` tokens (one by default) for `key`, or says how many whole seconds until that many
   * are available. A cost above the bucket's size can never be paid: ask `canEverPay` first.
   */
  take(key: string, cost = 1): RateLimitDecision {
    const { rate, burst, maxClients } = this.config;
    if (rate <= 0) return { allowed: true };
    const now = this.now();
    const previous = this.buckets.get(key);
    const bucket: Bucket = previous
      ? { tokens: Math.min(burst, previous.tokens + ((now - previous.updatedAt) / 1000) * rate), updatedAt: now }
      : { tokens: burst, updatedAt: now };
    // Re-insert so the Map's order stays "least recently seen first".
    this.buckets.delete(key);
    if (this.buckets.size >= maxClients) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      this.buckets.set(key, bucket);
      return { allowed: true };
    }
    this.buckets.set(key, bucket);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / rate)) };
  }

  /** True when a bucket can ever hold `cost` tokens (always, with limiting off). */
  canEverPay(cost: number): boolean {
    return this.config.rate <= 0 || cost <= this.config.burst;
  }
}

/**
 * Settings of the batch limiter, which counts the rows of POST /api/batch: one token per row, from
 * each client's own bucket of rows, apart from its requests so a batch never locks its sender out of
 * live feedback. `NOTECOACH_BATCH_RATE` (rows per second per client, default 100) and
 * `NOTECOACH_BATCH_BURST` (default 1,000: one full batch); limiting requests off
 * (`NOTECOACH_RATE_LIMIT=0`) or a rate of 0 switches it off too.
 */
export function batchRateLimitConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  const requests = rateLimitConfigFromEnv(env);
  const rate = envNumber(env.NOTECOACH_BATCH_RATE, DEFAULT_BATCH_RATE_LIMIT.rate);
  const burst = envNumber(env.NOTECOACH_BATCH_BURST, Math.max(DEFAULT_BATCH_RATE_LIMIT.burst, rate * 10));
  if (requests.rate === 0 || rate === 0 || burst === 0) return { rate: 0, burst: 0, maxClients: requests.maxClients };
  return { rate, burst: Math.max(1, burst), maxClients: requests.maxClients };
}

/** The batch limiter's defaults: 100 rows a second, bursts of 1,000 (the largest batch). */
export const DEFAULT_BATCH_RATE_LIMIT: Omit<RateLimitConfig, 'maxClients'> = { rate: 100, burst: 1000 };

const SHARED = Symbol.for('notecoach.rateLimiter');
const SHARED_BATCH = Symbol.for('notecoach.batchRateLimiter');

/**
 * The server's one limiter. Next bundles each route separately, so a plain module-level singleton
 * would give /api/analyze and /api/rewrite separate budgets; keeping it on `globalThis` makes
 * every route of the process draw from the same buckets.
 */
export function sharedRateLimiter(): RateLimiter {
  const holder = globalThis as typeof globalThis & { [SHARED]?: RateLimiter };
  holder[SHARED] ??= new RateLimiter(rateLimitConfigFromEnv());
  return holder[SHARED];
}

/** The server's one batch-row limiter (see `batchRateLimitConfigFromEnv`), shared like the request limiter. */
export function sharedBatchRateLimiter(): RateLimiter {
  const holder = globalThis as typeof globalThis & { [SHARED_BATCH]?: RateLimiter };
  holder[SHARED_BATCH] ??= new RateLimiter(batchRateLimitConfigFromEnv());
  return holder[SHARED_BATCH];
}
