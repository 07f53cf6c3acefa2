import { parseNote, analyze } from '../lib/analyzer';
const notes = process.argv.slice(2);
for (const note of notes) {
  const d = parseNote(note);
  console.log(JSON.stringify({ g: d.greeting && note.slice(d.greeting.start, d.greeting.end), name: d.greeting?.name?.text, s: d.sentences.map(s => note.slice(s.start, s.end)), so: d.signOff && note.slice(d.signOff.start, d.signOff.end) }));
  const a = analyze({ note, profile: { name: 'Alex Moreno', schools: ['University of Michigan'] }, sender: { schools: ['University of Michigan'] } });
  console.log(a.score, a.checks.map(c => c.id + ':' + c.status + ' ' + c.findings.map(f => f.ruleId + '=' + JSON.stringify(f.actual)).join(' ')).join(' | '));
}
