// A context in a subdirectory of the repository: annotations, SARIF and Markdown point at files
// relative to the working directory (where CI resolves them); JSON keeps context-relative paths
// beside the context's own path; `ls` stays docker's listing. And the Markdown summary's layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cli-io.js';

function repoWithContextIn(sub: string): { repo: string; cleanup(): void } {
  const repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-repo-')));
  const ctx = path.join(repo, sub);
  fs.mkdirSync(path.join(ctx, 'config'), { recursive: true });
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\nCOPY config/production.json /etc/\n');
  fs.writeFileSync(path.join(ctx, 'app.txt'), 'hello\n');
  fs.writeFileSync(path.join(ctx, 'config/prod.json'), '{}\n');
  fs.writeFileSync(path.join(ctx, '.dockerignore'), 'Dockerfile\n');
  return { repo, cleanup: () => fs.rmSync(repo, { recursive: true, force: true }) };
}

test('annotations, SARIF and Markdown locate findings from the working directory; JSON and ls stay context-relative', async () => {
  const { repo, cleanup } = repoWithContextIn('services/web');
  try {
    const gh = await runCli(['services/web', '--format', 'github', '--fail-on', 'never'], repo);
    assert.equal(gh.code, 0, gh.stderr);
    assert.match(gh.stdout, /^::error file=services\/web\/Dockerfile,line=3,title=CTX101 /m);
    // A path finding names the directory from the repository too, in the file property and the message.
    assert.match(gh.stdout, /^::notice file=services\/web\/config\/,title=CTX004 unused-file::services\/web\/config\/: /m);

    const sarif = JSON.parse((await runCli(['services/web', '--format', 'sarif', '--fail-on', 'never'], repo)).stdout);
    const run = sarif.runs[0];
    assert.equal(run.originalUriBaseIds.PROJECTROOT.uri, `file://${repo}/`);
    const ctx101 = run.results.find((r: { ruleId: string }) => r.ruleId === 'CTX101');
    assert.deepEqual(ctx101.locations[0].physicalLocation.artifactLocation, { uri: 'services/web/Dockerfile', uriBaseId: 'PROJECTROOT' });
    // The fingerprint does not depend on where ctx-audit ran.
    assert.equal(ctx101.partialFingerprints['ctxAudit/v1'], 'CTX101:Dockerfile:3');

    const mdText = (await runCli(['services/web', '--format', 'markdown', '--fail-on', 'never'], repo)).stdout;
    assert.match(mdText, /\| `services\/web\/Dockerfile:3` \|/);

    const json = JSON.parse((await runCli(['services/web', '--format', 'json', '--fail-on', 'never'], repo)).stdout);
    assert.equal(json.context.root, path.join(repo, 'services/web'));
    const jsonCtx101 = json.findings.find((f: { ruleId: string }) => f.ruleId === 'CTX101');
    assert.equal(jsonCtx101.file, 'Dockerfile');

    const ls = await runCli(['ls', 'services/web', '--builder', 'legacy'], repo);
    assert.equal(ls.stdout, ['.dockerignore', 'Dockerfile', 'app.txt', 'config/', 'config/prod.json', ''].join('\n'));
  } finally {
    cleanup();
  }
});

test('a context outside the working directory gets absolute locations', async () => {
  const { repo, cleanup } = repoWithContextIn('ctx');
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-cwd-'));
  try {
    // Outside the working directory on purpose: --allow-outside-repo (src/context/boundary.ts).
    const gh = await runCli([path.join(repo, 'ctx'), '--format', 'github', '--fail-on', 'never', '--allow-outside-repo'], elsewhere);
    assert.ok(gh.stdout.includes(`::error file=${path.join(repo, 'ctx/Dockerfile').replace(/:/g, '%3A').replace(/,/g, '%2C')},line=3,`), gh.stdout);
    const sarif = JSON.parse((await runCli([path.join(repo, 'ctx'), '--format', 'sarif', '--fail-on', 'never', '--allow-outside-repo'], elsewhere)).stdout);
    const loc = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'CTX101').locations[0].physicalLocation.artifactLocation;
    assert.equal(loc.uri, `file://${path.join(repo, 'ctx/Dockerfile')}`);
    assert.equal(loc.uriBaseId, undefined);
  } finally {
    cleanup();
    fs.rmSync(elsewhere, { recursive: true, force: true });
  }
});

