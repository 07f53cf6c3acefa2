import { analyze } from '../lib/analyzer';
const note = process.argv[2] as string;
const a = analyze({ note });
console.log(a.score, a.verdict, JSON.stringify(a.stats));
for (const c of a.checks) console.log(c.id, c.status, c.message, c.findings.map((f) => `${f.ruleId}:${JSON.stringify(f.actual)}`).join(' | '));
