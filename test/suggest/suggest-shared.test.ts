// `suggest` and the builds it cannot see from one Dockerfile: other Dockerfiles built from the same
// context read the same .dockerignore (headscale), and builds that read .git without a `git` word
// on the RUN line (a comment inside the continuation, a heredoc, the .NET SDK, setuptools-scm).
// Each case was a real proposal that would have broken or changed a healthy build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderSuggestSummary } from '../../src/reporters/suggest.js';
import { suggest } from '../../src/suggest/suggest.js';
import { MAX_SIBLINGS, variableSources, variableSourceTaking } from '../../src/suggest/siblings.js';
import { scriptBuilds } from '../../src/targets/repo-builds.js';
import { git } from '../helpers/committed.js';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { buildTree, type TreeShape } from '../helpers/trees.js';

const WEB = 'FROM nginx:alpine\nCOPY web /usr/share/nginx/html\n';

// headscale: Dockerfile.integration copies the whole root and builds ./cmd/headscale; suggest for
// another Dockerfile of the same context proposed excluding cmd/.
test('suggest: a directory another Dockerfile of the same context needs is not excluded (whole-context COPY there)', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'Dockerfile.app', 'cmd/app/main.go', 'go.mod', 'web/index.html'],
    fileContents: { Dockerfile: WEB, 'Dockerfile.app': 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build ./cmd/app\n', 'cmd/app/main.go': 'package main\nfunc main(){}\n' },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.sharedWith, ['Dockerfile.app']);
    assert.ok(!r.suggestions.some((s) => s.lines.includes('cmd')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    const cmd = r.rejected.find((x) => x.lines.includes('cmd'));
    assert.equal(cmd?.reasons[0], 'Dockerfile.app is built from this context too and COPY . (line 3) copies the whole context: it may need what this Dockerfile does not use');
    // --allowlist for one of them would drop everything the other copies.
    const a = suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true });
    assert.equal(a.changed, false);
    assert.match(a.allowlistProblem ?? '', /^Dockerfile\.app is built from this context too and reads \.dockerignore: .*create Dockerfile\.dockerignore/);
  } finally {
    tree.cleanup();
  }
});

// nvdvlies/aspnet-core-api-demo: infra/webapi-dockerfile and infra/webui-dockerfile, both built from the
// root by its Compose file. Lowercase `-dockerfile` names were no Dockerfiles to the search: suggest for
// one proposed excluding infra/, where the other copies nginx.conf from. A script named like one is none.
test('suggest: Dockerfiles named `*-dockerfile` / `*_dockerfile` are read as the others of the context; a script so named is not', () => {
  const tree = buildTree({
    files: ['infra/webapi-dockerfile', 'infra/webui_dockerfile', 'infra/nginx.conf', 'infra/lint-dockerfile', 'src/a.cs'],
    fileContents: {
      'infra/webapi-dockerfile': 'FROM alpine\nCOPY ./src /src\n',
      'infra/webui_dockerfile': '# syntax=docker/dockerfile:1\nFROM nginx\nCOPY ./infra/nginx.conf /etc/nginx/conf.d/default.conf\n',
      'infra/nginx.conf': 'server {}\n',
      'infra/lint-dockerfile': '#!/bin/sh\nhadolint "$@"\n',
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: 'infra/webapi-dockerfile' });
    assert.deepEqual(r.sharedWith, ['infra/webui_dockerfile']);
    assert.ok(!r.suggestions.some((s) => s.lines.includes('infra')), JSON.stringify(r.suggestions.map((s) => s.lines)));
  } finally {
    tree.cleanup();
  }
});

// feast builds java/infra/docker/feature-server/Dockerfile and sdk/python/feast/infra/transformation_servers/Dockerfile
// from the root; the build-file search stops four directories down, and suggest proposed excluding
// sdk/, go/ and java/. The Dockerfiles the audit's walk listed count at any depth.
test('suggest: a Dockerfile deeper than the build-file search, built from this context, is read too (from the walk)', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app/main.txt', 'sdk/src/lib.txt', 'a/b/c/d/e/Dockerfile'],
    fileContents: { Dockerfile: 'FROM scratch\nCOPY app/main.txt /\n', 'a/b/c/d/e/Dockerfile': 'FROM scratch\nCOPY sdk/src /sdk\n' },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.sharedWith, ['a/b/c/d/e/Dockerfile']);
    assert.ok(!r.suggestions.some((s) => s.lines.includes('sdk')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.equal(r.rejected.find((x) => x.lines.includes('sdk'))?.reasons[0], 'a/b/c/d/e/Dockerfile is built from this context too and COPY sdk/src (line 2) copies sdk');
  } finally {
    tree.cleanup();
  }
});

// opea-project/Enterprise-RAG: its .dockerignore excludes `**/Dockerfile`, so the services'
// Dockerfiles four directories down (built from src/) were in no list the walk made; suggest -f one
// of them proposed excluding what the others copy (comps/guardrails, comps/ingestion, ...).
test('suggest: a Dockerfile deeper than the build-file search that the ignore file itself excludes is read too', () => {
  const tree = buildTree({
    files: ['a/Dockerfile', 'a/x.txt', 'b/y.txt', 'b/d2/d3/d4/Dockerfile'],
    fileContents: { 'a/Dockerfile': 'FROM scratch\nCOPY a/x.txt /x\n', 'b/d2/d3/d4/Dockerfile': 'FROM scratch\nCOPY b/y.txt /y\n' },
    dockerignore: '**/Dockerfile\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: path.join(tree.ctx, 'a/Dockerfile') });
    assert.deepEqual(r.sharedWith, ['b/d2/d3/d4/Dockerfile']);
    assert.ok(!r.suggestions.some((s) => s.lines.includes('b')), JSON.stringify(r.suggestions.map((s) => s.lines)));
  } finally {
    tree.cleanup();
  }
});

// growthbook: preview.yml concatenates Dockerfile and preview/Dockerfile.append into
// preview/Dockerfile.generated, then builds it from the root; suggest proposed excluding preview/.
test('suggest: a workflow build of this context whose Dockerfile a step makes blocks what only "unused" proposes', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'server.js', 'preview/Dockerfile.append', 'preview/idle-monitor.js', 'docs/big.md', '.github/workflows/preview.yml'],
    fileContents: {
      Dockerfile: 'FROM node:20-slim\nWORKDIR /app\nCOPY server.js ./\n',
      'preview/Dockerfile.append': 'COPY preview/idle-monitor.js /app/preview/\n',
      '.github/workflows/preview.yml':
        'on: pull_request\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cat Dockerfile preview/Dockerfile.append > preview/Dockerfile.generated\n      - uses: depot/build-push-action@v1\n        with:\n          context: .\n          file: preview/Dockerfile.generated\n',
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.sharedWith, ['.github/workflows/preview.yml:preview step 3']);
    assert.ok(!r.suggestions.some((s) => s.lines.includes('preview')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.match(r.rejected.find((x) => x.lines.includes('preview'))?.reasons[0] ?? '', /^\.github\/workflows\/preview\.yml:preview step 3 builds from this context a Dockerfile that a step before it makes: what it copies is not known here/);
  } finally {
    tree.cleanup();
  }
});

// serversideup/docker-php: `file: src/variations/${{ matrix.v }}/Dockerfile` with a matrix from a job's output; no
// step makes a Dockerfile, and suggest said one did (sweep 56/U-F2).
test('suggest: a workflow build whose Dockerfile path holds values known only when the workflow runs blocks, saying so', () => {
  const tree = buildTree({
    files: ['src/variations/cli/Dockerfile', 'src/variations/cli/etc/a.conf', 'src/variations/fpm/Dockerfile', 'src/variations/fpm/etc/a.conf', 'docs/README.md', '.github/workflows/build.yml'],
    fileContents: {
      'src/variations/cli/Dockerfile': 'FROM alpine\nCOPY src/variations/cli/etc/ /etc/\n',
      'src/variations/fpm/Dockerfile': 'FROM alpine\nCOPY src/variations/fpm/etc/ /etc/\n',
      '.github/workflows/build.yml':
        'on: push\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    outputs:\n      m: ${{ steps.s.outputs.m }}\n    steps:\n      - id: s\n        run: echo m=x >> "$GITHUB_OUTPUT"\n  build:\n    needs: setup\n    runs-on: ubuntu-latest\n    strategy:\n      matrix: ${{ fromJson(needs.setup.outputs.m) }}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: src/variations/${{ matrix.v }}/Dockerfile\n',
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: 'src/variations/cli/Dockerfile' });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('docs')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    const why = r.rejected.find((x) => x.lines.includes('docs'))?.reasons[0] ?? '';
    assert.match(why, / builds from this context a Dockerfile it names by values known only when the workflow runs: what it copies is not known here/);
    assert.doesNotMatch(why, /a step before it makes/);
  } finally {
    tree.cleanup();
  }
});

// The review of 2b89f5ae (RA-R8): with a root Dockerfile beside `file: ${{ matrix.df }}`, the run-time build was taken for
// the root one, and suggest proposed excluding conf/, which the matrix's Dockerfile copies.
test('suggest: a workflow build whose Dockerfile is known only when it runs blocks even where the context holds a Dockerfile', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app/x', 'images/php.build', 'conf/a.conf', '.github/workflows/build.yml'],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY app /app\n',
      'images/php.build': 'FROM alpine\nCOPY conf/ /etc/\n',
      '.github/workflows/build.yml':
        'on: push\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    outputs: {m: "${{ steps.s.outputs.m }}"}\n    steps: [{id: s, run: "echo m=x >> $GITHUB_OUTPUT"}]\n  build:\n    needs: setup\n    runs-on: ubuntu-latest\n    strategy: {matrix: "${{ fromJson(needs.setup.outputs.m) }}"}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with: {context: ., file: "${{ matrix.df }}"}\n',
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('conf')), JSON.stringify(r.suggestions.map((s) => s.lines)));
  } finally {
    tree.cleanup();
  }
});

// godatadriven/dbt-bouncer: its CI edits the Dockerfile in place (`sed -i` inserts `COPY . .` and
// changes the entrypoint), then builds it from the root; the committed file copies nothing, and
// suggest proposed excluding src/ and tests/, which the CI image then lacked.
test('suggest: a workflow build whose Dockerfile a step edits in place (sed -i, perl -pi) blocks what only "unused" proposes; a sed that writes elsewhere does not', () => {
  const wf = (edit: string) =>
    `on: pull_request\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          ${edit}\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          load: true\n          tags: pkg:test\n      - run: docker run --rm pkg:test\n`;
  const proposesSrc = (edit: string) => {
    const tree = buildTree({
      files: ['Dockerfile', 'pyproject.toml', 'src/pkg/__init__.py', '.github/workflows/ci.yml'],
      fileContents: { Dockerfile: 'FROM python:3.11-slim\nENTRYPOINT ["uvx", "pkg==0.0.0"]\n', '.github/workflows/ci.yml': wf(edit) },
      dockerignore: '.git\n',
    });
    try {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      return { proposed: r.suggestions.some((x) => x.lines.includes('src')), why: r.rejected.find((x) => x.lines.includes('src'))?.reasons[0] ?? '' };
    } finally {
      tree.cleanup();
    }
  };
  for (const edit of ["sed -i -E '/ENTRYPOINT/i\\COPY . .' ./Dockerfile", "sed --in-place 's/pkg==0.0.0/./' Dockerfile", "perl -pi -e 's/pkg==0.0.0/./' Dockerfile"]) {
    const r = proposesSrc(edit);
    assert.equal(r.proposed, false, edit);
    assert.match(r.why, /^\.github\/workflows\/ci\.yml:e2e step 3 builds from this context a Dockerfile that a step before it rewrites: what it copies is not known here/, edit);
  }
  // Not an edit of the Dockerfile: suggest goes on.
  assert.equal(proposesSrc("sed 's/a/b/' Dockerfile > /tmp/other").proposed, true);
  // The review of b5f4616 (gin-vue-admin): the workflow edits the Dockerfile, then a Makefile builds it.
  const tree = buildTree({
    files: ['deploy/docker/Dockerfile', 'Makefile', 'server/main.go', 'web/src/app.js', '.github/workflows/ci.yml'],
    fileContents: {
      'deploy/docker/Dockerfile': 'FROM golang:1.22\nCOPY server/main.go /src/\n',
      Makefile: 'images:\n\tdocker build -t app -f deploy/docker/Dockerfile .\n',
      '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: sed -i 's#COPY server/main.go /src/#COPY . /src/#' deploy/docker/Dockerfile\n      - run: make images\n`,
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: path.join(tree.ctx, 'deploy/docker/Dockerfile') });
    assert.ok(!r.suggestions.some((x) => x.lines.includes('web')), JSON.stringify(r.suggestions.map((x) => x.lines)));
    assert.match(r.rejected.find((x) => x.lines.includes('web'))?.reasons[0] ?? '', /^\.github\/workflows\/ci\.yml builds from this context this Dockerfile as it edits it in place first/);
  } finally {
    tree.cleanup();
  }
  // outline's update-node.yml: a bot edits the Dockerfile's FROM and opens a pull request, building
  // nothing: no build of this context; suggest goes on (sweep 47/C-F3).
  const bot = buildTree({
    files: ['Dockerfile', 'src/a.js', 'docs/a.md', '.github/workflows/update-node.yml'],
    fileContents: {
      Dockerfile: 'FROM node:20\nCOPY src/ /app/src/\n',
      '.github/workflows/update-node.yml': 'name: Update Node\non: workflow_dispatch\njobs:\n  update:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: sed -i "s/node:20/node:22/g" Dockerfile\n      - uses: peter-evans/create-pull-request@v7\n        with:\n          title: Update Node\n',
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: bot.ctx, cwd: bot.ctx });
    assert.ok(r.suggestions.some((x) => x.lines.includes('docs')), JSON.stringify(r.rejected.map((x) => x.reasons)));
  } finally {
    bot.cleanup();
  }
});

// bagisto: COPY shared/db/${DB_ENGINE}/ with ARG DB_ENGINE=mysql; its images are built with
// DB_ENGINE=mysql and =mariadb, and suggest proposed excluding shared/db/mariadb as unused.
test('suggest: a path a COPY with a build arg in its source may copy with another value is not excluded as unused', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'db/mysql/init.sql', 'db/mariadb/init.sql', 'docs/guide.txt'],
    fileContents: { Dockerfile: 'FROM scratch\nARG DB=mysql\nCOPY db/${DB}/ /db/\n', 'docs/guide.txt': 'x'.repeat(3000) },
    dockerignore: '*.md\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('db/mariadb')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.equal(r.rejected.find((x) => x.lines.includes('db/mariadb'))?.reasons[0], 'COPY db/${DB}/ (line 3) copies another path with another --build-arg, db/mariadb among them');
    // What no value of it can copy is still proposed.
    assert.ok(r.suggestions.some((s) => s.lines.includes('docs')), JSON.stringify(r.suggestions.map((s) => s.lines)));
  } finally {
    tree.cleanup();
  }
});

// docker-symfony-api: docker/nginx/Dockerfile copies `./$BUILD_ARGUMENT_ENV/nginx.conf` (default dev)
// and its CI builds it with test and staging from the repository root, a build `suggest docker -f
// docker/elasticsearch/Dockerfile` cannot see: it proposed excluding test/ and staging/.
test('suggest: a path another Dockerfile of the context may copy with another --build-arg is not excluded', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'nginx/Dockerfile', 'dev/nginx.conf', 'test/nginx.conf', 'docs/guide.txt'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY dev/nginx.conf /n\n', 'nginx/Dockerfile': 'FROM nginx\nARG ENV=dev\nCOPY ./$ENV/nginx.conf /etc/nginx/conf.d/default.conf\n', 'docs/guide.txt': 'x'.repeat(3000) },
    dockerignore: '*.md\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('test')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.equal(r.rejected.find((x) => x.lines.includes('test'))?.reasons[0], 'nginx/Dockerfile is built from this context too and COPY ./$ENV/nginx.conf (line 3), with another --build-arg, copies test');
    // A value may hold slashes (`CONF_DIR=conf/dev`): what follows may be levels below (review of a59e4c7).
    fs.writeFileSync(path.join(tree.ctx, 'nginx/Dockerfile'), 'FROM nginx\nARG CONF_DIR=conf/dev\nCOPY ${CONF_DIR}/nginx.conf /etc/nginx/\n');
    for (const f of ['conf/dev/nginx.conf', 'envs/prod/nginx.conf']) {
      fs.mkdirSync(path.join(tree.ctx, path.dirname(f)), { recursive: true });
      fs.writeFileSync(path.join(tree.ctx, f), 'x');
    }
    const deep = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!deep.suggestions.some((s) => s.lines.includes('envs')), JSON.stringify(deep.suggestions.map((s) => s.lines)));
    assert.ok(deep.suggestions.some((s) => s.lines.includes('docs')), JSON.stringify(deep.suggestions.map((s) => s.lines)));
    // What no value of it can copy is still proposed.
    assert.ok(r.suggestions.some((s) => s.lines.includes('docs')), JSON.stringify(r.suggestions.map((s) => s.lines)));
  } finally {
    tree.cleanup();
  }
});

test('suggest: the reason quotes another Dockerfile\'s source as written, non-ASCII names too', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'Dockerfile.data', 'données/a.csv', 'web/index.html'],
    fileContents: { Dockerfile: WEB, 'Dockerfile.data': 'FROM alpine\nCOPY données /d\n' },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.equal(r.rejected.find((x) => x.lines.some((l) => l.includes('donn')))?.reasons[0], 'Dockerfile.data is built from this context too and COPY données (line 2) copies données');
  } finally {
    tree.cleanup();
  }
});

test('suggest: a path another Dockerfile names is not excluded; one nobody names still is; a Dockerfile with its own ignore file is alone', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'docker/api.Dockerfile', 'cmd/app/main.go', 'tools/gen.sh', 'docs/big.md', 'web/index.html'],
    fileContents: { Dockerfile: WEB, 'docker/api.Dockerfile': 'FROM golang:1.22\nCOPY cmd/ /src/cmd/\nCOPY tool*/gen.sh /bin/\n', 'docs/big.md': 'x'.repeat(2000) },
    dockerignore: '.git\n',
  });
  try {
    // docker/api.Dockerfile's sources exist at the root, so --all builds it from there (and so does this check).
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.sharedWith, ['docker/api.Dockerfile']);
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.lines.join(' '), x.reasons[0]]));
    assert.equal(reasons.cmd, 'docker/api.Dockerfile is built from this context too and COPY cmd/ (line 2) copies cmd');
    assert.equal(reasons.tools, 'docker/api.Dockerfile is built from this context too and COPY tool*/gen.sh (line 3) copies tools');
    assert.ok(r.suggestions.some((s) => s.lines.includes('docs')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    // With its own Dockerfile.dockerignore the edited file is that one, read for this Dockerfile only.
    fs.writeFileSync(path.join(tree.ctx, 'Dockerfile.dockerignore'), '.git\n');
    const own = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(own.sharedWith, []);
    assert.ok(own.suggestions.some((s) => s.lines.includes('cmd')));
  } finally {
    tree.cleanup();
  }
});

// formancehq/ledger: tools/generator's justfile builds `docker buildx build . --build-context root=../..`
// and its Dockerfile takes `COPY --from=root pkg pkg`; BuildKit sends that named context through the
// root's .dockerignore. suggest for the root Dockerfile proposed excluding pkg, internal and cmd, and
// --all then failed both tool images with CTX102 (sweep 49/C-F4). Compose `additional_contexts` too.
test('suggest: a build given this directory as a named context reads it through this ignore file: what it copies --from that name is kept', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app', 'pkg/p.go', 'internal/i.go', 'docs/big.md', 'tools/gen/Dockerfile', 'tools/gen/Makefile', 'ops/Dockerfile', 'ops/compose.yaml', 'ops/x.sh', 'lib/l.go'],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY app /usr/bin/app\n',
      'tools/gen/Dockerfile': 'FROM golang:1.22\nCOPY --from=root pkg /src/pkg\nCOPY internal /src/internal\n',
      'tools/gen/Makefile': 'image:\n\tdocker buildx build . --build-context root=../..\n',
      'ops/Dockerfile': 'FROM alpine\nCOPY x.sh /\nCOPY --from=repo lib /lib\n',
      'ops/compose.yaml': 'services:\n  ops:\n    build:\n      context: .\n      additional_contexts:\n        repo: ..\n',
      'docs/big.md': 'x'.repeat(2000),
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.lines.join(' '), x.reasons[0]]));
    const proposed = r.suggestions.flatMap((x) => x.lines);
    assert.equal(reasons.pkg, 'tools/gen/Dockerfile (tools/gen/Makefile:2, given this directory as its named context "root") reads it through this ignore file and COPY --from=root pkg (line 2) copies pkg');
    assert.match(reasons.lib ?? '', /^ops\/Dockerfile \(.*given this directory as its named context "repo"\) reads it through this ignore file and COPY --from=repo lib \(line 3\) copies lib$/);
    // What those builds take from their own contexts (internal/ is tools/gen's, not this directory's) is no reason.
    assert.ok(proposed.includes('internal') && proposed.includes('docs'), JSON.stringify(proposed));
    // A whole-directory COPY --from it holds back everything only "unused" proposes.
    fs.writeFileSync(path.join(tree.ctx, 'tools/gen/Dockerfile'), 'FROM golang:1.22\nCOPY --from=root . /src\n');
    const whole = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!whole.suggestions.some((x) => x.lines.includes('docs')), JSON.stringify(whole.suggestions.map((x) => x.lines)));
    assert.match(whole.rejected.find((x) => x.lines.includes('docs'))?.reasons[0] ?? '', /reads it through this ignore file and COPY --from=root \. \(line 2\) copies the whole directory: it may need what this Dockerfile does not use$/);
    // A stage FROM the named context is the whole directory too (the review of b18d3dfe); a bind mount of it names its source.
    fs.writeFileSync(path.join(tree.ctx, 'tools/gen/Dockerfile'), 'FROM root AS src\nFROM golang:1.22\nCOPY --from=src /pkg /src/pkg\n');
    const staged = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.match(staged.rejected.find((x) => x.lines.includes('docs'))?.reasons[0] ?? '', /reads it through this ignore file and FROM root copies the whole directory/);
    fs.writeFileSync(path.join(tree.ctx, 'tools/gen/Dockerfile'), 'FROM golang:1.22\nRUN --mount=from=root,source=pkg,target=/p ls /p\n');
    const mounted = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.match(mounted.rejected.find((x) => x.lines.includes('pkg'))?.reasons[0] ?? '', /reads it through this ignore file and RUN --mount=from=root,source=pkg \(line 2\) copies pkg$/);
  } finally {
    tree.cleanup();
  }
});

// The review of b18d3dfe: the same build with its Dockerfile on stdin (`cat gen.Dockerfile | docker buildx
// build --build-context root=../.. -f - .`) carried no named contexts, and pkg was proposed.
test('suggest: a build with its Dockerfile on stdin given this directory as a named context keeps what it copies from it', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app', 'pkg/p.go', 'tools/gen/gen.Dockerfile', 'tools/gen/Makefile'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app /usr/bin/app\n', 'tools/gen/gen.Dockerfile': 'FROM alpine\nCOPY --from=root pkg /src/pkg\n', 'tools/gen/Makefile': 'image:\n\tcat gen.Dockerfile | docker buildx build --build-context root=../.. -f - .\n' },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((x) => x.lines.includes('pkg')), JSON.stringify(r.suggestions.map((x) => x.lines)));
    assert.match(r.rejected.find((x) => x.lines.includes('pkg'))?.reasons[0] ?? '', /given this directory as its named context "root"\) reads it through this ignore file and COPY --from=root pkg \(line 2\) copies pkg$/);
  } finally {
    tree.cleanup();
  }
});

// The review of stop 49's diff (A F2): one Dockerfile given this directory as a named context by two recipes
// with different --build-arg values kept the first recipe's only: `COPY --from=root ${MOD} /src` with MOD=pkg
// held pkg back, and the other recipe's MOD=svc was proposed. A source naming a build arg takes another path
// with another value, as for a build from this directory itself.
test('suggest: a named-context build whose COPY --from names a build arg holds back what another value copies', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app', 'pkg/p.go', 'svc/s.go', 'docs/big.md', 'tools/gen/Dockerfile', 'tools/gen/Makefile'],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY app /usr/bin/app\n',
      'tools/gen/Dockerfile': 'FROM golang:1.22\nARG MOD=pkg\nCOPY --from=root ${MOD} /src\n',
      'tools/gen/Makefile': 'a:\n\tdocker buildx build . --build-context root=../.. --build-arg MOD=pkg\nb:\n\tdocker buildx build . --build-context root=../.. --build-arg MOD=svc\n',
      'docs/big.md': 'x'.repeat(2000),
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    const proposed = r.suggestions.flatMap((x) => x.lines);
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.lines.join(' '), x.reasons[0]]));
    const named = 'tools/gen/Dockerfile (tools/gen/Makefile:2, given this directory as its named context "root") reads it through this ignore file and COPY --from=root ${MOD} (line 3)';
    assert.equal(reasons.pkg, `${named} copies pkg`);
    assert.equal(reasons.svc, `${named}, with another --build-arg, copies svc`);
    // Any top-level path is some value of it: docs too, as for a build from this directory itself.
    assert.equal(reasons.docs, `${named}, with another --build-arg, copies docs`);
    assert.deepEqual(proposed, []);
  } finally {
    tree.cleanup();
  }
});

// A Makefile recipe that writes docs.Dockerfile (`echo "COPY docs /docs" >> docs.Dockerfile`) and then builds
// it from this context: not git-ignored, the build was taken for a stale recipe, and suggest proposed
// excluding docs (sweep 49/D-F1; cloudnative-pg's bundle.Dockerfile, git-ignored, was already held).
test('suggest: a recipe that writes the Dockerfile it builds from this context holds back what only "unused" proposes', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'a.txt', 'docs/x.md', 'Makefile'],
    fileContents: { Dockerfile: 'FROM scratch\nCOPY a.txt /\n', Makefile: 'docs-image:\n\techo "FROM scratch" > docs.Dockerfile\n\techo "COPY docs /docs" >> docs.Dockerfile\n\tdocker build -f docs.Dockerfile -t docs .\nold:\n\ttest -f gone.Dockerfile || exit 1\n\tdocker build -f gone.Dockerfile .\n' },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.sharedWith, ['docs.Dockerfile (Makefile:4; generated before the build)']);
    assert.ok(!r.suggestions.some((x) => x.lines.includes('docs')), JSON.stringify(r.suggestions.map((x) => x.lines)));
    assert.match(r.rejected.find((x) => x.lines.includes('docs'))?.reasons[0] ?? '', /^docs\.Dockerfile \(Makefile:4; generated before the build\) builds from this context a Dockerfile that a step before it makes/);
    // A script that runs from the root (`cd "$(dirname "$0")/.."`) writing it, or a make rule that makes it (the review of 3dd661be).
    fs.writeFileSync(path.join(tree.ctx, 'Makefile'), 'site.Dockerfile: site.tpl\n\tcp $< $@\nsite: site.Dockerfile\n\tdocker build -f site.Dockerfile .\n');
    fs.mkdirSync(path.join(tree.ctx, 'scripts'));
    fs.writeFileSync(path.join(tree.ctx, 'scripts/build.sh'), '#!/bin/sh\ncd "$(dirname "$0")/.."\necho "COPY docs /docs" > docs.Dockerfile\ndocker build -f docs.Dockerfile .\n');
    const again = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(again.sharedWith, ['docs.Dockerfile (scripts/build.sh; generated before the build)', 'site.Dockerfile (Makefile:4; generated before the build)']);
  } finally {
    tree.cleanup();
  }
});

