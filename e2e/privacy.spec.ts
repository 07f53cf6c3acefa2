/**
 * Privacy, end to end: a production server whose every line of output is captured serves a
 * session of typing, feedback, a rewrite and hostile API calls that all carry a secret; the secret
 * must never appear in the server's output, and the page must talk to no origin but its own.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';

/** Unique per run, so it can only appear in the output if the server wrote what it was sent. */
const SECRET = `Zephyrine-${Date.now().toString(36)}-Quillfeather`;

/** A free TCP port (each Playwright project runs this spec with its own server). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let server: ChildProcess | undefined;
let output = '';
let origin = '';

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The same production build the config's web server uses (NEXT_DIST_DIR), started on its own so
  // that all of its stdout and stderr can be read.
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).then((r) => r.status).catch(() => 0)), { timeout: 30_000 })
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

test('typed text never reaches the server’s output, and the page calls only its own origin', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto(`${origin}/`);
  const note = page.getByRole('textbox', { name: 'Your note' });
  // Type like a person, pausing so the page sends live feedback requests along the way.
  for (const part of [`Hi ${SECRET}, `, `I loved your talk on ${SECRET} `, 'and would like to learn how you run on-call.']) {
    const analyzed = page.waitForResponse((response) => response.url().endsWith('/api/analyze'));
    await note.pressSequentially(part);
    expect((await analyzed).status()).toBe(200);
  }
  const rewritten = page.waitForResponse((response) => response.url().endsWith('/api/rewrite'));
  await page.getByRole('button', { name: 'Suggest a rewrite' }).click();
  expect((await rewritten).status()).toBe(200);

  // Hostile calls carrying the secret through every error path, including a deliberate crash risk:
  // malformed JSON, too large, wrong type, schema violations in every field, wrong method.
  const json = { 'content-type': 'application/json' };
  const hostile = [
    page.request.post(`${origin}/api/analyze`, { data: Buffer.from(`{"note":"${SECRET}"`), headers: json }),
    page.request.post(`${origin}/api/analyze`, { data: Buffer.from(JSON.stringify({ note: SECRET.repeat(2000) })), headers: json }),
    page.request.post(`${origin}/api/analyze`, { data: Buffer.from(SECRET), headers: { 'content-type': 'text/plain' } }),
    page.request.post(`${origin}/api/analyze`, { data: { note: SECRET, [SECRET]: SECRET } }),
    page.request.post(`${origin}/api/rewrite`, { data: { note: SECRET, profile: { name: SECRET, schools: [SECRET, 1] }, sender: { goal: SECRET } } }),
    page.request.post(`${origin}/api/rewrite`, { data: { note: `${SECRET} `.repeat(200), plan: 'free', profile: { about: SECRET } } }),
    page.request.put(`${origin}/api/analyze`, { data: { note: SECRET } }),
    page.request.get(`${origin}/api/analyze?note=${SECRET}`),
  ];
  for (const response of await Promise.all(hostile)) {
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).not.toContain('    at ');
  }

  // The server has seen the secret dozens of times; its output must not contain it once.
  expect(output).not.toContain(SECRET);
  expect(output).not.toContain('Zephyrine');
  // It did write something (the startup banner), so the capture itself works.
  expect(output).toContain('Ready');

  const foreign = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requested.length).toBeGreaterThan(0);
});
