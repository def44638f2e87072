// Inline `# ctx-audit ignore=` comments: which instruction each governs, and which findings they drop.
// Expected lines are counted by hand from the Dockerfiles written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSuppressions } from '../../src/findings/suppressions.js';
import { auditTree } from '../rules/ctx0-harness.js';

test('a pragma governs the next instruction, across blank lines and other comments, including its continuation lines', () => {
  const s = readSuppressions(['FROM alpine', '# ctx-audit ignore=CTX101', '', '# a note', 'COPY a \\', '  b /x/', 'RUN true'].join('\n'));
  assert.deepEqual(s, [{ line: 2, rules: ['CTX101'], instruction: { startLine: 5, endLine: 6 } }]);
});

test('several ids, spaces around commas, any case of the keyword; names are kept as written', () => {
  const s = readSuppressions('  #ctx-audit IGNORE = CTX101, copy-source-ignored ,CTX005\nCOPY a /\n');
  assert.deepEqual(s[0].rules, ['CTX101', 'copy-source-ignored', 'CTX005']);
  assert.deepEqual(s[0].instruction, { startLine: 2, endLine: 2 });
});

test('a pragma inside an instruction (continuation or heredoc body) is not a suppression', () => {
  const text = ['FROM alpine', 'COPY a \\', '# ctx-audit ignore=CTX101', '  b /x/', 'RUN <<EOF', '# ctx-audit ignore=CTX101', 'EOF', 'COPY c /'].join('\n');
  assert.deepEqual(readSuppressions(text), []);
});

test('a pragma with no instruction after it governs nothing', () => {
  assert.deepEqual(readSuppressions('FROM alpine\n# ctx-audit ignore=CTX101\n'), [{ line: 2, rules: ['CTX101'], instruction: null }]);
});

test('other comments (hadolint pragmas, prose) are not ctx-audit suppressions', () => {
  assert.deepEqual(readSuppressions('# hadolint ignore=DL3003\n# ctx-audit: ignore nothing\nFROM alpine\n'), []);
});

test('drops the suppressed finding on that instruction only; the same rule elsewhere still reports', () => {
  const dockerfile = ['FROM alpine', '# ctx-audit ignore=CTX101', 'COPY missing-a /a/', 'COPY missing-b /b/', ''].join('\n');
  const { findings } = auditTree({ files: [], fileContents: { Dockerfile: dockerfile }, dockerignore: '' });
  const ctx101 = findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.line);
  assert.deepEqual(ctx101, [4]);
  assert.equal(findings.filter((f) => f.ruleId === 'CTX901').length, 0);
});

test('a rule name works like its id, and a suppression for one rule leaves another rule on the same line', () => {
  // COPY . /app/ is CTX005 (whole-context copy); ignoring CTX101 there suppresses nothing.
  const dockerfile = ['FROM alpine', '# ctx-audit ignore=whole-context-copy', 'COPY . /app/', '# ctx-audit ignore=CTX101', 'COPY . /app2/', ''].join('\n');
  const { findings } = auditTree({ files: ['app.js'], fileContents: { Dockerfile: dockerfile }, dockerignore: '' });
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'CTX005').map((f) => f.line),
    [5],
  );
  const unused = findings.filter((f) => f.ruleId === 'CTX901');
  assert.deepEqual(
    unused.map((f) => [f.line, f.data]),
    [[4, { rule: 'CTX101', isKnownRule: true, instructionLine: 5 }]],
  );
});

test('findings without a Dockerfile line (a secret file by path) are not suppressed by a comment on its COPY', () => {
  const dockerfile = ['FROM alpine', '# ctx-audit ignore=CTX201', 'COPY .env /app/', ''].join('\n');
  const { findings } = auditTree({ files: ['.env'], fileContents: { Dockerfile: dockerfile }, dockerignore: '' });
  assert.equal(findings.filter((f) => f.ruleId === 'CTX201').length, 1);
  assert.equal(findings.filter((f) => f.ruleId === 'CTX901').length, 1);
});