const GIT_TREE = ['Dockerfile', 'main.go', '.git/HEAD', '.git/objects/pack/p.pack'];

/** suggest on a tree built for the test (`prepare` runs first: git init, extra files), then cleaned up. */
function suggestOn(shape: TreeShape, opts: (ctx: string) => Partial<Parameters<typeof suggest>[0]> = () => ({}), prepare?: (ctx: string) => void): ReturnType<typeof suggest> {
  const tree = buildTree(shape);
  try {
    prepare?.(tree.ctx);
    return suggest({ context: tree.ctx, cwd: tree.ctx, ...opts(tree.ctx) });
  } finally {
    tree.cleanup();
  }
}

/** Whether suggest proposes excluding .git for this Dockerfile (and extra files) beside a sent .git. */
function gitProposed(dockerfile: string, extra: Record<string, string> = {}): boolean {
  const r = suggestOn({ files: [...GIT_TREE, ...Object.keys(extra)], fileContents: { Dockerfile: dockerfile, '.git/objects/pack/p.pack': 'x'.repeat(4096), ...extra }, dockerignore: '# nothing\n' });
  return r.suggestions.some((s) => s.lines.includes('.git'));
}

function gitRejection(dockerfile: string, extra: Record<string, string> = {}): string | undefined {
  const tree = buildTree({ files: [...GIT_TREE, ...Object.keys(extra)], fileContents: { Dockerfile: dockerfile, '.git/objects/pack/p.pack': 'x'.repeat(4096), ...extra }, dockerignore: '# nothing\n' });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('.git')), `.git proposed for:\n${dockerfile}`);
    const x = r.rejected.filter((y) => y.lines.includes('.git'));
    assert.equal(x.length, 1, 'said once');
    return x[0].reasons[0];
  } finally {
    tree.cleanup();
  }
}

test('suggest: .git is kept when a RUN names git after a comment line inside its continuation, or in a heredoc', () => {
  // localstack's Dockerfile: comment lines inside the continuation, git after them.
  assert.match(gitRejection('FROM alpine:3.20\nCOPY . /src\nRUN apk add --no-cache ca-certificates \\\n    # version stamp\n\n    && apk add --no-cache git \\\n    && git -C /src describe --always > /version\n') ?? '', /^the Dockerfile runs git \(line 3\)/);
  assert.match(gitRejection('# syntax=docker/dockerfile:1\nFROM alpine\nCOPY . /src\nRUN <<EOF\napk add --no-cache git\ngit -C /src describe --always > /version\nEOF\n') ?? '', /^the Dockerfile runs git \(line 4\)/);
  // `<<word` with no closing line is not a heredoc: the RUN after it is still read.
  assert.match(gitRejection('FROM alpine\nCOPY . /src\nRUN echo "a <<b"\nRUN git describe\n') ?? '', /line 4/);
});

