// An image a script or workflow builds and runs where it is built, which nothing ships
// (src/targets/local-image.ts): a `.git` or a big file "copied into the image" is a warning at most.
// notifications-backend's .rhcicd/sonarqube/sonarqube.bash builds a Sonar scan image with the
// repository's .git (its Maven plugin reads it) and runs it once; leav-engine's prebuild workflow
// builds `prebuild`, runs it and `docker cp`s what it made. Every piece of evidence is needed: any
// file that pushes, tags or saves the name, a push in the build, a registry in the tag, or another
// CI system's pipeline naming the Dockerfile keeps the error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPushes, checkoutMountTarget, localImageNames, onlyRunHere, OTHER_CI_FILE, otherCiNames, runLineOf } from '../../src/targets/local-image.js';
import { discoverTargets } from '../../src/targets/discover.js';
import { runTargets } from '../../src/multi/run-targets.js';
import { buildTree } from '../helpers/trees.js';

test('localImageNames: literal local names only; a registry, a namespace, a variable or a push is no candidate', () => {
  assert.deepEqual(localImageNames(['notifications-sonarqube:latest'], false), ['notifications-sonarqube']);
  assert.deepEqual(localImageNames(['prebuild', 'prebuild:ci'], false), ['prebuild']);
  assert.equal(localImageNames(['ghcr.io/o/app:1'], false), null);
  assert.equal(localImageNames(['myorg/app'], false), null);
  assert.equal(localImageNames(['app', 'myorg/app'], false), null);
  assert.equal(localImageNames(['$IMAGE'], false), null);
  assert.equal(localImageNames(['app:${{ github.sha }}'], false), null);
  assert.equal(localImageNames(['App'], false), null);
  assert.equal(localImageNames([], false), null);
  assert.equal(localImageNames(['app'], true), null);
  // podman's local prefix: its registry is this machine (synapse's localhost/synapse-editable).
  assert.deepEqual(localImageNames(['localhost/synapse-editable:latest'], false), ['localhost/synapse-editable']);
  assert.equal(localImageNames(['localhost:5000/app'], false), null);
  assert.equal(localImageNames(['localhost/org/app'], false), null);
});

test('buildPushes: --push, -o/--output in any spelling; --push=false does not', () => {
  for (const w of [['--push'], ['--push=true'], ['-o', 'type=registry'], ['--output=type=image,push=true'], ['--output', 'x'], ['-otype=tar,dest=a.tar']]) assert.equal(buildPushes(w), true, w.join(' '));
  for (const w of [['--push=false'], ['--load'], ['-t', 'x'], ['--pull']]) assert.equal(buildPushes(w), false, w.join(' '));
});

test('runLineOf: the line of a docker run or create naming the image, continuation lines joined', () => {
  const script = ['#!/bin/bash', 'docker build --tag scan:latest .', 'docker run \\', '  --env A=b \\', '  --rm \\', '  scan:latest \\', '  bash x.sh'].join('\n');
  assert.equal(runLineOf(script, ['scan']), 3);
  assert.equal(runLineOf('docker build -t scan .\ndocker create --name c scan\n', ['scan']), 2);
  assert.equal(runLineOf('docker build -t scan .\n', ['scan']), null);
  // Another image whose name starts the same, a file named after it: not a run of it.
  assert.equal(runLineOf('docker run scanner\ndocker run other ./scan.sh\n', ['scan']), null);
  // Written in a workflow's YAML, or a Makefile recipe through a variable.
  assert.equal(runLineOf('      - run: docker run --name prebuild prebuild\n', ['prebuild']), 1);
  assert.equal(runLineOf('test:\n\t@$(DOCKER) run --rm scan\n', ['scan']), 2);
  // A run that serves (detached, ports published, restarted, on the host's network) may serve what the
  // image holds (`COPY . /usr/share/nginx/html` with its .git): no local image, even beside a job run.
  for (const run of ['docker run -d scan', 'docker run -dit scan', 'docker run --detach scan', 'docker run -p 80:80 scan', 'docker run --publish=8080:80 scan', 'docker run -P scan', 'docker run --restart unless-stopped scan', 'docker run --network host scan', 'docker run --net=host scan']) {
    assert.equal(runLineOf(`docker run --rm scan test\n${run}\n`, ['scan']), null, run);
  }
  assert.equal(runLineOf('docker run --rm -it -e DEBUG=1 -v $PWD:/src --platform linux/amd64 scan\n', ['scan']), 1);
  // knative/func's test-podman-next.yaml: `docker run -i --rm --network=host ... podman-next
  // ./hack/test-integration-podman.sh`, a foreground job that ends with its command: no service.
  assert.equal(runLineOf('docker run -i --rm --network=host --privileged podman-next ./hack/test.sh\n', ['podman-next']), 1);
  assert.equal(runLineOf('docker run --rm --net host -d podman-next\n', ['podman-next']), null);
  // With no command of its own, the image's own server runs, in the foreground (review: nginx serving .git).
  assert.equal(runLineOf('docker run --rm --network host site\n', ['site']), null);
});

test('onlyRunHere: build, run, cp, rm and the like keep the name here; tag, save, push, an image: line or any other mention do not', () => {
  const names = ['prebuild'];
  assert.equal(onlyRunHere(names, ['run: docker build . -t prebuild -f x.Dockerfile\nrun: docker run --name prebuild prebuild\nrun: docker cp prebuild:/app/dist ./dist\nrun: docker rm -f prebuild && docker rmi prebuild\n', 'name: prebuild.yml\n']), true);
  assert.equal(onlyRunHere(names, ['docker run prebuild', 'docker tag prebuild ghcr.io/o/prebuild:1']), false);
  assert.equal(onlyRunHere(names, ['docker run prebuild', 'docker save prebuild -o img.tar']), false);
  // A Go build tag of the same word is no mention of the image (immudb's `go vet -tags=fips` beside
  // `docker build -t fips:test-build`; sweep 51/K-F3); the word alone elsewhere still is.
  assert.equal(onlyRunHere(['fips'], ['docker build -t fips:test-build .\ndocker run --rm fips:test-build\n', 'vet:\n\tgo vet -tags=fips ./...\n\tgo build -tags netgo,fips ./cmd\n\tgo test -tags fips ./...\n']), true);
  assert.equal(onlyRunHere(['fips'], ['docker build -t fips:test-build .\n', 'release:\n\techo fips\n']), false);
  // A container created in a command substitution to copy files out (argo-rollouts' build-release-plugins.sh:
  // `cid=$(docker create plugin-build)`, `docker cp`, `docker rm`; sweep 51/M-F1): a job, and no other use.
  const extract = 'docker build -t plugin-build --target build .\ncid=$(docker create plugin-build)\ndocker cp $cid:/src/dist/app dist/\ndocker rm -v $cid\n';
  assert.equal(runLineOf(extract, ['plugin-build']), 2);
  assert.equal(onlyRunHere(['plugin-build'], [extract]), true);
  assert.equal(onlyRunHere(['plugin-build'], [extract, 'id=$(docker push plugin-build)\n']), false);
  // Not a substitution whose output is the image's id (the review of 57178e3d, RD-R3).
  assert.equal(onlyRunHere(['plugin-build'], [extract, 'docker tag $(docker inspect --format {{.Id}} plugin-build) ghcr.io/o/p:1\n']), false);
  assert.equal(onlyRunHere(['plugin-build'], [extract, 'ID=$(docker images -q plugin-build)\ndocker tag $ID ghcr.io/o/p:1\n']), false);
  assert.equal(onlyRunHere(names, ['docker run prebuild && docker image tag prebuild:latest r.example/p']), false);
  assert.equal(onlyRunHere(names, ['services:\n  app:\n    image: prebuild\n']), false);
  assert.equal(onlyRunHere(names, ['"scripts": { "prebuild": "tsc" }']), false);
  assert.equal(onlyRunHere(['scan'], ['docker build -t scan .', 'docker \\\n  tag \\\n  scan r/scan']), false);
  // A run that serves it, in any file (review of 83b556c: only the build's own file was asked).
  assert.equal(onlyRunHere(['scan'], ['docker build -t scan .\ndocker run --rm scan test\n', 'deploy:\n\tdocker run -d -p 80:80 scan\n']), false);
  // A stranger's long line is no slow pattern, and a command too long to read is no cleared mention.
  const spaces = ' '.repeat(1 << 20);
  assert.equal(runLineOf(`docker run${spaces}scan\n`, ['scan']), 1);
  assert.equal(onlyRunHere(['scan'], [`docker${spaces}run --rm scan`, `echo${spaces}`]), true);
  assert.equal(onlyRunHere(['scan'], [`docker run --rm scan ${'x'.repeat(5000)}`]), false);
});

test('otherCiNames: a pipeline naming the Dockerfile by its path; for the root Dockerfile, any build at all', () => {
  assert.equal(otherCiNames('.rhcicd/sonarqube/Dockerfile', ['- name: dockerfile\n  value: docker/Dockerfile.jvm\n']), false);
  assert.equal(otherCiNames('.rhcicd/sonarqube/Dockerfile', ['  value: .rhcicd/sonarqube/Dockerfile\n']), true);
  assert.equal(otherCiNames('ci/scan.Dockerfile', ['script: docker build -f ./ci/scan.Dockerfile .']), true);
  assert.equal(otherCiNames('Dockerfile.scan', ['script: make test']), false);
  assert.equal(otherCiNames('Dockerfile.scan', ['script: docker build -f Dockerfile.scan .']), true);
  assert.equal(otherCiNames('Dockerfile', ['script:\n  - docker build -t $CI_REGISTRY_IMAGE .\n']), true);
});

