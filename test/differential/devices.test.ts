// Character and block devices are archived header-only with devmajor/devminor from st_rdev (R31).
// Checked byte for byte against the docker CLI: the Linux major/minor split of st_rdev (12+20 bits)
// is ours, so a device with a minor above 255 and a major above 255 is the case that matters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureUpload } from '../helpers/docker-oracle.js';
import { buildTree, makeScratchDir } from '../helpers/trees.js';

const BIN = fileURLToPath(new URL('../../bin/ctx-audit.js', import.meta.url));

test('devices: ctx-audit tar equals docker\'s upload byte for byte (major/minor split of st_rdev)', async () => {
  assert.equal(process.getuid?.(), 0, 'mknod needs root (CI runs as root)');
  const tree = buildTree({ files: ['Dockerfile'], fileContents: { Dockerfile: 'FROM scratch\n' } });
  const out = makeScratchDir();
  try {
    for (const [name, type, major, minor] of [['null', 'c', 1, 3], ['big', 'c', 511, 70000], ['blk', 'b', 259, 300]] as const) {
      const r = spawnSync('mknod', [join(tree.ctx, name), type, String(major), String(minor)]);
      assert.equal(r.status, 0, `mknod ${name}: ${r.stderr}`);
    }
    const docker = await captureUpload({ context: tree.ctx });
    assert.equal(docker.exitCode, 0, docker.stderr);
    const file = join(out.dir, 'ctx.tar');
    const ours = spawnSync(process.execPath, [BIN, 'tar', tree.ctx, '--builder', 'legacy', '-o', file], { cwd: tree.ctx, encoding: 'utf8' });
    assert.equal(ours.status, 0, ours.stderr);
    const mine = readFileSync(file);
    assert.equal(mine.length, docker.tar!.length);
    assert.ok(mine.equals(docker.tar!), 'byte-identical to the upload');
    // And the header fields hold what mknod was given (offsets 329/337, octal, R38).
    const headerOf = (n: string) => {
      for (let o = 0; o < mine.length; o += 512) if (mine.toString('latin1', o, o + 100).replace(/\0.*$/s, '') === n) return o;
      throw new Error(`${n} not found`);
    };
    const big = headerOf('big');
    assert.equal(parseInt(mine.toString('latin1', big + 329, big + 336), 8), 511);
    assert.equal(parseInt(mine.toString('latin1', big + 337, big + 344), 8), 70000);
  } finally {
    tree.cleanup();
    out.cleanup();
  }
});
