// CTX901 unused-suppression: valid (every suppression drops something) and invalid cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

const df = (...lines: string[]) => ({ Dockerfile: lines.join('\n') + '\n' });

test('valid: a suppression that drops a finding is not reported', () => {
  const found = findingsOf('CTX901', { files: [], fileContents: df('FROM alpine', '# ctx-audit ignore=CTX101', 'COPY nope /x/'), dockerignore: '' });
  assert.deepEqual(found, []);
});

test('invalid: a suppression on an instruction with nothing to suppress, at the comment line, severity info', () => {
  const found = findingsOf('CTX901', { files: ['a'], fileContents: df('FROM alpine', '', '# ctx-audit ignore=CTX101', 'COPY a /x/'), dockerignore: '' });
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.equal(found[0].file, 'Dockerfile');
  assert.equal(found[0].line, 3);
  assert.deepEqual(found[0].data, { rule: 'CTX101', isKnownRule: true, instructionLine: 4 });
});

test('invalid: an id that names no rule, and a pragma at the end of the file', () => {
  const found = findingsOf('CTX901', { files: ['a'], fileContents: df('FROM alpine', '# ctx-audit ignore=CTX999', 'COPY a /x/', '# ctx-audit ignore=CTX101'), dockerignore: '' });
  assert.deepEqual(
    found.map((f) => [f.line, f.data.rule, f.data.isKnownRule, f.data.instructionLine]),
    [
      [2, 'CTX999', false, 3],
      [4, 'CTX101', true, null],
    ],
  );
});

test('one id of two unused: only that id is reported', () => {
  const found = findingsOf('CTX901', { files: [], fileContents: df('FROM alpine', '# ctx-audit ignore=CTX101,CTX102', 'COPY nope /x/'), dockerignore: '' });
  assert.deepEqual(
    found.map((f) => f.data.rule),
    ['CTX102'],
  );
});

test('a suppression for a rule the config turns off is not reported; CTX901 itself can be turned off', () => {
  const shape = { files: ['a'], fileContents: df('FROM alpine', '# ctx-audit ignore=CTX101', 'COPY a /x/'), dockerignore: '' };
  assert.deepEqual(findingsOf('CTX901', shape, { findings: { severity: { CTX101: 'off' } } }), []);
  assert.deepEqual(findingsOf('CTX901', shape, { findings: { severity: { CTX901: 'off' } } }), []);
  assert.equal(findingsOf('CTX901', shape, { findings: { severity: { CTX901: 'warning' } } })[0].severity, 'warning');
});
