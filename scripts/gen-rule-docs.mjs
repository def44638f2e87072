// Writes docs/rules.md from the rule registry (`npm run docs` runs it through tsx, from the sources).
// test/integrations/rules-doc.test.ts fails when the committed file differs from this output.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../src/rules/rules-doc.ts';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);
