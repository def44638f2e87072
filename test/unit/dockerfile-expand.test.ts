// The shell-style expander (BuildKit shell/lex.go ProcessWord subset). Expected values follow POSIX
// parameter expansion as BuildKit documents it for Dockerfiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandWord } from '../../src/dockerfile/expand.js';

const vars = new Map([
  ['A', 'alpha'],
  ['EMPTY', ''],
  ['DIR', 'src/app'],
]);
const x = (w: string, opts = {}) => expandWord(w, vars, opts);

test('plain and braced references', () => {
  assert.deepEqual(x('$A'), { value: 'alpha', unset: [] });
  assert.deepEqual(x('${A}/x'), { value: 'alpha/x', unset: [] });
  assert.deepEqual(x('$DIR/*.go'), { value: 'src/app/*.go', unset: [] });
  assert.deepEqual(x('pre${A}post'), { value: 'prealphapost', unset: [] });
});

test('unset variables expand to "" and are reported', () => {
  assert.deepEqual(x('$NOPE'), { value: '', unset: ['NOPE'] });
  assert.deepEqual(x('${NOPE}/a'), { value: '/a', unset: ['NOPE'] });
});

test(':- and - defaults, :+ and + alternatives', () => {
  assert.equal(x('${NOPE:-def}').value, 'def');
  assert.equal(x('${EMPTY:-def}').value, 'def');
  assert.equal(x('${EMPTY-def}').value, '');
  assert.equal(x('${NOPE-def}').value, 'def');
  assert.equal(x('${A:-def}').value, 'alpha');
  assert.equal(x('${A:+alt}').value, 'alt');
  assert.equal(x('${EMPTY:+alt}').value, '');
  assert.equal(x('${EMPTY+alt}').value, 'alt');
  assert.equal(x('${NOPE:+alt}').value, '');
  assert.equal(x('${NOPE:-$A/x}').value, 'alpha/x');
  assert.deepEqual(x('${NOPE:-d}').unset, []);
});

test('quotes and the escape character', () => {
  assert.equal(x("'$A'").value, '$A');
  assert.equal(x('"$A b"').value, 'alpha b');
  assert.equal(x('\\$A').value, '$A');
  assert.equal(x('`$A', { escape: '`' }).value, '$A');
  assert.equal(x('"$A"', { quotes: false }).value, '"alpha"');
  assert.equal(x('$').value, '$');
  assert.equal(x('a$1').value, 'a$1');
});
