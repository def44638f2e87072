import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';

test('CTX303 counts deeper matches a gitignore-style pattern misses and suggests **/', () => {
  const f = findingsOf('CTX303', {
    files: ['node_modules/root.js', 'api/node_modules/a.js', 'api/node_modules/b.js', 'web/node_modules/c.js', 'logs/x.log', 'src/app.js'],
    dockerignore: 'node_modules\n*.log\n',
  });
  assert.deepEqual(
    f.map((x) => [x.line, x.data.pattern, x.data.matches, x.data.files, x.data.suggestion]),
    [
      [1, 'node_modules', 2, 3, '**/node_modules'],
      [2, '*.log', 1, 1, '**/*.log'],
    ],
  );
});

test('CTX303 is silent for **/ patterns, paths with a slash, and when nothing deeper matches', () => {
  assert.deepEqual(findingsOf('CTX303', { files: ['a/node_modules/x', 'a/b.log', 'c.tmp'], dockerignore: '**/node_modules\na/*.log\n*.tmp\n' }), []);
});

// elie222/inbox-zero: `.env.*`, `**/.env.*`, then `!**/.env.example`: the deeper apps/web/.env.example
// is sent on purpose, and "use **/.env.*" (already there) would change nothing (sweep 46/D).
test('CTX303 does not count a deeper match that a later exception lets in', () => {
  const files = ['.env.local', 'apps/web/.env.example', 'apps/web/.env.prod', 'src/a.js'];
  assert.deepEqual(findingsOf('CTX303', { files, dockerignore: '.env.*\n**/.env.*\n!**/.env.example\n' }), []);
  // Another deeper match still counts; an exception before the line decides nothing after it.
  const f = findingsOf('CTX303', { files, dockerignore: '.env.*\n!**/.env.example\n' });
  assert.deepEqual(f.map((x) => [x.data.matches, x.data.example]), [[1, 'apps/web/.env.prod']]);
  const before = findingsOf('CTX303', { files, dockerignore: '!**/.env.example\n.env.*\n' });
  assert.deepEqual(before.map((x) => x.data.matches), [2]);
});

test('CTX303 is silent for patterns anchored on purpose: `/x` and `./x`', () => {
  assert.deepEqual(findingsOf('CTX303', { files: ['data/a', 'src/app/data/m.ts', 'build/b', 'pkg/build/c'], dockerignore: './data\n/build\n' }), []);
});

// inbucket: `tags` (ctags) matched .git/refs/tags, which its build's `git describe --tags` reads:
// "use **/tags" would have dropped the release tag from the version the binary reports.
test('CTX303 does not count matches inside a .git directory (git\'s own files)', () => {
  const onlyGit = findingsOf('CTX303', { files: ['.git/HEAD', '.git/refs/tags/v1.0.0', 'vendor/lib/.git/refs/tags/x', 'main.go'], dockerignore: 'tags\n' });
  assert.deepEqual(onlyGit, []);
  const f = findingsOf('CTX303', { files: ['.git/refs/tags/v1.0.0', 'docs/tags', 'main.go'], dockerignore: 'tags\n' });
  assert.deepEqual(f.map((x) => [x.data.matches, x.data.example]), [[1, 'docs/tags']]);
});