// wagtail/bakerydemo: `BUILD_DEPS=" build-essential git "`, `apt-get install -y $BUILD_DEPS`, then
// `apt-get purge -y $BUILD_DEPS`, all before `ADD . /code/`: "runs git (line 2)" held .git back, and
// CTX003 named that line. A RUN before anything is copied into its stage reads no .git; a package
// list (installed, or removed again) runs no git.
// jhaals/yopass (sweep 51/L-F3): `${VERSION:-$(git ...)}` runs git only when VERSION is not given.
test('suggest: .git is proposed when git runs only as the default of an ARG the build is given', () => {
  const df = 'FROM golang\nCOPY . .\nARG VERSION\nRUN VERSION=${VERSION:-$(git rev-parse --short HEAD)} && go build .\n';
  const proposed = (buildArgs?: Record<string, string>) =>
    suggestOn({ files: [...GIT_TREE], fileContents: { Dockerfile: df, '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: '# nothing\n' }, () => (buildArgs ? { buildArgs } : {})).suggestions.some((s) => s.lines.includes('.git'));
  assert.equal(proposed(), false);
  assert.equal(proposed({ VERSION: '1.2.3' }), true);
});

test('suggest: .git is proposed when git is only a package a RUN installs and removes, or a RUN runs before the context is copied in', () => {
  const deps = 'RUN set -ex && BUILD_DEPS=" build-essential git " \\\n    && apt-get update && apt-get install -y $BUILD_DEPS \\\n    && apt-get purge -y $BUILD_DEPS\n';
  for (const df of [
    `FROM python:3.12-slim\n${deps}WORKDIR /code\nADD . /code/\n`,
    // After a COPY that cannot bring .git (one file, a directory), still before the whole context.
    `FROM python:3.12-slim\nCOPY requirements.txt /\n${deps}ADD . /code/\n`,
    'FROM python:3.12-slim\nCOPY requirements.txt /\nCOPY src/ /code/src/\nRUN apt-get install -y gcc git && pip install -r /requirements.txt && apt-get purge -y gcc git\nADD . /code/\n',
    'FROM alpine AS deps\nCOPY go.mod /\nFROM deps\nRUN apk add git && git --version > /v && apk del git\nCOPY . /src\n',
    // git run before the context is there (a clone of another repository's version, say).
    'FROM alpine\nRUN apk add git && git --version > /v && apk del git\nCOPY . /src\n',
  ]) {
    assert.ok(gitProposed(df), df);
  }
  // Still kept: git run after the context is copied in, in a stage built on one that has it, with a
  // bind mount, under an ONBUILD base; and git installed (not removed) for a later step.
  for (const df of [
    'FROM alpine\nCOPY . /src\nRUN git -C /src describe > /v\n',
    'FROM alpine AS src\nCOPY . /src\nFROM src\nRUN git -C /src describe > /v\n',
    'FROM alpine\nRUN --mount=type=bind,target=/src git -C /src describe > /v\n',
    'FROM node:18-onbuild\nRUN apk add git && git describe > /v && apk del git\nCOPY . /src\n',
    'FROM alpine AS base\nONBUILD COPY . /src\nFROM base\nRUN apk add git && git -C /src describe > /v && apk del git\nCOPY . /app\n',
    'FROM alpine\nRUN apk add git\nCOPY . /src\nRUN sh /src/build.sh\n',
    `FROM python:3.12-slim\nCOPY . /code\nRUN set -ex && DEPS="gcc" \\\n    && apt-get install -y $DEPS && git describe > /v\n`,
    // The review of 80a0ce1: git installed and removed in a RUN that has .git may be run in between
    // (a setup.py that runs git describe, a Makefile); a base the build args choose; a source that
    // names .git through a parent or a wildcard.
    'FROM python:3.12-alpine\nCOPY . /src\nRUN apk add --no-cache git && pip install /src && apk del git\n',
    `FROM python:3.12-alpine\nCOPY . /src\n${deps}`,
    'ARG BUILD_STAGE\nFROM alpine AS src\nCOPY . /s\nFROM ${BUILD_STAGE}\nRUN apk add git && git -C /s describe > /v && apk del git\n',
    'FROM alpine\nCOPY src/../.git /s/.git\nRUN apk add git && git -C /s describe > /v && apk del git\n',
    'FROM alpine\nCOPY .g* /s/\nRUN apk add git && git -C /s describe > /v && apk del git\n',
    // `..` is the context's root to the builders (the review of 1fd27ce).
    'FROM alpine\nCOPY .. /s\nRUN apk add git && git -C /s describe > /v && apk del git\n',
  ]) {
    assert.ok(!gitProposed(df), df);
  }
});

test('suggest: .git is kept when the .NET SDK builds (it stamps the commit from .git) or a Python package takes its version from git', () => {
  assert.match(gitRejection('FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nCOPY . ./\nRUN dotnet publish src/Api -c Release -o /app\n') ?? '', /^the Dockerfile runs dotnet publish \(line 3\): the \.NET SDK reads \.git itself/);
  const pyproject = '[build-system]\nrequires = ["setuptools>=64", "setuptools-scm>=8"]\n[project]\nname = "app"\ndynamic = ["version"]\n[tool.setuptools_scm]\n';
  assert.match(gitRejection('FROM python:3.12\nCOPY . /src\nRUN pip install /src\n', { 'pyproject.toml': pyproject }) ?? '', /^pyproject\.toml uses setuptools-scm: installing the package/);
  // versioningit (prefect's root pyproject, where a nested package's setuptools_scm was named instead:
  // sweep 46/B) and pdm-backend's scm source; flit_scm.
  const df = 'FROM python:3.12\nCOPY . /src\nRUN pip install /src\n';
  const versioningit = '[build-system]\nrequires = ["hatchling", "versioningit"]\nbuild-backend = "hatchling.build"\n[project]\nname = "pkg"\ndynamic = ["version"]\n[tool.hatch.version]\nsource = "versioningit"\n';
  assert.match(gitRejection(df, { 'pyproject.toml': versioningit, 'sub/pyproject.toml': pyproject }) ?? '', /^pyproject\.toml uses versioningit: installing the package/);
  const pdm = '[build-system]\nrequires = ["pdm-backend"]\nbuild-backend = "pdm.backend"\n[project]\nname = "pkg"\ndynamic = ["version"]\n\n[tool.pdm.version]\nsource = "scm"\n';
  assert.match(gitRejection(df, { 'pyproject.toml': pdm }) ?? '', /^pyproject\.toml uses pdm-backend's scm version: installing the package/);
  // The inline and dotted forms, and a `[` in an earlier value of the section (the review of fdac6bc).
  for (const form of ['[tool.pdm]\nversion = { source = "scm" }\n', '[tool.pdm]\nversion.source = "scm"\n', '[tool.pdm.version]\ntag_filter = "v[0-9]*"\nsource = "scm"\n', '[tool]\npdm.version.source = "scm"\n', '[tool]\npdm.version = { source = "scm" }\n', '[tool . pdm . version]\nsource = "scm"\n']) {
    assert.match(gitRejection(df, { 'pyproject.toml': `[project]\nname = "pkg"\ndynamic = ["version"]\n${form}` }) ?? '', /uses pdm-backend's scm version/, form);
  }
  assert.match(gitRejection(df, { 'pyproject.toml': 'tool.pdm.version.source = "scm"\n[project]\nname = "pkg"\n' }) ?? '', /uses pdm-backend's scm version/);
  assert.match(gitRejection(df, { 'pyproject.toml': '[build-system]\nrequires = ["flit_scm"]\nbuild-backend = "flit_scm:buildapi"\n' }) ?? '', /^pyproject\.toml uses flit_scm:/);
  // Neither: .git is proposed (a pdm version from a file is no scm).
  assert.ok(gitProposed(df, { 'pyproject.toml': '[tool.pdm.version]\nsource = "file"\npath = "pkg/__init__.py"\n[tool.other]\nsource = "scm"\n' }));
  // A section named like an object's own property is just a section (no crash).
  assert.ok(gitProposed(df, { 'pyproject.toml': '[constructor]\nsource = "scm"\n[__proto__]\nversion = 1\n' }));
  assert.ok(gitProposed('FROM python:3.12\nCOPY . /src\nRUN pip install /src && dotnetish build\n', { 'pyproject.toml': '[project]\nname = "app"\nversion = "1.0"\n' }));
  // snakemake: setuptools-scm in build-system, `[project] version = "9.25.2"` written out and not dynamic:
  // the reason said the version comes from .git (sweep 47/G-F2). Dynamic again: that reason.
  const written = '[build-system]\nrequires = ["setuptools>=64", "setuptools-scm>=8"]\n[project]\nname = "snakemake"\nversion = "9.25.2"\n[tool.setuptools_scm]\n';
  // (The review of 7987a81f: setuptools-scm still lists the package's files from git, and a wheel built
  // without .git loses its data files: kept, with the reason said right.)
  assert.match(gitRejection(df, { 'pyproject.toml': written }) ?? '', /uses setuptools-scm: its version is written out, but it lists the package's files from \.git, and a build without it may leave data files out/);
  assert.match(gitRejection(df, { 'pyproject.toml': written.replace('version = "9.25.2"\n', 'version = "9.25.2"\ndynamic = [\n  "readme",\n  "version",\n]\n') }) ?? '', /uses setuptools-scm/);
  assert.match(gitRejection(df, { 'pyproject.toml': written.replace('version = "9.25.2"\n', '') }) ?? '', /uses setuptools-scm/);
  // A version in another table (`[tool.poetry]`) is not the project's.
  assert.match(gitRejection(df, { 'pyproject.toml': '[build-system]\nrequires = ["setuptools-scm"]\n[project]\nname = "x"\ndynamic = ["version"]\n[tool.x]\nversion = "1"\n' }) ?? '', /uses setuptools-scm/);
});

// The review of 856bd28: a COPY of a submodule's git directory the checkout lacks keeps .git, saying it
// copies it out of .git (not that what the submodule brings may read .git).
test('suggest: .git is kept, and why, when the Dockerfile copies a submodule\'s git directory', () => {
  const reason = gitRejection('FROM alpine\nCOPY ui /app/ui\nCOPY .git/modules/ui /app/.git/modules/ui\n', { '.gitmodules': '[submodule "ui"]\n\tpath = ui\n\turl = https://example.com/ui.git\n', 'ui/index.js': 'x' });
  assert.match(reason ?? '', /^Dockerfile:3 copies \.git\/modules\/ui, the git directory of submodule ui, out of \.git$/);
});

// A CMake project whose CMakeLists.txt takes its version from `git describe` (execute_process), built by
// `RUN cmake ...` in an image that has git: suggest proposed excluding .git (a sweep's constructed case).
test('suggest: .git is kept when a RUN runs a Go program with go run that runs git (syncthing build.go)', () => {
  const buildGo = 'package main\n\nimport "os/exec"\n\n// version comes from git\nfunc version() string {\n\tout, _ := exec.Command("git", "describe", "--always", "--dirty").Output()\n\treturn string(out)\n}\n';
  const mod = { 'go.mod': 'module example.com/app\n\ngo 1.22\n' };
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go run build.go -no-upgrade build app\n', { ...mod, 'build.go': buildGo }) ?? '', /^the Dockerfile runs go run build\.go \(line 4\) and build\.go:7 runs git/);
  // A package directory: its .go files (not its tests); a module path is downloaded, not read here.
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go run ./tools/stamp\n', { ...mod, 'tools/stamp/main.go': buildGo }) ?? '', /runs go run \.\/tools\/stamp \(line 4\) and tools\/stamp\/main\.go:7 runs git/);
  assert.ok(gitProposed('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go run ./tools/stamp\n', { ...mod, 'tools/stamp/main_test.go': buildGo, 'tools/stamp/main.go': 'package main\n\nfunc main() {}\n' }));
  assert.ok(gitProposed('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go run golang.org/x/tools/cmd/stringer@latest -type=T\n', { ...mod, 'build.go': buildGo }));
  // The program's comment naming git is no call of it.
  assert.ok(gitProposed('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go run build.go\n', { ...mod, 'build.go': 'package main\n\n// run git describe yourself\nfunc main() {}\n' }));
});

test('suggest: .git is kept when a RUN runs cmake and a CMake file runs git', () => {
  const cmake = 'cmake_minimum_required(VERSION 3.16)\nproject(app)\n# version from git\nexecute_process(COMMAND git describe --tags OUTPUT_VARIABLE V)\nadd_executable(app main.cpp)\n';
  assert.match(gitRejection('FROM gcc:13\nCOPY . /src\nRUN cmake -S /src -B /b && cmake --build /b\n', { 'CMakeLists.txt': cmake }) ?? '', /^the Dockerfile runs cmake \(line 3\) and CMakeLists\.txt:4 runs git/);
  assert.ok(gitProposed('FROM gcc:13\nCOPY . /src\nRUN cmake -S /src -B /b\n', { 'CMakeLists.txt': 'project(app)\nadd_executable(app main.cpp)\n' }));
  // The usual spelling (the review of 7b08b06): find_package(Git) then ${GIT_EXECUTABLE}.
  assert.match(gitRejection('FROM gcc:13\nCOPY . /src\nRUN cmake -S /src -B /b\n', { 'cmake/version.cmake': 'find_package(Git QUIET)\nexecute_process(COMMAND ${GIT_EXECUTABLE} describe --tags OUTPUT_VARIABLE V)\n' }) ?? '', /runs cmake \(line 3\) and cmake\/version\.cmake:2 runs git/);
});

// newrelic-ruby-agent: `RUN bundle install`, whose Gemfile's `gemspec` loads newrelic_rpm.gemspec, which
// lists its files with `git ls-files -z` (what `bundle gem` writes); suggest proposed excluding .git.
test('suggest: .git is kept when bundle install or gem build loads a gemspec that runs git', () => {
  const gemspec = (files: string) => `# frozen_string_literal: true\nGem::Specification.new do |s|\n  s.name = "agent"\n  s.homepage = "https://github.com/o/agent"\n  s.files = ${files}\nend\n`;
  assert.match(gitRejection('FROM ruby:3.1\nWORKDIR /app\nCOPY . .\nRUN bundle install\n', { Gemfile: 'source "https://rubygems.org"\ngemspec\n', 'agent.gemspec': gemspec('`git ls-files -z`.split("\\x0")') }) ?? '', /^the Dockerfile runs bundle install \(line 4\) and agent\.gemspec:5, the gemspec it loads, runs git/);
  assert.match(gitRejection('FROM ruby:3.3\nCOPY . /src\nRUN cd /src && gem build agent.gemspec\n', { 'agent.gemspec': gemspec('IO.popen(%w[git ls-files -z], chdir: __dir__, &:read).split("\\x0")') }) ?? '', /runs gem build \(line 3\) and agent\.gemspec:5/);
  // A gemspec that lists its files otherwise, or no bundler: .git is proposed.
  assert.ok(gitProposed('FROM ruby:3.1\nCOPY . .\nRUN bundle install\n', { Gemfile: 'gemspec\n', 'agent.gemspec': gemspec('Dir["lib/**/*.rb"]') }));
  assert.ok(gitProposed('FROM ruby:3.1\nCOPY . .\nRUN ruby app.rb\n', { 'agent.gemspec': gemspec('`git ls-files -z`.split("\\x0")') }));
  // Not a bundler command of its own (the review of eb70893): a JS script named bundle, installing bundler, bundle config.
  for (const run of ['npm install && npm run bundle', 'yarn bundle', 'gem install bundler', 'bundle config set frozen true']) {
    assert.ok(gitProposed(`FROM ruby:3.1\nCOPY . .\nRUN ${run}\n`, { 'agent.gemspec': gemspec('`git ls-files -z`.split("\\x0")') }), run);
  }
  assert.match(gitRejection('FROM ruby:3.1\nCOPY . .\nRUN gem install bundler && BUNDLE_FROZEN=1 bundle\n', { 'agent.gemspec': gemspec('`git ls-files -z`.split("\\x0")') }) ?? '', /runs bundle \(line 3\)/);
  // Wrapped as a command (the review of 271d958): still bundler.
  for (const run of ['bash -lc "bundle install"', "sh -c 'bundle install --jobs 4'", 'sudo -E bundle install', 'env RAILS_ENV=production bundle exec rake assets:precompile', 'if ! bundle check; then bundle install; fi', 'time bundle install']) {
    assert.match(gitRejection(`FROM ruby:3.1\nCOPY . .\nRUN ${run}\n`, { 'agent.gemspec': gemspec('`git ls-files -z`.split("\\x0")') }) ?? '', /runs bundle/, run);
  }
});

// casdoor: `RUN go test -run TestGetVersionInfo ./util/...` opens the repository with go-git
// (git.PlainOpen) and fails without .git; suggest proposed excluding it. A Rust build script does
// the same at `cargo build` (vergen's git features, shadow-rs, git-version).
test('suggest: .git is kept when a RUN runs Go or Rust code that requires a git library (go-git, git2, vergen with git)', () => {
  const goMod = 'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/go-git/go-git/v5 v5.12.0\n\tgithub.com/stretchr/testify v1.9.0\n)\n';
  assert.equal(
    gitRejection('FROM golang:1.22 AS back\nWORKDIR /src\nCOPY . .\nRUN go test -v -run TestGetVersionInfo ./util/\nRUN go build -o /server .\n', { 'go.mod': goMod }),
    'the Dockerfile runs go test (line 4) and go.mod requires github.com/go-git/go-git/v5, which reads the git repository: the build may read .git; exclude it yourself if it does not',
  );
  // openobserve: src/config/build.rs runs git describe and git rev-parse into the version it compiles in.
  const buildRs = 'use std::process::Command;\n// ask git\nfn main() {\n    let out = Command::new("git").args(["describe", "--tags"]).output().unwrap();\n    println!("cargo:rustc-env=GIT_VERSION={}", String::from_utf8(out.stdout).unwrap());\n}\n';
  assert.equal(
    gitRejection('FROM rust:1.80\nCOPY . /src\nRUN cargo build --release\n', { 'Cargo.toml': '[package]\nname = "app"\n', 'src/config/build.rs': buildRs }),
    'the Dockerfile runs cargo build (line 3) and the build script src/config/build.rs:4 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  // `cargo install` of this package (--path) runs its build script; of a crate by name (kekupload-server's
  // `cargo install diesel_cli`, cargo-chef, a --git URL) it does not.
  for (const run of ['cargo install --locked --path .', 'cargo install --root /usr/local --path=.', 'cargo install cargo-chef && cargo build --release']) {
    assert.match(gitRejection(`FROM rust:1.80\nCOPY . /src\nRUN ${run}\n`, { 'Cargo.toml': '[package]\nname = "app"\n', 'src/config/build.rs': buildRs }) ?? '', /build script src\/config\/build\.rs:4 runs git/, run);
  }
  for (const run of ['cargo install diesel_cli --no-default-features --features postgres', 'cargo install --locked cargo-chef', 'cargo install --git https://github.com/x/tool --tag v1']) {
    assert.ok(gitProposed(`FROM rust:1.80\nCOPY . /src\nRUN ${run}\n`, { 'Cargo.toml': '[package]\nname = "app"\n', 'src/config/build.rs': buildRs }), run);
  }
  assert.match(gitRejection('FROM rust:1.80\nCOPY . /src\nRUN cargo build --release\n', { 'Cargo.toml': '[package]\nname = "app"\n\n[build-dependencies]\nvergen = { version = "8", features = ["build", "git", "gitcl"] }\n' }) ?? '', /runs cargo build \(line 3\) and Cargo\.toml requires vergen,/);
  // git2 keeps .git wherever it is listed (the review of 4b0a94aa: a build script, a test or `cargo run`
  // may open the repository with a plain or workspace dependency).
  assert.match(gitRejection('FROM rust:1.80\nCOPY . /src\nRUN cargo build --release\n', { 'Cargo.toml': '[package]\nname = "app"\n\n[build-dependencies]\ngit2 = "0.18"\n' }) ?? '', /Cargo\.toml requires git2,/);
  assert.match(gitRejection('FROM rust:1.80 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\n', { 'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\ngit2 = "0.18.3"\n' }) ?? '', /Cargo\.toml requires git2,/);
  // supabase/auth: `COPY ./go.* ./` cannot take .git, so `RUN make deps` before the whole `COPY . .` reads
  // none (sweep 47/w2-J-F3).
  const makefile = 'VERSION := $(shell git describe)\ndeps:\n\tgo mod download\nbuild:\n\tgo build\n';
  assert.ok(gitProposed('FROM golang:1.22\nWORKDIR /src\nCOPY ./Makefile ./go.* ./\nRUN make deps\nCOPY . .\nRUN go build -buildvcs=false -o /app .\n', { Makefile: makefile, 'go.mod': 'module x\n' }));
  // text-generation-inference: cmake on a tarball an ADD fetched, before any COPY of the context, reads no .git.
  assert.ok(gitProposed('FROM ubuntu:24.04\nADD https://github.com/o/llama.cpp/archive/refs/tags/b1.tar.gz /opt/src/\nRUN cd /opt/src && tar -xzf b1.tar.gz && cmake -B build\nWORKDIR /app\nCOPY . .\nRUN gcc -o app main.c\n', { 'backends/other/cmake/other.cmake': 'execute_process(COMMAND git lfs pull)\n', 'main.c': 'int main(){return 0;}\n' }));
  // matrix-authentication-service (sweep 52/S-F3): `vergen-gitcl.workspace = true`, a table of its own, and
  // `cargo auditable build` (or a toolchain, `cargo +nightly build`; `cargo zigbuild`): suggest proposed .git.
  const member = (dep: string) => ({ 'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n', 'crates/cli/Cargo.toml': `[package]\nname = "cli"\n\n${dep}\n` });
  for (const dep of ['[build-dependencies]\nvergen-gitcl.workspace = true', '[build-dependencies.vergen-gitcl]\nversion = "1"', '[dependencies]\ngix = { workspace = true }']) {
    assert.match(gitRejection('FROM rust:1.86\nCOPY ./ /app\nRUN cargo build --release\n', member(dep)) ?? '', /runs cargo build \(line 3\) and crates\/cli\/Cargo\.toml requires (?:vergen-gitcl|gix),/, dep);
  }
  assert.match(gitRejection('FROM rust:1.86\nCOPY ./ /app\nRUN cargo build --release\n', { 'Cargo.toml': '[workspace]\n\n[workspace.dependencies.vergen-gitcl]\nversion = "1"\n' }) ?? '', /Cargo\.toml requires vergen-gitcl,/);
  // vergen's own table form with git features, `cargo b`, a flag before the subcommand, `cargo leptos build` (the review of 11154170, RA-R6).
  assert.match(gitRejection('FROM rust:1.86\nCOPY ./ /app\nRUN cargo build --release\n', member('[build-dependencies.vergen]\nversion = "8"\nfeatures = ["build", "git", "gitcl"]')) ?? '', /requires vergen,/);
  assert.ok(gitProposed('FROM rust:1.86\nCOPY ./ /app\nRUN cargo build --release\n', member('[build-dependencies.vergen]\nversion = "8"\nfeatures = ["build"]')));
  // Indented lines in the table are read in linear time (the review of 323d976b, RD-R1: 21 lines hung the audit).
  const tableStarted = Date.now();
  assert.ok(gitProposed('FROM rust:1.86\nCOPY ./ /app\nRUN cargo build --release\n', member(`[dependencies.vergen]\n${'    k = 1\n'.repeat(40)}`)));
  assert.ok(Date.now() - tableStarted < 10_000, `took ${Date.now() - tableStarted} ms`);
  for (const [run, shown] of [['cargo auditable build --locked --release', 'cargo auditable build'], ['cargo +nightly build -Z x', 'cargo +nightly build'], ['cargo zigbuild --release', 'cargo zigbuild'], ['cargo b --release', 'cargo b'], ['cargo --locked build', 'cargo --locked build'], ['cargo leptos build --release', 'cargo leptos build']]) {
    assert.match(gitRejection(`FROM rust:1.86\nCOPY ./ /app\nRUN ${run}\n`, member('[build-dependencies]\nvergen-gitcl = "1"')) ?? '', new RegExp(`runs ${shown.replace('+', '\\+')} \\(line 3\\)`), run);
  }
  // agola (sweep 52/Q-F2): `RUN make`, whose Makefile sets `VERSION ?= $(shell scripts/git-version.sh)`, a script
  // running git rev-parse; or a recipe line running one. Not a script that runs no git, nor one in a recipe make does not run.
  const versionSh = '#!/bin/sh -e\necho "$(git rev-parse HEAD)"\n';
  assert.equal(
    gitRejection('FROM golang:1.22 AS builder\nWORKDIR /src\nCOPY . .\nRUN make\n', { Makefile: 'VERSION ?= $(shell scripts/git-version.sh)\nall:\n\tgo build -ldflags "-X main.v=$(VERSION)" -buildvcs=false .\n', 'scripts/git-version.sh': versionSh }),
    'the Dockerfile runs make (line 4) and Makefile:1 runs scripts/git-version.sh, whose line 2 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make -C app build\n', { 'app/Makefile': 'build:\n\t@./stamp.sh > v.txt\n\tgo build -buildvcs=false .\n', 'app/stamp.sh': versionSh }) ?? '', /runs make \(line 4\) and app\/Makefile:2 runs app\/stamp\.sh, whose line 2 runs git/);
  assert.ok(gitProposed('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make\n', { Makefile: 'V := $(shell scripts/v.sh)\nall:\n\tgo build -buildvcs=false .\n', 'scripts/v.sh': '#!/bin/sh\ncat VERSION\n' }));
  assert.ok(gitProposed('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make build\n', { Makefile: 'build:\n\tgo build -buildvcs=false .\nrelease:\n\t./scripts/tag.sh\n', 'scripts/tag.sh': versionSh }));
  // A script three levels deep, or reached through `cd DIR &&` (the review of 6767e9d1, RA-R5).
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make\n', { Makefile: 'VERSION ?= $(shell ./build/scripts/version.sh)\nall:\n\tgo build -buildvcs=false .\n', 'build/scripts/version.sh': versionSh }) ?? '', /Makefile:1 runs build\/scripts\/version\.sh, whose line 2 runs git/);
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make\n', { Makefile: 'all:\n\tcd tools && ./stamp.sh > ../v.txt\n\tgo build -buildvcs=false .\n', 'tools/stamp.sh': versionSh }) ?? '', /Makefile:2 runs tools\/stamp\.sh, whose line 2 runs git/);
  // After `cd DIR;`, or on a line continued with a backslash (the review of e523c001, RD-R6).
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make\n', { Makefile: 'all:\n\tcd tools; ./stamp.sh > ../v.txt\n\tgo build -buildvcs=false .\n', 'tools/stamp.sh': versionSh }) ?? '', /runs tools\/stamp\.sh, whose line 2 runs git/);
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make\n', { Makefile: 'all:\n\tcd tools && \\\n\t  ./stamp.sh > ../v.txt\n\tgo build -buildvcs=false .\n', 'tools/stamp.sh': versionSh }) ?? '', /runs tools\/stamp\.sh, whose line 2 runs git/);
  // A line that neither installs nor runs git (a user named git) is no reason (the review of b5fdd7c8, RD-R8).
  assert.ok(gitProposed('FROM debian\nRUN useradd -m git\nCOPY . /app\nRUN make -C /app\n', { Makefile: 'all:\n\techo hi\n' }));
  // A stranger's Makefile naming hundreds of scripts on every line is read in bounded time (RA-R4: 2 min 45 s).
  const many = Array.from({ length: 200 }, (_, i) => `s/x${i}.sh`).join(' ');
  const hostile: Record<string, string> = { Makefile: `all:\n${Array.from({ length: 60 }, () => `\t${many}`).join('\n')}\n` };
  for (let i = 0; i < 200; i++) hostile[`s/x${i}.sh`] = 'echo hi\n';
  const started = Date.now();
  assert.ok(gitProposed('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN make\n', hostile));
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
  // go-git required but only built (no go test/run/generate), vergen without git, no git library: .git is proposed.
  for (const [df, extra] of [
    ['FROM golang:1.22\nCOPY . /src\nRUN go build ./...\n', { 'go.mod': goMod }],
    ['FROM golang:1.22\nCOPY . /src\nRUN go test ./...\n', { 'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire github.com/stretchr/testify v1.9.0\n' }],
    ['FROM rust:1.80\nCOPY . /src\nRUN cargo build\n', { 'Cargo.toml': '[package]\nname = "app"\n\n[build-dependencies]\nvergen = { version = "8", features = ["build"] }\n' }],
    ['FROM rust:1.80\nCOPY . /src\nRUN cargo build\n', { 'Cargo.toml': '[package]\nname = "app"\n', 'build.rs': '// git is not asked\nfn main() { println!("cargo:rerun-if-changed=build.rs"); }\n' }],
  ] as const) {
    assert.ok(gitProposed(df, extra), df);
  }
});

// stellar-etl: `COPY . .` then `RUN go build ./...` in golang:1.25, and cmd/version.go prints
// pytorch/serve: `COPY ./ serve`, then `RUN python ts_scripts/install_from_src.py`, which opens the checkout
// with pygit2 (`Repository(".").head.shorthand`) and fails without .git; suggest proposed excluding it (sweep 54/J-F1).
test('suggest: .git is kept when a RUN runs a Python program that opens the repository with a git library', () => {
  const df = 'FROM python:3.12-slim\nRUN pip install pygit2\nCOPY ./ serve\nWORKDIR serve\nRUN python ts_scripts/install_from_src.py --environment dev\n';
  assert.equal(
    gitRejection(df, { 'ts_scripts/install_from_src.py': 'import os\nfrom pygit2 import Repository\n\ngit_branch = Repository(".").head.shorthand\n' }),
    'the Dockerfile runs install_from_src.py (line 5) and ts_scripts/install_from_src.py:2 opens the repository with pygit2, a Python git library: the build may read .git; exclude it yourself if it does not',
  );
  // (GitPython runs the git binary itself: `import git` reads as running git.)
  assert.match(gitRejection(df, { 'ts_scripts/install_from_src.py': 'import git\nsha = git.Repo(search_parent_directories=True).head.object.hexsha\n' }) ?? '', /install_from_src\.py:1 runs git/);
  assert.match(gitRejection(df, { 'ts_scripts/install_from_src.py': 'from git import Repo\nprint(Repo(".").active_branch)\n' }) ?? '', /install_from_src\.py:1 runs git/);
  assert.equal(gitProposed(df, { 'ts_scripts/install_from_src.py': 'import os\nprint(os.getcwd())\n' }), true);
  // Run as a module (`python -m ts_scripts.install_from_src`: the review of 40e54d1f, RB-R10).
  assert.match(gitRejection(df.replace('python ts_scripts/install_from_src.py', 'python3 -u -m ts_scripts.install_from_src'), { 'ts_scripts/install_from_src.py': 'from pygit2 import Repository\nb = Repository(".").head.shorthand\n' }) ?? '', /install_from_src\.py:1 opens the repository with pygit2/);
  // A quoted "git" in a list of packages to install is no run of git (pytorch/serve's install_dependencies.py;
  // the regression run over the sweep clones); a subprocess call's list still is.
  assert.equal(gitProposed(df, { 'ts_scripts/install_from_src.py': 'DEPS = (\n    "autoconf",\n    "git",\n    "cmake",\n)\n' }), true);
  assert.match(gitRejection(df, { 'ts_scripts/install_from_src.py': 'import subprocess\nv = subprocess.check_output(["git", "describe", "--tags"])\n' }) ?? '', /install_from_src\.py:2 runs git/);
});

// ponzu-cms/ponzu: `FROM golang:1.9`, `COPY . .` into $GOPATH/src/github.com/ponzu-cms/ponzu, then `go get -u
// github.com/ponzu-cms/ponzu...`: in GOPATH mode -u updates the copied checkout with git, and fails on one with no
// .git. suggest proposed excluding .git (sweep 54/F-F2). In module mode (a go.mod) it updates dependencies only.
test('suggest: .git is kept when a RUN runs `go get -u` in GOPATH mode; with a go.mod, or without -u, it is no reason', () => {
  const df = (run: string, env = '') => `FROM golang:1.9
${env}WORKDIR $GOPATH/src/github.com/ponzu-cms/ponzu
COPY . .
RUN ${run}
`;
  assert.equal(
    gitRejection(df('go get -u github.com/ponzu-cms/ponzu...')),
    'the Dockerfile runs go get -u (line 4) in GOPATH mode (no go.mod): it updates a package\'s checkout with git, the context\'s own where it was copied under GOPATH, and fails on one without .git; exclude it yourself if it does not',
  );
  assert.match(gitRejection(df('go get -d -u ./... && go install ./cmd/ponzu', 'ENV GO111MODULE=off\n'), { 'go.mod': 'module x\n' }) ?? '', /runs go get -u \(line 5\) in GOPATH mode \(GO111MODULE=off\)/);
  assert.equal(gitProposed(df('go get -u ./...'), { 'go.mod': 'module x\n' }), true);
  assert.equal(gitProposed(df('go get github.com/ponzu-cms/ponzu/...')), true);
  assert.equal(gitProposed(df('go get -ldflags=-s github.com/x/y-u')), true);
  // Bounded on a stranger's Dockerfile (the review of d1f96b47, RA-R5/R6: a 200 kB line of GO111MODULE took
  // 5-10 s, a 64 kB RUN of `go get` words up to a second each).
  const t0 = Date.now();
  gitProposed(`FROM golang:1.9\nCOPY . /go/src/x\nRUN go get -u ./...\n# ${'GO111MODULE '.repeat(16_700)}\n`, { 'go.mod': 'module x\n' });
  gitProposed(`FROM golang:1.9\nCOPY . /go/src/x\n${`RUN ${'go get '.repeat(9_000)}\n`.repeat(4)}`);
  assert.ok(Date.now() - t0 < 8000, `${Date.now() - t0} ms`);
});

// debug.ReadBuildInfo's Main.Version; nginx-gateway-fabric's `RUN make build` runs go build and logs
// vcs.revision. go build stamps both from .git: suggest proposed excluding it, and the shipped
// binaries would report "(devel)" and "unknown".
test('suggest: .git is kept when go build stamps it into a program that reads the stamp (debug.ReadBuildInfo with Main.Version or vcs.*), directly or through make', () => {
  const goMod = 'module example.com/app\n\ngo 1.24\n';
  const version = 'package main\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\nfunc version() {\n\tinfo, _ := debug.ReadBuildInfo()\n\tfmt.Println(info.Main.Version)\n}\n';
  assert.equal(
    gitRejection('FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/app .\n', { 'go.mod': goMod, 'cmd/version.go': version }),
    'the Dockerfile runs go build (line 4), which stamps the commit from .git into the binary, and cmd/version.go:9 reads it (debug.ReadBuildInfo): without .git the program reports no version or commit; exclude it yourself if it does not need them',
  );
  const revision = 'package main\n\nimport "runtime/debug"\n\nfunc commit() string {\n\tinfo, ok := debug.ReadBuildInfo()\n\tif !ok {\n\t\treturn ""\n\t}\n\tfor _, kv := range info.Settings {\n\t\tif kv.Key == "vcs.revision" {\n\t\t\treturn kv.Value\n\t\t}\n\t}\n\treturn ""\n}\n';
  // Any go build of the RUN counts, and a -buildvcs=false is its own command's (review of 294885b).
  assert.match(gitRejection('FROM golang:1.25\nCOPY . /src\nRUN go build -o /t ./tools/gen.go && go build -o /app ./...\n', { 'go.mod': goMod, 'version.go': version }) ?? '', /runs go build \(line 3\)/);
  assert.match(gitRejection('FROM golang:1.25 AS tools\nCOPY . /src\nRUN go build -buildvcs=false ./tools\nFROM golang:1.25\nCOPY . /src\nRUN go build ./...\n', { 'go.mod': goMod, 'version.go': version }) ?? '', /runs go build \(line 6\)/);
  assert.match(gitRejection('FROM golang:1.23\nCOPY . /src\nWORKDIR /src\nRUN make build\n', { 'go.mod': goMod, Makefile: 'build:\n\tCGO_ENABLED=0 go build -trimpath -o out/gateway ./cmd/gateway\n', 'cmd/gateway/info.go': revision }) ?? '', /^the Dockerfile runs make, whose Makefile runs go build, \(line 4\), which stamps the commit from \.git into the binary, and cmd\/gateway\/info\.go:6 reads it/);
  // No reader of the stamp, a test file's, -buildvcs=false, or a make that builds no Go: .git is proposed.
  for (const [df, extra] of [
    ['FROM golang:1.25\nCOPY . /src\nRUN go build ./...\n', { 'go.mod': goMod, 'main.go': 'package main\n\nfunc main() {}\n' }],
    ['FROM golang:1.25\nCOPY . /src\nRUN go build ./...\n', { 'go.mod': goMod, 'version_test.go': version }],
    ['FROM golang:1.25\nCOPY . /src\nRUN go build -buildvcs=false ./...\n', { 'go.mod': goMod, 'version.go': version }],
    ['FROM golang:1.25\nENV GOFLAGS=-buildvcs=false\nCOPY . /src\nRUN go build ./...\n', { 'go.mod': goMod, 'version.go': version }],
    ['FROM golang:1.25\nCOPY . /src\nRUN make docs\n', { 'go.mod': goMod, 'version.go': version, Makefile: 'docs:\n\tmkdocs build\n' }],
    // toolhive-registry-server: .go files named on the command line are no package of the module: no stamp.
    ['FROM golang:1.25\nCOPY . /src\nRUN CGO_ENABLED=0 go build -ldflags "-s" -o /app ./cmd/api/main.go\n', { 'go.mod': goMod, 'version.go': version }],
  ] as const) {
    assert.ok(gitProposed(df, extra), df);
  }
});

test('suggest: .git is kept when another Dockerfile of the same context runs git, whichever rule proposes it', () => {
  // CTX004 (.git unused: nothing copies it) proposed it while CTX003's refusal stood beside it.
  const tree = buildTree({
    files: ['Dockerfile', 'Dockerfile.release', 'src/a.txt', '.git/HEAD', '.git/objects/pack/p.pack'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY src /src\n', 'Dockerfile.release': 'FROM alpine\nRUN apk add git\nCOPY . /r\nRUN git -C /r describe > /v\n', '.git/objects/pack/p.pack': 'x'.repeat(4096) },
    dockerignore: 'node_modules\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('.git')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.deepEqual(
      r.rejected.filter((x) => x.lines.includes('.git')).map((x) => x.reasons[0]),
      ['Dockerfile.release runs git (line 4): the build may read .git (a version from git describe); exclude it yourself if it does not'],
    );
  } finally {
    tree.cleanup();
  }
});

// abrahamahn/abe-stack: infra/docker/Dockerfile (built from the root) has its own
// infra/docker/Dockerfile.dockerignore, which BuildKit reads instead of .dockerignore; suggest
// -f infra/docker/Dockerfile.web refused .git because that Dockerfile "reads .dockerignore".
test('suggest: another Dockerfile of the context with its own <Dockerfile>.dockerignore reads that, not this one; built with the legacy builder it reads this one', () => {
  const files = {
    Dockerfile: 'FROM alpine\nCOPY src /src\n',
    'docker/api.Dockerfile': 'FROM alpine\nRUN apk add git\nCOPY . /r\nRUN git -C /r describe > /v\n',
    'docker/api.Dockerfile.dockerignore': '.git\n',
    '.git/objects/pack/p.pack': 'x'.repeat(4096),
  };
  const workflow = (legacy: boolean) =>
    ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - run: ${legacy ? 'DOCKER_BUILDKIT=0 ' : ''}docker build -f docker/api.Dockerfile .`, ''].join('\n');
  for (const legacy of [false, true]) {
    const tree = buildTree({ files: ['src/a.txt', '.git/HEAD', ...Object.keys(files), '.github/workflows/b.yml'], fileContents: { ...files, '.github/workflows/b.yml': workflow(legacy) }, dockerignore: 'node_modules\n' });
    try {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      assert.deepEqual(r.sharedWith, [legacy ? 'docker/api.Dockerfile' : 'docker/api.Dockerfile (for a legacy build of it, only the paths it names, not all its COPY . takes; BuildKit reads its own <Dockerfile>.dockerignore)'], String(legacy));
      assert.equal(r.suggestions.some((x) => x.lines.includes('.git')), !legacy, JSON.stringify(r.suggestions.map((x) => x.lines)));
    } finally {
      tree.cleanup();
    }
  }
});

// skf-flask: Docker/alpine-cloud/api/Dockerfile (its own Dockerfile.dockerignore; its comment says it
// builds without BuildKit, so with this file) copies ./Docker/alpine-cloud/api/entrypoint.sh and skf/;
// `suggest -f .../angular/Dockerfile` proposed excluding both (a CTX102 for the api's legacy build).
test('suggest: what a Dockerfile with its own <Dockerfile>.dockerignore names is kept, for its legacy build; its whole-context copy holds nothing back', () => {
  const tree = buildTree({
    files: ['web/Dockerfile', 'web/index.html', 'api/Dockerfile', 'api/Dockerfile.dockerignore', 'api/entrypoint.sh', 'app/main.py', 'docs/guide.txt', '.github/workflows/b.yml'],
    fileContents: {
      'web/Dockerfile': 'FROM nginx\nCOPY web/index.html /usr/share/nginx/html/\n',
      'api/Dockerfile': 'FROM python:3.12\nCOPY api/entrypoint.sh /e.sh\nCOPY app /app\nCOPY . /all\n',
      'api/Dockerfile.dockerignore': 'web\n',
      'docs/guide.txt': 'x'.repeat(3000),
      '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f api/Dockerfile .\n      - run: docker build -f web/Dockerfile .\n',
    },
    dockerignore: '*.md\n',
  });
  try {
    const r = suggest({ context: tree.ctx, file: path.join(tree.ctx, 'web/Dockerfile'), cwd: tree.ctx });
    const proposed = r.suggestions.flatMap((x) => x.lines);
    assert.ok(!proposed.includes('api') && !proposed.includes('app'), JSON.stringify(proposed));
    assert.match(r.rejected.find((x) => x.lines.includes('app'))?.reasons[0] ?? '', /^api\/Dockerfile \(for a legacy build of it, only the paths it names, not all its COPY . takes; BuildKit reads its own <Dockerfile>\.dockerignore\) is built from this context too and COPY app \(line 3\) copies app$/);
    // Its `COPY . /all` does not make every unused path its own: docs is still proposed.
    assert.ok(proposed.includes('docs'), JSON.stringify(proposed));
  } finally {
    tree.cleanup();
  }
});

// NHSDigital/nbs-appointments-management-service: suggest -f CosmosAuditorDockerfile proposed excluding
// data/ and src/libraries, which BookingDataExtractDockerfile (built from the same root) copies.
test('suggest: a <Name>Dockerfile beside it built from the same context is a reader of the ignore file', () => {
  const r = suggestOn({
    files: ['CosmosAuditorDockerfile', 'BookingDataExtractDockerfile', 'src/auditor/a.cs', 'data/extract/b.csv', 'docs/x.md'],
    fileContents: { CosmosAuditorDockerfile: 'FROM alpine\nCOPY src/auditor /app\n', BookingDataExtractDockerfile: 'FROM alpine\nCOPY data/extract /data\n', 'docs/x.md': 'x'.repeat(3000) },
    dockerignore: null,
  }, () => ({ file: 'CosmosAuditorDockerfile' }));
  assert.deepEqual(r.sharedWith, ['BookingDataExtractDockerfile']);
  const proposed = r.suggestions.flatMap((x) => x.lines);
  assert.ok(!proposed.includes('data'), JSON.stringify(proposed));
  assert.ok(proposed.includes('docs'), JSON.stringify(proposed));
});

test('suggest: a Compose service built from the same context counts, its ${VAR}s read from the environment given', () => {
  // build/api.df matches no Dockerfile name: only the Compose file says it is built from here.
  const tree = buildTree({
    files: ['Dockerfile', 'build/api.df', 'compose.yaml', 'api/main.go', 'web/index.html'],
    fileContents: { Dockerfile: WEB, 'build/api.df': 'FROM golang:1.22\nCOPY api/ /src/\n', 'compose.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: ${API_DOCKERFILE:?set it}\n' },
    dockerignore: '.git\n',
  });
  try {
    const withEnv = suggest({ context: tree.ctx, cwd: tree.ctx, env: { API_DOCKERFILE: 'build/api.df' } });
    assert.deepEqual(withEnv.sharedWith, ['build/api.df']);
    assert.equal(withEnv.rejected.find((x) => x.lines.includes('api'))?.reasons[0], 'build/api.df is built from this context too and COPY api/ (line 2) copies api');
    // Without the variable the Compose file is skipped (as --all skips it), and api/ looks unused.
    const without = suggest({ context: tree.ctx, cwd: tree.ctx, env: {} });
    assert.deepEqual(without.sharedWith, []);
    assert.ok(without.suggestions.some((s) => s.lines.includes('api')));
  } finally {
    tree.cleanup();
  }
});

test('suggest: a **/x rewrite (CTX303) is not made when another Dockerfile of the context copies a directory holding a deeper x', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'Dockerfile.ui', 'docs/big.md', 'packages/ui/docs/usage.md', 'packages/ui/index.js', 'web/index.html'],
    fileContents: { Dockerfile: WEB, 'Dockerfile.ui': 'FROM node:20\nCOPY packages/ui /ui\nRUN node /ui/build.js\n' },
    dockerignore: 'docs\n',
  });
  try {
    // A git index with the deeper docs untracked: with none, suggest widens no such line at all.
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', 'Dockerfile', 'Dockerfile.ui');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('**/docs')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.deepEqual(
      r.rejected.filter((x) => x.kind === 'CTX303').map((x) => [x.lines, x.reasons[0]]),
      [[['**/docs'], 'Dockerfile.ui is built from this context too and COPY packages/ui (line 2) copies packages/ui/docs']],
    );
  } finally {
    tree.cleanup();
  }
  // Alone, the same tree gets the rewrite (the deeper docs/ is sent and nothing names it).
  const alone = buildTree({ files: ['Dockerfile', 'docs/big.md', 'packages/ui/docs/usage.md', 'web/index.html'], fileContents: { Dockerfile: WEB }, dockerignore: 'docs\n' });
  try {
    git(alone.ctx, 'init', '-q');
    git(alone.ctx, 'add', 'Dockerfile');
    assert.ok(suggest({ context: alone.ctx, cwd: alone.ctx }).suggestions.some((s) => s.lines.includes('**/docs')));
  } finally {
    alone.cleanup();
  }
});

test('suggest: .git is kept when a RUN hands over to make or a package script that runs git; a script the RUN does not run does not count', () => {
  // cloudflared: RUN make cloudflared; its Makefile sets VERSION from git describe.
  const makefile = '# build\nVERSION := $(shell git describe --tags --always)\napp:\n\tgo build -ldflags "-X main.Version=$(VERSION)" -o app .\n';
  assert.equal(
    gitRejection('FROM golang:1.22 AS b\nWORKDIR /src\nCOPY . .\nRUN make app\n', { Makefile: makefile }),
    'the Dockerfile runs make (line 4) and Makefile:2 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  // tikv: `make` in a package list (line 2) is installed, not run; the reason names the RUN that runs it.
  assert.equal(
    gitRejection('FROM rockylinux:9 AS b\nRUN dnf install -y gcc make perl \\\n    && dnf clean all\nWORKDIR /src\nCOPY . .\nRUN make app\n', { Makefile: makefile }),
    'the Dockerfile runs make (line 6) and Makefile:2 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  // waypoint: `git config --global` reads no repository; the reason is the make that runs git.
  assert.equal(
    gitRejection('FROM golang:1.22 AS b\nRUN git config --global url."https://x".insteadOf "ssh://x"\nWORKDIR /src\nCOPY . .\nRUN make app\n', { Makefile: makefile }),
    'the Dockerfile runs make (line 5) and Makefile:2 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  // stargz-snapshotter: an earlier stage clones containerd and runs make in that clone (line 2); the
  // reason names the make that runs on the context's Makefile (line 6).
  assert.equal(
    gitRejection('FROM golang:1.22 AS containerd-dev\nRUN git clone https://github.com/containerd/containerd /go/src/c && cd /go/src/c && make\nFROM golang:1.22 AS b\nWORKDIR /src\nCOPY . .\nRUN make app\n', { Makefile: makefile }),
    'the Dockerfile runs make (line 6) and Makefile:2 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  // bakerydemo: `COPY --from=uv /uv /bin/` (a stage that is the uv image alone) made every later RUN one
  // with .git, and its purge of the build dependency git "ran git" (sweep 47/C-F1). From a stage that
  // took the context, it still may.
  const bakery = 'FROM ghcr.io/astral-sh/uv:0.4 AS uv\nFROM python:3.12-slim\nCOPY --from=uv /uv /bin/\nRUN BUILD_DEPS="gcc git" && apt-get install -y $BUILD_DEPS && uv pip install x && apt-get purge -y $BUILD_DEPS\nADD . /code/\n';
  assert.ok(gitProposed(bakery));
  assert.match(gitRejection('FROM alpine AS src\nCOPY . /s\nFROM python:3.12-slim\nCOPY --from=src /s /s\nRUN git -C /s describe > /v\n') ?? '', /runs git/);
  // apisix: `ENV_GIT ?= git` names the program and runs nothing; the goals the build runs never use it
  // (sweep 47/F-F2). Used by a recipe the goal reaches, or in a $(shell) assignment, it runs git.
  const df = 'FROM golang:1.22 AS b\nWORKDIR /src\nCOPY . .\nRUN make app\n';
  assert.ok(gitProposed(df, { Makefile: 'ENV_GIT ?= git\nENV_INSTALL ?= install\napp:\n\tgo build -o app .\nrelease:\n\t$(ENV_GIT) tag v1\n' }));
  assert.equal(gitRejection(df, { Makefile: 'ENV_GIT ?= git\napp:\n\t$(ENV_GIT) describe > v\n\tgo build -o app .\n' }), 'the Dockerfile runs make (line 4) and Makefile:3 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not');
  assert.equal(gitRejection(df, { Makefile: 'GIT ?= /usr/bin/git\nVERSION := $(shell $(GIT) describe)\napp:\n\tgo build -o app .\n' }), 'the Dockerfile runs make (line 4) and Makefile:2 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not');
  assert.equal(gitRejection(df, { Makefile: 'VERSION != git describe\napp:\n\tgo build -o app .\n' }), 'the Dockerfile runs make (line 4) and Makefile:1 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not');
  // The review of c45959ae: a variable whose value runs git with more words, a comment, env, or through
  // another variable, or any variable named for git set elsewhere (an included .mk).
  for (const mk of [
    'GIT ?= git # the program\napp:\n\t$(GIT) describe > v\n',
    'GIT_DESCRIBE := git describe --tags\nVERSION := $(shell $(GIT_DESCRIBE))\napp:\n\tgo build .\n',
    'GIT := /usr/bin/env git\nVERSION := $(shell $(GIT) describe)\napp:\n\tgo build .\n',
    'GIT = git -C .\nG2 = $(GIT)\napp:\n\t$(G2) describe > v\n',
    'include tools.mk\napp:\n\t$(GIT_BIN) describe > v\n',
  ]) {
    assert.match(gitRejection(df, { Makefile: mk }) ?? '', /and Makefile:\d+ runs git/, mk);
  }
  // cometbft: `HTTPS_GIT := https://github.com/cometbft/cometbft.git`, passed to buf as a URL, was taken for
  // the program (sweep 49/C-F2); once a `$(BUILDDIR):` rule hid the goals, its line "ran git".
  assert.ok(gitProposed(df, { Makefile: 'HTTPS_GIT := https://github.com/x/y.git\nBUILDDIR ?= $(CURDIR)/build\napp:\n\tgo build .\ncheck:\n\tbuf breaking --against $(HTTPS_GIT)#branch=main\n$(BUILDDIR):\n\tmkdir -p $@\n' }));
  assert.match(gitRejection(df, { Makefile: 'GIT_URL := git@github.com:x/y.git\nGIT ?= git\nBUILDDIR ?= build\napp:\n\t$(GIT) clone $(GIT_URL) && $(GIT) describe > v\n$(BUILDDIR):\n\tmkdir -p $@\n' }) ?? '', /and Makefile:5 runs git/);
  const pkg = (scripts: Record<string, string>) => JSON.stringify({ name: 'app', scripts }) + '\n';
  assert.match(gitRejection('FROM node:20\nCOPY . /app\nRUN npm ci && npm run build\n', { 'package.json': pkg({ build: 'tsc', postbuild: 'git rev-parse HEAD > dist/version' }) }) ?? '', /the "postbuild" script of package\.json runs git/);
  assert.match(gitRejection('FROM node:20\nCOPY . /app\nRUN yarn install --frozen-lockfile\n', { 'package.json': pkg({ prepare: 'git config core.hooksPath .githooks' }) }) ?? '', /the "prepare" script of package\.json runs git/);
  // fio-dashboard: its postinstall clones another repository into node_modules, which reads no local
  // .git; a script that clones and then runs git in this work tree still counts.
  assert.ok(gitProposed('FROM node:20\nCOPY . /app\nRUN npm i\n', { 'package.json': pkg({ postinstall: 'git clone --branch memo_hotfix --depth 1 https://github.com/o/ledger.git node_modules/ledger && cd node_modules/ledger && npm i' }) }));
  assert.match(gitRejection('FROM node:20\nCOPY . /app\nRUN npm i\n', { 'package.json': pkg({ postinstall: 'git clone git@github.com:o/x.git vendor/x; git rev-parse HEAD > version' }) }) ?? '', /the "postinstall" script of package\.json runs git/);
  // `release` runs git, but the RUN builds only: .git is proposed.
  const tree = buildTree({ files: [...GIT_TREE, 'package.json'], fileContents: { Dockerfile: 'FROM node:20\nCOPY . /app\nRUN npm ci && npm run build\n', 'package.json': pkg({ build: 'tsc', release: 'git tag v1 && git push --tags' }), '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: '# nothing\n' });
  try {
    assert.ok(suggest({ context: tree.ctx, cwd: tree.ctx }).suggestions.some((s) => s.lines.includes('.git')));
  } finally {
    tree.cleanup();
  }
});

// bosun: docker/Dockerfile runs `make bosun scollector tsdbrelay`, whose recipes run only `go build`;
// git runs in the recipe of `generate` (line 86), which no goal reaches: .git was kept for it. A git
// line make reads as it loads the file (a variable), a reached recipe, a prerequisite's, a `$(MAKE)
// x` of a reached recipe, or the default goal's when the make names none, still counts.
test('suggest: a make that names its goals runs only their recipes: git in a recipe none of them reaches does not keep .git', () => {
  const makefile = [
    'GOBUILD=go build',
    'build:',
    '\t$(GOBUILD) ./...',
    'bosun: deps',
    '\t$(GOBUILD) -o bosun ./cmd/bosun',
    'deps:',
    '\tgo mod download',
    'generate:',
    '\tgo generate ./...',
    '\t@if [ -n "$$(git diff --name-only)" ]; then exit 1; fi',
    'release:',
    '\t$(MAKE) generate',
    'stamp: ; git describe > VERSION',
    '',
  ].join('\n');
  const df = (run: string) => `FROM golang:1.22 AS b\nWORKDIR /src\nCOPY . .\nRUN ${run}\n`;
  assert.ok(gitProposed(df('make bosun'), { Makefile: makefile }));
  assert.ok(gitProposed(df('make -j 4 build bosun'), { Makefile: makefile }));
  assert.match(gitRejection(df('make release'), { Makefile: makefile }) ?? '', /Makefile:10 runs git/);
  assert.match(gitRejection(df('make stamp'), { Makefile: makefile }) ?? '', /Makefile:13 runs git/);
  // No goal: the default (the first rule, build) is run; a goal from a variable may be any.
  assert.ok(gitProposed(df('make'), { Makefile: makefile }));
  assert.match(gitRejection(df('make $TARGET'), { Makefile: makefile }) ?? '', /Makefile:10 runs git/);
  // A variable that runs git as make reads the file counts whatever the goal.
  assert.match(gitRejection(df('make bosun'), { Makefile: 'VERSION := $(shell git describe)\n' + makefile }) ?? '', /Makefile:1 runs git/);
});

// supabase/postgres: Dockerfile-15 copies the tree and runs `nix profile install .#psql_15/bin`; its
// flake reads self.shortRev (from .git) into the receipt it ships, and a flake in a git work tree sees
// only tracked files. suggest proposed .git.
test('suggest: .git is kept when the build runs nix on the context\'s flake (in a RUN, or a script it runs); nix on another flake does not count', () => {
  assert.equal(
    gitRejection('FROM nixos/nix\nCOPY . /nixpg\nWORKDIR /nixpg\nRUN nix --extra-experimental-features "nix-command flakes" profile install .#psql_15/bin\n'),
    'the Dockerfile runs nix on the context\'s flake (line 4): nix reads a flake in a git work tree through git (its revision, its tracked files): the build may read .git; exclude it yourself if it does not',
  );
  assert.match(
    gitRejection('FROM nixos/nix\nCOPY ./ /workspace\nRUN /workspace/docker/nix/build_nix.sh\n', { 'docker/nix/build_nix.sh': '#!/bin/sh\nset -e\ncd /workspace\nnix build .#psql_15/bin -o psql_15\n' }) ?? '',
    /build_nix\.sh:4 runs nix on the context's flake, which nix reads through git: the build may read \.git;/,
  );
  assert.equal(gitProposed('FROM nixos/nix\nCOPY . /src\nRUN nix build nixpkgs#hello github:o/r#x\n'), true);
});

// apache/zeppelin: `ADD . /workspace/zeppelin` then `./mvnw package`; zeppelin-interpreter/pom.xml runs
// git-commit-id-plugin into git.properties, which its REST API serves as the commit. suggest proposed .git.
test('suggest: .git is kept when the build runs Maven or Gradle with a plugin that reads git (git-commit-id, gradle-git-properties, ...); without one it is proposed', () => {
  const pom = (plugin: string) => `<project>\n  <build><plugins><plugin>\n    <groupId>pl.project13.maven</groupId>\n    <artifactId>${plugin}</artifactId>\n  </plugin></plugins></build>\n</project>\n`;
  const dockerfile = 'FROM maven:3-eclipse-temurin-17\nADD . /workspace/zeppelin\nWORKDIR /workspace/zeppelin\nRUN ./mvnw package -DskipTests\n';
  assert.equal(
    gitRejection(dockerfile, { 'pom.xml': pom('maven-compiler-plugin'), 'zeppelin-interpreter/pom.xml': pom('git-commit-id-plugin') }),
    'the Dockerfile runs mvnw (line 4) and zeppelin-interpreter/pom.xml requires git-commit-id-plugin, which reads the git repository: the build may read .git; exclude it yourself if it does not',
  );
  assert.match(gitRejection('FROM gradle:8\nCOPY . /src\nRUN gradle build\n', { 'build.gradle.kts': 'plugins {\n  id("com.gorylenko.gradle-git-properties") version "2.4.1"\n}\n' }) ?? '', /build\.gradle\.kts requires gradle-git-properties/);
  assert.equal(gitProposed(dockerfile, { 'pom.xml': pom('maven-compiler-plugin') }), true);
  // reportportal/service-api: `COPY . /usr/app` then `RUN gradle build`; its build.gradle runs
  // `commandLine 'git', 'submodule', ...` and a gitInfo task (Grgit) stamps the branch into the jar.
  const gradle = 'FROM gradle:8\nCOPY . /usr/app\nWORKDIR /usr/app\nRUN gradle build\n';
  assert.match(gitRejection(gradle, { 'build.gradle': "task updateSubmodules(type: Exec) {\n    commandLine 'git', 'submodule', 'update', '--init'\n}\n" }) ?? '', /build\.gradle runs git \(commandLine 'git'\)/);
  assert.match(gitRejection(gradle, { 'build.gradle': 'def branch = Grgit.open(dir: projectDir).branch.current().name\n' }) ?? '', /requires Grgit/);
  assert.match(gitRejection(gradle, { 'build.gradle.kts': 'val rev = "git rev-parse --short HEAD".execute().text.trim()\n' }) ?? '', /runs git \("git rev-parse --short HEAD"\.execute\(\)\)/);
  assert.equal(gitProposed(gradle, { 'build.gradle': "// no git here\ntask hello { doLast { println 'git' } }\n" }), true);
  // ministryofjustice/visit-scheduler: `COPY . .` then `./gradlew assemble`; its build.gradle.kts applies
  // uk.gov.justice.hmpps.gradle-spring-boot, which applies gradle-git-properties (no .git: the build fails).
  assert.match(gitRejection('FROM eclipse-temurin:21\nCOPY . .\nRUN ./gradlew --no-daemon assemble\n', { 'build.gradle.kts': 'plugins {\n  id("uk.gov.justice.hmpps.gradle-spring-boot") version "11.0.1"\n}\n' }) ?? '', /build\.gradle\.kts requires uk\.gov\.justice\.hmpps\.gradle-spring-boot/);
});

// Icinga/icinga-notifications' docker.yml builds with `BUILDKIT_CONTEXT_KEEP_GIT_DIR=1` "to allow
// including the commit in the --version output" (go build stamps it from .git); suggest . proposed a
// .dockerignore of `.git`, which would have dropped it from every local build.
test('suggest: .git is kept when a build of this context passes BUILDKIT_CONTEXT_KEEP_GIT_DIR=1', () => {
  const df = 'FROM golang:1.22 AS build\nCOPY . /src\nWORKDIR /src\nRUN go build -o /app ./cmd/app\nFROM scratch\nCOPY --from=build /app /app\n';
  const wf = (args: string) => `on: push\njobs:\n  docker:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          build-args: |\n            ${args}\n`;
  assert.equal(
    gitRejection(df, { '.github/workflows/docker.yml': wf('BUILDKIT_CONTEXT_KEEP_GIT_DIR=1') }),
    '.github/workflows/docker.yml:docker step 1 passes BUILDKIT_CONTEXT_KEEP_GIT_DIR=1: the build keeps .git on purpose (a version or commit stamped from it); exclude it yourself if no build needs it',
  );
  assert.equal(gitProposed(df, { '.github/workflows/docker.yml': wf('VERSION=1') }), true);
});

// vikunja: `RUN mage build:clean && (cd build && mage release:xgo ...)`; without RELEASE_VERSION
// magefile.go runs `git describe` (the xgo image has git) and the build fails without .git.
test('suggest: .git is kept when a RUN hands over to mage, just, task or a shell script that runs git', () => {
  const magefile = '//go:build mage\n\npackage main\n\n// version comes from git when not given\nfunc version() (string, error) {\n\tout, err := exec.Command("git", "describe", "--tags").Output()\n\treturn string(out), err\n}\n';
  assert.equal(
    gitRejection('FROM golang:1.22 AS b\nWORKDIR /src\nCOPY . ./\nRUN mage build:clean && (cd build && mage release:xgo)\n', { 'build/magefile.go': magefile }),
    'the Dockerfile runs mage (line 4) and build/magefile.go:7 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  assert.match(gitRejection('FROM alpine\nCOPY . /src\nRUN just image\n', { justfile: '# recipes\nimage:\n    echo $(git rev-parse HEAD) > /v\n' }) ?? '', /runs just \(line 3\) and justfile:3 runs git/);
  assert.match(gitRejection('FROM alpine\nCOPY . /src\nRUN task build\n', { 'Taskfile.yml': 'version: "3"\ntasks:\n  build:\n    cmds:\n      - git describe > VERSION\n' }) ?? '', /runs task \(line 3\) and Taskfile\.yml:5 runs git/);
  // The RUN names the script by its path in the image; it is found by its last two components.
  assert.match(gitRejection('FROM alpine\nCOPY . /app\nRUN sh /app/hack/version.sh > /v\n', { 'hack/version.sh': '#!/bin/sh\n# print the version\ngit describe --always\n' }) ?? '', /runs version\.sh \(line 3\) and hack\/version\.sh:3 runs git/);
  // A magefile with git only in a comment, a script the RUN does not run, a runner that is not run: .git is proposed.
  for (const [df, extra] of [
    ['FROM golang:1.22\nCOPY . /src\nRUN mage build\n', { 'magefile.go': 'package main\n\n// git is not needed here\nfunc Build() {}\n' }],
    ['FROM alpine\nCOPY . /src\nRUN sh /src/build.sh\n', { 'build.sh': 'echo build\n', 'release.sh': 'git tag v1\n' }],
    ['FROM golang:1.22\nCOPY . /src\nRUN go build ./...\n', { 'magefile.go': 'package main\nfunc V() { exec.Command("git", "describe") }\n' }],
  ] as const) {
    assert.ok(gitProposed(df, extra), df);
  }
});

// caprover: `COPY . .`, and at run time the app copies template/fake-certs-src/ to the host, where
// nginx loads nginx.key. suggest proposed excluding the committed key. (A `fake` directory is now an
// example, no candidate at all: the same shape under another name.)
test('suggest: a committed secret file a COPY puts in the image is not excluded (the application may read it); an untracked one is', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const tree = buildTree({
    files: ['Dockerfile', 'server.js', 'template/certs-src/nginx.key', '.env'],
    fileContents: { Dockerfile: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n', 'server.js': "copy(__dirname + '/template/certs-src')\n", 'template/certs-src/nginx.key': key, '.env': `API_TOKEN=${randomBytes(16).toString('hex')}\n` },
    dockerignore: 'node_modules\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '--', 'Dockerfile', 'server.js', 'template/certs-src/nginx.key', '.dockerignore');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.suggestions.map((x) => x.lines).filter((l) => l.some((y) => y.includes('nginx.key') || y === '.env')), [['.env']]);
    assert.deepEqual(
      r.rejected.filter((x) => x.lines.some((l) => l.includes('nginx.key'))).map((x) => x.reasons[0]),
      ['git tracks it and Dockerfile:3 copies it into the image, where the application may read it at run time; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it'],
    );
  } finally {
    tree.cleanup();
  }
});

// apache/apisix: `COPY ${CODE_PATH} /apisix` (its Makefile passes CODE_PATH=.), then `make install`
// copies conf/cert/* into what the image takes, and nginx loads the committed key at start. With the
// ARG unset here, CTX201 does not call the key copied, and suggest proposed excluding it (sweep 47/F).
test('suggest: a committed secret file a COPY of a path known only when the build runs may take is not excluded', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const run = (dockerfile: string) => {
    const tree = buildTree({ files: ['Dockerfile', 'conf/server.key', 'conf/server.crt', 'web/x.txt'], fileContents: { Dockerfile: dockerfile, 'conf/server.key': key, 'conf/server.crt': 'crt\n', 'web/x.txt': 'x\n' }, dockerignore: 'node_modules\n' });
    try {
      git(tree.ctx, 'init', '-q');
      git(tree.ctx, 'add', '-A');
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      return {
        proposed: r.suggestions.some((x) => x.lines.some((l) => l.includes('server.key'))),
        reason: r.rejected.filter((x) => x.lines.some((l) => l.includes('server.key'))).map((x) => x.reasons[0]),
      };
    } finally {
      tree.cleanup();
    }
  };
  const multi = run('FROM alpine AS build\nARG CODE_PATH\nCOPY ${CODE_PATH} /src\nRUN mkdir /out && cp /src/conf/* /out/\nFROM alpine\nCOPY --from=build /out /etc/app\n');
  assert.deepEqual(multi, { proposed: false, reason: ['git tracks it and the COPY at line 3 copies ${CODE_PATH}, a path known only when the build runs (CODE_PATH not set here): it may copy it into the image, where the application may read it; exclude it yourself if no build does'] });
  assert.equal(run('FROM alpine\nARG CODE_PATH\nCOPY ${CODE_PATH} /app\n').proposed, false);
  // Its literal part names another directory: it cannot take conf/server.key.
  assert.equal(run('FROM alpine\nARG NAME\nCOPY web/${NAME} /app\n').proposed, true);
  // A default value is what a plain build copies; another --build-arg (apisix's CODE_PATH=.) copies
  // another path, the key among them (the review of stop 47's diff, B). One under web/ only cannot.
  assert.deepEqual(run('FROM alpine\nARG CODE_PATH=web\nCOPY ${CODE_PATH} /app\n'), {
    proposed: false,
    reason: ['git tracks it and COPY ${CODE_PATH} (line 3) copies another path with another --build-arg, conf/server.key among them, into the image, where the application may read it at run time; exclude it yourself if no build does'],
  });
  assert.equal(run('FROM alpine\nARG NAME=x.txt\nCOPY web/${NAME} /app\n').proposed, true);
});

// e154/smart-home: `RUN --mount=type=bind,source=. go build .` compiles internal/.../m_add_var2.go,
// which holds a development key (CTX202); suggest proposed excluding it (with `COPY . .` it refused).
test('suggest: a committed secret file a RUN reads through a bind of the whole context is not excluded', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const goFile = `package certs\n\nconst Key = \`${key}\`\n`;
  const tree = buildTree({
    files: ['Dockerfile', 'go.mod', 'main.go', 'certs/key.go'],
    fileContents: { Dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nRUN --mount=type=bind,source=.,rw go build -o /app .\nFROM alpine\nCOPY --from=build /app /app\n', 'go.mod': 'module x\n', 'main.go': 'package main\nimport _ "x/certs"\nfunc main() {}\n', 'certs/key.go': goFile },
    dockerignore: 'node_modules\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-A');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((x) => x.lines.some((l) => l.includes('key.go'))), JSON.stringify(r.suggestions.map((x) => x.lines)));
    assert.match(r.rejected.find((x) => x.lines.some((l) => l.includes('key.go')))?.reasons[0] ?? '', /^git tracks it and the RUN at line 3 binds the whole context, which it may read or build into what the image takes/);
  } finally {
    tree.cleanup();
  }
});

// wri/terramatch-microservices: the deploy step writes .env (`echo "JWT_SECRET=…" >> .env`) and then
// runs `docker build -f service.Dockerfile .`, whose `COPY . .` ships it to the NestJS app that reads
// ./.env at run time. With a developer's .env in the checkout (the README says: copy the sample to
// .env), suggest refused CTX201's exclusion of it and then proposed the same file as CTX203; with
// other values it proposed it as CTX201. Either way the deployed service lost its configuration.
test('suggest: a file a workflow writes before it builds an image is not excluded, by any rule; a file a workflow that builds nothing writes is', () => {
  const token = () => `JWT_SECRET=${randomBytes(16).toString('hex')}\n`;
  const deploy = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          echo "${{ vars.ENV }}" > .env\n          echo "JWT_SECRET=\\"${{ secrets.JWT_SECRET }}\\"" >> .env\n          docker build -f service.Dockerfile -t app .\n';
  const tests = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cp .env.sample .env.ci && npm test\n';
  const shape = (sample: boolean) => ({
    files: ['service.Dockerfile', 'package.json', '.gitignore', '.env.sample', '.env', '.env.ci', '.github/workflows/deploy.yml', '.github/workflows/test.yml'],
    fileContents: {
      'service.Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "main.js"]\n',
      'package.json': '{"name":"app"}\n',
      '.gitignore': '.env\n.env.ci\n',
      '.env.sample': token(),
      '.github/workflows/deploy.yml': deploy,
      '.github/workflows/test.yml': tests,
    } as Record<string, string>,
    dockerignore: 'node_modules\n',
  });
  for (const sample of [true, false]) {
    const t = shape(sample);
    // The developer's .env: the sample's own bytes, or values of their own.
    t.fileContents['.env'] = sample ? t.fileContents['.env.sample'] : token();
    t.fileContents['.env.ci'] = token();
    const r = suggestOn(t, (ctx) => ({ file: path.join(ctx, 'service.Dockerfile') }), (ctx) => {
      git(ctx, 'init', '-q');
      git(ctx, 'add', '--', 'service.Dockerfile', 'package.json', '.gitignore', '.env.sample', '.github', '.dockerignore');
    });
    const proposed = r.suggestions.flatMap((x) => x.lines);
    assert.ok(!proposed.includes('.env'), `${sample}: ${JSON.stringify(proposed)}`);
    const reasons = r.rejected.filter((x) => x.lines.includes('.env')).map((x) => x.reasons[0]);
    assert.ok(reasons.length > 0, `${sample}: .env neither proposed nor rejected`);
    for (const reason of reasons) assert.match(reason, /^(?:\.github\/workflows\/deploy\.yml:8 writes it in a script that also builds an image|git tracks the same bytes \(\.env\.sample\) and service\.Dockerfile:3 copies it into the image)/, `${sample}`);
    // .env.ci is written by a workflow that builds no image: excluding it from the image is safe.
    assert.ok(proposed.some((l) => l === '.env.ci' || l === '**/.env.ci' || l === '.env.*'), `${sample}: ${JSON.stringify(proposed)}`);
  }
});

// tilt-dev/tilt-example-python (and -nodejs): the Tiltfile runs `local_resource('deploy', 'python3
// now.py > start-time.txt')` before its docker_build of `ADD . .`, and app.py opens start-time.txt at
// start; the file is git-ignored. suggest proposed excluding it, and Tilt reads the .dockerignore.
test('suggest keeps a file a Tiltfile writes before its docker_build (a file the application may read at start)', () => {
  const shape = (tiltfile: string) => ({
    files: ['app/Dockerfile', 'app/app.py', 'app/now.py', 'app/Tiltfile', 'app/.gitignore', 'app/start-time.txt'],
    fileContents: {
      'app/Dockerfile': 'FROM python:3-alpine\nWORKDIR /app\nADD . .\nENTRYPOINT ["python", "/app/app.py"]\n',
      'app/app.py': "print(open('/app/start-time.txt').read())\n",
      'app/now.py': 'import time\nprint(time.time())\n',
      'app/Tiltfile': tiltfile,
      'app/.gitignore': 'start-time.txt\n',
      'app/start-time.txt': '1700000000\n',
    },
    dockerignore: null,
  });
  const run = (tiltfile: string) =>
    suggestOn(shape(tiltfile), (ctx) => ({ context: path.join(ctx, 'app') }), (ctx) => {
      git(ctx, 'init', '-q');
      git(ctx, 'add', '--', 'app/Dockerfile', 'app/app.py', 'app/now.py', 'app/Tiltfile', 'app/.gitignore');
    });
  const r = run("local_resource('deploy', 'python3 now.py > start-time.txt')\ndocker_build('example-python-image', '.')\n");
  assert.ok(!r.suggestions.some((x) => x.lines.includes('start-time.txt')), JSON.stringify(r.suggestions.map((x) => x.lines)));
  assert.match(r.rejected.find((x) => x.lines.includes('start-time.txt'))?.reasons[0] ?? '', /^app\/Tiltfile:1 writes it in a script that also builds an image/);
  // A Tiltfile that builds no image, or writes another file: the git-ignored file is proposed as before.
  assert.ok(run("local('echo hi > other.txt')\n").suggestions.some((x) => x.lines.includes('start-time.txt')));
});

// Recidiviz/pulse-dashboards: data/google-serviceaccount-….json holds a service account's private
// key (CTX202, an error), brought in by `COPY data /app/data`. suggest said nothing about it: CTX202
// had no candidate. Now it has one, as CTX201's: rejected with the COPY that needs the file, proposed
// when `COPY . .` only sweeps an untracked file in, refused when git tracks it and the image takes it.
test('suggest: a file CTX202 finds a credential in is a candidate like a secret-named file: the named COPY that needs it says why not, an untracked one swept in by COPY . is excluded, a committed one is not', () => {
  const key = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const shape = (dockerfile: string) => ({
    files: ['Dockerfile', 'app/main.py', 'data/sa.json', 'conf/keys.json'],
    fileContents: { Dockerfile: dockerfile, 'app/main.py': 'print(1)\n', 'data/sa.json': JSON.stringify({ type: 'service_account', private_key: key() }), 'conf/keys.json': JSON.stringify({ signing: key() }) },
    dockerignore: '# nothing\n',
  });
  const named = suggestOn(shape('FROM python:3\nCOPY data /app/data\nCOPY app /app\n'));
  assert.deepEqual(
    named.rejected.filter((x) => x.kind === 'CTX202').map((x) => [x.lines, x.reasons.join('; ')]),
    [[['data/sa.json'], 'COPY data (Dockerfile:2) for the legacy builder would no longer get data/sa.json; COPY data (Dockerfile:2) for BuildKit would no longer get data/sa.json']],
  );
  const whole = suggestOn(shape('FROM python:3\nCOPY . /app\n'), undefined, (ctx) => {
    git(ctx, 'init', '-q');
    git(ctx, 'add', '--', 'Dockerfile', 'app', 'conf/keys.json', '.dockerignore');
  });
  assert.deepEqual(whole.suggestions.filter((x) => x.kind === 'CTX202').map((x) => x.lines), [['data/sa.json']]);
  assert.deepEqual(
    whole.rejected.filter((x) => x.kind === 'CTX202').map((x) => [x.lines, x.reasons[0]]),
    [[['conf/keys.json'], 'git tracks it and Dockerfile:2 copies it into the image, where the application may read it at run time; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it']],
  );
});

// PublicDataWorks/complaint-manager: Dockerfile.base takes the whole context (`COPY . /app/`);
// suggest -f Dockerfile.web proposed excluding a committed file holding a key, which
// suggest -f Dockerfile.base refuses (its image may read it). The same answer from either Dockerfile.
test('suggest: a committed secret file another Dockerfile of the context copies whole into its image is not excluded for this one either', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const r = suggestOn(
    {
      files: ['Dockerfile.web', 'Dockerfile.base', 'web/index.html', 'doc/collection.json'],
      fileContents: { 'Dockerfile.web': 'FROM nginx\nCOPY web /usr/share/nginx/html\n', 'Dockerfile.base': 'FROM node:20\nCOPY . /app/\n', 'doc/collection.json': JSON.stringify({ key }) },
      dockerignore: 'node_modules\n',
    },
    (ctx) => ({ file: path.join(ctx, 'Dockerfile.web') }),
    (ctx) => {
      git(ctx, 'init', '-q');
      git(ctx, 'add', '--', 'Dockerfile.web', 'Dockerfile.base', 'web', 'doc', '.dockerignore');
    },
  );
  assert.ok(!r.suggestions.some((x) => x.lines.some((l) => l.includes('collection.json'))), JSON.stringify(r.suggestions.map((x) => x.lines)));
  assert.match(r.rejected.find((x) => x.lines.some((l) => l.includes('collection.json')))?.reasons[0] ?? '', /^git tracks it and Dockerfile\.base, built from this context too, copies the whole context into its image/);
});

// teable: plugins/.env is committed and copied by `COPY . .` into a build stage whose `next build`
// (output: 'standalone') copies the .env files it loaded into what the image takes and loads at
// run time. suggest proposed excluding it, since no COPY puts it in the image itself.
test('suggest: a committed secret file a COPY puts in a build stage is not excluded (its RUNs may carry it on); an untracked one is', () => {
  // Two different tokens: an untracked copy of the committed file would count as committed.
  const token = () => `API_TOKEN=${randomBytes(16).toString('hex')}\n`;
  const r = suggestOn(
    {
      files: ['Dockerfile', 'package.json', 'web/.env', '.env'],
      fileContents: { Dockerfile: 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm run build\nFROM node:20-alpine\nCOPY --from=build /app/web/.next/standalone /app\n', 'package.json': '{"name":"app"}\n', 'web/.env': token(), '.env': token() },
      dockerignore: 'node_modules\n',
    },
    undefined,
    (ctx) => {
      git(ctx, 'init', '-q');
      git(ctx, 'add', '--', 'Dockerfile', 'package.json', 'web/.env', '.dockerignore');
    },
  );
  assert.deepEqual(r.suggestions.map((x) => x.lines).filter((l) => l.some((y) => y.includes('.env'))), [['.env']]);
  // (The COPY --from of web/.next/standalone is now known to carry web/.env into the image: placement.ts.)
  assert.deepEqual(
    r.rejected.filter((x) => x.lines.some((l) => l.includes('web/.env'))).map((x) => x.reasons[0]),
    ['git tracks it and Dockerfile:3 copies it into the image, where the application may read it at run time; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it'],
  );
  // Carried by no COPY --from (another directory of the stage): the build stage's reason, as before.
  const staged = suggestOn(
    {
      files: ['Dockerfile', 'package.json', 'web/.env'],
      fileContents: { Dockerfile: 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm run build\nFROM node:20-alpine\nCOPY --from=build /app/web/dist /app\n', 'package.json': '{"name":"app"}\n', 'web/.env': token() },
      dockerignore: 'node_modules\n',
    },
    undefined,
    (ctx) => {
      git(ctx, 'init', '-q');
      git(ctx, 'add', '--', 'Dockerfile', 'package.json', 'web/.env', '.dockerignore');
    },
  );
  assert.deepEqual(
    staged.rejected.filter((x) => x.lines.some((l) => l.includes('web/.env'))).map((x) => x.reasons[0]),
    ['git tracks it and Dockerfile:3 copies it into build stage build, whose RUN steps may read it or build it into what the image takes; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it'],
  );
});

// k9s, ghostfolio, AppFlowy-Cloud's gotrue image: a RUN installs git (or clones another
// repository), but the Dockerfile copies named paths only: .git never reaches the build.
test('suggest: .git is proposed when no Dockerfile of the context takes the whole context, whatever its RUNs do with git', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'src/main.go', 'Makefile', '.git/HEAD', '.git/objects/pack/p.pack'],
    fileContents: { Dockerfile: 'FROM golang:1.22\nRUN apk add --no-cache git make\nCOPY src /src\nCOPY Makefile /src/\nRUN git clone https://example.com/x.git /x && make -C /src build\n', Makefile: 'V := $(shell git describe)\n', '.git/objects/pack/p.pack': 'x'.repeat(4096) },
    dockerignore: '# nothing\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(r.suggestions.some((s) => s.lines.includes('.git')), JSON.stringify(r.rejected));
  } finally {
    tree.cleanup();
  }
});

// A Dockerfile that copies the whole context and runs node with no install step runs with the
// node_modules it is sent; `COPY . .` then `java -jar target/app.jar` with no build step ships the
// jar it is sent. suggest proposed excluding both (CTX003), breaking the image.
test('suggest: a dependency or build directory the whole-context build does not make again is not excluded', () => {
  const proposal = (dockerfile: string, files: string[]) => {
    const tree = buildTree({ files: ['Dockerfile', 'index.js', ...files], fileContents: { Dockerfile: dockerfile, ...Object.fromEntries(files.map((f) => [f, 'x'.repeat(2048)])) }, dockerignore: '# nothing\n' });
    try {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      return { proposed: r.suggestions.flatMap((s) => s.lines), refused: r.rejected.map((x) => [x.lines.join(','), x.reasons[0]]) };
    } finally {
      tree.cleanup();
    }
  };
  const mods = ['node_modules/left-pad/index.js', 'node_modules/left-pad/package.json'];
  const noInstall = proposal('FROM node:20\nWORKDIR /app\nCOPY . .\nCMD ["node", "index.js"]\n', mods);
  assert.deepEqual(noInstall.proposed.filter((l) => l.includes('node_modules')), []);
  assert.deepEqual(noInstall.refused, [['node_modules', 'the Dockerfile copies the whole context and no RUN installs packages (npm ci, yarn install, pnpm install, ...): the build or the image may use the node_modules it is sent; exclude it yourself if it does not']]);
  // A build step alone (no install) uses the sent node_modules too.
  assert.deepEqual(proposal('FROM node:20\nCOPY . /app\nRUN cd /app && yarn build\n', mods).proposed.filter((l) => l.includes('node_modules')), []);
  const jar = proposal('FROM eclipse-temurin:21\nCOPY . /app\nCMD ["java", "-jar", "/app/target/app.jar"]\n', ['target/app.jar', 'target/classes/A.class']);
  assert.deepEqual(jar.refused.map((x) => x[0]), ['target']);
  assert.match(jar.refused[0][1], /^the Dockerfile copies the whole context and no RUN builds \(Maven, Gradle, cargo/);
  // Made again (npm ci, yarn alone, mvn package), or the Dockerfile has nothing to do with the ecosystem (a Go build beside a stray web/node_modules): proposed.
  for (const [df, files, line] of [
    ['FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "index.js"]\n', mods, 'node_modules'],
    ['FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn && yarn build\n', mods, 'node_modules'],
    ['FROM maven:3-eclipse-temurin-21 AS b\nCOPY . /src\nRUN mvn -f /src package\nFROM eclipse-temurin:21\nCOPY --from=b /src/target/app.jar /app.jar\n', ['target/app.jar'], 'target'],
    ['FROM golang:1.22 AS b\nCOPY . /src\nRUN go build -o /app /src\nFROM scratch\nCOPY --from=b /app /app\n', ['web/node_modules/x/index.js', 'web/node_modules/x/package.json'], 'web/node_modules'],
  ] as const) {
    const r = proposal(df, [...files]);
    assert.ok(r.proposed.some((l) => l.includes(line)), `${df}\n${JSON.stringify(r)}`);
  }
});

// maybe-finance: publish.yml builds context `.` with build-push-action and no `file:`, so the root
// Dockerfile (`COPY . .`); suggest -f .devcontainer/Dockerfile proposed excluding app/, config/,
// db/... from the one .dockerignore both read: the default Dockerfile was looked for at the
// context path joined onto the root a second time.
test('suggest: a workflow build with no file: builds the context\'s Dockerfile, which reads the same ignore file', () => {
  const r = suggestOn(
    {
      files: ['Dockerfile', '.devcontainer/Dockerfile', '.github/workflows/publish.yml', 'app/main.rb'],
      fileContents: {
        Dockerfile: 'FROM ruby:3.3\nWORKDIR /rails\nCOPY . .\nRUN bundle install\n',
        '.devcontainer/Dockerfile': 'FROM ruby:3.3\nRUN gem install foreman\n',
        '.github/workflows/publish.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          push: true\n',
      },
      dockerignore: '.git\n',
    },
    (ctx) => ({ file: path.join(ctx, '.devcontainer/Dockerfile') }),
  );
  assert.deepEqual(r.sharedWith, ['Dockerfile']);
  assert.deepEqual(r.suggestions.map((s) => s.lines), []);
  assert.ok(r.rejected.some((x) => x.lines.includes('app') && /^Dockerfile is built from this context too and COPY \. \(line 3\) copies the whole context/.test(x.reasons[0])), JSON.stringify(r.rejected));
});

// tensorzero: crates/tensorzero-core/tests/e2e/docker-compose.yml (deeper than the build-file
// search) builds ui/fixtures/Dockerfile from the root; suggest proposed excluding ui/, which it copies.
test('suggest: a Compose file deeper than the build-file search, listed by the audit\'s walk, builds from this context too', () => {
  const r = suggestOn({
    files: ['Dockerfile', 'app/main.txt', 'ui/fixtures/Dockerfile', 'ui/fixtures/pyproject.toml', 'ui/package.json', 'services/api/tests/e2e/docker-compose.yml'],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY app/ /app/\n',
      'ui/fixtures/Dockerfile': 'FROM python:3.12\nCOPY ui/fixtures/pyproject.toml /src/\n',
      'services/api/tests/e2e/docker-compose.yml': 'services:\n  fixtures:\n    build:\n      context: ../../../..\n      dockerfile: ui/fixtures/Dockerfile\n',
    },
    dockerignore: '.git\n',
  });
  assert.deepEqual(r.sharedWith, ['ui/fixtures/Dockerfile']);
  assert.ok(!r.suggestions.some((s) => s.lines.includes('ui')), JSON.stringify(r.suggestions.map((s) => s.lines)));
  assert.deepEqual(r.rejected.filter((x) => x.lines.includes('ui')).map((x) => x.reasons[0]), ['ui/fixtures/Dockerfile is built from this context too and COPY ui/fixtures/pyproject.toml (line 2) copies ui']);
});

// awx: the Makefile renders Dockerfile and Dockerfile.dev from a template (.gitignore lists both)
// and builds each from the root; suggest -f Dockerfile.dev did not see the production Dockerfile,
// which is git-ignored, and proposed excluding awx/ and _build/, which it copies.
test('suggest: a git-ignored Dockerfile in the context (generated, then built) reads the same ignore file', () => {
  const r = suggestOn(
    {
      files: ['Dockerfile', 'Dockerfile.dev', '.gitignore', 'awx/main.py', '_build/supervisor.conf', 'tools/dev.sh'],
      fileContents: {
        Dockerfile: 'FROM python:3.12\nCOPY awx /src/awx\nADD _build/supervisor.conf /etc/\n',
        'Dockerfile.dev': 'FROM python:3.12\nCOPY tools/dev.sh /\n',
        '.gitignore': 'Dockerfile\nDockerfile.dev\n_build/\n',
      },
      dockerignore: '.git\n',
    },
    (ctx) => ({ file: path.join(ctx, 'Dockerfile.dev') }),
    (ctx) => git(ctx, 'init', '-q'),
  );
  assert.deepEqual(r.sharedWith, ['Dockerfile']);
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('awx') && !proposed.includes('_build'), JSON.stringify(proposed));
});

// payload's examples/localization: COPY . . and yarn build in a builder stage the image never copies
// from. BuildKit skips that stage; the legacy builder, which reads the same .dockerignore, runs it.
// suggest proposed excluding src/ and public/ (unused, said CTX004 from the target's stages alone).
test('suggest: a path only a stage the target does not use copies is kept: the legacy builder runs that stage', () => {
  const r = suggestOn({
    files: ['Dockerfile', 'package.json', 'src/index.ts', 'public/logo.svg'],
    fileContents: { Dockerfile: 'FROM node:20 AS builder\nWORKDIR /app\nCOPY . .\nRUN yarn install && yarn build\n\nFROM node:20 AS runtime\nCOPY package.json /app/\n' },
    dockerignore: '.git\n',
  });
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('src') && !proposed.includes('public'), JSON.stringify(proposed));
});

// node-red-docker: the Dockerfiles copy .docker/healthcheck.js and .docker/scripts/*.sh, symlinks
// into docker-custom/; suggest proposed excluding docker-custom (no COPY names it), leaving the
// links dangling, and the audit after it passed.
test('suggest: the target of a symlink a COPY names is needed: its directory is not excluded', () => {
  const r = suggestOn({
    files: ['Dockerfile', 'docker-custom/healthcheck.js', 'docs/readme.md'],
    symlinks: { '.docker/healthcheck.js': '../docker-custom/healthcheck.js' },
    fileContents: { Dockerfile: 'FROM node:20\nCOPY .docker/healthcheck.js /healthcheck.js\n' },
    dockerignore: '# nothing\n',
  });
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('docker-custom'), JSON.stringify(proposed));
  assert.ok(proposed.includes('docs'), JSON.stringify(proposed));
});

// snuba: CI builds the Dockerfile's `testing` and `application` targets, which COPY . ./; suggest
// --target build_admin_ui proposed excluding snuba/cli, snuba/web, tests... from the one .dockerignore.
test('suggest --target: the Dockerfile\'s other targets read the same ignore file', () => {
  const shape = {
    files: ['Dockerfile', 'admin-ui/package.json', 'snuba/cli/main.py', 'tests/conftest.py'],
    fileContents: { Dockerfile: 'FROM node:20 AS build_admin_ui\nCOPY admin-ui /admin-ui\nRUN cd /admin-ui && npm ci\n\nFROM python:3.12 AS application\nCOPY . ./\nRUN pip install .\n' },
    dockerignore: '.git\n',
  };
  const r = suggestOn(shape, () => ({ target: 'build_admin_ui' }));
  assert.deepEqual(r.sharedWith, ['Dockerfile (its other targets)']);
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('snuba') && !proposed.includes('tests'), JSON.stringify(proposed));
  // No --target: the last stage takes the whole context, nothing is unused.
  assert.deepEqual(suggestOn(shape).sharedWith, []);
  // --allowlist: a <Dockerfile>.dockerignore would be the other targets' too; it is not advised
  // (ladesa-ro/management-service: created as told, the same advice came back).
  const a = suggestOn(shape, () => ({ target: 'build_admin_ui', allowlist: true }));
  assert.equal(a.allowlistProblem, 'Dockerfile (its other targets) read .dockerignore too: an allowlist for one target would drop what the others copy, and a Dockerfile.dockerignore would be theirs as well');  // A one-stage Dockerfile has no other targets (a helper's sweep: "also read by Dockerfile (its other targets)").
  assert.deepEqual(suggestOn({ ...shape, fileContents: { Dockerfile: 'FROM node:20 AS app\nCOPY admin-ui /admin-ui\n' } }, () => ({ target: 'app' })).sharedWith, []);
});

// amrc-connectivity-stack's `suggest . -f acs-base-images/Dockerfile.js-build`: the list stopped at
// the per-run limit, and nothing said more changes were left.
test('suggest: candidate changes past the per-run limit are counted, not dropped without a word', () => {
  const dirs = ['a1', 'a2', 'a3', 'a4', 'a5'];
  const r = suggestOn({ files: ['Dockerfile', 'app.txt', ...dirs.map((d) => `${d}/x.bin`)], fileContents: { Dockerfile: 'FROM alpine\nCOPY app.txt /\n', ...Object.fromEntries(dirs.map((d) => [`${d}/x.bin`, 'x'.repeat(2000)])) }, dockerignore: '# none\n' }, () => ({ maxCandidates: 2 }));
  assert.equal(r.suggestions.length, 2, JSON.stringify(r.suggestions.map((x) => x.lines)));
  assert.equal(r.notEvaluated, 3);
  assert.match(renderSuggestSummary(r), /\n  3 more candidate changes were not evaluated, past this run's limit: apply these and run suggest again\n/);
  assert.equal(suggestOn({ files: ['Dockerfile', 'app.txt', 'a1/x.bin'], fileContents: { Dockerfile: 'FROM alpine\nCOPY app.txt /\n', 'a1/x.bin': 'x'.repeat(2000) }, dockerignore: '# none\n' }).notEvaluated, 0);
  // The limit is on evaluations: candidates another Dockerfile's COPY holds back cost none and are all said.
  const held = suggestOn({
    files: ['Dockerfile', 'Dockerfile.other', 'app.txt', 'a1/x.bin', 'a2/x.bin', 'b1/x.bin', 'b2/x.bin'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app.txt /\n', 'Dockerfile.other': 'FROM alpine\nCOPY app.txt /\nCOPY a1 /a1\nCOPY a2 /a2\n', ...Object.fromEntries(['a1', 'a2', 'b1', 'b2'].map((d) => [`${d}/x.bin`, 'x'.repeat(2000)])) },
    dockerignore: '# none\n',
  }, () => ({ maxCandidates: 1 }));
  assert.deepEqual(held.rejected.map((x) => x.lines.join(' ')).filter((l) => /^a\d$/.test(l)), ['a1', 'a2']);
  assert.deepEqual(held.suggestions.map((x) => x.lines.join(' ')), ['b1']);
  assert.equal(held.notEvaluated, 1);
});

// nocobase: build-pro-image.yml commits the tree, then builds a generated Dockerfile.pro (COPY . /tmp,
// git checkout, git commit) from the root; suggest proposed excluding .git.
test('suggest: .git is kept when a build of this context uses a Dockerfile a step makes (it may read .git)', () => {
  const r = suggestOn({
    files: ['Dockerfile', 'main.go', '.git/HEAD', '.git/objects/pack/p.pack', '.github/workflows/pro.yml'],
    fileContents: {
      Dockerfile: 'FROM golang:1.22\nCOPY main.go /src/\n',
      '.git/objects/pack/p.pack': 'x'.repeat(4096),
      '.github/workflows/pro.yml': 'on: workflow_dispatch\njobs:\n  pro:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/make-pro-dockerfile.sh > Dockerfile.pro\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: Dockerfile.pro\n',
    },
    dockerignore: '# nothing\n',
  });
  assert.ok(!r.suggestions.some((s) => s.lines.includes('.git')), JSON.stringify(r.suggestions.map((s) => s.lines)));
  assert.match(r.rejected.find((x) => x.lines.includes('.git'))?.reasons[0] ?? '', /^\.github\/workflows\/pro\.yml:pro step 3 builds from this context a Dockerfile that a step before it makes: whether it reads \.git is not known here$/);
});

// fluxcd/source-controller: `make fuzz-build` runs `docker build . --tag local-fuzzing:latest -f
// tests/fuzz/Dockerfile.builder` from the root; that Dockerfile copies the whole context, and its
// prebuild script copies config/crd/bases. suggest . proposed excluding tests, config, docs, hack.
test('suggest: a Makefile recipe that builds another Dockerfile from this context makes it a reader of the ignore file', () => {
  const shape = (recipe: string) => ({
    files: ['Dockerfile', 'Makefile', 'main.go', 'tests/fuzz/Dockerfile.builder', 'config/crd/a.yaml'],
    fileContents: {
      Dockerfile: 'FROM golang:1.22\nCOPY main.go /src/\n',
      Makefile: `IMG ?= controller\nfuzz-build:\n${recipe}\n`,
      'tests/fuzz/Dockerfile.builder': 'FROM golang:1.22\nCOPY ./ /src\nRUN /src/tests/fuzz/prebuild.sh\n',
    },
    dockerignore: '.git\n',
  });
  const r = suggestOn(shape('\tdocker build . --tag local-fuzzing:$(IMG) \\\n\t\t-f tests/fuzz/Dockerfile.builder'));
  assert.deepEqual(r.sharedWith, ['tests/fuzz/Dockerfile.builder (Makefile:3)']);
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('config') && !proposed.includes('tests'), JSON.stringify(proposed));
  // Built from another directory (cd into it for that line): not this context's reader.
  assert.deepEqual(suggestOn(shape('\tcd tests/fuzz && docker build . -f Dockerfile.builder')).sharedWith, []);
});

// bluenviron/mediamtx: the root Makefile has `include scripts/*.mk`; scripts/binaries.mk runs `echo
// "$$DOCKERFILE_BINARIES" | docker build . -f -` from the root, its Dockerfile a make `define` (COPY
// . ./, go generate, go-git reads .git). suggest -f docker/standard.Dockerfile proposed excluding
// .git, internal and scripts: the release build would fail or version itself v0.0.0.
test('suggest: a recipe that pipes a make define into `docker build -f -` reads the ignore file with that Dockerfile; an included makefile runs in its includer\'s directory', () => {
  const define = 'define DOCKERFILE_BINARIES\nFROM $(BASE_IMAGE) AS build\nWORKDIR /s\nCOPY . ./\nRUN go generate ./...\nRUN go build -o "tmp/$(BINARY_NAME)"\nendef\nexport DOCKERFILE_BINARIES\n\n';
  const shape = (recipe: string) => ({
    files: ['docker/standard.Dockerfile', 'Makefile', 'scripts/binaries.mk', 'main.go', 'internal/core/core.go', 'scripts/winres.json', 'docs/a.md'],
    fileContents: {
      'docker/standard.Dockerfile': 'FROM alpine\nCOPY binaries/app.tar.gz /\n',
      Makefile: 'BASE_IMAGE = golang:1.22-alpine\ninclude scripts/*.mk\n',
      'scripts/binaries.mk': `${define}binaries:\n${recipe}\n`,
    },
    dockerignore: '.git\n',
  });
  const opts = (ctx: string) => ({ file: `${ctx}/docker/standard.Dockerfile` });
  const r = suggestOn(shape('\techo "$$DOCKERFILE_BINARIES" | docker build . -f - \\\n\t-t temp'), opts);
  assert.deepEqual(r.sharedWith, ["scripts/binaries.mk:11 (its Dockerfile from stdin: make's DOCKERFILE_BINARIES)"]);
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('internal') && !proposed.includes('scripts'), JSON.stringify(proposed));
  assert.match(r.rejected.find((x) => x.lines.includes('internal'))?.reasons[0] ?? '', /^scripts\/binaries\.mk:11 \(its Dockerfile from stdin: make's DOCKERFILE_BINARIES\) is built from this context too and COPY \. \(line 3\) copies the whole context/);
  // A Dockerfile from stdin that is not a define (a template through envsubst): sources not known here.
  const unknown = suggestOn(shape('\tenvsubst < Dockerfile.tpl | docker build . -f -'), opts);
  assert.match(unknown.rejected.find((x) => x.lines.includes('internal'))?.reasons[0] ?? '', /^scripts\/binaries\.mk:11 builds from this context a Dockerfile it reads from stdin: what it copies is not known here/);
}
);

// kopia: tools/docker-publish.sh copies the release binaries into tools/docker/bin-{amd64,arm64,arm}/
// (git-ignored), then builds three platforms; the Dockerfile copies bin-${TARGETARCH}/kopia. suggest
// proposed excluding bin-arm64 and bin-arm (CTX203), breaking two of the three images.
test('suggest: a git-ignored path a COPY naming a build arg may copy with another value is not excluded', () => {
  const r = suggestOn(
    {
      files: ['Dockerfile', '.gitignore', 'bin-amd64/kopia', 'bin-arm64/kopia', 'bin-arm/kopia', 'tmp/cache.bin'],
      fileContents: { Dockerfile: 'FROM alpine\nARG TARGETARCH\nCOPY bin-${TARGETARCH}/kopia /bin/kopia\n', '.gitignore': 'bin-*\ntmp/\n' },
      dockerignore: '.git\n',
    },
    undefined,
    (ctx) => git(ctx, 'init', '-q'),
  );
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.some((l) => l.startsWith('bin-')), JSON.stringify(proposed));
  assert.equal(r.rejected.find((x) => x.lines.includes('bin-arm64'))?.reasons[0], 'COPY bin-${TARGETARCH}/kopia (line 3) copies another path with another --build-arg, bin-arm64 among them');
  // A git-ignored path no value can copy is still proposed.
  assert.ok(proposed.includes('tmp'), JSON.stringify(proposed));
});

// longhorn-manager: package/Dockerfile runs /app/scripts/build, which sources scripts/version, which
// runs git rev-parse under set -e: without .git the build fails.
test('suggest: .git is kept when a RUN runs a script by its path and a script it sources runs git', () => {
  const build = '#!/bin/bash\nset -e\nsource $(dirname $0)/version\ngo build -o bin/manager\n';
  const version = '#!/bin/bash\n# the version\nCOMMIT=$(git rev-parse --short HEAD)\n';
  assert.equal(
    gitRejection('FROM golang:1.22\nCOPY . /app\nRUN /app/scripts/build\n', { 'scripts/build': build, 'scripts/version': version, 'scripts/other': 'git tag v1\n' }),
    'the Dockerfile runs build (line 3) and scripts/version:3 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
  // A helper the script does not name does not count, nor one a comment names (rancher/webhook's
  // validate-kube-version: `# Extract version from go.mod` is no call of scripts/version).
  assert.ok(gitProposed('FROM golang:1.22\nCOPY . /app\nRUN /app/scripts/build\n', { 'scripts/build': '#!/bin/sh\ngo build ./...\n', 'scripts/other': 'git tag v1\n' }));
  assert.ok(gitProposed('FROM golang:1.22\nCOPY . /app\nRUN /app/scripts/build\n', { 'scripts/build': '#!/bin/sh\n# Extract version from go.mod\ngo build ./...\n', 'scripts/version': version }));
});

// BentoML: tools/generate-grpc-stubs does `cd "$GIT_ROOT"`, then `buildxCmd build ... --file
// tools/dev.Dockerfile .` (a wrapper of docker buildx), whose stages bind-mount the whole context and
// run protoc on src/ and tests/. suggest -f .devcontainer/Dockerfile proposed excluding src and tests.
test('suggest: a shell script that builds another Dockerfile from this context makes it a reader of the ignore file', () => {
  const script = '#!/usr/bin/env bash\nset -e\nbuildxCmd() { docker buildx "$@"; }\nGIT_ROOT=$(git rev-parse --show-toplevel)\ncd "$GIT_ROOT" || exit 1\nbuildxCmd build --target out --file "tools/dev.Dockerfile" .\n';
  const r = suggestOn({
    files: ['.devcontainer/Dockerfile', 'tools/generate-stubs', 'tools/dev.Dockerfile', 'src/svc.proto', 'tests/t.proto', 'scripts/image.sh', 'docker/app.Dockerfile'],
    fileContents: {
      '.devcontainer/Dockerfile': 'FROM python:3.12\nRUN pip install hatch\n',
      'tools/generate-stubs': script,
      'tools/dev.Dockerfile': 'FROM alpine AS out\nRUN --mount=type=bind,target=. protoc src/svc.proto tests/t.proto\n',
      'scripts/image.sh': '#!/bin/sh\ncd "$(dirname "$0")/.." && docker build -f docker/app.Dockerfile .\n',
      'docker/app.Dockerfile': 'FROM alpine\nCOPY . /app\n',
    },
    dockerignore: '.git\n',
  }, (ctx) => ({ file: path.join(ctx, '.devcontainer/Dockerfile') }));
  assert.deepEqual(r.sharedWith, ['docker/app.Dockerfile (scripts/image.sh)', 'tools/dev.Dockerfile (tools/generate-stubs)']);
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('src') && !proposed.includes('tests'), JSON.stringify(proposed));
});

// swarm-agent/swarm: scripts/build-container-artifact.sh runs `"${RUNTIME}" build ... -f
// deploy/container-mvp/Containerfile .` (RUNTIME=docker): unseen with its quotes, suggest -f
// Containerfile.base proposed excluding web/, swarmd/ and deploy/, which that Containerfile copies.
test('suggest: a script build through a quoted variable ("${RUNTIME}" build) makes its Dockerfile a reader', () => {
  const r = suggestOn({
    files: ['deploy/Containerfile.base', 'deploy/Containerfile', 'deploy/entrypoint.sh', 'web/dist/index.html', 'scripts/build-artifact.sh'],
    fileContents: {
      'deploy/Containerfile.base': 'FROM debian\nRUN apt-get update\n',
      'deploy/Containerfile': 'FROM base\nCOPY web/dist /srv/web\nCOPY deploy/entrypoint.sh /entrypoint.sh\n',
      'scripts/build-artifact.sh': '#!/usr/bin/env bash\nRUNTIME="docker"\n"${RUNTIME}" build -t swarm -f deploy/Containerfile .\n',
    },
    dockerignore: '.git\n',
  }, (ctx) => ({ file: path.join(ctx, 'deploy/Containerfile.base') }));
  assert.deepEqual(r.sharedWith, ['deploy/Containerfile (scripts/build-artifact.sh)']);
  const proposed = r.suggestions.flatMap((x) => x.lines);
  assert.ok(!proposed.includes('web') && !proposed.includes('deploy'), JSON.stringify(proposed));
});

// RedHatInsights/notifications-backend's .rhcicd/build_deploy.sh: `docker --config="$DOCKER_CONF" build
// -t "${IMAGE}:${IMAGE_TAG}" . -f docker/Dockerfile.${IMAGE_NAME}.jvm`, fourteen images from the root
// whose Maven build reads .git; unseen (a global option before build, a variable in -f), suggest -f
// .rhcicd/sonarqube/Dockerfile proposed excluding .git.
test('suggest: a script build with docker global options and a -f naming a variable makes each Dockerfile the pattern matches a reader', () => {
  const jvm = 'FROM maven:3\nCOPY . /src\nRUN cd /src && ./mvnw package\n';
  const r = suggestOn({
    files: ['.rhcicd/sonarqube/Dockerfile', '.rhcicd/build_deploy.sh', 'docker/Dockerfile.backend.jvm', 'docker/Dockerfile.engine.jvm', 'docker/Dockerfile.engine.native', 'backend/src/A.java', 'pom.xml', 'docs/big.md'],
    fileContents: {
      '.rhcicd/sonarqube/Dockerfile': 'FROM alpine\nCOPY pom.xml /\n',
      '.rhcicd/build_deploy.sh': '#!/bin/bash\nbuildAndDeploy() {\n    IMAGE_NAME=$1\n    docker --config="$DOCKER_CONF" build -t "quay.io/x/${IMAGE_NAME}:${TAG}" . -f docker/Dockerfile.${IMAGE_NAME}.jvm\n}\nbuildAndDeploy backend\n',
      'docker/Dockerfile.backend.jvm': jvm,
      'docker/Dockerfile.engine.jvm': jvm,
      'docker/Dockerfile.engine.native': 'FROM alpine\nCOPY pom.xml /\n',
      'docs/big.md': 'x'.repeat(3000),
    },
    dockerignore: null,
  }, () => ({ file: '.rhcicd/sonarqube/Dockerfile' }));
  // (Dockerfile.engine.native, whose COPY source is at the root, is one as --all finds it; the pattern does not name it.
  // The function's definition is still read where it is, its pattern too, though the call names only `backend`:
  // another call may run it; the review of 9364bcc7, RA-R2.)
  assert.deepEqual(r.sharedWith, ['docker/Dockerfile.backend.jvm (.rhcicd/build_deploy.sh)', 'docker/Dockerfile.engine.jvm (.rhcicd/build_deploy.sh)', 'docker/Dockerfile.engine.native']);
  const proposed = r.suggestions.flatMap((x) => x.lines);
  assert.ok(!proposed.includes('backend'), JSON.stringify(proposed));
  // Called where its argument is not known here (in a loop), the function is read where it is defined: the pattern.
  const loop = suggestOn({
    files: ['.rhcicd/sonarqube/Dockerfile', '.rhcicd/build_deploy.sh', 'docker/Dockerfile.backend.jvm', 'docker/Dockerfile.engine.jvm', 'backend/src/A.java', 'pom.xml'],
    fileContents: {
      '.rhcicd/sonarqube/Dockerfile': 'FROM alpine\nCOPY pom.xml /\n',
      '.rhcicd/build_deploy.sh': '#!/bin/bash\nbuildAndDeploy() {\n    IMAGE_NAME=$1\n    docker --config="$DOCKER_CONF" build -t "quay.io/x/${IMAGE_NAME}:${TAG}" . -f docker/Dockerfile.${IMAGE_NAME}.jvm\n}\nfor n in backend engine; do buildAndDeploy $n; done\n',
      'docker/Dockerfile.backend.jvm': jvm,
      'docker/Dockerfile.engine.jvm': jvm,
    },
    dockerignore: null,
  }, () => ({ file: '.rhcicd/sonarqube/Dockerfile' }));
  assert.deepEqual(loop.sharedWith, ['docker/Dockerfile.backend.jvm (.rhcicd/build_deploy.sh)', 'docker/Dockerfile.engine.jvm (.rhcicd/build_deploy.sh)']);
});

// OpenCSGs/csghub-server's docker/inference/build.sh: `docker buildx build -f ${DOCKERFILE} .`. The
// pattern of a -f that is only a variable matched every file beside the script: its Makefile and
// Compose files were listed as Dockerfiles that read the ignore file. Only Dockerfile-named ones count.
test('suggest: a script build whose -f is only a variable makes the Dockerfile-named files it can match readers, not the Makefile or Compose files beside them', () => {
  const r = suggestOn({
    files: ['Dockerfile.vllm', 'Dockerfile.audio', 'Makefile', 'docker-compose.yml', 'build.sh', 'app/main.py'],
    fileContents: {
      'Dockerfile.vllm': 'FROM python:3\nCOPY app /app\n',
      'Dockerfile.audio': 'FROM python:3\nCOPY app /app\n',
      Makefile: 'all:\n\t@echo hi\n',
      'docker-compose.yml': 'services:\n  a:\n    image: x\n',
      'build.sh': '#!/bin/bash\nDOCKERFILE=$1\ndocker buildx build -f ${DOCKERFILE} -t x .\n',
    },
    dockerignore: null,
  }, (ctx) => ({ file: path.join(ctx, 'Dockerfile.vllm') }));
  // Dockerfile.audio is found as --all finds it; the pattern adds no Makefile, Compose file or script.
  assert.ok(r.sharedWith.includes('Dockerfile.audio'), JSON.stringify(r.sharedWith));
  assert.deepEqual(r.sharedWith.filter((x) => !x.startsWith('Dockerfile.')), []);
});

// radiant-network/radiant-portal's backend/*.Dockerfile: `COPY .. .` (BuildKit clamps it to the root
// and copies the whole context; the legacy builder fails). With no sibling Dockerfile to block them,
// suggest proposed excluding cmd/, internal/ and scripts/ from the legacy view's CTX004, which
// `go build ./cmd/api/` and `COPY --from=builder /app/scripts` need. `COPY ../ ./` too.
test('suggest: a source that climbs out to the context root (COPY .. .) takes the whole context: nothing is proposed as unused', () => {
  for (const copy of ['COPY .. .', 'COPY ../ ./', 'COPY ./.. .']) {
    const r = suggestOn({
      files: ['api.Dockerfile', 'go.mod', 'cmd/api/main.go', 'internal/a.go', 'scripts/m.sql'],
      fileContents: { 'api.Dockerfile': `FROM golang:1.22 AS builder\nWORKDIR /app\n${copy}\nRUN go build ./cmd/api/\nFROM alpine\nCOPY --from=builder /app/scripts /s\n`, 'go.mod': 'module x\n', 'cmd/api/main.go': 'package main\n' },
      dockerignore: null,
    }, (ctx) => ({ file: path.join(ctx, 'api.Dockerfile') }));
    assert.deepEqual(r.suggestions.flatMap((x) => x.lines), [], copy);
  }
});

// SunbirdEd-portal: src/app/libs/sb_api_interceptor/node_modules is committed with `git add -f` past
// the root .gitignore's node_modules line; server.js requires a module only it holds. A CTX003
// exclusion of node_modules would start an image that cannot run.
test('suggest: a dependency directory committed past a .gitignore line is not excluded; an untracked one is', () => {
  const r = suggestOn({
    // `npm ci` makes the root node_modules again, not the one under libs/api, which package.json does not list.
    files: ['Dockerfile', 'package.json', 'package-lock.json', 'server.js', 'libs/api/index.js', 'libs/api/node_modules/auth-utils/index.js', 'node_modules/x/index.js', '.gitignore'],
    fileContents: { Dockerfile: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n', 'package.json': '{"name":"app","dependencies":{"x":"1"}}\n', '.gitignore': 'node_modules\n', 'server.js': "require('./libs/api')\n", 'libs/api/index.js': "require('auth-utils')\n" },
    dockerignore: '.git\n',
  }, undefined, (ctx) => {
    git(ctx, 'init', '-q');
    git(ctx, 'add', '--', 'Dockerfile', 'package.json', 'package-lock.json', 'server.js', 'libs/api/index.js', '.gitignore', '.dockerignore');
    git(ctx, 'add', '-f', '--', 'libs/api/node_modules/auth-utils/index.js');
  });
  assert.ok(!r.suggestions.some((x) => x.lines.some((l) => l.includes('node_modules'))), JSON.stringify(r.suggestions.map((x) => x.lines)));
  assert.match(r.rejected.find((x) => x.lines.some((l) => l.includes('node_modules')))?.reasons[0] ?? '', /^git tracks libs\/api\/node_modules although \.gitignore names it/);
});

// department-of-veterans-affairs/va.gov-cms: a Drupal module runs `exec('git rev-parse --abbrev-ref
// HEAD')` on every cache rebuild, for the release it shows; simpledotorg/simple-server's
// lib/simple_server_extensions.rb runs `` `git rev-parse HEAD` `` at boot. Both images take the whole
// context, and suggest proposed excluding .git. Tooling, tests and compiled code do not count.
test('suggest: .git is kept when the application the image takes runs git about its checkout at run time; a test, a script or compiled source that does is no reason', () => {
  const df = 'FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nCMD ["bin/rails", "s"]\n';
  assert.equal(gitProposed(df, { 'lib/simple_server_extensions.rb': 'module X\n  GIT_REF = `git rev-parse HEAD`.strip\nend\n' }), false);
  assert.equal(gitProposed(df, { 'docroot/modules/custom/va/va.module': "<?php\nfunction va_rebuild() {\n  exec('git rev-parse --abbrev-ref HEAD', $out);\n}\n" }), false);
  assert.equal(gitProposed(df, { 'app/version.py': 'import subprocess\nV = subprocess.check_output(["git", "describe", "--tags"])\n' }), false);
  // mirror-leech-telegram-bot's bot/modules/stats.py runs `git log -1`; as an argument list too (sweep P).
  assert.equal(gitProposed(df, { 'bot/stats.py': 'import subprocess\nlast = subprocess.run(["git", "log", "-1", "--format=%cd"], capture_output=True)\n' }), false);
  assert.match(gitRejection(df, { 'lib/simple_server_extensions.rb': 'GIT_REF = `git rev-parse HEAD`\n' }) ?? '', /^lib\/simple_server_extensions\.rb:1 runs git \(git rev-parse HEAD\) in the application the image holds/);
  assert.equal(gitProposed(df, { 'spec/version_spec.rb': 'x = `git rev-parse HEAD`\n' }), true);
  assert.equal(gitProposed(df, { 'scripts/release.py': 'subprocess.run(["git", "describe"])\n' }), true);
  assert.equal(gitProposed(df, { 'cmd/version.go': 'out, _ := exec.Command("git", "describe").Output()\n' }), true);
  assert.equal(gitProposed(df, { 'app/models/repo.rb': 'system("git clone #{url}")\n' }), true); // another repository's, not this checkout's
  // enketo-express' app/models/config-model.js: `cd` first, then git, in one shell string (sweep 54/F-F1).
  assert.equal(gitProposed(df, { 'app/models/config-model.js': "const v = execSync(`cd ${__dirname}; git describe --tags`, { encoding: 'utf-8' });\n" }), false);
  assert.equal(gitProposed(df, { 'app/version.rb': 'V = `cd /app && git rev-parse --short HEAD`\n' }), false);
  assert.equal(gitProposed(df, { 'app/models/repo.rb': 'system("cd #{dir} && git clone #{url}")\n' }), true);
  // Its near variants (the review of d1f96b47, RA-R10): global options, a newline in a template literal, variables, a path.
  // (And the list forms, and --no-pager: the review of fe0ad458, RB-R2.)
  for (const js of ['execSync(`git -C ${__dirname} describe --tags`)', 'execSync(`cd ${__dirname}\ngit describe --tags`)', 'execSync("cd /app && GIT_DIR=.git git describe --tags")', 'execSync("cd /app && /usr/bin/git describe --tags")', 'execSync("git --git-dir=/app/.git rev-parse HEAD")', 'execFileSync("git", ["-C", dir, "describe"])', 'execFileSync("/usr/bin/git", ["describe", "--tags"])', 'execSync("git --no-pager log -1 --format=%H")']) {
    assert.equal(gitProposed(df, { 'app/version.js': `const { execSync } = require('child_process');\nmodule.exports = ${js};\n` }), false, js);
  }
  // Bounded on a hostile line.
  const t0 = Date.now();
  gitProposed(df, { 'app/x.js': `'${'A=b '.repeat(50_000)}/usr/git${' -C x'.repeat(50_000)} status\n'`.repeat(2) + `"${'; '.repeat(100_000)}git\n` + `'${'\n'.repeat(300)}`.repeat(800) + 'git\n' });
  assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
  // soitun/dns-proxy-server's Dockerfile.deploy: `COPY . /app` and `COPY ./builder.bash /bin/builder.bash`,
  // whose deploy checks out gh-pages and pushes from /app.
  const deploy = 'FROM tools\nCOPY . /app\nCOPY ./builder.bash /bin/builder.bash\nWORKDIR /app\n';
  assert.equal(gitProposed(deploy, { 'builder.bash': '#!/bin/bash\ngit checkout -f gh-pages\ngit push origin gh-pages\n' }), false);
  assert.equal(gitProposed(deploy, { 'builder.bash': '#!/bin/bash\necho build\n' }), true);
});

// kubeflow/model-registry: clients/ui/Makefile sets `DOCKER_BUILD_ARGS := --build-arg
// UI_SOURCE_CODE=clients/ui/frontend ...` and builds `-f Dockerfile $(DOCKER_BUILD_ARGS) ../..`, whose
// `COPY ${UI_SOURCE_CODE} /usr/src/app` then takes clients/ui/frontend from the root. Read with the
// ARG's default (./frontend, nothing at the root), suggest . proposed excluding clients.
test('suggest: a Makefile recipe\'s build args held in a plain make variable decide what its Dockerfile copies', () => {
  const r = suggestOn({
    files: ['Dockerfile', 'cmd/main.go', 'clients/ui/Makefile', 'clients/ui/Dockerfile', 'clients/ui/frontend/index.js'],
    fileContents: {
      Dockerfile: 'FROM golang\nCOPY cmd /src/cmd\n',
      'clients/ui/Makefile': 'DOCKER_BUILD_ARGS := --build-arg UI_SOURCE_CODE=clients/ui/frontend\n\ndocker-build:\n\tdocker build -f Dockerfile $(DOCKER_BUILD_ARGS) -t ui ../..\n',
      'clients/ui/Dockerfile': 'FROM node\nARG UI_SOURCE_CODE=./frontend\nCOPY ${UI_SOURCE_CODE} /usr/src/app\n',
    },
    dockerignore: '.git\n',
  });
  assert.ok(!r.suggestions.some((x) => x.lines.includes('clients')), JSON.stringify(r.suggestions.map((x) => x.lines)));
  assert.match(r.rejected.find((x) => x.lines.includes('clients'))?.reasons[0] ?? '', /clients\/ui\/Dockerfile \(clients\/ui\/Makefile:4\) is built from this context too and COPY \$\{UI_SOURCE_CODE\} \(line 3\) copies clients/);
});

// jlesage/docker-baseimage-gui: CI builds Dockerfile.common as a Git context (build-push-action, no
// `context:`), and dev/build-image.sh builds it from the root (`BASE_DIR="$(realpath
// "${SCRIPT_DIR}"/../)"`, `-f "${BASE_DIR}"/Dockerfile.common "${BASE_DIR}"`), through the ignore
// file. suggest . proposed excluding src, helpers and rootfs, which Dockerfile.common copies.
test('suggest: a Dockerfile CI builds as a Git context of this directory still reads its ignore file when built by hand; a script\'s directory variables are followed', () => {
  const shape = (workflow: boolean, script: boolean) => ({
    files: ['Dockerfile', 'Dockerfile.common', 'src/app.c', 'helpers/h.sh', ...(workflow ? ['.github/workflows/build.yml'] : []), ...(script ? ['dev/build-image.sh'] : [])],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY --from=base / /\n',
      'Dockerfile.common': 'FROM alpine AS base\nCOPY src /build\nCOPY helpers/* /usr/bin/\n',
      '.github/workflows/build.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: Dockerfile.common\n',
      'dev/build-image.sh': '#!/bin/sh\nset -e\nSCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"\nBASE_DIR="$(realpath "${SCRIPT_DIR}"/../)"\nTAG=1.2.3\ndocker buildx build \\\n    -f "${BASE_DIR}"/Dockerfile.common \\\n    --build-arg V=$TAG \\\n    "${BASE_DIR}"\n',
    },
    dockerignore: '.git\n',
  });
  const r = suggestOn(shape(true, false));
  assert.deepEqual(r.sharedWith, ['Dockerfile.common']);
  const proposed = r.suggestions.flatMap((x) => x.lines);
  assert.ok(!proposed.includes('src') && !proposed.includes('helpers'), JSON.stringify(proposed));
  // The script's build: the root, through BASE_DIR; TAG is a word, not a path, and stays unknown.
  const tree = buildTree(shape(false, true));
  try {
    // (`before`: what the script runs before its build, from the root, as it is taken to run.)
    assert.deepEqual(scriptBuilds(tree.ctx, ['dev/build-image.sh']), [
      {
        name: 'dev/build-image.sh',
        context: tree.ctx,
        dockerfile: path.join(tree.ctx, 'Dockerfile.common'),
        args: {},
        // A value the shell expands is not read here: known only when the script runs (CTX101 quotes it).
        argsAtRunTime: { V: '$TAG' },
        before: { text: '#!/bin/sh\nset -e\nSCRIPT_DIR="$(cd "dev" && pwd)"\nBASE_DIR="$(realpath "dev"/../)"\nTAG=1.2.3\n', at: tree.ctx },
        // No tag, push, output or load: an image nothing names (whether it counts is discover.ts's to say).
        localImage: { names: [], ranBy: 'dev/build-image.sh', untagged: true },
      },
    ]);
  } finally {
    tree.cleanup();
  }
});

// dragonfly: its ubuntu Dockerfiles run `RUN --mount=type=tmpfs,target=/tmp ...`, which BuildKit
// answers by requesting the whole context (a quirk, pinned by the oracle) but which copies nothing;
// as a sibling it counted as copying the whole context and held back every "unused" exclusion.
test('suggest: another Dockerfile\'s tmpfs or cache mount copies nothing from the context', () => {
  const r = suggestOn({
    files: ['Dockerfile', 'Dockerfile.dev', 'src/main.cc', 'docs/guide.md'],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY src /src\n',
      'Dockerfile.dev': 'FROM alpine\nCOPY src /src\nRUN --mount=type=tmpfs,target=/tmp --mount=type=cache,target=/root/.cache make -C /src\n',
    },
    dockerignore: '.git\n',
  });
  assert.deepEqual(r.sharedWith, ['Dockerfile.dev']);
  assert.ok(r.suggestions.some((s) => s.lines.includes('docs')), JSON.stringify(r.rejected.map((x) => x.reasons[0])));
});

// etcd: tests/antithesis/Makefile sets REPOSITORY_ROOT := $(shell git rev-parse --show-toplevel) and
// ANTITHESIS_ROOT to its own directory, then `docker build --file $(ANTITHESIS_ROOT)/test-template/Dockerfile
// $(REPOSITORY_ROOT)`; that Dockerfile copies . and runs git. suggest -f Dockerfile proposed excluding .git.
test('suggest: a Makefile build whose context is a variable naming the repository root reads this ignore file', () => {
  const makefile = 'ANTITHESIS_ROOT :=$(dir $(realpath $(lastword $(MAKEFILE_LIST))))\nREPOSITORY_ROOT := $(shell git rev-parse --show-toplevel)\n\nbuild:\n\tdocker build \\\n\t\t--build-arg GO=$(shell cat $(REPOSITORY_ROOT)/.go-version) \\\n\t\t--file $(ANTITHESIS_ROOT)/test-template/Dockerfile \\\n\t\t$(REPOSITORY_ROOT)\n';
  const r = suggestOn({
    files: ['Dockerfile', 'main.go', '.git/HEAD', '.git/objects/pack/p.pack', 'tests/antithesis/Makefile', 'tests/antithesis/test-template/Dockerfile'],
    fileContents: {
      Dockerfile: 'FROM golang:1.22\nCOPY main.go /src/\n',
      '.git/objects/pack/p.pack': 'x'.repeat(4096),
      'tests/antithesis/Makefile': makefile,
      'tests/antithesis/test-template/Dockerfile': 'FROM golang:1.22\nCOPY . .\nRUN go mod edit -replace=x=$(git rev-parse --show-toplevel)/x\n',
    },
    dockerignore: '# nothing\n',
  });
  assert.deepEqual(r.sharedWith, ['tests/antithesis/test-template/Dockerfile (tests/antithesis/Makefile:5)']);
  assert.ok(!r.suggestions.some((s) => s.lines.includes('.git')), JSON.stringify(r.suggestions.map((s) => s.lines)));
});

// PowerDNS: builder/build.sh renders builder-support/dockerfiles/Dockerfile.authoritative (@EXEC lines
// write `COPY contrib ...`, `COPY regression-tests ...`) and builds it from the repository root with the
// root's .dockerignore; suggest -f Dockerfile-auth proposed excluding contrib and regression-tests
// (and its committed DNSSEC test keys), which `make dist` in that build packs.
test('suggest: a pdns-builder template in the repository is a build of the root whose sources are not known', () => {
  const shape = (withTemplate: boolean) => ({
    files: ['Dockerfile-auth', 'pdns/main.cc', 'contrib/tool.sh', 'regression-tests/zone.key', ...(withTemplate ? ['builder-support/dockerfiles/Dockerfile.authoritative'] : [])],
    fileContents: {
      'Dockerfile-auth': 'FROM debian:12\nCOPY pdns /src/pdns\n',
      'regression-tests/zone.key': 'Private-key-format: v1.3\n',
      'builder-support/dockerfiles/Dockerfile.authoritative': 'FROM alpine:3.23 AS pdns\nADD configure.ac /pdns/\n@EXEC for d in contrib regression-tests ; do echo "COPY $d /pdns/$d" ; done\n',
    },
    dockerignore: '.git\n',
  });
  const run = (withTemplate: boolean) =>
    suggestOn(shape(withTemplate), (ctx) => ({ file: path.join(ctx, 'Dockerfile-auth') }), (ctx) => {
      git(ctx, 'init', '-q');
      git(ctx, 'add', '-A');
    }).suggestions.flatMap((s) => s.lines);
  assert.deepEqual(run(true).filter((l) => l.startsWith('contrib') || l.startsWith('regression-tests')), []);
  assert.ok(run(false).includes('contrib'), JSON.stringify(run(false)));
});

// inbucket: `.dockerignore` holds `tags` (ctags); its build copies the tree and runs
// `git describe --tags`, and a tag checkout writes .git/refs/tags/v1.2.3. suggest proposed `**/tags`,
// which drops the tag: the released binary reported a commit hash instead of its version.
test('suggest: a rewrite that would drop part of .git from a build that runs git is refused with that reason', () => {
  const dockerfile = 'FROM golang:1.22\nCOPY . /src\nRUN go build -ldflags "-X main.version=$(git describe --tags --always)" -o /inbucket .\n';
  const shape = (files: string[]) => ({ files: ['Dockerfile', 'main.go', ...files], fileContents: { Dockerfile: dockerfile }, dockerignore: 'tags\n' });
  // A git index (the sources tracked, docs/tags not): with none, suggest widens no such line at all.
  const indexed = (ctx: string) => {
    git(ctx, 'init', '-q');
    git(ctx, 'add', 'Dockerfile', 'main.go');
  };
  // docs/tags is a deeper ctags file: CTX303 advises **/tags, which would also match .git/refs/tags.
  const r = suggestOn(shape(['.git/refs/tags/v1.2.3', 'docs/tags']), undefined, indexed);
  assert.deepEqual(r.suggestions.map((s) => s.lines), []);
  const because = 'the Dockerfile runs git (line 3): the build may read .git (a version from git describe); exclude it yourself if it does not';
  assert.deepEqual(
    r.rejected.map((x) => [x.lines, x.reasons]),
    [
      [['**/tags'], [because]],
      [['.git'], [because]], // CTX003's own proposal, refused as before
    ],
  );
  // With no git index, the same rewrite is refused before that: nothing tells docs/tags from a source.
  assert.deepEqual(
    suggestOn(shape(['docs/tags'])).rejected.map((x) => [x.lines, x.reasons[0].slice(0, 40)]),
    [[['**/tags'], 'there is no git index here to tell the r']],
  );
});

// zoraxy: a CI step's copy of a committed file (git-ignored where it lands) is as public as the
// original, so it is kept like a committed one, and the reason names the original.
test('suggest: an untracked copy of a committed secret file that a build stage copies is kept like the original, naming it', () => {
  const token = `API_TOKEN=${randomBytes(16).toString('hex')}\n`;
  const r = suggestOn(
    {
      files: ['Dockerfile', 'package.json', 'web/.env', '.env'],
      fileContents: { Dockerfile: 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm run build\nFROM node:20-alpine\nCOPY --from=build /app/web/.next/standalone /app\n', 'package.json': '{"name":"app"}\n', 'web/.env': token, '.env': token },
      dockerignore: 'node_modules\n',
    },
    undefined,
    (ctx) => {
      git(ctx, 'init', '-q');
      git(ctx, 'add', '--', 'Dockerfile', 'package.json', 'web/.env', '.dockerignore');
    },
  );
  assert.deepEqual(r.suggestions.map((x) => x.lines).filter((l) => l.some((y) => y.includes('.env'))), []);
  assert.deepEqual(
    r.rejected.filter((x) => x.lines.includes('.env')).map((x) => x.reasons[0]),
    ['git tracks the same bytes (web/.env) and Dockerfile:3 copies it into build stage build, whose RUN steps may read it or build it into what the image takes; take the secret out of the repository (and rotate it), or exclude it yourself if nothing reads it'],
  );
});

// skywalking: its Makefile builds the OAP image from a staging copy under dist/, which .gitignore
// ignores, Dockerfile included; CTX203 (git-ignored but sent) made suggest propose excluding the
// Dockerfile, which the CLI sends anyway.
test('suggest never proposes excluding the Dockerfile or the ignore file, git-ignored or not', () => {
  const r = suggestOn(
    { files: ['Dockerfile', 'oap.tgz', 'notes.txt'], fileContents: { Dockerfile: 'FROM eclipse-temurin\nCOPY oap.tgz /\n' }, dockerignore: '# staging\n' },
    undefined,
    (ctx) => {
      fs.writeFileSync(path.join(ctx, '.gitignore'), '*\n');
      git(ctx, 'init', '-q');
    },
  );
  const all = [...r.suggestions.map((s) => s.lines), ...r.rejected.map((s) => s.lines)].flat();
  assert.ok(!all.includes('Dockerfile') && !all.includes('.dockerignore'), JSON.stringify(all));
  assert.ok(all.includes('notes.txt'), JSON.stringify(all)); // the other git-ignored file is still a candidate
});

// mlrun: its Makefile writes mlrun/utils/version/version.json (git-ignored), protoc's *_pb2.py under
// server/api/proto and Go packages under proto/build before `docker build`; the Dockerfiles copy the
// whole context and `pip install .` or `go build` it. suggest proposed excluding all three (CTX203).
test('suggest: a git-ignored source file or package in a tree the whole-context build compiles is kept; junk and build output are still excluded', () => {
  const r = suggestOn(
    {
      files: ['Dockerfile', 'setup.py', 'mlrun/utils/version/version.py', 'mlrun/utils/version/version.json', 'server/api/proto/log_collector_pb2.py', 'proto/log.proto', 'proto/build/log/log.pb.go', 'dist/app.js', 'notes.txt', 'logs/run.txt'],
      fileContents: { Dockerfile: 'FROM python:3.11\nWORKDIR /mlrun\nCOPY . .\nRUN pip install .[complete]\n', '.gitignore': '' },
      dockerignore: '# nothing\n',
    },
    undefined,
    (ctx) => {
      fs.writeFileSync(path.join(ctx, '.gitignore'), 'mlrun/utils/version/version.json\n*_pb2.py\nbuild/\ndist/\nnotes.txt\nlogs/\n');
      git(ctx, 'init', '-q');
      git(ctx, 'add', '--', 'Dockerfile', 'setup.py', 'mlrun/utils/version/version.py', 'proto/log.proto', '.gitignore');
    },
  );
  const proposed = r.suggestions.flatMap((s) => s.lines);
  const held = r.rejected.filter((x) => x.kind === 'CTX203').map((x) => [x.paths[0], x.reasons[0].slice(0, 60)]);
  for (const p of ['mlrun/utils/version/version.json', 'server/api/proto/log_collector_pb2.py', 'proto/build']) assert.ok(!proposed.includes(p), `${p} proposed: ${JSON.stringify(proposed)}`);
  assert.deepEqual(held.map((h) => h[0]).sort(), ['mlrun/utils/version/version.json', 'proto/build', 'server/api/proto/log_collector_pb2.py']);
  assert.match(r.rejected.find((x) => x.paths[0] === 'proto/build')?.reasons[0] ?? '', /^git ignores it, but the Dockerfile copies the whole context and builds it \(RUN at line 4\): proto\/build\/log\/log\.pb\.go is source the build may compile or load/);
  // Build output that holds no Go code, and plain junk, are still proposed.
  for (const p of ['dist', 'notes.txt', 'logs']) assert.ok(proposed.includes(p), `${p} not proposed: ${JSON.stringify(proposed)}`);
});

// cloudnative-pg: `make olm-bundle` runs operator-sdk, which writes bundle.Dockerfile (git-ignored), then
// `docker build -f bundle.Dockerfile .`, which copies bundle/. suggest --allowlist proposed `*` plus the
// main Dockerfile's sources, which would have broken that build.
test('suggest: a Makefile build of a git-ignored Dockerfile the checkout lacks is a build of unknown sources: no allowlist, unused paths kept', () => {
  const shape = {
    files: ['Dockerfile', 'dist/manager', 'LICENSE', 'docs/a.md', 'config/x.yaml', 'Makefile'],
    fileContents: {
      Dockerfile: 'FROM scratch\nCOPY dist/manager /manager\nCOPY LICENSE /licenses/\n',
      Makefile: 'olm-bundle:\n\toperator-sdk generate bundle --output-dir bundle\n\tdocker build --push -f bundle.Dockerfile -t x .\n',
    },
    dockerignore: '# nothing\n',
  };
  const prepare = (gitignore: string) => (ctx: string) => {
    fs.writeFileSync(path.join(ctx, '.gitignore'), gitignore);
    git(ctx, 'init', '-q');
  };
  const generated = suggestOn(shape, () => ({ allowlist: true }), prepare('bundle.Dockerfile\nbundle/\n'));
  assert.deepEqual(generated.suggestions, []);
  assert.match(generated.allowlistProblem ?? '', /bundle\.Dockerfile \(Makefile:3; generated before the build\)/);
  // Not git-ignored: a stale recipe, which holds nothing back.
  assert.ok(suggestOn(shape, () => ({ allowlist: true }), prepare('')).suggestions.length > 0);
});

// autobrr: ci.Dockerfile binds the context (`RUN --mount=target=.`) and runs `go build -pgo=cpu.pprof`;
// its workflow downloads the git-ignored cpu.pprof first. suggest proposed excluding it (CTX203): Go
// fails when the named profile is missing.
test('suggest: a git-ignored file that a RUN of a whole-context build names is not excluded; another git-ignored file still is', () => {
  const tree = buildTree({
    files: ['ci.Dockerfile', 'main.go', '.gitignore', 'cpu.pprof', 'scratch.tmp'],
    fileContents: { 'ci.Dockerfile': 'FROM golang:1.23\nRUN --mount=target=. go build -pgo=cpu.pprof -o /app .\n', '.gitignore': 'cpu.pprof\nscratch.tmp\n' },
    dockerignore: '.git\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', 'ci.Dockerfile', 'main.go', '.gitignore', '.dockerignore');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: path.join(tree.ctx, 'ci.Dockerfile') });
    const proposed = r.suggestions.flatMap((s) => s.lines);
    assert.ok(!proposed.includes('cpu.pprof'), JSON.stringify(proposed));
    assert.ok(proposed.includes('scratch.tmp'), JSON.stringify(proposed));
    assert.match(r.rejected.find((x) => x.lines.includes('cpu.pprof'))?.reasons[0] ?? '', /^git ignores it, but the Dockerfile takes the whole context and its RUN at line 2 names cpu\.pprof/);
  } finally {
    tree.cleanup();
  }
});

// highlight builds docker/backend.Dockerfile and docker/frontend.Dockerfile from the root; they name
// their sources `../sdk/...`, `../frontend`, which BuildKit joins under the root. suggest proposed
// excluding sdk/ and frontend/ as unused, for these Dockerfiles and for a sibling's.
test('suggest: a directory a `COPY ../dir` of this Dockerfile or of a sibling names is not excluded (BuildKit joins it under the root)', () => {
  const tree = buildTree({
    files: ['docker/backend.Dockerfile', 'docker/collector.Dockerfile', 'sdk/go/go.mod', 'frontend/a.js', 'backend/main.go', 'junk/big.bin', '.github/workflows/b.yml'],
    fileContents: {
      'docker/backend.Dockerfile': 'FROM golang:1.22\nCOPY ../sdk/go/go.mod /src/sdk/\nCOPY ../frontend /src/fe\n',
      'docker/collector.Dockerfile': 'FROM golang:1.22\nCOPY backend /src/backend\n',
      '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -f docker/backend.Dockerfile . && docker build -f docker/collector.Dockerfile .\n',
      'junk/big.bin': 'x'.repeat(5000),
    },
    dockerignore: '.git\n',
  });
  try {
    for (const file of ['docker/backend.Dockerfile', 'docker/collector.Dockerfile']) {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx, file });
      const proposed = r.suggestions.flatMap((s) => s.lines);
      assert.ok(!proposed.some((l) => /^\/?(?:sdk|frontend)\b/.test(l)), `${file}: ${JSON.stringify(proposed)}`);
    }
  } finally {
    tree.cleanup();
  }
});

// KasmVNC builds 54 Dockerfiles from its root; suggest read 32 of them and took the rest for absent:
// with 39 that copy a.txt and a 40th that copies src/, it proposed excluding src/.
test('suggest: every Dockerfile built from the context is read, and past the cap the rest count as unknown, not absent', () => {
  const build = (n: number) => {
    const files: Record<string, string> = { 'a.txt': 'a\n', 'src/main.c': 'int main(){}\n', 'unused/x.bin': 'x'.repeat(4000) };
    for (let i = 0; i < n; i++) files[`Dockerfile.${String(i).padStart(3, '0')}`] = 'FROM alpine\nCOPY a.txt /\n';
    files['Dockerfile.zzz'] = 'FROM alpine\nCOPY src /src\n';
    return buildTree({ files: Object.keys(files), fileContents: files, dockerignore: '.git\n' });
  };
  for (const [n, unknown] of [[40, false], [MAX_SIBLINGS + 1, true]] as const) {
    const tree = build(n);
    try {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: 'Dockerfile.000' });
      const proposed = r.suggestions.flatMap((s) => s.lines);
      assert.ok(!proposed.includes('src'), `${n}: ${JSON.stringify(proposed)}`);
      const src = r.rejected.find((x) => x.lines.includes('src'));
      if (unknown) assert.match(src?.reasons[0] ?? '', /other Dockerfiles are built from this context and 1 of them were not read/);
      else assert.match(src?.reasons[0] ?? '', /Dockerfile\.zzz is built from this context too and COPY src/);
    } finally {
      tree.cleanup();
    }
  }
});

