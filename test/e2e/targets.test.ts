// End-to-end: `--compose`, `--bake` and `--all` on trees built at test time, through the built
// bin/ctx-audit.js. Expected targets, contexts, findings and walk counts are reasoned by hand in
// the comments (Compose spec for paths/extends/.env, BuildKit named-context rules for --from).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTree } from '../targets/helpers.js';
import { git } from '../helpers/committed.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/ctx-audit.js');

function ctxAudit(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

interface JsonTarget {
  name: string;
  kind: string;
  summary: { context: string; dockerfile: string; legacyTarBytes: number | null; buildkitRequestedBytes: number | null; findings: Record<string, number>; status: string };
  context: { root: string; dockerfile: string; namedContexts?: { name: string; files: number }[] } | null;
  error: string | null;
}
interface JsonFinding {
  ruleId: string;
  target: string;
  file?: string;
  line?: number;
  severity: string;
  message?: string;
  data: Record<string, unknown>;
}

const COMPOSE_TREE: Record<string, string> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  // web extends base (same file) and adds an arg; base's context comes from .env.
  'compose.yaml': [
    'services:',
    '  base:',
    '    build:',
    '      context: ${APP_DIR:-./missing}',
    '  web:',
    '    extends: base',
    '    build:',
    '      args:',
    '        MODE: prod',
    '  api:',
    '    build:',
    '      context: ./app',
    '      dockerfile: api.Dockerfile',
    '  worker:',
    '    build: ./worker',
    '  gen:',
    '    build:',
    '      context: ./worker',
    '      dockerfile_inline: |',
    '        FROM alpine',
    '        COPY main.py /',
    '  tools:',
    '    extends:',
    '      file: common/compose.yml',
    '      service: tooling',
    '  db:',
    '    image: postgres',
    '',
  ].join('\n'),
  '.env': 'APP_DIR=./app\n',
  'common/compose.yml': 'services:\n  tooling:\n    build: ./tools\n',
  'common/tools/Dockerfile': 'FROM alpine\nCOPY run.sh /\n',
  'common/tools/run.sh': 'echo\n',
  'common/tools/.dockerignore': '*.md\n',
  // *.Dockerfile excludes api.Dockerfile, so the legacy CLI protects it (R22) for api only.
  'app/.dockerignore': '*.Dockerfile\n',
  'app/Dockerfile': 'FROM alpine\nARG MODE\nCOPY index.js /app/\n',
  'app/api.Dockerfile': 'FROM alpine\nCOPY index.js /srv/\n',
  'app/index.js': 'console.log(1)\n',
  'worker/.dockerignore': '*.tmp\n',
  'worker/Dockerfile': 'FROM alpine\nCOPY main.py /app/\nCOPY missing.txt /app/\n',
  'worker/main.py': 'print(1)\n',
};

test('--compose: services with shared and separate contexts, extends, .env, inline Dockerfile, one broken COPY', () => {
  const tree = writeTree(COMPOSE_TREE);
  try {
    const r = ctxAudit(['--compose', '--format', 'json', '--no-config'], tree.root);
    // worker's COPY missing.txt is an error finding: exit 1.
    assert.equal(r.code, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[]; walks: { requested: number; performed: number; contexts: number } };
    // Every service with `build` (db has none), sorted by name; base and web differ by MODE.
    assert.deepEqual(doc.targets.map((t) => t.name), ['api', 'base', 'gen', 'tools', 'web', 'worker']);
    const byName = new Map(doc.targets.map((t) => [t.name, t]));
    assert.equal(byName.get('base')?.context?.root, path.join(tree.root, 'app'), '.env gave APP_DIR');
    assert.equal(byName.get('web')?.context?.root, path.join(tree.root, 'app'), 'extends brought the context');
    // extends: {file:} paths resolve against the extended file's directory.
    assert.equal(byName.get('tools')?.context?.root, path.join(tree.root, 'common/tools'));
    assert.equal(byName.get('api')?.context?.dockerfile, 'api.Dockerfile');
    assert.equal(byName.get('gen')?.context?.dockerfile, 'dockerfile_inline');
    assert.equal(byName.get('gen')?.summary.dockerfile, 'dockerfile_inline');

    const errors = doc.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => [f.target, f.ruleId, f.file, f.line]),
      [['worker', 'CTX101', 'Dockerfile', 3]],
    );
    assert.ok(doc.findings.every((f) => typeof f.target === 'string' && byName.has(f.target)));
    // gen copies main.py, which exists: nothing missing there.
    assert.ok(!doc.findings.some((f) => f.target === 'gen' && f.ruleId === 'CTX101'));
    assert.equal(byName.get('worker')?.summary.findings.error, 1);

    // Walks: 6 targets x (legacy + BuildKit eligible) = 12 requested. app: base and web share the
    // legacy walk, api's differs (its Dockerfile is protected by `!api.Dockerfile`), all three
    // share the BuildKit walk (no build-file protection) = 3; worker + gen (inline Dockerfile lies
    // outside the context, no protection added) = 2; tools = 2. Total 7.
    // Contexts: app (base, web, api), worker (worker, gen), common/tools.
    assert.deepEqual(doc.walks, { requested: 12, performed: 7, contexts: 3 });
  } finally {
    tree.cleanup();
  }
});

test('--compose FILE -f merging: a later file overrides the Dockerfile and merges args', () => {
  const tree = writeTree({
    'a.yml': 'services:\n  svc:\n    build:\n      context: ./ctx\n      args: [A=1, B=1]\n',
    // Paths in every -f file resolve against the first file's directory (the project directory).
    'over/b.yml': 'services:\n  svc:\n    build:\n      dockerfile: other.Dockerfile\n      args:\n        B: "2"\n',
    'ctx/other.Dockerfile': 'FROM alpine\nARG A\nARG B\nCOPY ${A}-${B}.txt /\n',
    'ctx/1-2.txt': 'x\n',
  });
  try {
    const r = ctxAudit(['--compose', 'a.yml', '--compose', 'over/b.yml', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
    assert.equal(doc.targets.length, 1);
    assert.equal(doc.targets[0].context?.dockerfile, 'other.Dockerfile');
    // A=1 from a.yml, B=2 from b.yml: the COPY names 1-2.txt, which exists.
    assert.ok(!doc.findings.some((f) => f.ruleId === 'CTX101'), JSON.stringify(doc.findings));
    assert.equal(r.code, 0, r.stderr);
  } finally {
    tree.cleanup();
  }
});

test('--compose: a service that cannot be audited is reported, named on stderr, and exits 2', () => {
  const tree = writeTree({
    'compose.yaml': 'services:\n  ok:\n    build: ./ok\n  gone:\n    build: ./nowhere\n',
    'ok/Dockerfile': 'FROM alpine\n',
  });
  try {
    const r = ctxAudit(['--compose', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ctx-audit: target gone: .*nowhere.*\n$/);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[] };
    assert.deepEqual(doc.targets.map((t) => [t.name, t.error === null]), [['gone', false], ['ok', true]]);
  } finally {
    tree.cleanup();
  }
  const bad = writeTree({ 'compose.yaml': 'services:\n  s:\n    build: ${NEED:?set NEED}\n' });
  try {
    const r = ctxAudit(['--compose'], bad.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /compose\.yaml: required variable NEED is missing a value: set NEED/);
  } finally {
    bad.cleanup();
  }
});

const BAKE_TREE: Record<string, string> = {
  'bake.json': JSON.stringify({
    group: { default: { targets: ['app', 'nested'] }, nested: { targets: ['tools'] } },
    target: {
      _common: { args: { BASE: 'alpine' } },
      app: { inherits: ['_common'], context: 'app', dockerfile: 'Dockerfile', contexts: { shared: 'shared', img: 'docker-image://alpine' } },
      tools: { context: 'tools', dockerfile: 'build/tools.Dockerfile', target: 'final' },
      // Not in the default group: bake would not build it, so neither do we.
      unused: { context: 'nowhere' },
    },
  }),
  'app/Dockerfile': 'ARG BASE\nFROM ${BASE}\nCOPY app.js /\nCOPY --from=shared present.txt /\nCOPY --from=shared gone.txt /\nCOPY --from=shared secret.txt /\nCOPY --from=img /etc/os-release /\n',
  'app/app.js': '1\n',
  // The named context's own .dockerignore applies to it (dockerui NamedContext).
  'shared/.dockerignore': 'secret.txt\n',
  'shared/present.txt': 'p\n',
  'shared/secret.txt': 's\n',
  'tools/build/tools.Dockerfile': 'FROM alpine AS final\nCOPY tool.sh /\nFROM final AS other\nCOPY nothing /\n',
  'tools/tool.sh': 't\n',
};

test('--bake: default group (nested), inherits, contexts: named context sources checked with their own ignore rules', () => {
  const tree = writeTree(BAKE_TREE);
  try {
    const r = ctxAudit(['--bake', 'bake.json', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
    assert.deepEqual(doc.targets.map((t) => t.name), ['app', 'tools']);
    const app = doc.targets[0];
    assert.deepEqual(app.context?.namedContexts?.map((n) => [n.name, n.files]), [['shared', 2], ['img', 0]]);
    const errors = doc.findings.filter((f) => f.severity === 'error').map((f) => [f.target, f.ruleId, f.line, f.data.namedContext ?? null]);
    // gone.txt is nowhere in `shared`; secret.txt is there but shared/.dockerignore excludes it;
    // present.txt is sent; --from=img is an image, not checked. tools: --target final skips `other`.
    assert.deepEqual(errors, [
      ['app', 'CTX101', 5, 'shared'],
      ['app', 'CTX102', 6, 'shared'],
    ]);
    // The summary carries both builders' figures.
    assert.ok((app.summary.legacyTarBytes ?? 0) > 0);
    assert.equal(typeof app.summary.buildkitRequestedBytes, 'number');
  } finally {
    tree.cleanup();
  }
});

// datalens-tech/datalens-backend: ci_with_src (default group) takes lib/ through `contexts = { src_lib =
// "target:dl_src_lib" }`; buildx builds dl_src_lib too (loadLinks), --bake audited only the group.
test('--bake: a target a chosen target links with `target:NAME` is built too, and audited', () => {
  const tree = writeTree({
    'bake.json': JSON.stringify({
      group: { default: { targets: ['ci'] } },
      target: {
        ci: { context: 'ci', contexts: { src_lib: 'target:src_lib' } },
        src_lib: { context: 'lib', dockerfile: 'src.Dockerfile', contexts: { base: 'target:base' } },
        base: { context: 'base' },
        unused: { context: 'nowhere' },
      },
    }),
    'ci/Dockerfile': 'FROM alpine\nCOPY --from=src_lib /src /src\n',
    'lib/src.Dockerfile': 'FROM scratch\nCOPY gone.py /src/\n',
    'base/Dockerfile': 'FROM alpine\n',
  });
  try {
    const r = ctxAudit(['--bake', 'bake.json', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
    assert.deepEqual(doc.targets.map((t) => t.name), ['base', 'ci', 'src_lib']);
    assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.target, f.ruleId]), [['src_lib', 'CTX101']]);
  } finally {
    tree.cleanup();
  }
});

// rocker-versioned2 runs `docker buildx bake -f bakefiles/devel.docker-bake.json` from the root; its
// targets name no context, so dockerfiles/*.Dockerfile resolve from there. ctx-audit resolved them
// from bakefiles/ and exited 2 on every target.
test('--bake FILE resolves contexts from where it runs, as buildx does; BUILDX_BAKE_FILE_RELATIVE_PATHS=1 from the file', () => {
  const tree = writeTree({
    'bakefiles/devel.docker-bake.json': '{"target": {"r": {"dockerfile": "dockerfiles/r.Dockerfile"}}}\n',
    'dockerfiles/r.Dockerfile': 'FROM alpine\nCOPY scripts /s\n',
    'scripts/install.sh': 'true\n',
    'bakefiles/dockerfiles/r.Dockerfile': 'FROM alpine\nCOPY nowhere /\n',
  });
  try {
    const run = (env: Record<string, string> = {}) => {
      const r = ctxAudit(['--bake', 'bakefiles/devel.docker-bake.json', '--format', 'json', '--no-config'], tree.root, env);
      const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
      return [r.code, doc.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)];
    };
    assert.deepEqual(run(), [0, []]);
    assert.deepEqual(run({ BUILDX_BAKE_FILE_RELATIVE_PATHS: '1' }), [1, ['CTX101']]);
  } finally {
    tree.cleanup();
  }
});

test('--bake: a file that is not JSON (HCL) is an input error naming the file', () => {
  const tree = writeTree({ 'docker-bake.hcl': 'target "app" {\n  context = "."\n}\n' });
  try {
    const r = ctxAudit(['--bake', 'docker-bake.hcl'], tree.root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /docker-bake\.hcl: not JSON .*--print/);
  } finally {
    tree.cleanup();
  }
});

const MONOREPO: Record<string, string> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.gitignore': 'build/\n*.local.Dockerfile\n',
  'services/a/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
  'services/a/a.txt': 'a\n',
  'services/b/b.Dockerfile': 'FROM alpine\nCOPY b.txt /\n',
  'services/b/Dockerfile.dev': 'FROM alpine\nCOPY b.txt /\n',
  'services/b/Dockerfile.dockerignore': 'nothing\n',
  'services/b/b.txt': 'b\n',
  // A nested .gitignore scopes to its directory.
  'services/.gitignore': 'scratch/\n',
  'services/scratch/Dockerfile': 'FROM alpine\n',
  'build/Dockerfile': 'FROM alpine\n',
  'tools/x.local.Dockerfile': 'FROM alpine\n',
  'node_modules/pkg/Dockerfile': 'FROM alpine\n',
  // Third-party code and test inputs (loki vendors go-redis with its compose file; buildkit's parser
  // testfiles hold Dockerfiles that are not builds; compose's e2e testdata).
  'vendor/github.com/redis/go-redis/docker-compose.yml': 'services:\n  x:\n    build: ./missing\n',
  'vendor/modules.txt': '# github.com/redis/go-redis v9\n',
  'frontend/parser/testfiles/env/Dockerfile': 'FROM alpine\nENV PATH\n',
  'frontend/parser/testfiles-negative/only_comments/Dockerfile': '# nothing\n',
  'pkg/e2e/testdata/build/compose.yaml': 'services:\n  y:\n    build: .\n',
  'pkg/e2e/testdata/build/Dockerfile': 'FROM alpine\nCOPY nothere /\n',
  'web/__fixtures__/Dockerfile': 'FROM alpine\n',
  // Graylog: a Testcontainers image on the test classpath, built from a context its Java test code assembles.
  'server/src/test/resources/org/graylog/testing/graylognode/Dockerfile': 'FROM alpine\nCOPY graylog.conf /\nCOPY log4j2.xml /\n',
  // fluent-bit: upstream releases unpacked under their versioned names, and third_party trees.
  'lib/nghttp2-1.65.0/third-party/mruby/docker-compose.yml': 'services:\n  t:\n    build: .\n',
  'lib/wasm-micro-runtime-WAMR-2.4.1/Dockerfile': 'FROM alpine\nCOPY tests /t\n',
  'src/third_party/tool/Dockerfile': 'FROM alpine\n',
  // The compose file says services/c builds with ../c as context: audited as declared, not twice.
  'deploy/compose.yaml': 'services:\n  svc:\n    build:\n      context: ../services/c\n',
  'services/c/Dockerfile': 'FROM alpine\nCOPY c.txt /\n',
  'services/c/c.txt': 'c\n',
};

test('--all: Dockerfiles and compose files, .gitignore respected, node_modules, vendor and test data skipped, compose-declared builds not doubled', () => {
  const tree = writeTree(MONOREPO);
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[] };
    assert.deepEqual(doc.targets.map((t) => t.name).sort(), ['deploy/compose.yaml:svc', 'services/a/Dockerfile', 'services/b/Dockerfile.dev', 'services/b/b.Dockerfile']);
    const byName = new Map(doc.targets.map((t) => [t.name, t]));
    // Each Dockerfile's own directory is its context.
    assert.equal(byName.get('services/b/b.Dockerfile')?.summary.context, 'services/b');
    assert.equal(byName.get('deploy/compose.yaml:svc')?.summary.context, 'services/c');
    // `--all DIR` from elsewhere finds the same set, named relative to the working directory.
    const r2 = ctxAudit(['--all', path.basename(tree.root), '--format', 'json', '--no-config'], path.dirname(tree.root));
    const names = (JSON.parse(r2.stdout) as { targets: JsonTarget[] }).targets.map((t) => t.name).sort();
    assert.deepEqual(names, ['deploy/compose.yaml:svc', 'services/a/Dockerfile', 'services/b/Dockerfile.dev', 'services/b/b.Dockerfile'].map((n) => `${path.basename(tree.root)}/${n}`));
  } finally {
    tree.cleanup();
  }
});

