/**
 * A core that runs anywhere (issue #9): the reader, the rule registry, the analyzer, the rewrite,
 * the templates and the other pure libraries import nothing from Next, Node's built-ins or zod —
 * validation stays at the boundaries — so a web worker or a browser extension could run them.
 * Walks the value-import graph from each core entry point; type-only imports are erased and allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '..');
const ENTRY_POINTS = ['lib/analyzer/index.ts', 'lib/rewrite/index.ts', 'lib/templates/index.ts', 'lib/contract.ts', 'lib/profile/index.ts', 'lib/triage/index.ts',
  // The sent-notes log's logic (its import, lib/sent/import.ts, is a boundary and uses the schema).
  'lib/sent/entry.ts', 'lib/sent/limits.ts', 'lib/sent/similar.ts', 'lib/sent/insights.ts', 'lib/sent/export.ts', 'lib/sent/warnings.ts'].filter((f) =>
  existsSync(join(ROOT, f)),
);
const FORBIDDEN = [/^next(?:\/|$)/, /^node:/, /^zod(?:\/|$)/, /^(?:fs|path|os|crypto|child_process|url|util|stream|http|https|worker_threads)$/];
const SCHEMA = join(ROOT, 'lib/schema.ts');

/** Value imports and re-exports of a file (not `import type` / `export type`). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gmu)) out.push(m[1] as string);
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
}

function walk(entry: string): { file: string; spec: string }[] {
  const bad: { file: string; spec: string }[] = [];
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of valueImports(file)) {
      const local = resolveLocal(file, spec);
      if (local === SCHEMA || FORBIDDEN.some((p) => p.test(spec))) bad.push({ file: relative(ROOT, file), spec });
      else if (local) queue.push(local);
    }
  }
  return bad;
}

describe('the core imports no framework, runtime or validation library', () => {
  test.each(ENTRY_POINTS)('%s', (entry) => {
    expect(walk(entry)).toEqual([]);
  });

  test('the walk would catch one', () => {
    expect(valueImports(join(ROOT, 'lib/schema.ts'))).toContain('zod');
    expect(valueImports(join(ROOT, 'app/api/analyze/route.ts'))).toContain('@/lib/schema');
  });
});