// jinya-cms: docker-compose.yml builds docker/dev.dockerfile (no COPY) from the root; GitLab CI builds
// docker/apache.dockerfile (`COPY ./ /var/www/jinya/`, then composer install) from the root too, which
// nothing ctx-audit reads shows. docker/ holds only Dockerfiles: guessed as its context, the others
// were no readers of the root's .dockerignore, and suggest proposed excluding src/ and public/.
test('suggest: a Dockerfile nothing builds, in a directory of Dockerfiles only, copying its whole context, reads the ignore file above', () => {
  const r = suggestOn(
    {
      files: ['docker-compose.yml', 'docker/dev.dockerfile', 'docker/apache.dockerfile', 'composer.json', 'src/App.php', 'public/index.php'],
      fileContents: {
        'docker-compose.yml': 'services:\n  backend:\n    build:\n      context: .\n      dockerfile: docker/dev.dockerfile\n',
        'docker/dev.dockerfile': 'FROM php:8.3-apache\nRUN docker-php-ext-install pdo_mysql\n',
        'docker/apache.dockerfile': 'FROM php:8.3-apache\nCOPY --chown=www-data ./ /var/www/jinya/\nWORKDIR /var/www/jinya\nRUN composer install --no-dev\n',
      },
      dockerignore: 'docker-compose.yml\n',
    },
    (ctx) => ({ file: path.join(ctx, 'docker/dev.dockerfile') }),
  );
  assert.deepEqual(r.sharedWith, ['docker/apache.dockerfile']);
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('src') && !proposed.includes('public'), JSON.stringify(proposed));
});

