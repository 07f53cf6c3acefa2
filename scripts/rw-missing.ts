import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../lib/analyzer';
import { rewrite } from '../lib/rewrite';
import { noteRequestSchema } from '../lib/schema';
for (const f of readdirSync('tests/fixtures').filter((x) => x.endsWith('.jsonl'))) for (const raw of readFileSync(`tests/fixtures/${f}`, 'utf8').split('\n')) {
  if (!raw.trim()) continue; const row = JSON.parse(raw); const req = noteRequestSchema.parse(row.request);
  const a = analyze(req); if (a.verdict === 'strong') continue;
  if (rewrite(req).variants.length === 0) console.log(f, row.id, a.score, req.note.slice(0, 200).replace(/\n/g, ' '), JSON.stringify(req.profile ?? {}).slice(0, 120));
}
