import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRules, RULE_IDS, RULES } from '../../src/rules/registry.js';
import { renderRuleTable } from '../../src/reporters/rules.js';
import { runCli } from './cli-io.js';

test('every rule is registered under its own id, with a kebab-case name and full docs', () => {
  const names = new Set<string>();
  for (const id of RULE_IDS) {
    const r = RULES[id];
    assert.equal(r.id, id);
    assert.match(r.name, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(!names.has(r.name), `duplicate name ${r.name}`);
    names.add(r.name);
    for (const k of ['summary', 'why', 'fix', 'bad', 'good'] as const) assert.ok(r.docs[k].trim().length > 0, `${id} docs.${k}`);
  }
  assert.deepEqual([...RULE_IDS].sort(), [...RULE_IDS]);
});

test('the Markdown rule table has one row per rule', () => {
  const rows = renderRuleTable().trim().split('\n').slice(2);
  assert.deepEqual(
    rows.map((r) => r.split('|')[1].trim()),
    allRules().map((r) => r.id),
  );
});

test('ctx-audit rules lists every id; explain prints one rule by id or name; unknown is exit 2', async () => {
  const list = await runCli(['rules'], process.cwd());
  assert.equal(list.code, 0);
  for (const id of RULE_IDS) assert.ok(list.stdout.includes(id), id);
  const json = JSON.parse((await runCli(['rules', '--format', 'json'], process.cwd())).stdout);
  assert.equal(json.length, RULE_IDS.length);
  const byId = await runCli(['explain', 'ctx303'], process.cwd());
  const byName = await runCli(['explain', 'root-anchored-pattern'], process.cwd());
  assert.equal(byId.code, 0);
  assert.equal(byId.stdout, byName.stdout);
  for (const h of ['Why', 'How to fix', 'Bad', 'Good']) assert.ok(byId.stdout.includes(h), h);
  // "More" points at the rule docs shipped in the package (a file that exists, with that section),
  // not only at a URL.
  const more = /^More: (.+docs\/rules\.md), section "CTX303 root-anchored-pattern"/m.exec(byId.stdout);
  assert.ok(more, byId.stdout);
  assert.ok(readFileSync(more[1], 'utf8').includes('\n## CTX303 root-anchored-pattern\n'), more[1]);
  const bad = await runCli(['explain', 'CTX999'], process.cwd());
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown rule "CTX999"/);
});
