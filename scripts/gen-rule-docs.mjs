// Writes the files generated from the sources (`npm run docs` runs it through tsx):
//   docs/rules.md            from the rule registry (test/integrations/rules-doc.test.ts)
//   ctx-audit.schema.json    the config's JSON Schema, from its definition (test/unit/config-schema.test.ts)
// Each test fails when the committed file differs from this output.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../src/reporters/rules-doc.ts';
import { renderConfigSchema } from '../src/config/schema.ts';

for (const [rel, text] of [
  ['../docs/rules.md', renderRulesDoc()],
  ['../ctx-audit.schema.json', renderConfigSchema()],
]) {
  const target = fileURLToPath(new URL(rel, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
