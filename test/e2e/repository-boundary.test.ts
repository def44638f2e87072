// Issue 16 item 2: the repository (git top level above the working directory, else the working
// directory) is a boundary. Each attack from the review: a file outside it, reached through a symlink,
// `..` or an absolute path, comes back as one line naming the path and exit 2 (a multi-target run:
// that target's error), and none of its bytes reach any output. --allow-outside-repo (a flag only)
// lets it through. Secrets are generated per run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { writeTree } from '../targets/helpers.js';
import { runCli } from '../reporters/cli-io.js';
import { findRepoRoot, repoBoundary } from '../../src/context/boundary.js';
import { unknownInstruction } from '../../src/dockerfile/parse.js';

/** `<tmp>/repo` (with `.git` when asked) and `<tmp>/outside/secret`, a file that must never be echoed. */
function layout(files: Record<string, string> = {}, git = false) {
  const secret = `s3cr3t-${randomBytes(12).toString('hex')}`;
  const tree = writeTree({ 'outside/secret': `root:${secret}:0:0\n${secret}\n`, 'outside/Dockerfile': `FROM ${secret}\n`, ...files }, ['repo']);
  if (git) fs.mkdirSync(join(tree.root, 'repo', '.git'));
  const repo = join(tree.root, 'repo');
  const outside = join(tree.root, 'outside');
  return { ...tree, secret, repo, outside, link: (target: string, at: string) => fs.symlinkSync(target, join(repo, at)) };
}