test('OTHER_CI_FILE: the pipelines of other CI systems, OneDev\'s .onedev-buildspec.yml among them (sweep 52/Q-F5)', () => {
  for (const f of ['.gitlab-ci.yml', 'Jenkinsfile', '.onedev-buildspec.yml', 'buildspec.yml', '.circleci/config.yml', 'cloudbuild.yaml']) assert.ok(OTHER_CI_FILE.test(f), f);
  for (const f of ['docs/onedev-buildspec.md', 'my-buildspec.yml.bak', '.github/workflows/ci.yml']) assert.ok(!OTHER_CI_FILE.test(f), f);
});

/** `--all` over a tree with a `.git` that ci/Dockerfile copies (COPY . .): CTX003's severity and message for each target. */
function ctx003(files: Record<string, string>): { target: string; severity: string; message: string }[] {
  const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
  try {
    mkdirSync(join(tree.ctx, '.git/objects'), { recursive: true });
    writeFileSync(join(tree.ctx, '.git/config'), '[core]\n');
    writeFileSync(join(tree.ctx, '.git/objects/pack'), 'x'.repeat(4096));
    const { targets } = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    return multi.targets.flatMap((r) => (r.result?.findings ?? []).filter((f) => f.ruleId === 'CTX003' && f.path === '.git').map((f) => ({ target: r.name, severity: f.severity, message: f.message })));
  } finally {
    tree.cleanup();
  }
}

const SCAN_DOCKERFILE = 'FROM maven\nWORKDIR /src\nCOPY . .\nCMD ["mvn", "sonar:sonar"]\n';
const SCAN_SCRIPT = ['#!/bin/bash', 'set -e', 'docker build \\', '  --file ci/Dockerfile \\', '  --tag app-sonarqube:latest \\', '  .', 'docker run --rm \\', '  --env TOKEN="$TOKEN" \\', '  app-sonarqube:latest mvn sonar:sonar', ''].join('\n');

test('--all: a script that builds an image and runs it, which nothing pushes: CTX003 on the .git it copies is a warning naming the run', () => {
  // A LABEL naming it in its own Dockerfile ships nothing (secrets-provider-for-k8s' Dockerfile.test).
  const found = ctx003({ 'ci/Dockerfile': SCAN_DOCKERFILE.replace('WORKDIR', 'LABEL id="app-sonarqube"\n# app-sonarqube: the scan image\nWORKDIR'), 'ci/scan.sh': SCAN_SCRIPT, 'pom.xml': '<project/>' });
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].target, /as ci\/scan\.sh builds it/);
  assert.match(found[0].message, /copied into the image by ci\/Dockerfile:5 \(an image that stays where it is built: ci\/scan\.sh:7 runs or scans app-sonarqube, and no workflow, script, Makefile, Compose file or other CI pipeline here pushes, tags or saves it; a warning at most\)/);
});

test('--all: the same script with any sign that the image ships keeps the error', () => {
  const cases: [string, Record<string, string>][] = [
    ['a workflow tags it for a registry', { '.github/workflows/ship.yml': 'on: push\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./ci/scan.sh && docker tag app-sonarqube:latest ghcr.io/o/app:1 && docker push ghcr.io/o/app:1\n' }],
    ['the script saves it', { 'ci/scan.sh': SCAN_SCRIPT + 'docker save app-sonarqube:latest > image.tar\n' }],
    ['the build pushes', { 'ci/scan.sh': SCAN_SCRIPT.replace('  .\n', '  --push .\n') }],
    ['the tag names a registry', { 'ci/scan.sh': SCAN_SCRIPT.replace(/app-sonarqube:latest/g, 'quay.io/o/app-sonarqube:latest') }],
    ['nothing runs it', { 'ci/scan.sh': SCAN_SCRIPT.split('docker run')[0] }],
    ['a GitLab pipeline builds the same Dockerfile', { '.gitlab-ci.yml': 'build:\n  script:\n    - docker build -f ci/Dockerfile -t $CI_REGISTRY_IMAGE . && docker push $CI_REGISTRY_IMAGE\n' }],
    ['a Compose file names the image', { 'docker-compose.yml': 'services:\n  scan:\n    image: app-sonarqube\n' }],
    // Review of d694934: another build of the same Dockerfile pushes; another Dockerfile that ships is
    // built FROM the local image; a registry tag glued to -t.
    ['a release script builds the same Dockerfile and pushes it', { 'ci/z-release.sh': '#!/bin/sh\ndocker build -f ci/Dockerfile -t ghcr.io/o/app:1 . && docker push ghcr.io/o/app:1\n' }],
    ['a Dockerfile that ships is built FROM it', { 'web/Dockerfile': 'FROM app-sonarqube\nCOPY pom.xml /\n' }],
    ['a registry tag glued to -t', { 'ci/scan.sh': SCAN_SCRIPT.replace('  --tag app-sonarqube:latest \\\n', '  --tag app-sonarqube:latest -tghcr.io/o/app:1 \\\n') }],
    ['the build sends its layers to a registry cache', { 'ci/scan.sh': SCAN_SCRIPT.replace('  .\n', '  --cache-to type=registry,ref=ghcr.io/o/cache .\n') }],
    ['a Taskfile pushes it', { 'Taskfile.yml': 'tasks:\n  ship:\n    cmds:\n      - docker tag app-sonarqube ghcr.io/o/app\n' }],
    ['skopeo copies it from the daemon', { 'ci/copy.sh': '#!/bin/sh\nskopeo copy docker-daemon:app-sonarqube:latest docker://ghcr.io/o/app\n' }],
    ['a variable holding its name is pushed', { 'ci/push.sh': '#!/bin/sh\nIMG=app-sonarqube\ndocker tag "$IMG" ghcr.io/o/app && docker push ghcr.io/o/app\n' }],
  ];
  for (const [why, change] of cases) {
    const found = ctx003({ 'ci/Dockerfile': SCAN_DOCKERFILE, 'ci/scan.sh': SCAN_SCRIPT, 'pom.xml': '<project/>', ...change }).filter((f) => f.target.startsWith('ci/Dockerfile'));
    assert.ok(found.length > 0, why);
    assert.deepEqual(
      found.map((f) => f.severity),
      found.map(() => 'error'),
      why,
    );
  }
});

// devtron-labs/ci-runner's Dockerfile.test: its only build is its own comment, `docker build -t citest -f
// Dockerfile.test .` then `docker run ... citest` to run the tests; the same two commands in a Makefile
// recipe were a local image, from the comment CTX003 stayed an error.
test('--all: a Dockerfile whose own comment builds an image and runs it as a job: a warning; a push, a served run or a registry tag in the comment keeps the error', () => {
  const df = (cmds: string) => `FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go test ./...\n\n# To run the tests:\n${cmds}`;
  const local = ctx003({ 'Dockerfile.test': df('#   docker build -t citest -f Dockerfile.test .\n#   docker run --rm citest\n'), 'go.mod': 'module x\n' });
  assert.deepEqual(local.map((f) => f.severity), ['warning']);
  assert.match(local[0].message, /Dockerfile\.test:8 runs or scans citest/);
  for (const cmds of [
    '#   docker build -t citest -f Dockerfile.test .\n#   docker run --rm citest\n#   docker push citest\n',
    '#   docker build -t citest -f Dockerfile.test .\n#   docker run -d -p 80:80 citest\n',
    '#   docker build -t ghcr.io/o/citest -f Dockerfile.test .\n#   docker run --rm ghcr.io/o/citest\n',
    '#   docker build -t citest -f Dockerfile.test .\n',
  ]) {
    assert.deepEqual(ctx003({ 'Dockerfile.test': df(cmds), 'go.mod': 'module x\n' }).map((f) => f.severity), ['error'], cmds);
  }
  // The review of 894ccc7: another file that names the Dockerfile may build and ship it under another
  // name (kaniko in a workflow, a release script in another language).
  const comment = df('#   docker build -t citest -f Dockerfile.test .\n#   docker run --rm citest\n');
  for (const [why, extra] of [
    ['kaniko in a workflow', { '.github/workflows/release.yml': 'on: push\njobs:\n  k:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: /kaniko/executor --dockerfile Dockerfile.test --destination ghcr.io/o/citest:latest\n' }],
    ['a Python release script', { 'scripts/release.py': 'import subprocess\nsubprocess.run(["docker", "build", "-f", "Dockerfile.test", "-t", "ghcr.io/o/x", "."])\n' }],
    ['a PowerShell script', { 'release.ps1': 'docker build -f ./Dockerfile.test -t ghcr.io/o/x .\n' }],
  ] as const) {
    assert.deepEqual(ctx003({ 'Dockerfile.test': comment, 'go.mod': 'module x\n', ...extra }).map((f) => f.severity), ['error'], why);
  }
});

test('--all: a workflow step that builds an image a later step of its job runs (leav-engine prebuild): a warning; the same build pushed elsewhere keeps its error', () => {
  const workflow = (extra: string) =>
    [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Build Docker image',
      '        run: docker build . -t prebuild -f ./docker/prebuild.Dockerfile',
      '      - name: Run Docker container',
      '        run: docker run --name prebuild prebuild',
      '      - name: Copy dist',
      '        run: docker cp prebuild:/app/dist ./dist',
      extra,
      '',
    ].join('\n');
  const dockerfile = 'FROM node:18\nWORKDIR /app\nCOPY . /app\nRUN yarn build\n';
  const local = ctx003({ 'docker/prebuild.Dockerfile': dockerfile, '.github/workflows/prebuild.yml': workflow(''), 'package.json': '{}' });
  assert.deepEqual(
    local.map((f) => [f.target, f.severity]),
    [['.github/workflows/prebuild.yml:build (Build Docker image)', 'warning']],
  );
  assert.match(local[0].message, /\.github\/workflows\/prebuild\.yml:build \("Run Docker container"\) runs or scans prebuild/);
  const pushed = ctx003({ 'docker/prebuild.Dockerfile': dockerfile, '.github/workflows/prebuild.yml': workflow('      - run: docker tag prebuild ghcr.io/o/prebuild && docker push ghcr.io/o/prebuild'), 'package.json': '{}' });
  assert.deepEqual(
    pushed.map((f) => f.severity),
    ['error'],
  );
});

