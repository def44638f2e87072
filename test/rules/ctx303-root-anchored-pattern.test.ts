import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX303 counts deeper matches a gitignore-style pattern misses and suggests **/', () => {
  const f = findingsOf('CTX303', {
    files: ['node_modules/root.js', 'api/node_modules/a.js', 'api/node_modules/b.js', 'web/node_modules/c.js', 'logs/x.log', 'src/app.js'],
    dockerignore: 'node_modules\n*.log\n',
  });
  assert.deepEqual(
    f.map((x) => [x.line, x.data.pattern, x.data.matches, x.data.files, x.data.suggestion]),
    [
      [1, 'node_modules', 2, 3, '**/node_modules'],
      [2, '*.log', 1, 1, '**/*.log'],
    ],
  );
});

test('CTX303 is silent for **/ patterns, paths with a slash, and when nothing deeper matches', () => {
  assert.deepEqual(findingsOf('CTX303', { files: ['a/node_modules/x', 'a/b.log', 'c.tmp'], dockerignore: '**/node_modules\na/*.log\n*.tmp\n' }), []);
});

test('CTX303 is silent for patterns anchored on purpose: `/x` and `./x`', () => {
  assert.deepEqual(findingsOf('CTX303', { files: ['data/a', 'src/app/data/m.ts', 'build/b', 'pkg/build/c'], dockerignore: './data\n/build\n' }), []);
});

test('CTX303 is silent when every deeper match is needed by a COPY source; it counts only the unneeded ones otherwise', () => {
  const needed = findingsOf('CTX303', {
    files: ['export/big.csv', 'src/documents/export/a.py'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY src /src\n' },
    dockerignore: 'export\n',
  });
  assert.deepEqual(needed, []);
  const mixed = findingsOf('CTX303', {
    files: ['static/r.css', 'web/static/w.css', 'docs/static/a.pdf', 'docs/static/b.pdf', 'tools/static/t'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY web /web\n' },
    dockerignore: 'static\n',
  });
  assert.equal(mixed.length, 1);
  const d = mixed[0].data;
  // web/static is needed by COPY web: **/static would drop it, so the advice names the others.
  assert.deepEqual([d.matches, d.files, d.safe, d.suggestion, d.paths, d.needed], [2, 3, false, null, ['docs/static', 'tools/static'], 'web/static']);
  assert.match(mixed[0].message, /would also drop web\/static, which COPY web \(line 2\) copies/);
});
