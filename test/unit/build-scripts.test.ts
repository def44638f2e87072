// src/context/build-scripts.ts: which workflow or root-Makefile line writes a repository path.
// Lines taken from the repositories where CTX101 cried wolf (seaweedfs, thanos, requarks/wiki), and
// reads that must not count (chroma's deleted rust-toolchain.toml is only read by its workflows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineWriting, scriptCopyingInto, scriptWriting } from '../../src/context/build-scripts.js';
import { buildTree } from '../helpers/trees.js';

function repo(files: Record<string, string>, symlinks: Record<string, string> = {}) {
  const tree = buildTree({ files: ['README.md'], dockerignore: null });
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(tree.ctx, p, '..'), { recursive: true });
    writeFileSync(join(tree.ctx, p), c);
  }
  for (const [p, to] of Object.entries(symlinks)) {
    mkdirSync(join(tree.ctx, p, '..'), { recursive: true });
    symlinkSync(to, join(tree.ctx, p));
  }
  return tree;
}

test('scriptWriting: -o, cp/mv as the last argument, >, mkdir -p and tar -C write a path; reading it, or writing elsewhere, does not', () => {
  const tree = repo({
    '.github/workflows/s3.yml': [
      'jobs:',
      '  t:',
      '    steps:',
      '      - run: |',
      '          CGO_ENABLED=0 go build -buildvcs=false -v -o test/s3/proxy_signature/weed ./weed',
      '          cat rust-toolchain.toml',
      '          go build -o /usr/local/bin/tool ./cmd/tool',
      '      - run: mkdir -p build; tar -xzf $GITHUB_WORKSPACE/build.tar.gz -C build',
      '      - run: echo "$VERSION" > "$GITHUB_WORKSPACE/VERSION"',
      '',
    ].join('\n'),
    Makefile: ['docker:', '\t@echo ">> building docker image"', '\t@cp $(PREFIX)/thanos ./thanos_tmp_for_docker', '\t# cp x ./commented_out', '\tdocker build -t thanos .', ''].join('\n'),
  });
  try {
    const at = (p: string) => scriptWriting(tree.ctx, p);
    assert.equal(at('test/s3/proxy_signature/weed'), '.github/workflows/s3.yml:5');
    assert.equal(at('thanos_tmp_for_docker'), 'Makefile:3');
    assert.equal(at('build'), '.github/workflows/s3.yml:8');
    assert.equal(at('VERSION'), '.github/workflows/s3.yml:9');
    assert.equal(at('rust-toolchain.toml'), null); // only read
    assert.equal(at('tool'), null); // written outside the repository
    assert.equal(at('commented_out'), null);
    assert.equal(at('weed'), null); // the path, not a name that ends it
  } finally {
    tree.cleanup();
  }
});

test('scriptWriting: a workflows directory that is a symlink is not read (nothing outside the repository)', () => {
  const outside = buildTree({ files: ['x.yml'], dockerignore: null, fileContents: { 'x.yml': 'run: go build -o app ./cmd\n' } });
  const tree = repo({}, { '.github/workflows': outside.ctx });
  try {
    assert.equal(scriptWriting(tree.ctx, 'app'), null);
  } finally {
    tree.cleanup();
    outside.cleanup();
  }
});

test('scriptWriting: a line longer than any real command (a stranger\'s 1 MiB line of mkdir words) is passed over, not matched quadratically', () => {
  const tree = repo({ Makefile: 'all:\n\t' + 'mkdir '.repeat(170_000) + 'out_long\n\tcp x ./out_file\n' });
  try {
    assert.equal(scriptWriting(tree.ctx, 'out_long'), null); // on the long line: not read
    assert.equal(scriptWriting(tree.ctx, 'out_file'), 'Makefile:3');
  } finally {
    tree.cleanup();
  }
});

// Damselfly's scripts/makedocker.sh: `mv ./publish/Models .`, then `docker build .` copies /Models. A copy
// or move into a directory writes DIR/<the source's name>; CTX101 called Models missing (an error).
test('scriptWriting: cp/mv of a source into a directory writes DIR/<its name>; into another directory, or out of the repository, not', () => {
  const tree = repo({ Makefile: ['package:', '\tmv ./publish/Models .', "\tcp -r ./dist/assets 'out/'", '\tmv ./x/conf /tmp', '\tcp a/b.txt other/', ''].join('\n') });
  try {
    const at = (p: string) => scriptWriting(tree.ctx, p);
    assert.equal(at('Models'), 'Makefile:2');
    assert.equal(at('out/assets'), 'Makefile:3');
    assert.equal(at('conf'), null);
    assert.equal(at('b.txt'), null);
    assert.equal(at('out/b.txt'), null);
  } finally {
    tree.cleanup();
  }
});

