// docs/rules.md is generated from the registry (`npm run docs`); SARIF helpUri and `explain` link
// to its headings. This fails when the committed file drifts or an anchor would not resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules, helpUri, REPOSITORY_URL, RULE_DOCS_BASE } from '../../src/rules/registry.js';
import { renderRulesDoc } from '../../src/reporters/rules-doc.js';
import { CONFIG_SCHEMA_URL } from '../../src/config/schema.js';
import { ROOT } from './helpers.js';

const DOC = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');

/** GitHub's heading anchors: lower-case, punctuation other than `-` and `_` dropped, spaces to `-`, repeats get `-1`, `-2`. */
function githubAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    const m = !inFence && /^#{1,6} (.+)$/.exec(line);
    if (!m) continue;
    const base = m[1].trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

test('docs/rules.md is exactly what `npm run docs` generates from the registry', () => {
  assert.equal(DOC, renderRulesDoc(), 'docs/rules.md drifted from the registry: run `npm run docs` and commit the result');
});

test('docs/rules.md: a changed rule would be caught (the comparison is not vacuous)', () => {
  const rules = allRules().map((r, i) => (i === 3 ? { ...r, docs: { ...r.docs, fix: r.docs.fix + ' Also.' } } : r));
  assert.notEqual(renderRulesDoc(rules), DOC);
});

test('every rule has a section whose GitHub anchor is its helpUri fragment, with its docs in it', () => {
  const anchors = githubAnchors(DOC);
  for (const rule of allRules()) {
    const uri = helpUri(rule);
    assert.ok(uri.startsWith(`${RULE_DOCS_BASE}#`), uri);
    const fragment = uri.slice(RULE_DOCS_BASE.length + 1);
    assert.ok(anchors.has(fragment), `${rule.id}: #${fragment} is not a heading anchor in docs/rules.md`);
    const start = DOC.indexOf(`\n## ${rule.id} `);
    const end = DOC.indexOf('\n## ', start + 1);
    const section = DOC.slice(start, end < 0 ? undefined : end);
    for (const part of [rule.docs.summary, rule.docs.why, rule.docs.fix, rule.docs.bad, rule.docs.good]) {
      assert.ok(part.trim().length > 0 && section.includes(part.trim()), `${rule.id}: docs text missing from its section`);
    }
  }
});

test('the docs URL is built from the one repository placeholder', () => {
  assert.ok(RULE_DOCS_BASE.startsWith(REPOSITORY_URL + '/'), RULE_DOCS_BASE);
  assert.ok(RULE_DOCS_BASE.endsWith('/docs/rules.md'), RULE_DOCS_BASE);
});

test("package.json's homepage, repository and bugs, and the config schema's $id, are the same repository URL", () => {
  assert.match(REPOSITORY_URL, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { homepage: string; repository: { type: string; url: string }; bugs: { url: string } };
  assert.equal(pkg.homepage, `${REPOSITORY_URL}#readme`);
  assert.deepEqual(pkg.repository, { type: 'git', url: `git+${REPOSITORY_URL}.git` });
  assert.deepEqual(pkg.bugs, { url: `${REPOSITORY_URL}/issues` });
  assert.ok(CONFIG_SCHEMA_URL.startsWith(REPOSITORY_URL + '/'), CONFIG_SCHEMA_URL);
  assert.ok(CONFIG_SCHEMA_URL.endsWith('/ctx-audit.schema.json'), CONFIG_SCHEMA_URL);
});