test('--all on a tree with no build at all: one line and exit 2, not a PASS that audited nothing', () => {
  // A Dockerfile only under node_modules and a compose file only in testdata: neither is searched.
  const tree = writeTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'README.md': 'hi\n', 'node_modules/x/Dockerfile': 'FROM scratch\n', 'testdata/compose.yaml': 'services:\n  a:\n    build: .\n' });
  try {
    for (const format of ['table', 'json']) {
      const r = ctxAudit(['--all', '--format', format, '--no-config'], tree.root);
      assert.equal(r.code, 2, r.stdout);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^ctx-audit: --all: no build found under \. \(no Dockerfile/);
      assert.doesNotMatch(lines[0], /Containerfile/);
    }
  } finally {
    tree.cleanup();
  }
  // CodeandoMexico/retos-civicos: a root Containerfile its script builds with podman. Still no build
  // docker reads by itself, but the line names it and the command that audits it.
  const podman = writeTree({ Containerfile: 'FROM alpine\nCOPY app.txt /\n', 'app.txt': 'a\n' });
  try {
    const r = ctxAudit(['--all', '--no-config'], podman.root);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr.trim(), /; a Containerfile is here \(Containerfile\), podman's name, which docker builds only with -f: audit one with `ctx-audit \. -f Containerfile`$/);
  } finally {
    podman.cleanup();
  }
  // pulp/pulp-oci-images: images/Containerfile.core.base copies `images/...` from the root: the hint names the root,
  // where its sources are, not images/ (ten false CTX101 errors there; sweep 54/L-F1).
  const pulp = writeTree({ 'images/Containerfile.core.base': 'FROM alpine\nCOPY images/assets/run.sh /usr/bin/\n', 'images/assets/run.sh': 'x\n' });
  try {
    const r = ctxAudit(['--all', '--no-config'], pulp.root);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr.trim(), /audit one with `ctx-audit \. -f images\/Containerfile\.core\.base`$/);
  } finally {
    pulp.cleanup();
  }
});

test('--compose naming a file with no build: service, and --bake a file with no target: one line and exit 2, as --all with nothing to build (n8n starter kit: images only)', () => {
  const tree = writeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'compose.yaml': 'services:\n  db:\n    image: postgres:16\n  n8n:\n    image: n8nio/n8n\n',
    'bake.json': '{"target":{}}\n',
  });
  try {
    for (const [args, expected] of [
      [['--compose', 'compose.yaml'], /^ctx-audit: --compose: no service in compose\.yaml has a build: section/],
      [['--compose'], /^ctx-audit: --compose: no service in compose\.yaml has a build: section/],
      [['--bake', 'bake.json'], /^ctx-audit: --bake: bake\.json defines no target to build/],
    ] as const) {
      const r = ctxAudit([...args, '--format', 'json', '--no-config'], tree.root);
      assert.equal(r.code, 2, r.stdout);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], expected);
    }
    // A Compose v1 file (airslie/renalware-core: `web:` with `build: .` at the top level): docker compose
    // refuses it for that top-level key, and the line says so rather than that no service builds.
    fs.writeFileSync(path.join(tree.root, 'v1.yml'), 'web:\n  build: .\n  ports:\n    - "3000:3000"\ndb:\n  image: postgres\n');
    const v1 = ctxAudit(['--compose', 'v1.yml', '--format', 'json', '--no-config'], tree.root);
    assert.equal(v1.code, 2, v1.stdout);
    assert.equal(v1.stderr.trimEnd(), 'ctx-audit: --compose: v1.yml has no services: key; web, db at its top level is the Compose v1 format, which docker compose refuses ("(root) Additional property web is not allowed"); nothing to audit');
    // The same file with one built service is audited, not refused.
    fs.writeFileSync(path.join(tree.root, 'compose.yaml'), 'services:\n  db:\n    image: postgres:16\n  web:\n    build: .\n');
    fs.writeFileSync(path.join(tree.root, 'Dockerfile'), 'FROM scratch\nCOPY compose.yaml /\n');
    const ok = ctxAudit(['--compose', 'compose.yaml', '--format', 'json', '--no-config', '--fail-on', 'never'], tree.root);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual((JSON.parse(ok.stdout) as { targets: JsonTarget[] }).targets.map((t) => t.name), ['web']);
  } finally {
    tree.cleanup();
  }
});

/** SARIF 2.1.0 structure as code scanning reads it (no validator package needed). */
function assertSarif(doc: Record<string, unknown>, expectedResults: number): void {
  assert.equal(doc.version, '2.1.0');
  assert.match(String(doc.$schema), /sarif-2\.1\.0/);
  const runs = doc.runs as Record<string, unknown>[];
  assert.equal(runs.length, 1);
  const run = runs[0];
  const driver = (run.tool as { driver: { name: string; rules: { id: string }[] } }).driver;
  assert.equal(driver.name, 'ctx-audit');
  const bases = run.originalUriBaseIds as Record<string, { uri: string }>;
  for (const b of Object.values(bases)) assert.match(b.uri, /^file:\/\/\/.*\/$/, 'base URIs are absolute and end with /');
  const results = run.results as Record<string, unknown>[];
  assert.equal(results.length, expectedResults);
  for (const res of results) {
    const ruleIndex = res.ruleIndex as number;
    assert.equal(driver.rules[ruleIndex].id, res.ruleId, 'ruleIndex points at the rule');
    assert.ok(['error', 'warning', 'note'].includes(res.level as string));
    assert.equal(typeof (res.message as { text: string }).text, 'string');
    const loc = (res.locations as { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number } } }[])[0].physicalLocation;
    if (loc.artifactLocation.uriBaseId !== undefined) {
      assert.ok(bases[loc.artifactLocation.uriBaseId], 'uriBaseId is declared');
      assert.ok(!loc.artifactLocation.uri.startsWith('/'), 'relative URI under a base id');
      assert.doesNotThrow(() => new URL(loc.artifactLocation.uri, bases[loc.artifactLocation.uriBaseId as string].uri));
    } else assert.doesNotThrow(() => new URL(loc.artifactLocation.uri));
    if (loc.region) assert.ok(loc.region.startLine >= 1);
    assert.equal(typeof (res.properties as { target: string }).target, 'string');
    assert.equal(typeof (res.partialFingerprints as Record<string, string>)['ctxAudit/v1'], 'string');
  }
}

