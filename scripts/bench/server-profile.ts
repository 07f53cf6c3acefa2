/**
 * Where a request's time goes on the production server: a second `next start` run under Node's
 * --cpu-prof, loaded with `POST /api/analyze` (after a warm-up), then stopped so Node writes the
 * profile. Only samples taken while the measured load ran count; frames in Turbopack's server
 * chunks are mapped back to project modules through the build's own source maps.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NoteRequest } from '../../lib/schema';
import { analyzeRequestsOf, RouteLoad } from './api';
import { locateByUrl, summarizeProfile, type CallFrame, type CpuProfile, type Location, type ProfileSummary } from './profile-summary';
import { projectPath, SourceMapLookup } from './source-map';
import { startServer } from './server';

/** True for project modules on the server: the library, the routes and the proxy. */
export const isServerProjectModule = (file: string): boolean => /^(?:lib|app)\//.test(file) || file === 'proxy.ts';

/** A `locate` that maps frames in `distDir`'s chunks through their source maps. */
export function locateThroughSourceMaps(distDir: string): (frame: CallFrame) => Location {
  const maps = new Map<string, SourceMapLookup | null>();
  const marker = `${sep}${distDir.replace(/^\.\//, '')}${sep}`;
  return (frame) => {
    const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
    if (!path.includes(marker)) return locateByUrl(frame);
    if (!maps.has(path)) maps.set(path, existsSync(`${path}.map`) ? SourceMapLookup.parse(readFileSync(`${path}.map`, 'utf8')) : null);
    const original = maps.get(path)?.lookup(frame.lineNumber, frame.columnNumber ?? 0);
    if (!original) return { file: `${distDir}/${path.slice(path.indexOf(marker) + marker.length)}`, line: null };
    return { file: projectPath(original.source), line: original.line + 1 };
  };
}

/** Options of the server profile. */
export interface ServerProfileOptions {
  distDir: string;
  port: number;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** Profiles the production server under `POST /api/analyze` load; the unit is one request. */
export async function profileServer(requests: readonly NoteRequest[], options: ServerProfileOptions): Promise<ProfileSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'notecoach-server-profile-'));
  try {
    const server = await startServer(options.distDir, options.port, {
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=250'],
    });
    const load = new RouteLoad('POST /api/analyze');
    const body = analyzeRequestsOf(requests);
    let window: { start: number; end: number };
    try {
      await new RouteLoad('warm-up').slice({ url: server.baseUrl, connections: options.connections, duration: options.warmupSeconds, requests: body });
      // V8's profile clock and process.hrtime are both the system's monotonic clock, in µs here.
      const start = Number(process.hrtime.bigint() / 1000n);
      await load.slice({ url: server.baseUrl, connections: options.connections, duration: options.seconds, requests: body });
      window = { start, end: Number(process.hrtime.bigint() / 1000n) };
    } finally {
      await server.stop('SIGINT');
    }
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the server wrote no CPU profile');
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    return summarizeProfile(profile, load.result().total, {
      locate: locateThroughSourceMaps(options.distDir),
      owns: isServerProjectModule,
      window,
      topCount: 15,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