test('CTX303 is silent when every deeper match is needed by a COPY source; it counts only the unneeded ones otherwise', () => {
  const needed = findingsOf('CTX303', {
    files: ['export/big.csv', 'src/documents/export/a.py'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY src /src\n' },
    dockerignore: 'export\n',
  });
  assert.deepEqual(needed, []);
  const mixed = findingsOf('CTX303', {
    files: ['static/r.css', 'web/static/w.css', 'docs/static/a.pdf', 'docs/static/b.pdf', 'tools/static/t'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY web /web\n' },
    dockerignore: 'static\n',
  });
  assert.equal(mixed.length, 1);
  const d = mixed[0].data;
  // web/static is needed by COPY web: **/static would drop it, so the advice names the others.
  assert.deepEqual([d.matches, d.files, d.safe, d.suggestion, d.paths, d.needed], [2, 3, false, null, ['docs/static', 'tools/static'], 'web/static']);
  // Not "the unused paths": after a COPY . . the build may read them (evcc's go:embed'ed yaml).
  assert.match(mixed[0].message, /would also drop web\/static, which COPY web \(line 2\) copies: exclude by name instead the paths that no image built from this context needs$/);
});

// khoj-ai/khoj: `.*` beside src/interface/web/.env.development (which a COPY names) and the tracked
// .well-known/assetlinks.json its app serves (sweep 50/A-F2). `.*` keeps out `.env`: a secret's line, whose
// deeper untracked matches it would leave unprotected, stays a warning (the review of 9ecd256a, A-R2). A
// wildcard over other files whose one deeper match a COPY needs, the rest tracked: info, keep the line.
test('CTX303: a needed deeper match beside tracked ones is info, and advises keeping the line; a secret\'s wildcard (.*, .env*) stays a warning', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'web/conf.d/site.conf', 'srv/config.yml', 'web/.env.development', 'srv/.well-known/assetlinks.json', 'app.py'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY web/. /web\nCOPY . /app\n' },
    dockerignore: 'conf*\n.*\n',
  });
  try {
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q'], { cwd: tree.ctx, stdio: 'ignore' });
    execFileSync('git', ['add', '.'], { cwd: tree.ctx, stdio: 'ignore' });
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303').sort((a, b) => a.line! - b.line!);
    assert.deepEqual(f.map((x) => [x.data.pattern, x.severity, x.data.needed]), [['conf*', 'info', 'web/conf.d'], ['.*', 'warning', 'web/.env.development']]);
    assert.match(f[0].message, /"\*\*\/conf\*" would also drop web\/conf\.d, which COPY web\/\. \(line 2\) copies; git tracks the deeper match: it is the repository's own file that matches it: keep the line as it is$/);
    assert.match(f[1].message, /"\*\*\/\.\*" would also drop web\/\.env\.development, which COPY web\/\. \(line 2\) copies: exclude by name instead the path that no image built from this context needs$/);
    // A wildcard over a general format (`*.yml`, which matches `.yarnrc.yml` and `secret.yml`) is no secret's
    // line (the review of 13c44efe, B-R3); one over a key's extension is.
    writeFileSync(join(tree.ctx, '.dockerignore'), '*.yml\n*.pem\n');
    writeFileSync(join(tree.ctx, 'srv/ca.pem'), 'public\n');
    execFileSync('git', ['add', '.'], { cwd: tree.ctx, stdio: 'ignore' });
    const ext = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303').sort((a, b) => a.line! - b.line!);
    assert.deepEqual(ext.map((x) => [x.data.pattern, x.severity]), [['*.yml', 'info'], ['*.pem', 'warning']]);
    // `.env*` too, whose first kind is a dependency's (`.env-py`).
    writeFileSync(join(tree.ctx, '.dockerignore'), '.env*\n');
    writeFileSync(join(tree.ctx, 'srv/.env.example'), 'PORT=3000\n');
    execFileSync('git', ['add', '.'], { cwd: tree.ctx, stdio: 'ignore' });
    const env = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303');
    assert.deepEqual(env.map((x) => [x.data.pattern, x.severity]), [['.env*', 'warning']]);
  } finally {
    tree.cleanup();
  }
});

// Issue 14 (corpus precision): a literal name whose every deeper match git tracks is the root
// project's own file excluded by name; the deeper copies are other packages' committed sources.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { discoverTargets } from '../../src/targets/discover.js';
import { runTargets } from '../../src/multi/run-targets.js';
import { buildTree } from '../helpers/trees.js';