// opensupplyhub/open-apparel-registry: its app service mounts ./src/django/static (git-ignored);
// scripts/cibuild runs `docker-compose run --rm --no-deps app yarn run build` into it, then builds
// src/django, whose `COPY . /usr/local/src` and collectstatic serve the bundle. suggest src/django
// proposed excluding static (CTX203): an image with no frontend. A writable mount of a git-ignored
// path is a step's output; a read-only one, or one elsewhere, says nothing.
test('suggest: a git-ignored path a Compose service above the context mounts writable is kept (a step may write it); a read-only mount does not count', () => {
  const run = (volumes: string) => {
    const tree = buildTree({
      files: ['docker-compose.yml', '.gitignore', 'src/django/Dockerfile', 'src/django/manage.py', 'src/django/static/index.html', 'src/django/notes.txt'],
      fileContents: {
        'docker-compose.yml': `services:\n  app:\n    image: node:12-slim\n    working_dir: /usr/local/src\n    volumes:\n${volumes}    working_dir: /usr/local/src\n  django:\n    build: ./src/django\n`,
        '.gitignore': 'src/django/static\nsrc/django/notes.txt\n',
        'src/django/Dockerfile': 'FROM python:3.12\nCOPY . /usr/local/src\nRUN python manage.py collectstatic --noinput\n',
      },
      dockerignore: null,
    });
    try {
      git(tree.ctx, 'init', '-q');
      git(tree.ctx, 'add', '--', 'docker-compose.yml', '.gitignore', 'src/django/Dockerfile', 'src/django/manage.py');
      fs.writeFileSync(path.join(tree.ctx, 'src/django/.dockerignore'), '# none\n');
      const ctx = path.join(tree.ctx, 'src/django');
      return suggest({ context: ctx, cwd: ctx });
    } finally {
      tree.cleanup();
    }
  };
  const rw = run('      - ./src/app:/usr/local/src\n      - ./src/django/static:/usr/local/src/build\n');
  assert.ok(!rw.suggestions.flatMap((s) => s.lines).includes('static'));
  assert.deepEqual(rw.rejected.filter((x) => x.paths[0] === 'static').map((x) => x.reasons[0]), ['docker-compose.yml mounts it writable into its app service: a step that runs that service (docker compose run) may write it before the build; exclude it yourself if no build needs it']);
  assert.ok(rw.suggestions.flatMap((s) => s.lines).includes('notes.txt'));
  const ro = run('      - ./src/django/static:/usr/local/src/build:ro\n');
  assert.ok(ro.suggestions.flatMap((s) => s.lines).includes('static'), JSON.stringify(ro.suggestions));
});

