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