// A wildcard line too, unless it matches only documents or archives (sweep 50/A-F2, B-F2, C-F4: khoj's `.*`
// beside the tracked .well-known/assetlinks.json the app serves, weaviate's `data*` beside Go sources,
// kanboard's `*.js` beside the JavaScript it serves: warnings whose `**/` advice would break the build; the
// same lines written as names were info).
test('CTX303 is info for a line whose deeper matches git tracks, a literal name or a wildcard over sources; documents, secrets\' names and untracked deeper matches stay warnings', () => {
  const tree = buildTree({
    files: [
      'Dockerfile', 'docker-compose.yml', 'cypress/docker-compose.yml', // literal file, tracked deeper
      '.vscode/settings.json', 'examples/app/.vscode/extensions.json', // literal directory, tracked deeper
      '.envrc', 'pkg/.envrc', // a secret's name, tracked deeper
      'README.md', 'pkg/README.md', // a wildcard, tracked deeper
      'index.php', 'app/http/kernel.php', // a wildcard over other kinds of files, tracked deeper
      'data.sql', 'pkg/dataset/x.go', // a wildcard matching a deeper directory, tracked
      'build', 'web/build/app.js', 'web/build/local.map', // literal, one deeper file untracked
      'api/node_modules/x.js', // literal, untracked deeper (a root-less line still reports it)
    ],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' },
    dockerignore: 'docker-compose.yml\n.vscode\n.envrc\n*.md\nbuild\nnode_modules\n*.php\ndata*\n',
  });
  try {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: tree.ctx, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(tree.ctx, '.gitignore'), 'node_modules/\n*.map\n');
    git('add', '.');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303').sort((a, b) => a.line! - b.line!);
    assert.deepEqual(
      f.map((x) => [x.data.pattern, x.severity]),
      [
        ['docker-compose.yml', 'info'],
        ['.vscode', 'info'],
        ['.envrc', 'warning'],
        // Documents (and archives): what a wildcard line means to keep out everywhere (minio's `*.gz`, hoppscotch's `*.md`).
        ['*.md', 'warning'],
        ['build', 'warning'],
        ['node_modules', 'warning'],
        ['*.php', 'info'],
        ['data*', 'info'],
      ],
    );
    assert.match(f[0].message, /git tracks the deeper match/);
    // schollz/croc: `croc` beside src/croc, which `COPY . .` builds from: no advice to use "**/croc".
    assert.match(f[6].message, /git tracks the deeper match: it is the repository's own file that matches it, which "\*\*\/\*\.php" would drop too: keep the line as it is unless no image built from this context needs them$/);
    assert.match(f[3].message, /; use "\*\*\/\*\.md" if no image built from this context needs any of them \(git tracks them all/);
    assert.match(f[1].message, /git tracks the deeper match: it is the repository's own directory that shares the name, which/);
    assert.match(f[0].message, /git tracks the deeper match: it is the repository's own file that shares the name, which "\*\*\/docker-compose\.yml" would drop too: keep the line as it is unless no image built from this context needs them$/);
    assert.doesNotMatch(f[0].message, /use "\*\*\//);
    // A secret's name keeps the warning and does not call the deeper copy the repository's own;
    // its `**/` is offered on the condition suggest checks (every deeper match committed).
    assert.doesNotMatch(f[2].message, /repository's own files/);
    assert.match(f[2].message, /use "\*\*\/\.envrc" if no image built from this context needs any of them \(git tracks them all/);
  } finally {
    tree.cleanup();
  }
});

// zedeus/nitter: `*.md` for the root README, while the build renders public/md/about.md into its about page
// (sweep 51/L-F5): a document under a directory the app serves is its content, info as other tracked sources.
test('CTX303: a wildcard line over tracked documents under public/ or static/ is info; over other documents a warning', () => {
  const severity = (deeper: string) => {
    const tree = buildTree({ files: ['Dockerfile', 'README.md', deeper], fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '*.md\n' });
    try {
      execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q'], { cwd: tree.ctx, stdio: 'ignore' });
      execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'add', '.'], { cwd: tree.ctx, stdio: 'ignore' });
      return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303').map((x) => x.severity);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(severity('public/md/about.md'), ['info']);
  assert.deepEqual(severity('static/docs/help.md'), ['info']);
  assert.deepEqual(severity('packages/ui/README.md'), ['warning']);
  // One served document among other documents keeps the warning (the review of 20480e6b, RC-R8).
  const tree = buildTree({ files: ['Dockerfile', 'README.md', 'public/md/about.md', 'packages/ui/README.md'], fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '*.md\n' });
  try {
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q'], { cwd: tree.ctx, stdio: 'ignore' });
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'add', '.'], { cwd: tree.ctx, stdio: 'ignore' });
    assert.deepEqual(runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303').map((x) => x.severity), ['warning']);
  } finally {
    tree.cleanup();
  }
});

test('CTX303 keeps the warning without a git index (nothing says the deeper matches are committed)', () => {
  const f = findingsOf('CTX303', { files: ['docker-compose.yml', 'cypress/docker-compose.yml'], dockerignore: 'docker-compose.yml\n' });
  assert.deepEqual(f.map((x) => x.severity), ['warning']);
});

// A wildcard line whose deeper matches are all committed used to get `**/*.md`; NodeBB's image
// reads install/data/welcome.md at run time under `COPY . .`, which no check can see: such a rewrite
// is now reported as rejected, with the reason, and the line stays.
test('suggest proposes no **/ rewrite for a CTX303 whose deeper matches git tracks: a literal line (files sharing the name) nor a wildcard line (rejected, with the reason)', async () => {
  const { suggest } = await import('../../src/suggest/suggest.js');
  const tree = buildTree({
    files: ['Dockerfile', 'docker-compose.yml', 'cypress/docker-compose.yml', 'README.md', 'pkg/README.md', 'app.js'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' },
    dockerignore: 'docker-compose.yml\n*.md\n',
  });
  try {
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q'], { cwd: tree.ctx, stdio: 'ignore' });
    execFileSync('git', ['add', '.'], { cwd: tree.ctx, stdio: 'ignore' });
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    const lines = r.proposed.toString('utf8').split('\n');
    assert.ok(lines.includes('docker-compose.yml') && !lines.includes('**/docker-compose.yml'), lines.join('|'));
    assert.ok(lines.includes('*.md') && !lines.includes('**/*.md'), lines.join('|'));
    assert.deepEqual(r.rejected.map((x) => [x.lines, x.reasons.join('; ')]), [[['**/*.md'], "git tracks every deeper match (e.g. pkg/README.md): the repository's own files, which the image may read at run time; exclude by name the ones it does not need"]]);
    // The audit's advice says the same: CTX303 on `*.md` stays a warning, and its `**/` is conditional.
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303' && x.data.pattern === '*.md');
    assert.deepEqual(f.map((x) => x.severity), ['warning']);
    assert.match(f[0].message, /; use "\*\*\/\*\.md" if no image built from this context needs any of them \(git tracks them all, so suggest leaves that to you\)$/);
    // JSON's `safe` says what suggest does: not safe (TriliumNext's `electron*`, outline's `*.md` were `safe: true`).
    assert.deepEqual([f[0].data.safe, f[0].data.suggestion, f[0].data.deeperCommitted], [false, '**/*.md', true]);
  } finally {
    tree.cleanup();
  }
});

// changedetection.io's .github/test/Dockerfile-alpine copies only requirements.txt: "*.md ... 11 deeper
// matches are still sent" was true of the legacy upload only; BuildKit requests none of them.
test('CTX303 under BuildKit: info when BuildKit requests none of the deeper matches (a Dockerfile naming its sources); a warning under a whole-context COPY, and under the legacy builder', () => {
  const shape = { files: ['requirements.txt', 'README.md', 'docs/a.md', 'pkg/b.md', 'pkg/x.py'], dockerignore: '*.md\n' };
  const named = findingsOf('CTX303', { ...shape, fileContents: { Dockerfile: 'FROM python\nCOPY requirements.txt /\n' } }, { builder: 'buildkit' });
  assert.deepEqual(named.map((f) => [f.severity, f.data.notRequested ?? null]), [['info', true]]);
  assert.match(named[0].message, /2 deeper matches are still in the context .*; BuildKit requests none of them for this Dockerfile \(the legacy builder sends them\)$/);
  // COPY pkg needs pkg/b.md, so the finding lists docs/a.md alone, which BuildKit does not request either.
  const pkg = findingsOf('CTX303', { ...shape, fileContents: { Dockerfile: 'FROM python\nCOPY pkg /pkg\n' } }, { builder: 'buildkit' });
  assert.deepEqual(pkg.map((f) => [f.severity, f.data.notRequested ?? null, f.data.paths]), [['info', true, ['docs/a.md']]]);
  const whole = findingsOf('CTX303', { ...shape, fileContents: { Dockerfile: 'FROM python\nCOPY . /app\n' } }, { builder: 'buildkit' });
  assert.deepEqual(whole.map((f) => [f.severity, f.data.notRequested ?? null]), [['warning', null]]);
  const legacy = findingsOf('CTX303', { ...shape, fileContents: { Dockerfile: 'FROM python\nCOPY requirements.txt /\n' } }, { builder: 'legacy' });
  assert.deepEqual(legacy.map((f) => f.severity), ['warning']);
});

// openlibrary: `.dockerignore` has `infogami` (its root symlink); vendor/infogami is a submodule
// its workflow checks out with `submodules: true`. In a plain clone the directory is empty, so CTX303
// warned about "0 files" and suggest proposed `**/infogami`, which drops the submodule in CI.
test('CTX303: a deeper match in a git submodule, checked out or not, is the repository\'s own: info, and suggest proposes no **/ rewrite', async () => {
  const { suggest } = await import('../../src/suggest/suggest.js');
  for (const checkedOut of [false, true]) {
    const tree = buildTree({
      files: ['Dockerfile', 'infogami/__init__.py', 'app.py', '.gitmodules'],
      fileContents: { Dockerfile: 'FROM python\nCOPY . /app\n', '.gitmodules': '[submodule "vendor/infogami"]\n\tpath = vendor/infogami\n\turl = https://github.com/internetarchive/infogami.git\n' },
      dockerignore: 'infogami\n',
    });
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: tree.ctx, stdio: 'ignore' });
      git('init', '-q');
      git('add', '.');
      git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/infogami`);
      mkdirSync(join(tree.ctx, 'vendor', 'infogami'), { recursive: true });
      if (checkedOut) writeFileSync(join(tree.ctx, 'vendor', 'infogami', 'core.py'), 'x = 1\n');
      const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX303');
      assert.deepEqual(f.map((x) => [x.data.pattern, x.severity, x.data.deeperCommitted]), [['infogami', 'info', true]], `checked out: ${checkedOut}`);
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      assert.ok(!r.proposed.toString('utf8').split('\n').includes('**/infogami'), r.proposed.toString('utf8'));
    } finally {
      tree.cleanup();
    }
  }
});

// frigate: docker-compose.yml's devcontainer target (docker/main/Dockerfile, `target: devcontainer`) was
// offered `**/*.ts` and `**/*.jpg`, while ci.yml's `target: frigate` of the same Dockerfile and context
// copies web/ (whose .ts sources `npm run build` compiles) and frigate/images/camera-error.jpg; under
// that target the same run said `**/*.jpg` would drop it (sweep 48/C-F1).
test('CTX303 under --all: a deeper match another build of the context copies by name is needed, whichever target the finding is for', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'web/src/a.ts', 'frigate/images/err.jpg', 'docs/shot.jpg', 'compose.yaml', 'sub/compose.yaml', 'sub/Dockerfile', 'sub/docs/x.txt'],
    fileContents: {
      Dockerfile: 'FROM alpine AS devcontainer\nRUN true\nFROM alpine AS web-build\nCOPY web/ /web/\nFROM alpine AS frigate\nCOPY --from=web-build /web /web\nCOPY frigate /opt/frigate\n',
      'compose.yaml': 'services:\n  dev:\n    build:\n      context: .\n      target: devcontainer\n  prod:\n    build:\n      context: .\n      target: frigate\n',
      // A build of another context copies `docs`: its own docs/, not this context's docs/shot.jpg.
      'sub/compose.yaml': 'services:\n  o:\n    build: .\n',
      'sub/Dockerfile': 'FROM alpine\nCOPY docs /docs\n',
    },
    dockerignore: '*.ts\n*.jpg\n',
  });
  try {
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    const targets = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.filter((t) => t.name.includes('compose.yaml:'));
    const r = runTargets(targets, { cwd: tree.ctx, builder: 'buildkit', baseDir: tree.ctx });
    const f303 = r.findings.filter((f) => f.ruleId === 'CTX303').map((f) => [f.target, f.data.pattern, f.data.suggestion, f.data.paths, f.data.needed, f.data.neededBy]).sort();
    assert.deepEqual(f303, [
      // dev: *.ts's only deeper match is one prod copies: no finding at all. *.jpg: docs/shot.jpg is
      // free, frigate/images/err.jpg is prod's.
      ['compose.yaml:dev', '*.jpg', null, ['docs/shot.jpg'], 'frigate/images/err.jpg', 'COPY frigate (Dockerfile:7) for compose.yaml:prod'],
      ['compose.yaml:prod', '*.jpg', null, ['docs/shot.jpg'], 'frigate/images/err.jpg', 'COPY frigate (line 7)'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// The review of 47f512b7: another build's Dockerfile that is a link inside the repository is read where
// it leads, as docker reads it (F6); a Dockerfile nothing builds, which ctx-audit places at the root by
// a guess, is no other build (F8).
test('CTX303 under --all: another build\'s linked Dockerfile counts; a Dockerfile placed by a guess does not', () => {
  const tree = buildTree({
    files: ['Dockerfile.dev', 'real/Prod.Dockerfile', 'web/src/a.ts', 'docs/a.md', 'tools/Dockerfile.x', 'compose.yaml'],
    fileContents: {
      'Dockerfile.dev': 'FROM alpine\nRUN true\n',
      'real/Prod.Dockerfile': 'FROM alpine\nCOPY web/ /web/\n',
      'tools/Dockerfile.x': 'FROM alpine\nCOPY docs /docs\n',
      'compose.yaml': 'services:\n  dev:\n    build:\n      context: .\n      dockerfile: Dockerfile.dev\n  prod:\n    build:\n      context: .\n      dockerfile: Prod.Dockerfile\n',
    },
    dockerignore: '*.ts\n*.md\n',
  });
  try {
    symlinkSync('real/Prod.Dockerfile', join(tree.ctx, 'Prod.Dockerfile'));
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {}, repository: { root: tree.ctx, allowOutside: false } });
    assert.ok(d.targets.some((t) => t.name.startsWith('tools/Dockerfile.x') && t.contextGuessed === true && t.context === tree.ctx), JSON.stringify(d.targets.map((t) => [t.name, t.context])));
    const r = runTargets(d.targets, { cwd: tree.ctx, builder: 'buildkit', baseDir: tree.ctx, repository: { root: tree.ctx, allowOutside: false } });
    const dev = r.findings.filter((f) => f.ruleId === 'CTX303' && f.target === 'compose.yaml:dev').map((f) => [f.data.pattern, f.data.suggestion]);
    // *.ts: prod (through the link) copies web/src/a.ts: no finding. *.md: only the guessed build copies docs/.
    assert.deepEqual(dev, [['*.md', '**/*.md']]);
  } finally {
    tree.cleanup();
  }
});

// The review of ff6bf910: another build's sources resolve by the builder that runs it. prod is BuildKit's,
// whose `COPY ../web/` reads the root's web/ (the legacy builder refuses it); dev, a legacy build, was told
// `**/*.ts`, which drops what prod copies.
test('CTX303 under --all: another build\'s sources resolve by its own builder', () => {
  const tree = buildTree({
    files: ['Dockerfile.dev', 'Dockerfile.prod', 'web/src/a.ts'],
    fileContents: { 'Dockerfile.dev': 'FROM alpine\nRUN true\n', 'Dockerfile.prod': 'FROM alpine\nCOPY ../web/ /web/\n' },
    dockerignore: '*.ts\n',
  });
  try {
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    const target = (name: string, builder: 'legacy' | 'buildkit') => ({ name, declaredIn: name, kind: 'dockerfile' as const, context: tree.ctx, dockerfile: join(tree.ctx, `Dockerfile.${name}`), args: {}, namedContexts: {}, builder });
    const r = runTargets([target('dev', 'legacy'), target('prod', 'buildkit')], { cwd: tree.ctx, builder: 'legacy', baseDir: tree.ctx });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'CTX303').map((f) => [f.target, f.data.pattern]), []);
  } finally {
    tree.cleanup();
  }
});
