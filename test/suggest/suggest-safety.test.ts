// `suggest` on a stranger's repository (issue 16, items 1 and 6): --write never writes through a
// symlink or outside the context, writes atomically, and a name can never add a line of its own;
// every output escapes terminal controls and CI commands, with or without a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../src/errors.js';
import { contentHash, writeIgnoreFile } from '../../src/suggest/ignore-doc.js';
import { runCli } from '../reporters/cli-io.js';
import { buildTree } from '../helpers/trees.js';

const EVIL_DIR = 'x;touch${IFS}PWNED;true';

function listAll(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const n of fs.readdirSync(d)) {
      const p = path.join(d, n);
      out.push(p);
      if (fs.lstatSync(p).isDirectory()) visit(p);
    }
  };
  visit(dir);
  return out;
}

test('suggest --write refuses `.dockerignore -> ../victimrc`: the victim file is untouched, the link stays, nothing runs', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app.js', `${EVIL_DIR}/payload.txt`],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n' },
    symlinks: { '.dockerignore': '../victimrc' },
    outside: { victimrc: 'export PS1=ok\n' },
  });
  try {
    const victim = path.join(path.dirname(tree.ctx), 'victimrc');
    const run = await runCli(['suggest', '.', '--write'], tree.ctx);
    assert.notEqual(run.code, 0, 'not a success');
    assert.equal(fs.readFileSync(victim, 'utf8'), 'export PS1=ok\n', 'victimrc unchanged');
    assert.equal(fs.readlinkSync(path.join(tree.ctx, '.dockerignore')), '../victimrc', 'the link itself is left as it is');
    assert.ok(!listAll(tree.root).some((p) => path.basename(p) === 'PWNED'));
    assert.ok(!listAll(tree.root).some((p) => p.includes('.ctx-audit-')), 'no temporary file left behind');
  } finally {
    tree.cleanup();
  }
});

test('suggest --write never writes through a symlink inside the context either, nor creates through a dangling one', async () => {
  for (const target of ['conf/ignore', 'conf/missing']) {
    const tree = buildTree({
      files: ['Dockerfile', 'app.js', 'conf/ignore', 'unused/big.bin'],
      fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n', 'conf/ignore': '# shared\n' },
      symlinks: { '.dockerignore': target },
    });
    try {
      const run = await runCli(['suggest', '.', '--write'], tree.ctx);
      assert.equal(run.code, 2, `${target}: refused (exit 2): ${run.stderr}`);
      assert.match(run.stderr, /symbolic link/);
      assert.equal(fs.readFileSync(path.join(tree.ctx, 'conf/ignore'), 'utf8'), '# shared\n');
      assert.ok(!fs.existsSync(path.join(tree.ctx, 'conf/missing')));
      assert.equal(fs.readlinkSync(path.join(tree.ctx, '.dockerignore')), target);
    } finally {
      tree.cleanup();
    }
  }
});

test('writeIgnoreFile refuses a file outside the context (BuildKit\'s <Dockerfile>.dockerignore next to -f ../Dockerfile)', () => {
  const tree = buildTree({ files: ['app.js'], outside: { 'Dockerfile.dockerignore': 'x\n' } });
  try {
    const outside = path.join(path.dirname(tree.ctx), 'Dockerfile.dockerignore');
    const hash = contentHash(fs.readFileSync(outside));
    assert.throws(() => writeIgnoreFile(outside, hash, Buffer.from('x\ny\n'), tree.ctx), (e: unknown) => e instanceof InputError && /outside the build context/.test(e.message));
    assert.equal(fs.readFileSync(outside, 'utf8'), 'x\n');
  } finally {
    tree.cleanup();
  }
});

test('suggest --write replaces the file atomically: a new inode by rename, same mode, no temporary file left', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app.js', 'unused/big.bin'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n' },
    dockerignore: '# keep me\n',
    modes: { '.dockerignore': 0o640 },
  });
  try {
    const file = path.join(tree.ctx, '.dockerignore');
    const before = fs.statSync(file);
    const run = await runCli(['suggest', '.', '--write'], tree.ctx);
    assert.equal(run.code, 0, run.stderr);
    const after = fs.statSync(file);
    assert.equal(fs.readFileSync(file, 'utf8'), '# keep me\n\n# added by ctx-audit suggest\nunused\n');
    assert.notEqual(after.ino, before.ino, 'replaced by rename, not rewritten in place');
    assert.equal(after.mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(tree.ctx).filter((n) => n.includes('ctx-audit')), []);
  } finally {
    tree.cleanup();
  }
});

test('a name holding a newline or a carriage return never becomes a line of the ignore file', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app.js', 'a\n*/b', 'c\r!x/d', 'plain/e'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n' },
  });
  try {
    const run = await runCli(['suggest', '.', '--write'], tree.ctx);
    assert.equal(run.code, 0, run.stderr);
    const written = fs.readFileSync(path.join(tree.ctx, '.dockerignore'), 'latin1');
    assert.deepEqual(written.split('\n'), ['# added by ctx-audit suggest', 'plain', '']);
  } finally {
    tree.cleanup();
  }
});

test('suggest escapes terminal controls, bidi overrides and CI commands in the diff, the summary and JSON (no TTY)', async () => {
  const names = ['esc\x1b]0;pwned\x07dir', 'c1\u009b31mdir', 'rtl\u202etxt.exe', '##[error]dir'];
  const tree = buildTree({
    files: ['Dockerfile', 'app.js', ...names.map((n) => `${n}/f`)],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n' },
  });
  try {
    const text = await runCli(['suggest', '.'], tree.ctx);
    assert.equal(text.code, 0, text.stderr);
    for (const out of [text.stdout, text.stderr]) {
      assert.doesNotMatch(out, /[\x1b\x07\u0080-\u009f\u202e]/, 'no raw control or bidi code point');
      assert.doesNotMatch(out, /##\[/, 'no workflow command');
    }
    // ESC as \033, the pattern's `\]` with its backslash doubled, BEL as \a
    assert.match(text.stdout, /\+esc\\033\\\\\]0;pwned\\adir/);
    const json = await runCli(['suggest', '.', '--format', 'json'], tree.ctx);
    assert.doesNotMatch(json.stdout, /[\x1b\x07\u0080-\u009f\u202e]|##\[/);
    const doc = JSON.parse(json.stdout) as { suggestions: { lines: string[] }[]; diff: string };
    const lines = doc.suggestions.flatMap((s) => s.lines).sort();
    // The data itself is exact: each name as an ignore pattern (`[`, `]` and a leading `#` escaped).
    assert.deepEqual(lines, ['\\##\\[error\\]dir', 'esc\x1b\\]0;pwned\x07dir', 'c1\u009b31mdir', 'rtl\u202etxt.exe'].sort());
  } finally {
    tree.cleanup();
  }
});