// RedHatInsights/insights-inventory-frontend's Containerfile copies build-tools/*.sh (a submodule this
// clone lacks) and runs universal_build.sh, whose build_app_info.sh runs `git rev-parse HEAD` into the
// app.info.json it ships; suggest proposed .git, as the scripts it could not read read nothing.
test('suggest: .git is kept when the Dockerfile copies from a git submodule this checkout lacks (what it runs is not known)', () => {
  const df = 'FROM node:20 AS builder\nCOPY build-tools/universal_build.sh /usr/bin/\nCOPY . .\nRUN universal_build.sh\n';
  const reason = gitRejection(df, { '.gitmodules': '[submodule "build-tools"]\n\tpath = build-tools\n\turl = https://example.com/builder.git\n' });
  assert.equal(reason, 'Dockerfile:2 copies from git submodule build-tools, which this checkout lacks: whether what it brings reads .git is not known here (git submodule update --init, then run suggest again)');
});

// google/exposure-notifications-server (and KAI-Scheduler): builders/service.dockerfile copies
// `./bin/${SERVICE}` (ARG SERVICE, set by the build); suggest -f builders/migrate.dockerfile refused
// every change because that source "copies the whole context". Whatever SERVICE is, it lies in bin/.
test('suggest: another Dockerfile\'s source with an ARG nobody sets after literal components needs only what lies under them', () => {
  const r = suggestOn(
    {
      files: ['builders/service.dockerfile', 'builders/migrate.dockerfile', 'bin/migrate', 'bin/export', 'cmd/export/main.go', 'docs/a.md', 'migrations/1.sql'],
      fileContents: {
        'builders/service.dockerfile': 'FROM alpine\nARG SERVICE\nCOPY ./bin/${SERVICE} /server\n',
        'builders/migrate.dockerfile': 'FROM alpine\nCOPY ./bin/migrate /migrate\nCOPY ./migrations /migrations\n',
        'cmd/export/main.go': 'package main\n',
        'docs/a.md': 'x'.repeat(3000),
      },
      dockerignore: '# none\n',
    },
    (ctx) => ({ file: path.join(ctx, 'builders/migrate.dockerfile') }),
  );
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(proposed.includes('cmd') && proposed.includes('docs'), JSON.stringify(proposed));
  assert.ok(!proposed.some((l) => l === 'bin' || l.startsWith('bin/')), JSON.stringify(proposed));
});