test('combined report in every format: SARIF 2.1.0 with targets, GitHub titles, Markdown headings, table summary', () => {
  const tree = writeTree(COMPOSE_TREE);
  try {
    const json = JSON.parse(ctxAudit(['--compose', '--format', 'json', '--no-config'], tree.root).stdout) as { findings: JsonFinding[] };
    const sarifRun = ctxAudit(['--compose', '--format', 'sarif', '--no-config'], tree.root);
    assert.equal(sarifRun.code, 1);
    const sarif = JSON.parse(sarifRun.stdout) as Record<string, unknown>;
    assertSarif(sarif, json.findings.length);
    const results = (sarif.runs as { results: { ruleId: string; properties: { target: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[])[0].results;
    const broken = results.find((x) => x.ruleId === 'CTX101');
    assert.equal(broken?.properties.target, 'worker');
    // Relative to the working directory, so code scanning finds worker/Dockerfile in the repository.
    assert.equal(broken?.locations[0].physicalLocation.artifactLocation.uri, 'worker/Dockerfile');
    assert.equal(broken?.locations[0].physicalLocation.region?.startLine, 3);

    const gh = ctxAudit(['--compose', '--format', 'github', '--no-config'], tree.root).stdout;
    assert.match(gh, /^::error file=worker\/Dockerfile,line=3,title=worker%3A CTX101 missing-copy-source::/m);

    const mdOut = ctxAudit(['--compose', '--format', 'markdown', '--no-config'], tree.root).stdout;
    assert.match(mdOut, /^\| target \| context \| Dockerfile \| legacy tar bytes \| BuildKit requested \| BuildKit prints \| findings \|$/m);
    assert.match(mdOut, /^#### `worker`$/m);
    assert.match(mdOut.split('\n')[0], /^### ctx-audit: ❌ FAIL \(--fail-on error\): 1 error, .* · 6 targets$/);

    const table = ctxAudit(['--compose', '--no-config'], tree.root).stdout;
    // The verdict first; a summary row per target within 80 columns, its columns explained below it.
    assert.match(table, /^FAIL \(--fail-on error\): 1 error, \d+ warnings?(, \d+ info)? · 6 targets$/m);
    assert.match(table, /│ +legacy │ +BuildKit │ E │ W │ I │/);
    assert.match(table, /BuildKit:\s+its\s+'transferring\s+context'/);
    for (const line of table.split('\n')) assert.ok([...line].length <= 80, line);
    assert.match(table, /^worker: 1 error,/m);
    // -q: the verdict, then one line per finding, each naming its target.
    const quiet = ctxAudit(['--compose', '-q', '--no-config'], tree.root).stdout.trimEnd().split('\n');
    assert.match(quiet[0], /^FAIL \(--fail-on error\): 1 error, .* · 6 targets$/);
    assert.ok(quiet.slice(1).some((l) => /^worker: Dockerfile:3: error CTX101 /.test(l)), quiet.join('\n'));
    assert.equal(quiet.length - 1, (table.match(/^ {2}(error|warning|info) +CTX/gm) ?? []).length);
  } finally {
    tree.cleanup();
  }
});

test('single-target runs are unchanged by the multi-target flags; --build-context adds a named context', () => {
  const tree = writeTree({
    'ctx/Dockerfile': 'FROM alpine\nCOPY --from=extra e.txt /\nCOPY --from=extra missing.txt /\n',
    'extra/e.txt': 'e\n',
  });
  try {
    const plain = ctxAudit(['ctx', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(plain.stdout) as { targets?: unknown; context: { namedContexts?: unknown }; findings: JsonFinding[] };
    assert.equal(doc.targets, undefined);
    assert.equal(doc.context.namedContexts, undefined);
    // Without the named context, --from=extra is an image: nothing to check.
    assert.ok(!doc.findings.some((f) => f.ruleId === 'CTX101'));
    const named = ctxAudit(['ctx', '--build-context', 'extra=extra', '--format', 'json', '--no-config'], tree.root);
    assert.equal(named.code, 1, named.stderr);
    const nd = JSON.parse(named.stdout) as { findings: JsonFinding[] };
    assert.deepEqual(nd.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.line, f.data.namedContext]), [[3, 'extra']]);
    assert.equal(ctxAudit(['--compose', 'x.yml', 'ctx'], tree.root).code, 2, 'a CONTEXT with --compose is a usage error');
    assert.ok(fs.existsSync(path.join(tree.root, 'ctx/Dockerfile')));
  } finally {
    tree.cleanup();
  }
});

// Issue 14 item 7: --all finds the build people actually run.
test('--all: workflows (build-push-action, docker build -f X Y), a docker/ Dockerfile built from the root, templates skipped, a Compose file that cannot interpolate is an error target while the rest is audited', () => {
  const tree = writeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'package.json': '{}\n',
    'src/index.js': '1\n',
    // COPY sources exist from the root, not from docker/: the root is the context.
    'docker/Dockerfile': 'FROM node\nCOPY package.json /app/\nCOPY src /app/src\n',
    // Declared by a workflow step: build-push-action with file and context.
    'deploy/web.Dockerfile': 'FROM nginx\nCOPY site /usr/share/nginx/html\n',
    'web/site/index.html': 'x\n',
    // Declared by a run step: `docker build -f tools/Dockerfile.ci .`
    'tools/Dockerfile.ci': 'FROM alpine\nCOPY package.json /\n',
    'tools/x.sh': 'x\n',
    '.github/workflows/ci.yml': [
      'jobs:',
      '  web:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: web image',
      '        uses: docker/build-push-action@v6',
      '        with:',
      '          context: web',
      '          file: deploy/web.Dockerfile',
      '  ci:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - name: ci image',
      '        run: |',
      '          docker build -t ci -f tools/Dockerfile.ci .',
      '',
    ].join('\n'),
    'ansible/Dockerfile.j2': 'FROM {{ base_image }}\nRUN true\n',
    'ops/Dockerfile': '{% if prod %}\nFROM alpine\n{% endif %}\n',
    'broken/compose.yaml': 'services:\n  s:\n    build: ${NEED:?set NEED}\n',
    'ok/compose.yaml': 'services:\n  fine:\n    build: .\n',
    'ok/Dockerfile': 'FROM alpine\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.ok(r.stdout.length > 0, `a report even with an error target: ${r.stderr}`);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[] };
    const by = new Map(doc.targets.map((t) => [t.name, t]));
    const names = [...by.keys()].sort();
    assert.deepEqual(names, [
      '.github/workflows/ci.yml:ci (ci image)',
      '.github/workflows/ci.yml:web (web image)',
      'ansible/Dockerfile.j2',
      'broken/compose.yaml:s',
      'docker/Dockerfile (context: ., where its COPY sources are)',
      'ok/compose.yaml:fine',
      'ops/Dockerfile',
    ]);
    assert.equal(by.get('docker/Dockerfile (context: ., where its COPY sources are)')?.summary.context, '.');
    assert.equal(by.get('docker/Dockerfile (context: ., where its COPY sources are)')?.error, null);
    assert.equal(by.get('.github/workflows/ci.yml:web (web image)')?.summary.context, 'web');
    assert.equal(by.get('.github/workflows/ci.yml:ci (ci image)')?.summary.context, '.');
    assert.match(by.get('ansible/Dockerfile.j2')?.skipped ?? '', /template/);
    assert.match(by.get('ops/Dockerfile')?.skipped ?? '', /template/);
    // Found by --all, not asked for: a Compose file that needs a variable is skipped, saying which
    // (--compose names it and exits 2, above). It does not make the run "could not audit".
    // (Its one service's context is the variable: that service is listed, the file read.)
    assert.equal(by.get('broken/compose.yaml:s')?.error, null);
    assert.match(by.get('broken/compose.yaml:s')?.skipped ?? '', /^required variable NEED is missing a value: set NEED \(its build context or Dockerfile comes from it: the environment that runs it gives the path\); set it in the environment or a \.env beside the file/);
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(by.get('ok/compose.yaml:fine')?.error, null);
    // No CTX101 anywhere: every audited build finds its sources.
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    assert.deepEqual(findings.filter((f) => f.ruleId === 'CTX101' || f.ruleId === 'CTX100'), []);
  } finally {
    tree.cleanup();
  }
});

test('--compose table: two services with their own contexts say 2 contexts and 4 walks (a legacy and a BuildKit view each), not "4 contexts"', () => {
  const tree = writeTree({
    'compose.yaml': 'services:\n  a:\n    build: ./a\n  b:\n    build: ./b\n',
    'a/Dockerfile': 'FROM scratch\nCOPY x /x\n',
    'a/x': 'x\n',
    'a/.dockerignore': '.git\n',
    'b/Dockerfile': 'FROM scratch\nCOPY y /y\n',
    'b/y': 'y\n',
    'b/.dockerignore': '.git\n',
  });
  try {
    const r = ctxAudit(['--compose', '--no-config', '--no-color'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    // The note wraps at 80 columns: read it as one line.
    const text = r.stdout.replace(/\n {2}/g, ' ');
    assert.match(text, /^contexts: 2 · walks: 4 \(a legacy and a BuildKit view of each context; 4 asked for by 2 targets/m, r.stdout);
  } finally {
    tree.cleanup();
  }
});

test('--all lists a Bake HCL file as skipped, with the command that makes it readable, and still audits the Dockerfiles it builds', () => {
  const tree = writeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'docker-bake.hcl': 'target "app" {\n  context = "."\n  dockerfile = "Dockerfile"\n}\n',
    'Dockerfile': 'FROM alpine\nCOPY app.txt /\n',
    'app.txt': 'x\n',
    '.dockerignore': '.git\n',
    // A printed docker-bake.json beside an HCL file is read instead: no note for that one.
    'svc/docker-bake.hcl': 'target "svc" {}\n',
    'svc/docker-bake.json': '{"target": {"svc": {"context": "."}}}\n',
    'svc/Dockerfile': 'FROM alpine\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[] };
    const by = new Map(doc.targets.map((t) => [t.name, t]));
    assert.deepEqual([...by.keys()].sort(), ['Dockerfile', 'docker-bake.hcl', 'svc/docker-bake.json:svc']);
    assert.match(by.get('docker-bake.hcl')?.skipped ?? '', /Bake HCL is not read .*docker buildx bake --print > docker-bake\.json.*--bake docker-bake\.json/);
    assert.equal(by.get('Dockerfile')?.skipped, null);
    assert.equal(by.get('Dockerfile')?.error, null);
  } finally {
    tree.cleanup();
  }
});

// DataKitchen/dataops-observability: deploy/docker/docker-bake.json says `"context": "."` and
// `"dockerfile": "deploy/docker/..."`, and scripts/invocations/deploy.py runs `bake -f` on it from the
// root (bake resolves relative paths from where it runs). Read from the file's directory, the
// context was missing and --all exited 2. A target that works from its own directory stays there.
test('--all: a docker-bake.json target whose context or Dockerfile is there only from the root is read from the root', () => {
  const tree = writeTree({
    'deploy/docker/docker-bake.json': '{"target":{"app":{"context":".","dockerfile":"deploy/docker/app.dockerfile"},"own":{"context":".","dockerfile":"own.Dockerfile"}}}\n',
    'deploy/docker/app.dockerfile': 'FROM alpine\nCOPY app.txt missing.txt /\n',
    'deploy/docker/own.Dockerfile': 'FROM alpine\nCOPY app.dockerfile /\n',
    'app.txt': 'x\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[]; findings: JsonFinding[] };
    assert.deepEqual(doc.targets.map((t) => [t.name, path.relative(tree.root, t.context?.root ?? '?'), t.error]), [['deploy/docker/docker-bake.json:app', '', null], ['deploy/docker/docker-bake.json:own', 'deploy/docker', null]]);
    assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.target, (f.message ?? '').slice(0, 26)]), [['CTX101', 'deploy/docker/docker-bake.json:app', 'COPY source "missing.txt" ']]);
  } finally {
    tree.cleanup();
  }
});

test('--all: a Compose override with no base file beside it is listed as skipped, not an internal error (tiredofit/docker-freescout .devcontainer)', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY app /app\n',
    app: 'x\n',
    '.devcontainer/docker-compose.override.yml': 'services:\n  app:\n    volumes: [".:/workspace"]\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /internal error/);
    const doc = JSON.parse(r.stdout) as { targets: { name: string; skipped: string | null; error: string | null }[] };
    const o = doc.targets.find((t) => t.name === '.devcontainer/docker-compose.override.yml');
    assert.match(o?.skipped ?? '', /^a Compose override with no compose\.yaml or docker-compose\.yml beside it/);
    assert.ok(doc.targets.some((t) => t.name === 'Dockerfile' && t.error === null && t.skipped === null), r.stdout);
  } finally {
    tree.cleanup();
  }
});

test('--all: a Compose fragment (a service on a network or volume no file of its project declares) is skipped, not exit 2; with its base via --compose it is audited (authelia suites)', () => {
  // authelia: internal/suites/example/compose/pam/compose.yml builds `context: ../..`, dockerfile
  // `internal/suites/example/compose/pam/Dockerfile` on network authelianet, which only
  // internal/suites/compose.yml declares; the runner passes -f that -f this, so paths resolve
  // against internal/suites (context: the repository root).
  const tree = writeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'internal/suites/compose.yml': 'networks:\n  authelianet: {}\n',
    'internal/suites/example/compose/pam/compose.yml': [
      'services:',
      '  pam:',
      '    build:',
      "      context: '../..'",
      "      dockerfile: 'internal/suites/example/compose/pam/Dockerfile'",
      '    volumes: ["cache:/var/cache", "./common:/etc/common"]',
      '    networks:',
      '      authelianet: {}',
      '',
    ].join('\n'),
    'internal/suites/example/compose/pam/Dockerfile': 'FROM alpine\nCOPY internal/suites/example/compose/pam/pam.conf /etc/pam.conf\n',
    'internal/suites/example/compose/pam/pam.conf': 'auth required pam_unix.so\n',
    // hydra: the built services use nothing undeclared, but another service of the file does (network
    // intranet, depends_on a service only the base file defines): compose-go refuses the whole project.
    'test/conformance/docker-compose.yml': [
      'services:',
      '  hydra:',
      '    build:',
      '      context: .',
      '      dockerfile: ./test/conformance/hydra/Dockerfile',
      '  httpd:',
      '    image: httpd',
      '    depends_on: [server]',
      '  mongodb:',
      '    image: mongo',
      '    networks: [intranet]',
      '',
    ].join('\n'),
    'test/conformance/hydra/Dockerfile': 'FROM alpine\n',
    // Compose's own YAML tags: read as the value, with no warning printed by the YAML library.
    'web/compose.yaml': 'services:\n  web:\n    build: .\n    volumes: !override\n      - ./a:/a\n    environment: !reset {}\n',
    'web/Dockerfile': 'FROM alpine\n',
    // `include:` pulls in a file that declares the network and the service: not a fragment.
    'inc/compose.yaml': 'include:\n  - ../shared/infra.yaml\nservices:\n  app:\n    build: .\n    networks: [backbone]\n    depends_on: [db]\n',
    'inc/Dockerfile': 'FROM alpine\n',
    'shared/infra.yaml': 'services:\n  db:\n    image: postgres\nnetworks:\n  backbone: {}\n',
    // A project that declares what it uses is audited as before (its missing Dockerfile stays an error).
    'svc/compose.yaml': 'services:\n  api:\n    build: .\n    networks: [back]\n    volumes: ["data:/data"]\nnetworks:\n  back: {}\nvolumes:\n  data: {}\n',
    'svc/Dockerfile': 'FROM alpine\n',
  });
  try {
    const all = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(all.code, 0, all.stderr);
    const doc = JSON.parse(all.stdout) as { targets: { name: string; skipped: string | null; error: string | null }[] };
    const pam = doc.targets.find((t) => t.name === 'internal/suites/example/compose/pam/compose.yml:pam');
    assert.equal(pam?.error, null);
    assert.match(pam?.skipped ?? '', /^a Compose fragment: service pam uses network authelianet, which no file of this project declares.*--compose BASE --compose internal\/suites\/example\/compose\/pam\/compose\.yml$/);
    // Said as what it is, a likely base or a broken file (sweep 52/U-F4: ruby-on-whales runs such a file alone).
    assert.match(pam?.skipped ?? '', /: docker compose refuses internal\/suites\/example\/compose\/pam\/compose\.yml alone, so it is read after a file that declares it .*, or it is broken;/);
    const api = doc.targets.find((t) => t.name === 'svc/compose.yaml:api');
    assert.deepEqual([api?.skipped, api?.error], [null, null]);
    const hydra = doc.targets.find((t) => t.name === 'test/conformance/docker-compose.yml:hydra');
    assert.match(hydra?.skipped ?? '', /^a Compose fragment: service httpd uses service server \(depends_on\), which no file of this project declares/);
    const inc = doc.targets.find((t) => t.name === 'inc/compose.yaml:app');
    assert.deepEqual([inc?.skipped, inc?.error], [null, null]);
    const web = doc.targets.find((t) => t.name === 'web/compose.yaml:web');
    assert.deepEqual([web?.skipped, web?.error], [null, null]);
    assert.equal(all.stderr, '');
    // Together, as the runner loads them: the context is the repository root and the COPY source is there.
    const both = ctxAudit(['--compose', 'internal/suites/compose.yml', '--compose', 'internal/suites/example/compose/pam/compose.yml', '--format', 'json', '--no-config'], tree.root);
    assert.equal(both.code, 0, both.stderr);
    const bd = JSON.parse(both.stdout) as { targets: { name: string; skipped: string | null; error: string | null; context: { root: string } | null }[]; findings: JsonFinding[] };
    assert.equal(bd.targets[0].context?.root, fs.realpathSync(tree.root));
    assert.deepEqual(bd.findings.filter((f) => f.ruleId === 'CTX101'), []);
  } finally {
    tree.cleanup();
  }
});

