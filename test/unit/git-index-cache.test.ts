// readGitIndex keeps what it parsed while the index file stays the same: a run of many targets asked for
// one repository's index again per target (bunkerweb: 240 targets, a 1.1 MB index parsed ~100 times,
// 1.7 s; sweep 53/W-F3). A change of the file (a `git add` between two runs of a process) is read again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGitIndex } from '../../src/context/git-index.js';
import { git } from '../helpers/committed.js';
import { buildTree } from '../helpers/trees.js';

test('readGitIndex: parsed once while the index file is unchanged; read again when it changes', () => {
  const tree = buildTree({ files: ['a.txt', 'b.txt'], dockerignore: null });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', 'a.txt');
    const gitDir = join(tree.ctx, '.git');
    const first = readGitIndex(gitDir);
    assert.deepEqual([...(first?.files ?? [])], ['a.txt']);
    assert.equal(readGitIndex(gitDir), first, 'the same parse, not a second one');
    git(tree.ctx, 'add', 'b.txt');
    const second = readGitIndex(gitDir);
    assert.notEqual(second, first);
    assert.deepEqual([...(second?.files ?? [])].sort(), ['a.txt', 'b.txt']);
    // Gone: null, not the kept parse.
    writeFileSync(join(gitDir, 'index'), 'not an index');
    assert.equal(readGitIndex(gitDir), null);
  } finally {
    tree.cleanup();
  }
});