// bcgov/sbc-auth: `cp .env.example .env` (its cloudbuild recipe), then auth-web's Dockerfile copies
// the whole context and runs `npm run build` (vite), which inlines the .env's values into dist/, the
// image's content. suggest proposed excluding the git-ignored .env (CTX203): every setting undefined.
test('suggest: a git-ignored .env that a whole-context front-end build loads is kept; without a build step, a front-end tool, or with a credential in it, it is still proposed', () => {
  const VITE = '{"scripts":{"build":"vite build"},"devDependencies":{"vite":"^5.4.0"}}\n';
  const run = (dockerfile: string, packageJson = VITE, env = 'VITE_API_URL=https://api.example.org\n') =>
    suggestOn(
      {
        files: ['Dockerfile', 'package.json', 'index.html', 'src/main.js', '.env.example', '.env', 'notes.txt'],
        fileContents: { Dockerfile: dockerfile, 'package.json': packageJson, '.env.example': 'VITE_API_URL=https://api.example.org\n', '.env': env },
        dockerignore: 'node_modules\ndist\n',
      },
      undefined,
      (ctx) => {
        fs.writeFileSync(path.join(ctx, '.gitignore'), 'node_modules/\ndist/\n.env\nnotes.txt\n');
        git(ctx, 'init', '-q');
        git(ctx, 'add', '--', 'Dockerfile', 'package.json', 'index.html', 'src/main.js', '.env.example', '.gitignore');
      },
    );
  const built = run('FROM node:20 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nRUN npm run build\n\nFROM nginx:alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n');
  const proposed = built.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('.env'), JSON.stringify(proposed));
  assert.ok(proposed.includes('notes.txt'), JSON.stringify(proposed)); // the other git-ignored file is still a candidate
  assert.match(built.rejected.find((x) => x.paths[0] === '.env')?.reasons[0] ?? '', /^git ignores it, but the Dockerfile takes the whole context and runs a front-end build \(RUN at line 6\): Vite, Next\.js and Create React App load \.env /);
  // A server that only runs: nothing loads .env at build time, and the image would carry it.
  assert.ok(run('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "src/main.js"]\n').suggestions.flatMap((s) => s.lines).includes('.env'));
  // A `tsc` backend's `npm run build` loads no .env (no Vite, Next.js, ... among its packages).
  const backend = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/main.js"]\n';
  assert.ok(run(backend, '{"scripts":{"build":"tsc"},"devDependencies":{"typescript":"^5.4.0"}}\n').suggestions.flatMap((s) => s.lines).includes('.env'));
  // A credential in it (CTX201 read it): shipping it is the leak, whatever the bundle loses.
  const secret = `VITE_API_URL=https://api.example.org\nSTRIPE_SECRET_KEY=${randomBytes(18).toString('hex')}\n`;
  assert.ok(run('FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n', VITE, secret).suggestions.flatMap((s) => s.lines).includes('.env'));
});

// renalreg/ukrdc-nuxt: `COPY . .`, `RUN npm run build`, and nuxt.config.js's Sentry webpack plugin
// with `setCommits: { auto: true }`, which reads the repository's commits (its workflow says .git is
// sent for it): suggest proposed `+ .git`. sentry-cli's `releases set-commits --auto` does the same.
test('suggest: .git is kept when the bundler config has Sentry\'s setCommits auto, or a package script runs sentry-cli set-commits --auto', () => {
  const pkg = '{"scripts":{"build":"nuxt build"}}\n';
  const nuxt = "export default {\n  sentry: {\n    publishRelease: {\n      release: {\n        setCommits: {\n          auto: true,\n        },\n      },\n    },\n  },\n}\n";
  assert.match(gitRejection('FROM node:18\nWORKDIR /app\nCOPY . .\nRUN npm run build\n', { 'package.json': pkg, 'nuxt.config.js': nuxt }) ?? '', /runs a package manager \(line 4\) and nuxt\.config\.js:5, the config its build loads, has Sentry's setCommits auto/);
  assert.match(gitRejection('FROM node:18\nCOPY . .\nRUN npm run release\n', { 'package.json': '{"scripts":{"release":"sentry-cli releases set-commits $V --auto"}}\n' }) ?? '', /the "release" script of package\.json runs git/);
  // Commits set by hand (no auto), or no Sentry: .git is proposed.
  assert.ok(gitProposed('FROM node:18\nCOPY . .\nRUN npm run build\n', { 'package.json': pkg, 'nuxt.config.js': nuxt.replace('auto: true', "commit: process.env.SHA") }));
  // linagora/tmail-flutter: scripts/run-sentry.sh runs `dart run sentry_dart_plugin`, whose `commits`
  // option defaults to auto (sentry-cli set-commits --auto fails with no repository; the script has set -e).
  const dart = 'FROM dart:stable\nWORKDIR /app\nCOPY . .\nRUN dart pub get && ./scripts/run-sentry.sh\n';
  assert.match(gitRejection(dart, { 'scripts/run-sentry.sh': '#!/bin/bash\nset -e\ndart run sentry_dart_plugin\n', 'pubspec.yaml': 'name: app\n' }) ?? '', /scripts\/run-sentry\.sh:3 runs Sentry's set-commits with auto \(the Dart plugin's default\)/);
  assert.match(gitRejection('FROM dart:stable\nCOPY . .\nRUN flutter pub run sentry_dart_plugin\n') ?? '', /runs Sentry's set-commits with auto \(line 3; the Dart plugin's default\)/);
  assert.ok(gitProposed(dart, { 'scripts/run-sentry.sh': '#!/bin/bash\nset -e\ndart run build_runner build\n' }));
});

// jaeger-ui: `RUN pnpm run build`, whose script runs `$(../../scripts/get-build-info.js)`, a Node program
// that spawns `git rev-parse`/`git status` for the version it embeds: suggest proposed excluding .git.
test('suggest: .git is kept when a package script runs a program of the repository that runs git', () => {
  const info = "const { spawnSync } = require('child_process');\n// the commit\nconsole.log(spawnSync('git', ['rev-parse', 'HEAD']).stdout.toString());\n";
  const pkg = (build: string) => JSON.stringify({ name: 'ui', version: '1.0.0', scripts: { build } });
  const df = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm run build\n';
  assert.match(gitRejection(df, { 'package.json': pkg('VSN=$(node scripts/get-build-info.js) vite build'), 'scripts/get-build-info.js': info }) ?? '', /the "build" script of package\.json runs scripts\/get-build-info\.js, whose line 3 runs git/);
  // From a workspace package, a path that climbs to the root's scripts.
  assert.match(gitRejection(df, { 'packages/ui/package.json': pkg('REACT_APP_VSN_STATE=$(../../scripts/get-build-info.js) vite build'), 'scripts/get-build-info.js': info }) ?? '', /script of packages\/ui\/package\.json runs scripts\/get-build-info\.js/);
  // A shell program too; one that runs no git, or a script no RUN runs, holds nothing back.
  assert.match(gitRejection(df, { 'package.json': pkg('./tools/version.sh && vite build'), 'tools/version.sh': '#!/bin/sh\ngit describe --tags > version.txt\n' }) ?? '', /runs tools\/version\.sh, whose line 2 runs git/);
  assert.ok(gitProposed(df, { 'package.json': pkg('node scripts/get-build-info.js && vite build'), 'scripts/get-build-info.js': "console.log('1.0.0'); // not from git\n" }));
  assert.ok(gitProposed(df, { 'package.json': JSON.stringify({ name: 'ui', scripts: { build: 'vite build', release: 'node scripts/get-build-info.js' } }), 'scripts/get-build-info.js': info }));
});

// syncthing: its README builds the root Dockerfile from the root (`COPY` of cmd/, lib/, script/...);
// its CI builds that Dockerfile from a ctx/ directory of binaries and Dockerfile.stcrashreceiver from
// the root. suggest -f Dockerfile.stcrashreceiver proposed excluding cmd, lib and script: a plain
// `docker build .` then fails.
test('suggest: the context\'s own Dockerfile counts as built from it, even when CI builds it from elsewhere', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'Dockerfile.crash', 'cmd/app/main.go', 'script/entry.sh', 'crash/bin', 'ctx/.keep', '.github/workflows/build.yml'],
    fileContents: {
      Dockerfile: 'FROM golang:1.22\nWORKDIR /src\nCOPY cmd ./cmd\nCOPY script/entry.sh /bin/\n',
      'Dockerfile.crash': 'FROM alpine\nCOPY crash/bin /bin/crash\n',
      '.github/workflows/build.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f Dockerfile -t a ctx\n      - run: docker build -f Dockerfile.crash -t b .\n',
    },
    dockerignore: '.git\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: 'Dockerfile.crash' });
    assert.deepEqual(r.sharedWith, ['Dockerfile (what a plain docker build of this context reads)']);
    const proposed = r.suggestions.flatMap((s) => s.lines);
    for (const p of ['cmd', 'script']) assert.ok(!proposed.includes(p), `${p} proposed: ${JSON.stringify(proposed)}`);
    // Suggest for the root Dockerfile itself is alone: no sibling named twice, none for itself.
    assert.ok(!suggest({ context: tree.ctx, cwd: tree.ctx }).sharedWith.some((n) => n.startsWith('Dockerfile (')));
  } finally {
    tree.cleanup();
  }
});

// hledger: `COPY . .` then `RUN stack install`, whose package.yaml depends on githash (Template Haskell
// puts the commit into --version at compile time): suggest proposed excluding .git.
test('suggest: .git is kept when stack or cabal builds a package depending on githash or gitrev', () => {
  const df = 'FROM haskell:9.12\nWORKDIR /src\nCOPY . .\nRUN stack install\n';
  assert.match(gitRejection(df, { 'hledger/package.yaml': 'name: hledger\ndependencies:\n- base\n- githash >=0.1.6\n' }) ?? '', /runs stack install \(line 4\) and hledger\/package\.yaml:4 depends on githash/);
  assert.match(gitRejection('FROM haskell:9.12\nCOPY . /src\nRUN cd /src && cabal build\n', { 'app.cabal': 'executable app\n  build-depends: base, gitrev\n' }) ?? '', /runs cabal build .* app\.cabal:2 depends on gitrev/);
  assert.ok(gitProposed(df, { 'package.yaml': 'name: app\ndependencies:\n- base\n- githash-like\n# githash\n' }));
});