test('--all: a build arg a workflow sets to an expression or a shell variable is named in CTX101, not reported as "no --build-arg" (traccar: VERSION=${{ github.event.inputs.version }})', () => {
  const tree = writeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'docker/Dockerfile': 'FROM alpine\nARG VERSION\nCOPY traccar-other-$VERSION.zip /tmp/\n',
    'script/Dockerfile': 'FROM alpine\nARG DIR\nCOPY $DIR/app /app\n',
    '.github/workflows/release.yml': [
      'on: workflow_dispatch',
      'jobs:',
      '  docker:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          context: docker',
      '          file: docker/Dockerfile',
      '          build-args: |',
      '            VERSION=${{ github.event.inputs.version }}',
      '  script:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: docker build --build-arg "DIR=$OUT_DIR" -f script/Dockerfile script',
      '',
    ].join('\n'),
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { findings: (JsonFinding & { message: string })[] };
    const msgs = doc.findings.filter((f) => f.ruleId === 'CTX101' && f.target.startsWith('.github/')).map((f) => [f.severity, f.message]).sort();
    assert.deepEqual(msgs, [
      ['warning', 'COPY source "$DIR/app" matches nothing in the build context with DIR empty ("/app"); the build passes DIR=$OUT_DIR, known only when it runs: it fails unless that names a path that exists'],
      ['warning', 'COPY source "traccar-other-$VERSION.zip" matches nothing in the build context with VERSION empty ("traccar-other-.zip"); the build passes VERSION=${{ github.event.inputs.version }}, known only when it runs: it fails unless that names a path that exists'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// dlt's Makefile: `--build-arg=IMAGE_VERSION="$(shell uv version --short)"` for a Dockerfile whose
// `ARG IMAGE_VERSION=""` then `COPY dist/dlt-${IMAGE_VERSION}.tar.gz`: the default was taken for the
// value the build passes, and with a committed file (files/app-1.0.txt) CTX101 said "the build will
// fail" (sweep 46/B). A value known only when the build runs is unknown, whatever the default says;
// a literal one is checked.
test('--all: a build arg passed with a value known only when it runs is not replaced by the ARG\'s default (dlt: $(shell uv version --short))', () => {
  const files = (extra: Record<string, string>) =>
    writeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      Dockerfile: 'FROM alpine\nARG VER=""\nCOPY files/app-${VER}.txt /app.txt\n',
      'files/app-1.0.txt': 'x\n',
      VERSION: '1.0\n',
      ...extra,
    });
  const ctx101 = (tree: { root: string }) => {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: (JsonFinding & { message: string })[] };
    return { code: r.code, found: doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.message]) };
  };
  const atRunTime = (passed: string) => [['warning', `COPY source "files/app-\${VER}.txt" matches nothing in the build context as the Dockerfile's defaults expand it ("files/app-.txt"); the build passes ${passed}, known only when it runs: it fails unless that names a path that exists`]];
  for (const [extra, passed] of [
    [{ Makefile: 'build:\n\tdocker build --build-arg VER=$(shell cat VERSION) -t x .\n' }, 'VER=$(shell cat VERSION)'],
    [{ Makefile: 'VERSION := $(shell cat VERSION)\nbuild:\n\tdocker build --build-arg VER=$(VERSION) -t x .\n' }, 'VER=$(VERSION)'],
    [{ '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - id: v\n        run: echo "version=$(cat VERSION)" >> $GITHUB_OUTPUT\n      - run: docker build --build-arg VER=${{ steps.v.outputs.version }} -t x .\n' }, 'VER=${{ steps.v.outputs.version }}'],
  ] as const) {
    const tree = files(extra);
    try {
      const got = ctx101(tree);
      assert.deepEqual(got.found, atRunTime(passed), JSON.stringify(extra));
      assert.equal(got.code, 0);
    } finally {
      tree.cleanup();
    }
  }
  // Another builder here that --all does not read as a build (a platform's fly.toml, another CI's
  // pipeline) may build it plainly: the plain audit keeps its error (the review of aea373a).
  for (const [other, makefile] of [
    [{ 'fly.toml': 'app = "x"\n' }, 'build:\n\tdocker build --build-arg VER=1.0 -t x .\n'],
    [{ '.gitlab-ci.yml': 'build:\n  script:\n    - docker build -t x .\n' }, 'build:\n\tdocker build --build-arg VER=$(shell cat VERSION) -t x .\n'],
  ] as const) {
    const tree = files({ ...other, Makefile: makefile });
    try {
      const got = ctx101(tree);
      assert.ok(got.found.some((f) => f[0] === 'error'), JSON.stringify(got.found));
    } finally {
      tree.cleanup();
    }
  }
  // A Dockerfile in a subdirectory that the recipe places (its context chosen by the recipe): the same
  // (the review run of d92b7a6 over dlt: Makefile:410's deploy/dlt/Dockerfile.airflow lost the quote).
  {
    const tree = files({ 'deploy/Dockerfile.app': 'FROM alpine\nARG VER=""\nCOPY files/app-${VER}.txt /app.txt\n', Makefile: 'app:\n\tdocker build -f deploy/Dockerfile.app --build-arg VER=$(shell cat VERSION) -t x .\n' });
    try {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      const doc = JSON.parse(r.stdout) as { findings: (JsonFinding & { message: string })[] };
      const sub = doc.findings.filter((f) => f.ruleId === 'CTX101' && f.target.startsWith('deploy/'));
      assert.deepEqual(sub.map((f) => f.severity), ['warning']);
      assert.match(sub[0].message, /the build passes VER=\$\(shell cat VERSION\), known only when it runs/);
    } finally {
      tree.cleanup();
    }
  }
  // The recipe's run-time value is its own build's: a workflow's or Compose file's build of the same
  // Dockerfile that passes no arg copies the default's path, and fails (the review of f9b7eb5).
  for (const other of [
    <Record<string, string>>{ '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t x:latest .\n' },
    <Record<string, string>>{ 'compose.yaml': 'services:\n  app:\n    build: .\n' },
    // Another recipe's plain build of it (the review of f9b7eb5).
    <Record<string, string>>{},
  ]) {
    const tree = files({ Makefile: `build:\n\tdocker build --build-arg VER=$(shell cat VERSION) -t x .\n${Object.keys(other).length === 0 ? 'plain:\n\tdocker build -t y .\n' : ''}`, ...other });
    try {
      const got = ctx101(tree);
      assert.deepEqual(got.found.map((f) => f[0]), ['error'], JSON.stringify(got.found));
      assert.equal(got.code, 1);
    } finally {
      tree.cleanup();
    }
  }
  // A literal value is checked: one naming a file that exists passes, one naming none fails. A
  // Makefile's literal value too, and then the plain `docker build .` with the default (no build of
  // the repository's) is listed as skipped, not audited into a false error.
  for (const [ver, code, where] of [['1.0', 0, 'workflow'], ['2.0', 1, 'workflow'], ['1.0', 0, 'Makefile'], ['2.0', 1, 'Makefile']] as const) {
    const tree = files(where === 'Makefile' ? { Makefile: `build:\n\tdocker build --build-arg VER=${ver} -t x .\n` } : { '.github/workflows/b.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build --build-arg VER=${ver} -t x .\n` });
    if (where === 'Makefile') {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      const doc = JSON.parse(r.stdout) as { targets: { name: string; skipped: string | null }[] };
      assert.deepEqual(doc.targets.map((t) => [t.name, t.skipped]), [
        ['Dockerfile', 'Makefile:2 builds it passing VER (audited as its own target); a plain `docker build` with the Dockerfile\'s defaults is not how the repository builds it: not audited'],
        ['Dockerfile (context: ., as Makefile:2 builds it)', null],
      ]);
    }
    try {
      const got = ctx101(tree);
      assert.equal(got.code, code, JSON.stringify(got.found));
      assert.deepEqual(got.found.map((f) => f[0]), code === 0 ? [] : ['error']);
    } finally {
      tree.cleanup();
    }
  }
});

test('--all: a Dockerfile GoReleaser builds (dockers:, dockers_v2:) is listed as skipped, not audited against the checkout (ntfy: COPY ntfy /usr/bin)', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY ntfy /usr/bin\n',
    'Dockerfile-arm': 'FROM alpine\nCOPY ntfy /usr/bin\n',
    'other/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n',
    '.goreleaser.yml': 'dockers:\n  - image_templates: ["x:{{ .Version }}"]\n  - dockerfile: Dockerfile-arm\n    extra_files: [README.md]\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { targets: { name: string; skipped: string | null; error: string | null }[]; findings: { ruleId: string; target: string }[] };
    const names = doc.targets.map((t) => [t.name, t.skipped === null ? null : t.skipped.slice(0, 40)]);
    assert.deepEqual(names, [
      ['.goreleaser.yml: Dockerfile', 'built by GoReleaser (.goreleaser.yml) in'],
      ['.goreleaser.yml: Dockerfile-arm', 'built by GoReleaser (.goreleaser.yml) in'],
      ['other/Dockerfile', null],
    ]);
    // The Dockerfile nobody else builds is still audited (its missing source is a warning: its context is a guess).
    assert.deepEqual(doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.target), ['other/Dockerfile']);
    assert.equal(r.code, 0, r.stderr);
  } finally {
    tree.cleanup();
  }
});

// lowcoder, postal, supabase/postgres: build-push-action with no `context:` builds the commit as a Git
// context. It was listed as skipped (nothing audited, a green gate); now it is audited as BuildKit
// builds it: a build output an earlier step makes is not in the commit, .dockerignore does not apply.
test('--all: build-push-action with no context: is audited as the Git context of the checkout\'s commit', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY . /app\nCOPY dist/app.js /app.js\n',
    '.dockerignore': 'notes.txt\n',
    '.gitignore': 'dist/\n',
    'notes.txt': 'n',
    'src/a.js': 'a',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm run build\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n',
  });
  try {
    spawnSync('git', ['init', '-q'], { cwd: tree.root });
    spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'add', '-A'], { cwd: tree.root });
    fs.mkdirSync(path.join(tree.root, 'dist'));
    fs.writeFileSync(path.join(tree.root, 'dist/app.js'), 'built');
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null; context: { notices: { message: string }[]; buildkit: unknown } })[]; findings: JsonFinding[] };
    assert.deepEqual(doc.targets.map((t) => [t.name, t.skipped]), [['.github/workflows/ci.yml:b step 3', null]]);
    assert.equal(doc.targets[0].context.buildkit, null);
    assert.match(doc.targets[0].context.notices[0].message, /^BuildKit builds a Git context: the commit \(this checkout's commit, build-push-action's default context\)/);
    // dist/app.js is on disk (a step made it) but not in the commit BuildKit clones: the build fails.
    assert.deepEqual(doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.data.gitContext !== undefined]), [['error', true]]);
    // The .dockerignore does not apply: COPY . copies notes.txt too (the committed files: .dockerignore,
    // .github/workflows/ci.yml, .gitignore, Dockerfile, notes.txt, src/a.js); not dist/app.js.
    assert.equal(doc.findings.find((f) => f.ruleId === 'CTX005')?.data.files, 6);
    assert.equal(r.code, 1, r.stderr);
    // The human views say it too: no legacy figure, "Git" for BuildKit, and what a Git context is.
    assert.equal(doc.targets[0].summary.legacyTarBytes, null);
    const table = ctxAudit(['--all', '--no-config'], tree.root, { COLUMNS: '100' }).stdout;
    assert.match(table, /│ +– │ +Git │ 1 │/);
    assert.match(table.replace(/\s+/g, ' '), /a Git context: BuildKit clones the commit, so no \.dockerignore applies, there is no \.git, and nothing an earlier step writes is in it/);
    const markdown = ctxAudit(['--all', '--no-config', '--format', 'markdown'], tree.root).stdout;
    assert.match(markdown, /\| – \| – \| Git context \| 1 error/);
    assert.match(markdown, /^_a Git context: BuildKit clones the commit/m);
  } finally {
    tree.cleanup();
  }
});

test('--all: a build-push-action step with no context: in a directory with no git index (a source archive) is listed as skipped, not an error', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY . /app\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { targets: { name: string; skipped: string | null; error: string | null }[] };
    const wf = doc.targets.find((t) => t.name.startsWith('.github/'));
    assert.equal(wf?.error, null);
    assert.match(wf?.skipped ?? '', /^it builds the Git context of the commit, and this directory has no git index/);
    assert.deepEqual(doc.targets.map((t) => t.name), ['.github/workflows/ci.yml:b step 1']);
    assert.equal(r.code, 0, r.stderr);
  } finally {
    tree.cleanup();
  }
});

// kured keeps its GoReleaser configuration in .config/goreleaser.yaml, where GoReleaser looks first;
// --all audited its Dockerfile (COPY ${TARGETPLATFORM}/kured) against a checkout that never holds it.
test('--all: a GoReleaser configuration in .config/ is read as one at the root', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nARG TARGETPLATFORM\nCOPY ${TARGETPLATFORM}/kured /usr/bin/kured\n',
    '.config/goreleaser.yaml': 'dockers_v2:\n  - images: ["ghcr.io/x/kured"]\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { targets: { name: string; skipped: string | null }[] };
    assert.deepEqual(doc.targets.map((t) => [t.name, t.skipped === null ? null : t.skipped.slice(0, 48)]), [['.config/goreleaser.yaml: Dockerfile', 'built by GoReleaser (.config/goreleaser.yaml) in']]);
  } finally {
    tree.cleanup();
  }
});

// checkov: tests/dockerfile/checks/example_*/{success,failure}/Dockerfile are inputs of its own Dockerfile
// checks (COPY test.sh that exists nowhere, a stray `~` line): 7 errors nobody's build would ever hit.
test('--all: a Dockerfile in a test directory that nothing builds is audited with its findings at most warnings; one a workflow builds keeps its errors', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY missing.txt /\n',
    'tests/dockerfile/checks/example_RootUser/success/Dockerfile': 'FROM base\nCOPY test.sh /\n',
    'tests/e2e/Dockerfile': 'FROM alpine\nCOPY gone.txt /\n',
    '.github/workflows/e2e.yml': 'on: push\njobs:\n  e:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f tests/e2e/Dockerfile tests/e2e\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    assert.deepEqual(
      doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target, f.severity, f.data.testInput ?? false]).sort(),
      [
        ['.github/workflows/e2e.yml:e step 2', 'error', false],
        ['Dockerfile', 'error', false],
        ['tests/dockerfile/checks/example_RootUser/success/Dockerfile', 'warning', true],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// gravitee's <module>/docker/Dockerfile copies ./distribution from the Maven target/ its CI builds
// it in; kafka's docker/jvm/Dockerfile from the directory its build script assembles. Nothing in the
// repository that ctx-audit reads names those contexts: the one it chose is a guess.
test('--all: a missing source of a Dockerfile nothing builds is a warning outside the root or under another name at the root (its context is a guess), an error for the root Dockerfile and when a build names the context', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY missing.txt /\n',
    // OpenCTI connectors' root Dockerfile_ubi9, built with -f from each connector's directory.
    Dockerfile_ubi9: 'FROM alpine\nCOPY src /app/src\n',
    'module/docker/Dockerfile': 'FROM alpine\nCOPY ./distribution /opt/app\n',
    'built/Dockerfile': 'FROM alpine\nCOPY gone.txt /\n',
    '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build built\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const ctx101 = doc.findings.filter((f) => f.ruleId === 'CTX101');
    assert.deepEqual(
      ctx101.map((f) => [f.target, f.severity, f.data.contextGuessed ?? false]).sort(),
      [
        ['.github/workflows/b.yml:b step 2', 'error', false],
        ['Dockerfile', 'error', false],
        ['Dockerfile_ubi9', 'warning', true],
        ['module/docker/Dockerfile', 'warning', true],
      ],
    );
    assert.match(ctx101.find((f) => f.target === 'module/docker/Dockerfile')?.message ?? '', /if it is built from module\/docker: no workflow, Compose or Bake file builds this Dockerfile/);
    assert.equal(r.code, 1);
  } finally {
    tree.cleanup();
  }
});

