// ctx-audit's one unit style, and the tar-overhead note built on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatCount, formatSize } from '../../src/units.js';
import { tarOverheadNote } from '../../src/reporters/verdict-text.js';
import type { ContextReport } from '../../src/audit.js';

test('sizes round as docker does, with a space before the unit; exact counts group digits', () => {
  assert.equal(formatSize(9728), '9.728 kB');
  assert.equal(formatSize(26), '26 B');
  assert.equal(formatSize(2_400_000), '2.4 MB');
  assert.equal(formatSize(32_639_095), '32.64 MB');
  assert.equal(formatBytes(32_639_095), '32,639,095 B');
  assert.equal(formatCount(200_000), '200,000');
});

test('the tar-overhead note appears only when headers and padding outweigh the content and pass the floor', () => {
  const ctx = (tarBytes: number, contentBytes: number, entries: number) => ({ tarBytes, contentBytes, entries }) as ContextReport;
  // The 200k-file context: 27.44 MB of content, 205.6 MB of tar.
  const note = tarOverheadNote(ctx(205_600_000, 27_440_000, 200_000));
  assert.equal(
    note,
    'Tar overhead: 178.2 MB of the 205.6 MB legacy upload is tar headers and padding, not content (27.44 MB): each of the 200,000 entries takes a 512-byte header and each file is padded to a multiple of 512 bytes, so here the number of files is the cost (see CTX006).',
  );
  assert.equal(tarOverheadNote(ctx(205_600_000, 120_000_000, 200_000)), null, 'content dominates');
  assert.equal(tarOverheadNote(ctx(3_000_000, 500_000, 3000)), null, 'too small to matter');
});