// EBI-Metagenomics/emgapi-v2's test.yml: docker/build-push-action with `tags: app:latest` and
// `load: true`, then `docker run --rm app:latest pytest`. The `run: docker build -t app .` form was a
// local image; this one kept its error (no local names were read from the action's inputs, and its
// own `tags:` line counted as another use of the name).
test('--all: a build-push-action step with local tags, no push, whose image a later step runs: a warning; any sign that it ships keeps the error', () => {
  const workflow = (withLines: string[], extra = '') =>
    [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Build Docker image',
      '        uses: docker/build-push-action@v5',
      '        with:',
      '          context: .',
      '          file: docker/app.Dockerfile',
      ...withLines.map((l) => `          ${l}`),
      '      - run: docker run --rm app:latest pytest',
      extra,
      '',
    ].join('\n');
  const dockerfile = 'FROM python\nWORKDIR /app\nCOPY . /app\n';
  const severities = (withLines: string[], extra = '') => ctx003({ 'docker/app.Dockerfile': dockerfile, '.github/workflows/test.yml': workflow(withLines, extra) }).map((f) => f.severity);
  assert.deepEqual(severities(['tags: app:latest', 'load: true']), ['warning']);
  assert.deepEqual(severities(['tags: |', '  app:latest', '  app:ci', 'push: false']), ['warning']);
  assert.deepEqual(severities(['tags: app:latest', 'push: true']), ['error']);
  assert.deepEqual(severities(['tags: app:latest', 'push: ${{ github.event_name == \'push\' }}']), ['error']);
  assert.deepEqual(severities(['tags: app:latest', 'outputs: type=registry']), ['error']);
  assert.deepEqual(severities(['tags: app:latest', 'cache-to: type=registry,ref=ghcr.io/o/cache']), ['error']);
  assert.deepEqual(severities(['tags: ghcr.io/o/app:latest', 'load: true']), ['error']);
  assert.deepEqual(severities(['tags: app:${{ github.sha }}', 'load: true']), ['error']);
  // Its tag line in another job or file is another use: a push there keeps the error.
  assert.deepEqual(severities(['tags: app:latest'], '      - run: docker tag app:latest ghcr.io/o/app && docker push ghcr.io/o/app'), ['error']);
});

// tarlepp/symfony-flex-backend's CI: `docker build . --file Dockerfile --tag symfony-flex-backend:...`,
// then Trivy on that name (trivy-action's image-ref, or `trivy image` in a run step). A scan reads the
// image where it was built and ends, as a `docker run --rm` job does: nothing ships.
test('--all: an image built with a local tag and only scanned (Trivy, Grype; CLI or action) is a local image: a warning; a push or a registry tag keeps the error', () => {
  const workflow = (build: string[], scan: string[], extra = '') =>
    [
      'on: push',
      'jobs:',
      '  scan:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      ...build.map((l) => `      ${l}`),
      ...scan.map((l) => `      ${l}`),
      extra,
      '',
    ].join('\n');
  const dockerfile = 'FROM php:8.3\nWORKDIR /app\nCOPY . /app\n';
  const severities = (build: string[], scan: string[], extra = '') => ctx003({ Dockerfile: dockerfile, 'composer.json': '{}', '.github/workflows/scan.yml': workflow(build, scan, extra) }).map((f) => [f.target.replace(/^.*: ?/, ''), f.severity]);
  const runBuild = ['- run: docker build . --file Dockerfile --tag app-scan:ci'];
  const action = ['- uses: aquasecurity/trivy-action@0.28.0', '  with:', "    image-ref: 'app-scan:ci'", '    exit-code: 1'];
  const cli = ['- run: trivy image --exit-code=1 --severity HIGH app-scan:ci'];
  const grype = ['- uses: anchore/scan-action@v4', '  with:', '    image: app-scan:ci'];
  const bpa = ['- uses: docker/build-push-action@v6', '  with:', '    context: .', '    tags: app-scan:ci', '    load: true'];
  const local = (build: string[], scan: string[], extra = '') => severities(build, scan, extra).map((x) => x[1]);
  assert.deepEqual(local(runBuild, action), ['warning']);
  assert.deepEqual(local(runBuild, cli), ['warning']);
  assert.deepEqual(local(runBuild, grype), ['warning']);
  assert.deepEqual(local(bpa, action), ['warning']);
  // Any sign that it ships, or a scan of another image: the error stays.
  assert.deepEqual(local(runBuild, action, '      - run: docker tag app-scan:ci ghcr.io/o/app && docker push ghcr.io/o/app'), ['error']);
  assert.deepEqual(local(runBuild, ['- uses: aquasecurity/trivy-action@0.28.0', '  with:', '    image-ref: other:ci']), ['error']);
  assert.deepEqual(local(['- run: docker build . --tag ghcr.io/o/app-scan:ci'], ['- run: trivy image ghcr.io/o/app-scan:ci']), ['error']);
  // A scan of a directory, not of the image, is no use of it.
  assert.deepEqual(local(runBuild, ['- run: trivy fs .']), ['error']);
  // The review of 04a84c8: the scanner's own input line is no other use, but the same line on another
  // step is (an action that uploads the image as an artifact publishes it).
  assert.deepEqual(local(runBuild, grype, '      - uses: ishworkh/docker-image-artifact-upload@v1\n        with:\n          image: app-scan:ci'), ['error']);
  // The review of c052960: two jobs that each build and scan the same local image clear each other's
  // lines too (one target for both, a warning as for one job alone).
  const second = ['  arm:', '    runs-on: ubuntu-24.04-arm', '    steps:', '      - uses: actions/checkout@v4', ...bpa.map((l) => `      ${l}`), ...action.map((l) => `      ${l}`)].join('\n');
  assert.deepEqual(local(bpa, action, second), ['warning']);
});

// learningequality/kolibri's Makefile (docker-whl): `docker build --iidfile docker-whl.iid -f
// docker/build_whl.dockerfile .`, ``docker run --cidfile docker-whl.cid `cat docker-whl.iid` ``, then
// `docker cp` of the wheel: an untagged image has no name to push, and it was run here as a job.
// And the same recipe building the root Dockerfile (`docker build -t localjob .`), whose build is the
// root Dockerfile's own audit: the recipe's evidence was lost in the merge.
test('--all: an untagged image run by its --iidfile, and the root Dockerfile a recipe builds and runs as a job: a warning; a push keeps the error', () => {
  const iidRecipe = (extra: string) => `whl:\n\tdocker build \\\n\t\t--iidfile job.iid \\\n\t\t-f ci/Dockerfile .\n\tdocker run --cidfile job.cid \`cat job.iid\`\n\tdocker cp \`cat job.cid\`:/src/. out/\n${extra}`;
  const byIid = (extra: string) => ctx003({ 'ci/Dockerfile': SCAN_DOCKERFILE, Makefile: iidRecipe(extra), 'pom.xml': '<project/>' });
  const local = byIid('');
  assert.deepEqual(local.map((f) => f.severity), ['warning']);
  assert.match(local[0].message, /Makefile:5 runs or scans the image whose id job\.iid holds/);
  assert.deepEqual(byIid('ship:\n\tdocker tag $$(cat job.iid) ghcr.io/o/app && docker push ghcr.io/o/app\n').map((f) => f.severity), ['error']);
  assert.deepEqual(ctx003({ 'ci/Dockerfile': SCAN_DOCKERFILE, Makefile: iidRecipe('').replace('-f ci/Dockerfile .', '--push -f ci/Dockerfile .'), 'pom.xml': '<project/>' }).map((f) => f.severity), ['error']);
  const rootRecipe = 'job:\n\tdocker build -t localjob .\n\tdocker run --rm localjob mvn verify\n';
  const root = ctx003({ Dockerfile: SCAN_DOCKERFILE, Makefile: rootRecipe, 'pom.xml': '<project/>' });
  assert.deepEqual(root.map((f) => [f.target, f.severity]), [['Dockerfile', 'warning']]);
  assert.match(root[0].message, /Makefile:3 runs or scans localjob/);
  // make's prefix with a blank after it (miniflux's `@ docker build ...`, `@ docker run --rm ...`:
  // the run was not seen, CTX003 an error; sweep 46/A), a pushed one still an error.
  const spaced = ctx003({ 'pkg/Dockerfile': SCAN_DOCKERFILE, Makefile: 'deb:\n\t@ docker build -t deb-builder -f pkg/Dockerfile .\n\t@ docker run --rm deb-builder\n', 'pom.xml': '<project/>' });
  assert.deepEqual(spaced.map((f) => f.severity), ['warning']);
  assert.match(spaced[0].message, /Makefile:3 runs or scans deb-builder/);
  assert.deepEqual(ctx003({ 'pkg/Dockerfile': SCAN_DOCKERFILE, Makefile: 'deb:\n\t@ docker build -t deb-builder -f pkg/Dockerfile .\n\t@ docker run --rm deb-builder\n\t- docker push deb-builder\n', 'pom.xml': '<project/>' }).map((f) => f.severity), ['error']);
  // A platform that builds and runs the root Dockerfile from its own config (review of 3fddd33): it ships.
  assert.deepEqual(ctx003({ Dockerfile: SCAN_DOCKERFILE, Makefile: rootRecipe, 'fly.toml': 'app = "x"\n', 'pom.xml': '<project/>' }).map((f) => f.severity), ['error']);
  // Another build of it that pushes, or no recipe at all: the root Dockerfile's error stays.
  assert.deepEqual(ctx003({ Dockerfile: SCAN_DOCKERFILE, Makefile: rootRecipe, 'release.sh': '#!/bin/sh\ndocker build -t ghcr.io/o/app . && docker push ghcr.io/o/app\n', 'pom.xml': '<project/>' }).map((f) => f.severity), ['error']);
  assert.deepEqual(ctx003({ Dockerfile: SCAN_DOCKERFILE, 'pom.xml': '<project/>' }).map((f) => f.severity), ['error']);
});

