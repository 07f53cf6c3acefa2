import { analyze } from '../lib/analyzer';
for (const note of process.argv.slice(2)) { const a = analyze({ note }); console.log(a.score, a.verdict, a.checks.map((c) => `${c.id}:${c.status} ${c.findings.map((f) => `${f.ruleId}=${JSON.stringify(f.actual)}`).join(',')}`).join(' | '), '::', note); }
