import { analyze, parseNote } from '../lib/analyzer';
import { editDraft } from '../lib/rewrite/edit';
import { factsOf } from '../lib/rewrite/facts';
const note = process.argv[2] ?? '';
const req = { note };
const e = editDraft(parseNote(note), analyze(req), req, factsOf(req));
console.log(JSON.stringify(e.lines.map((l) => [l.text, [...l.roles], l.order])), e.changes.map((c) => c.description));