// GoogleContainerTools/skaffold's Makefile: `docker build --target builder -t skaffold-builder`, then
// `docker run --rm ... skaffold-builder make integration`; the release stage is the one that ships. The
// root Dockerfile's own audit (its last stage) counted as another build of the same image, so the
// builder's .git stayed an error. Another stage is another image, unless it is built FROM this one.
test('--all: a recipe\'s local image of one stage is not shipped by a build of another stage, only by one built FROM it', () => {
  const recipe = 'it:\n\tdocker build --target builder -t localbuilder .\n\tdocker run --rm localbuilder mvn verify\n';
  const dockerfile = (last: string) => `FROM maven AS builder\nWORKDIR /src\nCOPY . .\n\n${last}\n`;
  const severities = (last: string) =>
    ctx003({ Dockerfile: dockerfile(last), Makefile: recipe, 'pom.xml': '<project/>' })
      .filter((f) => /stage builder/.test(f.target))
      .map((f) => f.severity);
  assert.deepEqual(severities('FROM alpine AS release\nCOPY --from=builder /src/app.jar /app.jar'), ['warning']);
  // The release stage built on the builder's layers: pushing it ships them.
  assert.deepEqual(severities('FROM builder AS release\nRUN mvn package'), ['error']);
});

// amazon-vpc-cni-k8s: `TEST_IMAGE = myproj-test`, `docker build -f Dockerfile.test -t $(TEST_IMAGE) .`,
// `docker run --rm $(TEST_IMAGE) make unit-test`: the assignment was read as a mention of the name
// that ships nothing was cleared of, and its .git stayed an error.
test('--all: an image named through a Makefile variable, built and run as a job, is a local image', () => {
  const found = ctx003({
    'Dockerfile.test': 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\n',
    Makefile: 'TEST_IMAGE = myproj-test\n\nbuild-docker-test:\n\tdocker build -f Dockerfile.test -t $(TEST_IMAGE) .\n\ndocker-unit-tests: build-docker-test\n\tdocker run --rm $(TEST_IMAGE) make unit-test\n',
    'go.mod': 'module x\n',
  });
  assert.deepEqual(found.map((f) => f.severity), ['warning']);
});

