/**
 * Proofreading on the production server: how long after start the checker is warm (the server
 * logs it), what the first POST /api/proofread costs once it is (it must not pay the dictionary
 * load), and the latency of ~300-character notes sent one at a time on the warm server.
 */
import type { NoteRequest } from '../../lib/schema';
import { type Summary, summarize } from './stats';

/** What the proofreading part measures. */
export interface ProofreadResult {
  /** The server's own figure: start to warm checker, ms (from its "[notecoach] proofreader ready in N ms" line). */
  readyMs: number | null;
  /** The first request to /api/proofread after the checker is warm (the route's first load included), ms. */
  firstRequestMs: number;
  /** Sequential requests of ~300-character notes on the warm server. */
  warm: Summary;
  requests: number;
  /** Non-200 answers and failed requests. */
  errors: number;
  /** Findings per note, on average: a checker that finds nothing is not measured. */
  findingsPerNote: number;
}

/**
 * The notes as people send them: every other one with a typo (two letters swapped in its fourth
 * word of five letters or more), so the checker's slow path — suggestions for an unknown word —
 * is in the figures, not only clean notes.
 */
export function withTypos(requests: readonly NoteRequest[]): NoteRequest[] {
  return requests.map((request, index) => {
    if (index % 2 === 1) return request;
    let seen = 0;
    const note = request.note.replace(/\b[a-z]{5,}\b/g, (word) => (++seen === 4 ? word.charAt(0) + word.charAt(2) + word.charAt(1) + word.slice(3) : word));
    return { ...request, note };
  });
}

const READY_LINE = /\[notecoach\] proofreader (?:ready in (\d+) ms|unavailable)/;

async function timedPost(url: string, body: NoteRequest): Promise<{ ms: number; status: number; findings: number }> {
  const start = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { findings?: unknown[] };
  return { ms: performance.now() - start, status: response.status, findings: Array.isArray(json.findings) ? json.findings.length : 0 };
}

/**
 * Waits for the server to log that its checker is warm (up to `readyTimeoutMs`), then sends the
 * first request and `count` more, one at a time, cycling through `requests`.
 */
export async function benchProofread(
  requests: readonly NoteRequest[],
  options: { baseUrl: string; output: () => string; count: number; readyTimeoutMs?: number },
): Promise<ProofreadResult> {
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  let line: RegExpExecArray | null = null;
  while (!(line = READY_LINE.exec(options.output())) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  if (!line) throw new Error('the server never said its proofreader was ready');
  if (line[1] === undefined) throw new Error('the server says its proofreader is unavailable');
  const url = `${options.baseUrl}/api/proofread`;
  const first = await timedPost(url, requests[0] as NoteRequest);
  let errors = first.status === 200 ? 0 : 1;
  let findings = 0;
  const times: number[] = [];
  for (let i = 0; i < options.count; i++) {
    try {
      const result = await timedPost(url, requests[i % requests.length] as NoteRequest);
      if (result.status !== 200) errors++;
      times.push(result.ms);
      findings += result.findings;
    } catch {
      errors++;
    }
  }
  return {
    readyMs: Number(line[1]),
    firstRequestMs: first.ms,
    warm: summarize(times),
    requests: options.count + 1,
    errors,
    findingsPerNote: options.count > 0 ? findings / options.count : 0,
  };
}
