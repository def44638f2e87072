// A context under a directory whose name is not ASCII (a home like /home/josé), and a Dockerfile
// reached through a link whose target is not UTF-8. Paths under the root are byte strings in the
// engine; the root is text, and every join for the disk must carry its UTF-8 bytes. Before that,
// every command failed with "ENOENT" on such a context, and reads under it found nothing.
// (docker itself on both: test/differential/differential.test.ts, whose random cases put some
// contexts under such a directory.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runProcess } from '../helpers/docker-oracle.js';
import { makeScratchDir } from '../helpers/trees.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'ctx-audit.js');
const env = (home: string) => ({ PATH: '/usr/bin:/bin', HOME: home, NO_COLOR: '1' });

const run = (args: string[], cwd: string, home: string) => runProcess(process.execPath, [cli, ...args], { cwd, env: env(home), timeoutMs: 60_000 });

test('a context under /…/josé/: every command finds it, reads under it, and archives it', async () => {
  const scratch = makeScratchDir();
  try {
    const ctx = join(scratch.dir, 'josé', 'app');
    mkdirSync(join(ctx, 'src'), { recursive: true });
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY src/ /src/\nCOPY package.json /\n');
    writeFileSync(join(ctx, 'package.json'), '{}\n');
    writeFileSync(join(ctx, 'src', 'main.js'), 'console.log(1)\n');
    // A credential the content scan must read (under a non-ASCII root it read nothing).
    const akia = 'AKIA' + Array.from(randomBytes(16), (x) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[x % 32]).join('');
    writeFileSync(join(ctx, 'src', 'config.js'), `module.exports = { aws_access_key_id: '${akia}' };\n`);
    execFileSync('git', ['init', '-q', ctx]);

    const json = await run(['.', '--format', 'json', '--fail-on', 'never'], ctx, scratch.dir);
    assert.equal(json.exitCode, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    assert.equal(report.context.root, ctx);
    const findings: { ruleId: string; path?: string }[] = report.findings;
    // Both sources exist: nothing is missing.
    assert.deepEqual(findings.filter((f) => f.ruleId === 'CTX101'), []);
    assert.ok(findings.some((f) => f.ruleId === 'CTX202' && f.path === 'src/config.js'), JSON.stringify(findings.map((f) => [f.ruleId, f.path])));
    assert.doesNotMatch(json.stdout, new RegExp(akia));

    const ls = await run(['ls', '.', '--builder', 'legacy'], ctx, scratch.dir);
    assert.equal(ls.exitCode, 0, ls.stderr);
    const listed = ls.stdout.trim().split('\n').filter((l) => !l.startsWith('.git'));
    assert.deepEqual(listed, ['Dockerfile', 'package.json', 'src/', 'src/config.js', 'src/main.js']);

    const out = join(scratch.dir, 'ctx.tar');
    const tar = await run(['tar', '.', '--builder', 'legacy', '-o', out], ctx, scratch.dir);
    assert.equal(tar.exitCode, 0, tar.stderr);
    const names = execFileSync('tar', ['-tf', out], { encoding: 'utf8' }).trim().split('\n').filter((l) => !l.startsWith('.git'));
    assert.deepEqual(names, ['Dockerfile', 'package.json', 'src/', 'src/config.js', 'src/main.js']);

    const why = await run(['why', 'src/main.js', '.'], ctx, scratch.dir);
    assert.equal(why.exitCode, 0, why.stderr);
    assert.match(why.stdout, /src\/main\.js/);
  } finally {
    scratch.cleanup();
  }
});

test('a Dockerfile behind a link whose target is not UTF-8 (\\xe9t\\xe9/…) is read, as docker reads it', async () => {
  const scratch = makeScratchDir();
  try {
    const ctx = join(scratch.dir, 'ctx');
    mkdirSync(ctx);
    const latin1 = (s: string) => Buffer.from(s, 'latin1');
    mkdirSync(Buffer.concat([latin1(ctx + '/'), latin1('\xe9t\xe9')]));
    writeFileSync(Buffer.concat([latin1(ctx + '/'), latin1('\xe9t\xe9/real.Dockerfile')]), 'FROM scratch\nCOPY a.txt /\nCOPY gone.txt /\n');
    writeFileSync(join(ctx, 'a.txt'), 'a\n');
    // No `Dockerfile`: the CLI falls back to the lowercase name, a link into the Latin-1 directory.
    symlinkSync(latin1('\xe9t\xe9/real.Dockerfile'), join(ctx, 'dockerfile'));

    const json = await run([ctx, '--format', 'json', '--fail-on', 'never', '--allow-outside-repo'], scratch.dir, scratch.dir);
    assert.equal(json.exitCode, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    // Shown as text: each byte that is not UTF-8 is U+FFFD.
    assert.equal(report.context.dockerfile, '\ufffdt\ufffd/real.Dockerfile');
    // The Dockerfile was read: its missing source is found, its present one is not.
    const missing = (report.findings as { ruleId: string; message: string }[]).filter((f) => f.ruleId === 'CTX101').map((f) => f.message);
    assert.equal(missing.length, 1, JSON.stringify(missing));
    assert.match(missing[0], /gone\.txt/);
  } finally {
    scratch.cleanup();
  }
});
