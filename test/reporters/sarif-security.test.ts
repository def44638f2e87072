// SARIF for GitHub code scanning: the credential rules carry `security-severity` and the `security`
// tag (code scanning ranks security alerts by that score, and treats a rule as a security rule only
// with the tag); every other rule carries neither. The bands are GitHub's: "over 9.0 is critical,
// 7.0 to 8.9 is high, 4.0 to 6.9 is medium and 3.9 or less is low".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAudit } from '../../src/audit.js';
import { renderSarif } from '../../src/reporters/sarif.js';

interface SarifRule {
  id: string;
  properties: { tags: string[]; 'security-severity'?: string };
}

function band(score: number): string {
  if (score > 9.0) return 'critical';
  if (score >= 7.0) return 'high';
  if (score >= 4.0) return 'medium';
  return 'low';
}

test('SARIF: secret-content is critical, secret-file high, gitignored-but-sent medium; no other rule is a security rule', () => {
  const ctx = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-sarif-sec-'));
  try {
    fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY . /app/\n');
    // A secret by name only (no credential inside: nothing that looks like a key is committed).
    fs.writeFileSync(path.join(ctx, '.env'), 'GREETING=hello\n');
    const doc = JSON.parse(renderSarif(runAudit({ context: ctx, cwd: ctx, builder: 'buildkit' }))) as {
      runs: Array<{ tool: { driver: { rules: SarifRule[] } }; results: Array<{ ruleId: string; ruleIndex: number }> }>;
    };
    const rules = doc.runs[0].tool.driver.rules;
    const scored = new Map<string, number>();
    for (const r of rules) {
      const s = r.properties['security-severity'];
      assert.equal(r.properties.tags.includes('security'), s !== undefined, `${r.id}: the security tag and the score go together`);
      if (s === undefined) continue;
      // A string holding a number with one decimal, within 0.0..10.0.
      assert.match(s, /^(10|\d)\.\d$/, `${r.id}: ${s}`);
      scored.set(r.id, Number(s));
    }
    assert.deepEqual([...scored.keys()].sort(), ['CTX201', 'CTX202', 'CTX203']);
    assert.equal(band(scored.get('CTX202') as number), 'critical');
    assert.equal(band(scored.get('CTX201') as number), 'high');
    assert.equal(band(scored.get('CTX203') as number), 'medium');
    // The .env result points at the rule that carries the score.
    const hit = doc.runs[0].results.find((x) => x.ruleId === 'CTX201');
    assert.ok(hit, 'no CTX201 result for .env');
    assert.equal(rules[hit.ruleIndex].properties['security-severity'], String(scored.get('CTX201')?.toFixed(1)));
  } finally {
    fs.rmSync(ctx, { recursive: true, force: true });
  }
});
