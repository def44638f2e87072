// CTX006 many-small-files: the upload is mostly tar headers and padding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';
import { MANY_SMALL_FILES_MIN_OVERHEAD } from '../../src/rules/ctx006-many-small-files.js';

/** `n` one-byte files spread over directories of 500 under `top/`. */
function smallFiles(top: string, n: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) out[`${top}/d${Math.floor(i / 500)}/f${i}`] = 'x';
  return out;
}

test('CTX006 fires when headers and padding outweigh the content and pass the floor, naming the busiest top-level directory', () => {
  // Each one-byte file takes a 512-byte header and 511 bytes of padding: 1,023 bytes of overhead.
  const n = Math.ceil(MANY_SMALL_FILES_MIN_OVERHEAD / 1023) + 100;
  const f = findingsOf('CTX006', { files: ['app.js'], contents: { ...smallFiles('node_modules', n), 'big.bin': 1_000_000 }, dockerignore: '' });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].path, 'node_modules');
  const d = f[0].data as { entries: number; contentBytes: number; overheadBytes: number; busiest: { path: string; entries: number } };
  // n files + their n/500 directories + node_modules itself.
  assert.equal(d.busiest.path, 'node_modules');
  assert.equal(d.busiest.entries, n + Math.ceil(n / 500) + 1);
  assert.ok(d.overheadBytes > d.contentBytes && d.overheadBytes >= MANY_SMALL_FILES_MIN_OVERHEAD);
  assert.ok(d.contentBytes >= 1_000_000 + n);
  assert.match(f[0].message, /entries cost [\d.]+ MB of tar headers and padding, more than their [\d.]+ MB of content; [\d,]+ of them are under node_modules\/$/);
});

test('CTX006 is silent when content dominates, or when the overhead is small', () => {
  const n = Math.ceil(MANY_SMALL_FILES_MIN_OVERHEAD / 1023) + 100;
  // The same files beside more content than their overhead.
  assert.deepEqual(findingsOf('CTX006', { files: [], contents: { ...smallFiles('vendor', n), 'data.bin': 2 * MANY_SMALL_FILES_MIN_OVERHEAD }, dockerignore: '' }), []);
  // Overhead outweighs content, but only ~1 MB of it.
  assert.deepEqual(findingsOf('CTX006', { files: [], contents: smallFiles('src', 1000), dockerignore: '' }), []);
});
