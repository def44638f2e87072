// SonarSource/docker-sonarqube's example Compose files (sweep 53/C-F1): `args: SONARQUBE_VERSION:
// ${SONARQUBE_VERSION}`, which its README has the user `export` first. Where ctx-audit runs it is unset,
// and the arg was "" for sure: `COPY sonarqube-datacenter-${SONARQUBE_VERSION}.zip` became a missing
// "sonarqube-datacenter-.zip", an error when no .gitignore names it. The value is the environment's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeTargets } from '../../src/targets/compose.js';
import { writeTree } from './helpers.js';

const file = (args: string) => `services:\n  a:\n    build:\n      context: .\n      args:\n${args}`;

test('Compose: a build arg naming a variable with no value here is known only when it runs; one with a default, a value or `$$` is known', () => {
  const dir = writeTree({
    'compose.yaml': file('        V: ${V}\n        W: "app-$W"\n        D: ${D:-1.0}\n        P: $$HOME\n        S: ${SET}\n        PLUS: ${PLUS:+x}\n'),
    'list.yaml': 'services:\n  b:\n    build:\n      context: .\n      args:\n        - V=${V}\n        - K=k\n',
    'Dockerfile': 'FROM alpine\n',
  });
  try {
    const [a] = composeTargets(['compose.yaml'], { cwd: dir.root, env: { SET: 'yes' } });
    assert.deepEqual(a.args, { D: '1.0', P: '$HOME', S: 'yes', PLUS: '' });
    assert.deepEqual(a.argsAtRunTime, { V: '${V}', W: 'app-$W' });
    const [b] = composeTargets(['list.yaml'], { cwd: dir.root, env: {} });
    assert.deepEqual([b.args, b.argsAtRunTime], [{ K: 'k' }, { V: '${V}' }]);
    // Set where it runs: its value.
    const [c] = composeTargets(['compose.yaml'], { cwd: dir.root, env: { V: '2.0', W: 'w', SET: 'yes' } });
    assert.equal(c.argsAtRunTime, undefined);
    assert.equal(c.args.V, '2.0');
  } finally {
    dir.cleanup();
  }
});

test('Compose: an override that sets the arg replaces an earlier layer\'s unset one', () => {
  const dir = writeTree({
    'compose.yaml': file('        V: ${V}\n'),
    'compose.override.yaml': 'services:\n  a:\n    build:\n      args:\n        V: "3.0"\n',
    'Dockerfile': 'FROM alpine\n',
  });
  try {
    const [a] = composeTargets(['compose.yaml', 'compose.override.yaml'], { cwd: dir.root, env: {} });
    assert.deepEqual([a.args, a.argsAtRunTime], [{ V: '3.0' }, undefined]);
  } finally {
    dir.cleanup();
  }
});

// The review of 83000383 (RB-D4): `${X:-${Y}}` reads Y only when X is unset or empty.
test('Compose: a default naming an unset variable counts only when the default is taken', () => {
  const dir = writeTree({ 'compose.yaml': file('        A: ${X:-${Y}}\n        B: ${Z:-${Y}}\n        C: ${X:+$Y}\n'), Dockerfile: 'FROM alpine\n' });
  try {
    const [a] = composeTargets(['compose.yaml'], { cwd: dir.root, env: { X: 'x' } });
    assert.deepEqual([a.args, a.argsAtRunTime], [{ A: 'x' }, { B: '${Z:-${Y}}', C: '${X:+$Y}' }]);
  } finally {
    dir.cleanup();
  }
});