// broadinstitute/depmap-portal: build_app.yml runs `cd portal-backend && bash build-docker-image.sh`,
// which writes `git-sha` (in portal-backend) before `docker build .`. The script was looked for at the
// root, so CTX101 said nothing builds the Dockerfile; build_breadbox.yml's `bash breadbox/...sh`
// (run from the root, writing breadbox/git-sha) was found.
test('scriptWriting: a script a workflow runs after `cd dir &&` is dir\'s, and the paths it writes are dir\'s', () => {
  const wf = ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - run: cd portal-backend && bash build-docker-image.sh x:1', '      - run: bash breadbox/build-docker-image.sh x:2', ''].join('\n');
  const tree = repo({
    '.github/workflows/build.yml': wf,
    'portal-backend/build-docker-image.sh': '#!/bin/bash\nset -e\nmkdir -p dist\ngit rev-parse HEAD > git-sha\ndocker build . -t "$1"\n',
    'breadbox/build-docker-image.sh': '#!/bin/bash\ngit rev-parse HEAD > breadbox/git-sha\ndocker build breadbox -t "$1"\n',
  });
  try {
    const at = (p: string) => scriptWriting(tree.ctx, p);
    assert.equal(at('portal-backend/git-sha'), 'portal-backend/build-docker-image.sh:4');
    assert.equal(at('portal-backend/dist'), 'portal-backend/build-docker-image.sh:3');
    assert.equal(at('breadbox/git-sha'), 'breadbox/build-docker-image.sh:2');
    // Run in portal-backend, it writes nothing at the root.
    assert.equal(at('git-sha'), null);
  } finally {
    tree.cleanup();
  }
});

// avniproject/avni-webapp: Makefile:106 `tar -czvf avni-webapp.tgz -C build .` archives build/; CTX101
// named it as the line that writes `COPY build/ /build`'s source. `-C DIR` is a write only for an
// extracting tar; `make -C` and `git -C` just go there. `unzip -d DIR` writes DIR (its CircleCI job).
test('lineWriting: tar -C writes DIR only when extracting; make -C and git -C do not; unzip -d does', () => {
  const cases: [string, number][] = [
    ['tar -czvf app.tgz -C build .', 0],
    ['tar -xzf a.tgz -C build', 1],
    ['tar xzf a.tgz -C build', 1],
    ['tar -C build -xzf a.tgz', 1],
    ['tar --extract -f a.tar -C build', 1],
    ['make -C build', 0],
    ['git -C build pull', 0],
    ['unzip ~/artifacts/app.zip -d build', 1],
    ['tar -czf out.tgz build && tar -xf x.tar -C dist', 0],
  ];
  assert.deepEqual(cases.map(([line]) => [line, lineWriting(line, 'build')]), cases);
});

// logflare's integration workflow: `printf '%s' "$GOOGLE_CREDENTIALS_JSON" > "$RUNNER_TEMP/gcloud.json"` was
// read as writing the context's gcloud.json (sweep 49/E-F3): the runner's temporary directory, the tool
// cache and the home directory are never the workspace; another variable may be.
test('lineWriting: a path under $RUNNER_TEMP, $HOME or $TMPDIR is not the path in the workspace; under another variable it may be', () => {
  const cases: [string, number][] = [
    ['printf x > "$RUNNER_TEMP/gcloud.json"', 0],
    ['echo x > ${HOME}/gcloud.json', 0],
    ['cp key.json $(TMPDIR)/gcloud.json', 0],
    ['echo x > "$ROOT/gcloud.json"', 1],
    ['echo x > gcloud.json', 1],
  ];
  assert.deepEqual(cases.map(([line]) => [line, lineWriting(line, 'gcloud.json')]), cases);
});

