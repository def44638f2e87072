// Issue 14 item 8: under --builder buildkit the entries are what BuildKit MAY send; a finding on a
// path this target does not request says "eligible", not "sent". The legacy view sends everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditTree } from '../rules/ctx0-harness.js';

const MB = 1000 * 1000;
const shape = {
  files: ['node_modules/a/index.js', 'src/x.js', 'src/node_modules/b/index.js'],
  fileContents: { Dockerfile: 'FROM alpine\nCOPY src /app\n' },
  contents: { 'dump.sql': 2 * MB },
  dockerignore: '',
};

test('BuildKit view: findings on paths the target does not request say "eligible"; requested ones still say "sent"', () => {
  const { findings } = auditTree(shape, { builder: 'buildkit', settings: { maxFileSize: MB } });
  const by = (rule: string, path: string) => findings.find((f) => f.ruleId === rule && f.path === path);
  assert.match(by('CTX003', 'node_modules')!.message, /^dependencies directory is eligible \(BuildKit would not request it for this target\)/);
  assert.equal(by('CTX003', 'node_modules')!.data.requested, false);
  assert.match(by('CTX001', 'dump.sql')!.message, /^eligible file \(BuildKit would not request it for this target\) is 2 MB/);
  // src/node_modules is under COPY src: requested, so sent (and copied into the image).
  assert.match(by('CTX003', 'src/node_modules')!.message, /^dependencies directory is sent/);
});

test('legacy view: the same findings say "sent" (the legacy builder uploads every entry)', () => {
  const { findings } = auditTree(shape, { builder: 'legacy', settings: { maxFileSize: MB } });
  for (const f of findings.filter((x) => x.ruleId === 'CTX003' || x.ruleId === 'CTX001')) {
    assert.doesNotMatch(f.message, /eligible/);
    assert.equal(f.data.requested, undefined);
  }
});

test('BuildKit view: CTX004 says the unused files are eligible but not requested', () => {
  const { findings } = auditTree({ files: ['docs/a.md', 'src/x.js'], fileContents: { Dockerfile: 'FROM alpine\nCOPY src /app\n' }, dockerignore: '' }, { builder: 'buildkit' });
  const f = findings.find((x) => x.ruleId === 'CTX004' && x.path === 'docs/');
  assert.match(f!.message, /^directory eligible \(1 file, \d+ B\) but not requested: no COPY, ADD or bind mount uses it$/);
});

test('BuildKit view: CTX004 on the files directly in ./ says eligible too (none of them is requested)', () => {
  const { findings } = auditTree({ files: ['notes.txt', 'todo.txt', 'src/x.js'], fileContents: { Dockerfile: 'FROM alpine\nCOPY src /app\n' }, dockerignore: '' }, { builder: 'buildkit' });
  const root = findings.filter((x) => x.ruleId === 'CTX004' && !x.path!.includes('/') && x.path !== 'src');
  assert.ok(root.length > 0, JSON.stringify(findings.map((f) => [f.ruleId, f.path, f.message])));
  for (const f of root) assert.match(f.message, /\beligible\b.*but not requested/, f.message);
});

test('BuildKit view: with no stage reading the context, nothing is requested, so every sent-entry finding says eligible', () => {
  const { findings } = auditTree({ files: ['node_modules/a/index.js', 'docs/a.md'], fileContents: { Dockerfile: 'FROM alpine\nRUN true\n' }, dockerignore: '' }, { builder: 'buildkit' });
  const entryFindings = findings.filter((f) => ['CTX003', 'CTX004'].includes(f.ruleId));
  assert.ok(entryFindings.length >= 2, JSON.stringify(findings.map((f) => [f.ruleId, f.path])));
  for (const f of entryFindings) {
    assert.match(f.message, /eligible/, f.message);
    assert.doesNotMatch(f.message, /\bsent\b/, f.message);
  }
});

test('BuildKit view: a path the target does not request is info whatever the rule (it is neither read nor transferred); requested paths and the legacy view keep their severity', () => {
  const bk = auditTree(shape, { builder: 'buildkit', settings: { maxFileSize: MB } }).findings;
  const sev = (fs: typeof bk, rule: string, path: string) => fs.find((f) => f.ruleId === rule && f.path === path)?.severity;
  assert.equal(sev(bk, 'CTX003', 'node_modules'), 'info');
  assert.equal(sev(bk, 'CTX001', 'dump.sql'), 'info');
  // Requested by COPY src and copied into the image: raised from warning, not capped.
  assert.equal(sev(bk, 'CTX003', 'src/node_modules'), 'error');
  const legacy = auditTree(shape, { builder: 'legacy', settings: { maxFileSize: MB } }).findings;
  assert.equal(sev(legacy, 'CTX003', 'node_modules'), 'warning');
  assert.equal(sev(legacy, 'CTX001', 'dump.sql'), 'warning');
});
