/**
 * Where the analyzer's time goes: a V8 CPU profile of a loop of analyses, taken in process with
 * the inspector, summarized by {@link summarizeProfile}. A profile, not a guess.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { analyze } from '../../lib/analyzer';
import type { NoteRequest } from '../../lib/schema';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './profile-summary';

/**
 * Profiles `analyze` over `requests`, round after round, for about `seconds`, with V8's sampling
 * profiler at 100 µs; writes the raw profile to `outFile` (open it in Chrome DevTools) if given.
 */
export async function profileAnalyzer(
  requests: readonly NoteRequest[],
  seconds: number,
  outFile?: string,
): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const deadline = performance.now() + seconds * 1000;
    let analyses = 0;
    let last: unknown;
    while (performance.now() < deadline) {
      for (const request of requests) {
        last = analyze(request);
        analyses += 1;
      }
    }
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    if (outFile) writeFileSync(outFile, JSON.stringify(profile));
    if (last === undefined) throw new Error('the analyzer returned nothing');
    return summarizeProfile(profile, analyses);
  } finally {
    await session.post('Profiler.disable').catch(() => undefined);
    session.disconnect();
  }
}