// SunbirdEd-portal's Dockerfile.Build, which nothing builds: `COPY * /app` from the root it was
// audited from ships .git and a committed node_modules "into the image" (CTX003 errors). What a build
// from a guessed context would send or ship is as uncertain as its missing sources: a warning. The
// root Dockerfile's is not a guess, and keeps the error.
// KasmVNC's builder/build-tarball runs `docker build ... -f builder/dockerfile.${os}_${os_codename}.build .`
// from the root: a script names the context, so it is no guess and the .git its images take is an error.
test('--all: every error of a Dockerfile audited from a guessed context is a warning (what it would ship too); the root Dockerfile keeps its errors, and so does one a script builds from a context it names', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY . /app\n',
    'Dockerfile.Build': 'FROM alpine\nCOPY * /app/\n',
    'builder/dockerfile.alpine_321.build': 'FROM alpine\nCOPY . /src\n',
    'builder/build-tarball': '#!/bin/bash\nset -e\ndocker build -t "$img" -f builder/dockerfile.${os}_${os_codename}.build .\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/objects/pack/p.pack': 'x'.repeat(64),
    'src/a.js': 'x\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config', '--fail-on', 'never'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const vcs = doc.findings.filter((f) => f.ruleId === 'CTX003');
    assert.deepEqual(vcs.map((f) => [f.target, f.severity, f.data.contextGuessed ?? false]).sort(), [
      ['Dockerfile', 'error', false],
      ['Dockerfile.Build', 'warning', true],
      ['builder/dockerfile.alpine_321.build (context: ., as builder/build-tarball builds it)', 'error', false],
    ]);
    assert.match(vcs.find((f) => f.target === 'Dockerfile.Build')?.message ?? '', /copied into the image by Dockerfile\.Build:2 \(if it is built from \.: no workflow, Compose or Bake file builds this Dockerfile/);
  } finally {
    tree.cleanup();
  }
});

// checkmate's Docker/dev/client.Dockerfile copies `../../Client .`, written for the root its
// build_images.sh builds it from; audited from its own directory (a guess), that source climbs out
// of the guessed context: CTX103 was an error there. At the root it stays one.
test('--all: a source that climbs out of a guessed context is a warning (the context is a guess); at the root it stays an error', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY ../shared /x\n',
    'Client/package.json': '{}\n',
    'Docker/dev/client.Dockerfile': 'FROM node\nCOPY ../../Client .\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    assert.deepEqual(
      doc.findings.filter((f) => f.ruleId === 'CTX103').map((f) => [f.target, f.severity, f.data.contextGuessed ?? false]).sort(),
      [
        ['Docker/dev/client.Dockerfile', 'warning', true],
        ['Dockerfile', 'error', false],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// dockerfile-rails keeps golden files, test/results/*/docker-compose.yml, that its tests compare text
// against (some are not even valid YAML): --all exited 2 on them, and a valid one gave CTX101 errors
// for a build nothing runs. tyk's ci/tests/specs compose file builds what its root one builds.
test('--all: a Compose file in a test directory is a test input: one that does not load is skipped, a valid one has its findings capped, unless another declaration builds the same image', () => {
  const tree = writeTree({
    'test/results/api/docker-compose.yml': 'services:\n  web:\n    build: .\n    secrets:\n      - RAILS_MASTER_KEY\n        file: ./config/master.key\n',
    'test/results/api/Dockerfile': 'FROM ruby\nCOPY Gemfile /app/\n',
    'test/results/web/docker-compose.yml': 'services:\n  web:\n    build: .\n',
    'test/results/web/Dockerfile': 'FROM ruby\nCOPY Gemfile /app/\n',
    'docker-compose.yml': 'services:\n  gw:\n    build:\n      context: .\n      dockerfile: gw/Dockerfile\n',
    'ci/tests/specs/docker-compose.yml': 'services:\n  gw:\n    build:\n      context: ../../..\n      dockerfile: gw/Dockerfile\n',
    'gw/Dockerfile': 'FROM alpine\nCOPY gone.txt /\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null; error: string | null })[]; findings: JsonFinding[] };
    const api = doc.targets.find((t) => t.name === 'test/results/api/docker-compose.yml');
    assert.equal(api?.error, null);
    assert.match(api?.skipped ?? '', /^a Compose file in a test directory that docker compose would refuse \(.*not valid YAML/);
    assert.deepEqual(
      doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target, f.severity]).sort(),
      [
        ['ci/tests/specs/docker-compose.yml:gw, docker-compose.yml:gw', 'error'],
        // The skipped file's Dockerfile is audited on its own, as a test directory's Dockerfile.
        ['test/results/api/Dockerfile', 'warning'],
        ['test/results/web/docker-compose.yml:web', 'warning'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// soitun/dns-proxy-server: examples/wildcards/docker-compose.yml (images only, run by nothing) has its
// depends_on indented wrong; --all exited 2 on every run though its 14 real builds were audited.
test('--all: a Compose file in an examples directory that does not load is listed as skipped, not exit 2; at the root it still fails the run', () => {
  const bad = 'services:\n  a:\n    image: x\n   depends_on:\n      - b\n';
  const tree = writeTree({ 'examples/wildcards/docker-compose.yml': bad, Dockerfile: 'FROM alpine\n' });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[] };
    assert.match(doc.targets.find((t) => t.name === 'examples/wildcards/docker-compose.yml')?.skipped ?? '', /^a Compose file in an examples directory that docker compose would refuse \(.*not valid YAML/);
    fs.writeFileSync(path.join(tree.root, 'docker-compose.yml'), bad);
    assert.equal(ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root).code, 2);
  } finally {
    tree.cleanup();
  }
});

// Nebutra/Sailor-Template: packages/ops/create-sailor/templates/deploy/{docker-compose.yml,Dockerfile.web}
// are what its create-sailor generator copies into the project it makes (deploy.ts), where
// package.json, turbo.json and apps/web are. Nothing here runs that Compose file: 5 false CTX101 errors.
// justincranford/cryptoutil: templates/deployments/__PRODUCT__/compose.yml holds a bare
// `__PRODUCT_INCLUDE_LIST__` line its generator replaces; nothing runs the template. --all exited 2
// ("not valid YAML") although every real build was audited. A broken Compose file a script runs, or
// one outside a template directory, still is an error.
test('--all: a Compose file that does not load in a project template or placeholder directory nothing runs is listed as skipped, not an exit 2', () => {
  const compose = '__PRODUCT_INCLUDE_LIST__\nservices:\n  app:\n    build: .\n';
  const run = (files: Record<string, string>) => {
    const tree = writeTree({ Dockerfile: 'FROM alpine\nCOPY a /a\n', a: 'x\n', ...files });
    try {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[] };
      return [r.code, doc.targets.filter((t) => t.name !== 'Dockerfile').map((t) => [t.name, (t.skipped ?? t.error ?? '').replace(/ \(.*\)/, ' (...)')])];
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(run({ 'templates/deployments/__PRODUCT__/compose.yml': compose }), [0, [['templates/deployments/__PRODUCT__/compose.yml', 'a Compose file in a project template directory that docker compose would refuse (...): what a generator fills in, not a build of this repository; not audited']]]);
  assert.deepEqual(run({ 'gen/__PRODUCT__/compose.yml': compose }), [0, [['gen/__PRODUCT__/compose.yml', 'a Compose file in a project template directory that docker compose would refuse (...): what a generator fills in, not a build of this repository; not audited']]]);
  assert.equal(run({ 'deploy/compose.yml': compose })[0], 2);
  assert.equal(run({ 'templates/x/compose.yml': compose, 'up.sh': '#!/bin/sh\ndocker compose -f templates/x/compose.yml up --build\n' })[0], 2);
});

test('--all: a Compose file in a project template directory nothing runs has its findings capped; one a workflow builds keeps its errors', () => {
  const tree = writeTree({
    'packages/create-app/templates/deploy/docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.web\n',
    'packages/create-app/templates/deploy/Dockerfile.web': 'FROM node:20\nCOPY package.json turbo.json ./\n',
    'deploy/templates/compose.yaml': 'services:\n  api:\n    build: .\n',
    'deploy/templates/Dockerfile': 'FROM alpine\nCOPY gone.txt /\n',
    '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build deploy/templates\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as { findings: (JsonFinding & { severity: string; message: string })[] };
    const ctx101 = doc.findings.filter((f) => f.ruleId === 'CTX101');
    assert.deepEqual(
      ctx101.map((f) => [f.target, f.severity]).sort(),
      [
        ['deploy/templates/compose.yaml:api, .github/workflows/b.yml:b step 2', 'error'],
        ['packages/create-app/templates/deploy/docker-compose.yml:web', 'warning'],
        ['packages/create-app/templates/deploy/docker-compose.yml:web', 'warning'],
      ],
    );
    assert.match(ctx101.find((f) => f.severity === 'warning')?.message ?? '', /project template's directory/);
  } finally {
    tree.cleanup();
  }
});

// Sweep 51/I-F5: a warning of a Dockerfile whose context ctx-audit chose (here `COPY .` of svc/, which
// nothing builds) said "copies the whole context (4 files) into the image" with no hint that the
// context was a guess, where an error of the same target says so; a warning of the Dockerfile itself
// (CTX100) and info are not about the context and stay as they are.
test('--all: a warning in a context ctx-audit chose says that it is a guess, as an error there does', () => {
  const tree = writeTree({ 'svc/Dockerfile.prod': 'FROM alpine\nCOPY . /app\n', 'svc/f1': 'x\n', 'svc/f2': 'x\n', 'svc/f3': 'x\n' });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: (JsonFinding & { severity: string; message: string; data?: Record<string, unknown> })[] };
    const w = doc.findings.filter((f) => f.severity === 'warning');
    assert.deepEqual(w.map((f) => f.ruleId), ['CTX005']);
    assert.match(w[0].message, /copies the whole context \(4 files, 30 B\) into the image \(if it is built from svc: no workflow, Compose or Bake file builds this Dockerfile, so that context is ctx-audit's choice\)$/);
    assert.equal(w[0].data?.contextGuessed, true);
    const info = doc.findings.find((f) => f.ruleId === 'CTX301');
    assert.ok(info !== undefined && !/ctx-audit's choice/.test(info.message), info?.message);
  } finally {
    tree.cleanup();
  }
  // A warning an earlier cap explained (a test directory's Dockerfile) says it once (the review of dc7fea0c, RA-R8).
  const tests = writeTree({ 'tests/docker/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n' });
  try {
    const doc = JSON.parse(ctxAudit(['--all', '--format', 'json', '--no-config', '--fail-on', 'never'], tests.root).stdout) as { findings: (JsonFinding & { severity: string; message: string })[] };
    const m = doc.findings.find((f) => f.ruleId === 'CTX101')?.message ?? '';
    assert.match(m, /a Dockerfile in a test directory/);
    assert.doesNotMatch(m, /ctx-audit's choice/);
  } finally {
    tests.cleanup();
  }
});

// chainflip-io/chainflip-backend: `file: ${{ needs.set-dockerfile-name.outputs.dockerfile_path }}/${{ matrix.target }}.Dockerfile`
// is listed as known only when the workflow runs; the guessed-context warning on those Dockerfiles
// then said "no workflow, Compose or Bake file builds this Dockerfile", which may be false.
test('--all: with workflow builds known only when they run, a guessed context no longer says that no workflow builds the Dockerfile', () => {
  const files = {
    'ci/docker/dev/engine.Dockerfile': 'FROM debian\nCOPY ./chainflip-engine /usr/local/bin/\n',
    '.github/workflows/d.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: ${{ needs.set.outputs.path }}/engine.Dockerfile\n',
  };
  const tree = writeTree(files);
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: (JsonFinding & { severity: string; message: string })[] };
    const m = doc.findings.find((f) => f.ruleId === 'CTX101')?.message ?? '';
    assert.match(m, /no workflow, Compose or Bake file ctx-audit can read builds this Dockerfile \(a workflow build is known only when the workflow runs\), so that context is ctx-audit's choice/);
  } finally {
    tree.cleanup();
  }
});

// Bizoholic-Digital/bizosaas-platform's misc/services/bizoholic-frontend/Dockerfile.temp holds a
// committed merge conflict (<<<<<<<, =======, >>>>>>>): three CTX100 errors for a file nothing builds.
test('--all: a Dockerfile nothing builds that docker cannot parse is a warning outside the root; at the root, or built by a workflow, an error', () => {
  const conflict = 'FROM node:20\n<<<<<<< HEAD\nRUN npm ci\n=======\nRUN pnpm i\n>>>>>>> 689624bd\n';
  const tree = writeTree({
    'misc/frontend/Dockerfile.temp': conflict,
    Dockerfile: conflict,
    'built/Dockerfile': conflict,
    '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build built\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const sev = [...new Set(doc.findings.filter((f) => f.ruleId === 'CTX100').map((f) => `${f.target} ${f.severity}`))].sort();
    assert.deepEqual(sev, ['.github/workflows/b.yml:b step 2 error', 'Dockerfile error', 'misc/frontend/Dockerfile.temp warning']);
  } finally {
    tree.cleanup();
  }
});

// newrelic-java-agent's dead docker-compose.yml: ten services whose contexts are gone, all skipped,
// and the headline said "PASS ... no findings · 10 targets" as if ten had been checked.
test('--all: the headline says how many targets were skipped, and "nothing audited" when all were', () => {
  const tree = writeTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'docker-compose.yml': 'services:\n  a:\n    build: ./gone-a\n  b:\n    build: ./gone-b\n' });
  try {
    const table = ctxAudit(['--all', '--no-config'], tree.root);
    assert.match(table.stdout.split('\n')[0], /^PASS \(--fail-on error\): no findings · 2 targets, all skipped: nothing audited$/);
    assert.match(ctxAudit(['--all', '--format', 'markdown', '--no-config'], tree.root).stdout.split('\n')[0], /· 2 targets, all skipped: nothing audited$/);
    fs.writeFileSync(path.join(tree.root, 'Dockerfile'), 'FROM alpine\n');
    assert.match(ctxAudit(['--all', '--no-config', '--quiet'], tree.root).stdout.split('\n')[0], /· 3 targets, 2 skipped$/);
  } finally {
    tree.cleanup();
  }
});

// Sunbird-Ed/SunbirdEd-portal: image-push.yml runs `cp -R libs ... server.js ./../../Dockerfile
// app_dist` and builds ./src/app/app_dist; nothing builds the root. `--all` audited the root
// Dockerfile from `.` by convention and failed it (CTX003 on .git; here, a COPY source only the
// assembled context holds).
test('--all: a root Dockerfile a workflow copies into the context it assembles and builds is audited from . as a guess; without the copy, an error', () => {
  const workflow = (copy: string) =>
    `on: push\njobs:\n  img:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          mkdir -p dist\n          ${copy}\n      - run: docker build -t app ./dist\n`;
  const run = (copy: string) => {
    const tree = writeTree({ 'Dockerfile': 'FROM node:18-slim\nWORKDIR /app\nCOPY server.js /app/\nCMD ["node", "server.js"]\n', 'src/server.js': 'console.log(1)\n', '.github/workflows/img.yml': workflow(copy) });
    try {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: (JsonFinding & { severity: string; message: string })[] };
      // The skipped workflow build's context is shown like every other, relative (it was absolute).
      assert.deepEqual(doc.targets.map((t) => [t.name, t.summary.context]), [['.github/workflows/img.yml:img step 3', 'dist'], ['Dockerfile', '.']]);
      return { code: r.code, ctx101: doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target, f.severity, f.message]) };
    } finally {
      tree.cleanup();
    }
  };
  const copied = run('cp src/server.js ./Dockerfile dist/');
  assert.equal(copied.code, 0);
  assert.deepEqual(copied.ctx101.map(([t, s]) => [t, s]), [['Dockerfile', 'warning']]);
  assert.match(String(copied.ctx101[0][2]), /\(if it is built from \.: \.github\/workflows\/img\.yml:9 copies it into the context another build assembles, and builds it there, so that context is ctx-audit's choice/);
  // A copy of something else into dist, or of another directory's Dockerfile, says nothing about the root Dockerfile.
  for (const copy of ['cp src/server.js dist/', 'mkdir -p deploy && cp deploy/Dockerfile dist/']) {
    const other = run(copy);
    assert.equal(other.code, 1, copy);
    assert.deepEqual(other.ctx101.map(([t, s]) => [t, s]), [['Dockerfile', 'error']], copy);
  }
});

// The same, assembled by one job and built by another (upload-artifact, download-artifact), with
// dist/ already there (a local run of the step, or build.sh): the build of dist is audited, and
// the root Dockerfile is still the guess.
test('--all: a root Dockerfile copied into a context another job builds, that context present, is still audited from . as a guess', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  bundle:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: mkdir -p dist && cp src/server.js Dockerfile dist/',
    '      - uses: actions/upload-artifact@v4',
    '        with: {name: dist, path: dist}',
    '  img:',
    '    needs: bundle',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/download-artifact@v4',
    '        with: {name: dist, path: dist}',
    '      - run: docker build -t app ./dist',
    '',
  ].join('\n');
  const dockerfile = 'FROM node:18-slim\nWORKDIR /app\nCOPY server.js /app/\nCMD ["node", "server.js"]\n';
  const tree = writeTree({ Dockerfile: dockerfile, 'src/server.js': 'console.log(1)\n', 'dist/Dockerfile': dockerfile, 'dist/server.js': 'console.log(1)\n', '.github/workflows/img.yml': wf });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stdout);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: (JsonFinding & { severity: string; message: string })[] };
    assert.deepEqual(doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target, f.severity]), [['Dockerfile', 'warning']]);
    assert.match(doc.findings.find((f) => f.ruleId === 'CTX101')?.message ?? '', /\.github\/workflows\/img\.yml:7 copies it into the context another build assembles/);
  } finally {
    tree.cleanup();
  }
});

// pambrose/prometheus-proxy: its Makefile runs `docker buildx build -f ./etc/docker/proxy.df ... .`
// (and agent.df). --all found only Dockerfiles by name, so those two images went unaudited, and
// with no other Dockerfile --all said "no build found".
test('--all: a Dockerfile under a name of its own that a Makefile recipe or a script builds with -f is audited as it builds it', () => {
  const files = (recipe: Record<string, string>) => ({
    'etc/docker/app.df': 'FROM alpine\nCOPY build/libs/app.jar /app.jar\n',
    'build/libs/app.jar': 'jar\n',
    '.dockerignore': 'build\n',
    'README.md': 'docker build -f etc/docker/readme.df .\n',
    'etc/docker/readme.df': 'FROM alpine\nCOPY missing /x\n',
    ...recipe,
  });
  const recipes: Record<string, string>[] = [{ Makefile: 'image:\n\tdocker buildx build -f ./etc/docker/app.df -t app .\n' }, { 'scripts/build.sh': '#!/bin/sh\nset -e\ndocker build -f etc/docker/app.df -t app .\n' }];
  for (const recipe of recipes) {
    const tree = writeTree(files(recipe));
    try {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      assert.equal(r.code, 1, r.stderr);
      const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
      const by = Object.keys(recipe)[0] === 'Makefile' ? 'Makefile:2' : 'scripts/build.sh';
      // Only what a recipe builds: a name in a README is no build.
      assert.deepEqual(doc.targets.map((t) => t.name), [`etc/docker/app.df (context: ., as ${by} builds it)`]);
      assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.file, f.line]), [['CTX102', 'etc/docker/app.df', 2]]);
    } finally {
      tree.cleanup();
    }
  }
});

