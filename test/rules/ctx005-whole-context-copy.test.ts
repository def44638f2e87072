// CTX005 whole-context-copy: COPY . . puts everything sent into the image.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { check, lines, only } from './cross-check-harness.js';

test('CTX005 lists the largest files and the sensitive things dragged in', () => {
  const r = check(
    { files: ['.git/HEAD', '.env.local', 'certs/server.key', 'app.js', 'a-much-longer-file-name.txt'] },
    lines('FROM node', 'WORKDIR /app', 'COPY . .'),
  );
  const f = only(r, 'CTX005');
  assert.equal(f.length, 1);
  assert.deepEqual([f[0].severity, f[0].line, f[0].column], ['warning', 3, 6]);
  assert.deepEqual(f[0].data.sensitive, ['.env.local', '.git/', 'certs/server.key']);
  // 6 files (Dockerfile included); the largest is a-much-longer-file-name.txt (28 B).
  assert.equal(f[0].data.files, 6);
  assert.deepEqual((f[0].data.largest as { path: string; bytes: number }[])[0], { path: 'a-much-longer-file-name.txt', bytes: 28 });
});

// screeps-launcher's allowlist sent the Dockerfile alone: "(1 files, 9 B)" (sweep 54/E-F3's note).
test('CTX005 counts one file as one file', () => {
  const f = only(check({ files: [] }, lines('FROM alpine', 'COPY . /app')), 'CTX005');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /^COPY "\." copies the whole context \(1 file, \d+ B\) into the image/);
});

test('CTX005 also fires for ADD . and an empty expansion; not for specific sources or a bind mount', () => {
  const a = check({ files: ['x'] }, lines('FROM alpine', 'ADD . /app', 'COPY $NOPE /app'));
  assert.deepEqual(only(a, 'CTX005').map((f) => [f.line, f.data.instruction]), [
    [2, 'ADD'],
    [3, 'COPY'],
  ]);
  // skywalking's `COPY "$DIST" .`, DIST passed by its Makefile: the message says why the source is "".
  assert.match(only(a, 'CTX005')[1].message, /^COPY "\$NOPE" \("" with NOPE unset\) copies the whole context/);
  assert.match(only(a, 'CTX005')[0].message, /^ADD "\." copies the whole context/);
  const n = check({ files: ['x'] }, lines('FROM alpine', 'COPY x /app', 'RUN --mount=type=bind,target=/c ls'));
  assert.deepEqual(only(n, 'CTX005'), []);
});

// Issue 14: a warning only where it can matter.
import { auditTree, findingsOf } from './ctx0-harness.js';
test('CTX005: warning in the target stage when sensitive paths are copied or there is no .dockerignore; info with an allowlist, with nothing sensitive, or in a build stage', () => {
  const sev = (dockerfile: string, dockerignore: string | null, files: string[]) =>
    auditTree({ files, fileContents: { Dockerfile: dockerfile }, dockerignore }).findings.filter((f) => f.ruleId === 'CTX005').map((f) => [f.severity, f.message.includes('build stage `build`')]);
  const app = 'FROM alpine\nCOPY . /app\n';
  assert.deepEqual(sev(app, '', ['src/a.js', '.env']), [['warning', false]]);
  assert.deepEqual(sev(app, null, ['src/a.js']), [['warning', false]]);
  assert.deepEqual(sev(app, 'node_modules\n', ['src/a.js']), [['info', false]]);
  assert.deepEqual(sev(app, '*\n!src\n!.env\n', ['src/a.js', '.env']), [['info', false]]);
  assert.deepEqual(sev('FROM alpine AS build\nCOPY . /src\nFROM alpine\nCOPY --from=build /src/out /out\n', '', ['src/a.js', '.env']), [['info', true]]);
});

