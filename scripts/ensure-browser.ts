// Makes sure a Chromium exists before the end-to-end tests run: Debian's, else Playwright's own,
// else (as root with apt-get) installs Debian's. Otherwise stops with what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, DEBIAN_CHROMIUM } from './browser';

function playwrightBrowser(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function canApt(): boolean {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return typeof process.getuid === 'function' && process.getuid() === 0;
  } catch {
    return false;
  }
}

if (chromiumExecutable()) process.exit(0);
if (playwrightBrowser()) process.exit(0);
if (canApt()) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
}
console.error(
  'No Chromium for the end-to-end tests. Install one of:\n' +
    '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)\n' +
    '  - any OS:        npx playwright install chromium\n' +
    'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
);
process.exit(1);
