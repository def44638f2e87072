// --compress through the CLI: the report's figure is the size of what `tar --compress` writes, that
// gzip holds exactly the tar `tar` writes, every format shows the figure, the default audit carries
// none, and multi-target runs refuse the flag. (Equality with docker itself is
// test/differential/compress.test.ts.)
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { humanSize } from '../../src/context/tar-format.js';
import { mulberry32 } from '../helpers/prng.js';
import { buildTree, makeScratchDir } from '../helpers/trees.js';
import { runCli } from '../reporters/cli-io.js';
import { sarifValidationErrors } from '../helpers/sarif-multitool.js';

function shape() {
  const rnd = mulberry32(20);
  let text = '';
  while (text.length < 60_000) text += ['alpha', 'beta', 'gamma', String(Math.floor(rnd() * 1000))][Math.floor(rnd() * 4)] + (rnd() < 0.1 ? '\n' : ' ');
  return { files: ['Dockerfile', 'notes.txt', 'src/a.js'], fileContents: { Dockerfile: 'FROM scratch\nCOPY . /\n', 'notes.txt': text }, dockerignore: '*.log\n' };
}

test('--compress: the figure is the size of tar --compress, which gunzips to the exact tar', async () => {
  const tree = buildTree(shape());
  const out = makeScratchDir();
  try {
    const json = await runCli([tree.ctx, '--compress', '--format', 'json', '--fail-on', 'never', '--no-config'], tree.ctx);
    assert.equal(json.code, 0, json.stderr);
    const ctx = JSON.parse(json.stdout).context;
    const gz = join(out.dir, 'ctx.tar.gz');
    const tar = join(out.dir, 'ctx.tar');
    assert.equal((await runCli(['tar', tree.ctx, '--compress', '-o', gz], tree.ctx)).code, 0);
    assert.equal((await runCli(['tar', tree.ctx, '-o', tar], tree.ctx)).code, 0);
    const gzBytes = readFileSync(gz);
    const tarBytes = readFileSync(tar);
    assert.ok(gunzipSync(gzBytes).equals(tarBytes), 'the gzip holds the exact tar');
    assert.equal(tarBytes.length, ctx.tarBytes);
    assert.deepEqual(ctx.compressed, {
      bytes: gzBytes.length,
      bytesMax: gzBytes.length,
      dockerFigure: humanSize(gzBytes.length),
      dockerFigureMax: humanSize(gzBytes.length),
      exact: true,
      samples: 1,
      savedBytes: tarBytes.length - gzBytes.length,
      builder: 'legacy',
    });
    assert.ok(gzBytes.length < tarBytes.length / 2, 'repetitive text compresses');
  } finally {
    out.cleanup();
    tree.cleanup();
  }
});

test('--compress shows the figure in every format; without it nothing is computed', async () => {
  const tree = buildTree(shape());
  const out = makeScratchDir();
  try {
    const json = JSON.parse((await runCli([tree.ctx, '--compress', '--format', 'json', '--fail-on', 'never', '--no-config'], tree.ctx)).stdout);
    const fig: string = json.context.compressed.dockerFigure;
    const line = `Sending build context to Docker daemon  ${fig}`;
    const table = await runCli([tree.ctx, '--compress', '--fail-on', 'never', '--no-config'], tree.ctx);
    assert.match(table.stdout, new RegExp(`with --compress it prints: ${line}`));
    const md = await runCli([tree.ctx, '--compress', '--format', 'markdown', '--fail-on', 'never', '--no-config'], tree.ctx);
    assert.ok(md.stdout.includes(line) && md.stdout.includes('BuildKit ignores it'), md.stdout);
    const gh = await runCli([tree.ctx, '--compress', '--format', 'github', '--fail-on', 'never', '--no-config'], tree.ctx);
    assert.ok(gh.stdout.split('\n').some((l) => l.startsWith('::notice title=ctx-audit --compress::') && l.includes(line)), gh.stdout);
    const sarif = JSON.parse((await runCli([tree.ctx, '--compress', '--format', 'sarif', '--fail-on', 'never', '--no-config'], tree.ctx)).stdout);
    assert.equal(sarif.runs[0].properties.compressedUpload.bytes, json.context.compressed.bytes);
    assert.ok(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text.includes(line));
    const sarifFile = join(out.dir, 'r.sarif');
    writeFileSync(sarifFile, JSON.stringify(sarif));
    assert.deepEqual(sarifValidationErrors(sarifFile, join(out.dir, 'validation.sarif')).errors, [], 'the --compress SARIF validates');
    const html = join(out.dir, 'r.html');
    assert.equal((await runCli([tree.ctx, '--compress', '--format', 'html', '-o', html, '--fail-on', 'never', '--no-config'], tree.ctx)).code, 0);
    assert.ok(readFileSync(html, 'utf8').includes(fig));

    const plain = await runCli([tree.ctx, '--format', 'json', '--fail-on', 'never', '--no-config'], tree.ctx);
    assert.equal(JSON.parse(plain.stdout).context.compressed, undefined);
    const plainTable = await runCli([tree.ctx, '--fail-on', 'never', '--no-config'], tree.ctx);
    assert.ok(!plainTable.stdout.includes('--compress'));
  } finally {
    out.cleanup();
    tree.cleanup();
  }
});

test('--compress with a Dockerfile outside the context gives a range (random name and build time)', async () => {
  const tree = buildTree({ ...shape(), outside: { 'Other.Dockerfile': 'FROM scratch\nCOPY notes.txt /\n' } });
  try {
    const f = join(tree.root, 'Other.Dockerfile');
    const r = await runCli([tree.ctx, '-f', f, '--compress', '--format', 'json', '--fail-on', 'never', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    const z = JSON.parse(r.stdout).context.compressed;
    assert.equal(z.exact, false);
    assert.ok(z.samples > 1 && z.bytes + 2 <= z.bytesMax, JSON.stringify(z));
    // The top of a random name's range allows for names rarer than the draws (seed 1449768609, case 6).
    assert.equal(z.topMargin, 2, JSON.stringify(z));
    const table = await runCli([tree.ctx, '-f', f, '--compress', '--fail-on', 'never', '--no-config'], tree.root);
    assert.match(table.stdout.replace(/\s+/g, " "), /random name or with the build time\) \(\d+ draws, the top 2 B above their largest for rarer names\)/);
  } finally {
    tree.cleanup();
  }
});

test('--compress is refused with --compose, --bake and --all (BuildKit ignores it)', async () => {
  const dir = makeScratchDir();
  try {
    writeFileSync(join(dir.dir, 'compose.yaml'), 'services:\n  a:\n    build: .\n');
    for (const argv of [['--compose'], ['--bake', 'x.json'], ['--all']]) {
      const r = await runCli([...argv, '--compress'], dir.dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, /--compress cannot be combined with --compose, --bake or --all/);
    }
  } finally {
    dir.cleanup();
  }
});