test('Markdown summary: the verdict heads it, both builders’ figures follow, findings link their rule docs and come before the tables, which are folded', async () => {
  const { repo, cleanup } = repoWithContextIn('app');
  try {
    const r = await runCli(['app', '--format', 'markdown'], repo);
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^### ctx-audit: ❌ FAIL \(--fail-on error\): 1 error, 0 warnings, 1 info$/);
    assert.match(r.stdout, /\| legacy \(`DOCKER_BUILDKIT=0`\) \| 4 \| [\d,]+ B of tar \| `Sending build context to Docker daemon {2}[\d.]+kB` \|/);
    // BuildKit's transfer, with its own line quoted as it prints it.
    assert.match(r.stdout, /\| BuildKit \| 1 \| [\d,]+ B transferred \| `transferring context: [\d.]+k?B` \|/);
    assert.match(r.stdout, /\| \[CTX101\]\(https?:\/\/[^)]+#ctx101-missing-copy-source\) missing-copy-source \|/);
    const findings = lines.indexOf('**Findings**');
    const folded = lines.indexOf('<details>');
    assert.ok(findings > 0 && folded > findings, 'findings come before the folded tables');
    assert.match(lines[folded + 1], /^<summary>Largest files/);
    const pass = await runCli(['app', '--format', 'markdown', '--fail-on', 'never'], repo);
    assert.match(pass.stdout.split('\n')[0], /^### ctx-audit: ✅ PASS \(--fail-on never\)/);
  } finally {
    cleanup();
  }
});

test('Markdown summary: beyond ten findings the rest are folded into <details>, none lost', async () => {
  const { repo, cleanup } = repoWithContextIn('app');
  try {
    const copies = Array.from({ length: 12 }, (_, i) => `COPY missing-${String(i).padStart(2, '0')}.txt /`).join('\n');
    fs.writeFileSync(path.join(repo, 'app/Dockerfile'), `FROM scratch\n${copies}\n`);
    const r = await runCli(['app', '--format', 'markdown', '--fail-on', 'never'], repo);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| 🔴 error | [CTX101]'));
    assert.equal(rows.length, 12);
    const folded = r.stdout.indexOf('<summary>4 more findings</summary>');
    assert.ok(folded > 0, r.stdout);
    // Ten rows before the fold (errors first), the last two errors and the two info findings inside it.
    assert.equal(r.stdout.slice(0, folded).split('\n').filter((l) => l.startsWith('| 🔴 error')).length, 10);
  } finally {
    cleanup();
  }
});

test('findings about an ignore-file line point at the file the builder reads: Dockerfile.dockerignore under BuildKit, .dockerignore under legacy', async () => {
  const { repo, cleanup } = repoWithContextIn('services/web');
  try {
    const ctx = path.join(repo, 'services/web');
    fs.mkdirSync(path.join(ctx, 'sub/node_modules'), { recursive: true });
    fs.writeFileSync(path.join(ctx, 'sub/node_modules/a.js'), 'x\n');
    // BuildKit reads this one instead of .dockerignore (whose line 1 is `Dockerfile`).
    fs.writeFileSync(path.join(ctx, 'Dockerfile.dockerignore'), 'node_modules\nnothing-here\n');
    fs.writeFileSync(path.join(ctx, '.dockerignore'), 'Dockerfile\nstale-name\n');

    const gh = (await runCli(['services/web', '--format', 'github', '--fail-on', 'never'], repo)).stdout;
    assert.match(gh, /^::\w+ file=services\/web\/Dockerfile\.dockerignore,line=1,title=CTX303 root-anchored-pattern::"node_modules" /m);
    assert.match(gh, /^::notice file=services\/web\/Dockerfile\.dockerignore,line=2,title=CTX302 unused-ignore-pattern::pattern "nothing-here" /m);
    assert.doesNotMatch(gh, /file=services\/web\/\.dockerignore/);

    const sarif = JSON.parse((await runCli(['services/web', '--format', 'sarif', '--fail-on', 'never'], repo)).stdout);
    const located = (ruleId: string) => {
      const r = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === ruleId);
      return [r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region?.startLine, r.partialFingerprints['ctxAudit/v1']];
    };
    assert.deepEqual(located('CTX303'), ['services/web/Dockerfile.dockerignore', 1, 'CTX303:Dockerfile.dockerignore:1']);
    assert.deepEqual(located('CTX302'), ['services/web/Dockerfile.dockerignore', 2, 'CTX302:Dockerfile.dockerignore:2']);

    const legacy = (await runCli(['services/web', '--builder', 'legacy', '--format', 'github', '--fail-on', 'never'], repo)).stdout;
    assert.match(legacy, /^::notice file=services\/web\/\.dockerignore,line=2,title=CTX302 unused-ignore-pattern::pattern "stale-name" /m);
    assert.doesNotMatch(legacy, /file=services\/web\/Dockerfile\.dockerignore,line=/);
  } finally {
    cleanup();
  }
});
