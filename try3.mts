import { readFileSync } from 'node:fs';
import { proofread, warmProofreader } from './lib/proofread';
import { gateRewrite } from './lib/proofread/gate';
import { rewrite } from './lib/rewrite';
await warmProofreader();
let notes = 0, withFindings = 0, variants = 0, dropped = 0, emptied = 0;
const times: number[] = [];
for (const f of ['dev', 'extra', 'extra2', 'extra3']) {
  for (const line of readFileSync(`tests/fixtures/${f}.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const { request } = JSON.parse(line);
    notes++;
    const a = performance.now();
    const r = await proofread(request);
    times.push(performance.now() - a);
    if (r.ok && r.result.findings.length) { withFindings++; console.log('D', JSON.stringify(r.result.findings.map(x => [x.ruleId, x.actual, x.suggestions[0]]))); }
    const rw = rewrite(request);
    const g = await gateRewrite(request, rw);
    variants += rw.variants.length; dropped += rw.variants.length - g.variants.length;
    if (rw.variants.length && !g.variants.length) emptied++;
    for (const v of rw.variants) if (!g.variants.includes(v)) { const p = await proofread({ ...request, note: v.text }); console.log('V', v.text, JSON.stringify(p.ok && p.result.findings.map(x => [x.ruleId, x.actual]))); }
  }
}
times.sort((a, b) => a - b);
console.log({ notes, withFindings, variants, dropped, emptied, p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] });