// rancher/local-path-provisioner: `CI_IMAGE ?= local-path-provisioner-ci:$(shell git rev-parse --short HEAD
// 2>/dev/null || echo dev)`, `ci-image` builds it with `--load -t $(CI_IMAGE)`, e2e-test runs it `--rm`:
// the shell-made tag hid the name, and CTX003 was an error for an image that never leaves the runner
// (sweep 49/D-F3). A push of the variable keeps the error; so does a registry in the name.
test('--all: an image named by a Makefile variable whose tag the shell makes, built and run as a job, is a local image', () => {
  const makefile = (name: string, extra = '') =>
    `CI_IMAGE ?= ${name}:$(shell git rev-parse --short HEAD 2>/dev/null || echo dev)\n\ne2e-test: ci-image\n\tdocker run --rm -v $(CURDIR):/src $(CI_IMAGE) go test ./...\n${extra}\nci-image:\n\tdocker buildx build -f Dockerfile.test --load -t $(CI_IMAGE) .\n`;
  const files = (mk: string) => ({ 'Dockerfile.test': 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\n', Makefile: mk, 'go.mod': 'module x\n' });
  assert.deepEqual(ctx003(files(makefile('myproj-ci'))).map((f) => f.severity), ['warning']);
  assert.deepEqual(ctx003(files(makefile('myproj-ci', '\npush: ci-image\n\tdocker push $(CI_IMAGE)\n'))).map((f) => f.severity), ['error']);
  assert.deepEqual(ctx003(files(makefile('ghcr.io/me/myproj-ci'))).map((f) => f.severity), ['error']);
});

// RichardKnop/go-oauth2-server's `make ci`: `docker-compose -f docker-compose.test.yml -p x_ci up --build
// --abort-on-container-exit --exit-code-from sut`, whose sut service builds Dockerfile.test (`ADD .`,
// `go test`) and publishes nothing: a job run once in the foreground, whose image (x_ci-sut, named by
// compose) never leaves the machine, as `docker run --rm` gives. CTX003 on the .git it copies was an error.
test('--all: a Compose service run as a foreground job (up --exit-code-from, run) that names no image and serves nothing is a local image: a warning; ports, restart, an image, -d or a push keep the error', () => {
  const compose = (extra = '') => `services:\n  sut:\n    build:\n      context: .\n      dockerfile: Dockerfile.test\n${extra}`;
  const files = (recipe: string, composeText = compose(), more: Record<string, string> = {}) => ({
    'go.mod': 'module x\n',
    'Dockerfile.test': 'FROM golang:1.22\nWORKDIR /src\nADD . /src\nCMD go test ./...\n',
    'docker-compose.test.yml': composeText,
    Makefile: `ci:\n\t${recipe}\n`,
    ...more,
  });
  const severities = (f: Record<string, string>) => ctx003(f).map((x) => x.severity);
  const up = 'docker-compose -f docker-compose.test.yml -p x_ci up --build --abort-on-container-exit --exit-code-from sut';
  const local = ctx003(files(up));
  assert.deepEqual(local.map((x) => x.severity), ['warning']);
  assert.match(local[0].message, /Makefile:2 runs or scans x_ci-sut/);
  assert.deepEqual(severities(files('docker compose -f docker-compose.test.yml run --rm sut go test ./...')), ['warning']);
  // The repository's own recipe wraps it in `bash -c '...'`: the closing quote is no part of the service's name.
  assert.deepEqual(severities(files(`bash -c '${up}'`)), ['warning']);
  assert.deepEqual(severities(files(`sh -c "${up}" && echo done`)), ['warning']);
  // Serving, named, detached, or its image named anywhere else: the error stays.
  assert.deepEqual(severities(files(up, compose('    ports:\n      - "8080:8080"\n'))), ['error']);
  assert.deepEqual(severities(files(up, compose('    restart: always\n'))), ['error']);
  assert.deepEqual(severities(files(up, compose('    image: ghcr.io/o/sut:latest\n'))), ['error']);
  // An `image:` of a local name (no registry, no namespace) is the name the job's image goes by (permify's
  // `image: integration`; sweep 50/E-F1): a warning, unless something else tags, saves or pushes it.
  assert.deepEqual(severities(files(up, compose('    image: sut-test\n'))), ['warning']);
  assert.deepEqual(severities(files(up, compose('    image: "sut-test:ci"\n'))), ['warning']);
  // The service, its container and its image all named alike (permify's `integration:`, `container_name:
  // integration`, `image: integration`, run by `--exit-code-from integration`): those lines name no image to ship.
  assert.deepEqual(severities(files(up, compose('    image: sut\n    container_name: sut\n'))), ['warning']);
  assert.deepEqual(severities(files(up, compose('    image: sut\n    container_name: sut\n'), { 'push.sh': '#!/bin/sh\ndocker push sut\n' })), ['error']);
  assert.deepEqual(severities(files(up, compose('    image: sut-test\n'), { 'push.sh': '#!/bin/sh\ndocker tag sut-test ghcr.io/o/sut && docker push ghcr.io/o/sut\n' })), ['error']);
  assert.deepEqual(severities(files(up, compose('    image: sut-test\n  web:\n    image: sut-test\n    ports:\n      - "80:80"\n'))), ['error']);
  assert.deepEqual(severities(files('docker compose -f docker-compose.test.yml -p x_ci up -d --exit-code-from sut')), ['error']);
  assert.deepEqual(severities(files('docker compose -f docker-compose.test.yml run -d sut')), ['error']);
  assert.deepEqual(severities(files(up, compose(), { 'push.sh': '#!/bin/sh\ndocker tag x_ci-sut ghcr.io/o/sut && docker push ghcr.io/o/sut\n' })), ['error']);
  // Another recipe that starts the same service as a service (`up -d`): one target, no cap.
  assert.deepEqual(severities({ ...files(up), Makefile: `ci:\n\t${up}\ndev:\n\tdocker compose -f docker-compose.test.yml -p x_ci up -d sut\n` }), ['error']);
  // In a shell function, `--exit-code-from "$svc" "$svc"` (iggy's run-bdd-tests.sh; sweep 51/K-F4): whichever
  // service it names runs as a foreground job that ends; one that serves still keeps the error.
  const fn = (body: string) => ({ 'run.sh': `#!/bin/bash\nrun_suite(){\n  local svc="$1"\n  ${body}\n}\nrun_suite sut\n` });
  const viaFn = 'docker compose -f docker-compose.test.yml up --build --exit-code-from "$svc" "$svc"';
  assert.deepEqual(severities({ ...files('true'), ...fn(viaFn) }), ['warning']);
  assert.deepEqual(severities({ ...files('true', compose('    ports:\n      - "8080:8080"\n')), ...fn(viaFn) }), ['error']);
  // --abort-on-container-exit alone (seaweedfs' test/foundationdb Makefile; sweep 47/B-F1): every
  // container it starts stops when one exits, a job as --exit-code-from gives; not with -d, nor a service that serves.
  const abort = 'docker compose -f docker-compose.test.yml up --build --abort-on-container-exit';
  assert.deepEqual(severities(files(abort)), ['warning']);
  assert.deepEqual(severities(files(`${abort} sut`)), ['warning']);
  assert.deepEqual(severities(files(abort, compose('    ports:\n      - "8080:8080"\n'))), ['error']);
  assert.deepEqual(severities(files(abort.replace('up ', 'up -d ')) ), ['error']);
  // The review of c4197bc5: `=true` spelled out counts; --abort-on-container-failure does not (a container
  // that exits 0 leaves the others running); the project's `name:` or COMPOSE_PROJECT_NAME names the image,
  // whose tag and push elsewhere keep the error.
  assert.deepEqual(severities(files(abort.replace('exit', 'exit=true'))), ['warning']);
  assert.deepEqual(severities(files(abort.replace('exit', 'failure'))), ['error']);
  const named = compose().replace('services:', 'name: acme\nservices:');
  assert.deepEqual(severities(files(abort, named)), ['warning']);
  assert.deepEqual(severities(files(abort, named, { 'push.sh': '#!/bin/sh\ndocker tag acme-sut ghcr.io/o/sut && docker push ghcr.io/o/sut\n' })), ['error']);
  assert.deepEqual(severities(files(abort, compose(), { '.env': 'COMPOSE_PROJECT_NAME=acme\n', 'push.sh': '#!/bin/sh\ndocker tag acme-sut ghcr.io/o/sut && docker push ghcr.io/o/sut\n' })), ['error']);
  assert.deepEqual(severities(files(abort, compose().replace('services:', 'name: ${PROJECT}\nservices:'))), ['error']);
});

// phpDocumentor's Makefile runs `docker compose run --rm` of its docker-compose.yml: a project with the
// default file names is --all's own target, which the run did not mark; the same run of a file with a
// name of its own (given with -f) was a warning.
test('--all: a foreground job run of a Compose project with the default file names (workflow step, Makefile) marks its own target a local image; an `up -d` of it, or no run, keeps the error', () => {
  const files = (more: Record<string, string>) => ({
    'go.mod': 'module x\n',
    Dockerfile: 'FROM golang:1.22\nWORKDIR /src\nCOPY . /src\nCMD go test ./...\n',
    'docker-compose.yml': 'services:\n  tool:\n    build:\n      context: .\n',
    ...more,
  });
  const severities = (f: Record<string, string>) => ctx003(f).map((x) => x.severity);
  const workflow = (run: string) => ({ '.github/workflows/ci.yml': `on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n` });
  assert.deepEqual(severities(files(workflow('docker compose up --build --exit-code-from tool'))), ['warning']);
  assert.deepEqual(severities(files(workflow('docker compose -f docker-compose.yml run --rm tool'))), ['warning']);
  assert.deepEqual(severities(files({ Makefile: 'test:\n\tdocker compose run --rm tool\n' })), ['warning']);
  // A `docker compose build` before the job starts nothing (algorand/indexer's `docker-compose build &&
  // docker-compose up --exit-code-from e2e`): the cap holds, in a recipe and in a workflow.
  assert.deepEqual(severities(files({ Makefile: 'test:\n\tdocker compose build && docker compose up --exit-code-from tool\n' })), ['warning']);
  assert.deepEqual(severities(files(workflow('docker compose build tool && docker compose run --rm tool'))), ['warning']);
  // The review of b02b17c: a build the same script pushes is no build-only step.
  assert.deepEqual(severities(files({ Makefile: 'test:\n\tdocker compose run --rm tool\nrelease:\n\tdocker compose build tool && docker compose push tool\n' })), ['error']);
  assert.deepEqual(severities(files({})), ['error']);
  assert.deepEqual(severities(files({ Makefile: 'test:\n\tdocker compose run --rm tool\nup:\n\tdocker compose up -d\n' })), ['error']);
  // On a GitHub-hosted runner (a machine the job's end throws away) a detached run is as much a job: what
  // it serves no one outside reaches (SQLPage's `docker compose up --wait postgres`; sweep 50/E-F1). Not on
  // a self-hosted runner, nor in a job that may drive another machine's docker (DOCKER_HOST, ssh).
  assert.deepEqual(severities(files(workflow('docker compose up -d --build'))), ['warning']);
  assert.deepEqual(severities(files(workflow('docker compose up --wait tool'))), ['warning']);
  assert.deepEqual(severities({ ...files(workflow('docker compose up --wait tool')), 'docker-compose.yml': 'services:\n  tool:\n    build:\n      context: .\n    ports:\n      - "5432:5432"\n' }), ['warning']);
  const selfHosted = workflow('docker compose up -d --build');
  selfHosted['.github/workflows/ci.yml'] = selfHosted['.github/workflows/ci.yml'].replace('ubuntu-latest', 'self-hosted');
  assert.deepEqual(severities(files(selfHosted)), ['error']);
  assert.deepEqual(severities(files(workflow('DOCKER_HOST=ssh://deploy@prod docker compose up -d --build'))), ['error']);
  assert.deepEqual(severities(files(workflow("ssh deploy@prod 'cd app' && docker compose up -d --build"))), ['error']);
  // The review of 137613d1: a file sourced into the shell, or a local action that sets DOCKER_HOST, may point it
  // at another machine (B-R1); `psql -h localhost` or `df -h` is no docker `-H` (B-R6).
  assert.deepEqual(severities({ ...files(workflow('set -a && . deploy/prod.env && set +a && docker compose up -d --build')), 'deploy/prod.env': 'DOCKER_HOST=ssh://deploy@prod\n' }), ['error']);
  const viaAction = workflow('docker compose up -d --build');
  viaAction['.github/workflows/ci.yml'] = viaAction['.github/workflows/ci.yml'].replace('      - run: docker compose', '      - uses: ./.github/actions/prod\n      - run: docker compose');
  assert.deepEqual(severities({ ...files(viaAction), '.github/actions/prod/action.yml': 'runs:\n  using: composite\n  steps:\n    - run: echo "DOCKER_HOST=ssh://deploy@prod" >> "$GITHUB_ENV"\n      shell: bash\n' }), ['error']);
  assert.deepEqual(severities(files(workflow('docker compose up -d --build && psql -h localhost -U postgres -c "select 1" && df -h'))), ['warning']);
  // The review of 624cd99: another service of the same build, which serves (ports, restart, an image:),
  // is not the job's; another CI system's `up -d` of the default file starts the project as a service.
  const twoServices = (extra: string) => ({ ...files(workflow('docker compose run --rm tool')), 'docker-compose.yml': `services:\n  tool:\n    build:\n      context: .\n  web:\n    build:\n      context: .\n${extra}` });
  // (One image for both, so one report: the serving service's error holds.)
  assert.deepEqual(ctx003(twoServices('    ports:\n      - "80:80"\n')).map((x) => [x.target, x.severity]), [['docker-compose.yml:tool, docker-compose.yml:web', 'error']]);
  assert.deepEqual(severities({ ...files(workflow('docker compose up --build --exit-code-from tool')), '.gitlab-ci.yml': 'deploy:\n  script:\n    - docker compose up -d\n' }), ['error']);
});

// phpDocumentor's action.yml (`runs: using: docker, image: Dockerfile`), whose Dockerfile copies the whole
// directory: the runner builds the action from a tarball of the ref (no .git) for `uses: owner/repo@ref`,
// and from the checkout, run once, for `uses: ./`. CTX003 on the .git was an error for it.
test('--all: .git in a Docker container action\'s own build is a warning at most; a workflow that also builds and pushes the same Dockerfile keeps the error', () => {
  const files = (more: Record<string, string> = {}) => ({
    Dockerfile: 'FROM alpine\nCOPY . /opt/app\nENTRYPOINT ["/opt/app/run.sh"]\n',
    'run.sh': '#!/bin/sh\necho hi\n',
    'action.yml': 'name: x\ndescription: x\nruns:\n  using: docker\n  image: Dockerfile\n',
    ...more,
  });
  const found = ctx003(files());
  assert.deepEqual(found.map((f) => [f.target, f.severity]), [['action.yml (a Docker container action)', 'warning']]);
  assert.match(found[0].message, /a Docker container action: the Actions runner builds it from a tarball of the ref, without \.git/);
  const pushed = ctx003(files({ '.github/workflows/push.yml': 'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t ghcr.io/o/x:latest . && docker push ghcr.io/o/x:latest\n' }));
  assert.deepEqual(pushed.map((f) => f.severity), ['error']);
});

// The review of 0a1c707: a script named like a lowercase `*-dockerfile` Dockerfile (`scripts/push-dockerfile`)
// was read as one (its FROM lines only), so its `docker tag`/`docker push` of the local image went unseen.
test('--all: a script named `*-dockerfile` that tags and pushes the local image keeps the error', () => {
  const base = {
    'Dockerfile.test': 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\n',
    Makefile: 'TEST_IMAGE = myproj-test\n\nbuild-docker-test:\n\tdocker build -f Dockerfile.test -t $(TEST_IMAGE) .\n\ndocker-unit-tests: build-docker-test\n\tdocker run --rm $(TEST_IMAGE) make unit-test\n',
    'go.mod': 'module x\n',
  };
  assert.deepEqual(ctx003(base).map((f) => f.severity), ['warning']);
  assert.deepEqual(ctx003({ ...base, 'scripts/push-dockerfile': '#!/bin/sh\ndocker tag myproj-test ghcr.io/o/t:1\ndocker push ghcr.io/o/t:1\n' }).map((f) => f.severity), ['error']);
});

// The review of 624cd99: a script that builds the action's Dockerfile with a registry tag and pushes it
// ships the .git the action's own build would not; so does another CI system's pipeline that names it.
test('--all: a container action whose Dockerfile a script or another CI pipeline also builds keeps the error', () => {
  const action = {
    Dockerfile: 'FROM alpine\nCOPY . /opt/app\nENTRYPOINT ["/opt/app/run.sh"]\n',
    'run.sh': '#!/bin/sh\necho hi\n',
    'action.yml': 'name: x\ndescription: x\nruns:\n  using: docker\n  image: Dockerfile\n',
  };
  assert.deepEqual(ctx003(action).map((f) => f.severity), ['warning']);
  assert.ok(ctx003({ ...action, 'scripts/publish.sh': '#!/bin/sh\ndocker build -t ghcr.io/acme/tool .\ndocker push ghcr.io/acme/tool\n' }).every((f) => f.severity === 'error'));
  assert.deepEqual(ctx003({ ...action, '.gitlab-ci.yml': 'build:\n  script:\n    - docker build -t $CI_REGISTRY_IMAGE .\n' }).map((f) => f.severity), ['error']);
});

// rancher/webhook's Makefile: `docker buildx build --file package/Dockerfile --target test --progress=plain .`
// (and `--target validate`), run by `make ci` for their go test and lint: no tag, push, output or load,
// so no image anyone can use. CTX003 on the .git its test stage copies was an error.
test('--all: a stage built under no name, with nothing that ships or records it, is a warning at most; a tag, a push, --load, -q or the last stage keeps the error', () => {
  const files = (build: string) => ({
    'package/Dockerfile': 'FROM golang:1.22 AS base\nWORKDIR /src\nCOPY go.mod .\nFROM base AS test\nCOPY . .\nRUN go test ./...\nFROM alpine\nCOPY --from=base /src/go.mod /x\n',
    'go.mod': 'module x\n',
    Makefile: `test:\n\t${build}\n`,
  });
  const severities = (build: string) => ctx003(files(build)).map((f) => f.severity);
  const found = ctx003(files('docker buildx build --file package/Dockerfile --target test --progress=plain .'));
  assert.deepEqual(found.map((f) => f.severity), ['warning']);
  assert.match(found[0].message, /an image nothing names: Makefile:2 builds this stage with no tag, push or output/);
  for (const build of ['docker buildx build -f package/Dockerfile --target test -t ghcr.io/o/t:1 --push .', 'docker buildx build -f package/Dockerfile --target test --load .', 'docker build -q -f package/Dockerfile --target test .', 'docker buildx build -f package/Dockerfile --target test --output type=local,dest=out .']) {
    assert.ok(severities(build).every((s) => s === 'error') && severities(build).length > 0, build);
  }
  // The same build in a workflow's run step.
  const wf = { ...files('true'), '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker buildx build -f package/Dockerfile --target test .\n' };
  assert.deepEqual(ctx003(wf).map((f) => f.severity), ['warning']);
  // The review of a65a0e5: what may ship that stage unseen keeps the error.
  const untagged = 'docker buildx build --file package/Dockerfile --target test .';
  const kept = (more: Record<string, string>, build = untagged) => {
    const sev = ctx003({ ...files(build), ...more }).map((f) => f.severity);
    return sev.length > 0 && sev.every((x) => x === 'error');
  };
  // The last stage, or a stage the last one is built on, by --target.
  assert.ok(kept({ 'package/Dockerfile': 'FROM golang:1.22 AS app\nWORKDIR /src\nCOPY . .\n' }, 'docker build -f package/Dockerfile --target app .'));
  assert.ok(kept({ 'package/Dockerfile': 'FROM golang:1.22 AS base\nWORKDIR /src\nCOPY . .\nFROM base AS test\nRUN go test ./...\nFROM base\nRUN go build -o /app .\n' }));
  // A tag or push a variable may hold, or a line that captures the build's output.
  assert.ok(kept({}, 'docker build $(TAGS) -f package/Dockerfile --target test .'));
  assert.ok(kept({ 'build.sh': '#!/bin/sh\ndocker build "$@" -f package/Dockerfile --target test .\n' }, 'sh build.sh -t ghcr.io/o/t --push'));
  assert.ok(kept({}, 'ID=$$(docker build -f package/Dockerfile --target test . | tail -1) && docker tag $$ID ghcr.io/o/t'));
  // A platform config, a Bake file, another CI system, or a pick-up by image id.
  assert.ok(kept({ 'fly.toml': '[build]\n  dockerfile = "package/Dockerfile"\n  build-target = "test"\n' }));
  assert.ok(kept({ 'docker-bake.hcl': 'target "t" {\n  dockerfile = "package/Dockerfile"\n  target = "test"\n}\n' }));
  assert.ok(kept({ Jenkinsfile: "pipeline { stages { stage('b') { steps { sh 'cd package && docker build -f Dockerfile .. && docker push x' } } } }\n" }));
  // A GitLab job is read (sweep 55/Q-F1): its build of the last stage, which copies no .git, ships nothing of the test stage.
  assert.ok(!kept({ '.gitlab-ci.yml': 'b:\n  script:\n    - cd package && docker build -f Dockerfile .. && docker push x\n' }));
  assert.ok(kept({ 'release.sh': '#!/bin/sh\ndocker tag $(docker images -q | head -n1) ghcr.io/o/t && docker push ghcr.io/o/t\n' }));
  assert.ok(kept({ 'release.sh': "#!/bin/sh\nID=$(docker images | awk 'NR==2 {print $3}')\ndocker tag $ID ghcr.io/o/t\n" }));
  assert.ok(kept({ 'release.sh': '#!/bin/sh\ndocker tag $(docker image list -aq | head -1) ghcr.io/o/t\n' }));
  // A listing that only feeds a removal ships nothing (srs's release job cleans dangling images on its servers;
  // sweep 56/C-F2).
  assert.ok(!kept({ 'cleanup.sh': "#!/bin/sh\nfor image in $(docker images |grep '<none>' |awk '{print $3}'); do\n  docker rmi -f $image\ndone\n" }));
  assert.ok(!kept({ 'cleanup.sh': '#!/bin/sh\ndocker images -q -f dangling=true | xargs docker rmi\n' }));
  // One that tags or pushes too still may ship it (the review of 13bd1a15, RC-R2).
  assert.ok(kept({ 'release.sh': '#!/bin/sh\ndocker tag $(docker images -q | head -n1) ghcr.io/o/t && docker push ghcr.io/o/t && docker image prune -f\n' }));
});

// ossrs/srs: `docker build -f trunk/Dockerfile.builds --target all .` is a warning; a second untagged build of another
// stage of the same file made it an error (sweep 56/C-F3). An untagged build ships nothing; a tagged one still does.
test('--all: another untagged build of the same Dockerfile leaves the last stage\'s untagged build a warning; a tagged one does not', () => {
  const wf = (...builds: string[]) => ({
    'trunk/Dockerfile.builds': 'FROM alpine AS baseline\nCOPY . /src\nRUN cd /src && make\n\nFROM alpine AS all\nCOPY . /src\nRUN cd /src && make all\n',
    Makefile: 'all:\n\techo ok\n',
    '.github/workflows/t.yml': `name: t\non: [push]\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${builds.map((b) => `      - run: ${b}\n`).join('')}`,
  });
  const severities = (...builds: string[]) => ctx003(wf(...builds)).map((f) => [f.target, f.severity]);
  assert.deepEqual(severities('docker build -f trunk/Dockerfile.builds --target all .', 'docker build -f trunk/Dockerfile.builds --target baseline .'), [
    ['.github/workflows/t.yml:b step 2', 'warning'],
    ['.github/workflows/t.yml:b step 3', 'warning'],
  ]);
  assert.deepEqual(severities('docker build -f trunk/Dockerfile.builds --target all .', 'docker build -f trunk/Dockerfile.builds --target all -t ghcr.io/o/a:1 .').map(([, sev]) => sev), ['error']);
});

// The review of 41c8144: `infra/api-dockerfile` built FROM the local image `app-base` (and pushed) ships it:
// its FROM line must be read, as a `*.Dockerfile`'s is.
test('--all: a `*-dockerfile` Dockerfile FROM a local image ships it: the error stays', () => {
  const found = ctx003({
    Dockerfile: 'FROM node:20\nWORKDIR /app\nCOPY . .\n',
    Makefile: 'base:\n\tdocker build -t app-base .\n\tdocker run --rm app-base npm test\n',
    'infra/api-dockerfile': 'FROM app-base\nCMD ["node", "api.js"]\n',
    'scripts/release.sh': '#!/bin/sh\ndocker build -f infra/api-dockerfile -t ghcr.io/acme/api .\ndocker push ghcr.io/acme/api\n',
  });
  assert.deepEqual(found.filter((f) => f.target === 'Dockerfile').map((f) => f.severity), ['error']);
});

// element-hq/synapse's scripts-dev/complement.sh builds localhost/synapse-editable from
// docker/editable.Dockerfile (`COPY . .`) and runs it; synapse/util/manhole.py holds the committed
// default manhole host key: CTX202 stayed an error for an image that never leaves the machine and holds
// nothing the repository's readers cannot read (sweep 47/E-F1). An untracked secret keeps its error.
test('--all: a committed secret in a local image (localhost/ names too) is a warning at most; an untracked one stays an error', async () => {
  const { generateKeyPairSync } = await import('node:crypto');
  const { git } = await import('../helpers/committed.js');
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
  const run = (name: string, commitKey: boolean) => {
    const files = { 'pkg/manhole.py': `PRIVATE_KEY = """${key}"""\n`, 'dev.Dockerfile': 'FROM python:3-slim\nCOPY . /app\n', 'run-tests.sh': `#!/bin/sh\ndocker build -t ${name} -f dev.Dockerfile .\ndocker run --rm ${name} python -c 'import pkg.manhole'\n` };
    const tree = buildTree({ files: Object.keys(files), dockerignore: null, fileContents: files });
    try {
      git(tree.ctx, 'init', '-q');
      git(tree.ctx, 'add', '--', 'dev.Dockerfile', 'run-tests.sh', ...(commitKey ? ['pkg/manhole.py'] : []));
      const { targets } = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
      const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      return multi.targets.flatMap((r) => (r.result?.findings ?? []).filter((f) => f.ruleId === 'CTX202' || (f.ruleId === 'CTX003' && f.path === '.git')).map((f) => [f.ruleId, f.severity]));
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(run('localhost/app-editable', true), [['CTX003', 'warning'], ['CTX202', 'warning']]);
  assert.deepEqual(run('app-editable', true), [['CTX003', 'warning'], ['CTX202', 'warning']]);
  assert.deepEqual(run('app-editable', false), [['CTX003', 'warning'], ['CTX202', 'error']]);
  // Pushed: both stay errors.
  assert.deepEqual(run('ghcr.io/o/app', true), [['CTX003', 'error'], ['CTX202', 'error']]);
});

// nextflow's docker/flux/.devcontainer/Dockerfile: `COPY . /code`; its comment builds it from the root
// (`docker build -f docker/flux/.devcontainer/Dockerfile -t nextflow-flux .`, `docker run -it
// nextflow-flux`) and its README names it, so the comment's local image did not hold: VS Code or the
// devcontainer CLI builds it where a developer works, no workflow ships it; .git was an error (sweep 47/G-F3).
test('--all: a dev container Dockerfile no pipeline builds is a warning at most; a pipeline that prebuilds dev containers keeps the error', () => {
  const df = 'FROM python:3\n# From project root!\n# docker build -f docker/flux/.devcontainer/Dockerfile -t nextflow-flux .\n# docker run -it nextflow-flux\nWORKDIR /code\nCOPY . /code\n';
  const files = { 'docker/flux/.devcontainer/Dockerfile': df, 'docker/flux/.devcontainer/devcontainer.json': '{ "dockerFile": "Dockerfile", "context": "." }\n', 'docker/flux/README.md': 'docker build -f docker/flux/.devcontainer/Dockerfile -t nextflow-flux .\n', 'app.py': 'x\n' };
  const dev = ctx003(files);
  assert.deepEqual(dev.map((f) => f.severity), ['warning']);
  assert.match(dev[0].message, /a dev container's Dockerfile that no workflow, Compose or Bake file builds: VS Code or the devcontainer CLI builds it where a developer works, and nothing here ships it; a warning at most\)$/);
  const prebuilt = ctx003({ ...files, '.github/workflows/dev.yml': 'on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: devcontainers/ci@v0.3\n        with:\n          imageName: ghcr.io/o/dev\n          push: always\n' });
  assert.deepEqual(prebuilt.map((f) => f.severity), ['error']);
  // The review of 98fab768: a comment that builds it under a registry name and pushes it, or a
  // devcontainer.json beside it that names an image (a prebuilt one), keeps the error.
  assert.deepEqual(ctx003({ ...files, 'docker/flux/.devcontainer/Dockerfile': df.replace('-t nextflow-flux', '-t ghcr.io/o/devimage').replace('# docker run -it nextflow-flux', '# docker push ghcr.io/o/devimage') }).map((f) => f.severity), ['error']);
  assert.deepEqual(ctx003({ ...files, 'docker/flux/.devcontainer/devcontainer.json': '{ "image": "ghcr.io/o/dev:1" }\n' }).map((f) => f.severity), ['error']);
  // Its own Compose file (devcontainer.json's dockerComposeFile), naming no image: the same (the review of
  // 98fab768, F8); one that names an image keeps the error.
  const compose = { '.devcontainer/docker-compose.yml': 'services:\n  dev:\n    build:\n      context: ..\n      dockerfile: .devcontainer/Dockerfile\n', '.devcontainer/Dockerfile': 'FROM python:3\nCOPY . /code\n', '.devcontainer/devcontainer.json': '{ "dockerComposeFile": "docker-compose.yml", "service": "dev" }\n', 'app.py': 'x\n' };
  const viaCompose = ctx003(compose);
  assert.deepEqual(viaCompose.map((f) => f.severity), ['warning']);
  assert.match(viaCompose[0].message, /a service of a dev container's Compose file that names no image/);
  assert.deepEqual(ctx003({ ...compose, '.devcontainer/docker-compose.yml': compose['.devcontainer/docker-compose.yml'].replace('  dev:\n', '  dev:\n    image: ghcr.io/o/dev\n') }).map((f) => f.severity), ['error']);
  // Not under .devcontainer/: unchanged.
  assert.deepEqual(ctx003(Object.fromEntries(Object.entries(files).map(([k, v]) => [k.replace('.devcontainer', 'devcontainer'), v.replace(/\.devcontainer/g, 'devcontainer')]))).map((f) => f.severity), ['error']);
});

// fluent-bit's pr-compile-check (build-push-action, `push: false`, `load: false`, "discard completely")
// and netdata's checks.yml (`docker build -f .github/dockerfiles/Dockerfile.clang .`, no tag): compile
// checks whose image nothing names or keeps. CTX003 on the .git they copy was an error (sweep 47/A-F1).
test('--all: an untagged build of the last stage of a Dockerfile of another name, nothing keeping its image, is a warning; a default-named Dockerfile, a load, a tag or a use of its outputs keeps the error', () => {
  const df = 'FROM alpine:3.19\nCOPY . /src/\nWORKDIR /src\nRUN make\n';
  const action = (withs: string, more = '') => `on: pull_request\njobs:\n  compile:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n${more}        with:\n          context: .\n          file: ./docker/Dockerfile.check\n${withs}`;
  const sev = (workflow: string, file = 'docker/Dockerfile.check') => ctx003({ [file]: df, Makefile: 'all:\n\ttrue\n', '.github/workflows/check.yml': workflow.replace(/docker\/Dockerfile\.check/g, file) }).map((f) => f.severity);
  assert.deepEqual(sev(action('          push: false\n          load: false\n')), ['warning']);
  assert.deepEqual(sev(action('')), ['warning']);
  const run = 'on: pull_request\njobs:\n  compile:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f docker/Dockerfile.check .\n';
  assert.deepEqual(sev(run), ['warning']);
  // Kept: loaded, tagged for a registry, pushed, its outputs used, or a Dockerfile of the default name.
  assert.deepEqual(sev(action('          load: true\n')), ['error']);
  assert.deepEqual(sev(action('          tags: ghcr.io/o/check:1\n')), ['error']);
  assert.deepEqual(sev(action('          push: true\n')), ['error']);
  assert.deepEqual(sev(action('', '        id: build\n') + '      - run: docker tag ${{ steps.build.outputs.imageid }} ghcr.io/o/x\n'), ['error']);
  assert.deepEqual(sev(run, 'docker/Dockerfile'), ['error']);
  assert.deepEqual(sev(run.replace(' .\n', ' -t ghcr.io/o/x .\n')), ['error']);
  // The review of 498fbe5e: anything else naming the Dockerfile may ship it (a Kamal config, a kaniko
  // push in the same workflow, a release script): the error stays.
  const named = (more: Record<string, string>, workflow = run) => ctx003({ 'docker/Dockerfile.check': df, Makefile: 'all:\n\ttrue\n', '.github/workflows/check.yml': workflow, ...more }).map((f) => f.severity);
  assert.deepEqual(named({}), ['warning']);
  assert.deepEqual(named({ 'config/deploy.yml': 'service: app\nimage: o/app\nbuilder:\n  dockerfile: docker/Dockerfile.check\n' }), ['error']);
  assert.deepEqual(named({ 'release.py': "subprocess.run(['kaniko', '--dockerfile', 'docker/Dockerfile.check', '--destination', 'ghcr.io/o/x'])\n" }), ['error']);
  assert.deepEqual(named({}, run + '      - run: /kaniko/executor --dockerfile docker/Dockerfile.check --destination ghcr.io/o/x\n'), ['error']);
});

// The review of bb44bf0e: `docker run --name c IMAGE`, then `docker commit c ghcr.io/...` and a push (or
// `docker export c`): the container's filesystem ships, whatever name the image had. No local image then.
test('--all: a local image whose container a file commits or exports is no local image: the error stays', () => {
  const base = { 'ci/Dockerfile': SCAN_DOCKERFILE, 'ci/scan.sh': SCAN_SCRIPT, 'pom.xml': '<project/>' };
  assert.deepEqual(ctx003(base).map((f) => f.severity), ['warning']);
  assert.deepEqual(ctx003({ ...base, 'ci/ship.sh': '#!/bin/sh\ndocker commit scan-run ghcr.io/o/scan && docker push ghcr.io/o/scan\n' }).map((f) => f.severity), ['error']);
  assert.deepEqual(ctx003({ ...base, 'ci/ship.sh': '#!/bin/sh\ndocker container export scan-run > fs.tar\n' }).map((f) => f.severity), ['error']);
});

// mediamtx's piped defines, audited since sweep 47/E-F2: CTX003 said "copied into the image by
// ../../ctx-audit-inline-v9ihX9/Dockerfile:6", a temporary path that differs on every run.
test('--all: an inline Dockerfile\'s findings name it dockerfile_inline, never its temporary file', () => {
  const found = ctx003({ 'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM alpine\n        COPY . /app\n    image: ghcr.io/o/app\n', 'a.txt': 'a' });
  assert.equal(found.length, 1);
  assert.match(found[0].message, /copied into the image by dockerfile_inline:2/);
  assert.doesNotMatch(found[0].message, /ctx-audit-inline/);
});

// fluxcd/source-controller: tests/fuzz/Dockerfile.builder, built by `make fuzz-build` and run --rm, which
// CI runs: CTX003 gave the test-directory reason ("no workflow ... builds"), not the local image's (sweep
// 49/D-F4). Not run anywhere, the test-directory reason names the recipe that builds it.
test('--all: a test directory\'s Dockerfile a recipe builds and runs as a job gives the local image\'s reason; else the test-directory reason names the recipe', () => {
  const files = (run: string) => ({ 'tests/fuzz/Dockerfile.builder': 'FROM alpine\nCOPY ./ /src\n', Makefile: `fuzz-build:\n\tdocker build . --tag local-fuzzing:latest -f tests/fuzz/Dockerfile.builder\n${run}`, '.github/workflows/fuzz.yaml': 'on: push\njobs:\n  fuzz:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make fuzz-build\n' });
  const ran = ctx003(files('\tdocker run --rm local-fuzzing:latest\n'));
  assert.deepEqual(ran.map((f) => f.severity), ['warning']);
  assert.match(ran[0].message, /\(an image that stays where it is built: Makefile:3 runs or scans local-fuzzing, .*a warning at most\)$/);
  const built = ctx003(files(''));
  assert.deepEqual(built.map((f) => f.severity), ['warning']);
  assert.match(built[0].message, /\(a Dockerfile in a test directory that Makefile:2 builds: a test input, or built from a context the script or recipe assembles; a warning at most\)$/);
});

// opengist (sweep 52/Q-F1): `docker run -v .:/opengist -p 6157:6157 --rm opengist-dev:latest` over the dev
// stage's `WORKDIR /opengist` + `COPY . .`: the ports made it a service, so the .git it can never serve
// (the mount hides /opengist) stayed an error. A run that mounts the checkout over where the COPY wrote is
// a job for that finding; a mount elsewhere, or none, keeps the error.
test('checkoutMountTarget: -v, --volume and --mount of the run\'s own directory; another host path is none', () => {
  assert.equal(checkoutMountTarget('docker run -v .:/opengist -p 6157:6157 --rm app'), '/opengist');
  assert.equal(checkoutMountTarget('docker run --volume="$(pwd)":/app:ro -d app'), '/app');
  assert.equal(checkoutMountTarget('docker run -v "${PWD}:/src/" -p 80:80 app'), '/src');
  assert.equal(checkoutMountTarget('docker run -v $(CURDIR):/w -p 80:80 app'), '/w');
  assert.equal(checkoutMountTarget('docker run --mount type=bind,source=$(pwd),target=/app -p 80:80 app'), '/app');
  assert.equal(checkoutMountTarget('docker run -v ./data:/app/data -p 80:80 app'), null);
  assert.equal(checkoutMountTarget('docker run -v /etc:/app -p 80:80 app'), null);
  assert.equal(checkoutMountTarget('docker run --mount type=volume,source=.,target=/app app'), null);
  assert.equal(checkoutMountTarget('docker run -p 80:80 app'), null);
});

test('--all: a served run that bind-mounts the checkout over where COPY wrote hides the image\'s .git: a warning; a mount elsewhere keeps the error', () => {
  const dockerfile = 'FROM alpine AS base\nWORKDIR /app\nCOPY . .\nFROM base AS dev\nCMD ["sh"]\nFROM alpine AS prod\nCOPY --from=base /app/Makefile /Makefile\n';
  const makefile = (run: string) => `dev:\n\tdocker build -t app-dev:latest --target dev .\nrun:\n\t${run}\n`;
  const found = ctx003({ Dockerfile: dockerfile, Makefile: makefile('docker run -v .:/app -p 8080:8080 --rm app-dev:latest') }).filter((f) => /stage dev/.test(f.target));
  assert.deepEqual(found.map((f) => f.severity), ['warning']);
  assert.match(found[0].message, /and every run that serves it bind-mounts the checkout over \/app, where its COPY put this; a warning at most\)$/);
  for (const run of ['docker run -v .:/srv -p 8080:8080 --rm app-dev:latest', 'docker run -v ./web:/app -p 8080:8080 --rm app-dev:latest', 'docker run -p 8080:8080 --rm app-dev:latest']) {
    const kept = ctx003({ Dockerfile: dockerfile, Makefile: makefile(run) }).filter((f) => /stage dev/.test(f.target));
    assert.deepEqual(kept.map((f) => f.severity), ['error'], run);
  }
  // A second served run, in another file, that mounts nothing: the error stays.
  const two = ctx003({ Dockerfile: dockerfile, Makefile: makefile('docker run -v .:/app -p 8080:8080 --rm app-dev:latest'), 'scripts/serve.sh': '#!/bin/sh\ndocker run -d -p 80:80 app-dev:latest\n' }).filter((f) => /stage dev/.test(f.target));
  assert.deepEqual(two.map((f) => f.severity), ['error']);
});

// robusta's docs.Dockerfile (sweep 53/B-F1): `# docker build -t docs -f docs.Dockerfile .` then `# docker
// run -it --rm -p 8000:8000 -v ${PWD}:/robusta docs` over its `COPY . /robusta/`: the comment's served run
// hides what the COPY put under /robusta, as opengist's Makefile does (Q-F1); it stayed an error.
test('--all: a Dockerfile whose own comment serves its image with the checkout mounted over where its COPY wrote: a warning; mounted elsewhere, the error stays', () => {
  const df = (mount: string) => `# docker build -t docs -f docs.Dockerfile .\n# docker run -it --rm -p 8000:8000 -v \${PWD}:${mount} docs\nFROM python:3.9\nWORKDIR /robusta\nCOPY . /robusta/\nRUN pip install .\n`;
  const hidden = ctx003({ 'docs.Dockerfile': df('/robusta'), 'a.py': 'x\n' });
  assert.deepEqual(hidden.map((f) => f.severity), ['warning']);
  assert.match(hidden[0].message, /bind-mounts the checkout over \/robusta, where its COPY put this/);
  assert.deepEqual(ctx003({ 'docs.Dockerfile': df('/data'), 'a.py': 'x\n' }).map((f) => f.severity), ['error']);
});

// archivesspace's docker-compose.yml (sweep 53/D-F1): service `app` builds Dev.dockerfile (`COPY . /archivesspace`)
// with no image name, publishes a port and mounts `.:/archivesspace` over where the COPY wrote: a false
// CTX003 error, where the same run from a Makefile (opengist, Q-F1) was a warning.
test('--all: a Compose service with no image name that bind-mounts its context over where its COPY wrote: a warning; a named image, or a mount elsewhere, keeps the error', () => {
  const df = 'FROM python:3.12\nCOPY . /app\nWORKDIR /app\n';
  const compose = (extra: string, mount: string) => `services:\n  app:\n    build:\n      context: .\n      dockerfile: Dev.dockerfile\n${extra}    volumes:\n      - ${mount}\n    ports:\n      - 3000:3000\n`;
  const hidden = ctx003({ 'Dev.dockerfile': df, 'docker-compose.yml': compose('', '.:/app') });
  assert.deepEqual(hidden.map((f) => f.severity), ['warning']);
  assert.match(hidden[0].message, /bind-mounts the checkout over \/app, where its COPY put this/);
  assert.deepEqual(ctx003({ 'Dev.dockerfile': df, 'docker-compose.yml': compose('', '{ type: bind, source: ., target: /app }') }).map((f) => f.severity), ['warning']);
  assert.deepEqual(ctx003({ 'Dev.dockerfile': df, 'docker-compose.yml': compose('    image: acme/app:latest\n', '.:/app') }).map((f) => f.severity), ['error']);
  assert.deepEqual(ctx003({ 'Dev.dockerfile': df, 'docker-compose.yml': compose('', './src:/app/src') }).map((f) => f.severity), ['error']);
});

// The review of 2f83b0d4: RB-R4, `build.tags: [ghcr.io/...]` names the image for a registry; RB-R5, a mount only
// the override adds is left out by a deploy that runs the base file alone. Both keep the error.
test('--all: a Compose service whose build.tags name it, or whose mount only an override adds, is no local image', () => {
  const df = 'FROM python:3.12\nCOPY . /app\nWORKDIR /app\n';
  assert.deepEqual(ctx003({ Dockerfile: df, 'docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      tags:\n        - ghcr.io/acme/app:latest\n    volumes:\n      - .:/app\n    ports:\n      - 3000:3000\n' }).map((f) => f.severity), ['error']);
  assert.deepEqual(ctx003({ Dockerfile: df, 'docker-compose.yml': 'services:\n  app:\n    build: .\n    ports:\n      - 80:8000\n', 'docker-compose.override.yml': 'services:\n  app:\n    volumes:\n      - .:/app\n' }).map((f) => f.severity), ['error']);
});
