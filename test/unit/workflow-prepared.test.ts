// `--all` on GitHub workflows: a build whose job first puts files into its context (download-artifact,
// a cache restore, a second checkout) records that step (BuildTarget.preparedBy), and a COPY source
// missing from the checkout is then a CTX101 warning naming it, not an error (rustdesk-server's
// docker-classic job downloads the hbbs/hbbr binaries into its context, then builds).
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workflowTargets } from '../../src/targets/repo-builds.js';
import { discoverTargets } from '../../src/targets/discover.js';
import { runTargets } from '../../src/multi/run-targets.js';
import { git } from '../helpers/committed.js';
import { buildTree } from '../helpers/trees.js';

const workflow = [
  'on: push',
  'jobs:',
  '  classic:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - uses: actions/cache@v4',
  '        with:',
  '          path: |',
  '            ~/.cargo/registry',
  '            target',
  '      - name: Download binaries',
  '        uses: actions/download-artifact@v4',
  '        with:',
  '          path: docker-classic/',
  '      - name: Build',
  '        uses: docker/build-push-action@v6',
  '        with:',
  '          context: ./docker-classic',
  '  plain:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - uses: actions/cache@v4',
  '        with:',
  '          path: ~/.npm',
  '      - run: docker build -t x docker-classic',
  '  later:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - run: docker build -t y other',
  '      - uses: actions/download-artifact@v4',
  '',
].join('\n');

test('workflowTargets: a download-artifact into the context before the build is its preparedBy; a cache of ~/ or a step after the build is not', () => {
  const tree = buildTree({ files: ['docker-classic/Dockerfile', 'other/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': workflow } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.preparedBy ?? null]),
      [
        ['.github/workflows/ci.yml:classic (Build)', '"Download binaries" (actions/download-artifact)'],
        ['.github/workflows/ci.yml:plain step 3', null],
        ['.github/workflows/ci.yml:later step 2', null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('runTargets: CTX101 for a missing source is a warning naming the step in the prepared job, an error in the other', () => {
  const dockerfile = 'FROM debian\nCOPY hbbs /usr/bin/hbbs\n';
  const tree = buildTree({ files: ['docker-classic/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': workflow, 'docker-classic/Dockerfile': dockerfile } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx).filter((x) => x.context === join(tree.ctx, 'docker-classic'));
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'legacy' });
    const byTarget = multi.targets.map((r) => [r.name, r.result?.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.message])]);
    assert.deepEqual(byTarget.map(([n, f]) => [n, (f as string[][]).map((x) => x[0])]), [
      ['.github/workflows/ci.yml:classic (Build)', ['warning']],
      ['.github/workflows/ci.yml:plain step 3', ['error']],
    ]);
    assert.match(String((byTarget[0][1] as string[][])[0][1]), /the build fails unless the earlier step "Download binaries" \(actions\/download-artifact\) puts it there/);
  } finally {
    tree.cleanup();
  }
});

// toeverything/AFFiNE: "Download web artifact" downloads the artifact `web` into
// ./packages/frontend/apps/web/dist, the COPY's own source: a warning that failed --fail-on warning
// gates on every run (sweep 51/J-F5). A download of every artifact (no name), or into a parent, stays one.
test('runTargets: CTX101 for a source a named artifact is downloaded into, that very path, is info naming the step', () => {
  const wf = (withLines: string[]) =>
    ['on: push', 'jobs:', '  image:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Download web artifact', '        uses: actions/download-artifact@v4', '        with:', ...withLines, '      - name: Build', '        uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
  const severities = (withLines: string[]) => {
    const tree = buildTree({ files: ['Dockerfile', 'web/package.json', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf(withLines), Dockerfile: 'FROM nginx\nCOPY web/dist /usr/share/nginx/html\n' } });
    try {
      const targets = workflowTargets(tree.ctx, tree.ctx);
      const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'legacy' });
      return multi.targets.flatMap((r) => r.result?.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.message]) ?? []);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(severities(['          name: web', '          path: ./web/dist']), [['info', 'COPY source "web/dist" matches nothing in the build context of the checkout: the earlier step "Download web artifact" (actions/download-artifact) downloads an artifact into that very path before the build']]);
  assert.deepEqual(severities(['          path: ./web/dist']).map((x) => x[0]), ['warning']);
  assert.deepEqual(severities(['          name: web', '          path: ./web']).map((x) => x[0]), ['warning']);
  // A download that may not run, or may fail quietly (the review of ce57f46b, RB-R4).
  assert.deepEqual(severities(['          name: web', '          path: ./web/dist', '        if: github.event_name == \'push\'']).map((x) => x[0]), ['warning']);
  assert.deepEqual(severities(['          name: web', '          path: ./web/dist', '        continue-on-error: true']).map((x) => x[0]), ['warning']);
});

// kafbat/kafka-ui's docker_build.yml: `build-args: JAR_FILE=build/libs/api-${{ inputs.version }}.jar` for
// api/Dockerfile's `ARG JAR_FILE` and `COPY $JAR_FILE /api.jar`. The value is known only when the
// workflow runs, not "": CTX005 said the COPY takes the whole context (sweep 49/A-F1). With no build arg
// passed at all, "" is what it copies, and CTX005 still says so.
test('runTargets: a COPY naming a build arg passed with a value known only at run time is no whole-context copy', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: api',
    '          build-args: |',
    '            JAR_FILE=build/libs/api-${{ github.ref_name }}.jar',
    '      - run: docker build api',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['api/Dockerfile', 'api/src/Main.java', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, 'api/Dockerfile': 'FROM alpine\nARG JAR_FILE\nCOPY $JAR_FILE /api.jar\n' } });
  try {
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const ctx005 = multi.targets.map((r) => [r.name, r.result?.findings.filter((f) => f.ruleId === 'CTX005').map((f) => f.message)] as const);
    assert.deepEqual(ctx005.map(([n, f]) => [n, f?.length]), [
      ['.github/workflows/ci.yml:build step 2', 0],
      ['.github/workflows/ci.yml:build step 3', 1],
    ]);
    assert.match(ctx005[1][1]?.[0] ?? '', /^COPY "\$JAR_FILE" \("" with JAR_FILE unset\) copies the whole context \(2 files, \d+ B\) into the image$/);
  } finally {
    tree.cleanup();
  }
});

// mempool/mempool's backend-integration.yml: `path: ${{ matrix.node }}/integration`, then steps in
// `working-directory: ${{ matrix.node }}/integration/backend`. The expression was expanded in the
// working directory but the checkout's path was not taken off it: the build was skipped as "not in the
// checkout: a step before the build makes it", and a true CTX101 error became a warning (sweep 49/C-F1).
test('runTargets: a working directory under a checkout path written with an expression is in the checkout', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    strategy:',
    '      matrix:',
    '        node: ["24"]',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          path: ${{ matrix.node }}/src',
    '      - run: docker build app',
    '        working-directory: ${{ matrix.node }}/src',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['app/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, 'app/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n' } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(targets.map((t) => [t.name, t.context.slice(tree.ctx.length), t.skipReason ?? null]), [['.github/workflows/ci.yml:b step 2', '/app', null]]);
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.deepEqual(multi.targets[0].result?.findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.severity), ['error']);
    // A run step that names the directory itself, `cd ${{ matrix.node }}/src/app` (the review of 9448a5af).
    writeFileSync(join(tree.ctx, '.github/workflows/ci.yml'), wf.replace('      - run: docker build app\n        working-directory: ${{ matrix.node }}/src\n', '      - run: cd ${{ matrix.node }}/src/app && docker build .\n'));
    const cd = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(cd.map((t) => [t.name, t.context.slice(tree.ctx.length), t.skipReason ?? null]), [['.github/workflows/ci.yml:b step 2 [node=24]', '/app', null]]);
    assert.deepEqual(runTargets(cd, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).targets[0].result?.findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.severity), ['error']);
  } finally {
    tree.cleanup();
  }
});

// Kareadita/Kavita's develop-workflow.yml: "Parse PR body" (a run script) runs before actions/checkout,
// which empties the workspace; CTX101 named it as the step that may write _output (sweep 49/A-F3). A
// checkout with `clean: false` may keep what an earlier step wrote (a runner's earlier checkout).
test('runTargets: a step before the checkout is never named as the one that may write a missing source', () => {
  const wf = (clean: string) =>
    ['on: push', 'jobs:', '  develop:', '    runs-on: ubuntu-latest', '    steps:', '      - name: Parse PR body', '        run: echo "$BODY" | tr a b > body.txt', '      - uses: actions/checkout@v4', ...clean.split('\n').filter(Boolean), '      - run: ./build.sh', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
  for (const [clean, step] of [['', '3 (a run script)'], ['        with:\n          clean: TRUE', '3 (a run script)'], ["        with:\n          clean: ''", '3 (a run script)'], ['        with:\n          clean: false', '"Parse PR body" (a run script)'], ['        with:\n          clean: no', '"Parse PR body" (a run script)'], ['        with:\n          clean: ${{ inputs.clean }}', '"Parse PR body" (a run script)']]) {
    const tree = buildTree({ files: ['Dockerfile', 'build.sh', '.github/workflows/d.yml'], dockerignore: null, fileContents: { '.github/workflows/d.yml': wf(clean), Dockerfile: 'FROM alpine\nCOPY _output/app.tgz /files/\n', 'build.sh': '#!/bin/sh\necho hi\n' } });
    try {
      const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      const msgs = multi.targets.flatMap((r) => r.result?.findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.message) ?? []);
      assert.equal(msgs.length, 1);
      assert.ok(msgs[0].includes(`the earlier step ${step} may`), `${clean}: ${msgs[0]}`);
    } finally {
      tree.cleanup();
    }
  }
});

// firezone's _collect_images.yml: `docker compose build ${{ inputs.build_services }}`, a list its callers pass
// (`build_services: "client-1-router gateway-router ..."`). The bare workflow was read as building every
// service, each with the job's environment: a CTX101 error for a service nothing builds so (sweep 49/E-F1);
// and a caller's list with spaces was not put in, so its call was read the same way.
test('workflowTargets: compose services named by a whole expression are known only at run time; a caller\'s list of them is put in', () => {
  const files: Record<string, string> = {
    'a/Dockerfile': 'FROM alpine\nCOPY ok.txt /\n',
    'a/ok.txt': 'ok\n',
    'b/Dockerfile': 'FROM alpine\nARG V\nCOPY file-${V}.txt /\n',
    'b/file-1.txt': 'one\n',
    'docker-compose.yml': 'services:\n  a:\n    build:\n      context: a\n      args:\n        V: ${V:-1}\n  b:\n    build:\n      context: b\n      args:\n        V: ${V:-1}\n',
    '.github/workflows/_build.yml': 'on:\n  workflow_call:\n    inputs:\n      build_services:\n        type: string\n        default: "a"\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      V: "2"\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose build ${{ inputs.build_services }}\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  one:\n    uses: ./.github/workflows/_build.yml\n    with:\n      build_services: "a"\n  two:\n    uses: ./.github/workflows/_build.yml\n    with:\n      build_services: "a b"\n  three:\n    uses: ./.github/workflows/_build.yml\n    with:\n      build_services: "a  b"\n',
  };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(targets.map((t) => [t.name, t.skipReason ?? null]), [
      ['.github/workflows/_build.yml:t step 2', 'the services it names (${{ inputs.build_services }}) are known only when the workflow runs: not audited'],
      ['.github/workflows/_build.yml:t step 2 (called by .github/workflows/ci.yml:one): docker-compose.yml:a', null],
      ['.github/workflows/_build.yml:t step 2 (called by .github/workflows/ci.yml:two): docker-compose.yml:a', null],
      ['.github/workflows/_build.yml:t step 2 (called by .github/workflows/ci.yml:two): docker-compose.yml:b', null],
      // Two spaces: not the form the input's words are put in as; read as before, an expression.
      ['.github/workflows/_build.yml:t step 2 (called by .github/workflows/ci.yml:three)', 'the services it names (${{ inputs.build_services }}) are known only when the workflow runs: not audited'],
    ]);
    // The call that builds b, with the job's V=2: its COPY of file-2.txt fails, a true error.
    const multi = runTargets(targets.filter((t) => t.name.endsWith('two): docker-compose.yml:b')), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.deepEqual(multi.targets[0].result?.findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.severity), ['error']);
  } finally {
    tree.cleanup();
  }
  // A stranger's line of 50k such expressions is read in bounded time (each looked back over its whole line: 15 s).
  const line = `x ${'${{ inputs.s }} '.repeat(50000)}`;
  const hostile: Record<string, string> = { Dockerfile: 'FROM alpine\n', '.github/workflows/_b.yml': `on:\n  workflow_call:\n    inputs:\n      s: {type: string}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${line}\n`, '.github/workflows/ci.yml': 'on: push\njobs:\n  c:\n    uses: ./.github/workflows/_b.yml\n    with:\n      s: "a b"\n' };
  const slow = buildTree({ files: Object.keys(hostile), dockerignore: null, fileContents: hostile });
  try {
    const started = Date.now();
    workflowTargets(slow.ctx, slow.ctx);
    assert.ok(Date.now() - started < 6000, `${Date.now() - started} ms`);
  } finally {
    slow.cleanup();
  }
});