test('CTX005 counts files the way the summary does: symlinks are not files', async () => {
  const { symlinkSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { buildTree } = await import('../helpers/trees.js');
  const { runAudit } = await import('../../src/audit.js');
  const tree = buildTree({ files: ['Dockerfile', 'a.txt', 'b.txt'], fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: null });
  try {
    symlinkSync('a.txt', join(tree.ctx, 'link'));
    const r = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' });
    const f = r.findings.find((x) => x.ruleId === 'CTX005');
    assert.equal(f?.data.files, r.context.files);
    assert.equal(f?.data.files, 3); // Dockerfile, a.txt, b.txt
  } finally {
    tree.cleanup();
  }
});

// formbricks: apps/web/.env is a committed symlink to ../../.env, which the context does not hold. A
// whole-context COPY sends only the link: CTX005 called it sensitive (a warning) while a real .env with
// no credential stayed info (sweep 49/B-F4). A COPY naming the link follows it (BuildKit): sensitive.
test('CTX005: a symlink named like a secret is not sensitive under a whole-context COPY, unless a named source follows it', async () => {
  const { symlinkSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { buildTree } = await import('../helpers/trees.js');
  const { runAudit } = await import('../../src/audit.js');
  const sev = (dockerfile: string) => {
    const tree = buildTree({ files: ['Dockerfile', 'src/a.js', 'conf/real.env'], fileContents: { Dockerfile: dockerfile, 'conf/real.env': `API_TOKEN=${randomBytes(12).toString('hex')}\n` }, dockerignore: '.git\nconf/\n' });
    try {
      symlinkSync('../conf/real.env', join(tree.ctx, 'src', '.env'));
      return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit' }).findings.filter((f) => f.ruleId === 'CTX005').map((f) => [f.severity, (f.data.sensitive as string[] | undefined) ?? []]);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(sev('FROM alpine\nCOPY . /app\n'), [['info', []]]);
  assert.deepEqual(sev('FROM alpine\nCOPY . /app\nCOPY src/.env /app/.env\n'), [['warning', ['src/.env']]]);
});

// pixelfed: `COPY . /var/www/` in a build stage, then `COPY --from=composer-and-src /var/www /var/www`
// in the image. CTX005 said info ("no COPY --from brings this path into the image") beside a CTX003
// error saying the COPY --from ships .git.
test('CTX005 in a build stage whose copied directory a COPY --from carries into the image: a warning naming what it carries and the line', () => {
  const findings = (dockerfile: string) =>
    auditTree({ files: ['src/a.js', '.env', 'certs/tls.key'], fileContents: { Dockerfile: dockerfile, '.env': `API_TOKEN=${randomBytes(16).toString('hex')}\n` }, dockerignore: '' }).findings.filter((f) => f.ruleId === 'CTX005');
  const all = findings('FROM alpine AS build\nWORKDIR /app\nCOPY . .\nFROM alpine\nCOPY --from=build /app /app\n');
  assert.deepEqual(all.map((f) => f.severity), ['warning']);
  // 5 files: the three above, the Dockerfile and the .dockerignore.
  assert.match(all[0].message, /^COPY "\." copies the whole context \(5 files, [^)]+\) into build stage `build`, including \.env, certs\/tls\.key, which the COPY --from at line 5 carries into the image$/);
  // Only part of it: the message says which.
  const part = findings('FROM alpine AS build\nWORKDIR /app\nCOPY . .\nFROM alpine\nCOPY --from=build /app/certs /certs\n');
  assert.deepEqual(part.map((f) => f.severity), ['warning']);
  assert.match(part[0].message, /including \.env, certs\/tls\.key; the COPY --from at line 5 carries certs\/tls\.key into the image$/);
  // None of the sensitive ones: info, as before, saying what goes on is not them.
  const none = findings('FROM alpine AS build\nWORKDIR /app\nCOPY . .\nFROM alpine\nCOPY --from=build /app/src /src\n');
  assert.deepEqual(none.map((f) => f.severity), ['info']);
  assert.match(none[0].message, /into build stage `build` \(the COPY --from at line 5 carries part of it into the image, none of \.env, certs\/tls\.key\)$/);
  // Nothing of it at all (a directory the copy never made): as before.
  assert.match(findings('FROM alpine AS build\nWORKDIR /app\nCOPY . .\nFROM alpine\nCOPY --from=build /app/dist /dist\n')[0].message, /no COPY --from brings this path into the image/);
});

// warehouse: `.git/*` leaves only the empty .git directory entry; CTX005 counted `.git/` as a
// sensitive path and was a warning on three targets.
test('CTX005: a sensitive directory emptied by the ignore file is not sensitive; one with a file below it is', () => {
  const sens = (dockerignore: string) =>
    auditTree({ files: ['src/a.js', '.git/HEAD', '.git/config'], fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore }).findings.filter((f) => f.ruleId === 'CTX005').map((f) => [f.severity, f.data.sensitive]);
  assert.deepEqual(sens('.git/*\n'), [['info', []]]);
  assert.deepEqual(sens('.git/*\n!.git/HEAD\n'), [['warning', ['.git/']]]);
});

// linkwarden: CTX005 was a warning because apps/web/e2e/.env.example counted as sensitive.
test('CTX005: a dotenv template and a public key are not sensitive; the .env beside them is', () => {
  const token = `API_TOKEN=${randomBytes(16).toString('hex')}\n`;
  const sens = (files: string[], contents: Record<string, string> = {}) =>
    auditTree({ files, fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n', ...contents }, dockerignore: 'node_modules\n' }).findings.filter((f) => f.ruleId === 'CTX005').map((f) => [f.severity, f.data.sensitive]);
  assert.deepEqual(sens(['src/a.js', 'apps/web/e2e/.env.example', '.env.production.sample', 'keys/id_ed25519.pub']), [['info', []]]);
  assert.deepEqual(sens(['src/a.js', '.env.example', '.env.local'], { '.env.local': token }), [['warning', ['.env.local']]]);
  // logto: a settings-only .npmrc that CTX201 read and found no credential in is not sensitive
  // (pnpm i needs it); one holding a token is.
  assert.deepEqual(sens(['src/a.js', '.npmrc'], { '.npmrc': 'public-hoist-pattern[]=*eslint*\n' }), [['info', []]]);
  assert.deepEqual(sens(['src/a.js', '.npmrc'], { '.npmrc': `//registry.npmjs.org/:_authToken=${randomBytes(18).toString('hex')}\n` }), [['warning', ['.npmrc']]]);
  // Cloudflare Wrangler's .dev.vars is a dotenv file (melody-auth); its template is not.
  assert.deepEqual(sens(['src/a.js', '.dev.vars.example', 'worker/.dev.vars'], { 'worker/.dev.vars': token }), [['warning', ['worker/.dev.vars']]]);
  assert.deepEqual(sens(['src/a.js', '.dev.vars.example']), [['info', []]]);
});

// cryptpad: COPY . /cryptpad in stage build, COPY --from=build /cryptpad /cryptpad in the image. With
// nothing sensitive, CTX005 said "no COPY --from brings this path into the image".
test('CTX005 in a build stage a COPY --from carries on whole says so, at the severity of the same copy in the image', () => {
  const findings = (dockerfile: string) => auditTree({ files: ['a.txt'], fileContents: { Dockerfile: dockerfile }, dockerignore: null }).findings.filter((f) => f.ruleId === 'CTX005');
  const carried = findings('FROM alpine AS build\nCOPY . /app\nFROM alpine\nCOPY --from=build /app /app\n');
  const direct = findings('FROM alpine\nCOPY . /app\n');
  assert.deepEqual(carried.map((f) => f.severity), direct.map((f) => f.severity));
  assert.deepEqual(direct.map((f) => f.severity), ['warning']); // no .dockerignore
  assert.match(carried[0].message, /into build stage `build`, which the COPY --from at line 4 carries into the image$/);
  assert.match(findings('FROM alpine AS build\nCOPY . /app\nFROM alpine\nCOPY --from=build / /\n')[0].message, /carries into the image$/);
  // Part of it (a subdirectory): not the whole copy.
  assert.match(findings('FROM alpine AS build\nCOPY . /app\nFROM alpine\nCOPY --from=build /app/sub /sub\n')[0].message, /no COPY --from brings this path into the image/);
  // healthchecks: the builder deletes .git before the COPY --from; it is not carried, whatever else is.
  const rm = auditTree({ files: ['.git/HEAD', 'a.txt'], fileContents: { Dockerfile: 'FROM alpine AS build\nCOPY . /app\nRUN rm -rf /app/.git\nFROM alpine\nCOPY --from=build /app /app\n' }, dockerignore: '' }).findings.filter((f) => f.ruleId === 'CTX005');
  assert.deepEqual(rm.map((f) => f.severity), ['info']);
  // The rest of it (a.txt) goes on, .git does not.
  assert.match(rm[0].message, /\(the COPY --from at line 5 carries part of it into the image, none of \.git\/\)$/);
});

// BakhodiribnYashinibnMansur/go-ddd-clean-template: `COPY . /app` in proto-generator, `COPY
// --from=proto-generator /app /app` in builder, `COPY --from=builder /app/config /config` in the image:
// CTX005 said no COPY --from brings the copy into the image, while config/ reaches it.
test('CTX005: a whole-context copy in a build stage that a chain of COPY --from carries in part says so, and which sensitive files stay behind', () => {
  const dockerfile = 'FROM golang:1.22 AS gen\nWORKDIR /app\nCOPY . /app\nFROM golang:1.22 AS builder\nCOPY --from=gen /app /app\nFROM alpine\nCOPY --from=builder /app/config /config\n';
  const env = `SECRET_KEY=${randomBytes(16).toString('hex')}\n`;
  const f = findingsOf('CTX005', { files: ['config/app.yaml', 'main.go', '.env'], fileContents: { Dockerfile: dockerfile, '.env': env }, dockerignore: '' });
  assert.equal(f.length, 1);
  assert.match(f[0].message, /into build stage `gen` \(the COPY --from at lines 5, 7 carries part of it into the image, none of \.env\)$/);
  // Nothing of it carried: as before.
  const none = findingsOf('CTX005', { files: ['config/app.yaml', 'main.go', '.env'], fileContents: { Dockerfile: dockerfile.replace('/app/config /config', '/go/bin /bin'), '.env': env }, dockerignore: '' });
  assert.match(none[0].message, /\(no COPY --from brings this path into the image; what a RUN there makes of it still can\), including \.env$/);
});

test('CTX005 leaves out what COPY --exclude leaves out: neither counted nor named as sensitive', () => {
  const r = check(
    { files: ['.git/HEAD', '.git/objects/ab/cd', '.env', 'certs/server.key', 'src/a.js'] },
    lines('# syntax=docker/dockerfile:1.7-labs', 'FROM node', 'COPY --exclude=.git --exclude=*.env . /app'),
  );
  const f = only(r, 'CTX005');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].data.sensitive, ['certs/server.key']);
  // certs/server.key, src/a.js and the Dockerfile; not .env or the two files under .git.
  assert.equal(f[0].data.files, 3);
  assert.doesNotMatch(f[0].message, /\.git/);
  // Without the flag, the same copy names both.
  const plain = only(check({ files: ['.git/HEAD', '.env', 'src/a.js'] }, lines('FROM node', 'COPY . /app')), 'CTX005');
  assert.deepEqual(plain[0].data.sensitive, ['.env', '.git/']);
});

// helm-diff: `.dockerignore` of `*`, then `ADD . /workspace` and `RUN helm plugin install .`: the copy
// brings nothing, and the install fails. It was info ("copies the whole context (0 files)").
test('CTX005: a whole-context copy the ignore file leaves empty is a warning that says it copies nothing; an exception that matches nothing today stays info', () => {
  const run = (dockerfile: string, dockerignore: string, builder?: 'legacy') =>
    auditTree({ files: ['Makefile', 'cmd/main.go'], fileContents: { Dockerfile: dockerfile }, dockerignore }, builder ? { builder } : {}).findings.filter((f) => f.ruleId === 'CTX005');
  const add = 'FROM alpine\nADD . /workspace\nRUN cd /workspace && make install\n';
  for (const builder of [undefined, 'legacy'] as const) {
    const f = run(add, '*\n', builder);
    assert.deepEqual(f.map((x) => [x.severity, x.data.files, x.data.emptiedBy]), [['warning', 0, '.dockerignore']], String(builder));
    assert.equal(f[0].message, 'ADD "." copies nothing into the image: .dockerignore excludes everything in the context and lets nothing back in');
  }
  // In a build stage too: what its RUN expects is not there.
  const staged = run('FROM alpine AS build\nCOPY . /src\nRUN make -C /src\nFROM alpine\nCOPY --from=build /src/out /out\n', '*\n');
  assert.deepEqual(staged.map((x) => [x.severity, x.message]), [['warning', 'COPY "." copies nothing into build stage `build`: .dockerignore excludes everything in the context and lets nothing back in']]);
  // `*` then `!dist`, dist made by a step before the build: nothing today, maybe something then.
  assert.deepEqual(run(add, '*\n!dist\n').map((x) => [x.severity, x.data.emptiedBy]), [['info', undefined]]);
  // Names that happen to cover today's files (the review of 461d47b1): a dist/ a step writes first is
  // still sent; info as before.
  assert.deepEqual(run(add, 'Makefile\ncmd\nDockerfile\n.dockerignore\n').map((x) => [x.severity, x.data.emptiedBy]), [['info', undefined]]);
  // Something let in: the allowlist's usual info.
  assert.deepEqual(run(add, '*\n!Makefile\n').map((x) => [x.severity, x.data.files]), [['info', 1]]);
});
