import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';
import { runCli } from '../reporters/cli-io.js';
import { writeTree } from '../targets/helpers.js';

test('CTX301 fires once without a .dockerignore, pointing at where it belongs', () => {
  const f = findingsOf('CTX301', { files: ['a', 'b/c'] });
  assert.equal(f.length, 1);
  assert.equal(f[0].file, '.dockerignore');
  assert.equal(f[0].data.files, 3); // a, b/c, Dockerfile
  assert.match(f[0].message, /^no \.dockerignore: nothing keeps any of the 3 files \(/);
  // One file (the Dockerfile alone): no "1 files".
  const one = findingsOf('CTX301', { files: [] });
  assert.equal(one[0].data.files, 1);
  assert.match(one[0].message, /^no \.dockerignore: nothing keeps the 1 file \(/);
});

test('CTX301 is info on a small context and a warning from 100 files or 1 MB of content', () => {
  const small = findingsOf('CTX301', { files: ['a', 'b/c'] });
  assert.equal(small[0].severity, 'info');
  const many = findingsOf('CTX301', { files: Array.from({ length: 99 }, (_, i) => `src/f${i}.js`) }); // + Dockerfile = 100
  assert.equal(many[0].data.files, 100);
  assert.equal(many[0].severity, 'warning');
  const fewer = findingsOf('CTX301', { files: Array.from({ length: 98 }, (_, i) => `src/f${i}.js`) });
  assert.equal(fewer[0].severity, 'info');
  const big = findingsOf('CTX301', { files: ['a'], contents: { 'data.bin': 1_000_000 } });
  assert.equal(big[0].severity, 'warning');
  const under = findingsOf('CTX301', { files: ['a'], contents: { 'data.bin': 999_000 } });
  assert.equal(under[0].severity, 'info');
});

test('CTX301 is silent with any .dockerignore, even an empty one', () => {
  assert.deepEqual(findingsOf('CTX301', { files: ['a'], dockerignore: '' }), []);
});

// mailcow's backup image copies nothing from its 3,716-file context; Kavita copies three paths of
// 2,241 files. Under BuildKit they send what they name: the warning said "nothing keeps any of the
// 3,716 files out of the context" as if they were sent.
test('CTX301 under BuildKit: info with what BuildKit requests when the Dockerfile names little; a whole-context COPY keeps the warning', () => {
  const files = Array.from({ length: 150 }, (_, i) => `src/f${i}.js`);
  const named = findingsOf('CTX301', { files, fileContents: { Dockerfile: 'FROM alpine\nCOPY src/f1.js src/f2.js /app/\n' } }, { builder: 'buildkit' });
  assert.equal(named[0].severity, 'info');
  assert.equal((named[0].data.requested as { files: number }).files, 2);
  assert.match(named[0].message, /^no \.dockerignore: nothing keeps any of the 151 files \(.*\) out of the context; BuildKit requests 2 of them \(.*\) for this Dockerfile, which names what it copies$/);
  const whole = findingsOf('CTX301', { files, fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app/\n' } }, { builder: 'buildkit' });
  assert.equal(whole[0].severity, 'warning');
  assert.equal(whole[0].data.requested, undefined);
  const legacy = findingsOf('CTX301', { files, fileContents: { Dockerfile: 'FROM alpine\nCOPY src/f1.js /app/\n' } }, { builder: 'legacy' });
  assert.equal(legacy[0].severity, 'warning'); // the legacy builder sends the whole context
});

// SatcherInstitute/health-equity-tracker builds exporter/Dockerfile (and two more) from the repository
// root, which has no .dockerignore; exporter/.dockerignore beside each Dockerfile is read by neither
// builder. The finding names it and is a warning even on a small context.
test('CTX301 names a .dockerignore beside a Dockerfile built from a directory above it: not read for this build, a warning whatever the size', () => {
  const shape = (file: string) => ({ files: ['exporter/Dockerfile', 'exporter/main.py', file], fileContents: { 'exporter/Dockerfile': 'FROM python\nCOPY exporter/main.py /app/\n', [file]: 'tests\n.venv\n' } });
  for (const builder of ['legacy', 'buildkit'] as const) {
    const f = findingsOf('CTX301', shape('exporter/.dockerignore'), { file: 'exporter/Dockerfile', builder });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning', builder);
    assert.equal(f[0].data.unreadBeside, 'exporter/.dockerignore');
    assert.match(f[0].message, /; the \.dockerignore beside the Dockerfile \(exporter\/\.dockerignore in this context\) is not read for this build \(only the context root's \.dockerignore is, or under BuildKit a <Dockerfile>\.dockerignore beside it\): what it lists is sent$/);
  }
  // One elsewhere (not beside the Dockerfile), or the Dockerfile at the root: nothing to say.
  const elsewhere = findingsOf('CTX301', shape('other/.dockerignore'), { file: 'exporter/Dockerfile' });
  assert.equal(elsewhere[0].data.unreadBeside, undefined);
  assert.equal(elsewhere[0].severity, 'info');
});

// hcengineering/platform's pod-ai-bot copies assets/avatar.png (2.6 MB) and nothing else: the warning
// said BuildKit requests 2.6 MB, which no ignore file could make smaller. Every requested file named
// by a COPY itself: info; a directory copied (whose files an ignore file could trim): the warning stays.
test('CTX301 under BuildKit: info when every file BuildKit requests is one a COPY names, however big; a copied directory keeps the warning', () => {
  const files = Array.from({ length: 150 }, (_, i) => `src/f${i}.js`);
  const named = findingsOf('CTX301', { files, contents: { 'assets/avatar.png': 2_600_000 }, fileContents: { Dockerfile: 'FROM alpine\nCOPY assets/avatar.png /app/\n' } }, { builder: 'buildkit' });
  assert.equal(named[0].severity, 'info');
  const dir = findingsOf('CTX301', { files, contents: { 'assets/avatar.png': 2_600_000 }, fileContents: { Dockerfile: 'FROM alpine\nCOPY assets /app/assets\n' } }, { builder: 'buildkit' });
  assert.equal(dir[0].severity, 'warning');
});

// overleaf's server-ce/Makefile runs `cp .dockerignore $(MONOREPO_ROOT)` and then builds
// server-ce/Dockerfile from the root: the warning said nothing keeps the 6,633 files out, and that
// server-ce/.dockerignore is not read; the build has a .dockerignore, the one the recipe writes.
test('CTX301: a .dockerignore a recipe line writes into the context before the build makes the finding info, saying so', async () => {
  const tree = writeTree({
    'server-ce/Makefile': 'MONOREPO_ROOT := ../\nbuild:\n\tcp .dockerignore $(MONOREPO_ROOT)\n\tdocker build --file Dockerfile $(MONOREPO_ROOT)\n',
    'server-ce/Dockerfile': 'FROM node\nCOPY . /app\n',
    'server-ce/.dockerignore': '.git\nnode_modules\n',
    ...Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`services/web/f${i}.js`, 'x\n'])),
  });
  try {
    const r = await runCli(['--all', '.', '--no-config', '--format', 'json', '--fail-on', 'never'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    const f = JSON.parse(r.stdout).findings.filter((x: { ruleId: string }) => x.ruleId === 'CTX301');
    assert.deepEqual(f.map((x: { severity: string; message: string }) => [x.severity, x.message]), [
      ['info', 'no .dockerignore in the checkout: the part of server-ce/Makefile:4 before the build writes one; what it keeps out is not known here (the figures are without it)'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// jessfraz/dockerfiles' termboy (sweep 53/C-F3): `COPY games /games`, three game files of 400 kB, and nothing
// else in the context but the Dockerfile: a warning that no ignore file could act on.
test('CTX301 under BuildKit: info when a copied directory is all the context holds but the Dockerfile', () => {
  const only = findingsOf('CTX301', { files: ['games/a.gb', 'games/b.gb', 'games/c.gb'], contents: { 'games/a.gb': 400_000, 'games/b.gb': 400_000, 'games/c.gb': 400_000 }, fileContents: { Dockerfile: 'FROM alpine\nCOPY games /games\n' } }, { builder: 'buildkit' });
  assert.equal(only[0].severity, 'info');
  // Beside files nothing requests that an ignore file could keep out: a warning when they weigh 64 kB or more;
  // a few small ones (kubeconform's scripts/, a 407-byte Makefile beside 1.2 MB of named fixtures; sweep 55/O-F4) leave it info.
  const more = findingsOf('CTX301', { files: ['games/a.gb', 'games/b.gb', 'games/c.gb', 'notes.txt'], contents: { 'games/a.gb': 400_000, 'games/b.gb': 400_000, 'games/c.gb': 400_000, 'notes.txt': 70_000 }, fileContents: { Dockerfile: 'FROM alpine\nCOPY games /games\n' } }, { builder: 'buildkit' });
  assert.equal(more[0].severity, 'warning');
  const makefile = findingsOf('CTX301', { files: ['games/a.gb', 'games/b.gb', 'games/c.gb', 'Makefile'], contents: { 'games/a.gb': 400_000, 'games/b.gb': 400_000, 'games/c.gb': 400_000 }, fileContents: { Dockerfile: 'FROM alpine\nCOPY games /games\n', Makefile: 'bats:\n\tdocker build -f Dockerfile.bats .\n' } }, { builder: 'buildkit' });
  assert.equal(makefile[0].severity, 'info');
});
