/**
 * The production server the API and page parts measure: built into the bench's own dist folder
 * when missing or older than the sources, started with `next start` on the bench's own port with
 * the rate limiter off (50 connections from one client would otherwise measure the limiter), and
 * always stopped — on success, on error and on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root (where package.json and next.config.mjs live). */
export const ROOT = resolve(__dirname, '../..');

/** Folders and files whose change means the production build is out of date. */
const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'middleware.ts',
  'next.config.mjs',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** Newest modification time (ms) of any file under `path`, or 0 if it does not exist. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * Why the build in `distDir` must be (re)made, or null when it is current: a build is current when
 * its BUILD_ID was written after the newest source file changed.
 */
export function buildStaleness(distDir: string, root = ROOT): string | null {
  const buildId = join(root, distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return `no build in ${distDir}`;
  const built = statSync(buildId).mtimeMs;
  const newest = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))));
  return newest > built ? `sources changed since the build in ${distDir}` : null;
}

/** Runs `npm run build` into `distDir`, streaming its output to stderr. Rejects on failure. */
export function build(distDir: string): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolveBuild() : reject(new Error(`next build failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** A running production server. */
export interface Server {
  baseUrl: string;
  pid: number | undefined;
  /** The last few KB the server wrote to stdout and stderr. */
  output: () => string;
  /**
   * Stops the server and waits for it to exit: `signal` (SIGTERM by default; SIGINT lets Node write
   * a --cpu-prof profile on the way out), then SIGKILL after 10 s.
   */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

const running = new Set<ChildProcess>();

// Whatever ends the bench (Ctrl-C, an exception, a normal exit), no server is left behind.
function killAll(): void {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `next start` from `distDir` on 127.0.0.1:`port` and waits until `/` answers. Refuses a
 * port that already answers, so the bench never measures someone else's server.
 */
export async function startServer(
  distDir: string,
  port: number,
  options: { nodeArgs?: string[]; timeoutMs?: number } = {},
): Promise<Server> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await answers(`${baseUrl}/`)) throw new Error(`port ${port} is already in use; pass --port to pick another`);
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        NOTECOACH_RATE_LIMIT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      return;
    }
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    running.delete(child);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    if (await answers(`${baseUrl}/`)) return { baseUrl, pid: child.pid, output: () => log, stop };
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${baseUrl} within ${timeoutMs / 1000} s:\n${log}`);
}