// OpenSlides/openslides-backend: CI runs `make build-tests`, `docker build ./ --target "tests"`, and
// `CONTEXT="dev" docker compose -f dev/docker-compose.dev.yml up` with `target: "${CONTEXT}"`. --all
// checked the root Dockerfile's last stage only, so a broken COPY of the stages CI builds passed.
test('--all: a recipe\'s docker build --target, and the variables set before its docker compose, choose the stage audited', () => {
  const dockerfile = 'FROM alpine AS base\nCOPY app.sh /app/\n\nFROM base AS tests\nCOPY tests.sh /app/\n\nFROM base AS dev\nCOPY dev.sh /app/\n\nFROM base AS prod\n';
  const run = (files: Record<string, string>) => {
    const tree = writeTree({ Dockerfile: dockerfile, 'app.sh': 'echo app\n', 'tests.sh': 'echo tests\n', 'dev.sh': 'echo dev\n', '.dockerignore': 'tests.sh\ndev.sh\n', ...files });
    try {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
      return { code: r.code, names: doc.targets.map((t) => t.name), errors: doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.target, f.line]) };
    } finally {
      tree.cleanup();
    }
  };
  const target = run({ Makefile: 'build-tests:\n\tdocker build ./ --tag app-tests --build-arg CONTEXT="tests" --target "tests"\n' });
  assert.equal(target.code, 1);
  assert.deepEqual(target.errors, [['CTX102', 'Dockerfile (context: ., stage tests, as Makefile:2 builds it)', 5]]);
  // A shell script's too (a sweep's reproduction of DEFRA/ffc-sfi-payments' scripts).
  const byScript = run({ 'build.sh': '#!/bin/sh\nset -e\ndocker build --target tests -t app-tests .\n' });
  assert.deepEqual(byScript.errors, [['CTX102', 'Dockerfile (context: ., stage tests, as build.sh builds it)', 5]]);
  const compose = { 'dev/docker-compose.dev.yml': 'services:\n  app:\n    build:\n      context: ..\n      target: "${CONTEXT}"\n' };
  // As the real Makefile has it: beside variables the shell fills (`USER_ID=$$(id -u $${USER})`).
  const byMake = run({ ...compose, Makefile: 'start-dev:\n\t@CONTEXT="dev" USER_ID=$$(id -u $${USER}) GROUP_ID=$$(id -g $${USER}) docker compose -f dev/docker-compose.dev.yml up --build\n' });
  assert.deepEqual(byMake.errors, [['CTX102', 'Dockerfile (context: ., stage dev, as Makefile:2 (dev/docker-compose.dev.yml, service app) builds it)', 8]]);
  const byWorkflow = run({ ...compose, '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: CONTEXT=dev docker compose -f dev/docker-compose.dev.yml build\n' });
  assert.deepEqual(byWorkflow.errors, [['CTX102', '.github/workflows/ci.yml:t step 2: dev/docker-compose.dev.yml:app', 8]]);
  // Unset, the empty stage is none: the last stage, which copies neither (it was "no stage \"\"", skipped).
  const unset = run({ ...compose, '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose -f dev/docker-compose.dev.yml build\n' });
  assert.deepEqual([unset.code, unset.errors, unset.names], [0, [], ['.github/workflows/ci.yml:t step 2: dev/docker-compose.dev.yml:app']]);
});

// external-secrets/bitwarden-sdk-server and cmsgov/mint-app: CI builds the Dockerfile from the Git
// context (build-push-action with no context:, bake-action), which no .dockerignore reads; the
// Makefile's `docker build .` and a script's `docker compose up --build` read this directory through
// it. The Git-context build counted as the audit of the local one, so a .dockerignore that breaks
// `make image` passed.
test('--all: a local recipe build of a Dockerfile that CI builds only from the Git context is audited too', () => {
  const workflow = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/setup-buildx-action@v3\n      - uses: docker/build-push-action@v6\n        with:\n          push: false\n';
  const files = { Dockerfile: 'FROM alpine\nCOPY app.conf /etc/\n', 'app.conf': 'x\n', '.dockerignore': 'app.conf\n', Makefile: 'image:\n\tdocker build -t app .\n', '.github/workflows/ci.yml': workflow };
  const tree = writeTree(files);
  try {
    git(tree.root, 'init', '-q');
    git(tree.root, 'add', '-A');
    git(tree.root, '-c', 'user.email=a@b', '-c', 'user.name=n', 'commit', '-qm', 'i');
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stdout);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
    assert.deepEqual(doc.targets.map((t) => t.name), ['.github/workflows/ci.yml:build step 2', 'Dockerfile (context: ., as Makefile:2 builds it)']);
    assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.target]), [['CTX102', 'Dockerfile (context: ., as Makefile:2 builds it)']]);
  } finally {
    tree.cleanup();
  }
});

// wso2/api-platform: gateway/gateway-controller/Makefile builds with `--build-context
// shared=../shared` (and five more such recipes). --all dropped the flag: a `COPY --from=shared`
// of a file the named context lacks was taken for an image's and passed.
test('--all: a Makefile recipe\'s --build-context is the named context its build reads', () => {
  const files = {
    'shared/other.yaml': 'a: 1\n',
    'app/main.txt': 'x\n',
    'app/Dockerfile': 'FROM alpine\nCOPY --from=shared config.yaml /etc/app/config.yaml\nCOPY main.txt /app/\n',
    'app/Makefile': 'build:\n\tdocker buildx build -f Dockerfile \\\n\t\t--build-context shared=../shared \\\n\t\t-t app:dev \\\n\t\t.\n',
  };
  const tree = writeTree(files);
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stdout);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: (JsonFinding & { message: string })[] };
    assert.deepEqual(doc.targets.map((t) => [t.name, t.context?.namedContexts?.map((n) => n.name)]), [['app/Dockerfile (context: app, as app/Makefile:2 builds it)', ['shared']]]);
    assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.line]), [['CTX101', 2]]);
    assert.match(doc.findings.find((f) => f.severity === 'error')?.message ?? '', /matches nothing in the named context "shared"/);
  } finally {
    tree.cleanup();
  }
});

// txn2/mcp-data-platform: GoReleaser builds its Dockerfile (dockers_v2:) from a directory it
// assembles, so that declaration is skipped; `make docker-build` builds the same Dockerfile from the
// root, and that build was hidden by the skipped one ("1 target, skipped: nothing audited").
test('--all: a Makefile build of a Dockerfile GoReleaser also builds is audited; the GoReleaser one stays listed as skipped', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY app.conf /etc/app.conf\n',
    'app.conf': 'x\n',
    '.dockerignore': 'app.conf\n',
    '.goreleaser.yml': 'builds:\n  - id: app\n    main: .\ndockers_v2:\n  - id: img\n    dockerfile: Dockerfile\n    ids: [app]\n    images: [ghcr.io/x/app]\n',
    Makefile: 'docker-build:\n\tdocker build -t x/app:dev .\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stdout);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[]; findings: JsonFinding[] };
    assert.deepEqual(doc.targets.map((t) => [t.name, t.skipped === null]), [['.goreleaser.yml: Dockerfile', false], ['Dockerfile (context: ., as Makefile:2 builds it)', true]]);
    assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.target]), [['CTX102', 'Dockerfile (context: ., as Makefile:2 builds it)']]);
  } finally {
    tree.cleanup();
  }
});

