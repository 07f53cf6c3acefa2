/**
 * `npx tsx scripts/review-input.ts [OUT]`: writes the input of a blind review of rewrites
 * (../shared/eval/JUDGE.md): for every real-dev note whose label is not strong, and every note of
 * tests/fixtures/rewrite-worst.jsonl, one line `{ id, draft, details, rewrite, placeholders }`
 * with the first variant the API would offer (proofread, fixed and gated; `rewrite: null` when
 * none). No scores: the reviewer reads as a person would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { proofreadRewrite } from '../lib/proofread/gate';
import { noteRequestSchema } from '../lib/schema';

const out = process.argv[2] ?? 'review-input.jsonl';
const lines: string[] = [];
async function main() {
for (const file of ['tests/fixtures/real-dev.jsonl', 'tests/fixtures/rewrite-worst.jsonl']) {
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const row = JSON.parse(raw) as { id: string; request: unknown; expect?: { verdict?: string | string[] } };
    const verdicts = [row.expect?.verdict ?? []].flat();
    if (verdicts.includes('strong')) continue;
    const request = noteRequestSchema.parse(row.request);
    const first = (await proofreadRewrite(request)).variants[0];
    const details = { ...(request.profile ? { recipient: request.profile } : {}), ...(request.sender ? { sender: request.sender } : {}), plan: request.plan ?? 'premium' };
    lines.push(JSON.stringify({ id: row.id, draft: request.note, details, rewrite: first?.text ?? null, placeholders: first?.placeholders ?? [] }));
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} pairs → ${out}`);
}
main().then(() => process.exit(0));