// huginn's ci.yml: `DOCKERFILE: docker/${{ contains(matrix.docker_image, 'single-process') && 'single-process' ||
// 'multi-process' }}/Dockerfile` in the job's env, `file: ${{ env.DOCKERFILE }}`: skipped as known only
// when the workflow runs, and the build CI pushes never audited (sweep 49/E-F2).
test('workflowTargets: a job env value made by an expression over matrix values (contains) chooses each combination\'s Dockerfile', () => {
  const wf = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', '        image: [org/app, org/app-single]', '    env:', "      DOCKERFILE: docker/${{ contains(matrix.image, 'single') && 'single' || 'multi' }}/Dockerfile", '      OTHER: docker/${{ github.ref_name }}/Dockerfile', '    steps:', '      - uses: actions/checkout@v4', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          file: ${{ env.DOCKERFILE }}', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          file: ${{ env.OTHER }}', ''].join('\n');
  const tree = buildTree({ files: ['docker/multi/Dockerfile', 'docker/single/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf } });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.dockerfile?.slice(tree.ctx.length) ?? null, t.skipReason ?? null]), [
      ['.github/workflows/ci.yml:b step 2 [image=org/app]', '/docker/multi/Dockerfile', null],
      ['.github/workflows/ci.yml:b step 2 [image=org/app-single]', '/docker/single/Dockerfile', null],
      ['.github/workflows/ci.yml:b step 3', '/${{ env.OTHER }}', 'its Dockerfile ${{ env.OTHER }} is known only when the workflow runs: not audited'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// feuyeux/hello-grpc's docker-build-push.yml: checkout, set-up actions and an echo, then a build of a
// Dockerfile that copies a git-ignored protoc zip nothing makes: CTX101 said "the build fails unless a
// step before it creates it (a build output?)", a warning, and the gate passed a build that always fails.
// opennotes-ai/opennotes: a checkout with no `submodules:`, then a build copying from a submodule.
test('runTargets: a job that runs nothing before the build that could write its checkout makes no missing source: CTX101 stays an error (git-ignored, a build output, a submodule it does not fetch)', () => {
  const job = (steps: string[]) => ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', ...steps, '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          push: true', '          tags: x/y:1', ''].join('\n');
  const checkout = ['      - uses: actions/checkout@v4'];
  let messages: string[] = [];
  const ctx101 = (steps: string[], extra: Record<string, string> = {}) => {
    const files = { '.github/workflows/b.yml': job(steps), Dockerfile: 'FROM alpine\nCOPY tool.zip /\nCOPY target/app.jar /\nCOPY sub/src/ /src/\n', '.gitignore': '*.zip\n', '.gitmodules': '[submodule "sub"]\n\tpath = sub\n\turl = https://example.com/sub.git\n', ...extra };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
      execFileSync('git', ['add', '-A'], { cwd: tree.ctx });
      const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      const found = multi.findings.filter((f) => f.ruleId === 'CTX101').sort((a, b) => ((a.path ?? '') < (b.path ?? '') ? -1 : 1));
      messages = found.map((f) => f.message);
      return found.map((f) => [f.path, f.severity]);
    } finally {
      tree.cleanup();
    }
  };
  const errors = [['sub/src', 'error'], ['target/app.jar', 'error'], ['tool.zip', 'error']];
  assert.deepEqual(ctx101([...checkout, '      - uses: docker/setup-buildx-action@v3', '      - run: echo "tag=1" >> $GITHUB_OUTPUT']), errors);
  // Its message says why.
  assert.deepEqual(messages, [
    "COPY source \"sub/src/\" matches nothing in the build context of this checkout: it lies in git submodule sub, which the job's checkout does not fetch (actions/checkout with no `submodules:`, and no step runs git submodule update): the build will fail",
    'COPY source "target/app.jar" matches nothing in the build context; the job checks the repository out and runs no step before this build that could make it: the build will fail',
    'COPY source "tool.zip" matches nothing in the build context, and git ignores it (no checkout holds it); the job checks the repository out and runs no step before this build that could make it: the build will fail',
  ]);
  // A checkout that fetches submodules: the submodule's path is a warning again (this clone lacks it).
  assert.deepEqual(ctx101(['      - uses: actions/checkout@v4', '        with:', '          submodules: recursive']), [['sub/src', 'warning'], ['target/app.jar', 'error'], ['tool.zip', 'error']]);
  // A run step's own writer on the build's line, or between two builds (review of a0b33cc): no checkout-only build.
  {
    const run = (script: string[]) => {
      const files = { '.github/workflows/b.yml': ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: |', ...script.map((l) => `          ${l}`), ''].join('\n'), Dockerfile: 'FROM alpine\nCOPY app /app\n' };
      const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
      try {
        execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
        return runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.severity);
      } finally {
        tree.cleanup();
      }
    };
    assert.deepEqual(run(['go build -o app . && docker build -t x .']), ['warning']);
    assert.deepEqual(run(['docker build -t y .', 'go build -o app .', 'docker build -t x .']).every((x) => x === 'warning'), true);
    assert.deepEqual(run(['docker build -t x .']), ['error']);
  }
  // A job with no checkout of its own works in what an earlier job left (review of a0b33cc): no checkout-only build.
  {
    const files = { '.github/workflows/b.yml': ['on: push', 'jobs:', '  b:', '    runs-on: self-hosted', '    steps:', '      - run: docker build -t x .', ''].join('\n'), Dockerfile: 'FROM alpine\nCOPY app /app\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
      assert.deepEqual(runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((f) => f.ruleId === 'CTX101' && /the job checks the repository out/.test(f.message)), []);
    } finally {
      tree.cleanup();
    }
  }
  // hashicorp/actions-docker-build extracts the product's zip into the context before its own build
  // (consul-terraform-sync's `COPY dist/$TARGETOS/$TARGETARCH/...`): named, a warning, not "no step".
  const hashi = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Docker Build (Action)', '        uses: hashicorp/actions-docker-build@v2', '        with:', '          version: 1.0.0', '          arch: amd64', '          tags: docker.io/x/y:1', ''].join('\n');
  {
    const files = { '.github/workflows/b.yml': hashi, Dockerfile: 'FROM alpine\nCOPY dist/linux/amd64/app /bin/app\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
      const found = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((f) => f.ruleId === 'CTX101');
      assert.deepEqual(found.map((f) => f.severity), ['warning']);
      assert.match(found[0].message, /"Docker Build \(Action\)" \(hashicorp\/actions-docker-build, which extracts the product's zip artifact into the context first\)/);
    } finally {
      tree.cleanup();
    }
  }
  // kciter/aws-ecr-action runs its prebuild_script before its build: a warning naming it.
  for (const [prebuild, severity] of [['          prebuild_script: ./scripts/fetch.sh', 'warning']] as const) {
    const ecr = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - uses: kciter/aws-ecr-action@v5', '        with:', '          repo: app', ...(prebuild ? [prebuild] : []), ''].join('\n');
    const files = { '.github/workflows/b.yml': ecr, Dockerfile: 'FROM alpine\nCOPY dist/app /bin/app\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
      const found = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((f) => f.ruleId === 'CTX101');
      assert.deepEqual(found.map((f) => f.severity), [severity]);
      if (prebuild) assert.match(found[0].message, /kciter\/aws-ecr-action, which runs its prebuild_script \.\/scripts\/fetch\.sh first/);
    } finally {
      tree.cleanup();
    }
  }
  // Any step that may write the checkout, an action not known to write nothing, or `clean: false`: warnings as before.
  for (const steps of [
    [...checkout, '      - run: make dist'],
    [...checkout, '      - uses: some/fetch-tools@v1'],
    ['      - uses: actions/checkout@v4', '        with:', '          clean: false'],
    // Review of a0b33cc: a command substitution that runs a build, pnpm/action-setup that installs.
    [...checkout, '      - run: echo "v=$(make dist)" >> $GITHUB_OUTPUT'],
    [...checkout, '      - uses: pnpm/action-setup@v4', '        with:', '          run_install: true'],
  ]) {
    assert.deepEqual(ctx101(steps).map(([, s]) => s), ['warning', 'warning', 'warning'], steps.join(' '));
  }
});

// sismics/docs: `ADD docs-web/target/docs-web-*.war` after a download-artifact into docs-web/target.
// The empty-wildcard warning said only that BuildKit goes on without it.
test('runTargets: a COPY wildcard that matches nothing in a prepared job names the step that is to put it there', () => {
  const dockerfile = 'FROM debian\nCOPY hbbs-*.bin /usr/bin/\n';
  const tree = buildTree({ files: ['docker-classic/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': workflow, 'docker-classic/Dockerfile': dockerfile } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx).filter((x) => x.name.includes('classic'));
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = multi.targets[0].result?.findings.find((x) => x.ruleId === 'CTX101');
    assert.equal(f?.severity, 'warning');
    assert.match(f?.message ?? '', /the earlier step "Download binaries" \(actions\/download-artifact\) is to put it there; without it BuildKit copies nothing for it and goes on/);
  } finally {
    tree.cleanup();
  }
});

// growthbook's deploy.yml: "Prepare build metadata" runs `mkdir -p buildinfo` and writes buildinfo/SHA for
// `COPY buildinfo* ./buildinfo`: named as a step that "may" write it, "none is seen to" (sweep 49/B-F1),
// while the same mkdir was seen for a source with no wildcard.
test('runTargets: a COPY wildcard a run script writes a match of by name names that step as writing it', () => {
  const wf = ['on: push', 'jobs:', '  docker:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Setup', '        run: npm ci && npm run build', '      - name: Prep', '        run: |', '          mkdir -p buildinfo', '          echo "$GITHUB_SHA" > buildinfo/SHA', '      - name: Later', '        run: echo hi > notes.txt', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
  const tree = buildTree({ files: ['Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, Dockerfile: 'FROM alpine\nCOPY buildinfo* ./buildinfo\nCOPY rel*/app.tgz /\n' } });
  try {
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const msgs = multi.targets[0].result?.findings.filter((x) => x.ruleId === 'CTX101').map((f) => f.message) ?? [];
    assert.equal(msgs.length, 2);
    assert.match(msgs.find((m) => m.includes('buildinfo*')) ?? '', /the earlier step "Prep" \(a run script\) is to put it there;/);
    // Nothing writes a match of rel*: still "none is seen to write it".
    assert.match(msgs.find((m) => m.includes('rel*')) ?? '', /none is seen to write it/);
  } finally {
    tree.cleanup();
  }
  // Bounded on a hostile workflow: thousands of words matching the wildcard in long run scripts (the review of
  // c90d585e: a minute for six such sources).
  const words = Array.from({ length: 4096 }, (_, i) => `out${i}`).join(' ');
  const big = `${words}\n${`echo ${'y'.repeat(6000)}\n`.repeat(18)}`.split('\n').map((l) => `          ${l}`).join('\n');
  const hostile = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', ...Array.from({ length: 3 }, () => `      - run: |\n${big}`), '      - uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
  const slow = buildTree({ files: ['Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': hostile, Dockerfile: 'FROM alpine\nCOPY out*/a /\nCOPY out*/b /\nCOPY out*/c /\n' } });
  try {
    const started = Date.now();
    runTargets(workflowTargets(slow.ctx, slow.ctx), { cwd: slow.ctx, baseDir: slow.ctx, builder: 'buildkit' });
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  } finally {
    slow.cleanup();
  }
});

test('workflowTargets: ${{ matrix.KEY }} in file/context/target gives one build per matrix value (lists crossed, include added); a non-matrix expression is listed as skipped, not audited', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  images:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        container: ["debian", "alpine"]',
    '        include:',
    '          - container: alpine',
    '            extra: x',
    '          - container: distroless',
    '    steps:',
    '      - uses: actions/download-artifact@v4',
    '        with:',
    '          path: bin',
    '      - name: Build ${{ matrix.container }}',
    '        uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: ./ci/Dockerfile.${{ matrix.container  }}',
    '      - name: Secret-named',
    '        uses: docker/build-push-action@v6',
    '        with:',
    '          file: ./ci/Dockerfile.${{ env.FLAVOUR }}',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['ci/Dockerfile.debian', 'ci/Dockerfile.alpine', 'ci/Dockerfile.distroless', '.github/workflows/images.yml'], dockerignore: null, fileContents: { '.github/workflows/images.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.dockerfile?.slice(tree.ctx.length + 1), x.preparedBy ?? null, x.skipReason ?? null]),
      [
        ['.github/workflows/images.yml:images (Build debian) [container=debian]', 'ci/Dockerfile.debian', '(actions/download-artifact)', null],
        ['.github/workflows/images.yml:images (Build alpine) [container=alpine]', 'ci/Dockerfile.alpine', '(actions/download-artifact)', null],
        ['.github/workflows/images.yml:images (Build distroless) [container=distroless]', 'ci/Dockerfile.distroless', '(actions/download-artifact)', null],
        // No Git context audited for a Dockerfile named by a value known only at run time: listed, so the gate says it did not check it.
        ['.github/workflows/images.yml:images (Secret-named)', 'ci/Dockerfile.${{ env.FLAVOUR }}', null, 'its Dockerfile ./ci/Dockerfile.${{ env.FLAVOUR }} is known only when the workflow runs: not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: matrix `exclude:` drops the combinations it names before `include:` adds any (DefectDojo: nginx x debian is never built); one on a key the build does not name drops nothing', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        image: [django, nginx]',
    '        os: [alpine, debian]',
    '        platform: [amd64, arm64]',
    '        exclude:',
    '          - image: nginx',
    '            os: debian',
    '          - image: django',
    '            platform: arm64',
    '        include:',
    '          - image: nginx',
    '            os: debian',
    '            platform: amd64',
    '    steps:',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: Dockerfile.${{ matrix.image }}-${{ matrix.os }}',
    '',
  ].join('\n');
  const files = ['Dockerfile.django-alpine', 'Dockerfile.django-debian', 'Dockerfile.nginx-alpine', '.github/workflows/b.yml'];
  const tree = buildTree({ files, dockerignore: null, fileContents: { '.github/workflows/b.yml': wf } });
  try {
    const names = (text: string) => {
      writeFileSync(join(tree.ctx, '.github/workflows/b.yml'), text);
      return workflowTargets(tree.ctx, tree.ctx).map((x) => x.name.replace(/^.*\[/, '['));
    };
    // The include re-adds nginx x debian (with a key the build does not name), so it is built again.
    assert.deepEqual(names(wf), ['[image=django, os=alpine]', '[image=django, os=debian]', '[image=nginx, os=alpine]', '[image=nginx, os=debian]']);
    const noInclude = wf.replace(/ {8}include:\n(?: {10}.*\n| {12}.*\n)+/, '');
    assert.deepEqual(names(noInclude), ['[image=django, os=alpine]', '[image=django, os=debian]', '[image=nginx, os=alpine]']);
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: a step whose `if:` is false for a matrix combination does not build it (neon: `if: matrix.version.pg >= \'v16\'`); an undecidable if: keeps the build', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  img:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        version:',
    '          - pg: v14',
    '          - pg: v16',
    '    steps:',
    '      - name: ext',
    "        if: matrix.version.pg >= 'v16'",
    '        uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          build-args: PG_VERSION=${{ matrix.version.pg }}',
    '      - name: release',
    "        if: startsWith(github.ref, 'refs/tags/')",
    '        uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: Dockerfile.release',
    '      - name: off',
    '        if: false',
    '        run: docker build -f Dockerfile.off .',
    '',
  ].join('\n');
  const files = ['Dockerfile', 'Dockerfile.release', 'Dockerfile.off', '.github/workflows/b.yml'];
  const tree = buildTree({ files, dockerignore: null, fileContents: { '.github/workflows/b.yml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.args]),
      [
        ['.github/workflows/b.yml:img (ext) [version.pg=v16]', { PG_VERSION: 'v16' }],
        ['.github/workflows/b.yml:img (release)', {}],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// xwiki-docker: `working-directory: ${{ matrix.version }}/${{ matrix.variant }}` then `docker build .`
// (twelve images). The step was dropped, and the Dockerfiles were audited only as built by nothing.
test('workflowTargets: a run step whose working-directory or command names matrix values gives one build per value', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        version: ["16", "17"]',
    '        variant: [mysql-tomcat]',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Build',
    '        working-directory: ${{ matrix.version }}/${{ matrix.variant }}',
    '        run: docker build .',
    '      - name: Tool',
    "        if: matrix.version == '16'",
    '        run: docker build -f tools/${{ matrix.variant }}.Dockerfile .',
    '',
  ].join('\n');
  const files = ['16/mysql-tomcat/Dockerfile', '17/mysql-tomcat/Dockerfile', 'tools/mysql-tomcat.Dockerfile', '.github/workflows/b.yml'];
  const tree = buildTree({ files, dockerignore: null, fileContents: { '.github/workflows/b.yml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.context.slice(tree.ctx.length), x.dockerfile?.slice(tree.ctx.length) ?? null]),
      [
        ['.github/workflows/b.yml:build (Build) [variant=mysql-tomcat, version=16]', '/16/mysql-tomcat', null],
        ['.github/workflows/b.yml:build (Build) [variant=mysql-tomcat, version=17]', '/17/mysql-tomcat', null],
        ['.github/workflows/b.yml:build (Tool) [variant=mysql-tomcat]', '', '/tools/mysql-tomcat.Dockerfile'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// xwiki-docker builds with `env: DOCKER_BUILDKIT: 0`: the legacy builder, which fails on a COPY
// wildcard that matches nothing where BuildKit goes on.
test('workflowTargets: docker build under DOCKER_BUILDKIT=0 (job env, step env or on the line) is the legacy builder\'s; buildx build is BuildKit whatever it says', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      DOCKER_BUILDKIT: 0',
    '    steps:',
    '      - run: docker build a',
    '      - run: docker buildx build a',
    '  c:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: DOCKER_BUILDKIT=0 docker build a',
    '      - run: docker build a',
    '      - env:',
    '          DOCKER_BUILDKIT: "false"',
    '        run: docker build a',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['a/Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, 'a/Dockerfile': 'FROM alpine\nCOPY missing*.txt /\n' } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      targets.map((x) => [x.name, x.builder ?? null]),
      [
        ['.github/workflows/b.yml:b step 1', 'legacy'],
        ['.github/workflows/b.yml:b step 2', null],
        ['.github/workflows/b.yml:c step 1', 'legacy'],
        ['.github/workflows/b.yml:c step 2', null],
        ['.github/workflows/b.yml:c step 3', 'legacy'],
      ],
    );
    const multi = runTargets(targets.slice(0, 2), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.deepEqual(
      multi.targets.map((r) => r.result?.findings.find((f) => f.ruleId === 'CTX101')?.severity),
      ['error', 'warning'],
    );
    assert.match(multi.targets[0].result?.context.notices[0]?.message ?? '', /audited for the legacy builder: .* DOCKER_BUILDKIT=0/);
  } finally {
    tree.cleanup();
  }
});

// mathesar's CI runs `docker compose -f docker-compose.dev.yml up --build` with TARGET set in the step's
// env: --all read only the default Compose names, and never audited what CI builds.
test('workflowTargets: docker compose -f FILE build / up / run in a run step audits that file\'s services with the workflow\'s literal env (up builds on a fresh runner), from its --project-directory; default names, --no-build, or a project directory the shell expands add nothing', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  t:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Build the stack',
    '        env:',
    '          TARGET: testing',
    '        run: docker compose -f docker-compose.dev.yml up --build -d dev-service',
    '      - run: docker compose -f docker-compose.yml build',
    '      - run: docker compose -f docker-compose.dev.yml up -d',
    // supabase/storage: relative paths resolve against the project directory, not the file's.
    '      - run: docker-compose --project-directory x -f docker-compose.dev.yml build',
    '      - run: docker compose -f docker-compose.dev.yml up -d --no-build',
    '      - run: docker compose --project-directory "$DIR" -f docker-compose.dev.yml build',
    '      - run: cd sub && docker compose --project-directory=.. -f ci.yml build',
    '      - run: cd sub && docker-compose -f ci.yml -f ci.override.yml build',
    '',
  ].join('\n');
  const files = {
    '.github/workflows/b.yml': wf,
    'docker-compose.dev.yml': 'services:\n  dev-service:\n    build:\n      context: .\n      target: ${TARGET-development}\n',
    'docker-compose.yml': 'services:\n  app:\n    build: .\n',
    Dockerfile: 'FROM alpine AS development\nFROM alpine AS testing\n',
    'sub/ci.yml': 'services:\n  svc:\n    build: .\n',
    'sub/ci.override.yml': 'services:\n  svc:\n    build:\n      args:\n        MODE: ci\n',
    'sub/Dockerfile': 'FROM alpine\n',
  };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.kind, x.context.slice(tree.ctx.length) || '/', x.target ?? null, x.args, x.defaultComposeRun !== undefined]),
      [
        ['.github/workflows/b.yml:t (Build the stack): docker-compose.dev.yml:dev-service', 'compose', '/', 'testing', {}, false],
        // The default names: no target of its own (discover drops it), only how the file runs.
        ['.github/workflows/b.yml:t step 3: docker-compose.yml:app', 'compose', '/', null, {}, true],
        ['.github/workflows/b.yml:t step 4: docker-compose.dev.yml:dev-service', 'compose', '/', 'development', {}, false],
        ['.github/workflows/b.yml:t step 5: docker-compose.dev.yml:dev-service', 'compose', '/x', 'development', {}, false],
        ['.github/workflows/b.yml:t step 8: sub/ci.yml:svc', 'compose', '/', null, {}, false],
        ['.github/workflows/b.yml:t step 9: sub/ci.yml:svc', 'compose', '/sub', null, { MODE: 'ci' }, false],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// full-stack-fastapi-template's test-backend job: `docker compose up -d db mailpit` starts two image
// services; the playwright service of the same file was read as built there (an error on a build CI
// never runs). Compose builds only the services a command names, and for up/run what they depend on.
test('workflowTargets: docker compose up/run/build naming services builds only those (up and run with their depends_on, unless --no-deps; build with --with-dependencies); a name no file declares or a variable keeps every service', () => {
  const step = (run: string) => `      - run: ${run}`;
  const wf = [
    'on: push',
    'jobs:',
    '  t:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    step('docker compose -f c.yml up -d db'),
    step('docker compose -f c.yml up -d --exit-code-from api api'),
    step('docker compose -f c.yml up -d --no-deps api'),
    step('docker compose -f c.yml run --rm -e X=1 worker sh -c "echo app"'),
    step('docker compose -f c.yml build api'),
    step('docker compose -f c.yml build --with-dependencies api'),
    step('docker compose -f c.yml up -d nosuch'),
    step('docker compose -f c.yml up -d "$SVC"'),
    // The review of a58d822: up SERVICE starts (and builds) what it links, takes volumes from, or
    // shares a network, ipc or pid namespace with, as compose-go's GetDependencies says.
    step('docker compose -f c.yml up -d web'),
    step('docker compose -f c.yml run --rm side true'),
    step('docker compose -f c.yml up -d --no-deps web'),
    '',
  ].join('\n');
  const files = {
    '.github/workflows/b.yml': wf,
    'c.yml': [
      'services:',
      '  db:',
      '    image: postgres:16',
      '  app:',
      '    build: app',
      '  api:',
      '    build: api',
      '    depends_on: [db, app]',
      '  worker:',
      '    build: worker',
      '    depends_on:',
      '      api:',
      '        condition: service_started',
      '  helper:',
      '    build: worker',
      '  data:',
      '    build: app',
      '  web:',
      '    build: api',
      '    network_mode: "service:helper"',
      '    links: ["db:database"]',
      '    volumes_from: ["data:ro", "container:elsewhere"]',
      '  side:',
      '    build: app',
      '    pid: service:helper',
      '',
    ].join('\n'),
    'app/Dockerfile': 'FROM alpine\n',
    'api/Dockerfile': 'FROM alpine\n',
    'worker/Dockerfile': 'FROM alpine\n',
  };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    const byStep = new Map<string, string[]>();
    for (const x of workflowTargets(tree.ctx, tree.ctx)) {
      const m = /step (\d+): c\.yml:(\w+)$/.exec(x.name);
      assert.ok(m, x.name);
      byStep.set(m[1], [...(byStep.get(m[1]) ?? []), m[2]]);
    }
    assert.deepEqual(Object.fromEntries(byStep), {
      // step 2 (`up -d db`): db is pulled, nothing built.
      3: ['api', 'app'],
      4: ['api'],
      5: ['api', 'app', 'worker'],
      6: ['api'],
      7: ['api', 'app'],
      8: ['api', 'app', 'data', 'helper', 'side', 'web', 'worker'],
      9: ['api', 'app', 'data', 'helper', 'side', 'web', 'worker'],
      10: ['data', 'helper', 'web'],
      11: ['helper', 'side'],
      12: ['web'],
    });
  } finally {
    tree.cleanup();
  }
});

test('runTargets: a target whose context is missing and git-ignored is skipped with the reason; a missing context git does not ignore stays an error', () => {
  // Laravel Sail: docker-compose.yml builds ./vendor/laravel/sail/runtimes/8.4, which composer installs.
  const tree = buildTree({ files: ['composer.json', '.gitignore'], dockerignore: null, fileContents: { '.gitignore': '/vendor\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const base = { kind: 'compose' as const, declaredIn: 'docker-compose.yml', args: {}, namedContexts: {} };
    const targets = [
      { ...base, name: 'laravel.test', context: join(tree.ctx, 'vendor/laravel/sail/runtimes/8.4') },
      { ...base, name: 'typo', context: join(tree.ctx, 'dockr') },
    ];
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'legacy', repository: { root: tree.ctx, allowOutside: false } });
    assert.deepEqual(
      multi.targets.map((t) => [t.name, t.skipped, t.error]),
      [
        ['laravel.test', 'its context vendor/laravel/sail/runtimes/8.4 is not in the checkout and git ignores it: a step before the build makes it (an install or a build), so it is not audited', null],
        ['typo', null, `unable to prepare context: path "${join(tree.ctx, 'dockr')}" not found`],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// nmime/nest-react-boilerplate: docker-bake.json's targets name `nrb-closure: .nrb/reference/postgres`,
// git-ignored, which a CI step materializes first; every target was "not a directory" and --all exited 2.
test('runTargets: a target whose named context directory is missing and git-ignored is skipped with the reason; one git does not ignore stays an error', () => {
  const tree = buildTree({ files: ['Dockerfile', '.gitignore'], dockerignore: null, fileContents: { Dockerfile: 'FROM alpine\nCOPY --from=nrb-closure / /c\n', '.gitignore': '.nrb/reference/\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const base = { kind: 'bake' as const, declaredIn: 'docker-bake.json', args: {}, context: tree.ctx, dockerfile: join(tree.ctx, 'Dockerfile') };
    const targets = [
      { ...base, name: 'api', namedContexts: { 'nrb-closure': join(tree.ctx, '.nrb/reference/postgres') } },
      { ...base, name: 'typo', namedContexts: { 'nrb-closure': join(tree.ctx, '.nrb/closur') } },
    ];
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit', repository: { root: tree.ctx, allowOutside: false } });
    assert.deepEqual(
      multi.targets.map((t) => [t.name, t.skipped, t.error === null ? null : 'error']),
      [
        ['api', 'its named context "nrb-closure", .nrb/reference/postgres, is not in the checkout and git ignores it: a step before the build makes it, so it is not audited', null],
        ['typo', null, 'error'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: a build whose named Dockerfile is not in the checkout is listed as skipped with the reason (grist: a script checks out ext/; plane: a moved file)', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  ee:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: buildtools/checkout-ext-directory.sh grist-ee',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: ext/Dockerfile',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: docker/Dockerfile',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: ../outside/Dockerfile',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['docker/Dockerfile', '.github/workflows/docker.yml'], dockerignore: null, fileContents: { '.github/workflows/docker.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.skipReason ?? null]),
      [
        ['.github/workflows/docker.yml:ee step 3', 'its Dockerfile ext/Dockerfile is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited'],
        ['.github/workflows/docker.yml:ee step 4', null],
        // Outside the repository: not looked at here (whether it exists is not said); the audit refuses it.
        ['.github/workflows/docker.yml:ee step 5', null],
      ],
    );
    // Listed, not audited: no error for it, where its audit used to fail (exit 2).
    const r = runTargets(t, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'legacy' });
    assert.deepEqual(r.targets.slice(0, 2).map((x) => [x.result === null, x.skipped !== null, x.error]), [
      [true, true, null],
      [false, false, null],
    ]);
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: a run script before the build that may write the workspace prepares it; one that only sets variables, echoes to $GITHUB_ENV or logs in does not (syncthing)', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  infra:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Set Docker tags',
    '        run: |',
    '          set -euo pipefail',
    '          # tags for the push',
    '          tags=docker.io/x/y:${{ github.sha }}',
    '          echo "TAGS=$tags" >> $GITHUB_ENV',
    '          echo "done"',
    '      - run: echo "${{ secrets.TOKEN }}" | docker login -u me --password-stdin',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '      - name: Build binaries',
    '        run: |',
    '          go run build.go -goos linux build stcrashreceiver',
    '          mv stcrashreceiver stcrashreceiver-linux-amd64',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '      - name: Write a file',
    '        run: echo hi > notes.txt',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: sub',
    '  piped:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo "$KEY" | tee key.txt',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'sub/Dockerfile', '.github/workflows/infra.yml'], dockerignore: null, fileContents: { '.github/workflows/infra.yml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.preparedBy ?? null]),
      [
        ['.github/workflows/infra.yml:infra step 4', null], // the echo | docker login line writes nothing either
        ['.github/workflows/infra.yml:infra step 6', '"Build binaries" (a run script)'],
        ['.github/workflows/infra.yml:infra step 8', '"Build binaries" (a run script)'], // the first writer is named
        ['.github/workflows/infra.yml:piped step 2', 'step 1 (a run script)'], // tee writes
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: a run step that only branches on a [[ ]] test and echoes to $GITHUB_ENV writes nothing; the extracting step after it is named (requarks/wiki)', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  arm:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Set Version Variables',
    '        run: |',
    '          if [[ "$GITHUB_REF" =~ ^refs/tags/v* ]]; then',
    '            echo "REL_VERSION_STRICT=${GITHUB_REF_NAME#?}" >> $GITHUB_ENV',
    '          elif [ -n "$X" ]; then',
    '            echo "Using X"',
    '          else',
    '            echo "REL_VERSION_STRICT=$BASE_DEV_VERSION-dev" >> $GITHUB_ENV',
    '          fi',
    '      - name: Extract Build',
    '        run: |',
    '          mkdir -p build',
    '          tar -xzf $GITHUB_WORKSPACE/build.tar.gz -C build',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: dev/build-arm/Dockerfile',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['dev/build-arm/Dockerfile', '.github/workflows/build.yml'], dockerignore: null, fileContents: { '.github/workflows/build.yml': wf } });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => t.preparedBy ?? null), ['"Extract Build" (a run script)']);
  } finally {
    tree.cleanup();
  }
});

// Dokploy: "Set tag and version" sets VERSION from `node -p`; "Prepare env file" writes .env.production.
test('workflowTargets: an assignment from a command\'s output writes nothing; one whose command redirects output may (Dokploy)', () => {
  const wf = (assign: string) =>
    [
      'on: push',
      'jobs:',
      '  amd:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Set tag and version',
      '        run: |',
      '          if [ "${{ github.ref }}" = "refs/heads/main" ]; then',
      '            TAG="latest"',
      `            ${assign}`,
      '          fi',
      '          echo "tags=x:${TAG}" >> $GITHUB_OUTPUT',
      '      - name: Prepare env file',
      '        run: cp apps/dokploy/.env.production.example .env.production',
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          context: .',
      '',
    ].join('\n');
  const preparedBy = (assign: string) => {
    const tree = buildTree({ files: ['Dockerfile', '.github/workflows/build.yml'], dockerignore: null, fileContents: { '.github/workflows/build.yml': wf(assign) } });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((t) => t.preparedBy ?? null);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(preparedBy(`VERSION=$(node -p "require('./apps/dokploy/package.json').version")`), ['"Prepare env file" (a run script)']);
  assert.deepEqual(preparedBy('SHA=$(git rev-parse --short HEAD) DATE=$(date -u +%F)'), ['"Prepare env file" (a run script)']);
  assert.deepEqual(preparedBy('VERSION=$(make version > VERSION && cat VERSION)'), ['"Set tag and version" (a run script)']);
  // TACC/Core-Portal: the same in backticks ("Get shortsha and branch name") wrote nothing either, but
  // counted as a step that may put a missing COPY source in place (an error became a warning).
  assert.deepEqual(preparedBy('BRANCH_SHORT=`git symbolic-ref --short HEAD | cut -d/ -f2`'), ['"Prepare env file" (a run script)']);
  assert.deepEqual(preparedBy('VERSION=`make version > VERSION && cat VERSION`'), ['"Set tag and version" (a run script)']);
  // reearth-cms' "Get options": `TAGS+=,${IMAGE_NAME}:latest` appends to a variable, nothing more.
  assert.deepEqual(preparedBy('TAGS+=,${IMAGE_NAME}:latest'), ['"Prepare env file" (a run script)']);
});

test('workflowTargets: a docker build --build-arg whose value the shell expands is left out, not passed as the literal ${VAR} (AdGuardHome)', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  fe:',
    '    runs-on: ubuntu-latest',
    '    env:',
    "      CLIENT_DIR: ${{ inputs.client_dir || 'client_v2' }}",
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: |',
    '          docker build \\',
    '              --build-arg "CLIENT_DIR=${CLIENT_DIR}" \\',
    '              --build-arg HOME_DIR=$HOME \\',
    '              --build-arg "NODE_ENV=test" \\',
    "              --build-arg 'V=1' \\",
    '              -f ./docker/frontend.Dockerfile \\',
    '              .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['docker/frontend.Dockerfile', '.github/workflows/private.yaml'], dockerignore: null, fileContents: { '.github/workflows/private.yaml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => t.args),
      [{ NODE_ENV: 'test', V: '1' }],
    );
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: a docker build whose --target the shell expands is listed as skipped, not audited for a stage named `$TARGET` (argo-workflows, exit 2 before); one from a step env naming a matrix value is expanded', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build-linux:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        target: [workflow-controller, argocli]',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - env:',
    '          TARGET: ${{ matrix.target }}',
    '        run: docker buildx build --platform linux/amd64 --target $TARGET .',
    '      - run: for target in argoexec; do docker build --target "${target}" -f Dockerfile.windows .; done',
    '      - run: docker build --target argocli .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'Dockerfile.windows', '.github/workflows/release.yaml'], dockerignore: null, fileContents: { '.github/workflows/release.yaml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.target ?? null, t.unlocated === true ? t.skipReason : null]),
      [
        ['.github/workflows/release.yaml:build-linux step 2 [target=workflow-controller]', 'workflow-controller', null],
        ['.github/workflows/release.yaml:build-linux step 2 [target=argocli]', 'argocli', null],
        // The loop's `--target "${target}"`: listed, not audited for a stage named `${target}`.
        ['.github/workflows/release.yaml:build-linux step 3', null, 'its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited'],
        ['.github/workflows/release.yaml:build-linux step 4', 'argocli', null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: docker build in a run script is resolved from the step\'s working-directory and the script\'s `cd` (ingress-nginx: cd images/nginx/rootfs && docker buildx build .); after an unknown cd, listed as skipped', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  base:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Build NGINX Base image',
    '        run: |',
    '            export TAG=$(cat images/nginx/TAG)',
    '            cd images/nginx/rootfs && docker buildx build --load -t nginx:${TAG} .',
    '      - name: In a working directory',
    '        working-directory: web',
    '        run: docker build -f docker/Dockerfile .',
    '      - name: Two cds',
    '        run: |',
    '          cd images',
    '          cd "nginx" ; docker build rootfs',
    '      - name: Unknown',
    '        run: cd "$DIR" && docker build .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['images/nginx/rootfs/Dockerfile', 'web/docker/Dockerfile', '.github/workflows/ci.yaml'], dockerignore: null, fileContents: { '.github/workflows/ci.yaml': wf } });
  try {
    const rel = (p: string | undefined) => (p === undefined ? null : p.slice(tree.ctx.length + 1));
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, rel(t.context), rel(t.dockerfile), t.skipReason === undefined ? null : 'skipped']),
      [
        ['.github/workflows/ci.yaml:base (Build NGINX Base image)', 'images/nginx/rootfs', null, null],
        ['.github/workflows/ci.yaml:base (In a working directory)', 'web', 'web/docker/Dockerfile', null],
        ['.github/workflows/ci.yaml:base (Two cds)', 'images/nginx/rootfs', null, null],
        // After an unknown cd: listed, not audited (mana-monorepo's `cd "${{ env.PROJECT_DIR }}"`).
        ['.github/workflows/ci.yaml:base (Unknown)', '', null, 'skipped'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// netbird: "Build management binary" (`go build -o netbird-mgmt`, working-directory: management)
// makes what the next step's `docker build .` in management/ copies; the finding named the job's
// first script ("Set Database Connection String").
test('workflowTargets: the step named is the nearest writer whose working-directory is the build\'s context, before the first writer of the job', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  compose:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Set Database Connection String',
    '        run: ./setup.sh > conn.txt',
    '      - name: Build management binary',
    '        working-directory: management',
    '        run: CGO_ENABLED=1 go build -o netbird-mgmt main.go',
    '      - name: Build signal binary',
    '        working-directory: signal',
    '        run: CGO_ENABLED=0 go build -o netbird-signal main.go',
    '      - name: Build management docker image',
    '        working-directory: management',
    '        run: docker build -t netbirdio/management:latest .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['management/Dockerfile', 'signal/Dockerfile', '.github/workflows/infra.yml'], dockerignore: null, fileContents: { '.github/workflows/infra.yml': wf } });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((x) => x.preparedBy ?? null), ['"Build management binary" (a run script)']);
  } finally {
    tree.cleanup();
  }
});

// pomerium: docker-main.yaml builds .github/Dockerfile-release from ./dist/docker/amd64, which a run
// step fills; the build was dropped and the Dockerfile audited on its own from .github (CTX101 error).
test('workflowTargets: a build whose context is not in the checkout is listed as skipped, naming its Dockerfile, which --all then does not audit on its own', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: mkdir -p dist/docker/amd64 && cp bin/app dist/docker/amd64/app',
    '      - uses: docker/build-push-action@53b7df96c91f9c12dcc8a07bcb9ccacbed38856a',
    '        with:',
    '          context: ./dist/docker/amd64',
    '          file: ./.github/Dockerfile-release',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['.github/Dockerfile-release', '.github/workflows/main.yml', 'main.go'], dockerignore: null, fileContents: { '.github/workflows/main.yml': wf, '.github/Dockerfile-release': 'FROM alpine\nCOPY app /bin/\n' } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.skipReason ?? null]),
      [['.github/workflows/main.yml:publish step 3', 'its context dist/docker/amd64 is not in the checkout: a step before the build makes it; not audited']],
    );
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    assert.deepEqual(d.targets.map((t) => t.name), ['.github/workflows/main.yml:publish step 3']);
  } finally {
    tree.cleanup();
  }
});

// tensorzero: `docker buildx build ... -f crates/gateway/Dockerfile . -t repo:sha-${{ github.sha }} --push`:
// the expression's spaces split it, and its last piece `}}` was taken for the context (7 builds
// skipped as "its context }} is not in the checkout", two Dockerfiles never audited).
test('workflowTargets: a ${{ }} expression with spaces after the context stays one word (tensorzero)', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: docker buildx build --build-arg "V=${{ github.ref_name }}" -f crates/gateway/Dockerfile . -t tensorzero/gateway:sha-${{ github.sha }} --push',
    '      - run: docker build -t x:${{ github.sha }} --label "a=${{ github.run_id }}" -f crates/proxy/Dockerfile crates',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['crates/gateway/Dockerfile', 'crates/proxy/Dockerfile', '.github/workflows/build.yml'], dockerignore: null, fileContents: { '.github/workflows/build.yml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.context, t.dockerfile === undefined ? null : t.dockerfile.slice(tree.ctx.length + 1), t.skipReason ?? null]),
      [
        ['.github/workflows/build.yml:b step 2', tree.ctx, 'crates/gateway/Dockerfile', null],
        ['.github/workflows/build.yml:b step 3', join(tree.ctx, 'crates'), 'crates/proxy/Dockerfile', null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('workflowTargets: ${{ github.workspace }} is the checkout (ziti), or with the checkout at `path: P`, ${{ github.workspace }}/P is (OctoPrint); so is /home/runner/work/R/R (inspektor-gadget); another workspace path stays unresolved', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  ziti:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: ${{ github.workspace }}/',
    '          file: ${{ github.workspace }}/dist/cli/Dockerfile',
    '  octo:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          path: OctoPrint',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          repository: other/tools',
    '          path: tools',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: ${{ github.workspace }}/OctoPrint',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: ${{ github.workspace }}/tools',
    '  gadget:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: /home/runner/work/inspektor-gadget/inspektor-gadget/',
    '          file: /home/runner/work/inspektor-gadget/inspektor-gadget/dist/cli/Dockerfile',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: /home/runner/work/inspektor-gadget/other/',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'dist/cli/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.context, x.dockerfile ?? null, x.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:ziti step 2', tree.ctx, join(tree.ctx, 'dist/cli/Dockerfile'), null],
        ['.github/workflows/ci.yml:octo step 3', tree.ctx, null, null],
        // Outside the checkout's path the workspace stays an expression: listed, not audited.
        ['.github/workflows/ci.yml:octo step 4', join(tree.ctx, '${{ github.workspace }}/tools'), null, 'its context ${{ github.workspace }}/tools is known only when the workflow runs: not audited'],
        // The hosted runner's workspace written out (inspektor-gadget) is the checkout too.
        ['.github/workflows/ci.yml:gadget step 2', tree.ctx, join(tree.ctx, 'dist/cli/Dockerfile'), null],
        // Another directory of the runner: not this checkout, listed as skipped.
        ['.github/workflows/ci.yml:gadget step 3', '/home/runner/work/inspektor-gadget/other', null, 'its context /home/runner/work/inspektor-gadget/other is not in the checkout: a step before the build makes it; not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// requarks/wiki: download-artifact into drop/, then "Extract Build" (`mkdir -p build`, `tar -x ...
// -C $GITHUB_WORKSPACE/build`), then build-push-action from the root: the warnings for `COPY
// ./build/assets` named the download, which writes only drop/. Each missing source now names the
// step that writes it or a directory holding it, and the job's default step otherwise.
test('runTargets: CTX101 names, for each missing source, the preparing step that writes it; the default step for a source no step names', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  arm:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Download a Build Artifact',
    '        uses: actions/download-artifact@v4',
    '        with:',
    '          name: drop',
    '          path: drop',
    '      - name: Extract Build',
    '        run: |',
    '          mkdir -p build',
    '          tar -xzf $GITHUB_WORKSPACE/drop/wiki-js.tar.gz -C $GITHUB_WORKSPACE/build',
    '      - name: Fetch fonts',
    '        run: curl -fsSL https://example.com/fonts.tgz -o assets/fonts.tgz',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: dev/build/Dockerfile',
    '',
  ].join('\n');
  const dockerfile = 'FROM node:20\nCOPY ./build/assets /wiki/assets\nCOPY ./drop/extra.txt /x\nCOPY ./assets/fonts.tgz /f\nCOPY ./config.sample.yml /c\nCOPY ./build/*.json /wiki/\n';
  const tree = buildTree({ files: ['dev/build/Dockerfile', '.github/workflows/build.yml'], dockerignore: null, fileContents: { '.github/workflows/build.yml': wf, 'dev/build/Dockerfile': dockerfile } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const named = (multi.targets[0].result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [f.data.source, f.severity, f.data.preparedBy]);
    assert.deepEqual(named.sort(), [
      ['./assets/fonts.tgz', 'warning', '"Fetch fonts" (a run script)'],
      ['./build/*.json', 'warning', '"Extract Build" (a run script)'],
      ['./build/assets', 'warning', '"Extract Build" (a run script)'],
      // No step names it: not the job's default, a download into drop/ only, but the nearest step that may write
      // there, a script (sweep 56/W-F2).
      ['./config.sample.yml', 'warning', '"Fetch fonts" (a run script)'],
      ['./drop/extra.txt', 'warning', '"Download a Build Artifact" (actions/download-artifact)'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// mathesar's three jobs build the same Compose services, each job with its own steps before: they are
// one build (one set of findings), whatever else each job runs, as long as the step named is the same.
test('runTargets: builds that differ only in the other steps preparing the context are still one build', () => {
  const job = (name: string, extra: string[]) => [
    `  ${name}:`,
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Get binaries',
    '        uses: actions/download-artifact@v4',
    '        with:',
    '          path: docker/bin',
    ...extra,
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: docker',
  ];
  const wf = ['on: push', 'jobs:', ...job('a', []), ...job('b', ['      - uses: actions/cache@v4', '        with:', '          path: docker/cache']), ''].join('\n');
  const tree = buildTree({ files: ['docker/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, 'docker/Dockerfile': 'FROM alpine\nCOPY bin/app /app\n' } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(targets.map((t) => [t.preparedBy, t.preparers?.length]), [['"Get binaries" (actions/download-artifact)', 1], ['"Get binaries" (actions/download-artifact)', 2]]);
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.equal(multi.targets.length, 1);
    assert.deepEqual(multi.targets[0].result?.findings.filter((f) => f.ruleId === 'CTX101').map((f) => f.data.preparedBy), ['"Get binaries" (actions/download-artifact)']);
  } finally {
    tree.cleanup();
  }
});

// ckulka/baikal-docker publishes its four images through a reusable workflow, build-job.yaml
// (`file: ${{ inputs.dockerfile }}`, build-push-action with no context: a Git context), called by
// other workflows with literal names: --all left every such build out, and the Dockerfiles were
// audited only as directories with .dockerignore applied.
test('workflowTargets: a reusable workflow is read per call from this repository, ${{ inputs.X }} the caller\'s value (else its default), a caller\'s matrix expanded', () => {
  const job = [
    'on:',
    '  workflow_call:',
    '    inputs:',
    '      dockerfile: { required: true, type: string }',
    '      tag: { type: string, default: latest }',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - name: Build',
    '        uses: docker/build-push-action@v5',
    '        with:',
    '          file: ${{ inputs.dockerfile }}.dockerfile',
    '          build-args: TAG=${{ inputs.tag }}',
    '',
  ].join('\n');
  const callers = [
    'on: push',
    'jobs:',
    '  apache:',
    '    uses: ./.github/workflows/build-job.yaml',
    '    with:',
    '      dockerfile: apache',
    '  others:',
    '    strategy:',
    '      matrix:',
    '        flavour: [nginx, "php fpm"]',
    '    uses: ./.github/workflows/build-job.yaml',
    '    with:',
    '      dockerfile: ${{ matrix.flavour }}',
    '      tag: "1.0"',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['apache.dockerfile', 'nginx.dockerfile', '.github/workflows/build-job.yaml', '.github/workflows/publish.yml'], dockerignore: null, fileContents: { '.github/workflows/build-job.yaml': job, '.github/workflows/publish.yml': callers } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.dockerfile ? x.dockerfile.slice(tree.ctx.length + 1) : null, x.args, x.gitContext ?? false, x.skipReason ? 'skipped' : null]),
      [
        ['.github/workflows/build-job.yaml:build (Build) (called by .github/workflows/publish.yml:apache)', 'apache.dockerfile', { TAG: 'latest' }, true, null],
        ['.github/workflows/build-job.yaml:build (Build) (called by .github/workflows/publish.yml:others [flavour=nginx])', 'nginx.dockerfile', { TAG: '1.0' }, true, null],
        // A value with a space is not put into the text: that call's build is listed, not left out with no word.
        ['.github/workflows/build-job.yaml:build (Build) (called by .github/workflows/publish.yml:others [flavour=php fpm])', '${{ inputs.dockerfile }}.dockerfile', {}, false, 'skipped'],
      ],
    );
    // GitHub's self-repository form, `uses: $/.github/workflows/build-job.yaml`, is the same call (the review of b08c2fb).
    writeFileSync(join(tree.ctx, '.github/workflows/publish.yml'), callers.replaceAll('uses: ./.github/', 'uses: $/.github/'));
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((x) => x.name.replace(/.*\(called by /, '')), ['.github/workflows/publish.yml:apache)', '.github/workflows/publish.yml:others [flavour=nginx])', '.github/workflows/publish.yml:others [flavour=php fpm])']);
  } finally {
    tree.cleanup();
  }
});

// firezone's data-plane job: "Package binaries" runs `cp target/.../${{ matrix.name.package }}
// ${{ matrix.name.package }}` in rust/, later "Upload Release Assets" runs there too, then the image
// is built from rust/ with `COPY ${PACKAGE} .`: the step named is the one that writes the package,
// with the build's matrix values put into its script.
test('runTargets: the step named for a missing source reads the build\'s matrix values in the preparing scripts', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  linux:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        pkg: [relay, gateway]',
    '    defaults:',
    '      run:',
    '        working-directory: rust',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Package binaries',
    '        run: cp target/release/${{ matrix.pkg }} ${{ matrix.pkg }}',
    '      - name: Upload Release Assets',
    '        run: ../scripts/upload.sh',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: rust',
    '          build-args: PACKAGE=${{ matrix.pkg }}',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['rust/Dockerfile', 'rust/Cargo.toml', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, 'rust/Dockerfile': 'FROM alpine\nARG PACKAGE\nCOPY ${PACKAGE} /bin/app\n' } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(targets.map((t) => t.preparedBy), ['"Upload Release Assets" (a run script)', '"Upload Release Assets" (a run script)']);
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const named = multi.targets.flatMap((r) => (r.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [f.path, f.data.preparedBy]));
    assert.deepEqual(named.sort(), [
      ['gateway', '"Package binaries" (a run script)'],
      ['relay', '"Package binaries" (a run script)'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// dgraph's ci-dgraph-nightly-cves.yml: the build step's own script writes the COPY source first
// (`mkdir -p linux && cp dgraph/dgraph linux/`, then `docker build -f contrib/Dockerfile .`); CTX101
// named the earlier "Build Dgraph" step, and with no earlier writer it was an error.
test('runTargets: the build step\'s own commands before docker build are named for a source they write; a source they do not name keeps its severity', () => {
  const wf = (earlier: boolean) =>
    [
      'on: push',
      'jobs:',
      '  cves:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      ...(earlier ? ['      - name: Build Dgraph', '        run: make dgraph'] : []),
      '      - name: Make Dgraph Docker Image',
      '        run: |',
      '          docker buildx create --use',
      '          mkdir -p linux',
      '          cp dgraph/dgraph ./linux/dgraph',
      '          docker build -f contrib/Dockerfile -t dgraph/dgraph:local .',
      '',
    ].join('\n');
  for (const earlier of [true, false]) {
    const tree = buildTree({ files: ['contrib/Dockerfile', 'go.mod', '.github/workflows/cves.yml'], dockerignore: null, fileContents: { '.github/workflows/cves.yml': wf(earlier), 'contrib/Dockerfile': 'FROM alpine\nADD linux /usr/local/bin\nCOPY contrib/run.sh /\n' } });
    try {
      const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      const found = multi.targets.flatMap((r) => (r.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [f.path, f.severity, f.data.preparedBy ?? null]));
      assert.deepEqual(found.sort(), [
        ['contrib/run.sh', earlier ? 'warning' : 'error', earlier ? '"Build Dgraph" (a run script)' : null],
        ['linux', 'warning', 'the part of "Make Dgraph Docker Image"\'s script before docker build'],
      ], `earlier step: ${earlier}`);
      const msg = multi.targets.flatMap((r) => r.result?.findings ?? []).find((f) => f.path === 'linux')?.message ?? '';
      assert.match(msg, /the build fails unless the part of "Make Dgraph Docker Image"'s script before docker build puts it there$/);
    } finally {
      tree.cleanup();
    }
  }
});

// controlplaneio/kubesec: release_containers_webhook.yml checks out controlplaneio/kubesec-webhook
// (its only checkout) and builds `context: .`, `file: ./Dockerfile`: that repository's Dockerfile,
// which --all took for this one's.
test('workflowTargets: a job whose workspace holds only another repository builds that one: its path-context builds are not this repository\'s; a Git context still is', () => {
  const wf = (checkout: string) =>
    [
      'on: workflow_dispatch',
      'jobs:',
      '  webhook:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      checkout,
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          context: .',
      '          file: ./Dockerfile',
      '      - run: docker build -t x .',
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          file: ./Dockerfile',
      '',
    ].join('\n');
  const of = (checkout: string) => {
    const tree = buildTree({ files: ['Dockerfile', '.github/workflows/w.yml'], dockerignore: null, fileContents: { '.github/workflows/w.yml': wf(checkout) } });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.gitContext ?? false]);
    } finally {
      tree.cleanup();
    }
  };
  const other = '      - uses: actions/checkout@v4\n        with:\n          repository: controlplaneio/kubesec-webhook\n          ref: main';
  assert.deepEqual(of(other), [['.github/workflows/w.yml:webhook step 4', true]]);
  // This repository checked out too (at the root, or the other one in a subdirectory): all three are its builds.
  // An expression is this repository or a fork of it (Cogni-DAO/node-template's pr-build.yml:
  // `repository: ${{ needs.resolve.outputs.checkout_repo }}`), whose builds were dropped with no word.
  for (const checkout of [
    `      - uses: actions/checkout@v4\n${other}\n          path: webhook`,
    '      - uses: actions/checkout@v4\n        with:\n          repository: ${{ github.repository }}',
    '      - uses: actions/checkout@v4\n        with:\n          repository: ${{ needs.resolve.outputs.checkout_repo }}\n          ref: ${{ needs.resolve.outputs.checkout_ref }}',
    '      - uses: actions/checkout@v4\n        with:\n          repository: ${{ github.event.pull_request.head.repo.full_name }}',
  ]) {
    assert.equal(of(checkout).length, 3, checkout);
  }
  // A literal name that is this repository's own (a remote of its .git/config): nhsuk/manage-vaccinations-in-schools'
  // end-to-end workflow checks itself out by name, then builds; the builds were dropped as another repository's.
  const named = (remote: string, checkout: string) => {
    const tree = buildTree({ files: ['Dockerfile', '.github/workflows/w.yml', '.git/config'], dockerignore: null, fileContents: { '.github/workflows/w.yml': wf(checkout), '.git/config': `[core]\n\tbare = false\n[remote "origin"]\n\turl = ${remote}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n` } });
    try {
      return workflowTargets(tree.ctx, tree.ctx).length;
    } finally {
      tree.cleanup();
    }
  };
  const self = '      - uses: actions/checkout@v4\n        with:\n          repository: NHSuk/manage-vaccinations-in-schools';
  assert.equal(named('https://github.com/nhsuk/manage-vaccinations-in-schools.git', self), 3);
  assert.equal(named('git@github.com:nhsuk/manage-vaccinations-in-schools.git', self), 3);
  assert.equal(named('https://github.com/nhsuk/manage-vaccinations-in-schools-fork.git', self), 1);
  assert.equal(named('https://github.com/controlplaneio/kubesec.git', other), 1);
});

// vegaprotocol/frontend-monorepo's publish-dist.yml (`app: ${{ fromJSON(inputs.projects) }}`) and
// Memo-2023/mana-monorepo's CD (`cd "${{ env.PROJECT_DIR }}"`, then docker build): builds vanished
// with no word. Listed as skipped; a disabled step (`if: false`) is still no build.
test('workflowTargets: builds whose matrix only the run knows, or that run after a cd not known here, are listed as skipped; a disabled step is not', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        app: ${{ fromJSON(inputs.projects) }}',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          build-args: APP=${{ matrix.app }}',
    '      - run: docker build -t x apps/${{ matrix.app }}',
    '      - run: |',
    '          cd "${{ env.PROJECT_DIR }}"',
    '          docker build -f docker/Dockerfile.base .',
    '      - if: false',
    '        run: cd "$X" && docker build .',
    // populationgenomics/talos' build_deploy_main.yaml: a literal context and -f, the matrix only in
    // a --build-arg and the tag. It was listed as not audited, and a real COPY failure passed.
    '      - run: |',
    '          docker build . -f ci/CPG_Dockerfile --build-arg VERSION=${{ matrix.app }} --tag reg/${{ matrix.app }}:1',
    '          docker push reg/${{ matrix.app }}:1',
    // Two builds, one of them placed: the other is still listed.
    '      - run: docker build -f ci/CPG_Dockerfile . && docker build apps/${{ matrix.app }}',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'ci/CPG_Dockerfile', '.github/workflows/p.yml'], dockerignore: null, fileContents: { '.github/workflows/p.yml': wf } });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.skipReason ?? null, t.dockerfile?.slice(tree.ctx.length) ?? null, t.argsAtRunTime ?? null]), [
      // Only a build arg names the matrix: placed, APP known at run time (ai-platform-engineering's case, below).
      ['.github/workflows/p.yml:publish step 2', null, null, { APP: '${{ matrix.app }}' }],
      ['.github/workflows/p.yml:publish step 3', 'the matrix values it names are known only when the workflow runs: not audited', null, null],
      ['.github/workflows/p.yml:publish step 4', 'its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited', null, null],
      ['.github/workflows/p.yml:publish step 6', null, '/ci/CPG_Dockerfile', { VERSION: '${{ matrix.app }}' }],
      ['.github/workflows/p.yml:publish step 7', null, '/ci/CPG_Dockerfile', null],
      ['.github/workflows/p.yml:publish step 7', 'the matrix values it names are known only when the workflow runs: not audited', null, null],
    ]);
  } finally {
    tree.cleanup();
  }
});

// ethereumjs/ethereumjs-monorepo's docker-image.yml: `if: false # Temporarily disabled` on its only
// job; --all still named the root Dockerfile's findings after that job.
test('workflowTargets: a job whose if: is false builds nothing', () => {
  const wf = (cond: string) => ['on: push', 'jobs:', '  docker:', `    if: ${cond}`, '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: docker build -t x .', ''].join('\n');
  const of = (cond: string) => {
    const tree = buildTree({ files: ['Dockerfile', '.github/workflows/d.yml'], dockerignore: null, fileContents: { '.github/workflows/d.yml': wf(cond) } });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((t) => t.name);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(of('false'), []);
  assert.deepEqual(of('${{ false }}'), []);
  assert.deepEqual(of("github.ref == 'refs/heads/main'"), ['.github/workflows/d.yml:docker step 2']);
});

// AMRC-FactoryPlus/amrc-connectivity-stack: `build-contexts: lib=./lib` on build-push-action, and
// `docker buildx build --build-context lib=./lib`; the Dockerfiles `COPY --from=lib`. Neither was
// read: a COPY --from=lib of a file lib/ lacks passed the gate.
test('runTargets: build-push-action build-contexts and docker buildx --build-context are the build\'s named contexts', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: ./svc',
    '          build-contexts: |',
    '            lib=./lib',
    '            img=docker-image://alpine:3',
    '      - run: cd svc && docker buildx build --build-context lib=../lib -f Dockerfile.cli .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['svc/Dockerfile', 'svc/Dockerfile.cli', 'lib/present.js', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, 'svc/Dockerfile': 'FROM alpine\nCOPY --from=lib present.js /\nCOPY --from=lib nope.js /\n', 'svc/Dockerfile.cli': 'FROM alpine\nCOPY --from=lib gone.js /\n' } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(targets.map((t) => [t.name, Object.fromEntries(Object.entries(t.namedContexts).map(([k, v]) => [k, v.startsWith(tree.ctx) ? v.slice(tree.ctx.length) : v]))]), [
      ['.github/workflows/b.yml:b step 2', { lib: '/lib', img: 'docker-image://alpine:3' }],
      ['.github/workflows/b.yml:b step 3', { lib: '/lib' }],
    ]);
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.deepEqual(multi.targets.map((t) => (t.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.line])), [[['error', 3]], [['error', 2]]]);
  } finally {
    tree.cleanup();
  }
});

// akto's staging.yml: `docker buildx build ... "$CONTEXT"` with the step's `CONTEXT: ${{ matrix.context }}`:
// the step was read as a script that may write the context before its own build, and a missing
// source was a warning, "unless the earlier step step 2 (a run script) puts it there".
test('runTargets: a run step is no earlier step of its own builds; a later build still names it', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        context: [apps/api]',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: docker buildx build --push -t x "$CONTEXT"',
    '        env:',
    '          CONTEXT: ${{ matrix.context }}',
    '      - run: docker build -t y apps/web',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['apps/api/Dockerfile', 'apps/web/Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, 'apps/api/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n', 'apps/web/Dockerfile': 'FROM alpine\nCOPY built.txt /\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const ctx101 = multi.targets.map((t) => (t.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [t.name, f.severity, f.data.preparedBy ?? null])).flat();
    assert.deepEqual(ctx101, [
      ['.github/workflows/b.yml:b step 2 [context=apps/api]', 'error', null],
      // The first step's script may have written apps/web: a warning naming it, as before.
      ['.github/workflows/b.yml:b step 3', 'warning', 'step 2 (a run script)'],
    ]);
    const msg = multi.targets[1].result?.findings.find((f) => f.ruleId === 'CTX101')?.message ?? '';
    // Its script is not seen to write built.txt: it only may (sirius-web's frontend step was named
    // as what makes the jar its Maven step makes).
    assert.match(msg, /unless a step before it puts it there \(none is seen to write it; the earlier step 2 \(a run script\) may\)$/);
  } finally {
    tree.cleanup();
  }
});

// fhem/fhem-docker: an actions/cache of ./src/fhem/trunk, then a download-artifact with no path (the workspace), then
// the build of `COPY cpanfile`: the cache, which writes only under src/, was named as the step that may make it
// (sweep 56/W-F2). The nearest step that may write there is named; a source under the cache's path keeps the cache.
test('runTargets: the step named as one that may make a missing source is one that may write there, not a cache of another directory', () => {
  const wf = (copy: string) => ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Cache svn', '        uses: actions/cache@v4', '        with: {path: ./src/trunk, key: svn}', '      - uses: actions/download-artifact@v4', '        with: {name: cpanfile-core}', '      - name: Build', '        uses: docker/build-push-action@v6', '        with: {context: ., file: ./Dockerfile, push: true, tags: x/y:latest}', ''].join('\n') + `# ${copy}\n`;
  const named = (copy: string) => {
    const files = { '.github/workflows/build.yml': wf(copy), Dockerfile: `FROM alpine\nCOPY ${copy} /x\n` };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      mkdirSync(join(tree.ctx, '.git'));
      const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      return multi.targets.flatMap((t) => (t.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.data.preparedBy ?? null]));
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(named('cpanfile'), [['warning', '(actions/download-artifact)']]);
  assert.deepEqual(named('src/trunk/FHEM/fhem.pl'), [['warning', '"Cache svn" (actions/cache)']]);
});

// koodo-reader: "Build React app" (`yarn build` at the root), then "Cross-compile Go server" (working-directory srv),
// then the build of `COPY build/`: the Go step, run in srv/, was named as the one that may make build/ (sweep 55/P-F2).
test('runTargets: a script run in another directory is not named as the step that may make a missing source; one run above it is', () => {
  const wf = ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Build React app', '        run: yarn && yarn build', '      - name: Cross-compile Go server', '        working-directory: srv', '        run: |', '          go build -o server-linux-amd64 .', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          push: false', ''].join('\n');
  const files = { '.github/workflows/docker.yml': wf, Dockerfile: 'FROM caddy:latest\nCOPY build/ /usr/share/caddy\nCOPY srv/server-linux-amd64 /app/server\nCOPY srv/extra.txt /x\n', '.gitignore': 'build\n', 'package.json': '{"name":"x"}\n', 'srv/main.go': 'package main\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const named = multi.targets.flatMap((t) => (t.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [f.data.source, f.severity, f.data.preparedBy ?? null]));
    assert.deepEqual(named.sort(), [
      ['build/', 'warning', '"Build React app" (a run script)'],
      // Under srv/: the nearest script, the one run there, may.
      ['srv/extra.txt', 'warning', '"Cross-compile Go server" (a run script)'],
      ['srv/server-linux-amd64', 'warning', '"Cross-compile Go server" (a run script)'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// datalens-tech/datalens-backend's build_debian_docker.yml: the repository checked out at `path:
// ${{ env.job_path }}`, then `context: "${{ env.job_path }}/docker_build/debian_docker"`: the build
// vanished, and the Dockerfile was audited from a guessed context with its errors capped.
test('runTargets: with the checkout at path: P, a context P/sub is the repository\'s sub, and that checkout is no step that writes a missing source', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      job_path: build_debian_docker',
    '      folder: docker_build/debian_docker',
    '    steps:',
    '      - name: Checkout code',
    '        uses: actions/checkout@v4',
    '        with:',
    '          path: ${{ env.job_path }}',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: "${{ env.job_path }}/${{ env.folder }}"',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['docker_build/debian_docker/Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, 'docker_build/debian_docker/Dockerfile': 'FROM debian\nCOPY missing.txt /\n' } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(targets.map((t) => [t.name, t.context.slice(tree.ctx.length), t.skipReason ?? null]), [['.github/workflows/b.yml:build step 2', '/docker_build/debian_docker', null]]);
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.deepEqual((multi.targets[0].result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => f.severity), ['error']);
  } finally {
    tree.cleanup();
  }
});

// research-software-directory/RSD-as-a-service's _ghcr.yml: `echo "docker build ... -f
// ${{inputs.dockerfile}} ${{inputs.docker_context}}"` before the real build: the echoed text was
// read as a second build whose context was `authentication"` (nine phantom skipped targets).
test('workflowTargets: a docker build echoed or printed is no build; one after the echo on the line is', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: |',
    '          echo "docker build -t img -f auth/Dockerfile authentication"',
    "          printf '%s\\n' 'docker compose -f ci.yml build'",
    '          echo building && docker build -t img -f auth/Dockerfile auth',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['auth/Dockerfile', 'ci.yml', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, 'ci.yml': 'services:\n  a:\n    build: auth\n' } });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.context.slice(tree.ctx.length), x.skipReason ?? null]), [['.github/workflows/b.yml:b step 2', '/auth', null]]);
  } finally {
    tree.cleanup();
  }
});

// andrechristikan/ack-nestjs-boilerplate: release workflows run `docker build --build-arg
// NODE_ENV=${{ matrix.env }} -f ${{ env.DOCKERFILE }} .` with `env: DOCKERFILE: ci/dockerfile` at the
// top: --all left the builds out (a -f it could not read), with no word.
test('workflowTargets: a run step\'s ${{ env.NAME }} and $NAME take the literal values of the workflow\'s, job\'s and step\'s env; a name the script assigns is left as it is', () => {
  const wf = [
    'on: push',
    'env:',
    '  DOCKERFILE: ci/dockerfile',
    'jobs:',
    '  release:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        env: [staging, production]',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: docker build --build-arg NODE_ENV=${{ matrix.env }} -f ${{ env.DOCKERFILE }} .',
    '      - run: docker build -f "$STEP_FILE" .',
    '        env:',
    '          STEP_FILE: ci/other.dockerfile',
    '      - run: |',
    '          DOCKERFILE=ci/$(cat which)',
    '          docker build -f "$DOCKERFILE" .',
    // akto's staging.yml: a step env value that names a matrix value (`CONTEXT: ${{ matrix.context }}`).
    '      - run: docker buildx build --push -t x "$CONTEXT"',
    '        env:',
    '          CONTEXT: apps/${{ matrix.env }}',
    '      - run: docker build "$OTHER"',
    '        env:',
    '          OTHER: ${{ github.event.inputs.dir }}',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['ci/dockerfile', 'ci/other.dockerfile', 'apps/staging/Dockerfile', 'apps/production/Dockerfile', '.github/workflows/release.yml'], dockerignore: null, fileContents: { '.github/workflows/release.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx).filter((x) => x.unlocated !== true).map((x) => [x.name, (x.dockerfile ?? '').slice(tree.ctx.length + 1) || x.context.slice(tree.ctx.length + 1), x.args.NODE_ENV ?? null]);
    assert.deepEqual(t, [
      ['.github/workflows/release.yml:release step 2 [env=staging]', 'ci/dockerfile', 'staging'],
      ['.github/workflows/release.yml:release step 2 [env=production]', 'ci/dockerfile', 'production'],
      ['.github/workflows/release.yml:release step 3', 'ci/other.dockerfile', null],
      ['.github/workflows/release.yml:release step 5 [env=staging]', 'apps/staging', null],
      ['.github/workflows/release.yml:release step 5 [env=production]', 'apps/production', null],
    ]);
    // The script's own DOCKERFILE, and a value only the run knows: listed as skipped.
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).filter((x) => x.skipReason !== undefined).map((x) => x.name),
      ['.github/workflows/release.yml:release step 4', '.github/workflows/release.yml:release step 6'],
    );
  } finally {
    tree.cleanup();
  }
});

// brocoders/nestjs-boilerplate's docker-e2e.yml: `docker compose -f docker-compose.relational.ci.yaml
// --env-file env-example-relational -p ci-relational up --build --exit-code-from api`: an --env-file
// made --all leave the build out. Its variables are read instead of the project's .env; a file
// outside the repository is not read.
test('workflowTargets: docker compose --env-file F reads F for the Compose file\'s variables; a missing one, or one outside the repository, is listed as skipped', () => {
  const wf = (envFile: string) =>
    ['on: push', 'jobs:', '  e2e:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - run: docker compose -f docker-compose.ci.yaml --env-file ${envFile} -p ci up --build --exit-code-from api`, ''].join('\n');
  const of = (envFile: string) => {
    const files = {
      '.github/workflows/e2e.yml': wf(envFile),
      'docker-compose.ci.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: ${API_DOCKERFILE:?set API_DOCKERFILE}\n',
      'env-example-relational': 'API_DOCKERFILE=e2e.relational.Dockerfile\n',
      'e2e.relational.Dockerfile': 'FROM node:20\n',
    };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.dockerfile === undefined ? null : x.dockerfile.slice(tree.ctx.length + 1), x.skipReason === undefined ? null : 'skipped']);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(of('env-example-relational'), [['.github/workflows/e2e.yml:e2e step 2: docker-compose.ci.yaml:api', 'e2e.relational.Dockerfile', null]]);
  assert.deepEqual(of('env-missing').map(([, , s]) => s), ['skipped']);
  assert.deepEqual(of('../../../../etc/hostname').map(([, , s]) => s), ['skipped']);
});

// vietnam-devs/coolstore-microservices: deploys/scripts/start.sh:74 is `# docker build -f
// ./src/web/Dockerfile ...`; a workflow line so commented out became a build (a false CTX101 error
// for a Dockerfile nobody builds), and a trailing comment's words were taken for the context.
test('workflowTargets: a commented-out docker build is no build, and a trailing comment is no argument', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: |',
    '          docker build -t x . # then push it',
    '          # docker build -f old/Dockerfile -t y .',
    '          echo "#1 done" && docker build -f web/Dockerfile -t "z#1" web',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'old/Dockerfile', 'web/Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.context.slice(tree.ctx.length) || '/', (x.dockerfile ?? '').slice(tree.ctx.length)]),
      [
        ['/', ''],
        ['/web', '/web/Dockerfile'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// teslamate (./.github/actions/build), booking-microservices (./.github/actions/docker-build-publish):
// a job builds through a local composite action, whose steps --all did not read.
test('workflowTargets: a local composite action\'s steps are read as the job\'s, with the inputs the step passes (or their defaults); one through a symlink is not', () => {
  const wf = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Build', '        uses: ./.github/actions/build', '        with:', '          context: app', '      - uses: ./.github/actions/linked', ''].join('\n');
  const action = [
    'name: build',
    'inputs:',
    '  context:',
    '    required: true',
    '  file:',
    '    default: app/Dockerfile.ci',
    'runs:',
    '  using: composite',
    '  steps:',
    '    - name: Build and push',
    '      uses: docker/build-push-action@v6',
    '      with:',
    '        context: ${{ inputs.context }}',
    '        file: ${{ inputs.file }}',
    '    - run: docker build -f ${{ inputs.file }} ${{ inputs.context }}',
    '      shell: bash',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['app/Dockerfile.ci', '.github/workflows/b.yml', '.github/actions/build/action.yml', 'elsewhere/action.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, '.github/actions/build/action.yml': action, 'elsewhere/action.yml': action } });
  try {
    symlinkSync(join(tree.ctx, 'elsewhere'), join(tree.ctx, '.github/actions/linked'));
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.context.slice(tree.ctx.length), (x.dockerfile ?? '').slice(tree.ctx.length)]),
      [
        ['.github/workflows/b.yml:b (Build (./.github/actions/build: Build and push))', '/app', '/app/Dockerfile.ci'],
        ['.github/workflows/b.yml:b (Build (./.github/actions/build))', '/app', '/app/Dockerfile.ci'],
      ],
    );
    // GitHub's self-repository form, `uses: $/.github/actions/build` (this repository at this commit;
    // meltano's build.yml, unread before: sweep 46/B), is the same action.
    writeFileSync(join(tree.ctx, '.github/workflows/b.yml'), wf.replace('uses: ./.github/actions/build', 'uses: $/.github/actions/build').replace('      - uses: ./.github/actions/linked\n', ''));
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.context.slice(tree.ctx.length)]),
      [
        ['.github/workflows/b.yml:b (Build ($/.github/actions/build: Build and push))', '/app'],
        ['.github/workflows/b.yml:b (Build ($/.github/actions/build))', '/app'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// AMRC-FactoryPlus/amrc-connectivity-stack: publish.yml builds `context: ./${{ steps.prepare.outputs.service-name }}`,
// whose ./.github/actions/prepare has `outputs: service-name: value: ${{ inputs.service-name }}`,
// given `${{ matrix.service }}`: 30 matrix builds were left out with no word.
test('workflowTargets: a local action\'s output that its inputs make literal, or a matrix value, stands for ${{ steps.ID.outputs.NAME }} in later steps', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        service: [acs-admin, acs-edge]',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - id: prepare',
    '        uses: ./.github/actions/prepare',
    '        with:',
    '          service-name: ${{ matrix.service }}',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: ./${{ steps.prepare.outputs.service-name }}',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: ./${{ steps.prepare.outputs.tag }}',
    '',
  ].join('\n');
  const action = ['name: prepare', 'inputs:', '  service-name:', '    required: true', 'outputs:', '  service-name:', '    value: ${{ inputs.service-name }}', '  tag:', '    value: ${{ steps.meta.outputs.tag }}', 'runs:', '  using: composite', '  steps:', '    - id: meta', '      run: echo tag=x >> $GITHUB_OUTPUT', '      shell: bash', ''].join('\n');
  const tree = buildTree({ files: ['acs-admin/Dockerfile', 'acs-edge/Dockerfile', '.github/workflows/b.yml', '.github/actions/prepare/action.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, '.github/actions/prepare/action.yml': action } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.context.slice(tree.ctx.length), x.skipReason ?? null]),
      [
        ['.github/workflows/b.yml:b step 3 [service=acs-admin]', '/acs-admin', null],
        ['.github/workflows/b.yml:b step 3 [service=acs-edge]', '/acs-edge', null],
        // An output the action's own step computes is known only at run time: listed, not audited.
        ['.github/workflows/b.yml:b step 4', '/${{ steps.prepare.outputs.tag }}', 'its context ./${{ steps.prepare.outputs.tag }} is known only when the workflow runs: not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// modlix-india/nocode-saas: config-dev-ci.yml runs `mkdir -p target` and `cp config/target/*.jar
// target/`, then `docker build -f config/Dockerfile .` (COPY target/config-1.1.0.jar); .gitignore
// has target/. The git-ignored warning said "a build output?" and named no step.
test('runTargets: a missing git-ignored source that a preparing step writes names that step', () => {
  const wf = ['on: push', 'jobs:', '  ci:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: mvn -pl config package', '      - name: Stage jar', '        run: |', '          mkdir -p target', '          cp config/target/*.jar target/', '      - run: docker build -t config -f config/Dockerfile .', ''].join('\n');
  const tree = buildTree({ files: ['config/Dockerfile', '.gitignore', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, 'config/Dockerfile': 'FROM eclipse-temurin:21\nCOPY target/config-1.1.0.jar /app.jar\n', '.gitignore': 'target/\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = (multi.targets[0].result?.findings ?? []).filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => [x.severity, x.data.preparedBy ?? null, x.data.gitignored ?? false]), [['warning', '"Stage jar" (a run script)', false]]);
    assert.match(f[0].message, /the build fails unless the earlier step "Stage jar" \(a run script\) puts it there$/);
  } finally {
    tree.cleanup();
  }
});

// vegaprotocol/frontend-monorepo: trading-e2e-test-run.yml's "Build trading app" moves the build
// into dist-result/ (git-ignored) before its build; the warning named publish-dist.yml's step, in
// another workflow, which never runs before it.
test('runTargets: for a missing git-ignored source, a step of the build\'s own job is named before another workflow\'s script', () => {
  const e2e = ['on: push', 'jobs:', '  e2e:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Build trading app', '        run: |', '          yarn build', '          mv dist/apps/trading dist-result', '      - run: docker build -f docker/outside.Dockerfile .', ''].join('\n');
  const publish = ['on: workflow_dispatch', 'jobs:', '  p:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: mkdir -p dist-result && cp -r out/* dist-result/', ''].join('\n');
  const tree = buildTree({ files: ['docker/outside.Dockerfile', '.gitignore', '.github/workflows/e2e.yml', '.github/workflows/publish.yml'], dockerignore: null, fileContents: { '.github/workflows/e2e.yml': e2e, '.github/workflows/publish.yml': publish, 'docker/outside.Dockerfile': 'FROM nginx\nCOPY ./dist-result/ /usr/share/nginx/html/\n', '.gitignore': '/dist-result\n' } });
  try {
    git(tree.ctx, 'init', '-q');
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = (multi.targets[0].result?.findings ?? []).filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => [x.severity, x.data.preparedBy ?? null, x.data.writtenBy ?? null]), [['warning', '"Build trading app" (a run script)', null]]);
  } finally {
    tree.cleanup();
  }
});

// A step whose whole script is `docker compose -f X build` was taken for a step that prepares the
// context of its own build: CTX101 said "unless the earlier step step 3 (a run script) puts it
// there", a warning, where the same source under `docker build` is an error.
test('runTargets: a run step that builds with docker compose is no step preparing its own build', () => {
  const wf = ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: docker compose -f ci.yml build', ''].join('\n');
  const tree = buildTree({ files: ['ci.yml', 'Dockerfile', '.github/workflows/t.yml'], dockerignore: null, fileContents: { '.github/workflows/t.yml': wf, 'ci.yml': 'services:\n  api:\n    build: .\n', Dockerfile: 'FROM alpine\nCOPY missing.txt /\n' } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(targets.map((t) => [t.name, t.preparedBy ?? null]), [['.github/workflows/t.yml:t step 2: ci.yml:api', null]]);
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.deepEqual((multi.targets[0].result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => f.severity), ['error']);
  } finally {
    tree.cleanup();
  }
});

// metorial/metorial-platform's build-engine.yml: `file: ${{ env.DOCKERFILE }}` with the job's
// `DOCKERFILE: ./deployment/dockerfiles/engine-${{ matrix.service }}.Dockerfile`: the build was
// left out without a word (an env value holding an expression).
test('workflowTargets: an env value that names matrix values is put in, then expanded over the matrix', () => {
  const wf = ['on: push', 'jobs:', '  engine:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', '        service: [unified, launcher]', '    env:', '      DOCKERFILE: ./d/engine-${{ matrix.service }}.Dockerfile', '      TAG: ${{ github.sha }}', '    steps:', '      - uses: actions/checkout@v4', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          file: ${{ env.DOCKERFILE }}', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          file: d/${{ env.TAG }}.Dockerfile', ''].join('\n');
  const tree = buildTree({ files: ['d/engine-unified.Dockerfile', 'd/engine-launcher.Dockerfile', '.github/workflows/e.yml'], dockerignore: null, fileContents: { '.github/workflows/e.yml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [(x.dockerfile ?? '').slice(tree.ctx.length + 1), x.skipReason === undefined ? 'audited' : 'skipped']).sort(),
      [
        // The second step names a value known only when it runs: listed as skipped.
        ['d/${{ env.TAG }}.Dockerfile', 'skipped'],
        ['d/engine-launcher.Dockerfile', 'audited'],
        ['d/engine-unified.Dockerfile', 'audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// juice-shop's smoke test: `docker compose -f docker-compose.test.yml up`, whose app service has
// `image: bkimminich/juice-shop:latest` and `build: ./`: compose's default pull policy pulls that
// image first (its mustPull) and builds only if the pull fails. Checked in docker/compose's source.
test('workflowTargets: compose up without --build does not build a service that names an image (pulled first), unless --build or pull_policy: build', () => {
  const of = (cmd: string, policy = '') => {
    const files = {
      '.github/workflows/t.yml': ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - run: ${cmd}`, ''].join('\n'),
      'docker-compose.test.yml': `services:\n  app:\n    image: org/app:latest\n${policy}    build: ./\n  sut:\n    build: ./test/smoke/\n`,
      Dockerfile: 'FROM alpine\n',
      'test/smoke/Dockerfile': 'FROM alpine\n',
    };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((x) => x.name.replace(/^.*docker-compose\.test\.yml:/, '')).sort();
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(of('docker compose -f docker-compose.test.yml up --exit-code-from sut'), ['sut']);
  assert.deepEqual(of('docker compose -f docker-compose.test.yml up --build --exit-code-from sut'), ['app', 'sut']);
  assert.deepEqual(of('docker compose -f docker-compose.test.yml build'), ['app', 'sut']);
  assert.deepEqual(of('docker compose -f docker-compose.test.yml up', '    pull_policy: build\n'), ['app', 'sut']);
});

// ansible/galaxy_ng's dev Compose files: `image: localhost/galaxy_ng/galaxy_ng:base` (podman's local
// namespace: no registry serves it, so `up` builds it), and `additional_contexts: base_img:
// service:base_img` on a service that is built (compose builds the named service for it). Both were
// taken as pulled, and Dockerfile.dev, which copies a committed signing key, was audited as built by nothing.
test('workflowTargets: compose up builds a service whose image is under localhost/, or that a built service names as a service: context', () => {
  const of = (compose: string) => {
    const files = {
      '.github/workflows/t.yml': ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: docker compose -f dev/s.yaml up --detach', ''].join('\n'),
      'dev/s.yaml': compose,
      Dockerfile: 'FROM alpine\n',
      'dev/Dockerfile.dev': 'FROM base_img\n',
      'dev/Dockerfile.web': 'FROM base_img\n',
    };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((x) => x.name.replace(/^.*dev\/s\.yaml:/, '')).sort();
    } finally {
      tree.cleanup();
    }
  };
  const base = (image: string) => `services:\n  base_img:\n    build:\n      context: ../\n    image: ${image}\n`;
  const dev = (image: string) => `  dev:\n    build:\n      context: .\n      dockerfile: Dockerfile.dev\n    image: ${image}\n`;
  const web = '  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.web\n      additional_contexts:\n        base_img: service:base_img\n';
  assert.deepEqual(of(base('registry.example.com/demo:base') + dev('localhost/demo:dev')), ['dev']);
  assert.deepEqual(of(base('registry.example.com/demo:base') + dev('registry.example.com/demo:dev')), []);
  assert.deepEqual(of(base('registry.example.com/demo:base') + dev('registry.example.com/demo:dev') + web), ['base_img', 'web']);
  // A `localhost:5000/` registry is one: pulled first as any other.
  assert.deepEqual(of(base('localhost:5000/demo:base') + dev('localhost:5000/demo:dev')), []);
});

// ansible-ai-connect-service's tools/docker-compose/compose.yaml (`context: $PWD`), run from the root by its
// Makefile and CI: --all read the default-named file as run in its own directory, where its Dockerfile is
// not, and listed the build as skipped; the run from the root was only a mark on that target.
test('workflowTargets: a default-named Compose file that reads $PWD, run from another directory, is read as run from there', () => {
  const files = {
    '.github/workflows/t.yml': ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: docker compose -f tools/dc/compose.yaml up -d', ''].join('\n'),
    'tools/dc/compose.yaml': 'services:\n  web:\n    build:\n      context: ${PWD}\n      dockerfile: svc.Containerfile\n',
    'svc.Containerfile': 'FROM alpine\nCOPY . /app\n',
    'other/compose.yaml': 'services:\n  api:\n    build: .\n',
    'other/Dockerfile': 'FROM alpine\n',
    '.github/workflows/u.yml': ['on: push', 'jobs:', '  u:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: docker compose -f other/compose.yaml up -d', ''].join('\n'),
  };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    // The $PWD one is a target of its own, from the root; the other default-named run only marks --all's own target.
    assert.deepEqual(t.map((x) => [x.name, x.context.slice(tree.ctx.length) || '/', x.defaultComposeRun !== undefined]), [
      ['.github/workflows/t.yml:t step 2: tools/dc/compose.yaml:web', '/', false],
      ['.github/workflows/u.yml:u step 2: other/compose.yaml:api', '/other', true],
    ]);
  } finally {
    tree.cleanup();
  }
});

// juju-dashboard: .github/actions/setup-docker-dashboard checks the repository out at
// `path: juju-dashboard-release`, then runs `cd '${{ github.workspace }}/juju-dashboard-release'; docker build .`:
// listed as "a cd to a directory not known here". `cd $GITHUB_WORKSPACE/docker` (the checkout at the
// workspace) names the repository's docker/ directory the same way.
test('workflowTargets: a run script that cds to ${{ github.workspace }} or $GITHUB_WORKSPACE (+ the checkout path, also one a local composite action makes) builds in the checkout', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  ws:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: |',
    '          cd $GITHUB_WORKSPACE/docker',
    '          docker build -t x .',
    '  at:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          path: rel',
    "      - run: cd '${{ github.workspace }}/rel'; docker build -t y .",
    '  action:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: ./.github/actions/build',
    '  elsewhere:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          path: rel',
    '      - run: cd ${{ github.workspace }}/other && docker build -t w .',
    '',
  ].join('\n');
  const action = ['runs:', '  using: composite', '  steps:', '    - uses: actions/checkout@v4', '      with:', '        path: rel2', '    - shell: bash', '      run: cd "${{ github.workspace }}/rel2/docker"; docker build -t z .', ''].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'docker/Dockerfile', '.github/workflows/ci.yml', '.github/actions/build/action.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, '.github/actions/build/action.yml': action } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.context, x.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:ws step 2', join(tree.ctx, 'docker'), null],
        ['.github/workflows/ci.yml:at step 2', tree.ctx, null],
        ['.github/workflows/ci.yml:action (step 1 (./.github/actions/build))', join(tree.ctx, 'docker'), null],
        // Not under the checkout's path: a directory the workflow makes, not known here (an unquoted
        // `cd ${{ … }}` was no cd at all before: the build ran at the root).
        ['.github/workflows/ci.yml:elsewhere step 2', tree.ctx, 'its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// hashicorp/nomad-autoscaler's build.yml: hashicorp/actions-docker-build with `target: release` and
// neither `workdir` nor `dockerfile` (its action.yml: `.` and `Dockerfile`); smartcontractkit/chainlink-solana's
// chainlink-github-actions/docker/build-push with `file:` and no `context:` (default `.`). Both
// were dropped, the Dockerfiles audited at another stage or from a guessed context.
test('workflowTargets: known wrappers\' defaults (hashicorp/actions-docker-build\'s workdir and dockerfile, chainlink\'s context, docker-build-push\'s and aws-ecr-action\'s root Dockerfile, Publish-Docker-Github-Action\'s workdir and buildoptions --target) place their builds', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: hashicorp/actions-docker-build@v2',
    '        with:',
    '          version: 1.0.0',
    '          arch: amd64',
    '          target: release',
    '          tags: docker.io/example/app:1.0.0',
    '      - uses: hashicorp/actions-docker-build@v2',
    '        with:',
    '          version: 1.0.0',
    '          arch: amd64',
    '          workdir: sub',
    '          dockerfile: build.Dockerfile',
    '      - uses: smartcontractkit/chainlink-github-actions/docker/build-push@v2.3.0',
    '        with:',
    '          tags: x',
    '          file: ./integration-tests/test.Dockerfile',
    // Another action with a Dockerfile input and no context: not read (its default is not known).
    '      - uses: some/image-builder@v1',
    '        with:',
    '          dockerfile: ./integration-tests/test.Dockerfile',
    // hollama's build.yml: mr-smithers-excellent/docker-build-push runs `docker build -f DOCKERFILE ...
    // DIRECTORY` from the workspace (defaults `Dockerfile`, `.`); kanvas-ecosystem-api's deploy.yml:
    // kciter/aws-ecr-action the same with `path` (and no dockerfile: the root's, not sub's).
    '      - uses: mr-smithers-excellent/docker-build-push@v6',
    '        with:',
    '          image: app',
    '          registry: ghcr.io',
    '          dockerfile: docker/Dockerfile',
    '      - uses: mr-smithers-excellent/docker-build-push@v6',
    '        with:',
    '          image: app',
    '          directory: sub',
    '          target: dev',
    '      - uses: kciter/aws-ecr-action@v5',
    '        with:',
    '          repo: app',
    '          path: sub',
    '      - uses: kciter/aws-ecr-action@v5',
    '        with:',
    '          repo: app',
    '          dockerfile: docker/Dockerfile',
    // phpDocumentor's docker.yml and website.yml: elgohr/Publish-Docker-Github-Action runs `cd WORKDIR`,
    // then `docker build BUILDOPTIONS -f DOCKERFILE ... CONTEXT` (context `.` by default).
    '      - uses: elgohr/Publish-Docker-Github-Action@v5',
    '        with:',
    '          name: o/app',
    '          buildoptions: "--compress --target=release"',
    '      - uses: elgohr/Publish-Docker-Github-Action@master',
    '        with:',
    '          name: o/site',
    '          workdir: sub',
    '          dockerfile: build.Dockerfile',
    '          buildoptions: --target dev',
    // nas-landing-page's docker.yml: jerray/publish-docker-action runs `docker build --file FILE ... PATH`
    // from the workspace (defaults `Dockerfile`, `.`).
    '      - uses: jerray/publish-docker-action@master',
    '        with:',
    '          username: u',
    '          password: p',
    '          path: sub',
    '      - uses: jerray/publish-docker-action@v1.0.5',
    '        with:',
    '          username: u',
    '          password: p',
    '          file: docker/Dockerfile',
    // movim's container.yml: macbre/push-to-ghcr with `dockerfile:` only (its context `.`; sweep 56/U-F4), or nothing.
    '      - uses: macbre/push-to-ghcr@master',
    '        with:',
    '          image_name: o/movim',
    '          dockerfile: docker/Dockerfile',
    '      - uses: macbre/push-to-ghcr@v13',
    '        with:',
    '          image_name: o/movim',
    '',
  ].join('\n');
  const files = { '.github/workflows/b.yml': wf, Dockerfile: 'FROM alpine AS release\nFROM alpine AS dev\n', 'sub/build.Dockerfile': 'FROM alpine\n', 'sub/Dockerfile': 'FROM alpine\n', 'docker/Dockerfile': 'FROM alpine\nCOPY app.py /\n', 'integration-tests/test.Dockerfile': 'FROM alpine\nCOPY . /t\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name.replace(/ \(via .*/, ''), t.context.slice(tree.ctx.length) || '/', t.dockerfile?.slice(tree.ctx.length) ?? null, t.target ?? null]),
      [
        ['.github/workflows/b.yml:build step 2', '/', '/Dockerfile', 'release'],
        ['.github/workflows/b.yml:build step 3', '/sub', '/sub/build.Dockerfile', null],
        ['.github/workflows/b.yml:build step 4', '/', '/integration-tests/test.Dockerfile', null],
        ['.github/workflows/b.yml:build step 6', '/', '/docker/Dockerfile', null],
        ['.github/workflows/b.yml:build step 7', '/sub', '/Dockerfile', 'dev'],
        ['.github/workflows/b.yml:build step 8', '/sub', '/Dockerfile', null],
        ['.github/workflows/b.yml:build step 9', '/', '/docker/Dockerfile', null],
        ['.github/workflows/b.yml:build step 10', '/', '/Dockerfile', 'release'],
        ['.github/workflows/b.yml:build step 11', '/sub', '/sub/build.Dockerfile', 'dev'],
        ['.github/workflows/b.yml:build step 12', '/sub', '/Dockerfile', null],
        ['.github/workflows/b.yml:build step 13', '/', '/docker/Dockerfile', null],
        ['.github/workflows/b.yml:build step 14', '/', '/docker/Dockerfile', null],
        ['.github/workflows/b.yml:build step 15', '/', '/Dockerfile', null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// GitHub's "Docker Image CI" starter workflow, as many repositories keep it (Construction-Hazard-Detection):
// `docker build . --file Dockerfile --tag my-image-name:$(date +%s)`. The substitution's space split
// the word, `+%s)` was taken for the context, and the build was listed as not in the checkout.
test('workflowTargets: a command substitution with a space in a word ($(date +%s), `date +%s`) is one word, not the context', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '    - uses: actions/checkout@v4',
    '    - run: docker build . --file Dockerfile --tag my-image-name:$(date +%s)',
    '    - run: docker build -f sub/Dockerfile -t img:`date +%s` sub',
    '    - run: docker build --build-arg V=$(git describe --tags $(git rev-list --tags --max-count=1)) -f sub/Dockerfile sub',
    // A PowerShell step folded into one line: its continuation backticks are followed by a space, no substitution
    // (Lobby-Platform-Service: the args between them were swallowed by the first version of this change).
    '    - shell: pwsh',
    '      run: docker build ` -t img:x ` -f sub/Dockerfile ` --build-arg JAR=target/app.jar ` sub',
    '',
  ].join('\n');
  const files = { '.github/workflows/b.yml': wf, Dockerfile: 'FROM alpine\n', 'sub/Dockerfile': 'FROM alpine\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.context.slice(tree.ctx.length) || '/', t.skipReason ?? null]),
      [
        ['.github/workflows/b.yml:build step 2', '/', null],
        ['.github/workflows/b.yml:build step 3', '/sub', null],
        ['.github/workflows/b.yml:build step 4', '/sub', null],
        ['.github/workflows/b.yml:build step 5', '/sub', null],
      ],
    );
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).find((t) => t.name.endsWith('step 5'))?.args, { JAR: 'target/app.jar' });
  } finally {
    tree.cleanup();
  }
});

// starbunk-js: `APP=${{ matrix.app }}`, then `docker build -f ./src/${APP}/Dockerfile.ci .`: the build was
// listed as known only when the step runs. A variable the script assigns once a plain word or a matrix
// value is put in where it is a path component, nowhere else.
test('workflowTargets: a run script\'s variable assigned once (a word or a matrix value) is read in a path it names', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        app: [app1, app2]',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: |',
    '          APP=${{ matrix.app }}',
    '          docker build -f ./src/${APP}/Dockerfile.ci -t x:$APP .',
    '      - run: |',
    '          SVC=api',
    '          docker build services/$SVC',
    // Assigned twice: not one value.
    '      - run: |',
    '          D=a',
    '          if [ -n "$X" ]; then D=b; fi',
    '          docker build -f src/$D/Dockerfile.ci .',
    '',
  ].join('\n');
  const files = { '.github/workflows/b.yml': wf, 'src/app1/Dockerfile.ci': 'FROM node\n', 'src/app2/Dockerfile.ci': 'FROM node\n', 'services/api/Dockerfile': 'FROM node\n', 'src/a/Dockerfile.ci': 'FROM node\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.context.slice(tree.ctx.length) || '/', t.dockerfile?.slice(tree.ctx.length) ?? null, t.skipReason === undefined ? null : 'skipped']),
      [
        ['.github/workflows/b.yml:b step 2 [app=app1]', '/', '/src/app1/Dockerfile.ci', null],
        ['.github/workflows/b.yml:b step 2 [app=app2]', '/', '/src/app2/Dockerfile.ci', null],
        ['.github/workflows/b.yml:b step 3', '/services/api', null, null],
        ['.github/workflows/b.yml:b step 4', '/', null, 'skipped'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// Perplexica (sweep 52/R-F1): `DOCKERFILE=${{ matrix.variant.dockerfile }}`, then `docker buildx build -f $DOCKERFILE
// ... --push .`: six release builds were skipped as known only when the step runs, and a missing source of the
// Dockerfile they push was a warning at most. -f's whole value is read as a path component is; assigned twice, not.
test('workflowTargets: a run script\'s variable assigned once is read as -f\'s whole value', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        variant:',
    '          - {name: full, dockerfile: Dockerfile}',
    '          - {name: slim, dockerfile: Dockerfile.slim}',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: |',
    '          DOCKERFILE=${{ matrix.variant.dockerfile }}',
    '          docker buildx build -f $DOCKERFILE -t me/app:${{ matrix.variant.name }} --push .',
    '      - run: |',
    '          DF=Dockerfile.slim',
    '          docker build --file="${DF}" -t me/app:s .',
    '      - run: |',
    '          D=Dockerfile',
    '          if [ -n "$X" ]; then D=Dockerfile.slim; fi',
    '          docker build -f $D .',
    '',
  ].join('\n');
  const files = { '.github/workflows/b.yml': wf, Dockerfile: 'FROM alpine\n', 'Dockerfile.slim': 'FROM alpine\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.dockerfile?.slice(tree.ctx.length) ?? null, t.skipReason === undefined ? null : 'skipped']),
      [
        ['.github/workflows/b.yml:b step 2 [variant.dockerfile=Dockerfile, variant.name=full]', '/Dockerfile', null],
        ['.github/workflows/b.yml:b step 2 [variant.dockerfile=Dockerfile.slim, variant.name=slim]', '/Dockerfile.slim', null],
        ['.github/workflows/b.yml:b step 3', '/Dockerfile.slim', null],
        ['.github/workflows/b.yml:b step 4', null, 'skipped'],
      ],
    );
    // The skipped build's Dockerfile is not known: its row does not name the default one.
    const step4 = workflowTargets(tree.ctx, tree.ctx).filter((t) => t.name.endsWith('step 4'));
    assert.deepEqual(runTargets(step4, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).targets.map((r) => r.dockerfile), ['–']);
    // Set in an `if` over the job's default (the review of 93d51cc1, RB-R4: the pushed release build was audited
    // as the pull request's Dockerfile.dev and passed): not one value, the step stays skipped.
    const overridden = ['on: push', 'jobs:', '  image:', '    runs-on: ubuntu-latest', '    env:', '      DOCKERFILE: Dockerfile', '    steps:', '      - uses: actions/checkout@v4', '      - run: |', '          if [ "${{ github.event_name }}" = "pull_request" ]; then', '            DOCKERFILE=Dockerfile.dev', '          fi', '          docker buildx build -f $DOCKERFILE -t ghcr.io/me/app:latest --push .', ''].join('\n');
    writeFileSync(join(tree.ctx, '.github/workflows/b.yml'), overridden);
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => [t.dockerfile ?? null, t.skipReason === undefined ? null : 'skipped']), [[null, 'skipped']]);
    // A line of 200,000 blanks before the build is read in linear time (the review of 93d51cc1, RB-R1: the -f pattern's
    // lookbehind made it quadratic, 221 s on a 250 kB workflow).
    writeFileSync(join(tree.ctx, '.github/workflows/b.yml'), ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: |', '          DF=Dockerfile', `          echo a${' '.repeat(200_000)}b`, '          docker build -f $DF .', ''].join('\n'));
    const started = Date.now();
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => t.dockerfile?.slice(tree.ctx.length) ?? null), ['/Dockerfile']);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  } finally {
    tree.cleanup();
  }
});

// bunkerity/bunkerweb's beta.yml calls container-build.yml with `image: [a, b]` and include entries
// that add each image's `dockerfile`: GitHub extends the combinations an entry does not contradict;
// ctx-audit made the entries combinations of their own, and skipped [image=a] and [image=b] with no
// Dockerfile ("a step before the build writes it"). An entry that extends none stays its own.
test('workflowTargets: a matrix include entry extends the combinations whose original values it matches, else adds one', () => {
  const caller = ['on: push', 'jobs:', '  build:', '    strategy:', '      matrix:', '        image: [a, b]', '        include:', '          - image: a', '            dockerfile: a/Dockerfile', '          - image: b', '            dockerfile: b/Dockerfile', '          - image: c', '            dockerfile: c/Dockerfile', '    uses: ./.github/workflows/reusable.yml', '    with:', '      IMAGE: ${{ matrix.image }}', '      DOCKERFILE: ${{ matrix.dockerfile }}', ''].join('\n');
  const reusable = ['on:', '  workflow_call:', '    inputs:', '      IMAGE: {type: string, required: true}', '      DOCKERFILE: {type: string, required: true}', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          file: ${{ inputs.DOCKERFILE }}', '          tags: x/${{ inputs.IMAGE }}', ''].join('\n');
  const files = { '.github/workflows/build.yml': caller, '.github/workflows/reusable.yml': reusable, 'a/Dockerfile': 'FROM alpine\n', 'b/Dockerfile': 'FROM alpine\n', 'c/Dockerfile': 'FROM alpine\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).filter((t) => t.name.includes('called by')).map((t) => [t.name.replace(/.*\[/, '['), t.dockerfile?.slice(tree.ctx.length) ?? null, t.skipReason ?? null]),
      [
        ['[dockerfile=a/Dockerfile, image=a])', '/a/Dockerfile', null],
        ['[dockerfile=b/Dockerfile, image=b])', '/b/Dockerfile', null],
        ['[dockerfile=c/Dockerfile, image=c])', '/c/Dockerfile', null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// rudderlabs/rudder-server builds through rudderlabs/build-scan-push-action ("a thin wrapper around
// docker/build-push-action": `context: .`, `file: ./suppression-backup-service/Dockerfile`), and
// pagopa/io-services-cms through pagopa/dx's reusable workflow (`dockerfile_context: .`,
// `dockerfile_path: ./apps/services-app/Dockerfile`). Unread, their Dockerfiles were audited from
// contexts ctx-audit guessed (their own directories, where the builds cannot work).
test('workflowTargets: a remote action or reusable workflow given a literal context and Dockerfile is read as build-push-action\'s inputs; other inputs named context or file are not builds', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: rudderlabs/build-scan-push-action@v1.5.3',
    '        with:',
    '          context: .',
    '          file: ./svc/Dockerfile',
    '      - uses: azure/k8s-set-context@v4',
    '        with:',
    '          context: prod',
    '      - uses: coverallsapp/github-action@v2',
    '        with:',
    '          file: coverage.lcov',
    '      - uses: some/scan-action@v1',
    '        with:',
    '          context: .',
    '          file: README.md',
    '      - uses: some/build-action@v1',
    '        with:',
    '          context: ${{ inputs.dir }}',
    '          dockerfile: svc/Dockerfile',
    '  deploy:',
    '    uses: pagopa/dx/.github/workflows/release-azure-containerapp-v1.yaml@main',
    '    with:',
    '      dockerfile_path: ./apps/web/Dockerfile',
    '      dockerfile_context: .',
    '',
  ].join('\n');
  const tree = buildTree({
    files: ['svc/Dockerfile', 'apps/web/Dockerfile', 'README.md', 'go.mod', '.github/workflows/ci.yml'],
    dockerignore: null,
    fileContents: { 'svc/Dockerfile': 'FROM golang\nCOPY go.mod .\n', 'apps/web/Dockerfile': 'FROM node\nCOPY . .\n', 'README.md': '# hi\n', '.github/workflows/ci.yml': wf },
  });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.context, x.dockerfile ?? null, x.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:build step 2 (via rudderlabs/build-scan-push-action, read as build-push-action\'s inputs)', tree.ctx, join(tree.ctx, 'svc/Dockerfile'), null],
        ['.github/workflows/ci.yml:deploy (via pagopa/dx/.github/workflows/release-azure-containerapp-v1.yaml, read as build-push-action\'s inputs)', tree.ctx, join(tree.ctx, 'apps/web/Dockerfile'), null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// nginxinc/nginx-gateway-fabric's build.yml, a reusable workflow: `file: build/Dockerfile${{
// inputs.image == 'nginx' && '.nginx' || '' }}${{ inputs.image == 'plus' && '.nginxplus' || '' }}`,
// called with image ngf, nginx and plus. Only `${{ inputs.X }}` was put in: each call's build
// vanished with no word, and its Dockerfiles were audited from a guessed context.
test('workflowTargets: an expression over a reusable workflow\'s inputs and literals takes its value for each call', () => {
  const job = [
    'on:',
    '  workflow_call:',
    '    inputs:',
    '      image: { required: true, type: string }',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: "."',
    "          file: build/Dockerfile${{ inputs.image == 'nginx' && '.nginx' || '' }}${{ inputs.image == 'plus' && '.nginxplus' || '' }}",
    "          target: ${{ inputs.image == 'ngf' && 'goreleaser' || '' }}",
    '',
  ].join('\n');
  const callers = ['on: push', 'jobs:', '  images:', '    strategy:', '      matrix:', '        image: [ngf, nginx, plus]', '    uses: ./.github/workflows/build.yml', '    with:', '      image: ${{ matrix.image }}', ''].join('\n');
  const tree = buildTree({
    files: ['build/Dockerfile', 'build/Dockerfile.nginx', 'build/Dockerfile.nginxplus', '.github/workflows/build.yml', '.github/workflows/ci.yml'],
    dockerignore: null,
    fileContents: { 'build/Dockerfile': 'FROM golang AS goreleaser\n', '.github/workflows/build.yml': job, '.github/workflows/ci.yml': callers },
  });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx).filter((x) => x.name.includes('called by'));
    assert.deepEqual(
      t.map((x) => [x.name.replace(/^.*\[image=(\w+)\].*$/, '$1'), x.dockerfile ? x.dockerfile.slice(tree.ctx.length + 1) : null, x.target ?? null, x.skipReason ?? null]),
      [
        ['ngf', 'build/Dockerfile', 'goreleaser', null],
        ['nginx', 'build/Dockerfile.nginx', null, null],
        ['plus', 'build/Dockerfile.nginxplus', null, null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// crowdsecurity/crowdsec's publish-docker.yml: `debian: { type: boolean }`, `file:
// ./build/docker/Dockerfile${{ inputs.debian && '.debian' || '' }}`, called with `debian: false` and
// `true`. The caller's false was the string "false", truthy: both calls built Dockerfile.debian, and
// the Alpine image they push was never audited (sweep 48/A-F1).
test('workflowTargets: a reusable workflow\'s boolean and number inputs are of their type in its expressions', () => {
  const job = [
    'on:',
    '  workflow_call:',
    '    inputs:',
    '      debian: { required: true, type: boolean }',
    '      level: { required: false, type: number, default: 2 }',
    '      name: { required: false, type: string, default: "false" }',
    'jobs:',
    '  push:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    "          file: ./build/Dockerfile${{ inputs.debian && '.debian' || '' }}",
    "          target: ${{ inputs.level == 3 && 'full' || 'slim' }}${{ inputs.name && '-named' || '' }}",
    '          push: true',
    '',
  ].join('\n');
  const callers = ['on: push', 'jobs:', '  alpine:', '    uses: ./.github/workflows/pub.yml', '    with:', '      debian: false', '  deb:', '    uses: ./.github/workflows/pub.yml', '    with:', '      debian: true', '      level: 3', ''].join('\n');
  const tree = buildTree({
    files: ['build/Dockerfile', 'build/Dockerfile.debian', '.github/workflows/pub.yml', '.github/workflows/main.yml'],
    dockerignore: null,
    fileContents: { 'build/Dockerfile': 'FROM alpine\n', 'build/Dockerfile.debian': 'FROM debian\n', '.github/workflows/pub.yml': job, '.github/workflows/main.yml': callers },
  });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx).filter((x) => x.name.includes('called by'));
    assert.deepEqual(
      t.map((x) => [x.name.replace(/^.*main\.yml:(\w+)\)$/, '$1'), x.dockerfile ? x.dockerfile.slice(tree.ctx.length + 1) : null, x.target ?? null]).sort(),
      [
        // A string input "false" is truthy, as GitHub has it.
        ['alpine', 'build/Dockerfile', 'slim-named'],
        ['deb', 'build/Dockerfile.debian', 'full-named'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// shlink's ci-db-tests.yml: `docker compose -f docker-compose.yml -f docker-compose.ci.yml up -d
// shlink_db_${{ inputs.platform }}` starts a database image; a service word with an expression in it
// was read as every service, and the step was listed as building the three app services (sweep 48/C-F3).
test('workflowTargets: a Compose service word with an expression names the services the rest of the word allows', () => {
  const step = (word: string) =>
    ['on:', '  workflow_call:', '    inputs:', '      platform: { type: string }', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Start', `        run: docker compose -f docker-compose.yml up --build -d ${word}`, ''].join('\n');
  const compose = 'services:\n  x_app:\n    build: .\n  x_db_postgres:\n    image: postgres:16\n  x_db_mysql:\n    image: mysql:8\n';
  const names = (word: string) => {
    const tree = buildTree({ files: ['Dockerfile', 'docker-compose.yml', '.github/workflows/db.yml'], dockerignore: null, fileContents: { Dockerfile: 'FROM alpine\n', 'docker-compose.yml': compose, '.github/workflows/db.yml': step(word) } });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((t) => t.name);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(names('x_db_${{ inputs.platform }}'), []);
  assert.deepEqual(names('x_${{ inputs.platform }}'), ['.github/workflows/db.yml:t (Start): docker-compose.yml:x_app']);
  // One that names no service (compose fails on it): read as before, every service. Also one made to
  // backtrack a regular expression (the review of 9bb66d90: 12 variables hung --all).
  assert.deepEqual(names('y_${{ inputs.platform }}'), ['.github/workflows/db.yml:t (Start): docker-compose.yml:x_app']);
  assert.deepEqual(names('$a'.repeat(200) + '-'), ['.github/workflows/db.yml:t (Start): docker-compose.yml:x_app']);
});

// redash's ci.yml step: `docker compose build` then `docker compose up -d` of .ci/compose.ci.yaml: the
// same target name twice in its names and in every "also for" list (sweep 48/B-W1).
test('runTargets: a step that builds and starts the same Compose services names each target once', () => {
  const wf = ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Build', '        run: |', '          docker compose -f compose.ci.yaml build', '          docker compose -f compose.ci.yaml up -d', ''].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'compose.ci.yaml', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { Dockerfile: 'FROM alpine\n', 'compose.ci.yaml': 'services:\n  app:\n    build: .\n', '.github/workflows/ci.yml': wf } });
  try {
    const targets = workflowTargets(tree.ctx, tree.ctx);
    assert.equal(targets.length, 2, JSON.stringify(targets.map((t) => t.name)));
    const r = runTargets(targets, { cwd: tree.ctx, builder: 'buildkit', baseDir: tree.ctx });
    assert.deepEqual(r.targets.map((t) => t.names), [['.github/workflows/ci.yml:t (Build): compose.ci.yaml:app']]);
  } finally {
    tree.cleanup();
  }
});

// ddhub-client-gateway: "Install NX, NPM" (`npm install -g nx npm@8.5.0`) was named for the dist/ its
// "Build" step writes; nginx-gateway-fabric: the goreleaser-action step "Build binary" writes dist/,
// and an earlier `make generate-static-deployment` was named instead.
test('workflowTargets: a global package install writes nothing in the workspace; goreleaser-action writes dist/', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Install NX, NPM',
    '        run: npm install -g nx npm@8.5.0',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Build binary',
    '        uses: goreleaser/goreleaser-action@v6',
    '        with:',
    '          args: build --single-target --snapshot --clean',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { Dockerfile: 'FROM alpine\nCOPY dist/app /\n', '.github/workflows/ci.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(t.map((x) => [x.name, x.preparedBy ?? null, (x.preparers ?? []).map((p) => [p.step, p.dirs.map((d) => d.slice(tree.ctx.length))])]), [
      ['.github/workflows/ci.yml:a step 3', null, []],
      ['.github/workflows/ci.yml:b step 3', '"Build binary" (goreleaser/goreleaser-action)', [['"Build binary" (goreleaser/goreleaser-action)', ['/dist']]]],
    ]);
  } finally {
    tree.cleanup();
  }
});

// Informatievlaanderen/association-registry: `cd migrations/local && docker build ... && cd ../..`, then
// `cd migrations/production/admin.api && docker build .`: the trailing `cd ../..` was not applied, and
// four builds per step were "not in the checkout"; `pushd DIR && docker buildx build . && popd` built
// at the root (and the root Dockerfile took the errors of a build it is not).
test('workflowTargets: a cd after the build on its line moves the next build (not one in its quoted words); pushd and popd change directory', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  j:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: cdback',
    '        run: |',
    '          cd a/b && docker build . \\',
    '            -t one && cd ../..',
    '          cd c/d && docker build . -t two && cd ../..',
    '      - name: pushd',
    '        run: |',
    '          pushd e/f/ > /dev/null \\',
    '          && docker buildx build . --tag three \\',
    '          && popd',
    '          docker image build -f g/Dockerfile g',
    '      - name: quoted',
    '        run: |',
    '          cd h && docker build . --label "note=a;cd k" --build-arg V="$(true || cd k)"',
    '          docker build .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'a/b/Dockerfile', 'c/d/Dockerfile', 'e/f/Dockerfile', 'g/Dockerfile', 'h/Dockerfile', 'h/k/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.context.slice(tree.ctx.length), x.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:j (cdback), build 1 of 2', '/a/b', null],
        ['.github/workflows/ci.yml:j (cdback), build 2 of 2', '/c/d', null],
        ['.github/workflows/ci.yml:j (pushd), build 1 of 2', '/e/f', null],
        ['.github/workflows/ci.yml:j (pushd), build 2 of 2', '/g', null], // `docker image build`, after popd: from the root
        // A `;` or `||` inside the build's quoted words ends nothing: the `cd k` there moves no one.
        ['.github/workflows/ci.yml:j (quoted), build 1 of 2', '/h', null],
        ['.github/workflows/ci.yml:j (quoted), build 2 of 2', '/h', null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// GeotrekCE/Geotrek-admin: `build-contexts: geotrek_frontend=./tmp_frontend`, a directory the step
// before the build makes (`mkdir -p tmp_frontend/frontend; cp -r frontend/dist tmp_frontend/frontend/`).
// BuildKit reads it from the runner's disk; --all exited 2 on every run ("is not a directory").
test('workflowTargets: a local named context the checkout lacks that a step of the job makes is not read (named, with that step); one nothing makes stays a named context', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Prepare frontend',
    '        run: |',
    '          mkdir -p tmp_frontend/frontend',
    '          cp -r frontend/dist tmp_frontend/frontend/',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          build-contexts: |',
    '            geotrek_frontend=./tmp_frontend',
    '            lib=./lib',
    '            gone=./nowhere',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'lib/a.txt', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf } });
  try {
    const [t] = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(t.madeNamedContexts, { geotrek_frontend: { value: './tmp_frontend', step: '"Prepare frontend" (a run script)' } });
    // `gone`: no step is seen to write it (a run script that may write anywhere is no evidence): still a named context, which fails as docker does.
    assert.deepEqual(Object.keys(t.namedContexts).sort(), ['gone', 'lib']);
  } finally {
    tree.cleanup();
  }
});

// SocialGouv/cdtn-admin: socialgouv/buildkit-operator with `context: "targets/hasura"` and no file
// (its default: the context's Dockerfile); Apicurio: `nick-fields/retry` whose `command:` runs
// `docker buildx build`. Neither build was read.
test('workflowTargets: an image-building action given only a context builds its Dockerfile; a retry action\'s command is read as a run script', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: socialgouv/buildkit-operator@v1',
    '        with:',
    '          context: "targets/hasura"',
    '      - uses: some/notify-action@v1',
    '        with:',
    '          context: "targets/other"',
    '      - uses: nick-fields/retry@v3',
    '        with:',
    '          timeout_minutes: 30',
    '          command: docker buildx build --file ui/Dockerfile ui',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['targets/hasura/Dockerfile', 'targets/other/Dockerfile', 'ui/Dockerfile', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.context.slice(tree.ctx.length), x.dockerfile ? x.dockerfile.slice(tree.ctx.length) : null]),
      [
        ['.github/workflows/ci.yml:a step 2 (via socialgouv/buildkit-operator, read as build-push-action\'s inputs)', '/targets/hasura', '/targets/hasura/Dockerfile'],
        ['.github/workflows/ci.yml:a step 4', '/ui', '/ui/Dockerfile'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// cnoe-io/ai-platform-engineering's ci-mcp-servers.yml: `context: .`, `file: build/agents/Dockerfile.mcp`,
// `build-args: AGENT_NAME=${{ matrix.agent }}` over a matrix from a job's output: the whole build was
// listed as known only at run time, though only one build arg is.
test('workflowTargets: a build whose only run-time matrix values are build args is placed, those args known at run time', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        agent: ${{ fromJSON(needs.list.outputs.agents) }}',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: build/agents/Dockerfile.mcp',
    '          build-args: |',
    '            AGENT_NAME=${{ matrix.agent }}',
    '            PY=3.12',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: agents/${{ matrix.agent }}',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['build/agents/Dockerfile.mcp', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { 'build/agents/Dockerfile.mcp': 'FROM python\nARG AGENT_NAME\nCOPY ./mcp/${AGENT_NAME} /app\n', '.github/workflows/ci.yml': wf } });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.dockerfile ? x.dockerfile.slice(tree.ctx.length) : null, x.args, x.argsAtRunTime ?? null, x.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:b step 2', '/build/agents/Dockerfile.mcp', { PY: '3.12' }, { AGENT_NAME: '${{ matrix.agent }}' }, null],
        // Its context names the matrix: still listed.
        ['.github/workflows/ci.yml:b step 3', null, {}, null, 'the matrix values it names are known only when the workflow runs: not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

/** A workflow whose one job runs build-push-action `with` these lines over a matrix of these `include:` entries. */
function includeMatrixWorkflow(include: string[], withLines: string[]): string {
  return ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', '        include:', ...include.map((l) => `          ${l}`), '    steps:', '      - uses: actions/checkout@v4', '      - uses: docker/build-push-action@v6', '        with:', ...withLines.map((l) => `          ${l}`), ''].join('\n');
}

// selfhosthub/studio's release-images.yml: `build-contexts: ${{ matrix.contracts && 'contracts=contracts'
// || '' }}`. The expression was left unevaluated, the named context dropped with no word, and seven
// Dockerfiles' `COPY --from=contracts` read as an image. Matrix values in an expression now vary the
// builds and are evaluated per combination, with their YAML types (false is falsy).
test('workflowTargets: an expression over matrix values in build-contexts (or context, file) is evaluated for each combination', () => {
  const wf = includeMatrixWorkflow(
    ['- context: api', '  contracts: true', '- context: web', '  contracts: false'],
    ['context: ${{ matrix.context }}', "file: ${{ matrix.context }}/${{ matrix.contracts && 'Dockerfile' || 'Dockerfile.slim' }}", "build-contexts: ${{ matrix.contracts && 'contracts=contracts' || '' }}"],
  );
  const files = { '.github/workflows/ci.yml': wf, 'api/Dockerfile': 'FROM node\nCOPY --from=contracts . /c\n', 'web/Dockerfile.slim': 'FROM node\nCOPY . /w\n', 'contracts/a.json': '{}' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const rel = (p: string | undefined) => (p === undefined ? null : p.slice(tree.ctx.length));
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, rel(t.context), rel(t.dockerfile), Object.fromEntries(Object.entries(t.namedContexts).map(([k, v]) => [k, rel(v)]))]),
      [
        ['.github/workflows/ci.yml:build step 2 [context=api, contracts=true]', '/api', '/api/Dockerfile', { contracts: '/contracts' }],
        ['.github/workflows/ci.yml:build step 2 [context=web, contracts=false]', '/web', '/web/Dockerfile.slim', {}],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// LocalAI's base-images.yml tests `matrix.skip-drivers`, which one include entry of seven sets: the
// other six were dropped as combinations missing a key. A key only an expression names may be
// missing, as GitHub gives it then (null); one the build names directly may not.
test('workflowTargets: a matrix key only an expression names may be missing from an include entry (null); the build is still made for it', () => {
  const wf = includeMatrixWorkflow(['- context: api', '- context: web', "  skip-drivers: 'true'"], ['context: ${{ matrix.context }}', "build-args: SKIP_DRIVERS=${{ matrix.skip-drivers == 'true' && 'true' || 'false' }}"]);
  const files = { '.github/workflows/ci.yml': wf, 'api/Dockerfile': 'FROM node\n', 'web/Dockerfile': 'FROM node\n' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.args]),
      [
        ['.github/workflows/ci.yml:build step 2 [context=api]', { SKIP_DRIVERS: 'false' }],
        ['.github/workflows/ci.yml:build step 2 [context=web, skip-drivers=true]', { SKIP_DRIVERS: 'true' }],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// noobaa-core's build-ssl-postgres recipe writes certs/ca.key and certs/ca.crt with openssl, then
// builds SSLPostgres.Dockerfile, which copies them. Placed by the recipe (errors kept), the missing
// certificate was a certain failure. The rule's lines before the build prepare its context: what they
// write is named; anything else missing "may" come from them (as after a workflow's run script).
test('--all: a recipe-placed Dockerfile\'s missing source that the rule\'s earlier lines write is a warning naming them; a rule that only builds keeps the error', () => {
  const files = {
    Makefile: [
      'build-ssl:',
      '\tmkdir -p certs',
      '\topenssl req -x509 -nodes -keyout certs/ca.key -out certs/ca.crt -subj /CN=x',
      '\tdocker build -f deploy/SSLPostgres.Dockerfile -t pg .',
      'build-other:',
      '\tdocker build -f deploy/Other.Dockerfile -t o .',
      '',
    ].join('\n'),
    'deploy/SSLPostgres.Dockerfile': 'FROM postgres\nCOPY ./certs/ca.crt /c/\nCOPY ./conf/pg.conf /p/\n',
    'deploy/Other.Dockerfile': 'FROM postgres\nCOPY ./conf/pg.conf /p/\nCOPY ./absent.txt /a/\n',
    'conf/pg.conf': 'x\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const targets = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const ctx101 = multi.targets.flatMap((t) => (t.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [t.name, f.path, f.severity, f.data.preparedBy ?? null, f.data.mayOnly ?? false]));
    assert.deepEqual(ctx101, [
      ['deploy/Other.Dockerfile (context: ., as Makefile:6 builds it)', 'absent.txt', 'error', null, false],
      ['deploy/SSLPostgres.Dockerfile (context: ., as Makefile:4 builds it)', 'certs/ca.crt', 'warning', 'the part of Makefile:4 before the build', false],
    ]);
  } finally {
    tree.cleanup();
  }
});

// zalando/skipper's packaging/Makefile: `docker.build: clean $(BINARIES)`, each binary's rule `go build -o
// webhook ...`, then `docker build ... .`, whose Dockerfile adds webhook: a CTX101 error on a healthy build (a
// root Makefile's lines were read as writers; a Makefile below the root's only in the building rule; sweep 50/B-F1).
test('--all: a missing source a prerequisite\'s recipe writes (in a Makefile below the root) is a warning naming the recipe; a rule whose prerequisites write nothing keeps the error', () => {
  const files = {
    'packaging/Makefile': [
      'BINARIES ?= webhook',
      '',
      'webhook: deps ## Build the binary (a comment ends the header: the review of 10934d0e, A-R9)',
      '\tgo build -o webhook ../cmd/hook/main.go',
      'deps:',
      '\tgo mod download',
      'clean:',
      '\trm -f webhook',
      'docker.build: clean $(BINARIES) ## Build the image',
      '\tdocker build -t example/webhook:latest .',
      'other.build: clean',
      '\tdocker build -f other.Dockerfile -t example/other:latest .',
      '',
    ].join('\n'),
    'packaging/Dockerfile': 'FROM alpine\nADD webhook /usr/bin/\n',
    'packaging/other.Dockerfile': 'FROM alpine\nADD webhook /usr/bin/\n',
    'cmd/hook/main.go': 'package main\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const targets = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const ctx101 = multi.targets.flatMap((t) => (t.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [t.name, f.path, f.severity, f.data.preparedBy ?? null]));
    assert.deepEqual(ctx101, [
      // The recipe that writes it, by its line (the review of 10934d0e, A-R8).
      ['packaging/Dockerfile (context: packaging, as packaging/Makefile:10 builds it)', 'webhook', 'warning', 'packaging/Makefile:4 (the recipe of webhook, which make runs before packaging/Makefile:10)'],
      ['packaging/other.Dockerfile (context: packaging, as packaging/Makefile:12 builds it)', 'webhook', 'error', null],
    ]);
  } finally {
    tree.cleanup();
  }
});

// ayunis-core's build-images.yml: a matrix `include:` whose entries set `target: ''` (or leave it
// out while another sets one), passed as `target: ${{ matrix.target }}`. The builds were skipped as
// asking for a stage named "" (and one with no key, dropped); build-push-action passes --target only
// when it is set, and GitHub gives a missing matrix key as ''.
test('workflowTargets: an empty or missing matrix target is no --target, as is a key a matrix written out in full never sets', () => {
  const wf = (include: string[]) => includeMatrixWorkflow(include, ['context: ${{ matrix.context }}', 'target: ${{ matrix.target }}']);
  const files = {
    '.github/workflows/a.yml': wf(['- context: api', "  target: ''", '- context: web', '- context: worker', '  target: prod']),
    '.github/workflows/b.yml': wf(['- context: api']),
    'api/Dockerfile': 'FROM node\n',
    'web/Dockerfile': 'FROM node\n',
    'worker/Dockerfile': 'FROM node AS prod\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.context.slice(tree.ctx.length), t.target ?? null, t.skipReason ?? null]),
      [
        ['.github/workflows/a.yml:build step 2 [context=api, target=]', '/api', null, null],
        ['.github/workflows/a.yml:build step 2 [context=web, target=]', '/web', null, null],
        ['.github/workflows/a.yml:build step 2 [context=worker, target=prod]', '/worker', 'prod', null],
        // A key a matrix written out in full never sets is null, '' in text: no --target (sweep 54/J-F2 undid "unknown").
        ['.github/workflows/b.yml:build step 2 [context=api]', '/api', null, null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// bcgov/nr-site-registry's pr-open.yml builds three Dockerfiles through bcgov-nr/action-builder-ghcr
// with `build_context: ${{ matrix.build_context }}` and `build_file: ${{ matrix.build_file }}` from a
// matrix include list: no input was literal, so none was read, and the Dockerfiles were audited as
// guesses; with literal inputs, `build_file` was not taken for the Dockerfile.
test('workflowTargets: another repository\'s build action is read per matrix combination, its build_file the Dockerfile', () => {
  const wf = [
    'on: pull_request',
    'jobs:',
    '  builds:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        package: [backend, migrations, frontend]',
    '        include:',
    '          - package: backend',
    '            build_context: backend',
    '            build_file: ./backend/Dockerfile',
    '          - package: migrations',
    '            build_context: backend',
    '            build_file: ./backend/Dockerfile.migrations',
    '          - package: frontend',
    '            build_context: frontend',
    '            build_file: ./frontend/Dockerfile',
    '    steps:',
    '      - uses: bcgov-nr/action-builder-ghcr@v2.2.0',
    '        with:',
    '          package: ${{ matrix.package }}',
    '          build_context: ${{ matrix.build_context }}',
    '          build_file: ${{ matrix.build_file }}',
    '',
  ].join('\n');
  const tree = buildTree({
    files: ['backend/Dockerfile', 'backend/Dockerfile.migrations', 'frontend/Dockerfile', '.github/workflows/pr-open.yml'],
    dockerignore: null,
    fileContents: { 'backend/Dockerfile': 'FROM node\nCOPY . .\n', 'backend/Dockerfile.migrations': 'FROM flyway/flyway\nCOPY migrations /flyway/sql\n', 'frontend/Dockerfile': 'FROM node\nCOPY . .\n', '.github/workflows/pr-open.yml': wf },
  });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name.replace(/ \(via .*$/, ''), x.context.slice(tree.ctx.length), (x.dockerfile ?? '').slice(tree.ctx.length)]),
      [
        ['.github/workflows/pr-open.yml:builds step 1 [build_context=backend, build_file=./backend/Dockerfile, package=backend]', '/backend', '/backend/Dockerfile'],
        ['.github/workflows/pr-open.yml:builds step 1 [build_context=backend, build_file=./backend/Dockerfile.migrations, package=migrations]', '/backend', '/backend/Dockerfile.migrations'],
        ['.github/workflows/pr-open.yml:builds step 1 [build_context=frontend, build_file=./frontend/Dockerfile, package=frontend]', '/frontend', '/frontend/Dockerfile'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// wellcomecollection/catalogue-pipeline's inferrer-python-ci.yml builds pipeline/inferrer at three
// stages through its own organisation's docker-build-and-push action (`folder:`, `target:`); none was
// read, and the Dockerfile was audited at its last stage only.
test('workflowTargets: another repository\'s build action given a folder and a target builds that stage', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        target: [aspect_ratio_inferrer, feature_inferrer]',
    '    steps:',
    '      - uses: wellcomecollection/.github/.github/actions/docker-build-and-push@main',
    '        with:',
    '          folder: pipeline/inferrer',
    '          target: ${{ matrix.target }}',
    '',
  ].join('\n');
  const tree = buildTree({
    files: ['pipeline/inferrer/Dockerfile', '.github/workflows/ci.yml'],
    dockerignore: null,
    fileContents: { 'pipeline/inferrer/Dockerfile': 'FROM python AS aspect_ratio_inferrer\nCOPY aspect /a\nFROM python AS feature_inferrer\nCOPY feature /f\nFROM python AS palette_inferrer\n', '.github/workflows/ci.yml': wf },
  });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name.replace(/ \(via .*$/, ''), x.context.slice(tree.ctx.length), x.target ?? null]),
      [
        ['.github/workflows/ci.yml:build step 1 [target=aspect_ratio_inferrer]', '/pipeline/inferrer', 'aspect_ratio_inferrer'],
        ['.github/workflows/ci.yml:build step 1 [target=feature_inferrer]', '/pipeline/inferrer', 'feature_inferrer'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// Actual-Chat/actual-chat runs `docker build -f ${{github.workspace}}/services/opensearch/Dockerfile
// -t x ${{github.workspace}}/services/opensearch/` after a plain checkout: skipped as "known only when
// the step runs", though the workspace is this checkout's root. A `cd` to it is read as before.
test('workflowTargets: ${{ github.workspace }} and $GITHUB_WORKSPACE in a run step\'s docker build name this checkout\'s root', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  os:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: docker build -f ${{github.workspace}}/services/opensearch/Dockerfile -t os ${{github.workspace}}/services/opensearch/',
    '      - run: cd "$GITHUB_WORKSPACE" && docker build -f $GITHUB_WORKSPACE/services/web/Dockerfile .',
    '',
  ].join('\n');
  const tree = buildTree({
    files: ['services/opensearch/Dockerfile', 'services/web/Dockerfile', '.github/workflows/ci.yml'],
    dockerignore: null,
    fileContents: { 'services/opensearch/Dockerfile': 'FROM opensearch\n', 'services/web/Dockerfile': 'FROM node\n', '.github/workflows/ci.yml': wf },
  });
  try {
    const t = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(
      t.map((x) => [x.name, x.context.slice(tree.ctx.length) || '/', (x.dockerfile ?? '').slice(tree.ctx.length), x.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:os step 2', '/services/opensearch', '/services/opensearch/Dockerfile', null],
        ['.github/workflows/ci.yml:os step 3', '/', '/services/web/Dockerfile', null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// walt-id/waltid-identity's mobile-sdk-docs job checks the repository out at `path: waltid-identity`,
// downloads an artifact to `waltid-identity/docs/mobile-sdk-api/html` and builds that directory's
// parent: the download's path was taken from this checkout's root, so no step wrote `html/`, and the
// `COPY html/` became an error when no other step could be blamed.
test('--all: with the checkout at `path: P`, a download-artifact step\'s `P/...` path is this checkout\'s; a path outside P is none of it', async () => {
  const { runCli } = await import('../reporters/cli-io.js');
  const wf = (downloadTo: string) => [
    'on: push',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          path: waltid-identity',
    '      - name: Download SDK docs HTML artifact',
    '        uses: actions/download-artifact@v5',
    '        with:',
    `          path: ${downloadTo}`,
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: waltid-identity/docs/mobile-sdk-api',
    '          file: waltid-identity/docs/mobile-sdk-api/Dockerfile',
    '',
  ].join('\n');
  for (const [to, expected] of [
    ['waltid-identity/docs/mobile-sdk-api/html', /^warning .*the earlier step "Download SDK docs HTML artifact" \(actions\/download-artifact\) puts it there$/],
    ['elsewhere/html', /^error .*the build will fail/],
  ] as const) {
    const tree = buildTree({ files: ['docs/mobile-sdk-api/Dockerfile', '.github/workflows/docs.yml'], dockerignore: null, fileContents: { 'docs/mobile-sdk-api/Dockerfile': 'FROM nginx\nCOPY html/ /usr/share/nginx/html/\n', '.github/workflows/docs.yml': wf(to) } });
    try {
      const r = await runCli(['--all', '.', '--no-config', '--format', 'json', '--fail-on', 'never'], tree.ctx);
      assert.equal(r.code, 0, r.stderr);
      const f = JSON.parse(r.stdout).findings.filter((x: { ruleId: string; target: string }) => x.ruleId === 'CTX101' && x.target.startsWith('.github/'));
      assert.equal(f.length, 1, r.stdout);
      assert.match(`${f[0].severity} ${f[0].message}`, expected);
    } finally {
      tree.cleanup();
    }
  }
});

// bloxbean/yaci-store's release.yml: "Grant execute permission for gradlew" (`chmod +x gradlew`),
// then "Build with Gradle", then the image builds. CTX101 on the jars named the chmod step.
test('workflowTargets: a chmod or chown line writes no file, and a step that runs a build tool is named before one that only may write', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  release:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Grant execute permission for gradlew',
    '        run: chmod +x gradlew',
    '      - name: Fix owner',
    '        run: sudo chown -R runner:runner .',
    // A Gradle run that makes nothing: not the step that makes the jars (S-2 of the regression run).
    '      - name: Get Version Number',
    '        run: echo "version=$(./gradlew properties -q | grep version)" >> $GITHUB_OUTPUT',
    '      - name: Build with Gradle',
    '        run: ./gradlew clean build',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'gradlew', '.github/workflows/release.yml'], dockerignore: null, fileContents: { '.github/workflows/release.yml': wf } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.preparedBy ?? null]),
      [['.github/workflows/release.yml:release step 6', '"Build with Gradle" (a run script)']],
    );
  } finally {
    tree.cleanup();
  }
});

// leav-solutions/leav-engine writes build-push-action's build-args in double quotes
// (`"APP=preview-generator"`); the action reads each line as CSV, so the quotes go. ctx-audit kept
// them (an arg named `"APP`), and audited the Dockerfile's default app instead.
test('workflowTargets: build-args and build-contexts lines are read as the action reads them: quotes off, # lines skipped', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  web:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          build-args: |',
    '            "APP=api"',
    '            # COMMENTED=1',
    '            "NOTE=say ""hi"""',
    '            PLAIN=x',
    '          build-contexts: |',
    '            "lib=./lib"',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile', 'lib/a.txt', '.github/workflows/build.yml'], dockerignore: null, fileContents: { '.github/workflows/build.yml': wf } });
  try {
    const [t] = workflowTargets(tree.ctx, tree.ctx);
    assert.deepEqual(t.args, { APP: 'api', NOTE: 'say "hi"', PLAIN: 'x' });
    assert.deepEqual(t.namedContexts, { lib: join(tree.ctx, 'lib') });
  } finally {
    tree.cleanup();
  }
});

// uptime-phoenix (sweep K's reproduction): a run step of another workflow's job writes gen/version.txt;
// the build's own job has only actions/checkout before it. CTX101 became a warning naming the other
// workflow's line ("the build fails unless that step runs before it"): another job runs on another
// runner, so it never does. A script or Makefile that writes it still counts (a person runs it first).
test('runTargets: a workflow build\'s missing COPY source that only another workflow job writes is an error; a Makefile that writes it makes it a warning only when the job may run it', () => {
  const files = {
    '.github/workflows/test.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          mkdir -p gen\n          echo ok > gen/version.txt\n',
    '.github/workflows/docker.yml': 'on: push\njobs:\n  docker:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          push: true\n          tags: ghcr.io/o/app:latest\n',
    Dockerfile: 'FROM alpine\nCOPY gen/version.txt /version.txt\n',
  };
  const ctx101 = (extra: Record<string, string>) => {
    const all = { ...files, ...extra };
    const tree = buildTree({ files: Object.keys(all), fileContents: all, dockerignore: '.git\n' });
    try {
      git(tree.ctx, 'init', '-q');
      const targets = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.filter((t) => t.name.startsWith('.github/workflows/docker.yml'));
      const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit', repository: { root: tree.ctx, allowOutside: false } });
      return multi.targets.flatMap((r) => (r.result?.findings ?? []).filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.message]));
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(ctx101({}).map((x) => x[0]), ['error']);
  // The docker job checks out and builds, running nothing else: the Makefile that writes it never runs there.
  const made = ctx101({ Makefile: 'gen:\n\tmkdir -p gen && echo ok > gen/version.txt\n' });
  assert.deepEqual(made.map((x) => x[0]), ['error']);
  assert.match(String(made[0][1]), /the job checks the repository out and runs no step before this build that could make it/);
  // A job that runs a step that may (an action not known to write nothing): the Makefile is named again.
  const mayRun = ctx101({ Makefile: 'gen:\n\tmkdir -p gen && echo ok > gen/version.txt\n', '.github/workflows/docker.yml': files['.github/workflows/docker.yml'].replace('      - uses: docker/build-push-action@v6', '      - uses: some/make-action@v1\n      - uses: docker/build-push-action@v6') });
  assert.deepEqual(mayRun.map((x) => x[0]), ['warning']);
  assert.match(String(mayRun[0][1]), /Makefile:2 writes it/);
});

// jupyter/docker-stacks calls its image build 28 times; calls 17 to 28 were dropped without a word
// (a broken 17th build passed the gate). Now 32 are read and each one past them is listed as skipped.
test('workflowTargets: a reusable workflow is read for its first 32 calls, and every later call is listed as not audited', () => {
  const reusable = ['on:', '  workflow_call:', '    inputs:', '      image: {type: string, required: true}', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: docker build -t x/${{ inputs.image }} images/${{ inputs.image }}', ''].join('\n');
  const names = Array.from({ length: 34 }, (_, i) => `i${String(i + 1).padStart(2, '0')}`);
  const caller = ['on: push', 'jobs:', ...names.flatMap((n) => [`  ${n}:`, '    uses: ./.github/workflows/build.yml', '    with:', `      image: ${n}`]), ''].join('\n');
  const files: Record<string, string> = { '.github/workflows/build.yml': reusable, '.github/workflows/images.yml': caller };
  for (const n of names) files[`images/${n}/Dockerfile`] = 'FROM alpine\n';
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    const called = workflowTargets(tree.ctx, tree.ctx).filter((t) => t.name.includes('called by'));
    const audited = called.filter((t) => t.skipReason === undefined).map((t) => t.context.slice(tree.ctx.length + 1));
    assert.deepEqual(audited, names.slice(0, 32).map((n) => `images/${n}`));
    assert.deepEqual(
      called.filter((t) => t.skipReason !== undefined).map((t) => [t.name, t.skipReason]),
      names.slice(32).map((n) => [`.github/workflows/build.yml (called by .github/workflows/images.yml:${n})`, 'a call after the first 32 of this reusable workflow: not read, so not audited']),
    );
  } finally {
    tree.cleanup();
  }
});

// The review of a7f595b: calls past the cap of a reusable workflow that builds nothing (a test job)
// were listed as skipped builds, and --all's "no build found" named them.
test('workflowTargets: calls past the cap of a reusable workflow that builds nothing are not listed', () => {
  const reusable = ['on:', '  workflow_call:', '    inputs:', '      suite: {type: string, required: true}', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: npm test -- ${{ inputs.suite }}', ''].join('\n');
  const names = Array.from({ length: 34 }, (_, i) => `s${i + 1}`);
  const caller = ['on: push', 'jobs:', ...names.flatMap((n) => [`  ${n}:`, '    uses: ./.github/workflows/test.yml', '    with:', `      suite: ${n}`]), ''].join('\n');
  const files = { '.github/workflows/test.yml': reusable, '.github/workflows/ci.yml': caller };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx), []);
  } finally {
    tree.cleanup();
  }
});

// k8ssandra/management-api's ci.yaml: a matrix exclude of one version on one platform, and the build
// step run `if: matrix.base-platform == 'ubuntu'` naming only the version: the exclude was not applied
// (its platform key was no key of the build), and a combination that never runs was a build of a
// Dockerfile the checkout lacks (listed, and suggest held back every change of the context).
test('workflowTargets: the matrix values a step\'s if: tests count, so an exclude on them drops the combinations that never run', () => {
  const wf = (cond: string) =>
    ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', '        v: [a, b]', '        p: [x, y]', '        exclude:', '          - v: b', '            p: x', '    steps:', '      - uses: actions/checkout@v4', '      - name: Build x', `        if: ${cond}`, '        uses: docker/build-push-action@v5', '        with:', '          context: .', '          file: d/Dockerfile-${{ matrix.v }}', ''].join('\n');
  for (const cond of ["${{ matrix.p == 'x' }}", "matrix.p == 'x'"]) {
    const files = { '.github/workflows/ci.yml': wf(cond), 'd/Dockerfile-a': 'FROM alpine\n', 'd/Dockerfile-b.y': 'FROM alpine\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.skipReason ?? null]), [['.github/workflows/ci.yml:build (Build x) [p=x, v=a]', null]], cond);
    } finally {
      tree.cleanup();
    }
  }
});

// hotosm/tasking-manager calls hotosm/gh-workflows' image_build.yml with `build_target: ci` (prod,
// debug elsewhere): only a key named `target` was read, so the last stage was audited instead.
test('workflowTargets: a remote reusable workflow\'s stage from build_target (or docker_target, build_stage)', () => {
  const wf = (key: string) => ['on: push', 'jobs:', '  build:', '    uses: hotosm/gh-workflows/.github/workflows/image_build.yml@2.0.5', '    with:', '      context: .', '      dockerfile: docker/Dockerfile', `      ${key}: ci`, ''].join('\n');
  for (const key of ['build_target', 'docker_target', 'build_stage', 'target']) {
    const files = { '.github/workflows/ci.yml': wf(key), 'docker/Dockerfile': 'FROM alpine AS ci\nFROM alpine AS prod\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => t.target ?? null), ['ci'], key);
    } finally {
      tree.cleanup();
    }
  }
});

// geolens' CI: `docker build ... -f - . <<'DOCKERFILE'` in a run step was listed as a Dockerfile `-`
// the checkout lacks (and suggest held back every change of the root context); a script's is read.
test('workflowTargets: a run step\'s `docker build -f - . <<EOF` is audited with the heredoc as its Dockerfile', () => {
  const wf = (cmd: string) => ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: |', `          ${cmd}`, '          FROM alpine', '          COPY app.txt /app.txt', '          DOCKERFILE', ''].join('\n');
  for (const cmd of ["docker build -t x -f - . <<'DOCKERFILE'", 'docker build -t x -f- . <<DOCKERFILE']) {
    const files = { '.github/workflows/ci.yml': wf(cmd), 'app.txt': 'x\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.skipReason ?? null, t.dockerfileInline ?? null]), [['.github/workflows/ci.yml:b step 2 (its Dockerfile from a heredoc)', null, 'FROM alpine\nCOPY app.txt /app.txt\n']], cmd);
    } finally {
      tree.cleanup();
    }
  }
});

// The review of db81b9d: with the if:'s keys in the combinations, a test matrix of 3 x 5 x 5 = 75
// whose build step runs for one combination (the 75th) lost it to the cap of 64, without a word.
test('workflowTargets: a step\'s if: drops its combinations before the matrix cap, so the one it runs for is kept', () => {
  const wf = ['on: push', 'jobs:', '  test:', '    runs-on: ${{ matrix.os }}', '    strategy:', '      matrix:', '        os: [macos-latest, windows-latest, ubuntu-latest]', "        python: ['3.8', '3.9', '3.10', '3.11', '3.12']", '        db: [sqlite, postgres, mysql, mariadb, mssql]', '    steps:', '      - uses: actions/checkout@v4', '      - uses: docker/build-push-action@v5', "        if: matrix.os == 'ubuntu-latest' && matrix.python == '3.12' && matrix.db == 'mssql'", '        with:', '          context: .', '          file: docker/Dockerfile', ''].join('\n');
  const files = { '.github/workflows/ci.yml': wf, 'docker/Dockerfile': 'FROM alpine\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => t.name), ['.github/workflows/ci.yml:test step 2 [db=mssql, os=ubuntu-latest, python=3.12]']);
  } finally {
    tree.cleanup();
  }
});

// openstatus' docker-publish-dev.yml: `cp docker-compose.github-packages.yaml docker-compose.test.yaml`, then
// `docker-compose -f docker-compose.test.yaml up -d workflows`: listed as "its Dockerfile ... is not in the
// checkout" (sweep 46/D): it is a Compose file.
test('workflowTargets: a Compose file a step makes is named as one when it is not in the checkout', () => {
  const wf = ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Test service startup', '        run: |', '          cp compose.base.yaml compose.gen.yaml', '          docker-compose -f compose.gen.yaml up -d web', ''].join('\n');
  const files = { '.github/workflows/t.yml': wf, 'compose.base.yaml': 'services:\n  web:\n    image: ghcr.io/acme/web:latest\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.kind, t.skipReason ?? null]),
      [['compose', 'its Compose file compose.gen.yaml is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited']],
    );
  } finally {
    tree.cleanup();
  }
});

// allinurl/goaccess's Docker Hub starter workflow: `if [ -f docker-compose.test.yml ]; then docker-compose --file
// docker-compose.test.yml build; ... else docker build . --file Dockerfile; fi`, with no such file: the step tests for
// it, and takes the else branch; it was "a step before the build makes it, or the workflow is out of date" (sweep 56/X-F4).
test('workflowTargets: a Compose file the step tests for first and the checkout lacks is said to be that; the else branch is audited', () => {
  const run = (guard: string) => ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Run tests', '        run: |', `          if ${guard}; then`, '            docker-compose --file docker-compose.test.yml build', '            docker-compose --file docker-compose.test.yml run sut', '          else', '            docker build . --file Dockerfile', '          fi', ''].join('\n');
  const targets = (guard: string) => {
    const files = { '.github/workflows/t.yml': run(guard), Dockerfile: 'FROM alpine\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((t) => [t.kind, t.skipReason ?? null]);
    } finally {
      tree.cleanup();
    }
  };
  const guarded = [
    ['dockerfile', null],
    ['compose', 'the step runs it only when its file is there (its Compose file docker-compose.test.yml is not in the checkout, and the step tests for it first): not audited'],
  ];
  assert.deepEqual(targets('[ -f docker-compose.test.yml ]'), guarded);
  assert.deepEqual(targets('test -e "./docker-compose.test.yml"'), guarded);
  // A test of another file says nothing of this one.
  const plain = ['compose', 'its Compose file docker-compose.test.yml is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited'];
  assert.deepEqual(targets('[ -f docker-compose.test.yml.bak ]')[1], plain);
  // Nor a negated test (the review of 4e260dc3, RB-R7).
  assert.deepEqual(targets('! [ -f docker-compose.test.yml ]')[1], plain);
  // `[ -f F ] || cp ...`, then an unconditional run: no guard.
  const unguarded = ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: |', '          [ -f docker-compose.ci.yml ] || cp docker-compose.ci.example.yml docker-compose.ci.yml', '          docker compose -f docker-compose.ci.yml up --build --exit-code-from app', ''].join('\n');
  const files = { '.github/workflows/ci.yml': unguarded, Dockerfile: 'FROM alpine\n', 'docker-compose.ci.example.yml': 'services:\n  app:\n    build: .\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => t.skipReason ?? null), ['its Compose file docker-compose.ci.yml is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited']);
  } finally {
    tree.cleanup();
  }
});

// webhookx-io/webhookx's bench job checks this repository out at `path: repo/base` and `path: repo/head` and
// runs `docker build --target bench ... repo/head`: listed as "not in the checkout", its stage unaudited.
test('workflowTargets: a run step\'s build of a checkout of this repository at `path:` is the repository\'s', () => {
  const wf = ['on: pull_request', 'jobs:', '  bench:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '        with:', '          path: repo/base', '      - uses: actions/checkout@v4', '        with:', '          ref: ${{ github.event.pull_request.head.sha }}', '          path: repo/head', '      - run: docker build --target bench -t img:head -f repo/head/docker/Dockerfile repo/head', ''].join('\n');
  const files = { '.github/workflows/bench.yml': wf, 'docker/Dockerfile': 'FROM alpine AS bench\nCOPY bench.txt /\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, t.context.slice(tree.ctx.length) || '/', t.dockerfile?.slice(tree.ctx.length) ?? null, t.target ?? null, t.skipReason ?? null]),
      [['.github/workflows/bench.yml:bench step 3', '/', '/docker/Dockerfile', 'bench', null]],
    );
  } finally {
    tree.cleanup();
  }
  // Its named contexts too: `extra=./repo/made` is the repository's made/ (the review of 2e19040: listed
  // as "not in the checkout", the build's errors unreported).
  const nc = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '        with:', '          path: repo', '      - run: docker build --build-context extra=./repo/made -t x ./repo/app', '      - uses: docker/build-push-action@v6', '        with:', '          context: repo/app', '          build-contexts: extra=./repo/made', '          push: true', '      - run: |', '          cd repo', '          docker build --build-context extra=./made -t x ./app', ''].join('\n');
  const ncf = { '.github/workflows/b.yml': nc, 'app/Dockerfile': 'FROM alpine\nCOPY --from=extra x /x\n', 'made/x': 'x' };
  const nct = buildTree({ files: Object.keys(ncf), dockerignore: null, fileContents: ncf });
  try {
    const got = workflowTargets(nct.ctx, nct.ctx).map((t) => [t.context.slice(nct.ctx.length), Object.values(t.namedContexts).map((v) => v.slice(nct.ctx.length))]);
    assert.deepEqual(got, [['/app', ['/made']], ['/app', ['/made']], ['/app', ['/made']]]);
  } finally {
    nct.cleanup();
  }
  // A `docker compose -f` run there too (kestra's e2e job: `path: kestra`, `cd ./kestra/e2e-tests/docker`,
  // `docker compose -f docker-compose-postgres.yml up`): its files and context are the repository's, not
  // "not in the checkout" (sweep 46/B).
  const e2e = ['on: push', 'jobs:', '  check:', '    runs-on: ubuntu-latest', '    env:', '      E2E_DIR: ./app/e2e/docker', '    steps:', '      - uses: actions/checkout@v4', '        with:', '          path: app', '      - name: Run stack', '        run: |', '          cd ${{ env.E2E_DIR }}', '          docker compose -f docker-compose-e2e.yml up -d --build', ''].join('\n');
  const cf = { '.github/workflows/e2e.yml': e2e, 'e2e/docker/docker-compose-e2e.yml': 'services:\n  web:\n    build: .\n', 'e2e/docker/Dockerfile': 'FROM alpine\nCOPY x.txt /x\n' };
  const ct = buildTree({ files: Object.keys(cf), dockerignore: null, fileContents: cf });
  try {
    assert.deepEqual(
      workflowTargets(ct.ctx, ct.ctx).map((t) => [t.name, t.context.slice(ct.ctx.length) || '/', t.skipReason ?? null]),
      [['.github/workflows/e2e.yml:check (Run stack): e2e/docker/docker-compose-e2e.yml:web', '/e2e/docker', null]],
    );
  } finally {
    ct.cleanup();
  }
  // The review of cf11c13: a checkout whose `repository:` is an expression is another repository's, and
  // another repository's checkout inside this one's keeps its own paths: neither is this repository's Dockerfile.
  const other = (steps: string[], run: string) => ['on: push', 'jobs:', '  e:', '    runs-on: ubuntu-latest', '    steps:', ...steps, `      - run: ${run}`, ''].join('\n');
  for (const [wf2, name] of [
    [other(['      - uses: actions/checkout@v4', '        with:', '          repository: ${{ github.repository_owner }}/e2e-harness', '          path: harness'], 'docker build -f harness/Dockerfile harness && docker push x'), 'expression'],
    [other(['      - uses: actions/checkout@v4', '        with:', '          path: src', '      - uses: actions/checkout@v4', '        with:', '          repository: acme/helm-charts', '          path: src/charts'], 'docker build src/charts'), 'nested'],
  ] as const) {
    const f2 = { '.github/workflows/e.yml': wf2, Dockerfile: 'FROM alpine\nCOPY . /app\n', 'charts/Dockerfile': 'FROM alpine\n' };
    const t2 = buildTree({ files: Object.keys(f2), dockerignore: null, fileContents: f2 });
    try {
      const found = workflowTargets(t2.ctx, t2.ctx).filter((t) => t.skipReason === undefined).map((t) => t.context.slice(t2.ctx.length) || '/');
      assert.ok(!found.includes('/') && !found.includes('/charts'), `${name}: ${JSON.stringify(found)}`);
    } finally {
      t2.cleanup();
    }
  }
});

// StatCan/aaw-kubeflow-containers: images/*/Dockerfile start with `USER root`; the workflow inserts the FROM
// line with `sed -i '1i FROM ...'` before the build. Audited as committed, CTX100 made errors of a build that
// works (and no COPY source was checked). An in-place edit of a file that is a Dockerfile stays audited.
test('workflowTargets: a Dockerfile with no FROM as committed that a step edits in place before the build is skipped; one that starts as a Dockerfile stays audited', () => {
  const wf = (file: string) => ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - run: sed -i '1i FROM jupyter/base:latest' ${file}`, `      - run: docker build -t img -f ${file} .`, ''].join('\n');
  // (And an edit that cannot add a FROM, `sed -i 's/1.0/2.0/'`, leaves a FROM-less file audited: the review of b57a641.)
  const noFrom = (file: string) => wf(file).replace("sed -i '1i FROM jupyter/base:latest'", "sed -i 's/1.0/2.0/'");
  for (const [text, skipped, flow] of [['USER root\nCOPY start.sh /\n', true, wf], ['# syntax=docker/dockerfile:1\nFROM alpine\nCOPY start.sh /\n', false, wf], ['USER root\nCOPY start.sh /\n', false, noFrom]] as const) {
    const files = { '.github/workflows/b.yml': flow('images/base/Dockerfile'), 'images/base/Dockerfile': text, 'start.sh': 'x\n' };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      const t = workflowTargets(tree.ctx, tree.ctx);
      assert.equal(t.length, 1);
      if (skipped) assert.match(t[0].skipReason ?? '', /^its Dockerfile images\/base\/Dockerfile has no FROM as committed and is edited in place by .* before the build: the committed file is not the one built; not audited$/);
      else assert.equal(t[0].skipReason, undefined);
    } finally {
      tree.cleanup();
    }
  }
});

// dreamjorge/CrossPlatformCPP-Docker: a pwsh step spreads `docker build` over lines that end in a backtick
// (PowerShell's continuation); the build was skipped with the context "`".
test('workflowTargets: a PowerShell backtick at the end of a line continues the command', () => {
  const wf = ['on: push', 'jobs:', '  b:', '    runs-on: windows-latest', '    steps:', '      - uses: actions/checkout@v4', '      - shell: pwsh', '        run: |', '          docker build --no-cache `', '            --build-arg V=2 `', '            -t img `', '            -f Dockerfile.win .', ''].join('\n');
  const files = { '.github/workflows/b.yml': wf, 'Dockerfile.win': 'FROM alpine\nARG V=1\nCOPY app/ /app/\n', 'app/a.txt': 'x\n' };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((t) => [t.context.slice(tree.ctx.length) || '/', t.dockerfile?.slice(tree.ctx.length) ?? null, t.args, t.skipReason ?? null]), [['/', '/Dockerfile.win', { V: '2' }, null]]);
  } finally {
    tree.cleanup();
  }
});

// Apicurio's verify-publish.yaml, airsonic-advanced: a job's build step before build-push-action makes
// target/...; its wildcard source named that step ("none is seen to write it; ... may"), its git-ignored
// sources named none ("a build output?"). Now both name it (sweep 51/H-F7).
test('runTargets: a missing git-ignored source in a job whose earlier step may write it names that step', () => {
  const wf = ['on: push', 'jobs:', '  ci:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Build module', '        run: ./scripts/build-all.sh', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
  const tree = buildTree({ files: ['Dockerfile', '.gitignore', 'scripts/build-all.sh', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, Dockerfile: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\n', '.gitignore': 'target/\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = (multi.targets[0].result?.findings ?? []).filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => x.severity), ['warning']);
    assert.match(f[0].message, /and git ignores it \(a build output\?\): the build fails unless a step before it creates it \(none is seen to write it; the earlier step "Build module" \(a run script\) may\)$/);
  } finally {
    tree.cleanup();
  }
});

// The review of 0e0aec2c (RC-R7): a download into another directory cannot write target/app.jar, and is not named.
test('runTargets: a missing git-ignored source is not said to be written by a download into another directory', () => {
  const wf = ['on: push', 'jobs:', '  ci:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Get docs', '        uses: actions/download-artifact@v4', '        with:', '          name: docs', '          path: ./docs', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
  const tree = buildTree({ files: ['Dockerfile', '.gitignore', '.github/workflows/ci.yml'], dockerignore: null, fileContents: { '.github/workflows/ci.yml': wf, Dockerfile: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\n', '.gitignore': 'target/\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const multi = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = (multi.targets[0].result?.findings ?? []).filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => x.severity), ['warning']);
    assert.doesNotMatch(f[0].message, /Get docs/);
  } finally {
    tree.cleanup();
  }
});

// horovod's ci.yaml (sweep 52/T-F1): one `compose build` and ~45 `compose run`s of the same service per image,
// each a step of its own, made one target whose name joined every step's: 60 kB names, a 5 MB table. The name
// gives the first few and a count; `names` keeps them all.
test('runTargets: a target declared by many steps is named by the first few and a count', () => {
  const steps = Array.from({ length: 12 }, (_, i) => `      - name: Test ${i} [attempt 1 of 3]\n        run: docker compose -f docker-compose.test.yml run --rm app pytest -k t${i}\n`).join('');
  const files = {
    '.github/workflows/ci.yml': `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build\n        run: docker compose -f docker-compose.test.yml build app\n${steps}`,
    'docker-compose.test.yml': 'services:\n  app:\n    build: .\n',
    Dockerfile: 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a\n',
  };
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    const r = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.equal(r.targets.length, 1);
    assert.equal(r.targets[0].names.length, 13);
    assert.match(r.targets[0].name, /^\.github\/workflows\/ci\.yml:t \(Build\): docker-compose\.test\.yml:app, [^]*\(and 10 more\)$/);
    assert.equal(r.targets[0].name.split(', ').length, 3);
  } finally {
    tree.cleanup();
  }
});

// SagerNet/sing-box's docker.yml (sweep 53/X-F4): "Download binary" (download-artifact, `path: .`), then
// "Prepare binary" (`chmod +x sing-box-*`, `ls -la sing-box-*`): CTX101 said none is seen to write the
// binary and named the chmod step as what may. A listing writes no file.
test('workflowTargets: a step that only lists or looks at files writes none: the download before it is named', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  build_docker:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Download binary',
    '        uses: actions/download-artifact@v5',
    '        with:',
    '          name: binary-amd64',
    '          path: .',
    '      - name: Prepare binary',
    '        run: |',
    '          # Find and make the binary executable',
    '          chmod +x sing-box-*',
    '          ls -la sing-box-*',
    '          sha256sum sing-box-amd64',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: Dockerfile.binary',
    '',
  ].join('\n');
  const tree = buildTree({ files: ['Dockerfile.binary', '.github/workflows/docker.yml'], dockerignore: null, fileContents: { '.github/workflows/docker.yml': wf, 'Dockerfile.binary': 'FROM alpine\nCOPY sing-box-amd64 /usr/local/bin/sing-box\n' } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.name, x.preparedBy ?? null]),
      [['.github/workflows/docker.yml:build_docker step 4', '"Download binary" (actions/download-artifact)']],
    );
    // And a listing redirected to a file in the context writes one.
    writeFileSync(join(tree.ctx, '.github/workflows/docker.yml'), wf.replace('ls -la sing-box-*', 'ls -la sing-box-* > files.txt'));
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((x) => x.preparedBy ?? null), ['"Prepare binary" (a run script)']);
  } finally {
    tree.cleanup();
  }
});

// The review of f7a5c9c6 (RA-R9): `env CGO_ENABLED=0 go build -o app .` runs go build; `tree -o F` writes F.
test('workflowTargets: env running a command, and tree -o, may write: the step is named', () => {
  for (const run of ['env CGO_ENABLED=0 GOOS=linux go build -o app .', 'tree -o app']) {
    const wf = ['on: push', 'jobs:', '  image:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Build binary', `        run: ${run}`, '      - uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
    const tree = buildTree({ files: ['Dockerfile', '.github/workflows/docker.yml'], dockerignore: null, fileContents: { '.github/workflows/docker.yml': wf, Dockerfile: 'FROM alpine\nCOPY app /usr/local/bin/app\n' } });
    try {
      assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((x) => x.preparedBy ?? null), ['"Build binary" (a run script)'], run);
    } finally {
      tree.cleanup();
    }
  }
});

// openreplay's frontend-dev.yaml (sweep 53/B-F3): the build step runs `docker run ... "yarn && yarn build"` (parcel
// into public/) and then `docker build .`; CTX101 on `COPY public` named an earlier "Download yq" step.
test('workflowTargets: the part of the build step before docker build that runs a build tool is the step named', () => {
  const wf = (own: string) => ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Download yq', '        run: curl -sL -o /usr/local/bin/yq https://example.invalid/yq && chmod +x /usr/local/bin/yq', '      - name: Build and push', '        run: |', '          cd frontend', `          ${own}`, '          docker build -t frontend:ci .', ''].join('\n');
  const prepared = (own: string) => {
    const tree = buildTree({ files: ['frontend/Dockerfile', '.github/workflows/f.yml'], dockerignore: null, fileContents: { '.github/workflows/f.yml': wf(own), 'frontend/Dockerfile': 'FROM nginx\nCOPY public /usr/share/nginx/html\n' } });
    try {
      return workflowTargets(tree.ctx, tree.ctx).map((x) => x.preparedBy ?? null);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(prepared('docker run --rm -v $(pwd):/home/app -w /home/app node:20-slim /bin/bash -c "yarn && yarn build"'), ['the part of "Build and push"\'s script before docker build']);
  assert.deepEqual(prepared('echo building'), ['"Download yq" (a run script)']);
});

// Lodestone-Team/lodestone's core-release-docker.yml: dsaltares/fetch-gh-release-asset with `target: core/release/`
// downloads what core/'s Dockerfile copies; CTX101 said none is seen to write it and named a later "List files",
// `tree .`, which writes nothing (sweep 54/E-F4). An action's input saying where it writes makes it a writer there.
test('workflowTargets: an action with a `target:` input in the context is the step named; `tree .` writes nothing, `tree -ao F` does', () => {
  const wf = (list: string) =>
    ['on: release', 'jobs:', '  docker:', '    runs-on: ubuntu-latest', '    defaults:', '      run:', '        working-directory: ./core', '    steps:', '      - uses: actions/checkout@v4', '      - name: Download release assets', '        uses: dsaltares/fetch-gh-release-asset@master', '        with:', '          regex: true', '          file: "app_.*"', '          target: core/release/', '      - name: List files', `        run: ${list}`, '      - uses: docker/build-push-action@v6', '        with:', '          context: ./core', ''].join('\n');
  for (const [list, named] of [
    ['tree .', '"Download release assets" (dsaltares/fetch-gh-release-asset)'],
    ['tree -ao files.txt .', '"List files" (a run script)'],
  ] as const) {
    const tree = buildTree({ files: ['core/Dockerfile', '.github/workflows/r.yml'], dockerignore: null, fileContents: { '.github/workflows/r.yml': wf(list), 'core/Dockerfile': 'FROM ubuntu:22.04\nWORKDIR /app\nCOPY ./release/app_linux_x86_64_* ./main\n' } });
    try {
      const targets = workflowTargets(tree.ctx, tree.ctx);
      assert.deepEqual(targets.map((x) => x.preparedBy ?? null), [named], list);
      const r = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      const msg = r.findings.find((f) => f.ruleId === 'CTX101')?.message ?? '';
      if (list === 'tree .') assert.match(msg, /: the earlier step "Download release assets" \(dsaltares\/fetch-gh-release-asset\) is to put it there;/);
    } finally {
      tree.cleanup();
    }
  }
});

// The review of e30fd0cb: build-push-action's `target: prod` is a stage, not a path it writes: a build after it
// in the job was said to be prepared by it (and two identical builds were no longer merged).
test('workflowTargets: an image build action\'s target input writes nothing', () => {
  const build = (target: string) => `      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: ${target}\n`;
  const wf = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', ''].join('\n') + build('prod') + build('test');
  const tree = buildTree({ files: ['Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, Dockerfile: 'FROM alpine AS prod\nFROM prod AS test\n' } });
  try {
    assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((x) => x.preparedBy ?? null), [null, null]);
  } finally {
    tree.cleanup();
  }
});

// arkime's build.yml: the "ja4plus" step runs `mv capture/plugins/ja4plus.so ja4plus.${{ env.ARKIME_ARCH }}.so` for
// release/Dockerfile.ja4's `COPY ja4plus.*.so`; the expression hid the write, and CTX101 named a cache step (sweep 54/G-F3).
test('CTX101: a step that writes a wildcard source\'s match under a name with a workflow expression in it is the step named', () => {
  const wf = ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Restore cache', '        uses: actions/cache@v4', '        with:', '          path: .cache/x', '          key: x', '      - name: plugin', '        run: |', '          make -C plugins', '          mv plugins/plug.so plug.${{ env.ARCH }}.so', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', '          file: ./release/Dockerfile.plug', ''].join('\n');
  const tree = buildTree({ files: ['release/Dockerfile.plug', '.github/workflows/build.yml'], dockerignore: null, fileContents: { '.github/workflows/build.yml': wf, 'release/Dockerfile.plug': 'FROM alpine\nCOPY plug.*.so /opt/plugins/\n' } });
  try {
    const r = runTargets(workflowTargets(tree.ctx, tree.ctx), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.match(r.findings.find((f) => f.ruleId === 'CTX101')?.message ?? '', /: the earlier step "plugin" \(a run script\) is to put it there;/);
  } finally {
    tree.cleanup();
  }
});

// oss-review-toolkit/ort: a free-disk-space step with `if: ${{ false }}` (it never runs; `sudo du -hsc`) was named
// as what may put `COPY "$CRT_FILES"` (`*.crt`) in place (sweep 54/L-F3). A step that never runs writes nothing.
test('workflowTargets: a step whose if: is false is no writer of the context', () => {
  const wf = (cond: string) => ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: Get Size', `        if: ${cond}`, '        run: sudo du -hsc /usr/* > sizes.txt', '      - uses: docker/build-push-action@v6', '        with:', '          context: .', ''].join('\n');
  for (const [cond, named] of [['${{ false }}', null], ['false', null], ['${{ github.event_name == \'push\' }}', '"Get Size" (a run script)']] as const) {
    const tree = buildTree({ files: ['Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf(cond), Dockerfile: 'FROM alpine\nCOPY sizes.txt /\n' } });
    try {
      assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).map((x) => x.preparedBy ?? null), [named], cond);
    } finally {
      tree.cleanup();
    }
  }
});

// The review of e30fd0cb (RB-R3, RB-R4): a build wrapper's context input (mr-smithers' `directory:`) and a reader's
// `path:`/`directory:` (codecov, upload-pages-artifact) are no writes: a certain CTX101 error became a warning. A
// downloader's `path:` is (dawidd6/action-download-artifact).
test('workflowTargets: a build wrapper\'s or a reader\'s path input writes nothing; a downloader\'s does', () => {
  const wf = (uses: string, input: string) => ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - uses: ${uses}`, '        with:', `          ${input}`, '      - uses: docker/build-push-action@v6', '        with:', '          context: app', ''].join('\n');
  for (const [uses, input, named] of [
    ['mr-smithers-excellent/docker-build-push@v6', 'directory: app', null],
    ['codecov/codecov-action@v4', 'directory: app', null],
    ['actions/upload-pages-artifact@v3', 'path: app', null],
    ['dawidd6/action-download-artifact@v6', 'path: app/dist', '(dawidd6/action-download-artifact)'],
  ] as const) {
    const tree = buildTree({ files: ['app/Dockerfile', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf(uses, input), 'app/Dockerfile': 'FROM alpine\nCOPY dist/app /app\n' } });
    try {
      assert.deepEqual(workflowTargets(tree.ctx, tree.ctx).filter((x) => x.name.endsWith('step 3')).map((x) => x.preparedBy ?? null), [named], uses);
    } finally {
      tree.cleanup();
    }
  }
});

// ElementsProject/lightning's repro.yml: `docker build -t cl-repro-${{ matrix.version }} - < contrib/reprobuild/
// Dockerfile.${{ matrix.version }}`: the Dockerfile on stdin, no context. It was skipped as known only when the
// step runs, with the file as its context (sweep 54/I-F1).
test('workflowTargets: a docker build of a Dockerfile on stdin is listed as having no context', () => {
  const wf = ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: docker build -t y - < sub/Dockerfile.jammy', '      - run: cat sub/Dockerfile.jammy | docker build -t z -', ''].join('\n');
  const tree = buildTree({ files: ['sub/Dockerfile.jammy', '.github/workflows/b.yml'], dockerignore: null, fileContents: { '.github/workflows/b.yml': wf, 'sub/Dockerfile.jammy': 'FROM alpine\nCOPY app.txt /\n' } });
  try {
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((x) => [x.context === tree.ctx, x.skipReason ?? null]),
      [[true, 'its Dockerfile comes on stdin (`docker build -`), with no context: nothing of the checkout is sent (a COPY from the context finds the Dockerfile alone); not audited'], [true, 'its Dockerfile comes on stdin (`docker build -`), with no context: nothing of the checkout is sent (a COPY from the context finds the Dockerfile alone); not audited']],
    );
  } finally {
    tree.cleanup();
  }
});
