/**
 * Security headers as served by the production server, on every kind of response, and a real
 * Chromium session on the page with zero Content-Security-Policy violations.
 */
import { type APIResponse, expect, type Page, test } from '@playwright/test';

/** Asserts the headers every response must carry (issue 5, "Headers on every response"). */
function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP`).not.toContain('unsafe-eval');
  expect(csp, `${what}: CSP`).toMatch(/(?:^|;\s*)default-src '(?:self|none)'/);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc, `${what}: script-src`).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) {
    expect(permissions, `${what}: Permissions-Policy`).toContain(feature);
  }
  expect(headers['x-powered-by'], what).toBeUndefined();
}

test.describe('headers on every response', () => {
  test('the page, a 404, static files and every API outcome carry the security headers', async ({ request }) => {
    const page = await request.get('/');
    expect(page.status()).toBe(200);
    expectSecurityHeaders(page, 'GET /');

    // Every script and stylesheet the page links to, as served.
    const html = await page.text();
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!))];
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expectSecurityHeaders(response, asset);
    }

    const json = { 'content-type': 'application/json' };
    const outcomes: [string, Promise<APIResponse>, number][] = [
      ['404 page', request.get('/no-such-page'), 404],
      ['analyze 200', request.post('/api/analyze', { data: { note: 'Hi Sam' } }), 200],
      ['rewrite 200', request.post('/api/rewrite', { data: { note: 'Hi Sam' } }), 200],
      ['analyze 400', request.post('/api/analyze', { data: Buffer.from('{"note":'), headers: json }), 400],
      ['analyze 413', request.post('/api/analyze', { data: Buffer.from(JSON.stringify({ note: 'x'.repeat(20_000) })), headers: json }), 413],
      ['analyze 415', request.post('/api/analyze', { data: 'note=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415],
      ['analyze 422', request.post('/api/analyze', { data: { note: 1 } }), 422],
      ['analyze 405', request.get('/api/analyze'), 405],
      ['rewrite 405', request.delete('/api/rewrite'), 405],
      ['health 200', request.get('/api/health'), 200],
    ];
    for (const [what, pending, status] of outcomes) {
      const response = await pending;
      expect(response.status(), what).toBe(status);
      expectSecurityHeaders(response, what);
      if (what.startsWith('analyze') || what.startsWith('rewrite')) {
        expect(response.headers()['content-type'], what).toMatch(/^application\/json/);
        if (status !== 200) expect((await response.json()) as unknown, what).toEqual(expect.objectContaining({ error: expect.any(String) }));
      }
    }
    const wrongMethod = await request.put('/api/analyze', { data: { note: 'hi' } });
    expect(wrongMethod.headers()['allow']).toBe('POST, OPTIONS');
  });

  test('each page response has its own nonce, and every script on the page carries it', async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get('/');
      const csp = response.headers()['content-security-policy'] ?? '';
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(csp).toContain("'strict-dynamic'");
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

/** Collects CSP violations both from the DOM event and from the console, where Chromium reports them. */
async function watchForCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (?:load|execute|apply|connect|frame)/i.test(message.text())) consoleProblems.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...consoleProblems, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

test('a session on the page — typing, feedback, a rewrite — has zero CSP violations and a clean console', async ({ page }) => {
  const violations = await watchForCspViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Chromium also reports header mistakes here (e.g. an unknown Permissions-Policy feature), and
  // Lighthouse's best-practices audit fails on any console error.
  page.on('console', (message) => {
    if (message.type() === 'error' || /Permissions-Policy|Feature-Policy/i.test(message.text())) errors.push(message.text());
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const note = page.getByRole('textbox', { name: 'Your note' });
  const analyzed = page.waitForResponse((response) => response.url().endsWith('/api/analyze') && response.status() === 200);
  await note.fill('Hi Dana, fellow Michigan alum here. I loved your KubeCon talk and would like to learn how you run on-call.');
  await analyzed;
  const rewriteButton = page.getByRole('button', { name: 'Suggest a rewrite' });
  const rewritten = page.waitForResponse((response) => response.url().endsWith('/api/rewrite'));
  await rewriteButton.click();
  expect((await rewritten).status()).toBe(200);
  // Reload as well: a second navigation gets a new nonce and must be just as clean.
  await page.reload();
  await expect(note).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
