// Words and paths with variables read as patterns (src/context/variable-pattern.ts): what they match,
// and that a stranger's word cannot make the match take exponential time (the review of 9bb66d90:
// `$a$a$a...-` as `^.*.*.*-$` hung --all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasVariable, matchesPattern, matchesPrefix, variablePattern } from '../../src/context/variable-pattern.js';

test('variablePattern: each variable stands for any text; the rest is literal', () => {
  const m = (word: string, s: string) => matchesPattern(variablePattern(word), s);
  assert.equal(m('shlink_db_${{ inputs.platform }}', 'shlink_db_postgres'), true);
  assert.equal(m('shlink_db_${{ inputs.platform }}', 'shlink_db_'), true);
  assert.equal(m('shlink_db_${{ inputs.platform }}', 'shlink_php'), false);
  assert.equal(m('${A}-${B}', 'x-y'), true);
  assert.equal(m('${A}-${B}', 'xy'), false);
  assert.equal(m('$SVC', 'anything.at/all'), true);
  assert.equal(m('app_$(echo x)', 'app_1'), true);
  // Without glob, wildcard characters are literal.
  assert.equal(m('a*${X}', 'abc'), false);
  assert.equal(m('a*${X}', 'a*bc'), true);
  assert.equal(hasVariable('a$'), false);
  assert.equal(hasVariable('a${{ x }}'), true);
  assert.equal(hasVariable('$1'), false);
});

test('variablePattern with glob and dirs: a path that may name a file or a directory holding it', () => {
  const m = (word: string, s: string) => matchesPattern(variablePattern(word, { glob: true, dirs: true }), s, true);
  assert.equal(m('${CODE_PATH}', 'conf/server.key'), true);
  assert.equal(m('${DIR}/server.key', 'server.key'), true);
  assert.equal(m('${DIR}/server.key', 'conf/dev/server.key'), true);
  assert.equal(m('${DIR}/server.key', 'conf/dev/server.keys'), false);
  assert.equal(m('conf/${ENV}', 'conf/prod/tls.key'), true);
  assert.equal(m('conf/*/${N}', 'conf/x/a.key'), true);
  assert.equal(m('conf/*/${N}', 'conf/a.key'), false);
  assert.equal(m('conf/[ab]${N}', 'conf/a1'), true);
  assert.equal(m('conf/\\*${N}', 'conf/*1'), true);
  assert.equal(m('conf/\\*${N}', 'conf/x1'), false);
  assert.equal(m('web/${N}', 'conf/a.key'), false);
  // Not below without orBelow.
  assert.equal(matchesPattern(variablePattern('conf', { glob: true }), 'conf/a'), false);
});

test('matchesPattern: words made to backtrack finish, and answer right', () => {
  const name = 'a'.repeat(36);
  const cases: [string, boolean][] = [
    ['$a'.repeat(12) + '-', false],
    ['$a'.repeat(250) + '-', false],
    ['${x}a'.repeat(100) + 'b', false],
    // 30 literal a's with a variable before each: a name of 36 a's has room; 40 do not fit.
    ['${x}a'.repeat(30), true],
    ['${x}a'.repeat(40), false],
  ];
  for (const [word, want] of cases) assert.equal(matchesPattern(variablePattern(word), name), want, word.slice(0, 40));
  assert.equal(matchesPattern(variablePattern('*'.repeat(2000) + 'x', { glob: true }), 'y'.repeat(2000)), false);
});

test('matchesPrefix: whether what a pattern names may lie at or below a directory', () => {
  const below = (word: string, dir: string) => matchesPrefix(variablePattern(word, { glob: true, dirs: true }), dir + '/');
  assert.equal(below('${KEYFILE}.crt', 'conf'), true);
  assert.equal(below('*.crt', 'conf'), false);
  assert.equal(below('shared/db/${E}', 'shared/db/mariadb'), true);
  assert.equal(below('shared/db/${E}', 'shared'), true);
  assert.equal(below('shared/db/${E}', 'app'), false);
  assert.equal(below('bin-${ARCH}/kopia', 'bin-arm64'), true);
  assert.equal(below('bin-${ARCH}/kopia', 'lib'), false);
  assert.equal(below('conf/*/${N}', 'conf/x'), true);
  assert.equal(below('conf/?', 'conf/ab'), false);
});
