// Compose interpolation and .env parsing; expected values follow the Compose spec's
// interpolation section (unset vs empty, `$$`, nested defaults, required variables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interpolate, InterpolationError, parseDotEnv } from '../../src/targets/interpolate.js';

const env: Record<string, string> = { SET: 'v', EMPTY: '' };
const lookup = (k: string) => env[k];

test('interpolate: $VAR, ${VAR}, $$ and unset variables', () => {
  assert.equal(interpolate('a$SET/${SET}b', lookup), 'av/vb');
  assert.equal(interpolate('$$SET costs $$5', lookup), '$SET costs $5');
  assert.equal(interpolate('x${UNSET}y$UNSET', lookup), 'xy');
});

test('interpolate: :- and - differ on empty values; :+ and + replace', () => {
  assert.equal(interpolate('${EMPTY:-d}', lookup), 'd');
  assert.equal(interpolate('${EMPTY-d}', lookup), '');
  assert.equal(interpolate('${UNSET-d}', lookup), 'd');
  assert.equal(interpolate('${SET:-d}', lookup), 'v');
  assert.equal(interpolate('${SET:+r}${EMPTY:+r}${EMPTY+r}${UNSET+r}', lookup), 'rr');
  assert.equal(interpolate('${UNSET:-${SET}/x}', lookup), 'v/x');
});

test('interpolate: :? and ? fail with the message; a bare $ is invalid', () => {
  assert.throws(() => interpolate('${EMPTY:?need it}', lookup), (e) => e instanceof InterpolationError && /EMPTY.*need it/.test(e.message));
  assert.equal(interpolate('${EMPTY?need it}', lookup), '');
  assert.throws(() => interpolate('${UNSET?x}', lookup), InterpolationError);
  assert.throws(() => interpolate('a $ b', lookup), InterpolationError);
  assert.throws(() => interpolate('${SET', lookup), InterpolationError);
});

test('.env: export, comments, quotes, earlier keys and the environment', () => {
  const text = ['# comment', 'export A=1', "B='${A} literal'", 'C="x ${A}\\ny" # trailing', 'D=${A}-${OUTER} # comment', 'E=  spaced  ', ''].join('\n');
  const vars = parseDotEnv(text, (k) => (k === 'OUTER' ? 'o' : undefined));
  assert.deepEqual(vars, { A: '1', B: '${A} literal', C: 'x 1\ny', D: '1-o', E: 'spaced' });
});