// The same (sweep 47/w2-K-F2): suggest left out Dockerfile.tools, `FROM alpine:$TARGETARCH`, that Compose
// builds from this context, and proposed excluding tools/, which it copies.
test('suggest: a sibling whose FROM names an automatic platform ARG is read; what it copies is kept', () => {
  const r = suggestOn({
    files: ['Dockerfile', 'Dockerfile.tools', 'compose.yml', 'tools/x.sh', 'app/main.txt', 'docs/big.txt'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app/ /app/\n', 'Dockerfile.tools': 'FROM alpine:$TARGETARCH\nCOPY tools/x.sh /x.sh\n', 'compose.yml': 'services:\n  tools:\n    build:\n      context: .\n      dockerfile: Dockerfile.tools\n', 'docs/big.txt': 'x'.repeat(3000) },
    dockerignore: '.git\n',
  });
  const proposed = r.suggestions.flatMap((s) => s.lines);
  assert.ok(!proposed.includes('tools'), JSON.stringify(proposed));
  assert.ok(proposed.includes('docs'), JSON.stringify(proposed));
});

// A created .dockerignore is sent too: "files 4 -> 4" beside "stops sending 1 file" read as a mistake
// (sweep 47/A-W2, G-W2). The first change's figures say so; an existing file's do not.
test('suggest summary: the first change of a created ignore file says the new file is counted', () => {
  const created = suggestOn({ files: ['Dockerfile', 'src/a.js', 'docs/big.txt'], fileContents: { Dockerfile: 'FROM alpine\nCOPY src/ /src/\n', 'docs/big.txt': 'x'.repeat(3000) }, dockerignore: null });
  assert.match(renderSuggestSummary(created), /\n     files \d+ -> \d+, legacy tar [\d,]+ -> [\d,]+ B, BuildKit requested [\d,]+ -> [\d,]+ B \(with the new \.dockerignore, which is sent too\)\n/);
  const existing = suggestOn({ files: ['Dockerfile', 'src/a.js', 'docs/big.txt'], fileContents: { Dockerfile: 'FROM alpine\nCOPY src/ /src/\n', 'docs/big.txt': 'x'.repeat(3000) }, dockerignore: '# mine\n' });
  assert.doesNotMatch(renderSuggestSummary(existing), /which is sent too/);
});

// signoz's cacheci.yml builds `-f "$RUNNER_TEMP/extract.Dockerfile" "$RUNNER_TEMP/extract-context"`: listed as
// a build of this context whose Dockerfile a step makes, it held back every change (sweep 47/A-F4).
test('suggest: a workflow build from the runner\'s temporary directory is no reader of this ignore file', () => {
  const wf = (ctx: string) => `on: push\njobs:\n  tests:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: extract\n        run: |\n          printf 'FROM alpine\\n' > "$RUNNER_TEMP/extract.Dockerfile"\n          docker build -f "$RUNNER_TEMP/extract.Dockerfile" -t cacheci-extract ${ctx}\n`;
  const run = (ctx: string) =>
    suggestOn({ files: ['docker/app.Dockerfile', 'src/a.txt', 'docs/d1.md', '.github/workflows/ci.yml'], fileContents: { 'docker/app.Dockerfile': 'FROM alpine:3.19\nCOPY src /app/src\n', 'docs/d1.md': 'x'.repeat(3000), '.github/workflows/ci.yml': wf(ctx) }, dockerignore: '.git\n' }, (c) => ({ file: `${c}/docker/app.Dockerfile` }));
  for (const ctx of ['"$RUNNER_TEMP/extract-context"', '${{ runner.temp }}/ctx', '/tmp/ctx']) {
    const r = run(ctx);
    assert.deepEqual(r.sharedWith, [], ctx);
    assert.ok(r.suggestions.some((x) => x.lines.includes('docs')), ctx);
  }
  // A context the shell expands otherwise still holds the changes back.
  assert.ok(!run('"$CTX"').suggestions.some((x) => x.lines.includes('docs')));
});

// The review of 362bdb21: the COPY --from lookup walked the stage graph again per source, exponential
// in its depth (40 chained stages: 71 s). Worked out stage by stage, it is linear; the answer holds.
test('suggest: .git through a long chain of COPY --from stages is judged in linear time', () => {
  const lines = ['FROM alpine AS s0', 'COPY . /s'];
  for (let i = 1; i <= 40; i++) lines.push(`FROM alpine AS s${i}`, `COPY --from=s${i - 1} /s /s`, `COPY --from=s${i - 1} /t /t`);
  lines.push('RUN git -C /s describe > /v');
  const started = Date.now();
  assert.match(gitRejection(lines.join('\n') + '\n') ?? '', /runs git/);
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  // A chain that never took the context brings none.
  const clean = ['FROM alpine AS s0', 'RUN true'];
  for (let i = 1; i <= 40; i++) clean.push(`FROM alpine AS s${i}`, `COPY --from=s${i - 1} /s /s`);
  clean.push('RUN ls /s', 'COPY . /app');
  assert.ok(gitProposed(clean.join('\n') + '\n'));
});

test('suggest: which paths a source naming a build arg may copy with another value', () => {
  // Each variable declared by an ARG (a build arg can set it).
  const takes = (df: string, file: string) => variableSourceTaking(Buffer.from(`FROM alpine\nARG ${[...new Set([...df.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]))].join(' ') || 'NONE'}\n${df}\n`), file) !== null;
  assert.equal(takes('COPY ${CODE_PATH} /app', 'conf/server.key'), true);
  assert.equal(takes('COPY $CODE_PATH /app', '.env'), true);
  assert.equal(takes('COPY ./${DIR}/ /app', 'a/b/c.key'), true);
  // A value with slashes, or none: `${DIR}/server.key` may be conf/dev/server.key or server.key.
  assert.equal(takes('COPY ${DIR}/server.key /k', 'conf/dev/server.key'), true);
  assert.equal(takes('COPY ${DIR}/server.key /k', 'server.key'), true);
  assert.equal(takes('COPY conf/${ENV} /c', 'conf/prod/tls.key'), true);
  assert.equal(takes('COPY conf/${ENV}.key /c', 'conf/prod.key'), true);
  assert.equal(takes('COPY conf/*/${NAME} /c', 'conf/x/a.key'), true);
  assert.equal(takes('COPY conf/[ab]${N} /c', 'conf/a1.key'), true);
  // What is written around the variable must match.
  assert.equal(takes('COPY ${APP}/package.json /app/', 'conf/server.key'), false);
  assert.equal(takes('COPY web/${NAME} /app', 'conf/server.key'), false);
  assert.equal(takes('COPY conf/${ENV}.crt /c', 'conf/prod.key'), false);
  assert.equal(takes('COPY conf/*/${NAME} /c', 'conf/a.key'), false);
  // A variable no ARG declares (the image's `$PWD`, an ENV of the Dockerfile): no build arg sets it (the
  // review of 9c4d4052).
  assert.equal(variableSourceTaking(Buffer.from('FROM alpine\nENV CODE_PATH=web\nCOPY ${CODE_PATH} /app\n'), 'conf/server.key'), null);
  assert.equal(variableSourceTaking(Buffer.from('FROM alpine\nCOPY $PWD/x /app\n'), 'x'), null);
  // No variable, another stage, a cache mount: none of them.
  assert.equal(takes('COPY conf /c', 'conf/a.key'), false);
  assert.equal(takes('COPY --from=build ${P} /c', 'conf/a.key'), false);
  // A source longer than any path: read as copying anything, and read in bounded time.
  assert.equal(takes(`COPY ${'${A}'.repeat(20_000)} /c`, 'conf/a.key'), true);
  // Many variables before a literal (the review of 9c4d4052: as a regular expression, 20 took 89 s).
  assert.equal(takes(`COPY ${'${A}'.repeat(1_000)}Q /c`, 'conf/a.key'), false);
  assert.equal(takes(`COPY web/${'$A'.repeat(20_000)}x /c`, 'conf/a.key'), true);
});

// filebrowser: .goreleaser.yml builds Dockerfile and Dockerfile.s6 (extra_files: docker) in a directory
// of its own; Dockerfile.s6 copies docker/s6. suggest . proposed excluding docker/s6, which it refused
// once the .goreleaser.yml was gone (sweep 48/C-F2).
test('suggest: a Dockerfile GoReleaser builds elsewhere is still read by `docker build -f` of it from this context', () => {
  const files = {
    Dockerfile: 'FROM busybox\nCOPY app /bin/app\nCOPY docker/common/ /\n',
    'Dockerfile.s6': 'FROM busybox\nCOPY app /bin/app\nCOPY docker/common/ /\nCOPY docker/s6/ /\n',
    'docker/common/healthcheck.sh': 'x\n',
    'docker/s6/run': 'y\n',
    app: 'bin\n',
    '.goreleaser.yml': 'version: 2\nbuilds:\n  - binary: app\ndockers:\n  - dockerfile: Dockerfile\n    extra_files:\n      - docker\n  - dockerfile: Dockerfile.s6\n    extra_files:\n      - docker\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: 'dist\n' });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-A');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((x) => x.lines.includes('docker/s6')), JSON.stringify(r.suggestions.map((x) => x.lines)));
    assert.deepEqual(
      r.rejected.filter((x) => x.lines.includes('docker/s6')).map((x) => x.reasons[0]),
      ['Dockerfile.s6 (for docker build -f Dockerfile.s6; .goreleaser.yml builds it in a directory of its own) is built from this context too and COPY docker/s6/ (line 4) copies docker/s6'],
    );
  } finally {
    tree.cleanup();
  }
});

// The review of 9c4d4052: `ARG KEYFILE=certs/dev`, `COPY ${KEYFILE}.crt`: with KEYFILE=conf/prod it copies
// conf/prod.crt, a committed key. The key was held back, but `conf` (unused by default) was proposed,
// taking it along (F2); as a sibling, both were proposed (F3): the variable was read as one component.
test('suggest: a build arg\'s value may hold slashes: neither the key nor the directory above it is excluded, from the Dockerfile or a sibling', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const tree = buildTree({
    files: ['Dockerfile', 'Dockerfile.tls', 'conf/prod.crt', 'certs/dev.crt', 'web/index.html'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY web /app\n', 'Dockerfile.tls': 'FROM alpine\nARG KEYFILE=certs/dev\nCOPY ${KEYFILE}.crt /k\n', 'conf/prod.crt': key, 'certs/dev.crt': 'c\n', 'web/index.html': 'hi\n' },
    dockerignore: 'node_modules\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-A');
    for (const file of ['Dockerfile.tls', undefined]) {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx, ...(file !== undefined ? { file } : {}) });
      const lines = r.suggestions.flatMap((x) => x.lines);
      assert.ok(!lines.some((l) => l === 'conf' || l.startsWith('conf/')), `${file}: ${JSON.stringify(lines)}`);
      // .git is no value a build arg reaches: still proposed.
      assert.ok(lines.includes('.git'), `${file}: ${JSON.stringify(lines)}`);
    }
  } finally {
    tree.cleanup();
  }
});

// The review of ff6bf910: an ENV made from a build arg is one too (`ARG BUILD_ENV=dev`, `ENV
// CONFIG_DIR=config/${BUILD_ENV}`, `COPY ${CONFIG_DIR} /c`: C1); an ARG line continued with `\` declares
// what follows (C2); a source that starts with a build arg takes from a directory only what is there:
// docs/, holding no .crt, may be excluded (C4).
test('suggest: build args through ENV and continued ARG lines; a directory holding nothing a variable source names', () => {
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const run = (dockerfile: string, files: Record<string, string>) => {
    const tree = buildTree({ files: ['Dockerfile', ...Object.keys(files)], fileContents: { Dockerfile: dockerfile, ...files }, dockerignore: 'node_modules\n' });
    try {
      git(tree.ctx, 'init', '-q');
      git(tree.ctx, 'add', '-A');
      return suggest({ context: tree.ctx, cwd: tree.ctx }).suggestions.flatMap((x) => x.lines).filter((l) => l !== '.git');
    } finally {
      tree.cleanup();
    }
  };
  const config = { 'config/dev/app.yml': 'a\n', 'config/prod/app.yml': 'b\n', 'config/prod/server.key': key };
  assert.deepEqual(run('FROM alpine\nARG BUILD_ENV=dev\nENV CONFIG_DIR=config/${BUILD_ENV}\nCOPY ${CONFIG_DIR} /c\n', config), []);
  assert.deepEqual(run('FROM alpine\nARG VERSION=1 \\\n    CODE_PATH=web\nCOPY ${CODE_PATH} /app\n', { 'web/index.html': 'x\n', 'conf/server.key': key }), []);
  assert.deepEqual(run('FROM alpine\nARG KEYFILE=certs/dev\nCOPY ${KEYFILE}.crt /k\n', { 'certs/dev.crt': 'c\n', 'docs/readme.txt': 'd\n', 'conf/prod.crt': 'c\n' }), ['docs']);
});

// A source of 200k unclosed `${` after a build arg, and an ENV line of 100k quotes: 92 s before the
// length guards of variableSources and argNames, 3 s after (the timeout is the guard: a hang fails it).
test('suggest: variable sources of a hostile Dockerfile are read in bounded time', { timeout: 30_000 }, () => {
  assert.deepEqual(variableSources(Buffer.from(`FROM alpine\nARG A\nENV ${'a="'.repeat(100_000)}\nCOPY \${A}${'${'.repeat(200_000)} /c\n`)).map((x) => x.whole), [true]);
});

// plone-backend (sweep 52/P-F2): Dockerfile.dev is `FROM plone/server-builder`, whose ONBUILD COPY takes what
// no line names, and its own suggest holds every unused directory back; suggest for Dockerfile.prod, built from
// the same root, said it checked each change against Dockerfile.dev and still excluded news/ and src/.
test('suggest: a sibling Dockerfile built FROM an ONBUILD or builder image holds back what this one does not use', () => {
  const shape = (dev: string): TreeShape => ({ files: ['Dockerfile.prod', 'Dockerfile.dev', 'src/app.py', 'news/1.md', 'helpers/h.py'], fileContents: { 'Dockerfile.prod': 'FROM python:3.12-slim\nCOPY helpers/h.py /h.py\n', 'Dockerfile.dev': dev }, dockerignore: '.git\n' });
  for (const dev of ['FROM example/app-builder:1\n', 'FROM ruby:2.2.3-onbuild\n']) {
    const r = suggestOn(shape(dev), (ctx) => ({ file: path.join(ctx, 'Dockerfile.prod') }));
    assert.deepEqual(r.suggestions.flatMap((s) => s.lines).filter((l) => l === 'news' || l === 'src'), [], dev);
    const base = dev.slice(5, -1);
    // Said as surely as Dockerfile.dev's own suggest says it: a builder image by its name only may (the review of bde9b3a5, RA-R7).
    const said = base.includes('onbuild') ? 'an ONBUILD image whose ONBUILD COPY runs in that build, copies' : 'by its name a builder image whose own ONBUILD instructions, if it has them, may copy';
    assert.equal(r.rejected.find((x) => x.lines.includes('news'))?.reasons[0], `Dockerfile.dev is built from this context too and FROM ${base} (line 1), ${said} the whole context: it may need what this Dockerfile does not use`);
  }
  // A sibling on a plain image that copies only its own files leaves them free.
  const plain = suggestOn(shape('FROM python:3.12-slim\nCOPY src /src\n'), (ctx) => ({ file: path.join(ctx, 'Dockerfile.prod') }));
  assert.ok(plain.suggestions.some((s) => s.lines.includes('news')));
});

// tyk's ci/images/plugin-compiler (sweep 53/X-F1): `COPY ci/images/plugin-compiler/data/build.sh /build.sh`
// then `RUN chmod +x /build.sh` (the image's entrypoint, run by `docker run` only); another directory's
// build.sh runs git. .git was held back as read by "build.sh (line 4)", that other script's line.
test('suggest: a script a RUN only chmods is not run; of two scripts of one name, the one a COPY placed is read', () => {
  const other = '#!/bin/sh\nVERSION=$(git describe --tags)\necho $VERSION\n';
  const files = { 'img/data/build.sh': '#!/bin/sh\necho building plugin\n', 'other/data/build.sh': other };
  assert.ok(gitProposed('FROM alpine\nCOPY . /src\nCOPY img/data/build.sh /build.sh\nRUN chmod +x /build.sh && chown 1000 /build.sh\nENTRYPOINT ["/build.sh"]\n', files));
  // Run, it is the COPY's script that counts: img's runs no git.
  assert.ok(gitProposed('FROM alpine\nCOPY . /src\nCOPY img/data/build.sh /build.sh\nRUN chmod +x /build.sh && /build.sh\n', files));
  // And when that one runs git, it is named.
  assert.equal(
    gitRejection('FROM alpine\nCOPY . /src\nCOPY other/data/build.sh /build.sh\nRUN chmod +x /build.sh; /build.sh\n', files),
    'the Dockerfile runs build.sh (line 4) and other/data/build.sh:2 runs git: the build may read .git (a version from git describe); exclude it yourself if it does not',
  );
});

// netclient's cmd/version.go (sweep 53/X-F3): `netclient version --long` prints
// `pretty.Println(info.Settings)`, the vcs.* stamps among them; only a program naming vcs.revision was seen.
test('suggest: .git is kept when a program hands debug.ReadBuildInfo\'s settings whole to a call, or ranges over them all', () => {
  const goMod = 'module example.com/app\n\ngo 1.25\n';
  const df = 'FROM golang:1.25 AS builder\nWORKDIR /app\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags="-s -w" -o app .\nFROM alpine\nCOPY --from=builder /app/app /app\n';
  const read = (body: string) => `package cmd\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\nfunc PrintVersion() {\n\tinfo, _ := debug.ReadBuildInfo()\n${body}}\n`;
  assert.match(gitRejection(df, { 'go.mod': goMod, 'cmd/version.go': read('\tpretty.Println(info.Settings)\n') }) ?? '', /and cmd\/version\.go:9 reads it \(debug\.ReadBuildInfo\)/);
  assert.match(gitRejection(df, { 'go.mod': goMod, 'cmd/version.go': read('\tfor _, s := range info.Settings {\n\t\tfmt.Println(s.Key, s.Value)\n\t}\n') }) ?? '', /cmd\/version\.go:9 reads it/);
  // Settings ranged over for another key only, or the Go version alone: no VCS stamp read.
  assert.ok(gitProposed(df, { 'go.mod': goMod, 'cmd/version.go': read('\tfor _, s := range info.Settings {\n\t\tif s.Key == "GOARCH" {\n\t\t\tfmt.Println(s.Value)\n\t\t}\n\t}\n') }));
  assert.ok(gitProposed(df, { 'go.mod': goMod, 'cmd/version.go': read('\tfmt.Println(info.GoVersion)\n') }));
});

// The review of 729f12ee: RA-R5, `RUN ./build.sh` in a WORKDIR that `COPY . /src` filled runs the root's
// build.sh (which runs git), though another build.sh was COPYed by name elsewhere; RA-R6, `RUN
// test/version.sh` is a script run by its path, not the test command. Both proposed .git.
test('suggest: a COPYed script counts only where the RUN runs its destination; a script under test/ run by its path is run', () => {
  const gitScript = '#!/bin/sh\nVERSION=$(git describe --tags --always)\necho "$VERSION" > /version\n';
  assert.match(
    gitRejection('FROM golang:1.22\nCOPY tools/build.sh /usr/local/bin/build.sh\nCOPY . /src\nWORKDIR /src\nRUN ./build.sh\n', { 'build.sh': gitScript, 'tools/build.sh': '#!/bin/sh\necho helper\n' }) ?? '',
    /runs build\.sh \(line 5\) and build\.sh:2 runs git/,
  );
  assert.match(gitRejection('FROM golang:1.22\nCOPY . /src\nWORKDIR /src\nRUN test/version.sh\n', { 'test/version.sh': '#!/bin/sh\ngit describe --tags --always > /version\n' }) ?? '', /test\/version\.sh:2 runs git/);
  // Run by the destination a COPY gave it: that file, and no other of its name.
  assert.ok(gitProposed('FROM golang:1.22\nCOPY tools/build.sh /usr/local/bin/build.sh\nCOPY . /src\nRUN /usr/local/bin/build.sh\n', { 'build.sh': gitScript, 'tools/build.sh': '#!/bin/sh\necho helper\n' }));
  assert.ok(gitProposed('FROM golang:1.22\nCOPY . /src\nCOPY tools/build.sh /opt/\nRUN /opt/build.sh\n', { 'build.sh': gitScript, 'tools/build.sh': '#!/bin/sh\necho helper\n' }));
});

// The review of 520d015f: RA-R7, a `case "version":` elsewhere in the file hid a loop printing every
// setting, and `fmt.Println(info)` prints them all; RA-R8, `start(cfg.Settings)` is no build info.
test('suggest: the variable ReadBuildInfo returns into, printed whole or its settings looped over, reads the stamp; another Settings does not', () => {
  const goMod = 'module example.com/app\n\ngo 1.22\n';
  const df = 'FROM golang:1.22 AS b\nWORKDIR /app\nCOPY . .\nRUN go build -o app .\nFROM alpine\nCOPY --from=b /app/app /app\n';
  const main = (body: string) => `package main\n\nimport (\n\t"fmt"\n\t"os"\n\t"runtime/debug"\n)\n\nfunc main() {\n${body}}\n`;
  assert.match(gitRejection(df, { 'go.mod': goMod, 'main.go': main('\tswitch os.Args[1] {\n\tcase "version":\n\t\tinfo, _ := debug.ReadBuildInfo()\n\t\tfor _, s := range info.Settings {\n\t\t\tfmt.Println(s.Key, s.Value)\n\t\t}\n\t}\n') }) ?? '', /main\.go:12 reads it/);
  assert.match(gitRejection(df, { 'go.mod': goMod, 'main.go': main('\tbi, ok := debug.ReadBuildInfo()\n\tif ok {\n\t\tfmt.Println(bi)\n\t}\n') }) ?? '', /main\.go:10 reads it/);
  assert.ok(gitProposed(df, { 'go.mod': goMod, 'main.go': main('\tinfo, _ := debug.ReadBuildInfo()\n\tfmt.Println(info.GoVersion)\n\tstart(cfg.Settings)\n\t_ = os.Args\n') }));
});

// robusta's pyproject.toml (sweep 53/B-F1): `#[tool.poetry-dynamic-versioning]` and `#vcs = "git"`, the plugin
// commented out and the version 0.0.0 written out: CTX003 said the install takes its version from .git.
test('suggest: a Python versioning plugin named only on comment lines does not hold .git back', () => {
  const df = 'FROM python:3.9\nWORKDIR /app\nCOPY . /app/\nRUN pip install poetry && poetry install\n';
  const toml = (tail: string) => `[tool.poetry]\nname = "demo"\nversion = "0.0.0"\n\n[build-system]\nrequires = ["poetry-core>=1.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n${tail}`;
  assert.ok(gitProposed(df, { 'pyproject.toml': toml('\n# https://github.com/mtkennerly/poetry-dynamic-versioning\n#[tool.poetry-dynamic-versioning]\n#vcs = "git"\n') }));
  assert.match(gitRejection(df, { 'pyproject.toml': toml('\n[tool.poetry-dynamic-versioning]\nenable = true\nvcs = "git"\n') }) ?? '', /uses poetry-dynamic-versioning/);
});

// vikunja's magefile.go:1673 (sweep 53/A-F1): `fmt.Printf("Warning: git fetch failed: %v\n", err)` was cited as
// running git; a message printed or raised runs nothing. A command it substitutes still runs.
test('suggest: git named in a message a line prints is no run of git; one substituted in it is', () => {
  const df = 'FROM golang:1.22\nCOPY . /src\nWORKDIR /src\nRUN mage build\n';
  const mage = (body: string) => `//go:build mage\n\npackage main\n\nimport "fmt"\n\nfunc Build() error {\n${body}\treturn nil\n}\n`;
  assert.ok(gitProposed(df, { 'magefile.go': mage('\tfmt.Printf("Warning: git fetch failed: %v\\n", err)\n\treturn fmt.Errorf("git describe failed")\n') }));
  assert.match(gitRejection(df, { 'magefile.go': mage('\tout, _ := sh.Output("git", "describe", "--tags")\n\tfmt.Println(out)\n') }) ?? '', /magefile\.go:8 runs git/);
  const sh = 'FROM alpine\nCOPY . /src\nWORKDIR /src\nRUN ./build.sh\n';
  assert.ok(gitProposed(sh, { 'build.sh': '#!/bin/sh\necho "git is not needed here"\nmake all\n' }));
  assert.match(gitRejection(sh, { 'build.sh': '#!/bin/sh\necho "version $(git describe --tags)" > VERSION\n' }) ?? '', /build\.sh:2 runs git/);
});

// The review of 7d5d75cb: RB-R6, `fmt.Println("build:", info)` prints every setting; RB-R7, a later `COPY . .`
// overwrites the script a COPY put at /app/build.sh with the root's, which runs git.
test('suggest: build info printed as a later argument reads the stamp; a COPY destination a later COPY of the context overwrites is not known', () => {
  const goMod = 'module example.com/app\n\ngo 1.22\n';
  const df = 'FROM golang:1.22 AS b\nWORKDIR /app\nCOPY . .\nRUN go build -o app .\nFROM alpine\nCOPY --from=b /app/app /app\n';
  assert.match(gitRejection(df, { 'go.mod': goMod, 'main.go': 'package main\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\nfunc main() {\n\tinfo, _ := debug.ReadBuildInfo()\n\tfmt.Println("build:", info)\n}\n' }) ?? '', /main\.go:9 reads it/);
  const gitScript = '#!/bin/sh\nVERSION=$(git describe --tags --always)\necho "$VERSION" > /version\n';
  assert.match(gitRejection('FROM golang:1.22\nWORKDIR /app\nCOPY tools/build.sh /app/build.sh\nCOPY . .\nRUN /app/build.sh\n', { 'build.sh': gitScript, 'tools/build.sh': '#!/bin/sh\necho helper\n' }) ?? '', /build\.sh:2 runs git/);
});

// go-cqhttp: `FROM golang:1.20-alpine`, `RUN go build`: the official golang image's Alpine variant has no git, and
// go build's -buildvcs=auto drops the VCS stamp when git is missing. suggest kept 8.9 MB of .git for a stamp that
// never happens (sweep 55/Q-F2). Once a RUN of the chain installs git (or the image is Debian's), it stamps.
test('suggest: a go build in the golang image\'s Alpine variant with no git installed stamps nothing from .git', () => {
  const goMod = 'module example.com/app\n\ngo 1.20\n';
  const version = 'package main\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\nfunc version() {\n\tinfo, _ := debug.ReadBuildInfo()\n\tfmt.Println(info.Main.Version)\n}\n';
  const extra = { 'go.mod': goMod, 'version.go': version };
  assert.ok(gitProposed('FROM golang:1.20-alpine AS builder\nWORKDIR /build\nCOPY ./ .\nRUN go build -o app\nFROM alpine\nCOPY --from=builder /build/app /app\n', extra));
  assert.ok(gitProposed('ARG GO=1.22\nFROM golang:${GO}-alpine3.19 AS base\nFROM base AS build\nCOPY . /src\nRUN go build ./...\n', extra));
  assert.match(gitRejection('FROM golang:1.20-alpine\nRUN apk add --no-cache git make\nCOPY . /src\nRUN go build ./...\n', extra) ?? '', /runs go build \(line 4\)/);
  assert.match(gitRejection('FROM golang:1.20-alpine AS base\nRUN apk add git\nFROM base\nCOPY . /src\nRUN go build ./...\n', extra) ?? '', /runs go build \(line 5\)/);
  assert.match(gitRejection('FROM golang:1.20\nCOPY . /src\nRUN go build ./...\n', extra) ?? '', /runs go build \(line 3\)/);
  // Git through a variable, a package that holds it, or a script (the review of 8ed4b030, RC-R7): it may be there.
  assert.match(gitRejection('FROM golang:1.20-alpine\nARG BUILD_DEPS="git make"\nRUN apk add $BUILD_DEPS\nCOPY . /src\nRUN go build ./...\n', extra) ?? '', /runs go build \(line 5\)/);
  assert.match(gitRejection('FROM golang:1.20-alpine\nRUN apk add alpine-sdk\nCOPY . /src\nRUN go build ./...\n', extra) ?? '', /runs go build \(line 4\)/);
  // Each stage read once: 8,000 go build RUN lines in such an image took 21 s (the stop-55 re-read).
  const started = Date.now();
  assert.ok(gitProposed(`FROM golang:1.20-alpine\nCOPY . /src\n${Array.from({ length: 8000 }, (_, i) => `RUN go build ./x${i}\n`).join('')}`, extra));
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
});
