/**
 * Triage bench: 200 invitations in one POST /api/triage, sent one request at a time to the
 * production server. Two figures per request: the round trip on loopback (an upper bound on the
 * server's time: it includes reading the ~100 KB body and writing the ~700 KB answer) and the
 * server process's own CPU time, read from /proc, which separates what triage costs from how much
 * of a shared machine the server happened to get. The same request is also timed in process, by
 * the clock and by CPU time. CPU time still grows with the machine's load (cores shared with other
 * work run slower): the API table printed before it gives the trivial route's CPU per request in
 * the same run, for scale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { triageRequestSchema, type TriageRequest } from '../../lib/schema';
import { triage } from '../../lib/triage';
import { processCpuMs } from './api';
import { loadDevRequests } from './notes';
import { summarize } from './stats';

const FIXTURES = join(__dirname, '../../tests/fixtures/invitations.json');

/** The triage figures. */
export interface TriageBench {
  invitations: number;
  withNote: number;
  requestBytes: number;
  responseBytes: number;
  rounds: number;
  /** Round trip per request, ms. */
  roundTrip: { median: number; p95: number };
  /** Server CPU per request, ms (null off Linux). */
  serverCpuMs: number | null;
  /** triage() in this process, ms per request. */
  inProcess: { median: number; p95: number };
  /**
   * triage() in this process, CPU ms per request (all of the process's threads, so the collector's
   * too): on a shared machine the least contended round, `min`, is closest to what triage costs.
   */
  inProcessCpu: { median: number; min: number };
}

/**
 * 200 distinct invitations in the styles people receive: the hand-written fixtures (recruiters,
 * staffing spam, scams, silent strangers, peers) and the dev notes as notes from their senders.
 */
export function buildTriageRequest(count = 200): TriageRequest {
  const fixtures = (JSON.parse(readFileSync(FIXTURES, 'utf8')) as Record<string, unknown>[]).map(({ style: _style, ...inv }) => inv);
  const fromDev = loadDevRequests().map((r, i) => ({ name: r.sender?.name ?? `Sender ${i}`, headline: r.sender?.headline, note: r.note, mutualConnections: i % 5 }));
  const pool = [...fixtures, ...fromDev];
  const invitations = Array.from({ length: count }, (_, i) => {
    const base = pool[i % pool.length] as { name: string };
    return { ...base, name: `${base.name} ${Math.floor(i / pool.length) + 1}`.slice(0, 100) };
  });
  return triageRequestSchema.parse({
    invitations,
    me: { name: 'Dana Kim', headline: 'Staff Data Engineer at Acme', company: 'Acme', industry: 'Data engineering', schools: ['University of Michigan'], goal: 'hire data engineers' },
    criteria: { preset: 'curated', keywords: { accept: ['rust', 'data contracts'], ignore: ['forex'] } },
  });
}

/** Times `rounds` triage requests of 200 invitations against the server, after `warmup` unmeasured ones. */
export async function benchTriage(baseUrl: string, serverPid: number | undefined, rounds = 40, warmup = 10): Promise<TriageBench> {
  const request = buildTriageRequest();
  const body = JSON.stringify(request);
  const send = async () => {
    const response = await fetch(`${baseUrl}/api/triage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`POST /api/triage answered ${response.status}: ${text.slice(0, 200)}`);
    return text.length;
  };
  for (let i = 0; i < warmup; i++) await send();
  const times: number[] = [];
  let responseBytes = 0;
  const cpuBefore = processCpuMs(serverPid);
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    responseBytes = await send();
    times.push(performance.now() - started);
  }
  const cpuAfter = processCpuMs(serverPid);
  const local: number[] = [];
  const localCpu: number[] = [];
  for (let i = 0; i < warmup; i++) triage(request);
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    triage(request);
    const used = process.cpuUsage(cpu);
    local.push(performance.now() - started);
    localCpu.push((used.user + used.system) / 1000);
  }
  const trip = summarize(times);
  const own = summarize(local);
  const ownCpu = summarize(localCpu);
  return {
    invitations: request.invitations.length,
    withNote: request.invitations.filter((i) => (i.note ?? '').trim() !== '').length,
    requestBytes: Buffer.byteLength(body),
    responseBytes,
    rounds,
    roundTrip: { median: trip.median, p95: trip.p95 },
    serverCpuMs: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / rounds : null,
    inProcess: { median: own.median, p95: own.p95 },
    inProcessCpu: { median: ownCpu.median, min: ownCpu.min },
  };
}
