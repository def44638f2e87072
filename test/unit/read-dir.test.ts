// Directory reads relative to the working directory (src/context/read-dir.ts): inside a session
// they must give exactly what absolute reads give, fall back to absolute paths where a relative
// read could differ (long or non-ASCII paths), and always leave the working directory as it was.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, test } from 'node:test';
import { homeUntil, readDirectory, STAT_FIELDS, withDirectoryReads, type DirRecord } from '../../src/context/read-dir.js';
import { buildTree, textToBytes } from '../helpers/trees.js';

const tree = buildTree({
  files: ['b.txt', 'a/x.log', 'a/y', 'é/z.txt', 'Z'],
  dirs: ['empty'],
  symlinks: { 'link': 'a', 'dangling': 'nowhere' },
  hardlinks: { 'a/hard': 'b.txt' },
});
after(() => tree.cleanup());

/** What an absolute read gives (no session: nothing may change the working directory). */
function absolute(abs: string): DirRecord {
  const before = process.cwd();
  const rec = readDirectory(abs);
  assert.equal(process.cwd(), before);
  return rec;
}

function plain(rec: DirRecord) {
  return { names: rec.names, data: Array.from(rec.data), errors: rec.errors };
}

test('inside a session each directory is read from within it, with the same names and stats as an absolute read', () => {
  const home = process.cwd();
  // Down to a child, across to a sibling, back up, and down again: each step a different kind of chdir.
  const dirs = [tree.ctx, tree.ctx + '/a', tree.ctx + '/empty', tree.ctx, tree.ctx + '/a'];
  const expected = dirs.map((d) => plain(absolute(d)));
  const got = withDirectoryReads(() =>
    dirs.map((d) => {
      const rec = readDirectory(d);
      // The read changed into the directory (this is what makes the lstats relative).
      assert.equal(process.cwd(), d);
      return plain(rec);
    }),
  );
  assert.deepEqual(got, expected);
  assert.deepEqual(expected[0].names, ['Z', 'a', 'b.txt', 'dangling', 'empty', 'link', textToBytes('é')]);
  // A symlink is lstat-ed, not followed; the hard link shares b.txt's inode.
  const root = expected[0];
  const at = (name: string) => root.names.indexOf(name) * STAT_FIELDS;
  assert.equal(root.data[at('link')] & 0o170000, 0o120000);
  assert.equal(root.data[at('empty')] & 0o170000, 0o040000);
  assert.equal(expected[1].data[expected[1].names.indexOf('hard') * STAT_FIELDS + 3], root.data[at('b.txt') + 3]);
  assert.equal(process.cwd(), home);
});

test('a non-ASCII directory path is read with absolute paths (process.chdir would re-encode it)', () => {
  const dir = tree.ctx + '/' + textToBytes('é');
  const expected = plain(absolute(dir));
  const got = withDirectoryReads(() => {
    const before = process.cwd();
    const rec = readDirectory(dir);
    assert.equal(process.cwd(), before);
    return plain(rec);
  });
  assert.deepEqual(got, expected);
  assert.deepEqual(got.names, ['z.txt']);
});

test('a directory too deep for every child path to fit PATH_MAX is read with absolute paths', () => {
  // 3,900 bytes of path: its children could reach 4,096, where an absolute lstat fails with
  // ENAMETOOLONG (as Docker's does) and a relative one would not.
  let deep = tree.ctx + '/long';
  while (deep.length < 3900) deep += '/' + 'd'.repeat(Math.min(200, 3900 - deep.length - 1) || 1);
  fs.mkdirSync(deep, { recursive: true });
  fs.writeFileSync(deep + '/f', 'x');
  const expected = plain(absolute(deep));
  const got = withDirectoryReads(() => {
    readDirectory(tree.ctx + '/a'); // the session is in use
    const rec = readDirectory(deep);
    assert.equal(process.cwd(), tree.ctx + '/a');
    return plain(rec);
  });
  assert.deepEqual(got, expected);
  assert.deepEqual(got.names, ['f']);
  fs.rmSync(tree.ctx + '/long', { recursive: true });
});

test('the working directory comes back after a throw, and only the outermost session restores it', () => {
  const home = process.cwd();
  assert.throws(
    () =>
      withDirectoryReads(() => {
        readDirectory(tree.ctx + '/a');
        throw new Error('boom');
      }),
    /boom/,
  );
  assert.equal(process.cwd(), home);
  withDirectoryReads(() => {
    withDirectoryReads(() => readDirectory(tree.ctx + '/a'));
    assert.equal(process.cwd(), tree.ctx + '/a');
    readDirectory(tree.ctx);
  });
  assert.equal(process.cwd(), home);
});

test('a listing error is the absolute call’s own error, inside a session or not', () => {
  const missing = tree.ctx + '/no-such-dir';
  const outside = (() => {
    try {
      readDirectory(missing);
    } catch (e) {
      return e as NodeJS.ErrnoException;
    }
    assert.fail('listing a missing directory must throw');
  })();
  const inside = withDirectoryReads(() => {
    try {
      readDirectory(missing);
    } catch (e) {
      return e as NodeJS.ErrnoException;
    }
    assert.fail('listing a missing directory must throw');
  });
  assert.equal(outside.code, 'ENOENT');
  assert.equal(inside.code, outside.code);
  assert.equal(inside.message, outside.message);
  assert.match(inside.message, /no-such-dir/);
});

test('homeUntil: back to the starting directory at once, absolute reads until ready() says so, then relative again', () => {
  const home = process.cwd();
  const a = tree.ctx + '/a';
  const expected = plain(absolute(a));
  let ready = false;
  withDirectoryReads(() => {
    readDirectory(tree.ctx);
    assert.equal(process.cwd(), tree.ctx);
    homeUntil(() => ready);
    // A thread starting now (and resolving preloads against the working directory) sees the user's.
    assert.equal(process.cwd(), home);
    assert.deepEqual(plain(readDirectory(a)), expected);
    assert.equal(process.cwd(), home, 'read with absolute paths while not ready');
    ready = true;
    assert.deepEqual(plain(readDirectory(a)), expected);
    assert.equal(process.cwd(), a, 'relative again once ready');
  });
  assert.equal(process.cwd(), home);
});
