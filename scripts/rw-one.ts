import { readFileSync } from 'node:fs';
import { rewrite } from '../lib/rewrite';
const ids = process.argv.slice(2);
for (const f of ['dev','extra','extra2','extra3','golden-rules','real-dev','rewrite-worst']) for (const raw of readFileSync(`/work/wt-rewrite/tests/fixtures/${f}.jsonl`,'utf8').split('\n')) { if (!raw.trim()) continue; const row = JSON.parse(raw); if (!ids.includes(row.id)) continue; console.log('==', row.id, row.request.note, JSON.stringify(row.request.profile ?? {})); for (const v of rewrite(row.request).variants) console.log('  ', v.label, v.analysis.score, v.filled.score, v.text, JSON.stringify(v.changes.map(c=>c.description))); }