// aws-observability/application-signals-demo's push-ecr.sh: `pushd ./otel-collector`, `./ocb.sh` (a
// generator that writes otelcol-dev/otelcol-dev from its config), `if [[ ! -f ./otelcol-dev/otelcol-dev
// ]]; then ... exit 1`, `popd`, then `docker build ... ./otel-collector`: the script stops unless the
// file is there, so the build has it. CTX101 called it an error.
test('lineWriting: a test that stops the script unless the path is there; a line after a literal cd or pushd reads paths from there', () => {
  const cases: [string, string, number][] = [
    ['if [[ ! -f ./otelcol-dev/otelcol-dev ]]; then\n  echo missing\n  exit 1\nfi', 'otelcol-dev/otelcol-dev', 1],
    ['[ ! -e out/app ] && exit 1', 'out/app', 1],
    ['test -f out/app || exit 2', 'out/app', 1],
    ['[ -f out/app ] || { echo no; exit 1; }', 'out/app', 1],
    // A test that does not stop the script, or a file test of another path: nothing.
    ['if [ ! -f out/app ]; then\n  echo "warning: missing"\nfi', 'out/app', 0],
    ['[ -f out/app ] && echo here', 'out/app', 0],
    ['[ ! -f out/app.bak ] && exit 1', 'out/app', 0],
    // From the directory a cd or pushd goes to, until popd.
    ['pushd ./svc\n./gen.sh\nif [[ ! -f ./otelcol-dev/otelcol-dev ]]; then exit 1; fi\npopd', 'svc/otelcol-dev/otelcol-dev', 3],
    ['cd svc && make\nmkdir -p dist', 'svc/dist', 2],
    // googleprojectzero/fuzzilli's Cloud/Docker/*Builder/build.sh: `cd $(dirname $0)`, then `cp -R
    // $FUZZILLI_ROOT/Targets/JSC/Patches .`, then `docker build .`: ADD Patches was an error.
    ['set -e\ncd img\ncp -R ../patches .\ndocker build -t img .', 'img/patches', 3],
    ['pushd svc\npopd\nmkdir -p dist', 'svc/dist', 0],
    ['cd "$DIR"\nmkdir -p dist', 'svc/dist', 0],
    // As written, whatever the cd (as before).
    ['cd "$DIR"\nmkdir -p svc/dist', 'svc/dist', 2],
  ];
  assert.deepEqual(cases.map(([text, p]) => [text, p, lineWriting(text, p)]), cases);
});

// SunbirdEd-portal's image-push.yml: `cd src/app`, then `cp -R libs ... ./../../Dockerfile app_dist`,
// then `docker build ./src/app/app_dist`. Only the root's own file counts: a workflow copying
// deploy/Dockerfile into dist/ says nothing of the root Dockerfile (its errors must stay).
test('scriptCopyingInto: the root file, named alone, climbed back to or from the workspace, copied into a build\'s context; another directory\'s file of that name is not', () => {
  const wf = (cp: string) => ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', `      - run: ${cp}`, '      - run: docker build ./src/app/app_dist', ''].join('\n');
  const at = (cp: string, dirs = ['app_dist']) => {
    const tree = repo({ '.github/workflows/img.yml': wf(cp) });
    try {
      return scriptCopyingInto(tree.ctx, 'Dockerfile', new Set(dirs));
    } finally {
      tree.cleanup();
    }
  };
  assert.equal(at('cd src/app && cp -R libs server.js ./../../Dockerfile app_dist'), '.github/workflows/img.yml:6');
  assert.equal(at('cp Dockerfile "src/app/app_dist/"'), '.github/workflows/img.yml:6');
  assert.equal(at('cp $GITHUB_WORKSPACE/Dockerfile src/app/app_dist'), '.github/workflows/img.yml:6');
  assert.equal(at('cp deploy/Dockerfile src/app/app_dist'), null);
  assert.equal(at('cp ../other/Dockerfile src/app/app_dist'), null);
  assert.equal(at('cp Dockerfile backup'), null); // no build's context
  assert.equal(at('cp Dockerfile.prod src/app/app_dist'), null);
});

// The review of b5f4616: an in-place edit of the Dockerfile written in the usual other ways (quoted,
// continued over lines, more files after it, from the workspace's path), and what is no such edit.
test('lineWriting with inPlace: sed -i / perl -pi edits of the file, quoted, continued, among other files, from ${{ github.workspace }}', () => {
  for (const t of [`sed -i 's#a#b#' Dockerfile`, `sed -i 's#a#b#' "Dockerfile"`, `perl -pi -e 's/a/b/' 'Dockerfile'`, `sed -i \\\n  -e 's#a#b#' \\\n  Dockerfile`, `sed -i 's#a#b#' Dockerfile README.md`, `sed --in-place=.bak 's/a/b/' ./Dockerfile`, `sed -i 's#a#b#' \${{ github.workspace }}/Dockerfile`]) {
    assert.ok(lineWriting(t, 'Dockerfile', false, true) > 0, t);
    assert.equal(lineWriting(t, 'Dockerfile'), 0, t); // an edit makes no missing file
  }
  for (const t of [`sed 's/a/b/' Dockerfile > out`, `sed -n 1p Dockerfile`, `grep -i x Dockerfile`, `sed -i 's/a/b/' Dockerfile.dev`]) assert.equal(lineWriting(t, 'Dockerfile', false, true), 0, t);
});

