import { readFileSync } from 'node:fs';
import { rewrite } from '../lib/rewrite';
(globalThis as { __rwDebug?: boolean }).__rwDebug = true;
const ids = process.argv.slice(2);
for (const file of ['tests/fixtures/real-dev.jsonl', 'tests/fixtures/rewrite-worst.jsonl']) {
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const row = JSON.parse(raw);
    if (!ids.includes(row.id)) continue;
    console.log('=====', row.id, row.request.note);
    const r = rewrite(row.request);
    for (const v of r.variants) console.log(' =>', v.label, v.analysis.score, v.filled.score, v.text);
  }
}
