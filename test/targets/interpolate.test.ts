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

// compose-go (template/template.go) reports an invalid template only for `${` not closed on a name;
// any other `$` stays as written: grist-core's keycloak healthcheck `$(...)`, netdata's `$?`, docker
// compose's own e2e fixtures (`echo $(seq 10)`), which ctx-audit refused with exit 2 before.
test('interpolate: a $ not followed by a name, { or $ stays as written ($(cmd), $?, $ , $1)', () => {
  assert.equal(interpolate('a $ b', lookup), 'a $ b');
  assert.equal(interpolate('test $(curl -s localhost) && echo $? $1 $SET', lookup), 'test $(curl -s localhost) && echo $? $1 v');
  assert.equal(interpolate('cost: 5$', lookup), 'cost: 5$');
});

test('interpolate: :? and ? fail with the message; an unclosed or nameless ${ is invalid', () => {
  assert.throws(() => interpolate('${EMPTY:?need it}', lookup), (e) => e instanceof InterpolationError && /EMPTY.*need it/.test(e.message));
  assert.equal(interpolate('${EMPTY?need it}', lookup), '');
  assert.throws(() => interpolate('${UNSET?x}', lookup), InterpolationError);
  assert.throws(() => interpolate('${SET', lookup), InterpolationError);
  assert.throws(() => interpolate('${1x}', lookup), InterpolationError);
  assert.throws(() => interpolate('${}', lookup), InterpolationError);
});

test('.env: export, comments, quotes, earlier keys and the environment', () => {
  const text = ['# comment', 'export A=1', "B='${A} literal'", 'C="x ${A}\\ny" # trailing', 'D=${A}-${OUTER} # comment', 'E=  spaced  ', ''].join('\n');
  const vars = parseDotEnv(text, (k) => (k === 'OUTER' ? 'o' : undefined));
  assert.deepEqual(vars, { A: '1', B: '${A} literal', C: 'x 1\ny', D: '1-o', E: 'spaced' });
});
