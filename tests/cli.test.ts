import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { analyzeLine } from '@/lib/cli';

describe('one CLI line', () => {
  test('a JSON request is analyzed', () => {
    const out = analyzeLine(JSON.stringify({ note: 'Hi Sam, I loved your talk on Rust.', plan: 'free' }));
    expect(out).toMatchObject({ stats: { limit: 200, sentences: 1 } });
  });
  test.each([
    ['plain text', 'Hi Sam, great post!'],
    ['a JSON string', '"Hi Sam, great post!"'],
  ])('%s is a bare note', (_, line) => {
    expect(analyzeLine(line)).toMatchObject({ stats: { characters: 19 } });
  });
  test.each([
    ['a wrong type', '{"note": 5}', 'note'],
    ['an unknown key', '{"note": "hi", "bogus": 1}', ''],
    ['an array', '[1, 2]', ''],
    ['a note too long', JSON.stringify({ note: 'x'.repeat(5001) }), 'note'],
  ])('%s gets an error with the issues', (_, line, path) => {
    const out = analyzeLine(line);
    expect(out).toHaveProperty('error');
    expect('issues' in out && out.issues?.[0]?.path.join('.')).toBe(path);
  });
});

describe('npm run analyze', () => {
  test('writes one line per input line, in order, and goes on after a bad line', () => {
    const input = ['{"note":"I loved your talk on Rust."}', '{"note": 5}', 'Hi Sam, great post!', ''].join('\n');
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts'], { input, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].stats.characters).toBe(26);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2].stats.characters).toBe(19);
  }, 30_000);

  test('--rewrite adds the rewrite to each line', () => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '--rewrite'], { input: 'Hi! Let’s connect\n', encoding: 'utf8' });
    const line = JSON.parse(result.stdout.trim());
    expect(line.rewrite).toHaveProperty('variants');
  }, 30_000);

  test('--proofread writes the spelling and grammar findings of each line, in order', () => {
    const input = ['{"note":"Ikenna, I would like to connect becuase of your talk.","profile":{"name":"Ikenna"}}', '{"note": 5}', 'A clean note about your talk.', ''].join('\n');
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '--proofread'], { input, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].findings.map((f: { actual: string }) => f.actual)).toEqual(['becuase']);
    expect(lines[0].findings[0].suggestions).toContain('because');
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toEqual({ findings: [] });
  }, 60_000);

  test('--rewrite with --proofread is a usage error', () => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '--rewrite', '--proofread'], { input: '', encoding: 'utf8' });
    expect(result.status).toBe(2);
  }, 30_000);

  test('an unknown flag is a usage error', () => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '--nope'], { input: '', encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  }, 30_000);
});

describe('input conventions', () => {
  test('a leading byte-order mark is not part of the JSON', () => {
    expect(analyzeLine('\uFEFF{"note":"Hi Sam, great post!","plan":"free"}')).toMatchObject({ stats: { characters: 19, limit: 200 } });
  });
  test('`-` reads standard input', () => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', '-'], { input: 'great post!\n', encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim()).stats.characters).toBe(11);
  }, 30_000);
});
