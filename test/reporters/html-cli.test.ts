// `--format html` through the CLI: to a file, to a pipe, never to a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';
import { buildTree } from '../helpers/trees.js';

function sink(isTTY: boolean): Writable & { isTTY: boolean; text(): string } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  }) as Writable & { isTTY: boolean; text(): string };
  w.isTTY = isTTY;
  w.text = () => Buffer.concat(chunks).toString('utf8');
  return w;
}

async function cli(argv: string[], cwd: string, stdoutIsTTY: boolean) {
  const stdout = sink(stdoutIsTTY);
  const stderr = sink(false);
  const code = await run(argv, { stdout, stderr, env: { NO_COLOR: '1' }, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

test('--format html --output FILE writes one page; stdout keeps the other format', async () => {
  const tree = buildTree({ files: ['Dockerfile', 'a.txt'], dockerignore: '' });
  try {
    const out = path.join(tree.root, 'report.html');
    const r = await cli([tree.ctx, '--no-config', '--fail-on', 'never', '--format', 'json', '--format', 'html', '--output', out], tree.ctx, true);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).schemaVersion, 1);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /id="ctx-audit-data"/);
  } finally {
    tree.cleanup();
  }
});

test('--format html goes to stdout when it is a pipe, and is refused on a terminal (exit 2, one line)', async () => {
  const tree = buildTree({ files: ['Dockerfile'], dockerignore: '' });
  try {
    const piped = await cli([tree.ctx, '--no-config', '--fail-on', 'never', '--format', 'html'], tree.ctx, false);
    assert.equal(piped.code, 0, piped.stderr);
    assert.match(piped.stdout, /^<!doctype html>/);
    const tty = await cli([tree.ctx, '--no-config', '--format', 'html'], tree.ctx, true);
    assert.equal(tty.code, 2);
    assert.equal(tty.stdout, '');
    assert.match(tty.stderr, /^ctx-audit: --format html: refusing to write a web page to a terminal.*\n$/);
  } finally {
    tree.cleanup();
  }
});