// kubernetes-sigs/kpt-config-sync: the root Makefile `include`s Makefile.build, whose recipes build
// `-f build/all/Dockerfile .` from the root. Makefile.<suffix> was not read (*.mk was), so the
// Dockerfiles were audited from build/, a guess, away from the root's .dockerignore.
test('--all: a Makefile.<suffix> (included by the Makefile) is read like a *.mk file; autotools\' Makefile.in is not', () => {
  const files = { Makefile: 'include Makefile.build\n', 'build/all/Dockerfile': 'FROM alpine\nWORKDIR /app\nCOPY app.conf .\n', 'app.conf': 'x\n', '.dockerignore': 'app.conf\n' };
  const run = (name: string) => {
    const tree = writeTree({ ...files, [name]: 'image:\n\tdocker buildx build -f build/all/Dockerfile .\n' });
    try {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      const doc = JSON.parse(r.stdout) as { targets: JsonTarget[] };
      return doc.targets.map((t) => t.name);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(run('Makefile.build'), ['build/all/Dockerfile (context: ., as Makefile.build:2 builds it)']);
  assert.deepEqual(run('Makefile.in'), ['build/all/Dockerfile (context: ., where its COPY sources are)']); // placed by its sources, a guess
});

// grafana/synthetic-monitoring-agent: `ROOTDIR := $(abspath $(dir $(abspath $(lastword $(MAKEFILE_LIST)))))`,
// then `include $(wildcard $(ROOTDIR)/scripts/make/[0-9][0-9][0-9]_*.mk)`; a recipe there builds
// `--file Dockerfile .` from the root. The include was not followed: the build was placed in the
// .mk's own directory, "not in the checkout", and --all exited 2 when nothing else built it.
test('--all: an include through $(wildcard ...), a variable naming the Makefile\'s own directory, or $(CURDIR) runs the recipes from the Makefile\'s directory', () => {
  const files = { 'mk/10_docker.mk': 'image:\n\tdocker build --file build/app.docker --tag x .\n', 'build/app.docker': 'FROM alpine\nCOPY missing.txt /\n' };
  const self = 'ROOTDIR := $(abspath $(dir $(abspath $(lastword $(MAKEFILE_LIST)))))\n';
  const run = (makefile: string) => {
    const tree = writeTree({ ...files, Makefile: makefile });
    try {
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      if (r.code === 2) return `exit 2: ${r.stderr.trim().slice(-80)}`;
      const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
      return [doc.targets.map((t) => t.name), doc.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)];
    } finally {
      tree.cleanup();
    }
  };
  const built = [['build/app.docker (context: ., as mk/10_docker.mk:2 builds it)'], ['CTX101']];
  assert.deepEqual(run(`${self}include $(wildcard $(ROOTDIR)/mk/[0-9][0-9]_*.mk)\n`), built);
  assert.deepEqual(run(`${self}include $(ROOTDIR)/mk/10_docker.mk\n`), built);
  assert.deepEqual(run('include $(wildcard mk/*.mk)\n'), built);
  assert.deepEqual(run('-include $(CURDIR)/mk/10_docker.mk\n'), built);
  // A class that leaves the file out, and a variable that names another directory: not followed.
  assert.match(String(run(`${self}include $(wildcard $(ROOTDIR)/mk/[!1]*.mk)\n`)), /^exit 2: .*not hold \(mk\/10_docker\.mk:2\)$/);
  assert.match(String(run('OTHER := elsewhere\ninclude $(OTHER)/mk/10_docker.mk\n')), /^exit 2: /);
});

// wso2/api-platform's event-gateway Makefile: `mkdir -p target`, `cp ... target/`, then
// `--build-context target=target`. Read as a named context the checkout lacks, it made --all exit 2
// (not a directory) or, git-ignored, skipped the whole build: the rest of it went unaudited.
test('--all: a --build-context directory the recipe makes before the build is listed as made, and the rest of the build is audited', () => {
  const files = (gitignore: string) => ({
    LICENSE: 'MIT\n',
    'app/main.txt': 'x\n',
    'app/Makefile': 'build:\n\tmkdir -p target\n\tcp ../LICENSE target/\n\tdocker buildx build --build-context target=target -t app .\n',
    'app/Dockerfile': 'FROM alpine\nCOPY main.txt missing.txt /src/\nCOPY --from=target LICENSE /LICENSE\n',
    ...(gitignore === '' ? {} : { '.gitignore': gitignore }),
  });
  for (const gitignore of ['', 'app/target/\n']) {
    const tree = writeTree(files(gitignore));
    try {
      git(tree.root, 'init', '-q');
      const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
      assert.equal(r.code, 1, `${gitignore}: ${r.stdout}${r.stderr}`);
      const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null; context: { notices: { message: string }[] } | null })[]; findings: JsonFinding[] };
      assert.deepEqual(doc.targets.map((t) => [t.name, t.skipped, t.error]), [['app/Dockerfile (context: app, as app/Makefile:4 builds it)', null, null]]);
      assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.line]), [['CTX101', 2]]);
      assert.ok(doc.targets[0].context?.notices.some((n) => n.message === 'named context "target" (app/target) is made by app/Makefile:4\'s own lines before the build: not in the checkout, not read'), JSON.stringify(doc.targets[0].context?.notices));
    } finally {
      tree.cleanup();
    }
  }
});

/** `--all --format json` of a tree written for the test: exit code, target names, the rules of its errors. */
function auditAll(files: Record<string, string>, extra: string[] = []): { code: number | null; targets: string[]; errors: string[] } {
  const tree = writeTree(files);
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config', ...extra], tree.root);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
    return { code: r.code, targets: doc.targets.map((t) => t.name), errors: doc.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId) };
  } finally {
    tree.cleanup();
  }
}

const FLOWS = {
  'deployment/docker-compose.flows.yml': 'services:\n  app:\n    build:\n      context: ../\n      dockerfile: deployment/docker/Dockerfile.app\n',
  'deployment/docker/Dockerfile.app': 'FROM alpine\nCOPY app.txt /app.txt\n',
  'deployment/docker/app.txt': 'hi\n',
};

// minivess-mlops: `just build-flows` runs `docker compose -f {{FLOWS_COMPOSE}} build`; justfiles were
// not read, so its Dockerfile was audited from a guessed context.
test('--all: a justfile\'s recipes are read as just runs them', () => {
  const read = auditAll({ ...FLOWS, justfile: 'FLOWS_COMPOSE := "deployment/docker-compose.flows.yml"\nbuild-flows:\n    docker compose -f {{FLOWS_COMPOSE}} build\n' });
  assert.deepEqual(read, { code: 1, targets: ['deployment/docker/Dockerfile.app (context: ., as justfile:3 (deployment/docker-compose.flows.yml, service app) builds it)'], errors: ['CTX101'] });
  // The regression run's two reproductions: each recipe line in a shell of its own (a `cd` holds for
  // its line only), in the justfile's directory.
  const never = ['--fail-on', 'never'];
  assert.deepEqual(auditAll({ 'app/Dockerfile': 'FROM alpine\nCOPY go.mod /x\n', Dockerfile: 'FROM alpine\nCOPY app /app\n', justfile: 'build:\n    cd app && go build ./...\n    docker build -t bar .\n' }, never), { code: 0, targets: ['Dockerfile', 'app/Dockerfile'], errors: [] });
  assert.deepEqual(auditAll({ 'sub/Dockerfile': 'FROM alpine AS foo\nCOPY main.go /x\n', 'sub/main.go': '', Dockerfile: 'FROM alpine\nCOPY sub /app\n', 'sub/justfile': 'build:\n    docker build -t bar --target foo .\n' }, never), { code: 0, targets: ['Dockerfile', 'sub/Dockerfile (context: sub, as sub/justfile:2 builds it)'], errors: [] });
});

// google/osv-scanner: actions/scanner/action.yml is a Docker container action, `image:
// ../../action.dockerfile`, which the runner builds (from the Dockerfile's directory) whenever a
// workflow uses the action; its split ENTRYPOINT fails that build. --all capped the four CTX100 at
// warnings ("no workflow, Compose or Bake file builds this Dockerfile").
test('--all: a Docker container action\'s Dockerfile is built from its own directory, as the runner does; an image to pull is no build', () => {
  const tree = writeTree({
    'action.dockerfile': 'FROM alpine\nENTRYPOINT [\n  "sh",\n  "-c",\n  "echo hi"\n]\n',
    'actions/scanner/action.yml': 'name: scanner\nruns:\n  using: "Docker"\n  image: "../../action.dockerfile"\n',
    'actions/pull/action.yml': 'name: pull\nruns:\n  using: docker\n  image: docker://alpine:3\n',
    // Not ending in Dockerfile: the runner pulls it as an image name.
    'actions/other/action.yml': 'name: other\nruns:\n  using: docker\n  image: Dockerfile.action\n',
    'actions/other/Dockerfile.action': 'FROM alpine\nCOPY missing /x\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 1, r.stdout);
    const doc = JSON.parse(r.stdout) as { targets: JsonTarget[]; findings: JsonFinding[] };
    assert.deepEqual(doc.targets.map((t) => [t.name, t.summary.context]), [['actions/scanner/action.yml (a Docker container action)', '.'], ['actions/other/Dockerfile.action', 'actions/other']]);
    assert.deepEqual(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.line]), [['CTX100', 3], ['CTX100', 4], ['CTX100', 5], ['CTX100', 6]]);
  } finally {
    tree.cleanup();
  }
});

/** The severities of the CTX101 findings of `ctx-audit --all` on a tree written for the test. */
function severities(files: Record<string, string>): string[] {
  const tree = writeTree(files);
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config', '--fail-on', 'never'], tree.root);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    return doc.findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.severity);
  } finally {
    tree.cleanup();
  }
}

