import { readFileSync } from 'node:fs';
import { proofread, warmProofreader } from './lib/proofread';
await warmProofreader();
for (const f of ['dev', 'extra', 'extra2', 'extra3']) {
  for (const line of readFileSync(`tests/fixtures/${f}.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const { request } = JSON.parse(line);
    const r = await proofread(request);
    if (r.ok) for (const x of r.result.findings) if (!['spelling'].includes(x.ruleId) || x.actual.includes('.')) console.log(x.ruleId, JSON.stringify(x.actual), '→', x.suggestions, '|', request.note.slice(Math.max(0, x.span.start - 40), x.span.end + 30).replace(/\n/g, ' '), '|', x.message);
  }
}