// seldon-core's scheduler/Makefile (sweep 52/T-F3): `cd data-flow && wget https://.../opentelemetry-javaagent.jar`
// writes data-flow/opentelemetry-javaagent.jar, which the Dockerfile copies; so do `wget -O F`, `wget -P DIR URL`
// and `curl -O URL`. A wget with -O elsewhere, a curl without -O, or another file's URL write nothing here.
test('lineWriting: downloads by wget and curl -O', () => {
  const url = 'https://example.com/dl/agent.jar';
  assert.equal(lineWriting(`cd data-flow && wget ${url}\n`, 'data-flow/agent.jar'), 1);
  assert.equal(lineWriting(`cd data-flow\nwget -q ${url}\n`, 'data-flow/agent.jar'), 2);
  assert.equal(lineWriting(`wget -O data-flow/agent.jar ${url}\n`, 'data-flow/agent.jar'), 1);
  assert.equal(lineWriting(`wget --output-document=data-flow/agent.jar ${url}\n`, 'data-flow/agent.jar'), 1);
  assert.equal(lineWriting(`wget -q -P data-flow ${url}\n`, 'data-flow/agent.jar'), 1);
  assert.equal(lineWriting(`cd data-flow && curl -fsSLO ${url}\n`, 'data-flow/agent.jar'), 1);
  assert.equal(lineWriting(`cd data-flow && curl -fsSL ${url} | sha256sum\n`, 'data-flow/agent.jar'), 0);
  assert.equal(lineWriting(`cd data-flow && wget -O other.jar ${url}\n`, 'data-flow/agent.jar'), 0);
  assert.equal(lineWriting(`cd data-flow && wget https://example.com/dl/agent.jar.sha256\n`, 'data-flow/agent.jar'), 0);
  // A stranger's line of many wgets and blanks is read in bounded time.
  const long = `${'wget '.repeat(2000)}${' '.repeat(3000)}x\n`;
  const started = Date.now();
  lineWriting(long, 'agent.jar');
  assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
});

// rabbitmq-server's workflow (sweep 52/V-F6): `cp \` then the source and destination on the next lines: a command
// continued over lines is read as one, at its first line; later lines keep their numbers.
test('lineWriting: a command continued over lines with a backslash', () => {
  assert.equal(lineWriting('echo start\ncp \\\n  dist/pkg-1.0.tar.xz \\\n  pkg.tar.xz\necho done\n', 'pkg.tar.xz'), 2);
  assert.equal(lineWriting('cp \\\n  a.txt \\\n  b.txt\n\nmkdir -p out\n', 'out'), 5);
  assert.equal(lineWriting('cp \\\n  pkg.tar.xz \\\n  other/\n', 'pkg.tar.xz'), 0);
});

// PowerJob's workflow: `/bin/cp -rf powerjob-server/.../powerjob-server*.jar powerjob-server/docker/powerjob-server.jar`
// was no copy, and CTX101 said none is seen to write it (sweep 54/J-F4). A command by its system path is the command.
test('lineWriting: cp, mv and mkdir by their path in a system directory write as the plain commands do', () => {
  const cases: [string, string, number][] = [
    ['/bin/cp -rf target/app*.jar docker/app.jar', 'docker/app.jar', 1],
    ['sudo /usr/bin/mv out/app docker/app.jar', 'docker/app.jar', 1],
    ['/usr/local/bin/mkdir -p docker/app.jar', 'docker/app.jar', 1],
    ['/opt/tools/cp docker/app.jar x', 'docker/app.jar', 0],
  ];
  assert.deepEqual(cases.map(([text, p]) => [text, p, lineWriting(text, p)]), cases);
});

// youki's benchmark step: `hyperfine --prepare 'sudo sync; echo 3 | sudo tee /proc/sys/vm/drop_caches' --command-name
// 'main youki build' ...`: the words after tee's quoted argument were read as files it writes, `youki` among them,
// and CTX101 named that step the writer of ./youki (sweep 55/O-F5). A tee's words hold no quote.
test('lineWriting: a tee inside a quoted argument writes none of the words after its quote', () => {
  const line = "hyperfine --prepare 'sudo sync; echo 3 | sudo tee /proc/sys/vm/drop_caches' --command-name 'main youki build' 'true'";
  assert.equal(lineWriting(line, 'youki'), 0);
  assert.equal(lineWriting('echo hi | sudo tee -a youki', 'youki'), 1);
  assert.equal(lineWriting('echo hi | tee "youki"', 'youki'), 1);
});