function assertRefused(r: { code: number; stdout: string; stderr: string }, secret: string, names: RegExp): void {
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.ok(!(r.stdout + r.stderr).includes(secret), `the secret leaked:\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, names);
  assert.match(r.stderr, /--allow-outside-repo/);
}

test('.dockerignore -> a file outside: exit 2 naming it, in every format; its lines never printed', async () => {
  const t = layout({ 'repo/app/Dockerfile': 'FROM alpine\n' });
  try {
    t.link(join(t.outside, 'secret'), 'app/.dockerignore');
    for (const format of ['table', 'json', 'github', 'markdown', 'sarif']) {
      const r = await runCli(['app', '--format', format, '--no-config'], t.repo);
      assertRefused(r, t.secret, /^ctx-audit: ignore file app\/\.dockerignore leads outside the repository .*\n$/);
    }
    for (const argv of [['ls', 'app'], ['ls', 'app', '--builder', 'legacy', '-0'], ['tar', 'app', '-o', '-'], ['why', 'Dockerfile', '-C', 'app'], ['suggest', 'app']]) {
      assertRefused(await runCli(argv, t.repo), t.secret, /ignore file app\/\.dockerignore leads outside/);
    }
    // The user can say it is meant; then the file is read as docker would read it.
    const allowed = await runCli(['app', '--format', 'json', '--no-config', '--fail-on', 'never', '--allow-outside-repo'], t.repo);
    assert.equal(allowed.code, 0, allowed.stderr);
  } finally {
    t.cleanup();
  }
});

test('a context or Dockerfile outside (.., absolute, symlinked), a named context, a Dockerfile-specific ignore file: refused', async () => {
  const t = layout({ 'repo/app/Dockerfile': 'FROM alpine\n' });
  try {
    assertRefused(await runCli(['../outside', '--no-config'], t.repo), t.secret, /context \.\.\/outside is outside the repository/);
    assertRefused(await runCli([t.outside, '--no-config'], t.repo), t.secret, /context \/.*\/outside is outside the repository/);
    t.link(t.outside, 'linked');
    assertRefused(await runCli(['linked', '--no-config'], t.repo), t.secret, /context linked leads outside the repository/);
    assertRefused(await runCli(['app', '-f', join(t.outside, 'secret'), '--no-config'], t.repo), t.secret, /Dockerfile \/.*\/outside\/secret is outside/);
    t.link(join(t.outside, 'secret'), 'app/x.Dockerfile');
    assertRefused(await runCli(['app', '-f', 'app/x.Dockerfile', '--no-config'], t.repo), t.secret, /Dockerfile app\/x\.Dockerfile leads outside/);
    t.link(join(t.outside, 'secret'), 'app/Dockerfile.dockerignore');
    assertRefused(await runCli(['app', '--no-config'], t.repo), t.secret, /ignore file app\/Dockerfile\.dockerignore leads outside/);
    fs.rmSync(join(t.repo, 'app/Dockerfile.dockerignore'));
    assertRefused(await runCli(['app', '--build-context', 'x=../outside', '--no-config'], t.repo), t.secret, /named context x: \.\.\/outside is outside/);
  } finally {
    t.cleanup();
  }
});

test('Compose: context ../outside with dockerfile /abs/outside, and an in-repo Dockerfile linked outside: each target is an error; nothing echoed', async () => {
  const t = layout({ 'repo/web/Dockerfile': 'FROM alpine\n', 'repo/linked/Dockerfile': 'FROM alpine\n' });
  try {
    fs.writeFileSync(
      join(t.repo, 'compose.yaml'),
      `services:\n  out:\n    build: {context: ../outside, dockerfile: ${join(t.outside, 'secret')}}\n  lnk:\n    build: {context: linked, dockerfile: x.Dockerfile}\n  web:\n    build: web\n`,
    );
    t.link(join(t.outside, 'secret'), 'linked/x.Dockerfile');
    for (const format of ['table', 'json', 'github']) {
      const r = await runCli(['--compose', '--no-config', '--format', format], t.repo);
      assertRefused(r, t.secret, /target out: context .*\/outside is outside the repository/);
      assert.match(r.stderr, /target lnk: Dockerfile .*x\.Dockerfile leads outside the repository/);
      assert.doesNotMatch(r.stderr, /target web/);
    }
  } finally {
    t.cleanup();
  }
});

test('Bake {"context": "/outside", "dockerfile": "/outside/secret"}: refused, the directory is not walked', async () => {
  const t = layout();
  try {
    fs.writeFileSync(join(t.outside, `${t.secret}.pem`), 'x');
    fs.writeFileSync(join(t.repo, 'bake.json'), JSON.stringify({ target: { evil: { context: t.outside, dockerfile: join(t.outside, 'secret') } } }));
    const r = await runCli(['--bake', 'bake.json', '--no-config', '--format', 'json'], t.repo);
    assertRefused(r, t.secret, /target evil: context .* is outside the repository/);
    assert.equal(JSON.parse(r.stdout).walks.performed, 0);
  } finally {
    t.cleanup();
  }
});

// A Compose service --all finds whose context is outside is listed as skipped, never read (it was the
// target's error, and exit 2 on every run of explore-education-statistics, whose compose file builds
// a sibling repository its start script clones); `--compose FILE` still refuses it.
test('--all follows sub/compose.yaml with context ../../outside: that target is skipped, not read; a compose file linked outside is not read', async () => {
  const t = layout({ 'repo/sub/compose.yaml': 'services:\n  x:\n    build: ../../outside\n', 'repo/ok/Dockerfile': 'FROM alpine\n' });
  try {
    fs.mkdirSync(join(t.repo, 'lnk'));
    t.link(join(t.outside, 'secret'), 'lnk/compose.yaml');
    fs.writeFileSync(join(t.outside, 'Dockerfile'), `FROM alpine\nCOPY ${t.secret} /\n`);
    const r = await runCli(['--all', '.', '--no-config', '--format', 'json'], t.repo);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.ok(!(r.stdout + r.stderr).includes(t.secret), `the secret leaked:\n${r.stdout}${r.stderr}`);
    const doc = JSON.parse(r.stdout);
    assert.match(doc.targets.find((x: { name: string }) => x.name === 'sub/compose.yaml:x')?.skipped ?? '', /^its context \.\.\/outside is outside the repository: not read \(--allow-outside-repo reads it\); not audited$/);
    assertRefused(await runCli(['--compose', 'sub/compose.yaml', '--no-config', '--format', 'json'], t.repo), t.secret, /target x: context .*\/outside is outside the repository/);
    // Discovery does not follow symlinks: the linked compose file is never read.
    assert.ok(!doc.targets.some((x: { name: string }) => x.name.startsWith('lnk/')), r.stdout);
    assert.ok(doc.targets.some((x: { name: string; error: string | null }) => x.name === 'ok/Dockerfile' && x.error === null), 'the other targets still run');
  } finally {
    t.cleanup();
  }
});

test('Compose and Bake files, .env and extends files outside: refused in one line', async () => {
  const t = layout({ 'repo/web/Dockerfile': 'FROM alpine\n', 'outside/compose.yaml': 'services:\n  a:\n    build: .\n' });
  try {
    assertRefused(await runCli(['--compose', '../outside/compose.yaml', '--no-config'], t.repo), t.secret, /Compose file .*compose\.yaml is outside/);
    assertRefused(await runCli(['--bake', join(t.outside, 'secret'), '--no-config'], t.repo), t.secret, /Bake file .*secret is outside/);
    fs.writeFileSync(join(t.repo, 'compose.yaml'), 'services:\n  web:\n    build: web\n');
    t.link(join(t.outside, 'secret'), '.env');
    assertRefused(await runCli(['--compose', '--no-config'], t.repo), t.secret, /\.env file .*\.env leads outside/);
    fs.rmSync(join(t.repo, '.env'));
    fs.writeFileSync(join(t.repo, 'compose.yaml'), 'services:\n  web:\n    extends: {file: ../outside/compose.yaml, service: a}\n');
    assertRefused(await runCli(['--compose', '--no-config'], t.repo), t.secret, /Compose file .*outside\/compose\.yaml is outside/);
  } finally {
    t.cleanup();
  }
});

test('.ctx-audit.json -> /outside: refused naming it; a config that does not parse gives a position, never its bytes', async () => {
  const t = layout({ 'repo/Dockerfile': 'FROM alpine\n' });
  try {
    t.link(join(t.outside, 'secret'), '.ctx-audit.json');
    assertRefused(await runCli(['.'], t.repo), t.secret, /config file \.ctx-audit\.json leads outside/);
    assertRefused(await runCli(['.', '--config', join(t.outside, 'secret')], t.repo), t.secret, /config file .*secret is outside/);
    // Allowed, or inside the repository: still not quoted.
    const allowed = await runCli(['.', '--allow-outside-repo'], t.repo);
    assert.equal(allowed.code, 2);
    assert.ok(!allowed.stderr.includes(t.secret) && !allowed.stderr.includes('root:'), allowed.stderr);
    assert.match(allowed.stderr, /not valid JSON \(line 1, column 1\)/);
    fs.rmSync(join(t.repo, '.ctx-audit.json'));
    fs.writeFileSync(join(t.repo, '.ctx-audit.yaml'), `failOn: error\nx: [${t.secret}\n`);
    const yaml = await runCli(['.'], t.repo);
    assert.equal(yaml.code, 2);
    assert.ok(!yaml.stderr.includes(t.secret), yaml.stderr);
    assert.match(yaml.stderr, /not valid YAML \(line \d+, column \d+\)/);
    fs.rmSync(join(t.repo, '.ctx-audit.yaml'));
    fs.writeFileSync(join(t.repo, 'bake.json'), `{"target": {"a": ${t.secret}}}`);
    const bake = await runCli(['--bake', 'bake.json', '--no-config'], t.repo);
    assert.equal(bake.code, 2);
    assert.ok(!bake.stderr.includes(t.secret), bake.stderr);
    assert.match(bake.stderr, /not JSON \(line 1, column 18\)/);
  } finally {
    t.cleanup();
  }
});

test('the flag never comes from a file: allowOutsideRepo in the config is an unknown key', async () => {
  const t = layout({ 'repo/Dockerfile': 'FROM alpine\n', 'repo/.ctx-audit.json': '{"allowOutsideRepo": true}' });
  try {
    const r = await runCli(['../outside'], t.repo);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /outside the repository/);
    const inside = await runCli(['.'], t.repo);
    assert.equal(inside.code, 2);
    assert.match(inside.stderr, /allowOutsideRepo: unknown key/);
  } finally {
    t.cleanup();
  }
});

test('the repository is the git top level above the working directory: a sibling directory of it is inside', async () => {
  const t = layout({ 'repo/a/Dockerfile': 'FROM alpine\n', 'repo/b/x': 'y' }, true);
  try {
    assert.equal(findRepoRoot(join(t.repo, 'a')), t.repo);
    assert.equal(repoBoundary(join(t.repo, 'a')).root, t.repo);
    const r = await runCli(['../b', '-f', 'Dockerfile', '--no-config', '--fail-on', 'never'], join(t.repo, 'a'));
    assert.equal(r.code, 0, r.stderr);
    assertRefused(await runCli(['../../outside', '--no-config'], join(t.repo, 'a')), t.secret, /context \.\.\/\.\.\/outside is outside the repository/);
    // Without .git the working directory itself is the boundary.
    assert.equal(repoBoundary(t.outside).root, t.outside);
  } finally {
    t.cleanup();
  }
});

test('CTX100: a line that is not an instruction is not echoed; a near miss of one is named', async () => {
  const t = layout();
  try {
    fs.writeFileSync(join(t.repo, 'Dockerfile'), `FROM alpine\n${t.secret}=1\nCOPPY . /app\n`);
    const r = await runCli(['.', '--format', 'json', '--no-config', '--fail-on', 'never'], t.repo);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes(t.secret), 'the unknown word is not echoed');
    const ctx100 = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX100');
    assert.deepEqual(
      ctx100.map((f: { line: number; message: string }) => [f.line, f.message]),
      [
        [2, 'cannot parse the Dockerfile: unknown instruction: this line does not start with a Dockerfile instruction'],
        // A word of letters only was let through before; BuildKit refuses it too.
        [3, 'cannot parse the Dockerfile: unknown instruction: COPPY (did you mean COPY?)'],
      ],
      JSON.stringify(ctx100),
    );
  } finally {
    t.cleanup();
  }
});

test('unknownInstruction: a typo of an instruction is named, anything else is not', () => {
  assert.equal(unknownInstruction('COPPY'), 'unknown instruction: COPPY (did you mean COPY?)');
  assert.equal(unknownInstruction('worKDIRR'), 'unknown instruction: WORKDIRR (did you mean WORKDIR?)');
  for (const word of ['root:x:0:0:root:/root:/bin/bash', 'hunter', 'AKIA0123456789', `${randomBytes(4).toString('hex')}x`]) {
    assert.equal(unknownInstruction(word), 'unknown instruction: this line does not start with a Dockerfile instruction', word);
  }
});
