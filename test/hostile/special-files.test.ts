// Regressions for the readers the torture suite caught hanging: the config file, .gitignore files
// (CTX203) and `<Dockerfile>.dockerignore` were read with readFileSync, which blocks forever on a
// FIFO and never ends on a link to /dev/zero. And the tar writer must not follow a regular file that
// was swapped for a symlink after the walk. Each probe runs in a child with a timeout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { TarContentError } from '../../src/errors.js';
import { writeTar } from '../../src/context/tar-format.js';
import { tempRoot } from './harness.js';

const PROBE = join(dirname(fileURLToPath(import.meta.url)), 'special-file-probe.ts');

function probe(kind: string, target: string): { ok: boolean; name?: string; message?: string; result?: unknown } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', PROBE, kind, target], { timeout: 20_000, encoding: 'utf8' });
  assert.equal(r.signal, null, `${kind} ${target}: blocked (killed after 20 s)`);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function withTree(fn: (dir: string) => void): void {
  const t = tempRoot();
  try {
    fn(t.root);
  } finally {
    t.cleanup();
  }
}

const mkfifo = (p: string) => assert.equal(spawnSync('mkfifo', [p]).status, 0);

test('config: a FIFO or a link to /dev/zero is refused with an InputError, not read', () => {
  withTree((dir) => {
    mkfifo(join(dir, '.ctx-audit.yaml'));
    fs.symlinkSync('/dev/zero', join(dir, '.ctx-audit.json'));
    for (const name of ['.ctx-audit.yaml', '.ctx-audit.json']) {
      const r = probe('config', join(dir, name));
      assert.equal(r.ok, false);
      assert.equal(r.name, 'InputError');
      assert.match(r.message as string, /cannot read config \(not a regular file\)$/);
    }
  });
});

test('CTX203: a FIFO .gitignore is skipped; a symlinked .gitignore is not followed (git >= 2.32 ignores it too)', () => {
  withTree((dir) => {
    fs.mkdirSync(join(dir, '.git'));
    mkfifo(join(dir, '.gitignore'));
    assert.deepEqual(probe('gitignore', dir), { ok: true, result: { 'a.log': false } });
  });
  withTree((dir) => {
    fs.mkdirSync(join(dir, '.git'));
    fs.writeFileSync(join(dir, 'rules'), '*.log\n');
    fs.symlinkSync('rules', join(dir, '.gitignore'));
    assert.deepEqual(probe('gitignore', dir), { ok: true, result: { 'a.log': false } });
    fs.rmSync(join(dir, '.gitignore'));
    fs.copyFileSync(join(dir, 'rules'), join(dir, '.gitignore'));
    assert.deepEqual(probe('gitignore', dir), { ok: true, result: { 'a.log': true } }, 'a real .gitignore still counts');
  });
});

test('readRegularFile: FIFO and /dev/zero are refused without blocking', () => {
  withTree((dir) => {
    mkfifo(join(dir, 'fifo'));
    assert.equal(probe('read', join(dir, 'fifo')).name, 'NotRegularFileError');
    assert.equal(probe('read', '/dev/zero').name, 'NotRegularFileError');
  });
});

test('tar writer: a file swapped for a symlink (or a FIFO) after the walk is not followed', async () => {
  const t = tempRoot();
  try {
    fs.writeFileSync(join(t.root, 'outside-secret'), 'do not read me\n');
    fs.symlinkSync(join(t.root, 'outside-secret'), join(t.root, 'was-a-file'));
    mkfifo(join(t.root, 'was-a-file-too'));
    for (const name of ['was-a-file', 'was-a-file-too']) {
      const item = { name, type: '0' as const, mode: 0o644, size: 15, mtime: 0, linkname: '', devmajor: 0, devminor: 0, source: { path: Buffer.from(join(t.root, name)) } };
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      await assert.rejects(writeTar([item], out), (e: unknown) => e instanceof TarContentError, name);
      assert.ok(!Buffer.concat(chunks).includes('do not read me'), `${name}: content from outside the context`);
    }
  } finally {
    t.cleanup();
  }
});
