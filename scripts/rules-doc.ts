/**
 * Writes docs/rules.md from the analyzer's own data (checks, red-flag rules, score weights), so the
 * docs never drift from the code. `npm run docs`; a test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../lib/analyzer/rules-doc';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc());
console.log('wrote docs/rules.md');
import { renderCriteriaDoc } from '../lib/triage/criteria-doc';

writeFileSync(new URL('../docs/triage-criteria.md', import.meta.url), renderCriteriaDoc());
console.log('wrote docs/triage-criteria.md');