// quarkusio/quarkus-super-heroes: every generated Dockerfile.jvm says `# ./mvnw package`, then `# docker
// build -f src/main/docker/Dockerfile.jvm ...`; its COPYs of target/quarkus-app/ were 42 warnings "the
// build fails unless a step before it creates it" (sweep 51/H-F3). apache/iggy's step runs `cargo build`
// then `docker build` (sweep 51/K-F5). What a build tool run first writes is info, naming that step.
test('--all: a git-ignored source in the output directory of a build tool the build runs first (its comment\'s ./mvnw package, a step\'s cargo build) is info', () => {
  const jvm = (before: string) => `####\n# Before building the container image run:\n#\n# ${before}\n#\n# docker build -f src/main/docker/Dockerfile.jvm -t quarkus/app-jvm .\n####\nFROM eclipse-temurin:21\nCOPY target/quarkus-app/lib/ /deployments/lib/\nCOPY target/quarkus-app/*.jar /deployments/\n`;
  const quarkus = { '.gitignore': 'target/\n', 'pom.xml': '<project/>\n' };
  assert.deepEqual(severities({ ...quarkus, 'src/main/docker/Dockerfile.jvm': jvm('./mvnw package') }), ['info', 'info']);
  // A comment that runs no build tool first leaves them warnings.
  assert.deepEqual(severities({ ...quarkus, 'src/main/docker/Dockerfile.jvm': jvm('see the README') }), ['warning', 'warning']);
  const wf = (script: string) => `on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build image\n        run: |\n${script}          docker build -f Dockerfile -t app:local .\n`;
  const rust = { Dockerfile: 'FROM debian\nCOPY target/debug/app /usr/local/bin/app\n', '.gitignore': 'target\n', 'Cargo.toml': '[package]\nname = "app"\n' };
  assert.deepEqual(severities({ ...rust, '.github/workflows/ci.yml': wf('          cargo build --locked\n') }), ['info']);
  assert.deepEqual(severities({ ...rust, '.github/workflows/ci.yml': wf('          cargo test\n') }), ['warning']);
  // The review of 30156176: `cargo build` writes target/debug, not target/release (RB-R1); `mvn --version`
  // then `npm install` on the next line is no `mvn install` (RB-R2); a tool run after the build made nothing for it (RB-R3).
  const release = { ...rust, Dockerfile: 'FROM debian\nCOPY target/release/app /usr/local/bin/app\n' };
  assert.deepEqual(severities({ ...release, '.github/workflows/ci.yml': wf('          cargo build --locked\n') }), ['warning']);
  assert.deepEqual(severities({ ...release, '.github/workflows/ci.yml': wf('          cargo build --release\n') }), ['info']);
  // With --target, cargo writes target/<triple>/release; a subproject's Gradle task writes its own build/ (RC-R5).
  assert.deepEqual(severities({ ...release, '.github/workflows/ci.yml': wf('          cargo build --release --target x86_64-unknown-linux-musl\n') }), ['warning']);
  const gradle = { Dockerfile: 'FROM eclipse-temurin:21\nCOPY build/libs/app.jar /app.jar\n', '.gitignore': 'build/\n', 'build.gradle': '\n' };
  assert.deepEqual(severities({ ...gradle, '.github/workflows/ci.yml': wf('          ./gradlew :api:build\n') }), ['warning']);
  assert.deepEqual(severities({ ...gradle, '.github/workflows/ci.yml': wf('          ./gradlew build\n') }), ['info']);
  // A project-scoped build writes that project's output only (the review of b184bef7, RD-R5).
  assert.deepEqual(severities({ ...gradle, '.github/workflows/ci.yml': wf('          ./gradlew -p api build\n') }), ['warning']);
  const rootJar = { Dockerfile: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\n', '.gitignore': 'target/\n', 'pom.xml': '<project/>\n' };
  assert.deepEqual(severities({ ...rootJar, '.github/workflows/ci.yml': wf('          mvn -pl api package\n') }), ['warning']);
  assert.deepEqual(severities({ ...rootJar, '.github/workflows/ci.yml': wf('          mvn -B package\n') }), ['info']);
  const jar = { Dockerfile: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\n', '.gitignore': 'target/\n', 'pom.xml': '<project/>\n' };
  assert.deepEqual(severities({ ...jar, '.github/workflows/ci.yml': wf('          mvn --version\n          npm install\n') }), ['warning']);
  const after = `on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          docker build -t app:local .\n          mvn package\n`;
  assert.deepEqual(severities({ ...jar, '.github/workflows/ci.yml': after }), ['warning']);
});

// langfuse's packages/in-app-agent-sandbox-runtime (sweep 52/R-F3): `"build:docker-image": "tsc && docker build .
// -t ..."`, tsconfig.json's outDir ./dist, and `COPY dist ./dist`: a warning that failed --fail-on warning. The
// part of a package.json script before its build is read as a recipe's is, and tsc writes its tsconfig's outDir.
test('--all: a package.json script\'s commands before its docker build, and tsc\'s outDir, make a git-ignored source info', () => {
  const ts = (script: string, tsconfig = '{\n  // build\n  "compilerOptions": { "outDir": "./dist", },\n}\n') => ({ 'sandbox/package.json': JSON.stringify({ name: 's', scripts: { 'build:docker-image': script } }), 'sandbox/tsconfig.json': tsconfig, 'sandbox/Dockerfile': 'FROM node:20\nCOPY package.json ./\nCOPY dist ./dist\n', 'sandbox/src/index.ts': 'export {};\n', '.gitignore': 'dist/\n' });
  assert.deepEqual(severities(ts('tsc && docker build . -t sandbox:latest')), ['info']);
  assert.deepEqual(severities(ts('tsc -p . && docker build . -t sandbox:latest')), ['info']);
  // No outDir, a tsc that emits nothing, or nothing before the build: a warning still.
  assert.deepEqual(severities(ts('tsc && docker build . -t sandbox:latest', '{"compilerOptions": {}}')), ['warning']);
  assert.deepEqual(severities(ts('tsc --noEmit && docker build . -t sandbox:latest')), ['warning']);
  assert.deepEqual(severities(ts('docker build . -t sandbox:latest')), ['warning']);
  // tsc that writes elsewhere or nothing, and a tsconfig outside the directories it may read (the review of 9376533f:
  // RC-R5, RC-R2): a warning still.
  assert.deepEqual(severities(ts('tsc --outDir build && docker build . -t sandbox:latest')), ['warning']);
  assert.deepEqual(severities(ts('tsc -noemit && docker build . -t sandbox:latest')), ['warning']);
  assert.deepEqual(severities(ts('tsc && docker build . -t sandbox:latest', '{"compilerOptions": {"outDir": "dist", "noEmit": true}}')), ['warning']);
  assert.deepEqual(severities({ ...ts('tsc -p ../other/tsconfig.json && docker build . -t sandbox:latest'), 'other/tsconfig.json': '{"compilerOptions": {"outDir": "../sandbox/dist"}}' }), ['warning']);
  const rust = { 'rs/package.json': JSON.stringify({ scripts: { image: 'cargo build --release && docker build . -t rs:local' } }), 'rs/Cargo.toml': '[package]\nname = "app"\n', 'rs/Dockerfile': 'FROM debian\nCOPY target/release/app /app\n', '.gitignore': 'target\n' };
  assert.deepEqual(severities(rust), ['info']);
});

// Tyrrrz/DiscordChatExporter's release build: `docker buildx build . --file X.dockerfile --push --tag
// x:latest ${{ github.ref_type == 'tag' && '--tag x:$GITHUB_REF_NAME' || '' }}` was skipped as "known
// only when the step runs"; the expression adds a tag or nothing (sweep 51/L-F4). One that may add a
// -f or a --build-arg still leaves the build unplaced.
test('--all: a workflow expression that adds only tags or nothing (cond && \'--tag x\' || \'\') leaves the build placed', () => {
  const wf = (expr: string) =>
    `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build\n        run: >\n          docker buildx build .\n          --file App.dockerfile\n          --push\n          --tag me/app:latest\n          \${{ ${expr} }}\n`;
  const files = { 'App.dockerfile': 'FROM alpine\nCOPY missing.txt /\n', 'app.txt': 'hi\n' };
  assert.deepEqual(auditAll({ ...files, '.github/workflows/docker.yml': wf("github.ref_type == 'tag' && '--tag me/app:$GITHUB_REF_NAME --label v=1' || ''") }), { code: 1, targets: ['.github/workflows/docker.yml:deploy (Build)'], errors: ['CTX101'] });
  const unplaced = auditAll({ ...files, '.github/workflows/docker.yml': wf("github.ref_type == 'tag' && '--build-arg V=1' || ''") }, ['--fail-on', 'never']);
  assert.deepEqual(unplaced.errors, []);
  // An option string earlier in the chain counts too (the review of 4b28c1f7, RB-R8).
  const chained = auditAll({ ...files, '.github/workflows/docker.yml': wf("github.ref_type == 'tag' && '--file Other.dockerfile' || github.ref_type == 'branch' && '--tag me/app:edge' || ''") }, ['--fail-on', 'never']);
  assert.deepEqual(chained.errors, []);
});

// Apicurio/apicurio-registry's release-images.yaml: `git clone ... ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git
// registry`, then builds in registry/console-plugin: "not in the checkout", and the Dockerfile audited
// from its own directory, where the build never runs (sweep 51/H-F1). The clone is the job's checkout.
test('--all: a workflow step that git-clones this repository into a directory makes it the checkout', () => {
  const wf = (clone: string) =>
    `name: release\non: workflow_dispatch\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Download Source Code\n        run: ${clone}\n      - name: Build plugin image\n        working-directory: registry/plugin\n        run: |\n          docker buildx build --push -f ./Dockerfile.jvm -t example/plugin:1 ./backend\n`;
  const files = { 'plugin/Dockerfile.jvm': 'FROM eclipse-temurin:17\nCOPY app.conf /app.conf\n', 'plugin/app.conf': 'y\n', 'plugin/backend/other.txt': 'z\n' };
  const read = auditAll({ ...files, '.github/workflows/release.yaml': wf('git clone --branch $RELEASE_VERSION --single-branch ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git registry') }, ['--fail-on', 'never']);
  assert.deepEqual(read, { code: 0, targets: ['.github/workflows/release.yaml:release (Build plugin image)'], errors: ['CTX101'] });
  // Another repository's clone is not this one.
  const other = auditAll({ ...files, '.github/workflows/release.yaml': wf('git clone https://github.com/o/other.git registry') }, ['--fail-on', 'never']);
  assert.deepEqual(other.errors, []);
  // Nor another branch named outright, nor a clone line that runs more after it (the review of f7f01d09, RC-R1).
  assert.deepEqual(auditAll({ ...files, '.github/workflows/release.yaml': wf('git clone --branch gh-pages ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git registry') }, ['--fail-on', 'never']).errors, []);
  assert.deepEqual(auditAll({ ...files, '.github/workflows/release.yaml': wf('git clone ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git registry --branch gh-pages') }, ['--fail-on', 'never']).errors, []);
  assert.deepEqual(auditAll({ ...files, '.github/workflows/release.yaml': wf('git clone ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}.git registry && curl -fsSL https://example.org/a -o registry/plugin/app.conf') }, ['--fail-on', 'never']).errors, []);
});

// dolthub/dolt's ci-orm-tests.yaml checks the repository out at `path: dolt` and builds `context: .`
// (the workspace above it) with `file: dolt/integration-tests/orm-tests/Dockerfile`, whose COPYs name
// `dolt/go/...`: the repository root was audited as the context, five false CTX101 errors (sweep 51/K-F1).
test('--all: a build-push-action context above the job\'s checkout at path: P is listed as not this repository, not audited as its root', () => {
  const wf = (context: string) =>
    `on: pull_request\njobs:\n  b:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          path: proj\n      - uses: docker/build-push-action@v6\n        with:\n          context: ${context}\n          file: proj/app/Dockerfile\n`;
  const files = { 'app/Dockerfile': 'FROM alpine\nCOPY proj/app/main.sh /main.sh\n', 'app/main.sh': 'echo hi\n' };
  const tree = writeTree({ ...files, '.github/workflows/ci.yml': wf('.') });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[] };
    assert.deepEqual(
      doc.targets.map((t) => [t.name, t.skipped]),
      [['.github/workflows/ci.yml:b step 2', "its context . is the job's workspace, not this repository, which the job checks out at proj/: not audited"]],
    );
  } finally {
    tree.cleanup();
  }
  // A context in the checkout (`proj/app`, or `${{ github.workspace }}/proj`) is this repository's, as before.
  assert.deepEqual(auditAll({ ...files, 'app/Dockerfile': 'FROM alpine\nCOPY main.sh /main.sh\n', '.github/workflows/ci.yml': wf('proj/app') }), { code: 0, targets: ['.github/workflows/ci.yml:b step 2'], errors: [] });
  assert.deepEqual(auditAll({ ...files, 'app/Dockerfile': 'FROM alpine\nCOPY app/main.sh /main.sh\n', '.github/workflows/ci.yml': wf('${{ github.workspace }}/proj') }), { code: 0, targets: ['.github/workflows/ci.yml:b step 2'], errors: [] });  // The same in a run step (the review of f2d9eb09, RA-R4); and a job that also checks the repository
  // out at the root keeps `context: .` as this repository (RA-R5).
  const run = `on: pull_request\njobs:\n  b:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          path: proj\n      - run: docker build -f proj/app/Dockerfile .\n`;
  assert.deepEqual(auditAll({ ...files, '.github/workflows/ci.yml': run }).errors, []);
  const twice = `on: pull_request\njobs:\n  b:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          path: base\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: app/Dockerfile\n`;
  assert.deepEqual(auditAll({ ...files, 'app/Dockerfile': 'FROM alpine\nCOPY app/main.sh /main.sh\n', '.github/workflows/ci.yml': twice }), { code: 0, targets: ['.github/workflows/ci.yml:b step 3'], errors: [] });
});

// dolthub/dolt: .github/actions/benchmark-runner-tests/action.yaml builds `../../../SysbenchDockerfile`,
// which the workflow's step before (`cp -r ./go/performance/continuous_integration/. .`) puts at the
// root: --all exited 2 ("could not run"), with --fail-on never too (sweep 51/K-F2).
test('--all: a Docker container action whose Dockerfile is not in the checkout is listed as skipped (a step makes it), not a run that fails', () => {
  const tree = writeTree({
    '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: cp -r ./ci/. .\n      - uses: ./.github/actions/t\n',
    '.github/actions/t/action.yaml': "name: t\nruns:\n  using: 'docker'\n  image: '../../../TestDockerfile'\n",
    'ci/run.sh': 'echo hi\n',
    'ci/TestDockerfile': 'FROM alpine\nCOPY run.sh /run.sh\n',
  });
  try {
    const r = ctxAudit(['--all', '--format', 'json', '--no-config', '--fail-on', 'never'], tree.root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: (JsonTarget & { skipped: string | null })[] };
    const action = doc.targets.find((t) => t.name.startsWith('.github/actions/t/action.yaml'));
    assert.equal(action?.skipped, 'its Dockerfile, TestDockerfile, is not in the checkout: a step before the action makes it, or the action is out of date (the runner\'s build of it fails then); not audited', JSON.stringify(doc.targets.map((t) => [t.name, t.skipped])));
  } finally {
    tree.cleanup();
  }
});

// minivess-mlops' Makefile:395: `docker compose --env-file .env -f deployment/docker-compose.flows.yml
// run ...`, with .env made before it (not in the checkout): the build vanished, not even listed.
test('--all: a recipe\'s docker compose with an --env-file the checkout lacks is read without it, not dropped', () => {
  const read = auditAll({ ...FLOWS, Makefile: 'run-app:\n\tdocker compose --env-file .env -f deployment/docker-compose.flows.yml run --rm app\n' });
  assert.deepEqual(read, { code: 1, targets: ['deployment/docker/Dockerfile.app (context: ., as Makefile:2 (deployment/docker-compose.flows.yml, service app) builds it)'], errors: ['CTX101'] });
});

// keda, opentelemetry-operator: two workflow steps' targets read `.git…b step 2` and `cmd/…-manager`
// on 80 columns, the middle (what tells them apart) cut away. Names wrap now, rows ruled off.
test('--all table on 80 columns: long target and context names wrap instead of losing their middle', () => {
  const tree = writeTree({
    Dockerfile: 'FROM alpine\nCOPY . /\n',
    'cmd/operator-controller-manager/Dockerfile': 'FROM alpine\nCOPY main.go /\n',
    'cmd/operator-controller-manager/main.go': 'x\n',
    'cmd/webhook-admission-server/Dockerfile': 'FROM alpine\nCOPY main.go /\n',
    'cmd/webhook-admission-server/main.go': 'x\n',
    '.github/workflows/ci.yml':
      'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f cmd/operator-controller-manager/Dockerfile -t x/op:1 cmd/operator-controller-manager\n      - run: docker build -f cmd/webhook-admission-server/Dockerfile -t x/wh:1 cmd/webhook-admission-server\n',
  });
  try {
    const table = ctxAudit(['--all', '--no-config', '--fail-on', 'never'], tree.root, { COLUMNS: '80' }).stdout;
    const rows = table.split('\n').filter((l) => l.startsWith('│'));
    for (const l of table.split('\n')) assert.ok([...l].length <= 80, l);
    // Each cell's lines, column by column, joined back: the whole names are there.
    const column = (i: number) => rows.slice(1).map((l) => l.split('│')[i + 1].trim());
    const joined = (i: number) => column(i).join('\n');
    assert.match(joined(0), /\.github\/\nworkflows\/\nci\.yml:b step\n2/);
    assert.match(joined(1), /cmd\/operator-\ncontroller-\nmanager/);
    assert.match(joined(1), /cmd\/webhook-\nadmission-\nserver/);
    assert.ok(!table.includes('cmd/…'), table);
    // Rows of several lines are ruled off from each other.
    assert.equal(table.split('\n').filter((l) => l.startsWith('├')).length, 3, table);
    // A pipe (a CI log) is laid out for COLUMNS when it is set: wide enough, no name wraps. Without it, 80.
    const wide = ctxAudit(['--all', '--no-config', '--fail-on', 'never'], tree.root, { COLUMNS: '200' }).stdout;
    assert.ok(wide.includes('.github/workflows/ci.yml:b step 2') && wide.includes('cmd/operator-controller-manager'), wide);
    assert.ok(wide.split('\n').some((l) => [...l].length > 80) && wide.split('\n').every((l) => [...l].length <= 200));
    assert.equal(ctxAudit(['--all', '--no-config', '--fail-on', 'never'], tree.root).stdout, table);
    assert.equal(ctxAudit(['--all', '--no-config', '--fail-on', 'never'], tree.root, { COLUMNS: 'wide' }).stdout, table);
  } finally {
    tree.cleanup();
  }
});
