// --all on real repositories (stop 27 sweeps): files --all finds that are not builds as written,
// and builds whose inputs a workflow or a tool makes. Each was an exit 2 or a false error on a
// healthy repository; each is now listed as skipped with its reason, or audited as docker would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { packageScriptBuilds, scriptBuilds, templateReason } from '../../src/targets/repo-builds.js';
import { discoverTargets } from '../../src/targets/discover.js';
import { isRemoteContext as isRemote } from '../../src/targets/target.js';
import { withoutJsonComments } from '../../src/context/jsonc.js';
import { runTargets } from '../../src/multi/run-targets.js';
import { buildTree } from '../helpers/trees.js';

function discovered(files: Record<string, string>, env: Record<string, string> = {}) {
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env });
    return d.targets.map((t) => ({ name: t.name, skip: t.skipReason ?? null, error: t.error ?? null, context: t.context.slice(tree.ctx.length) || '/', stage: t.target ?? null, ...(t.builder !== undefined ? { builder: t.builder } : {}) })).sort((a, b) => (a.name < b.name ? -1 : 1));
  } finally {
    tree.cleanup();
  }
}

/** `--all`'s targets (BuildKit): each one's name, skip, error and CTX100 errors. */
function ctx100Errors(files: Record<string, string>): [string, string | null, string | null, string[]][] {
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    return r.targets.map((t) => [t.name, t.skipped, t.error, r.findings.filter((f) => f.target === t.name && f.ruleId === 'CTX100' && f.severity === 'error').map((f) => f.message)]);
  } finally {
    tree.cleanup();
  }
}

/** The targets discovered in a tree, with their Dockerfiles relative to it. */
function discoveredTargets(files: Record<string, string>) {
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    return discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((t) => ({ name: t.name, skip: t.skipReason ?? null, dockerfile: t.dockerfile === undefined ? null : path.relative(tree.ctx, t.dockerfile) }));
  } finally {
    tree.cleanup();
  }
}

/** The severities of the CTX101 findings `--all` gives a tree built for the test (BuildKit). */
function ctx101Severities(files: Record<string, string>): string[] {
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    return r.findings.filter((x) => x.ruleId === 'CTX101').map((x) => x.severity);
  } finally {
    tree.cleanup();
  }
}

// dockcross/dockcross: */Dockerfile.in with `#include "common.crosstool"` lines, which the Makefile's
// `%Dockerfile: %Dockerfile.in` rule expands with sed into the Dockerfile it builds: audited as they are, the
// files the included text copies were called unused (sweep 54/H-F4). Three have no #include: the rule says so.
test('templateReason: a Dockerfile with #include lines, or a .in file a Makefile rule renders, is a template; a plain .in file is not', () => {
  const reasons = (files: Record<string, string>) => {
    const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
    try {
      return Object.keys(files).filter((f) => /Dockerfile/.test(f) && !f.endsWith('Makefile')).map((f) => [f, templateReason(join(tree.ctx, f), tree.ctx)]);
    } finally {
      tree.cleanup();
    }
  };
  const df = 'FROM debian:12\nRUN true\n';
  assert.deepEqual(reasons({ 'linux-arm64/Dockerfile.in': `${df}#include "common.crosstool"\n`, 'musl/Dockerfile.in': df, 'other/Dockerfile.in': df, Makefile: 'GEN := musl/Dockerfile\n$(GEN) Dockerfile: %Dockerfile: %Dockerfile.in common/x\n\tsed -e x $< > $@\n' }), [
    ['linux-arm64/Dockerfile.in', 'a template (it has #include lines, "common.crosstool" first, which a preprocessor or a Makefile rule expands before docker reads it; docker takes them for comments): not audited'],
    ['musl/Dockerfile.in', 'a template (Dockerfile.in, which a Makefile rule renders into the Dockerfile it builds): not audited'],
    ['other/Dockerfile.in', 'a template (Dockerfile.in, which a Makefile rule renders into the Dockerfile it builds): not audited'],
  ]);
  // No rule making it, no #include: a Dockerfile like another (`# include` prose is a comment).
  assert.deepEqual(reasons({ 'Dockerfile.in': `${df}# include the config below\n`, Makefile: 'build:\n\tdocker build -f Dockerfile.in .\n' }), [['Dockerfile.in', null]]);
});

// Bizoholic-Digital/bizosaas-platform's portals/client-portal/Dockerfile.autoscaling writes a Node
// script through `COPY <<'EOF'` whose `${res.statusCode}` looked like a Maven placeholder: the
// Dockerfile was skipped as a template and never audited.
test('templateReason: placeholders and directive lines inside a heredoc\'s body are the text it writes, not the Dockerfile\'s', () => {
  const reason = (text: string) => {
    const tree = buildTree({ files: ['Dockerfile.autoscaling'], dockerignore: null, fileContents: { 'Dockerfile.autoscaling': text } });
    try {
      return templateReason(join(tree.ctx, 'Dockerfile.autoscaling'));
    } finally {
      tree.cleanup();
    }
  };
  assert.equal(reason("FROM node:20\nCOPY <<'EOF' /app/health.js\nconsole.log(`${res.statusCode}`);\n{{ not.jinja }}\nEOF\nRUN <<-SH\n\techo ${err.message}\n\tSH\nCOPY app.txt /\n"), null);
  assert.match(reason('FROM node:20\nCOPY <<EOF /a\nx\nEOF\nCOPY target/app-${project.version}.jar /app.jar\n') ?? '', /\$\{name\.with\.dots\} placeholders/);
});

test('templateReason: a Dockerfile.* whose first line that is not blank or a comment is no instruction is code that writes one (livebook\'s dockerfile.ex); directives, comments and a BOM before FROM or ARG are fine', () => {
  const reason = (name: string, text: string) => {
    const tree = buildTree({ files: [name], dockerignore: null, fileContents: { [name]: text } });
    try {
      return templateReason(join(tree.ctx, name));
    } finally {
      tree.cleanup();
    }
  };
  assert.equal(
    reason('lib/hubs/dockerfile.ex', 'defmodule Hubs.Dockerfile do\n  def build(name) do\n    """\n    FROM alpine\n    COPY #{name} /app/\n    """\n  end\nend\n'),
    'its first line is no instruction ("defmodule"): named like a Dockerfile, but not one (docker would refuse it); not audited',
  );
  assert.equal(reason('Dockerfile.ci', '# syntax=docker/dockerfile:1\n\n# the CI image\nARG GO=1.22\nFROM golang:${GO}\n'), null);
  assert.equal(reason('Dockerfile.dev', '\uFEFF  from alpine\nRUN true\n'), null);
  // A file named exactly Dockerfile is always audited: CTX100 says what docker says about it.
  assert.equal(reason('Dockerfile', 'defmodule X do\nFROM alpine\n'), null);
  // nginx/unit's pkg/docker/template.Dockerfile, filled in by sed.
  assert.equal(reason('pkg/docker/template.Dockerfile', 'FROM @@CONTAINER@@\nCOPY a /a\n'), 'a template (FROM @@CONTAINER@@: docker refuses such an image name (a placeholder), so a tool puts the real one in first): not audited');
  // PowerDNS' builder-support/dockerfiles: pdns-builder renders @EXEC/@IF lines (36 CTX100 errors before).
  assert.equal(
    reason('builder-support/dockerfiles/Dockerfile.authoritative', 'FROM alpine:3.23 AS pdns\nADD configure.ac /pdns/\n@EXEC for d in pdns ext ; do echo "COPY $d /pdns/$d" ; done\n'),
    'a pdns-builder template (it has @EXEC lines, which its build script renders); docker never reads it as it is, so it is not audited',
  );
  // An email address or a decorator in a RUN heredoc is no directive line.
  assert.equal(reason('Dockerfile.dev', 'FROM alpine\nLABEL maintainer="ops@example.com"\nRUN echo @IFS\n'), null);
  // PrestaShop/docker's Dockerfile.model, a Python string.Template its generator fills in: its FROM's
  // variable is declared by no ARG, so docker would read `prestashop/base:`; `ADD $ps_url` was taken
  // for `ADD ""`, the whole context (CTX003 error on .git). A declared ARG, a default, or what still
  // leaves an image name are audited.
  assert.equal(
    reason('Dockerfile.model', 'FROM prestashop/base:$container_version\nADD $ps_url /tmp/prestashop.zip\n'),
    'a template (FROM prestashop/base:$container_version: no ARG before the first FROM declares its variable, so docker would read no image name there; a tool fills it in first): not audited',
  );
  assert.equal(reason('Dockerfile.a', 'ARG GO=1.22\nFROM golang:$GO\n'), null);
  assert.equal(reason('Dockerfile.b', 'FROM golang:${GO:-1.22}\n'), null);
  assert.equal(reason('Dockerfile.c', 'FROM ubuntu$SUFFIX\n'), null);
  assert.equal(reason('Dockerfile.d', 'FROM golang:1.22 AS build\nARG GO\nFROM golang:$GO\n')?.startsWith('a template (FROM golang:$GO: no ARG before the first FROM'), true);
});

test('--all: a Compose template (Mailu\'s `{% set env=... %}` flavors) and a Compose file whose extends file is not there from its directory (lakeFS) are skipped, not errors', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\n',
    'flavors/compose/docker-compose.yml': "{% set env='mailu.env' %}\nservices:\n  redis:\n    image: redis:alpine\n    {% if resolver_enabled %}\n    dns:\n      - {{ dns }}\n    {% endif %}\n",
    'ops/docker-compose.yaml': 'services:\n  app:\n    extends:\n      file: ops/common.yaml\n      service: app\n',
    'ops/common.yaml': 'services:\n  app:\n    image: alpine\n',
  });
  assert.deepEqual(
    t.map((x) => [x.name, x.error, x.skip]),
    [
      ['Dockerfile', null, null],
      ['flavors/compose/docker-compose.yml', null, 'a template (it has {%, {{ or <% directive lines, or @NAME@ placeholders, and is no YAML until a tool renders it): not audited'],
      ['ops/docker-compose.yaml', null, 'a file it extends, ops/ops/common.yaml, is not there from its own directory: docker compose run with another --project-directory (or after a step that makes it) finds it; audit it then with --compose'],
    ],
  );
  // nowen-video's scripts/fpk/template/app/docker/docker-compose.yaml: `{{` opens a value, not a line.
  const valued = discovered({ Dockerfile: 'FROM alpine\n', 'tpl/docker-compose.yaml': 'services:\n  app:\n    image: {{REPO}}:{{TAG}}\n' });
  assert.deepEqual(valued.map((x) => [x.name, x.error, x.skip === null ? null : x.skip.slice(0, 12)]), [['Dockerfile', null, null], ['tpl/docker-compose.yaml', null, 'a template (']]);
  // incubator-pegasus' docker-compose.yml: `- subnet: @META_IP_PREFIX@.255/24`, which prepare.sh fills with sed (sweep 56/C-F5).
  const at = discovered({ Dockerfile: 'FROM alpine\n', 'pd/docker-compose.yml': 'services:\n  zk:\n    image: zookeeper:3.4\nnetworks:\n  frontend:\n    ipam:\n      config:\n        - subnet: @META_IP_PREFIX@.255/24\n' });
  assert.deepEqual(at.map((x) => [x.name, x.error, x.skip === null ? null : x.skip.slice(0, 12)]), [['Dockerfile', null, null], ['pd/docker-compose.yml', null, 'a template (']]);
  // Not a template, just broken: still the file's error.
  const broken = discovered({ Dockerfile: 'FROM alpine\n', 'compose.yaml': 'services:\n  app: [\n' });
  assert.match(broken.find((x) => x.name === 'compose.yaml')?.error ?? '', /not valid YAML/);
});

// xwiki-docker's template/docker-compose.yml (Groovy `<% %>`, rendered by Gradle; `\$` is no YAML)
// exited the whole run 2; baserow's plugin-boilerplate/{{ cookiecutter.project_slug }}/docker-compose.yml
// is valid YAML, but its service builds a Dockerfile that is a template (5 false CTX101 errors).
test('--all: a Compose file with <% lines, and a Compose service whose Dockerfile is a template, are skipped as templates', () => {
  const t = discovered({
    'template/docker-compose.yml': 'services:\n  web:\n    image: "xwiki:\\${XWIKI_VERSION}"\n<% if (db == "mysql") { %>\n  db:\n    image: mysql\n<% } %>\n',
    '{{ cookiecutter.slug }}/docker-compose.yml': 'services:\n  app:\n    build: .\n',
    '{{ cookiecutter.slug }}/Dockerfile': 'FROM alpine\nCOPY ./plugins/{{ cookiecutter.module }}/ /p/\n',
  });
  assert.deepEqual(
    t.map((x) => [x.name, x.error, x.skip === null ? null : x.skip.slice(0, 60)]),
    [
      ['template/docker-compose.yml', null, 'a template (it has {%, {{ or <% directive lines, or @NAME@ p'],
      // The Compose service claims its Dockerfile: no second, standalone row for it.
      ['{{ cookiecutter.slug }}/docker-compose.yml:app', null, 'its Dockerfile is a template (it has {%, {{ or <% directive '],
    ],
  );
});

// pztrn/fastpastebin: docker-compose.yml's db mounts `app_mysql`, a typo for the declared `mysql`, so
// the project is a fragment, listed as skipped; its app service builds the root Dockerfile, which CI
// pushes and nothing else audited: --all said "nothing audited" and passed.
test('--all: a Dockerfile a skipped Compose fragment builds is still audited on its own', () => {
  const t = discovered({
    'docker-compose.yml': 'volumes:\n  mysql:\nservices:\n  db:\n    image: mariadb:10.5\n    volumes:\n      - app_mysql:/var/lib/mysql\n  app:\n    build: .\n',
    Dockerfile: 'FROM alpine\nCOPY . /app\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.skip === null ? null : x.skip.slice(0, 22)]), [
    ['Dockerfile', null],
    ['docker-compose.yml:app', 'a Compose fragment: se'],
  ]);
});

test('--all: a depends_on entry that is an unset variable is no evidence of a Compose fragment (diaspora\'s "${DIASPORA_DOCKER_DB}")', () => {
  const files = {
    'dev/docker-compose.yml': 'services:\n  app:\n    build: .\n    depends_on:\n      - "${DB}"\n  pg:\n    image: postgres\n  other:\n    image: alpine\n    depends_on:\n      - nowhere\n',
    'dev/Dockerfile': 'FROM alpine\nCOPY app.txt /\n',
    'dev/app.txt': 'x',
  };
  const t = discovered(files);
  // `nowhere` is declared by no file: still a fragment. Without it, the project is audited.
  assert.match(t.find((x) => x.name === 'dev/docker-compose.yml:app')?.skip ?? '', /^a Compose fragment: service other uses service nowhere/);
  const healthy = discovered({ ...files, 'dev/docker-compose.yml': files['dev/docker-compose.yml'].replace('      - nowhere\n', '      - pg\n') });
  assert.deepEqual(healthy.find((x) => x.name === 'dev/docker-compose.yml:app'), { name: 'dev/docker-compose.yml:app', skip: null, error: null, context: '/dev', stage: null });
});

const WORKFLOW = (steps: string) => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;

// nautobot's build_dependency_image.yml, and hyrax's build.yml (sweep 53/D-F2): a workflow build asking for a
// stage its Dockerfile lost fails every time it runs. It was listed as skipped, and the gate passed.
test('--all: a workflow `docker build .` whose Dockerfile a run step writes (varnish) is skipped; one asking for a stage its Dockerfile lost (nautobot) is a CTX100 error, and the Dockerfile audited on its own', () => {
  const files = {
    'app/Dockerfile': 'FROM alpine\n',
    'docker/Dockerfile': 'FROM alpine AS base\nCOPY app.txt /app.txt\nFROM base AS final\n',
    'app.txt': 'x',
    '.github/workflows/check.yml': WORKFLOW("      - name: Build\n        run: |\n          printf 'FROM alpine\\n' > Dockerfile\n          docker build -t tester .\n"),
    '.github/workflows/deps.yml': WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: docker/Dockerfile\n          target: dependencies\n'),
    '.github/workflows/final.yml': WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: docker/Dockerfile\n          target: Final\n'),
  };
  const t = discovered(files);
  const byName = (re: RegExp) => t.filter((x) => re.test(x.name));
  assert.deepEqual(byName(/check\.yml/).map((x) => x.skip), ['its context . holds no Dockerfile in the checkout: a step before the build writes it; not audited']);
  assert.deepEqual(byName(/deps\.yml/).map((x) => [x.skip, x.stage]), [[null, 'dependencies']]);
  assert.deepEqual(
    ctx100Errors(files).filter(([name]) => /deps\.yml|final\.yml/.test(name)),
    [
      ['.github/workflows/deps.yml:build step 2', null, null, ['target stage "dependencies" could not be found (stages: base, final): .github/workflows/deps.yml asks for it, and docker refuses the build']],
      ['.github/workflows/final.yml:build step 2', null, null, []],
    ],
  );
  // The stage in other case is the same stage (BuildKit lowercases it): audited.
  assert.deepEqual(byName(/final\.yml/).map((x) => [x.skip, x.error]), [[null, null]]);
  assert.ok(t.every((x) => x.error === null), JSON.stringify(t));
  // app/Dockerfile, which no workflow names, is audited on its own.
  assert.deepEqual(byName(/^app\/Dockerfile/).map((x) => x.skip), [null]);
});

test('--all: a Dockerfile whose only declared build is a stale workflow target is still audited on its own', () => {
  const t = discovered({
    'docker/Dockerfile': 'FROM alpine AS base\nCOPY app.txt /app.txt\nFROM base AS final\n',
    'app.txt': 'x',
    '.github/workflows/deps.yml': WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: docker/Dockerfile\n          target: dependencies\n'),
  });
  const own = t.filter((x) => x.name.startsWith('docker/Dockerfile'));
  assert.equal(own.length, 1, JSON.stringify(t));
  assert.equal(own[0].skip, null);
  assert.equal(own[0].context, '/'); // COPY app.txt: from the root, where app.txt is
});

test('--all: GoReleaser builds the Dockerfiles an included config names through variables (ory keto: includes xgoreleaser, dockerfile_alpine: .docker/Dockerfile-alpine)', () => {
  const t = discovered({
    '.goreleaser.yml':
      'version: 2\nproject_name: keto\nincludes:\n  - from_url:\n      url: https://raw.githubusercontent.com/ory/xgoreleaser/master/build.tmpl.yml\nvariables:\n  brew_name: keto\n  dockerfile_alpine: ".docker/Dockerfile-alpine"\n  dockerfile_static: .docker/Dockerfile-distroless-static\n  release: build/release.df\ndockers:\n  - dockerfile: "{{ .Var.release }}"\n',
    'build/release.df': 'FROM alpine\nCOPY keto /\n',
    '.docker/Dockerfile-alpine': 'FROM alpine\nCOPY keto /usr/bin/keto\n',
    '.docker/Dockerfile-distroless-static': 'FROM gcr.io/distroless/static\nCOPY keto /usr/bin/keto\n',
    '.docker/Dockerfile-build': 'FROM golang:1.22\nCOPY . /src\n',
    'tools/.goreleaser.yml': 'dockers:\n  - dockerfile: "{{ .Var.df }}"\nvariables:\n  df: tools/Dockerfile.release\n',
    'tools/Dockerfile.release': 'FROM alpine\nCOPY tool /bin/\n',
  });
  assert.deepEqual(
    t.map((x) => [x.name, (x.skip ?? '').startsWith('built by GoReleaser')]),
    [
      // .docker/ holds only Dockerfiles: a whole-context COPY there is built from the root.
      ['.docker/Dockerfile-build (context: ., where its COPY sources are)', false],
      ['.goreleaser.yml: .docker/Dockerfile-alpine', true],
      ['.goreleaser.yml: .docker/Dockerfile-distroless-static', true],
      ['.goreleaser.yml: build/release.df', true], // {{ .Var.release }}
      // A config below the root is taken to run there; but tools/tools/Dockerfile.release is not in the
      // checkout, and a path from the root through its own directory is read from the root (pomerium's
      // .github/goreleaser.yaml, run with --config from the root; sweep 48/A-F2).
      ['tools/.goreleaser.yml: tools/Dockerfile.release', true],
    ],
  );
});

// CycloneDX/cdxgen's ci/images/{alpine,opensuse,temurin}/Dockerfile.*: `COPY . /opt/cdxgen` only, in directories of
// only Dockerfiles, built from the root, whose .dockerignore is an allowlist: placed in ci/images they drew a false
// CTX005 and CTX301 warning each (sweep 54/L-F4). The nearest directory above with a .dockerignore is the guess.
test('--all: a whole-context COPY in a directory of only Dockerfiles, no manifest read, is placed where a .dockerignore is above it', () => {
  const t = discovered({ 'ci/images/alpine/Dockerfile.java21': 'FROM alpine\nCOPY . /opt/app\n', 'ci/images/README.md': 'x\n', 'lib/a.js': 'x\n', '.dockerignore': '**\n!lib/*\n' });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [['ci/images/alpine/Dockerfile.java21 (context: ., where its COPY sources are)', '/']]);
  // Without one, its parent, as before.
  const bare = discovered({ 'ci/images/alpine/Dockerfile.java21': 'FROM alpine\nCOPY . /opt/app\n', 'ci/images/README.md': 'x\n', 'lib/a.js': 'x\n' });
  assert.deepEqual(bare.map((x) => [x.name, x.context]), [['ci/images/alpine/Dockerfile.java21 (context: ci/images, where its COPY sources are)', '/ci/images']]);
});

// wger's extras/docker/development/Dockerfile: `COPY . /home/wger/src`, then `npm install` and `pip install -e .`,
// in a directory of only Dockerfiles under another of only images' directories: placed in extras/docker (its
// parent), which holds no project; the root holds package.json and pyproject.toml (sweep 50/A-F3).
test('--all: a whole-context COPY in a directory of only Dockerfiles is placed where the manifest its RUN lines build from is, above it; else in its parent', () => {
  const t = discovered({
    'pyproject.toml': '[project]\nname = "x"\n',
    'extras/docker/development/Dockerfile': 'FROM python:3.12\nCOPY . /src\nWORKDIR /src\nRUN pip install -e .\n',
    'extras/docker/demo/Dockerfile': 'FROM python:3.12\nCOPY wger.conf /etc/\n',
    'extras/docker/demo/wger.conf': 'x\n',
    // A site whose RUN installs nothing from a manifest: its parent, as before.
    'site/src/index.html': '<p>x</p>\n',
    'site/docker/Dockerfile': 'FROM nginx\nCOPY . /usr/share/nginx/html\n',
    // Nor a global or named install, which reads no manifest (the review of 0b3bbffc, A-R10); a command
    // continued on the next line is one command.
    'package.json': '{"name":"mono","private":true}\n',
    'web/index.html': '<p>x</p>\n',
    'web/docker/Dockerfile': 'FROM node:20-alpine\nRUN npm install -g serve && go install example.com/x@v1 && cargo install ripgrep\nCOPY . /srv\n',
    'tool/main.go': 'package main\n',
    'tool/go.mod': 'module x\n',
    'tool/deploy/docker/Dockerfile': 'FROM golang:1.22\nCOPY . /src\nRUN cd /src && \\\n  go build -o /x .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['extras/docker/demo/Dockerfile', '/extras/docker/demo'],
    ['extras/docker/development/Dockerfile (context: ., where its COPY sources are)', '/'],
    ['site/docker/Dockerfile (context: site, where its COPY sources are)', '/site'],
    ['tool/deploy/docker/Dockerfile (context: tool, where its COPY sources are)', '/tool'],
    ['web/docker/Dockerfile (context: web, where its COPY sources are)', '/web'],
  ]);
});

// gravitl/netmaker's docker/Dockerfile-netclient-doks-uspace: `COPY . .`, then `RUN git clone
// https://git.zx2c4.com/wireguard-tools && cd wireguard-tools && cd src`: skipped as "none of the paths it
// copies (src, wireguard-go, wireguard-tools) is in the repository" (sweep 50/F-F2). A directory a RUN
// clones or makes is no context path; a later `cd` of the same RUN is relative to the first.
test('--all: a whole-context COPY followed by a cd into what a RUN clones or makes is placed in its own directory', () => {
  const t = discovered({
    'docker/go.mod': 'module example.com/app\n',
    'docker/main.go': 'package main\nfunc main(){}\n',
    // (With options that take a value, too: the review of 12e4b54b, B-R7.)
    'docker/Dockerfile': 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go build -o /usr/bin/app .\nRUN git clone https://github.com/acme/tools.git && cd tools && cd src && make install\nRUN git clone --depth 1 -b v1.0 https://github.com/acme/wireguard-go.git && cd wireguard-go && make\nRUN git clone --branch v1.0 https://github.com/acme/wireguard-tools && cd wireguard-tools && make\nRUN git clone https://github.com/acme/x.git xdir && cd xdir\nRUN mkdir -p out && cd out && touch x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [['docker/Dockerfile', '/docker', null]]);
});

// jumpserver's build-python-image.yml: build-push-action with no `context:` and `file: Dockerfile-python`,
// deleted since: skipped as "a step before the build makes it", which no step can for a Git context: BuildKit
// clones the commit (sweep 50/F-F3). A build from the checkout keeps that reason.
test('--all: a Git-context build whose Dockerfile the commit lacks is listed as failing, not as made by a step', () => {
  const wf = (ctx: string) => `name: img\non: workflow_dispatch\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/setup-buildx-action@v3\n      - uses: docker/build-push-action@v6\n        with:\n${ctx}          push: true\n          file: Dockerfile-python\n          tags: acme/base:latest\n`;
  const files = { Dockerfile: 'FROM alpine\nCOPY a.txt /\n', 'a.txt': 'a\n' };
  const skips = (w: string) => discovered({ ...files, '.github/workflows/img.yml': w }).filter((x) => x.skip !== null).map((x) => x.skip);
  // (buildx reads an absolute `file:` from the runner's disk even for a Git context: the review of 3a19edf9, B-R8.)
  assert.deepEqual(skips(wf('')), ['its Dockerfile Dockerfile-python is not in the commit this Git context builds (BuildKit clones the commit, and reads a Dockerfile from the runner only by an absolute `file:`): the workflow is out of date, and the build fails unless a step writes it at such a path; not audited']);
  assert.deepEqual(skips(wf('          context: .\n')), ['its Dockerfile Dockerfile-python is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited']);
});

// nacos: its workflows check out a second repository (nacos-e2e) and build from there; this checkout
// holds no build, and the error said there was "no docker build in a GitHub workflow".
test('--all: workflow builds of a context and Dockerfile the checkout lacks are no build here, and the error says which builds it looked for', () => {
  const wf = 'on: push\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cd nacos-e2e/cicd/build\n          docker build --no-cache -f Dockerfile -t x .\n';
  const tree = buildTree({ files: ['pom.xml', '.github/workflows/e2e.yml'], fileContents: { '.github/workflows/e2e.yml': wf }, dockerignore: null });
  try {
    assert.throws(() => discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }), /and no docker build in a GitHub workflow of a context or Dockerfile this checkout holds;/);
  } finally {
    tree.cleanup();
  }
});

test('--all: a tree whose only Compose file runs images is no build, and the error says its Compose file builds nothing (dub)', () => {
  const tree = buildTree({ files: ['apps/web/docker-compose.yml'], fileContents: { 'apps/web/docker-compose.yml': 'services:\n  db:\n    image: mysql:8.0\n' }, dockerignore: null });
  try {
    assert.throws(() => discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }), /no build found under .* \(no Dockerfile, Dockerfile\.\*, \*\.Dockerfile, Compose service or Bake target with a build \(apps\/web\/docker-compose\.yml builds nothing\), and no docker build/);
  } finally {
    tree.cleanup();
  }
});

// kobo-docker: three Compose files by other names, run with -f, `image:` only: the message said there was no
// Compose file at all (sweep 54/F-F5).
test('--all: Compose files by other names that build nothing are counted in the no-build error', () => {
  const files = { 'docker-compose.backend.yml': 'services:\n  db:\n    image: postgres:16\n', 'docker-compose.frontend.yml': 'services:\n  web:\n    image: nginx:1.27\n' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    assert.throws(() => discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }), /\(no Dockerfile, Dockerfile\.\*, \*\.Dockerfile, Compose service or Bake target with a build \(its 2 Compose and Bake files build nothing: docker-compose\.backend\.yml, docker-compose\.frontend\.yml\), and no docker build/);
  } finally {
    tree.cleanup();
  }
});

// A workflow build whose context only the run knows (openframe's matrix from a job's output), or
// whose context and Dockerfile steps make (openpra's docker-context/<app>), vanished with no word
// beside other builds. Listed as skipped; when such builds are all there is, no build is found.
test('--all: workflow builds this checkout cannot show (an expression, or a context a step makes) are listed as skipped; alone, no build is found, naming them', () => {
  const wf = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: ${{ needs.plan.outputs.dir }}\n      - run: mkdir -p docker-context/web && cp -r dist docker-context/web/\n      - uses: docker/build-push-action@v6\n        with:\n          context: docker-context/web\n';
  const t = discovered({ '.github/workflows/b.yml': wf, Dockerfile: 'FROM alpine\n' });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [
    ['.github/workflows/b.yml:b step 2', 'its context ${{ needs.plan.outputs.dir }} is known only when the workflow runs: not audited'],
    ['.github/workflows/b.yml:b step 4', 'its context docker-context/web is not in the checkout: a step before the build makes it; not audited'],
    ['Dockerfile', null],
  ]);
  const tree = buildTree({ files: ['.github/workflows/b.yml'], fileContents: { '.github/workflows/b.yml': wf }, dockerignore: null });
  try {
    assert.throws(() => discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }), /no build found under .*; 2 workflow builds name a context or Dockerfile this checkout does not hold \(\.github\/workflows\/b\.yml:b step 2, \.github\/workflows\/b\.yml:b step 4\)$/);
  } finally {
    tree.cleanup();
  }
});

// dutchcoders/transfer.sh: its workflow builds through `${{ steps.buildx.outputs.buildx_args }}`, listed
// as skipped; that listing took the root Dockerfile for one a workflow builds, and --all found no build.
test('--all: a workflow build listed as not shown here claims no Dockerfile: the root one is still audited on its own', () => {
  const wf = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker buildx build ${{ steps.prep.outputs.args }}\n';
  const t = discovered({ '.github/workflows/b.yml': wf, Dockerfile: 'FROM golang\nCOPY main.go /\n', 'main.go': 'package main\n' });
  assert.deepEqual(t.map((x) => [x.name, x.skip === null ? null : 'skipped']), [
    ['.github/workflows/b.yml:b step 2', 'skipped'],
    ['Dockerfile', null],
  ]);
});

// dfe-analytical-services/explore-education-statistics: docker-compose.yml's data-screener builds
// `context: ../ees-screener-api`, a sibling repository its start script clones. --all exited 2 on
// every run ("outside the repository ... not read"; with --allow-outside-repo, "not found").
test('--all: a Compose service whose context or Dockerfile is outside the repository is listed as skipped, not read; with --allow-outside-repo, one that is not there is too', () => {
  const tree = buildTree({
    files: ['docker-compose.yml', 'api/Dockerfile'],
    fileContents: { 'docker-compose.yml': 'services:\n  api:\n    build: ./api\n  screener:\n    build:\n      context: ../ees-screener-api\n  tool:\n    build:\n      context: ./api\n      dockerfile: ../../outside.Dockerfile\n' },
    dockerignore: null,
    outside: { 'outside.Dockerfile': 'FROM alpine\n' },
  });
  try {
    const of = (allowOutside: boolean) =>
      discoverTargets(tree.ctx, { cwd: tree.ctx, env: {}, repository: { root: tree.ctx, allowOutside } })
        .targets.filter((t) => t.name.startsWith('docker-compose.yml'))
        .map((t) => [t.name, t.skipReason ?? null]);
    assert.deepEqual(of(false), [
      ['docker-compose.yml:api', null],
      ['docker-compose.yml:screener', 'its context ../ees-screener-api is outside the repository: not read (--allow-outside-repo reads it); not audited'],
      ['docker-compose.yml:tool', 'its Dockerfile ../outside.Dockerfile is outside the repository: not read (--allow-outside-repo reads it); not audited'],
    ]);
    assert.deepEqual(of(true), [
      ['docker-compose.yml:api', null],
      ['docker-compose.yml:screener', 'its context ../ees-screener-api is outside the repository and not there: another repository checked out beside this one, or a step makes it; not audited'],
      ['docker-compose.yml:tool', null],
    ]);
  } finally {
    tree.cleanup();
  }
});

// polyaxon/polyaxon: every Dockerfile is in one of its seven submodules; a clone without them gave a
// bare "no build found", though CI (checkout with submodules: true) builds images.
test('--all: with no build found, the error names the git submodules this checkout lacks', () => {
  const tree = buildTree({ files: ['README.md', '.gitmodules', 'sdks/Dockerfile'], fileContents: { '.gitmodules': '[submodule "haupt"]\n\tpath = haupt\n\turl = https://x/haupt\n[submodule "sdks"]\n\tpath = sdks\n\turl = https://x/sdks\n', 'sdks/Dockerfile': 'FROM alpine\n' }, dockerignore: null });
  try {
    fs.mkdirSync(path.join(tree.ctx, '.git'));
    fs.mkdirSync(path.join(tree.ctx, 'haupt'));
    // sdks is checked out: a build is found.
    assert.equal(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.length, 1);
    fs.rmSync(path.join(tree.ctx, 'sdks'), { recursive: true });
    assert.throws(() => discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }), /are not searched\); 2 git submodules are not checked out here, so not searched \(haupt, sdks\): check out with `git submodule update --init`/);
  } finally {
    tree.cleanup();
  }
});

test('--all: a run step works where the job\'s or the workflow\'s defaults.run.working-directory says (umbrel); depot/build-push-action is a build', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\nCOPY main.go /\n',
    'main.go': 'package main\n',
    'packages/os/umbrelos.Dockerfile': 'FROM alpine\nCOPY packages/os/x /\n',
    'packages/os/x': 'x',
    '.github/workflows/release.yml': 'on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        working-directory: packages/os\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker buildx build --file umbrelos.Dockerfile ../../\n',
    '.github/workflows/wf.yml': 'on: push\ndefaults:\n  run:\n    working-directory: packages\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -f os/umbrelos.Dockerfile ..\n      - uses: depot/build-push-action@v1\n        with:\n          context: .\n          file: Dockerfile\n      - uses: useblacksmith/build-push-action@v1\n        with:\n          context: packages/os\n          file: packages/os/umbrelos.Dockerfile\n',
  });
  const wf = t.filter((x) => x.name.startsWith('.github/'));
  assert.deepEqual(
    wf.map((x) => [x.name, x.skip, x.error, x.context]),
    [
      ['.github/workflows/release.yml:release step 2', null, null, '/'],
      ['.github/workflows/wf.yml:b step 1', null, null, '/'],
      ['.github/workflows/wf.yml:b step 2', null, null, '/'],
      // supabase/realtime builds with Blacksmith's fork of the action.
      ['.github/workflows/wf.yml:b step 3', null, null, '/packages/os'],
    ],
  );
});

// conductor's ui-next-integration-ci.yml: `docker buildx build --file docker/server/Dockerfile ... . > /tmp/docker-build.log 2>&1`
// was read with `2>` as its context, and the build skipped as not in the checkout.
test('--all: shell redirections after a workflow docker build are not its context (conductor)', () => {
  const tails = ['. > log', '. 2> err.log', '. 2>/dev/null', '. 2>&1', '. >/dev/null 2>&1', '. 2>&1 | tee log', '. &> log', '. >> /tmp/b.log 2>&1', '. < /dev/null'];
  const files: Record<string, string> = { 'docker/server/Dockerfile': 'FROM alpine\nCOPY main.go /\n', 'main.go': 'package main\n' };
  tails.forEach((tail, i) => {
    files[`.github/workflows/w${i}.yml`] = `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker buildx build --file docker/server/Dockerfile --tag x ${tail}\n`;
  });
  const wf = discovered(files).filter((x) => x.name.startsWith('.github/'));
  assert.deepEqual(
    wf.map((x) => [x.name, x.skip, x.context]),
    tails.map((_, i) => [`.github/workflows/w${i}.yml:b step 1`, null, '/']),
  );
});

// financbase-admin-dashboard's vendored compose file names `additional_contexts: {factgraph-repo:
// ./fact-graph-scala}`, a directory since moved: "named context ... is not a directory" ended the whole
// --all run with exit 2, where a service whose own context is missing is listed as skipped.
test('--all: a Compose service whose local named context the checkout lacks is skipped, not the end of the run', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a\n',
    'svc/Dockerfile': 'FROM alpine\nCOPY --from=extra x /x\n',
    'docker-compose.yaml': 'services:\n  web:\n    build: .\n  api:\n    build:\n      context: ./svc\n      additional_contexts:\n        extra: ./gone\n        img: docker-image://alpine:3\n',
  });
  assert.deepEqual(
    t.filter((x) => x.name.includes('docker-compose')).map((x) => [x.name, x.skip]),
    [
      ['docker-compose.yaml:api', 'its named context extra (gone) is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited'],
      ['docker-compose.yaml:web', null],
    ],
  );
  // One outside the repository is not read, as a context there is not (the review of e2bedfb: it ended the run too).
  const files = { Dockerfile: 'FROM alpine\n', 'docker-compose.yaml': 'services:\n  out:\n    build:\n      context: .\n      additional_contexts:\n        sib: ../sibling-repo\n' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    for (const allowOutside of [false, true]) {
      const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {}, repository: { root: tree.ctx, allowOutside } });
      assert.deepEqual(
        d.targets.filter((x) => x.name.includes('docker-compose')).map((x) => x.skipReason ?? null),
        [allowOutside ? 'its named context sib (../sibling-repo) is outside the repository and not there: another repository checked out beside this one, or a step makes it; not audited' : 'its named context sib (../sibling-repo) is outside the repository: not read (--allow-outside-repo reads it); not audited'],
      );
    }
  } finally {
    tree.cleanup();
  }
});

// The same for a workflow's build: `docker build --build-context extra=./generated` in a run step, and
// build-push-action's `build-contexts:`, with no step making ./generated: "named context ... is not a
// directory" ended the whole --all run with exit 2 (stop 45's list of what was left; the Compose fix above).
test('--all: a workflow build whose local named context the checkout lacks is skipped, not the end of the run', () => {
  const t = discovered({
    'app/Dockerfile': 'FROM alpine\nCOPY --from=extra x /x\nCOPY a.txt /\n',
    'app/a.txt': 'a\n',
    'made/x': 'x\n',
    '.github/workflows/b.yml':
      'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n' +
      '      - run: docker build --build-context extra=./generated -t x app\n' +
      '      - run: docker build --build-context extra=./made -t y app\n' +
      '      - uses: docker/build-push-action@v6\n        with:\n          context: app\n          build-contexts: extra=./gone\n          push: true\n',
  });
  assert.deepEqual(
    t.filter((x) => x.name.includes('b.yml')).map((x) => [x.name, x.skip]),
    [
      ['.github/workflows/b.yml:b step 2', 'its named context extra (generated) is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited'],
      ['.github/workflows/b.yml:b step 3', null],
      ['.github/workflows/b.yml:b step 4', 'its named context extra (gone) is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited'],
    ],
  );
});

test('--all: a Compose service whose context or Dockerfile the checkout lacks is skipped (vimagick crawlee: a documented step makes it; umbrel: a stale test file)', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\n',
    'crawlee/docker-compose.yml': 'services:\n  my-crawler:\n    build:\n      context: my-crawler\n',
    'app/test/docker-compose.yml': 'services:\n  auth:\n    build:\n      context: ..\n      dockerfile: Dockerfile.dev\n',
    'app/Dockerfile': 'FROM alpine\n',
    'web/compose.yaml': 'services:\n  web:\n    build: ./site\n',
    'web/site/index.html': 'x',
  });
  assert.deepEqual(
    t.filter((x) => /compose/.test(x.name)).map((x) => [x.name, x.skip, x.error]),
    [
      ['app/test/docker-compose.yml:auth', 'its Dockerfile app/Dockerfile.dev is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited', null],
      ['crawlee/docker-compose.yml:my-crawler', 'its context crawlee/my-crawler is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited', null],
      ['web/compose.yaml:web', 'its Dockerfile web/site/Dockerfile is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited', null],
    ],
  );
});

// sprintcube/docker-compose-lamp's `context: ./bin/${PHPVERSION}` and qpixel's `dockerfile: ${CLIENT_DOCKERFILE}`, set by
// an .env users copy from a template: skipped as made by a step or out of date, the variable never named (sweep 56/U-F5,
// Y-F2). Said so now; a variable that is set, or one whose empty value still names a Dockerfile that is there, is as before.
test('--all: a Compose service whose context or Dockerfile reads a variable with no value here is skipped, naming what the file writes', () => {
  const t = discovered({
    'lamp/docker-compose.yml': 'services:\n  webserver:\n    build:\n      context: ./bin/${PHPVERSION}\n',
    'lamp/bin/php83/Dockerfile': 'FROM php:8.3-apache\n',
    'lamp/sample.env': 'PHPVERSION=php83\n',
    'qp/docker-compose.yml': 'services:\n  uwsgi:\n    build:\n      context: "."\n      dockerfile: ${CLIENT_DOCKERFILE}\n',
    'qp/docker/Dockerfile': 'FROM alpine\n',
    'gone/docker-compose.yml': 'services:\n  app:\n    build: ./apps/${APP}/src\n',
    'ok/docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile: Dockerfile${SUFFIX}\n',
    'ok/Dockerfile': 'FROM alpine\n',
  });
  const why = (p: string) => `the Compose file writes its ${p}, which reads a variable with no value here (docker compose reads it as empty); the environment or an .env file that runs it gives the value; not audited`;
  assert.deepEqual(
    t.filter((x) => /compose/.test(x.name)).map((x) => [x.name, x.skip]),
    [
      ['gone/docker-compose.yml:app', `its context gone/apps/src is not in the checkout: ${why('context as ./apps/${APP}/src')}`],
      ['lamp/docker-compose.yml:webserver', `its Dockerfile lamp/bin/Dockerfile is not in the checkout: ${why('context as ./bin/${PHPVERSION}')}`],
      ['ok/docker-compose.yml:app', null],
      ['qp/docker-compose.yml:uwsgi', `its Dockerfile qp/Dockerfile is not in the checkout: ${why('Dockerfile as ${CLIENT_DOCKERFILE}')}`],
    ],
  );
});

// khs1994-docker/lnmp: dockerfile/mysql/docker-compose.yml builds `context: .`, whose Dockerfile the
// README says to copy from example.Dockerfile; .gitignore (`/*`, `!example.Dockerfile`) keeps it out
// of git. --all exited 2 on "unable to prepare context" for three such services.
test('--all: a Compose service whose Dockerfile is git-ignored and not in the checkout is skipped, saying so', () => {
  const t = discovered({
    'dockerfile/mysql/docker-compose.yml': 'services:\n  mysql:\n    build:\n      context: .\n',
    'dockerfile/mysql/example.Dockerfile': 'FROM mysql:8\n',
    'dockerfile/mysql/.gitignore': '/*\n!example.Dockerfile\n!docker-compose.yml\n!.gitignore\n',
  });
  assert.deepEqual(
    t.filter((x) => /compose/.test(x.name)).map((x) => [x.name, x.skip, x.error]),
    [['dockerfile/mysql/docker-compose.yml:mysql', 'its Dockerfile dockerfile/mysql/Dockerfile is not in the checkout and git ignores it: a step before the build makes it (or it is copied from a template beside it); not audited', null]],
  );
});

test('--all: ${{ env.NAME }} in a build\'s context, file or working-directory is read from the job\'s, then the workflow\'s env (kuberay)', () => {
  const t = discovered({
    'apiserver/Dockerfile.buildx': 'FROM alpine\nCOPY x /\n',
    'apiserver/x': 'x',
    'web/Dockerfile': 'FROM alpine\nCOPY y /\n',
    'web/y': 'y',
    '.github/workflows/release.yml':
      'on: push\nenv:\n  working-directory: apiserver\n  WEB: web\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      WEB: web\n    steps:\n      - run: docker build -f Dockerfile.buildx .\n        working-directory: ${{env.working-directory}}\n      - uses: docker/build-push-action@v6\n        with:\n          context: ${{ env.WEB }}\n      - uses: docker/build-push-action@v6\n        with:\n          context: ${{ env.UNSET }}\n',
  });
  assert.deepEqual(
    t.filter((x) => x.name.startsWith('.github/')).map((x) => [x.name, x.context, x.skip]),
    [
      ['.github/workflows/release.yml:b step 1', '/apiserver', null],
      ['.github/workflows/release.yml:b step 2', '/web', null],
      // An unset name is known only when the workflow runs: listed, not audited.
      ['.github/workflows/release.yml:b step 3', '/${{ env.UNSET }}', 'its context ${{ env.UNSET }} is known only when the workflow runs: not audited'],
    ],
  );
});

// static-web-server's devel.docker.yml: `echo "SERVER_DOCKERFILE=./docker/alpine/Dockerfile" >> $GITHUB_ENV` in a
// step, then `file: ${{ env.SERVER_DOCKERFILE }}`: 8 builds skipped as known only when the workflow runs, and
// a missing COPY source of theirs a guessed warning (sweep 50/E-F2).
test('--all: ${{ env.NAME }} a step before writes to $GITHUB_ENV as a literal is that value (the last write); one the shell expands stays unknown', () => {
  const t = discovered({
    'docker/alpine/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n',
    '.github/workflows/ci.yml':
      'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          cat /tmp/version >> $GITHUB_ENV\n          echo "DF=./docker/alpine/Dockerfile" >> $GITHUB_ENV\n          echo TWO=a >> "$GITHUB_ENV"\n          echo TWO=b >> "$GITHUB_ENV"\n          echo "SH=$(pwd)/docker/alpine/Dockerfile" >> $GITHUB_ENV\n      - uses: docker/build-push-action@v6\n        with:\n          file: ${{ env.DF }}\n          context: .\n      - uses: docker/build-push-action@v6\n        with:\n          file: ${{ env.TWO }}\n          context: .\n      - uses: docker/build-push-action@v6\n        with:\n          file: ${{ env.SH }}\n          context: .\n',
  });
  assert.deepEqual(
    t.filter((x) => x.name.startsWith('.github/')).map((x) => [x.name, x.skip]),
    [
      ['.github/workflows/ci.yml:b step 3', null],
      // Written twice: the last write wins (here a Dockerfile the checkout lacks).
      ['.github/workflows/ci.yml:b step 4', 'its Dockerfile b is not in the checkout: a step before the build makes it, or the workflow is out of date; not audited'],
      ['.github/workflows/ci.yml:b step 5', 'its Dockerfile ${{ env.SH }} is known only when the workflow runs: not audited'],
    ],
  );
  // The review of c01c7d46 (A-R7): a write after the build, or in a step with an `if:`, sets nothing for it;
  // one before it wins over the job's `env:` (the runner sets it for the steps after).
  const order = (steps: string, jobEnv = '') =>
    discovered({
      Dockerfile: 'FROM alpine\nCOPY a.txt /\n',
      'a.txt': 'a\n',
      'docker/alpine/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n',
      '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n${jobEnv}    steps:\n      - uses: actions/checkout@v4\n${steps}`,
    }).filter((x) => x.name.startsWith('.github/')).map((x) => [x.name, x.skip]);
  const build = '      - uses: docker/build-push-action@v6\n        with:\n          file: ${{ env.DF }}\n          context: .\n';
  const write = (cond = '') => `      - run: echo "DF=./docker/alpine/Dockerfile" >> $GITHUB_ENV\n${cond}`;
  const unknown = 'its Dockerfile ${{ env.DF }} is known only when the workflow runs: not audited';
  assert.deepEqual(order(build + write()), [['.github/workflows/ci.yml:b step 2', unknown]]);
  assert.deepEqual(order(write("        if: github.event_name == 'push'\n") + build), [['.github/workflows/ci.yml:b step 3', unknown]]);
  // Written by a heredoc or through tee (the review of 5ae28dae, B-R4): unknown, whatever the job's env says.
  const jobEnv = '    env:\n      DF: ./Dockerfile\n';
  assert.deepEqual(order('      - run: |\n          cat >> $GITHUB_ENV <<EOF\n          DF=./docker/alpine/Dockerfile\n          EOF\n' + build, jobEnv), [['.github/workflows/ci.yml:b step 3', unknown]]);
  assert.deepEqual(order('      - run: echo "DF=./docker/alpine/Dockerfile" | tee -a $GITHUB_ENV\n' + build, jobEnv), [['.github/workflows/ci.yml:b step 3', unknown]]);
  const over = discoveredTargets({
    Dockerfile: 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a\n',
    'docker/alpine/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n',
    '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      DF: ./Dockerfile\n    steps:\n      - uses: actions/checkout@v4\n${write()}${build}`,
  });
  assert.deepEqual(over.filter((t) => t.name.startsWith('.github/')).map((t) => t.dockerfile), ['docker/alpine/Dockerfile']);
});

// koush/scrypted's docker.yml: `BASE: [["noble-nvidia", ".s6", ...], ["noble-lite", "", ...]]` and `file:
// install/docker/Dockerfile${{ matrix.BASE[1] }}`: skipped as known only when the workflow runs (sweep 50/G-F2).
test('--all: ${{ matrix.KEY[i] }} over a list of lists gives one build per row', () => {
  const t = discovered({
    'img/a.txt': 'a\n',
    'img/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'img/Dockerfile.s6': 'FROM alpine\nCOPY a.txt /\n',
    '.github/workflows/docker.yml':
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        BASE: [\n          ["full", ".s6"],\n          ["lite", ""],\n        ]\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: img/\n          file: img/Dockerfile${{ matrix.BASE[1] }}\n          push: true\n          tags: me/app:${{ matrix.BASE[0] }}\n',
  });
  assert.deepEqual(t.filter((x) => x.name.startsWith('.github/')).map((x) => [x.name, x.context, x.skip]), [
    ['.github/workflows/docker.yml:build step 2 [BASE[1]=.s6]', '/img', null],
    ['.github/workflows/docker.yml:build step 2 [BASE[1]=]', '/img', null],
  ]);
});

// kubeflow/training-operator: `context: ${{ matrix.context }}`, a key none of the three include entries sets:
// GitHub gives it '' and build-push-action takes its default, the Git context; the three CI builds were
// skipped as known only when the workflow runs (sweep 54/J-F2). A matrix the run makes (fromJSON) still is.
test('--all: a matrix key a matrix written out in full never sets is empty, and an empty context input is the action\'s default', () => {
  const wf = (matrix: string) => `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n${matrix}    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          file: \${{ matrix.dockerfile }}\n          context: \${{ matrix.context }}\n`;
  const files = { 'cmd/a/Dockerfile': 'FROM alpine\nCOPY go.mod /\n', 'go.mod': 'module x\n' };
  const tree = buildTree({ files: [...Object.keys(files), '.github/workflows/b.yml'], fileContents: { ...files, '.github/workflows/b.yml': wf('        include:\n          - component-name: a\n            dockerfile: cmd/a/Dockerfile\n') }, dockerignore: null });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    assert.deepEqual(t.map((x) => [x.name, x.gitContext ?? false, x.dockerfile === undefined ? null : path.relative(tree.ctx, x.dockerfile), x.skipReason ?? null]), [['.github/workflows/b.yml:b step 2 [dockerfile=cmd/a/Dockerfile]', true, 'cmd/a/Dockerfile', null]]);
    // An entry that sets it in another case sets it (GitHub reads property names in any case; the review's RB-D1): not ''.
    fs.writeFileSync(path.join(tree.ctx, '.github/workflows/b.yml'), wf('        include:\n          - dockerfile: cmd/a/Dockerfile\n            Context: cmd\n'));
    assert.notDeepEqual(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((x) => x.gitContext ?? false), [true]);
    fs.writeFileSync(path.join(tree.ctx, '.github/workflows/b.yml'), wf('        include: ${{ fromJSON(needs.setup.outputs.matrix) }}\n'));
    assert.deepEqual(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.filter((x) => x.name.startsWith('.github')).map((x) => x.skipReason), ['the matrix values it names are known only when the workflow runs: not audited']);
  } finally {
    tree.cleanup();
  }
});

test('--all: ${{ matrix.config.dockerfile }} over a list of objects gives one build per object, include entries too (llama.cpp)', () => {
  const t = discovered({
    '.devops/cpu.Dockerfile': 'FROM alpine\nCOPY a /\n',
    '.devops/cuda.Dockerfile': 'FROM alpine\nCOPY a /\n',
    '.devops/vulkan.Dockerfile': 'FROM alpine\nCOPY a /\n',
    a: 'a',
    '.github/workflows/docker.yml':
      'on: push\njobs:\n  push:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        config:\n          - { tag: cpu, dockerfile: .devops/cpu.Dockerfile }\n          - { tag: cuda, dockerfile: .devops/cuda.Dockerfile }\n        include:\n          - config: { tag: vulkan, dockerfile: .devops/vulkan.Dockerfile }\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: ${{ matrix.config.dockerfile }}\n',
  });
  assert.deepEqual(
    t.map((x) => [x.name, x.context]),
    [
      ['.github/workflows/docker.yml:push step 1 [config.dockerfile=.devops/cpu.Dockerfile]', '/'],
      ['.github/workflows/docker.yml:push step 1 [config.dockerfile=.devops/cuda.Dockerfile]', '/'],
      ['.github/workflows/docker.yml:push step 1 [config.dockerfile=.devops/vulkan.Dockerfile]', '/'],
    ],
  );
});

test('--all: a source naming a variable no ARG declares (it is "" whatever is passed) places the Dockerfile like any other (greptimedb: COPY $DOCKER_BUILD_ROOT/docker/...)', () => {
  const t = discovered({
    'docker/tools/s.sh': 'echo hi\n',
    'docker/dev-builder/centos/Dockerfile': 'FROM alpine\nCOPY $DOCKER_BUILD_ROOT/docker/tools/s.sh /s.sh\n',
    'docker/dev-builder/other/Dockerfile': 'FROM alpine\nARG ROOT\nCOPY $ROOT/docker/tools/s.sh /s.sh\n',
  });
  assert.deepEqual(
    t.map((x) => [x.name.replace(/ \(context.*$/, ''), x.context]),
    [
      ['docker/dev-builder/centos/Dockerfile', '/'],
      // ARG ROOT with no default: a --build-arg may set it, so the path is no evidence.
      ['docker/dev-builder/other/Dockerfile', '/docker/dev-builder/other'],
    ],
  );
});

test('templateReason: {{ }} inside an ARG, ENV, FROM or COPY line is a template (flyctl\'s fly launch templates); in a RUN it is the shell\'s', () => {
  const reason = (text: string) => {
    const tree = buildTree({ files: ['templates/flask/Dockerfile'], dockerignore: null, fileContents: { 'templates/flask/Dockerfile': text } });
    try {
      return templateReason(join(tree.ctx, 'templates/flask/Dockerfile'));
    } finally {
      tree.cleanup();
    }
  };
  assert.match(reason('ARG PYTHON_VERSION={{ .pythonVersion }}\nFROM python:${PYTHON_VERSION}-slim\nCOPY requirements.txt .\n') ?? '', /^a template/);
  assert.match(reason('FROM node:18\nCOPY {{ .appDir }} /app\n') ?? '', /^a template/);
  assert.equal(reason('FROM docker:cli\nRUN docker inspect --format "{{.Id}}" x > /id\nHEALTHCHECK CMD docker inspect -f "{{.State}}" y\n'), null);
});

test('--all: a Dockerfile in a directory a Go program embeds whole (//go:embed templates, or * beside it) is its template, not a build (flyctl\'s fly launch templates, csghub-server\'s builder)', () => {
  const t = discovered({
    'scanner/scanner.go': 'package scanner\n\nimport "embed"\n\n//go:embed templates templates/**/.fly\nvar templatesFS embed.FS\n',
    'scanner/templates/redwood/Dockerfile': 'FROM node:18\nCOPY package.json yarn.lock ./\nCOPY .fly .fly\n',
    'scanner/templates/redwood/.fly/start.sh': 'x',
    // Named alone by an embed: may be the program's own build; still audited.
    'cmd/tool/main.go': 'package main\n\n//go:embed Dockerfile\nvar df string\n',
    'cmd/tool/Dockerfile': 'FROM alpine\nCOPY main.go /\n',
    'cmd/tool/x.go': 'package main\n',
    // csghub-server's docker/spaces/builder: `//go:embed *` takes every file beside it, Dockerfile-nginx too.
    'builder/embed.go': 'package builder\n\nimport "embed"\n\n//go:embed *\nvar FS embed.FS\n',
    'builder/Dockerfile-nginx': 'FROM nginx\nCOPY nginx.conf /etc/nginx/\n',
  });
  assert.deepEqual(
    t.map((x) => [x.name.replace(/ \(context.*$/, ''), x.skip]),
    [
      ['builder/Dockerfile-nginx', 'embedded in a Go program (builder/embed.go: //go:embed *): a file it carries and writes out (a template), not a build of this repository; not audited'],
      ['cmd/tool/Dockerfile', null],
      ['scanner/templates/redwood/Dockerfile', 'embedded in a Go program (scanner/scanner.go: //go:embed templates templates/**/.fly): a file it carries and writes out (a template), not a build of this repository; not audited'],
    ],
  );
});

test('--all: the step named for a build\'s missing sources is one that writes into a named directory of the context before one that may write anywhere (commafeed)', () => {
  const tree = buildTree({
    files: ['Dockerfile', '.github/workflows/ci.yml'],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY artifacts/app/ /app\n',
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  docker:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Install required packages\n        run: sudo apt-get install -y unzip\n      - name: Download artifacts\n        uses: actions/download-artifact@v4\n        with:\n          path: ./artifacts\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: Dockerfile\n',
    },
    dockerignore: null,
  });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.filter((x) => x.name.startsWith('.github/'));
    assert.deepEqual(t.map((x) => x.preparedBy), ['"Download artifacts" (actions/download-artifact)']);
  } finally {
    tree.cleanup();
  }
});

// saleor-dashboard: .gitignore has `.*`, which matches the tracked .devcontainer/Dockerfile and
// docker-compose.yaml; --all .devcontainer said "no build found". git's ignore rules do not apply to
// what it tracks.
test('--all: a Dockerfile or Compose file git tracks is found though a .gitignore line matches it; an untracked one is not', () => {
  const tree = buildTree({
    files: ['.gitignore', '.devcontainer/Dockerfile', '.devcontainer/docker-compose.yaml', '.cache/Dockerfile', 'src/a.ts'],
    fileContents: {
      '.gitignore': '.*\n!.gitignore\n',
      '.devcontainer/Dockerfile': 'FROM node:20\nCOPY src /src\n',
      '.devcontainer/docker-compose.yaml': 'services:\n  dashboard:\n    build:\n      context: ..\n      dockerfile: .devcontainer/Dockerfile\n',
      '.cache/Dockerfile': 'FROM alpine\n',
    },
    dockerignore: null,
  });
  try {
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    execFileSync('git', ['add', '-f', '--', '.gitignore', '.devcontainer/Dockerfile', '.devcontainer/docker-compose.yaml', 'src/a.ts'], { cwd: tree.ctx });
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    assert.deepEqual(d.targets.map((t) => t.name).sort(), ['.devcontainer/docker-compose.yaml:dashboard']);
  } finally {
    tree.cleanup();
  }
});

// text-generation-inference builds Dockerfile_amd, _gaudi, _intel and _trtllm in CI; openreplay
// builds Dockerfile_alerts. --all did not find them (only Dockerfile.* and Dockerfile-* were looked for).
test('--all: a Dockerfile_<name> is a Dockerfile; Dockerfile_<name>.md is not', () => {
  const t = discovered({
    Dockerfile_amd: 'FROM alpine\nCOPY a.txt /\n',
    'sub/dockerfile_dev': 'FROM alpine\n',
    'docs/Dockerfile_notes.md': '# notes\n',
    'a.txt': 'a',
  });
  assert.deepEqual(t.map((x) => x.name).sort(), ['Dockerfile_amd', 'sub/dockerfile_dev']);
});

// polyaxon's haupt/.docker/DockerfileDev (built by haupt/cmd/rebuild for CI's container tests),
// DockerfileStreams; SuperAGI's DockerfileCelery: --all did not find them.
test('--all: a Dockerfile<Name> (a capital letter after it, no extension) is a Dockerfile; Dockerfiles/ and DockerfileDev.md are not', () => {
  const t = discovered({
    '.docker/DockerfileDev': 'FROM alpine\nCOPY a.txt /\n',
    DockerfileCelery: 'FROM alpine\n',
    'docs/DockerfileDev.md': '# notes\n',
    'Dockerfiles/app': 'FROM alpine\n',
    Dockerfilex: 'FROM alpine\n',
    'a.txt': 'a',
  });
  assert.deepEqual(t.map((x) => x.name.replace(/ \(context: .*$/, '')).sort(), ['.docker/DockerfileDev', 'DockerfileCelery']);
});

// ita-social-projects/OoS-Backend: OutOfSchool.Migrations/Dockerfile starts with a UTF-8 byte order
// mark, then `ARG DOTNET_VERSION=8.0` and `FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}`;
// BuildKit drops the mark, --all took the ARG for missing and skipped the file as a template.
test('--all: a Dockerfile that starts with a byte order mark is read without it (its ARG before FROM counts)', () => {
  const t = discovered({
    'svc/Dockerfile': '\uFEFFARG DOTNET_VERSION=8.0\nFROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}\nCOPY a.txt /\n',
    'svc/a.txt': 'a',
  });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [['svc/Dockerfile', null]]);
});

// NHSDigital/nbs-appointments-management-service: BookingDataExtractDockerfile, CosmosAuditorDockerfile
// at the root, built by its pipelines from there: --all did not find them, and suggest -f one of them
// proposed excluding data/ and src/ paths the others copy.
test('--all: a <Name>Dockerfile or <name>-Dockerfile is a Dockerfile; a script so named, with no FROM, is listed as skipped', () => {
  const t = discovered({
    BookingDataExtractDockerfile: 'FROM alpine\nCOPY data/a.txt /\n',
    'tools/api-Dockerfile': 'FROM alpine\n',
    'scripts/generateDockerfile': '#!/bin/sh\necho FROM alpine > Dockerfile\n',
    'data/a.txt': 'a',
  });
  assert.deepEqual(
    t.map((x) => [x.name.replace(/ \(context: .*$/, ''), x.skip === null ? null : x.skip.replace(/ \(.*$/, '')]).sort(),
    [
      ['BookingDataExtractDockerfile', null],
      ['scripts/generateDockerfile', 'no FROM instruction: named like a Dockerfile, but not one'],
      ['tools/api-Dockerfile', null],
    ],
  );
});

// spbgovbr/sei-docker: containers/solr-9.4.0/Dockerfile, which its Makefile builds, was taken for an
// unpacked upstream release (a versioned directory) and left out without a word; fluent-bit's
// lib/nghttp2-1.65.0/ and third-party/ directories still hold other projects' build files.
test('--all: a versioned directory is third-party code only under lib/, deps/, vendor/, external/ or a third-party directory', () => {
  const t = discovered({
    'containers/solr-9.4.0/Dockerfile': 'FROM alpine\n',
    'containers/solr/Dockerfile': 'FROM alpine\n',
    'lib/nghttp2-1.65.0/Dockerfile': 'FROM alpine\n',
    'lib/nghttp2-1.65.0/third-party/mruby/docker-compose.yml': 'services:\n  m:\n    build: .\n',
    'deps/mbedtls-2.4.2/Dockerfile': 'FROM alpine\n',
    'third_party/tool/Dockerfile': 'FROM alpine\n',
  });
  assert.deepEqual(t.map((x) => x.name.replace(/ \(context: .*$/, '')).sort(), ['containers/solr-9.4.0/Dockerfile', 'containers/solr/Dockerfile']);
});

// supabase/postgres: dockerhub-release-15-6.yml's build-push-action step has `file: Dockerfile-156` and
// no `context:` (and no checkout): the action builds its Git context, which BuildKit clones without
// .git and without applying .dockerignore. ctx-audit audited the checkout and reported .git copied
// into the image (CTX003 error); then listed it as skipped; now it audits the commit as BuildKit does.
test('--all: build-push-action (v2 and later, and its forks) with no context: is a Git-context build; `context: .` and v1 are the directory', () => {
  const step = (uses: string, context: string | null) =>
    `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n        with:\n${context === null ? '' : `          context: ${context}\n`}          file: Dockerfile-156\n          push: true\n`;
  const files = {
    'Dockerfile-156': 'FROM alpine\nCOPY . /nixpg\n',
    'flake.nix': '{}\n',
    '.github/workflows/a.yml': step('docker/build-push-action@v6', null),
    '.github/workflows/b.yml': step('useblacksmith/build-push-action@v1.2', null),
    '.github/workflows/c.yml': step('docker/build-push-action@v6', '.'),
    '.github/workflows/d.yml': step('docker/build-push-action@v1', null),
    '.github/workflows/e.yml': step('Warpbuilds/build-push-action@v6', null),
    '.github/workflows/f.yml': step('step-security/docker-build-push-action@v6', null),
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const wf = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.filter((x) => x.name.startsWith('.github/')).sort((a, b) => (a.name < b.name ? -1 : 1));
    assert.deepEqual(
      wf.map((x) => [x.name, x.skipReason ?? null, x.gitContext ?? false]),
      [
        ['.github/workflows/a.yml:b step 1', null, true],
        ['.github/workflows/b.yml:b step 1', null, true], // its v1 follows docker's v6
        ['.github/workflows/c.yml:b step 1', null, false],
        ['.github/workflows/d.yml:b step 1', null, false], // docker's v1 took `path`, default `.`
        ['.github/workflows/e.yml:b step 1', null, true], // WarpBuild's fork (sequin), owner in any case
        ['.github/workflows/f.yml:b step 1', null, true], // StepSecurity's maintained fork (hiero-json-rpc-relay)
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// jq's ci.yml: its docker job writes a new Dockerfile (`cat <<'EOF' >Dockerfile`, FROM scratch and the
// prebuilt binaries), then builds `.`: ctx-audit audited the committed Dockerfile, which that job never builds.
test('--all: a build whose Dockerfile an earlier run step of the job writes is skipped, naming the step; another job building the committed file is audited', () => {
  const wf = [
    'on: push',
    'jobs:',
    '  docker:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Create Dockerfile',
    '        run: |',
    "          cat <<'EOF' >Dockerfile",
    '          FROM scratch',
    '          COPY jq-linux-amd64 /jq',
    '          EOF',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '  local:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: docker build -t jq .',
    '',
  ].join('\n');
  const t = discovered({ Dockerfile: 'FROM debian\nCOPY . /app\n', 'src/jq.c': 'int main(){}\n', '.github/workflows/ci.yml': wf });
  assert.deepEqual(
    t.filter((x) => x.name.startsWith('.github/')).map((x) => [x.name, x.skip]),
    [
      ['.github/workflows/ci.yml:docker step 3', 'its Dockerfile Dockerfile is written by the step "Create Dockerfile" (a run script) before the build: the committed file is not the one built; not audited'],
      ['.github/workflows/ci.yml:local step 2', null],
    ],
  );
});

// anytype-heart: docker-compose.yml needs ${GITHUB_LOGIN:?}; listing it as skipped also hid the root
// Dockerfile it builds, so `--all` audited nothing and passed.
test('--all: a Compose file skipped for a missing variable does not hide the Dockerfile beside it', () => {
  const t = discovered({
    'docker-compose.yml': 'services:\n  test:\n    build:\n      context: .\n      args:\n        - GITHUB_LOGIN=${GITHUB_LOGIN:?}\n',
    Dockerfile: 'FROM alpine\nCOPY . /src\n',
  });
  assert.deepEqual(
    t.map((x) => [x.name, x.skip === null ? null : x.skip.slice(0, 35)]),
    [
      ['Dockerfile', null],
      ['docker-compose.yml', 'required variable GITHUB_LOGIN is m'],
    ],
  );
});

// orf/django-docker-box: `context: ${DJANGO_PATH}`, a Django checkout CI clones elsewhere and exports; unset
// here, docker compose would read "" and build this directory, where tests/requirements/ is not: CTX101 at
// error on all its services. A path from a variable nothing sets is the environment's: listed, and the
// Dockerfile it names (`${PWD}/Dockerfile`) not audited on its own from a guessed context. Required
// (`${DJANGO_PATH:?}`), the file was refused and the Dockerfile audited alone, with the same error.
test('--all: a Compose build context from a variable nothing sets (bare or required) is listed as skipped, not audited from this directory; a default or a set value is read', () => {
  const files = (context: string) => ({
    Dockerfile: 'FROM alpine\nCOPY tests/requirements/ /requirements/\n',
    'docker-compose.yml': `services:\n  sqlite:\n    build:\n      context: ${context}\n      dockerfile: \${PWD}/Dockerfile\n  docs:\n    build:\n      context: ./docs\n`,
    'docs/Dockerfile': 'FROM alpine\n',
  });
  for (const context of ['${DJANGO_PATH}', '$DJANGO_PATH', '${DJANGO_PATH:?set it}']) {
    const t = discovered(files(context));
    assert.deepEqual(t.map((x) => [x.name, x.skip === null ? null : x.skip.slice(0, 57)]), [
      ['docker-compose.yml:docs', null],
      ['docker-compose.yml:sqlite', context.includes('?') ? 'required variable DJANGO_PATH is missing a value: set it ' : 'its build context is $DJANGO_PATH, which has no value her'],
    ], context);
  }
  // Set, or with a default: read as before.
  assert.deepEqual(discovered(files('${DJANGO_PATH}'), { DJANGO_PATH: '.' }).map((x) => [x.name, x.skip]), [['docker-compose.yml:docs', null], ['docker-compose.yml:sqlite', null]]);
  assert.deepEqual(discovered(files('${DJANGO_PATH:-.}')).map((x) => [x.name, x.skip]), [['docker-compose.yml:docs', null], ['docker-compose.yml:sqlite', null]]);
  // The review of 5dee461: a variable that is only part of the path (`Dockerfile${SUFFIX}`, blank on amd64)
  // is read as docker compose reads it; an override or an extending service that sets the context replaces it.
  const partial = discovered({ ...files('.'), 'docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile: Dockerfile${DOCKERFILE_SUFFIX}\n' });
  assert.deepEqual(partial.filter((x) => x.name.startsWith('docker-compose')).map((x) => [x.name, x.skip]), [['docker-compose.yml:app', null]]);
  const overridden = discovered({ ...files('${APP_DIR}'), 'docker-compose.override.yml': 'services:\n  sqlite:\n    build:\n      context: ./docs\n' });
  assert.deepEqual(overridden.map((x) => [x.name, x.skip, x.context]), [['docker-compose.yml:docs', null, '/docs'], ['docker-compose.yml:sqlite', null, '/docs']]);
  const extended = discovered({ ...files('.'), 'docker-compose.yml': 'services:\n  base:\n    build:\n      context: ${APP_DIR}\n  app:\n    extends: base\n    build:\n      context: ./docs\n' });
  assert.deepEqual(extended.filter((x) => x.name.startsWith('docker-compose')).map((x) => [x.name, x.skip === null]), [['docker-compose.yml:app', true], ['docker-compose.yml:base', false]]);
});

// ILITA-hub/animeenigma: docker/docker-compose.yml requires ${JWT_SECRET:?} and ${STREAM_TOKEN_SECRET:?}
// in services' environment (its .env is git-ignored); the whole file was skipped, and the 16 service
// Dockerfiles its Makefile builds from the root were audited as guesses, errors capped. A variable
// that decides no build (its value changes none) holds nothing back; one in build args still does.
test('--all: a Compose file requiring variables nobody set is audited when they decide none of its builds', () => {
  const t = discovered({
    'docker/docker-compose.yml': 'services:\n  analytics:\n    build:\n      context: ..\n      dockerfile: services/analytics/Dockerfile\n    environment:\n      - JWT_SECRET=${JWT_SECRET:?set JWT_SECRET in docker/.env}\n      - STREAM=${STREAM_TOKEN_SECRET:?}\n',
    'services/analytics/Dockerfile': 'FROM golang\nCOPY services/analytics /src\n',
    'services/analytics/main.go': 'package main\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [['docker/docker-compose.yml:analytics', '/', null]]);
});

// risingwave's integration_tests/debezium-mysql: `build: .` beside a lowercase `dockerfile`, which
// docker reads when there is no `Dockerfile`. --all listed the service as "not in the checkout" and
// audited the file on its own instead.
test('--all: a Compose service whose context holds only a lowercase dockerfile is audited as that build, once', () => {
  const files = {
    'demo/docker-compose.yml': 'services:\n  app:\n    build: .\n',
    'demo/dockerfile': 'FROM alpine\nCOPY app.txt /\n',
    'demo/app.txt': 'x\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    assert.deepEqual(
      t.map((x) => [x.name, x.skipReason ?? null]),
      [['demo/docker-compose.yml:app', null]],
    );
  } finally {
    tree.cleanup();
  }
});

// A Makefile recipe or a script that builds a Dockerfile names its context: SeleniumHQ/docker-selenium's
// `cd ./Base && docker buildx build ... .` (no -f: Base/Dockerfile); KasmVNC's builder scripts
// (`-f builder/dockerfile.${os}.build .`). One whose context the script assembles first (databend's
// ci-setup-chaos-meta.sh builds from temp/) is listed, not audited from a directory that is not there.
test('--all: a standalone Dockerfile a recipe or script builds is audited from the context it names (no -f: the context\'s Dockerfile); a context the checkout lacks is listed as made by the script', () => {
  const t = discovered({
    Makefile: 'base:\n\tcd ./Base && docker buildx build --platform $(PLATFORMS) -t sel/base .\n',
    'Base/Dockerfile': 'FROM ubuntu\nCOPY certs /certs\n',
    'Base/certs/a.pem': 'x\n',
    'scripts/ci/setup-chaos.sh': '#!/bin/bash\nmkdir -p temp\ndocker build -t meta -f ./docker/meta-chaos/meta.Dockerfile temp\n',
    'docker/meta-chaos/meta.Dockerfile': 'FROM debian\nCOPY databend-meta /usr/bin/\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['Base/Dockerfile (context: Base, as Makefile:2 builds it)', '/Base', null],
    ['docker/meta-chaos/meta.Dockerfile', '/temp', 'scripts/ci/setup-chaos.sh builds it from temp, which is not in the checkout: the script makes it first; not audited'],
  ]);
});

// A build inside a quoted `bash -c '...'` (go-oauth2-server's recipes wrap their compose runs so): the
// closing quote ends the command. Read as part of the last word, it made the context `.'`, "not in the
// checkout", and the build went unaudited; a `"` string likewise, with a build after it on the line.
test('--all: a build inside `bash -c \'...\'` or `sh -c "..."` ends at its closing quote (the context is no `.\'`)', () => {
  const t = discovered({
    Makefile: "test:\n\tbash -c 'docker build -t x -f Dockerfile.test .'\nweb:\n\tsh -c \"docker build -t w -f web/Dockerfile.web web\" && echo built\n",
    'Dockerfile.test': 'FROM alpine\nCOPY . /src\n',
    'web/Dockerfile.web': 'FROM alpine\nCOPY . /src\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['Dockerfile.test (context: ., as Makefile:2 builds it)', '/', null],
    ['web/Dockerfile.web (context: web, as Makefile:4 builds it)', '/web', null],
  ]);
  // Not a first command of a `-c` string: a `cd` before it in the string, or ssh's remote command (the
  // review of 668fdba: read from the step's directory, `..` left the repository and --all exited 2).
  const wf = (run: string) => `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`;
  for (const run of [`sh -c "cd web && docker build -t web .."`, `ssh deploy@prod 'docker build -t web .'`, `bash -c 'cd web && docker build -f ../docker/web.Dockerfile .'`]) {
    const u = discovered({ '.github/workflows/ci.yml': wf(run), 'web/Dockerfile': 'FROM alpine\nCOPY . /w\n', 'docker/web.Dockerfile': 'FROM alpine\nCOPY . /w\n' });
    assert.ok(u.every((x) => x.context !== '/..' && !(x.name.startsWith('.github/') && x.skip === null)), `${run}: ${JSON.stringify(u)}`);
  }
});

// aspnet-core-api-demo's infra/webapi-dockerfile: --all found no Dockerfile (exit 2) where `api-Dockerfile`,
// `Dockerfile-dev` and `dev.dockerfile` were found. A lowercase `-dockerfile`/`_dockerfile` name is one when it
// starts as one (a `lint-dockerfile` script does not).
test('--all: `*-dockerfile` and `*_dockerfile` files that start as Dockerfiles are found; a script so named is not', () => {
  const t = discovered({
    'infra/webapi-dockerfile': 'FROM alpine\nCOPY ./src /src\n',
    'infra/worker_dockerfile': 'ARG BASE=alpine\nFROM ${BASE}\n',
    'infra/lint-dockerfile': '#!/bin/sh\nhadolint "$@"\n',
    'src/a.txt': 'x\n',
  });
  assert.deepEqual(t.map((x) => x.name.replace(/ \(.*/, '')).sort(), ['infra/webapi-dockerfile', 'infra/worker_dockerfile']);
});

// N0SAFE/nextjs-directus-turborepo-template: package.json's `docker:build:web` builds docker/Dockerfile.web.prod,
// which is not in the checkout (the build fails): a Makefile recipe's was listed as skipped, the script's
// dropped with no word. npm runs a script in its package's directory, as make runs a recipe in its own.
test('--all: a package.json script or a shell script that builds a Dockerfile the checkout lacks is listed as skipped', () => {
  const t = discovered({
    'docker/Dockerfile.api.prod': 'FROM alpine\nCOPY package.json /app/\n',
    'package.json': JSON.stringify({ name: 'x', scripts: { 'docker:build:web': 'docker build -f docker/Dockerfile.web.prod . -t web', 'docker:build:api': 'docker build -f docker/Dockerfile.api.prod . -t api' } }),
  });
  // toncenter/ton-indexer's run_event_classifier.sh: a shell script's build of a Dockerfile missing both from
  // the root and from the script's own directory; one there from the script's directory is not listed.
  const sh = discovered({
    'indexer/app.py': 'x\n',
    'indexer/Dockerfile.other': 'FROM alpine\nCOPY app.py /app.py\n',
    'run_event.sh': '#!/bin/bash\nset -e\ndocker build -t ev:devel -f indexer/classifier.Dockerfile indexer\n',
    'mod/build.sh': '#!/bin/sh\ndocker build -f docker/Dockerfile.jvm .\n',
    'mod/docker/Dockerfile.jvm': 'FROM alpine\n',
  });
  assert.deepEqual(sh.filter((x) => x.skip !== null).map((x) => [x.name, x.skip]), [['indexer/classifier.Dockerfile (run_event.sh)', 'run_event.sh builds indexer/classifier.Dockerfile, which is not in the checkout: the script is out of date, runs from a directory not known here, or a step makes it first; not audited']]);
  // nightingale's docker/build.sh: `docker build -t nightingale:${tag} .` with no -f, run in docker/, which holds only
  // Dockerfile.goreleaser (sweep 56/X-F3); `cd docker && docker build .` from the root is the same. One whose
  // context from its own directory holds a Dockerfile, or a context not in the checkout (a script may make it), is not listed.
  const implicit = discovered({
    'Dockerfile.other': 'FROM alpine\n',
    'docker/Dockerfile.goreleaser': 'FROM alpine\n',
    'docker/build.sh': '#!/bin/sh\ncp ../n9e .\ndocker build -t nightingale:${tag} .\n',
    'build.sh': '#!/bin/sh\ncd docker && docker build -t x .\n',
    'web/Dockerfile': 'FROM alpine\n',
    'web/build.sh': '#!/bin/sh\ndocker build -t web .\n',
    'pkg.sh': '#!/bin/sh\nmkdir -p out/img && cp Dockerfile.other out/img/Dockerfile\ndocker build -t p out/img\n',
  });
  // instant's server/Makefile runs ./scripts/manual_deploy.sh, whose `docker buildx build .` builds server/Dockerfile:
  // read as make runs it, not listed (the regression run of stop 56).
  const made = discovered({ 'Dockerfile.other': 'FROM alpine\n', 'srv/Dockerfile': 'FROM alpine\n', 'srv/Makefile': 'deploy:\n\t./scripts/manual_deploy.sh\n', 'srv/scripts/manual_deploy.sh': '#!/bin/bash\ndocker buildx build --platform linux/amd64 -t x .\n' });
  assert.deepEqual(made.map((x) => [x.name, x.skip]), [['Dockerfile.other', null], ['srv/Dockerfile (context: srv, as srv/scripts/manual_deploy.sh builds it)', null]]);
  assert.deepEqual(implicit.filter((x) => x.skip !== null).map((x) => [x.name, x.skip]), [
    ['Dockerfile (docker/build.sh)', 'docker/build.sh builds Dockerfile, which is not in the checkout: the script is out of date, runs from a directory not known here, or a step makes it first; not audited'],
    ['docker/Dockerfile (build.sh)', 'build.sh builds docker/Dockerfile, which is not in the checkout: the script is out of date, runs from a directory not known here, or a step makes it first; not audited'],
  ]);
  assert.deepEqual(t.filter((x) => x.skip !== null).map((x) => [x.name, x.skip]), [
    ["docker/Dockerfile.web.prod (package.json's docker:build:web script)", "package.json's docker:build:web script builds docker/Dockerfile.web.prod, which is not in the checkout: the recipe is out of date (docker fails on it) or a step makes it first; not audited"],
  ]);
});

// Troubladore/airflow-data-platform: a test script greps for `docker build.*-f Dockerfile.legacy`, read as a
// build whose context is the file Dockerfile.legacy; looking for its Dockerfile below a file threw ENOTDIR
// (not covered by throwIfNoEntry) and --all exited 2 with the raw error.
test('--all: a script build whose context is a file (a phantom from a grep pattern) does not stop the run', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\n',
    'Dockerfile.legacy': 'FROM alpine\n',
    'test/names.test.sh': '#!/bin/sh\ngrep -q "docker build.*-f Dockerfile.legacy" x\ndocker build -t x Dockerfile.legacy\n',
  });
  assert.deepEqual(t.filter((x) => x.error !== null), []);
  assert.ok(t.some((x) => x.name.startsWith('Dockerfile')));
  // The review of d51bb96: `grep -q "docker build -f Dockerfile.legacy ." Makefile` read as a build whose context
  // is the file Makefile: no such build is taken (it made --all exit 2, "context must be a directory").
  const g = discovered({
    Dockerfile: 'FROM alpine\n',
    'Dockerfile.legacy': 'FROM alpine\n',
    Makefile: 'all:\n\techo hi\n',
    'test/t.sh': '#!/bin/sh\ngrep -q "docker build -f Dockerfile.legacy ." Makefile\n',
  });
  assert.deepEqual(g.filter((x) => x.context === '/Makefile'), []);
});

// Thiritin/streaming's scripts/dev-stack.sh: `COMPOSE="docker compose -f docker-compose.dev.yml"`, then
// `$COMPOSE up --build api` (and the bash array form): the Compose file's target: was never read.
test('--all: a script variable (or array) holding the Compose command with its -f file is put in where it runs', () => {
  // (Fx64b/video-archiver's run.sh: the file in an array of the arguments, `args=(-f docker-compose.dev.yml
  // up --build)`, run as `"${COMPOSE[@]}" "${args[@]}"`.)
  for (const script of [
    '#!/bin/bash\nCOMPOSE="docker compose -f docker-compose.dev.yml"\n$COMPOSE up --build api\n',
    '#!/bin/bash\nCOMPOSE=(docker compose -f docker-compose.dev.yml)\n"${COMPOSE[@]}" up --build api\n',
    '#!/usr/bin/env bash\nCOMPOSE=(docker compose)\nargs=(-f docker-compose.dev.yml up --build api)\n"${COMPOSE[@]}" "${args[@]}"\n',
  ]) {
    const t = discovered({
      Dockerfile: 'FROM alpine AS base\nCOPY app.txt /\nFROM alpine\n',
      'app.txt': 'x\n',
      'docker-compose.dev.yml': 'services:\n  api:\n    build:\n      context: .\n      target: base\n',
      'dev.sh': script,
    });
    assert.ok(t.some((x) => x.stage === 'base' && x.name.includes('as dev.sh (docker-compose.dev.yml, service api) builds it')), JSON.stringify(t));
  }
  // An array set twice, appended to or changed by element, or set in an `if` (the review of 9544b09)
  // is not one list of words.
  for (const change of ['args=(-f other.yml up)\n', 'args+=(--wait)\n', 'args[1]=other.yml\n', 'if [ "$1" = --dev ]; then\n  args=(-f docker-compose.dev.yml up --build api)\nfi\n']) {
    const t = discovered({
      Dockerfile: 'FROM alpine AS base\nCOPY app.txt /\nFROM alpine\n',
      'app.txt': 'x\n',
      'docker-compose.dev.yml': 'services:\n  api:\n    build:\n      context: .\n      target: base\n',
      'dev.sh': `#!/usr/bin/env bash\n${change.startsWith('if') ? '' : 'args=(-f docker-compose.dev.yml up --build api)\n'}${change}docker compose "\${args[@]}"\n`,
    });
    assert.ok(!t.some((x) => x.name.includes('as dev.sh (docker-compose.dev.yml')), change);
  }
});

// The review of 9544b09: the array pattern backtracked exponentially on a line that opens an array of
// quoted words (`platforms=(--platform=... --tag="$IMAGE")`: 99 s), and each of 37,000 assignments was
// a pass over the script (113 s). Neither is read as words; both scripts are read at once.
test('--all: arrays that are not plain words, and scripts full of them, are read quickly and left as they are', { timeout: 60_000 }, () => {
  const t = discovered({
    'app/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'app/a.txt': 'a\n',
    'build.sh': `#!/bin/bash\nplatforms=(--platform=linux/amd64,linux/arm64 --tag="$IMAGE")\nx=(${'a'.repeat(60)}"\n${'a1=()\n'.repeat(37_000)}docker buildx build "\${platforms[@]}" -f app/Dockerfile app\n`,
  });
  assert.deepEqual(t.map((x) => x.name), ['app/Dockerfile (context: app, as build.sh builds it)']);
});

// scinote-eln/scinote-web's `docker-production:` recipe runs `$(COMPOSE) -f docker-compose.production.yml
// build` (COMPOSE: whichever of docker-compose and `docker compose` the machine has); the file has no
// default name, so --all audited Dockerfile.production from a guessed context and capped the `.git`
// it ships at a warning. A script's `docker compose -f FILE up --build` places its services the same way.
test('--all: a Compose file a Makefile recipe, a script or a package.json script runs with -f places the Dockerfiles its services build (context, stage), as a docker build line does; package.json scripts\' docker build lines too', () => {
  const t = discovered({
    Makefile: 'COMPOSE=$(shell command -v docker-compose >/dev/null 2>&1 && echo docker-compose || echo "docker compose")\ndocker-production:\n\t@$(COMPOSE) --progress plain -f docker-compose.production.yml build --build-arg T=$(T)\n',
    'docker-compose.production.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.production\n    image: scinote_web_production\n',
    'Dockerfile.production': 'FROM ruby\nCOPY . /app\n',
    'scripts/e2e.sh': '#!/bin/bash\ndocker compose -f deploy/compose.dev.yml up -d --build --wait\n',
    'deploy/compose.dev.yml': 'services:\n  api:\n    build:\n      context: ../backend\n      dockerfile: ../deploy/api.Dockerfile\n      target: development\n',
    'deploy/api.Dockerfile': 'FROM node AS development\nCOPY src /src\n',
    'backend/src/a.js': 'x\n',
    // OpenVAA/voting-advice-application's CI runs `yarn dev:start`; package.json has it run Compose.
    'package.json': JSON.stringify({ scripts: { 'dev:start': 'docker compose -f docker-compose.dev.yml up -d --force-recreate --build --wait', 'img': 'cd tools && docker build -f img.Dockerfile --target slim ..' } }),
    'docker-compose.dev.yml': 'services:\n  frontend:\n    build:\n      context: .\n      dockerfile: frontend/Dockerfile\n      target: development\n',
    'frontend/Dockerfile': 'FROM node AS development\nCOPY frontend /app\n',
    'tools/img.Dockerfile': 'FROM node AS slim\nCOPY backend /b\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.stage, x.skip]), [
    ['Dockerfile.production (context: ., as Makefile:3 (docker-compose.production.yml, service web) builds it)', '/', null, null],
    ['deploy/api.Dockerfile (context: backend, as scripts/e2e.sh (deploy/compose.dev.yml, service api) builds it)', '/backend', 'development', null],
    ['frontend/Dockerfile (context: ., as package.json\'s dev:start script (docker-compose.dev.yml, service frontend) builds it)', '/', 'development', null],
    ['tools/img.Dockerfile (context: ., as package.json\'s img script builds it)', '/', 'slim', null],
  ]);
});

// ferro-labs/ai-gateway: `make up-fullstack` runs `docker compose -f deploy/compose.fullstack.yaml -f
// deploy/compose.fullstack.mock.yaml up -d --build` (from a make variable); the mock file's mockllm
// service says `build: context: ../scripts/mockllm` and no dockerfile, so it builds the Dockerfile
// there. Left unplaced, that Dockerfile's missing COPY source was a capped warning. An inline
// Dockerfile (dockerfile_inline) is no Dockerfile in the context.
test('--all: a Compose service a recipe runs with no dockerfile: places its context\'s Dockerfile; dockerfile_inline places none', () => {
  const t = discovered({
    Makefile: 'COMPOSE_FULL := docker compose -f deploy/full.yaml -f deploy/full.mock.yaml\nup-fullstack:\n\t$(COMPOSE_FULL) up -d --build\n',
    'deploy/full.yaml': 'services:\n  gateway:\n    image: ghcr.io/x/gateway\n',
    'deploy/full.mock.yaml': 'services:\n  mockllm:\n    build:\n      context: ../scripts/mockllm\n  inline:\n    build:\n      context: ../tools\n      dockerfile_inline: |\n        FROM alpine\n',
    'scripts/mockllm/Dockerfile': 'FROM python\nCOPY server.py /\n',
    'scripts/mockllm/server.py': 'x\n',
    'tools/Dockerfile': 'FROM alpine\nCOPY tool.sh /\n',
    'tools/tool.sh': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['scripts/mockllm/Dockerfile (context: scripts/mockllm, as Makefile:3 (deploy/full.yaml + deploy/full.mock.yaml, service mockllm) builds it)', '/scripts/mockllm'],
    ['tools/Dockerfile', '/tools'],
  ]);
});

// alphagov/accessibility-monitoring-platform: `make local_stack_up` runs `docker compose --file
// docker-compose-full-stack.yml up --build`, whose services build amp_platform.DockerFile (capital F;
// `COPY . .` with no `.git` line in the ignore file) from the root: --all found no such name, so its
// only target was a test image while the production images went unaudited.
test('--all: Dockerfiles named *.DockerFile (and DockerFile) are found, placed by the recipes that build them', () => {
  const t = discovered({
    Makefile: 'local_stack_up:\n\tdocker compose --file docker-compose-full-stack.yml up --build\n',
    'docker-compose-full-stack.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: ./amp_platform.DockerFile\n',
    'amp_platform.DockerFile': 'FROM python\nCOPY . /code\n',
    'tools/DockerFile': 'FROM alpine\nCOPY run.sh /\n',
    'tools/run.sh': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['amp_platform.DockerFile (context: ., as Makefile:2 (docker-compose-full-stack.yml, service web) builds it)', '/'],
    ['tools/DockerFile', '/tools'],
  ]);
});

// letehaha/budget-tracker's e2e job runs a package.json script that runs `docker compose -f
// docker/test/backend/docker-compose.yml up --build -d`: a Compose file in a test directory, taken for
// a test's input, so a COPY source its Dockerfile lacks was a warning and the gate passed a build CI
// runs. Run by a recipe, a script or a package.json script, it is a build; run by nothing, a test input.
test('--all: a Compose file in a test directory that a recipe, script or package.json script runs is a build, not a test input', () => {
  const tree = buildTree({
    files: ['package.json', 'docker/test/backend/docker-compose.yml', 'docker/test/backend/Dockerfile', 'tests/fixtures-compose/docker-compose.yml', 'tests/fixtures-compose/Dockerfile'],
    fileContents: {
      'package.json': JSON.stringify({ scripts: { 'test:e2e': 'docker compose -f docker/test/backend/docker-compose.yml up --build -d' } }),
      'docker/test/backend/docker-compose.yml': 'services:\n  test-runner:\n    build:\n      context: ../../..\n      dockerfile: docker/test/backend/Dockerfile\n',
      'docker/test/backend/Dockerfile': 'FROM node\nCOPY package.json /app/\n',
      'tests/fixtures-compose/docker-compose.yml': 'services:\n  golden:\n    build: .\n',
      'tests/fixtures-compose/Dockerfile': 'FROM node\nCOPY a /a\n',
    },
    dockerignore: null,
  });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    assert.deepEqual(t.map((x) => [x.name, x.testInput ?? false]).sort(), [
      ['docker/test/backend/docker-compose.yml:test-runner', false],
      ['tests/fixtures-compose/docker-compose.yml:golden', true],
    ]);
  } finally {
    tree.cleanup();
  }
});

// selfpatch/ros2_medkit's run_docker_tests.sh: `cd "$SCRIPT_DIR"`, then `docker compose -f
// docker-compose.systemd.yml build`, whose service builds test/docker/.../Dockerfile.systemd from the
// package root; its COPY cmake/ had moved away. The Dockerfile in a test directory was taken for a
// test's input (a warning), though the Compose file a script runs names its context and Dockerfile.
test('--all: a Dockerfile in a test directory that a Compose file run by a script builds is a build, not a test input; one the script builds itself, or after running something that may write, stays a test input', () => {
  const tree = buildTree({
    files: ['lib/a', 'x/test/Dockerfile.c', 'x/test/docker-compose.c.yml', 'x/test/run.sh', 'y/tests/Dockerfile', 'y/tests/build.sh', 'z/test/Dockerfile', 'z/test/docker-compose.test.yml', 'z/test/run_tests.sh', 'scripts/prep.sh', ...['w1', 'w2', 'w3', 'g2', 'g3'].flatMap((d) => [`${d}/test/Dockerfile`, `${d}/test/c.test.yml`, `${d}/test/run.sh`])],
    fileContents: {
      'lib/a': 'x\n',
      'x/test/Dockerfile.c': 'FROM alpine\nCOPY cmake/ /c/\nCOPY lib/ /l/\n',
      'x/test/docker-compose.c.yml': 'services:\n  gw:\n    build:\n      context: ../..\n      dockerfile: x/test/Dockerfile.c\n',
      'x/test/run.sh': '#!/bin/bash\nSCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\ncd "$SCRIPT_DIR"\ndocker compose -f docker-compose.c.yml build\n',
      'y/tests/Dockerfile': 'FROM alpine\nCOPY staged/ /s/\n',
      'y/tests/build.sh': '#!/bin/bash\ncd "$(dirname "$0")"\ndocker build -t t .\n',
      // The review of 4c659bd: a script that prepares the context first (it may make what is missing).
      'z/test/Dockerfile': 'FROM alpine\nCOPY build/ /b/\n',
      'z/test/docker-compose.test.yml': 'services:\n  t:\n    build:\n      context: ../..\n      dockerfile: z/test/Dockerfile\n',
      'z/test/run_tests.sh': '#!/bin/bash\nset -e\ncd "$(dirname "$0")"\n(cd ../.. && ./scripts/prep.sh)\ndocker compose -f docker-compose.test.yml build\n',
      'scripts/prep.sh': '#!/bin/bash\nmkdir -p build && cp lib/a build/\n',
      // The review of c541539: the preparing command after a compose line that builds nothing, or on
      // the build's own line; and lines that write nothing (an echo to stderr, a network) before it.
      ...Object.fromEntries(
        [
          ['w1', 'docker compose -f c.test.yml down -v\n(cd ../.. && ./scripts/prep.sh)\ndocker compose -f c.test.yml build\n'],
          ['w2', '(cd ../.. && ./scripts/prep.sh) && docker compose -f c.test.yml build\n'],
          ['w3', 'if [ -z "$CI" ]; then docker-compose version; fi\n../../scripts/prep.sh\ndocker compose -f c.test.yml up --build\n'],
          ['g2', 'echo "Building test image" >&2\ndocker compose -f c.test.yml build\n'],
          ['g3', 'docker network create testnet || true\ndocker compose -f c.test.yml build\n'],
        ].flatMap(([d, script]) => [
          [`${d}/test/Dockerfile`, 'FROM alpine\nCOPY build/ /b/\n'],
          [`${d}/test/c.test.yml`, `services:\n  t:\n    build:\n      context: ../..\n      dockerfile: ${d}/test/Dockerfile\n`],
          [`${d}/test/run.sh`, `#!/bin/bash\nset -e\ncd "$(dirname "$0")"\n${script}`],
        ]),
      ),
    },
    dockerignore: null,
  });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    assert.deepEqual(t.map((x) => [x.name.replace(/ \(.*/, ''), x.context.slice(tree.ctx.length) || '/', x.testInput ?? false]).sort(), [
      ['x/test/Dockerfile.c', '/', false],
      ['y/tests/Dockerfile', '/y/tests', true],
      ['z/test/Dockerfile', '/', true],
      ['w1/test/Dockerfile', '/', true],
      ['w2/test/Dockerfile', '/', true],
      ['w3/test/Dockerfile', '/', true],
      ['g2/test/Dockerfile', '/', false],
      ['g3/test/Dockerfile', '/', false],
    ].sort());
  } finally {
    tree.cleanup();
  }
});

// envoyproxy/ratelimit's Makefile: `docker compose --project-directory $(PWD) -f
// integration-test/docker-compose-integration-test.yml up --build`, whose `context: .` is the project
// directory, the root. $(PWD) was a value not known here: the Compose file went unread and its
// Dockerfile was audited from its own directory.
test('--all: a Makefile\'s `--project-directory $(PWD)` is the directory make runs in', () => {
  for (const pwd of ['$(PWD)', '${PWD}', '"$(PWD)"']) {
    const t = discovered({
      Makefile: `integration_tests:\n\tdocker compose --project-directory ${pwd} -f integration-test/docker-compose-integration-test.yml up --build --exit-code-from tester\n`,
      'integration-test/docker-compose-integration-test.yml': 'services:\n  tester:\n    build:\n      context: .\n      dockerfile: integration-test/Dockerfile\n',
      // Beside the Dockerfile only: a guessed context would be integration-test/, where it is.
      'integration-test/Dockerfile': 'FROM alpine\nCOPY scripts/ /s/\n',
      'integration-test/scripts/run.sh': 'true\n',
    });
    assert.deepEqual(t.map((x) => [x.name.replace(/ \(context.*/, ''), x.context]), [['integration-test/Dockerfile', '/']], pwd);
    assert.match(t[0].name, /as Makefile:2 \(integration-test\/docker-compose-integration-test\.yml, service tester\) builds it/);
  }
  // A Makefile below the root may be run with `make -C docker` from the root, where PWD stays: not
  // known, so its $(PWD) places nothing (the review of c4a7e1e).
  // (The review's tree: the root Makefile runs `$(MAKE) -C docker image`, whose `docker build -f
  // Dockerfile.app $(PWD)` builds from the root; taken as docker/, its COPY src/ was a false CTX101.)
  const nested = discovered({
    Makefile: 'build:\n\t$(MAKE) -C docker image\n',
    'docker/Makefile': 'image:\n\tdocker build -t app -f Dockerfile.app $(PWD)\n',
    'docker/Dockerfile.app': 'FROM python:3.12-slim\nCOPY src/ /app/\n',
    'src/main.py': 'print(1)\n',
  });
  assert.ok(nested.every((x) => !/docker\/Makefile/.test(x.name) && x.context !== '/docker'), JSON.stringify(nested));
});

// wants-chat: docker-compose.yml builds frontend/Dockerfile at its development stage; `make build-prod`
// runs `docker compose -f docker-compose.yml -f docker-compose.prod.yml build`, the production stage,
// whose own COPY nginx.conf went unchecked: --all audited the Dockerfile once, as the default file
// builds it. The same Dockerfile at another stage through Compose files a recipe runs is a build too.
test('--all: a Dockerfile a recipe builds at another stage through Compose files it runs is audited at that stage as well', () => {
  const t = discovered({
    Makefile: 'build-prod:\n\tdocker compose -f docker-compose.yml -f docker-compose.prod.yml build\nup-prod:\n\tdocker compose -f docker-compose.yml -f docker-compose.prod.yml up -d\n',
    'docker-compose.yml': 'services:\n  frontend:\n    build:\n      context: ./frontend\n      target: development\n',
    'docker-compose.prod.yml': 'services:\n  frontend:\n    build:\n      target: production\n',
    'frontend/Dockerfile': 'FROM node AS development\nCOPY . /app\nFROM nginx AS production\nCOPY nginx.conf /etc/nginx/\n',
    'frontend/nginx.conf': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.stage]), [
    ['docker-compose.yml:frontend', '/frontend', 'development'],
    ['frontend/Dockerfile (context: frontend, stage production, as Makefile:2 (docker-compose.yml + docker-compose.prod.yml, service frontend) builds it)', '/frontend', 'production'],
  ]);
});

// komune-io/trace-registry's Makefile_docs.mk has CRLF line ends (GNU make reads them as LF) and
// builds infra/docker/storybook/Dockerfile from the root in CI: its recipe was not read, and the
// Dockerfile's errors were capped as a guess's.
test('--all: a Makefile with CRLF line ends is read as make reads it', () => {
  const t = discovered({
    'Makefile_docs.mk': 'build-storybook:\r\n\tdocker build --no-cache -f ./infra/docker/storybook/Dockerfile -t docs .\r\n',
    'infra/docker/storybook/Dockerfile': 'FROM node\nCOPY storybook /app\n',
    'infra/docker/storybook/nginx.conf': 'x\n',
    'storybook/main.js': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [['infra/docker/storybook/Dockerfile (context: ., as Makefile_docs.mk:2 builds it)', '/']]);
});

// game-scheduler's CI runs `docker compose --env-file tests/integration/env.int up -d --build
// system-ready`; env.int sets COMPOSE_FILE=compose.yaml:compose.int.yaml, which chooses the files
// (the production stages, and services only compose.int.yaml has). --all read compose.yaml with
// compose.override.yaml only (development). A .env beside the files that sets COMPOSE_FILE chooses
// them for --all too.
test('--all: COMPOSE_FILE in a step\'s --env-file, or in the .env beside the Compose files, chooses the files read', () => {
  const wf = 'on: push\njobs:\n  it:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose --env-file tests/integration/env.int up -d --build system-ready\n';
  const base = {
    'compose.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: api.Dockerfile\n',
    'compose.override.yaml': 'services:\n  api:\n    build:\n      target: development\n',
    // system-ready depends on api, so `up system-ready` builds both (a named service brings its depends_on).
    'compose.int.yaml': 'services:\n  api:\n    build:\n      target: production\n  system-ready:\n    build:\n      context: .\n      dockerfile: test.Dockerfile\n    depends_on: [api]\n',
    'api.Dockerfile': 'FROM python AS development\nCOPY . /app\nFROM python AS production\nCOPY api /app\n',
    'test.Dockerfile': 'FROM python\nCOPY tests /tests\n',
    'api/main.py': 'x\n',
    'tests/t.py': 'x\n',
  };
  const viaStep = discovered({ ...base, '.github/workflows/ci.yml': wf, 'tests/integration/env.int': 'COMPOSE_FILE=compose.yaml:compose.int.yaml\nDB=x\n' });
  assert.deepEqual(viaStep.map((x) => [x.name, x.stage]), [
    ['.github/workflows/ci.yml:it step 2: compose.yaml:api', 'production'],
    ['.github/workflows/ci.yml:it step 2: compose.yaml:system-ready', null],
    ['compose.yaml:api', 'development'],
  ]);
  const viaDotEnv = discovered({ ...base, '.env': 'COMPOSE_FILE=compose.yaml:compose.int.yaml\n' });
  assert.deepEqual(viaDotEnv.map((x) => [x.name, x.stage]), [
    ['compose.yaml:api', 'production'],
    ['compose.yaml:system-ready', null],
  ]);
});

// aehrc/smart-forms' push-extract-image.sh: `cd services/extract-express && npm run compile && cd -`,
// then `docker buildx build --file ./services/extract-express/Dockerfile ... --push .`: `cd -` was not
// followed, the build line was lost, and the Dockerfile's errors were capped as a guess's.
test('--all: a script\'s `cd -` goes back to the directory before its last cd', () => {
  const t = discovered({
    'push-extract-image.sh': '#!/bin/bash\ncd services/extract-express && npm run compile && cd -\ndocker buildx build --file ./services/extract-express/Dockerfile -t x --push .\n',
    'services/extract-express/Dockerfile': 'FROM node\nCOPY services/extract-express/lib /app\n',
    'services/extract-express/lib/index.js': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [['services/extract-express/Dockerfile (context: ., as push-extract-image.sh builds it)', '/']]);
});

// open-formulieren/open-forms' docker/start_vcr_services.sh runs `docker compose -f
// docker-compose.generic-json.yml ... up` with its Compose files beside it ("cd docker;
// ./start_vcr_services.sh"): taken to run from the root, the files were not found, and the mock
// images' Dockerfiles were audited as guesses, errors capped.
test('--all: a script whose Compose -f files lie only beside it runs them from its own directory', () => {
  const t = discovered({
    'docker/start_vcr_services.sh': '#!/bin/bash\ndocker compose -f docker-compose.generic-json.yml --env-file mocks.env up -d\n',
    // Its --env-file lies beside it too (read there, not at the root, where a missing one drops the build).
    'docker/mocks.env': 'MOCK_DIR=./generic-json\n',
    'docker/docker-compose.generic-json.yml': 'services:\n  generic_json:\n    build: ${MOCK_DIR:?}\n',
    'docker/generic-json/Dockerfile': 'FROM python\nCOPY app.py /\n',
    'docker/generic-json/app.py': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [['docker/generic-json/Dockerfile (context: docker/generic-json, as docker/start_vcr_services.sh (docker/docker-compose.generic-json.yml, service generic_json) builds it)', '/docker/generic-json']]);
});

test('packageScriptBuilds: a dependency\'s package.json under node_modules (a context that sends node_modules) is no build of this repository', () => {
  const files = {
    'package.json': JSON.stringify({ scripts: { image: 'docker build -f app.Dockerfile .' } }),
    'node_modules/dep/package.json': JSON.stringify({ scripts: { docker: 'docker build -f dep.Dockerfile .' } }),
    'app.Dockerfile': 'FROM node\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const builds = packageScriptBuilds(tree.ctx, ['node_modules/dep/package.json', 'package.json']);
    assert.deepEqual(builds.map((b) => [b.name, b.dockerfile?.slice(tree.ctx.length)]), [["package.json's image script", '/app.Dockerfile']]);
  } finally {
    tree.cleanup();
  }
});

// ayunis-core's `dev`, a bash script with no extension at the repository's root, runs `docker build -t
// python-sandbox:latest "$REPO_DIR/ayunis-core-code-execution/sandbox"`: unread, the Dockerfile was
// audited from a guessed context and its errors capped. A root file with no extension whose `#!` line
// names a shell is a script; one without (LICENSE, Procfile) is not read as one.
test('--all: a shell script with no extension at the repository root places the Dockerfile it builds; other root files are no scripts', () => {
  const t = discovered({
    dev: '#!/usr/bin/env bash\nREPO_DIR="$(cd "$(dirname "$0")" && pwd)"\ndocker build -t x:latest "$REPO_DIR/svc/sandbox"\n',
    'svc/sandbox/Dockerfile': 'FROM python\nCOPY run.py /\n',
    'svc/sandbox/run.py': 'x\n',
    Procfile: 'web: docker build -f other/Dockerfile .\n',
    'other/Dockerfile': 'FROM python\nCOPY run.py /\n',
    'other/run.py': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['other/Dockerfile', '/other'],
    ['svc/sandbox/Dockerfile (context: svc/sandbox, as dev builds it)', '/svc/sandbox'],
  ]);
});

// LuthienResearch/luthien-proxy's quick_start_standalone.sh: `--build-arg BUILD_COMMIT="$(git rev-parse
// --short HEAD 2>/dev/null || echo unknown)" ... .`: the command was cut at the `||` inside the
// substitution, `HEAD` taken for its context, and the build skipped as "the script makes it first".
test('--all: a script\'s build line is not cut at ||, ; or | inside quotes or $( ): its context is the last word of the command', () => {
  const t = discovered({
    'docker/Dockerfile.standalone': 'FROM python\nCOPY app /app\n',
    'app/main.py': 'x\n',
    'scripts/quick_start.sh': '#!/bin/bash\ndocker build -f docker/Dockerfile.standalone --build-arg BUILD_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" -t dev . && echo done\n',
    'docker/Dockerfile.other': 'FROM python\nCOPY app /app\n',
    'scripts/other.sh': '#!/bin/bash\ndocker build -f docker/Dockerfile.other --build-arg V=$(git describe | cut -c1-7) -t o . 2>&1 | tee log\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['docker/Dockerfile.other (context: ., as scripts/other.sh builds it)', '/', null],
    ['docker/Dockerfile.standalone (context: ., as scripts/quick_start.sh builds it)', '/', null],
  ]);
});

// The writer with no name of its own read "written by the step step 2" (SunbirdEd-portal's sweep).
test('--all: a build whose Dockerfile an unnamed run step writes names it "step N", once', () => {
  const wf = 'on: push\njobs:\n  img:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cp Dockerfile dist/Dockerfile\n      - run: docker build -t app ./dist\n';
  const t = discovered({ Dockerfile: 'FROM alpine\nCOPY . /app\n', 'dist/Dockerfile': 'FROM alpine\n', '.github/workflows/img.yml': wf });
  assert.deepEqual(
    t.filter((x) => x.name.startsWith('.github/')).map((x) => [x.name, x.skip]),
    [['.github/workflows/img.yml:img step 3', 'its Dockerfile dist/Dockerfile is written by step 2 (a run script) before the build: the committed file is not the one built; not audited']],
  );
});

// Altinity/clickhouse-operator: one run step builds the operator and the metrics exporter. Both
// targets had the step's name, so the report printed each one's findings under both.
test('--all: two docker builds in one run step are two targets with names of their own', () => {
  const wf = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build images\n        run: |\n          docker build -f a/Dockerfile -t a .\n          docker build -f b/Dockerfile -t b .\n      - run: docker build -f a/Dockerfile .\n';
  const t = discovered({ 'a/Dockerfile': 'FROM alpine\nCOPY missing-a /x\n', 'b/Dockerfile': 'FROM alpine\nCOPY missing-b /y\n', '.github/workflows/ci.yml': wf });
  assert.deepEqual(
    t.filter((x) => x.name.startsWith('.github/')).map((x) => x.name),
    ['.github/workflows/ci.yml:build (Build images), build 1 of 2', '.github/workflows/ci.yml:build (Build images), build 2 of 2', '.github/workflows/ci.yml:build step 3'],
  );
});

// coolstore-microservices' deploys/scripts/start.sh builds deploys/dockers/docker-volume/Dockerfile
// from the root; its two sources (src/grpc/...) were deleted: the build fails, and --all skipped it
// as "assembled elsewhere" (none of its paths anywhere) because that check came before the script's
// context. go-food-delivery-microservices' catalogreadservice Makefile builds a 0-byte Dockerfile:
// skipped as "an empty file ... nothing builds it". Both are audited from the context the script names.
test('--all: a Dockerfile whose sources are all missing, or that is empty, is audited from the context a script or recipe builds it from, not skipped', () => {
  const t = discovered({
    'docker/vol/Dockerfile': 'FROM alpine\nCOPY a /a\nCOPY b /b\n',
    'scripts/build.sh': '#!/bin/sh\ndocker build -f ./docker/vol/Dockerfile -t vol .\n',
    'svc/Dockerfile': '',
    'svc/Makefile': 'docker:\n\tdocker build -t svc .\n',
    'lone/Dockerfile': 'FROM alpine\nCOPY x /x\nCOPY y /y\n',
    'empty/Dockerfile': '',
    // One the recipe writes before it builds is what the build reads (review of 88d680c).
    'gen/Dockerfile': '',
    'gen/base.part': 'FROM alpine\n',
    'gen/Makefile': 'image:\n\tcat base.part > Dockerfile\n\tdocker build -t g .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip === null ? null : x.skip.replace(/:.*/, '')]), [
    ['docker/vol/Dockerfile (context: ., as scripts/build.sh builds it)', '/', null],
    ['empty/Dockerfile', '/empty', 'an empty file'],
    ['gen/Dockerfile', '/gen', 'an empty file'],
    ['lone/Dockerfile', '/lone', 'none of the paths it copies (x, y) is in the repository, beside it or above it'],
    ['svc/Dockerfile (context: svc, as svc/Makefile:2 builds it)', '/svc', null],
  ]);
});

// Geotrek-admin's Makefile: `@if [ -d dist ]; then \ docker build -f A . ; \ else \ docker build -f B . ; \ fi`,
// one logical line; only its first build was read, so B (the one a clean checkout runs) was placed by
// guess and its missing COPY source was a warning. `A && B` on one line the same.
test('--all: every docker build of one recipe or script line is read, not only the first', () => {
  const t = discovered({
    'docker/Dockerfile.a': 'FROM alpine\nCOPY a.txt /\n',
    'docker/Dockerfile.b': 'FROM alpine\nCOPY b.txt /\n',
    'docker/Dockerfile.c': 'FROM alpine\nCOPY a.txt /\n',
    'docker/Dockerfile.d': 'FROM alpine\nCOPY b.txt /\n',
    'a.txt': 'a',
    'b.txt': 'b',
    Makefile: 'build:\n\t@if [ -d dist ]; then \\\n\t\tdocker build -f ./docker/Dockerfile.a . ; \\\n\telse \\\n\t\tdocker build -f ./docker/Dockerfile.b . ; \\\n\tfi\n',
    'scripts/both.sh': '#!/bin/sh\ndocker build -f docker/Dockerfile.c . && cd docker && docker build -f Dockerfile.d ..\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['docker/Dockerfile.a (context: ., as Makefile:2 builds it)', '/', null],
    ['docker/Dockerfile.b (context: ., as Makefile:2 builds it)', '/', null],
    ['docker/Dockerfile.c (context: ., as scripts/both.sh builds it)', '/', null],
    ['docker/Dockerfile.d (context: ., as scripts/both.sh builds it)', '/', null],
  ]);
});

// Geotrek-admin: docker-compose.yml builds docker/Dockerfile's `dev` stage from the root, and its
// Makefile's build_prod runs `docker build -f docker/Dockerfile .`, the last stage: that build was
// dropped because a Compose service audited the Dockerfile already, at another stage.
test('--all: a recipe\'s plain build of a Dockerfile whose other audits are of another stage is a build of its own; one of the same last stage and context is not', () => {
  const files = {
    'docker/Dockerfile': 'FROM alpine AS dev\nCOPY a.txt /\nFROM alpine AS prod\nCOPY app/ /app/\n',
    'a.txt': 'a',
    'app/main.txt': 'm',
    Makefile: 'build_prod:\n\tdocker build -t x -f docker/Dockerfile .\n',
  };
  const dev = discovered({ ...files, 'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n      target: dev\n' });
  assert.deepEqual(dev.map((x) => [x.name, x.stage]), [
    ['docker-compose.yml:web', 'dev'],
    ['docker/Dockerfile (context: ., as Makefile:2 builds it)', null],
  ]);
  const last = discovered({ ...files, 'docker-compose.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n' });
  assert.deepEqual(last.map((x) => [x.name, x.stage]), [['docker-compose.yml:web', null]]);
});

// nginx-gateway-fabric's Makefile: `SELF_DIR := $(dir $(abspath $(lastword $(MAKEFILE_LIST))))`,
// `TARGET ?= local## The target of the build`, then `docker build --target $(strip $(TARGET)) -f
// $(SELF_DIR)build/Dockerfile ... $(strip $(SELF_DIR))`: the build of stage local was dropped.
test('--all: a Makefile\'s $(strip ...), a $(dir ...) of its own path (a trailing slash) and a value with a # comment are read', () => {
  const t = discovered({
    'build/Dockerfile': 'FROM alpine AS local\nCOPY a.txt /\nFROM alpine AS release\nCOPY b.txt /\n',
    'a.txt': 'a',
    'b.txt': 'b',
    Makefile: 'SELF_DIR := $(dir $(abspath $(lastword $(MAKEFILE_LIST))))\nTARGET ?= local## The target of the build\n\nimage:\n\tdocker build --target $(strip $(TARGET)) -f $(SELF_DIR)build/Dockerfile -t x $(strip $(SELF_DIR))\n',
    '.github/workflows/ci.yml': WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: build/Dockerfile\n          target: release\n'),
  });
  assert.deepEqual(t.map((x) => [x.name.replace(/ \(.*/, ''), x.context, x.stage]), [
    ['.github/workflows/ci.yml:build step 2', '/', 'release'],
    ['build/Dockerfile', '/', 'local'],
  ]);
});

// Quarkus writes the command into every Dockerfile it generates: `# docker build -f
// src/main/docker/Dockerfile.jvm -t quarkus/app-jvm .`, run from the project root (realworld-api-
// quarkus, graalvm-quarkus-micronaut-springboot's modules). --all placed them in src/main/docker or
// src, where the root's .dockerignore went unread and a real CTX102 was a CTX101 warning.
test('--all: a Dockerfile whose own comment gives the docker build -f command that builds it is audited from that command\'s context; two comments that disagree, or a -f that is not this file, place nothing', () => {
  const header = (f: string) => `####\n# Before building the container image run:\n#\n# ./mvnw package\n#\n# Then, build the image with:\n#\n# docker build -f ${f} -t quarkus/app-jvm .\n#\n###\nFROM registry.access.redhat.com/ubi8/openjdk-17:1.18\nCOPY target/quarkus-app/lib/ /deployments/lib/\n`;
  const t = discovered({
    'app/pom.xml': '<project/>',
    'app/src/main/docker/Dockerfile.jvm': header('src/main/docker/Dockerfile.jvm'),
    'app/src/main/docker/Dockerfile.other': header('src/main/docker/Dockerfile.jvm'),
    'app/src/main/docker/Dockerfile.two': header('src/main/docker/Dockerfile.two') + '#   $ docker build -f Dockerfile.two -t x .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['app/src/main/docker/Dockerfile.jvm (context: app, as the command in its own comment (line 8) builds it)', '/app'],
    ['app/src/main/docker/Dockerfile.other', '/app/src/main/docker'],
    ['app/src/main/docker/Dockerfile.two', '/app/src/main/docker'],
  ]);
});

// lmdeploy's docker/Dockerfile_patch (sweep 52/R-F2): the command is continued over comment lines with `\`;
// --all placed the Dockerfile in docker/ (no .dockerignore, a CTX005 warning), as if no comment built it.
test('--all: a build command in a Dockerfile\'s comment continued over lines with a backslash places it', () => {
  const t = discovered({
    'docker/Dockerfile_patch': '# Build (from repository root):\n#   docker build -f docker/Dockerfile_patch \\\n#     --build-arg BASE_IMAGE=x \\\n#     -t lmdeploy:test .\nFROM python:3.12\nCOPY . /opt/lmdeploy\n',
    // Cut short (the next line is no comment): no command, placed where its sources are.
    'docker/Dockerfile_cut': '#   docker build -f docker/Dockerfile_cut \\\nFROM python:3.12\nCOPY only-here.txt /x\n',
    'docker/only-here.txt': 'x\n',
    'setup.py': 'x\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['docker/Dockerfile_cut', '/docker'],
    ['docker/Dockerfile_patch (context: ., as the command in its own comment (line 2) builds it)', '/'],
  ]);
});

// QGIS-Django's dockerize/docker-compose.yml: `context: ${PWD}/../`, run by CI from dockerize/. --all
// read ${PWD} from the directory ctx-audit ran in: from the root, the context was outside the
// repository and the build skipped; from dockerize/, audited. ${PWD} is where docker compose runs.
test('--all: ${PWD} in a Compose file is the directory docker compose runs in (the project\'s), wherever ctx-audit runs', () => {
  const files = {
    'dockerize/docker/Dockerfile': 'FROM alpine AS dev\nCOPY README /\n',
    'dockerize/docker-compose.yml': 'services:\n  devweb:\n    build:\n      context: ${PWD}/../\n      dockerfile: dockerize/docker/Dockerfile\n      target: dev\n',
    README: 'x',
  };
  for (const pwd of ['/', '/nowhere/else']) {
    const t = discovered(files, { PWD: pwd });
    assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [['dockerize/docker-compose.yml:devweb', '/', null]], pwd);
  }
});

// tidb-dashboard's Makefile: `DOCKERFILE ?= ./dockerfiles/alpine316.Dockerfile`, deleted since, built
// by `make docker-build-image-locally-amd64`: the failing build was not mentioned; alone, --all said
// "no build found" with no word of it.
test('--all: a recipe building a Dockerfile the checkout lacks (and git does not ignore) is listed as skipped; alone, "no build found" names it; a git-ignored one is listed as made before the build (sweep 49/D-F2)', () => {
  const makefile = 'DOCKERFILE ?= ./dockerfiles/alpine316.Dockerfile\nimg:\n\tdocker buildx build --load -t x -f $(DOCKERFILE) .\ngen:\n\tdocker build -f out/gen.Dockerfile .\n';
  // A script's is not: taken to run from the root, a build there only from its own directory runs
  // there (graalvm-quarkus-micronaut-springboot's module scripts, where `src/main/docker/Dockerfile.jvm` is).
  const t = discovered({ 'app/Dockerfile': 'FROM alpine\n', Makefile: makefile, '.gitignore': 'out/\n', 'mod/build-images.sh': '#!/bin/sh\ndocker build -f src/main/docker/Dockerfile.jvm -t x .\n', 'mod/src/main/docker/Dockerfile.jvm': 'FROM alpine\n' });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [
    ['app/Dockerfile', null],
    ['dockerfiles/alpine316.Dockerfile (Makefile:3)', 'Makefile:3 builds dockerfiles/alpine316.Dockerfile, which is not in the checkout: the recipe is out of date (docker fails on it) or a step makes it first; not audited'],
    ['mod/src/main/docker/Dockerfile.jvm (context: mod, as mod/build-images.sh builds it)', null],
    ['out/gen.Dockerfile (Makefile:5)', 'Makefile:5 builds out/gen.Dockerfile, which is not in the checkout: git ignores it, so a step makes it before the build: what it copies is not known here; not audited'],
  ]);
  const tree = buildTree({ files: ['Makefile', '.gitignore'], fileContents: { Makefile: makefile, '.gitignore': 'out/\n' }, dockerignore: null });
  try {
    assert.throws(() => discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }), /no build found under .*; 2 recipes or scripts build a Dockerfile this checkout does not hold \(Makefile:3, Makefile:5\)$/);
  } finally {
    tree.cleanup();
  }
});

// Review of 5277b42: `--all svc` in a monorepo read `$(shell git rev-parse --show-toplevel)` as svc,
// the directory --all reads: two false CTX101 errors for a build whose context is the repository's root.
test('--all DIR: git rev-parse --show-toplevel is the repository\'s root above DIR, not DIR', () => {
  const files = { 'svc/docker/Dockerfile': 'FROM alpine\nCOPY svc/app.txt /\nCOPY lib/x.txt /\n', 'svc/app.txt': 'a', 'lib/x.txt': 'x', 'svc/Makefile': 'img:\n\tdocker build -f docker/Dockerfile $(shell git rev-parse --show-toplevel)\n' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    fs.mkdirSync(join(tree.ctx, '.git'));
    const d = discoverTargets(join(tree.ctx, 'svc'), { cwd: join(tree.ctx, 'svc'), env: {} });
    // Its context is above svc: not placed from svc "as svc/Makefile builds it" (its errors kept).
    assert.deepEqual(d.targets.map((t) => [t.name, t.context.slice(tree.ctx.length)]), [['docker/Dockerfile', '/svc/docker']]);
    assert.ok(d.targets.every((t) => t.placedBy === undefined), JSON.stringify(d.targets.map((t) => t.placedBy)));
  } finally {
    tree.cleanup();
  }
});

// regen-ledger's images/Makefile: `docker build -t me/env -f env/Dockerfile $(shell git rev-parse
// --show-toplevel)`: the context was read as the literal images/rev-parse (skipped as not in the
// checkout); a script's `"$(git rev-parse --show-toplevel)"` was no build at all.
test('--all: git rev-parse --show-toplevel as a recipe\'s or script\'s context is the repository root, wherever the script has gone and whichever directory --all reads', () => {
  const t = discovered({
    'images/env/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'images/env/Dockerfile.b': 'FROM alpine\nCOPY a.txt /\n',
    'images/env/Dockerfile.c': 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a',
    'images/Makefile': 'env:\n\tdocker build -t me/env -f env/Dockerfile $(shell git rev-parse --show-toplevel)\nc:\n\tdocker build -f env/Dockerfile.c "$$(git rev-parse --show-toplevel)"\n',
    // After a cd of its own: the root all the same (review of 5277b42: it was read as `.` from there).
    'scripts/b.sh': '#!/bin/sh\ncd "$(dirname "$0")"\ndocker build -f ../images/env/Dockerfile.b "$(git rev-parse --show-toplevel)"\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['images/env/Dockerfile (context: ., as images/Makefile:2 builds it)', '/', null],
    ['images/env/Dockerfile.b (context: ., as scripts/b.sh builds it)', '/', null],
    ['images/env/Dockerfile.c (context: ., as images/Makefile:4 builds it)', '/', null],
  ]);
});

// vue-vben-admin's scripts/deploy/build-local-docker-image.sh: `SCRIPT_DIR=$( cd -- "$( dirname --
// "${BASH_SOURCE[0]}" )" &> /dev/null && pwd )`, `cd "$SCRIPT_DIR"`, `docker build ../../ -f Dockerfile`
// (the shell idiom was not read: the Dockerfile was placed in its own directory). Granulate/gprofiler's
// scripts: `docker buildx build -f container.Dockerfile --build-arg ARCH=$ARCH . "$@"` (the caller's
// arguments after the context: the build was dropped).
test('--all: a script directory from the `cd -- "$(dirname -- "${BASH_SOURCE[0]}")" &> /dev/null && pwd` idiom, and a context followed by "$@"', () => {
  const t = discovered({
    'scripts/deploy/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'scripts/deploy/build.sh': '#!/bin/bash\nSCRIPT_DIR=$( cd -- "$( dirname -- "${BASH_SOURCE[0]}" )" &> /dev/null && pwd )\ncd "$SCRIPT_DIR"\ndocker build ../../ -f Dockerfile -t x\n',
    'sub/container.Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'scripts/build_container.sh': '#!/bin/bash\nset -eu\ndocker buildx build -f sub/container.Dockerfile --build-arg ARCH=x86_64 . "$@"\n',
    'a.txt': 'a',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['scripts/deploy/Dockerfile (context: ., as scripts/deploy/build.sh builds it)', '/', null],
    ['sub/container.Dockerfile (context: ., as scripts/build_container.sh builds it)', '/', null],
  ]);
});

// kubernetes-sigs/scheduler-plugins' hack/build-images.sh: `SCRIPT_ROOT=$(dirname "${BASH_SOURCE[@]}")/..`,
// `cd "${SCRIPT_ROOT}"`, `docker build -f build/scheduler/Dockerfile .`: with `[@]` the script's
// directory was not read, and the Dockerfile was audited from build/, a context no build uses.
test('--all: a script directory from dirname "${BASH_SOURCE[@]}" is the script\'s, as with [0]', () => {
  const t = discovered({
    'build/scheduler/Dockerfile': 'FROM golang\nCOPY . .\nRUN make\n',
    'hack/build-images.sh': '#!/usr/bin/env bash\nset -e\nSCRIPT_ROOT=$(dirname "${BASH_SOURCE[@]}")/..\ncd "${SCRIPT_ROOT}"\ndocker build -f build/scheduler/Dockerfile -t x .\n',
    Makefile: 'images:\n\thack/build-images.sh\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [['build/scheduler/Dockerfile (context: ., as hack/build-images.sh builds it)', '/']]);
});

// docker/secrets-engine's Makefile: `docker buildx build $(DOCKER_BUILD_ARGS) --target=$(DOCKER_TARGET)
// --file store/Dockerfile .`, DOCKER_TARGET set by its caller (`DOCKER_TARGET=${{ matrix.subtest }} make
// ...`): the build was dropped, and store/Dockerfile audited from store/, a guess. The context and
// Dockerfile are known; only the stage is not. A workflow's `--target $TARGET` stays listed as skipped.
test('--all: a recipe whose --target is a variable its caller sets still places its Dockerfile at the recipe\'s context, saying the stage is known only when it runs', () => {
  const t = discovered({
    'store/Dockerfile': 'FROM alpine AS t1\nCOPY app.txt /x\nFROM alpine AS t2\n',
    'store/app.txt': 'x',
    Makefile: 'it:\n\t@docker buildx build --target=$(DOCKER_TARGET) --file store/Dockerfile .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [['store/Dockerfile (context: ., its stage known only when it runs, as Makefile:2 builds it)', '/', null]]);
  // The last stage is audited in place of the unknown one: its errors are warnings (review of 2a51c92).
  const tree = buildTree({ files: ['store/Dockerfile', 'Makefile'], fileContents: { 'store/Dockerfile': 'FROM alpine AS t1\nFROM alpine AS release\nCOPY notes.txt /\n', Makefile: 'it:\n\t@docker buildx build --target=$(DOCKER_TARGET) --file store/Dockerfile .\n' }, dockerignore: null });
  try {
    const { targets } = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    const f = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => x.severity), ['warning']);
    assert.match(f[0].message, /\(the last stage, audited in place of the one Makefile:2 builds, which its caller chooses: a warning at most\)$/);
  } finally {
    tree.cleanup();
  }
});

// SMD-Bioinformatics-Lund/coyote3's scripts/install.dev.sh: `container_name="..."`, then `docker build
// --target $container_name ...`: the stage was "known only when it runs" and the last stage was audited,
// so a missing COPY source in the stage the script builds passed. A variable the script sets once to a
// literal stage name is that stage; one it sets twice (an if/else) or from an argument stays unknown.
test('--all: a script\'s --target from a variable it sets once to a stage name builds that stage', () => {
  const df = 'FROM alpine AS a\nCOPY missing.txt /\n\nFROM alpine AS b\nCOPY ok.txt /\n';
  for (const [script, stage] of [
    ['#!/bin/bash\ncontainer_name="a"\ndocker build --target $container_name -t img:1 -f ./Dockerfile.dev .\n', 'a'],
    ["#!/bin/bash\nexport STAGE='a'\ndocker build --target=\"${STAGE}\" -f Dockerfile.dev .\n", 'a'],
    ['#!/bin/bash\nSTAGE=a\nif [ -n "$CI" ]; then STAGE=b; fi\ndocker build --target $STAGE -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\nSTAGE="${1:-a}"\ndocker build --target $STAGE -f Dockerfile.dev .\n', null],
    // The review of fe01942: a comment's or an echo's `T=...`, a default the caller overrides, an
    // assignment in a function or an `if`, one after the build, a sourced file that may set it.
    ['#!/bin/bash\n# For a debug image: TARGET=debug ./build.sh\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\necho "run as TARGET=a ./build.sh"\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\n[ -z "$TARGET" ] && TARGET=a\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\nif [ -z "$TARGET" ]; then\n  TARGET=a\nfi\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\nsetup() {\n  TARGET=a\n}\nsetup\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\ndocker build --target "$TARGET" -f Dockerfile.dev .\nTARGET=a\n', null],
    ['#!/bin/bash\nTARGET=a\n. ./build.env\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\nTARGET=a\nif [ -f build.env ]; then\n  . ./build.env\nfi\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
    ['#!/bin/bash\nTARGET=a\nif [ -f build.env ]; then source ./build.env; fi\ndocker build --target "$TARGET" -f Dockerfile.dev .\n', null],
  ] as const) {
    const t = discovered({ 'Dockerfile.dev': df, 'ok.txt': 'hi\n', 'scripts/install.sh': script });
    assert.deepEqual(
      t.map((x) => [x.name, x.stage]),
      [[`Dockerfile.dev (context: .${stage === null ? ', its stage known only when it runs' : ''}, as scripts/install.sh builds it)`, stage]],
      script,
    );
  }
});

// hypothesis/lms' Makefile: `git archive --format=tar HEAD | docker build -t hypothesis/lms:$(DOCKER_TAG) -`,
// its only build of the root Dockerfile: the commit's files on stdin, never this directory's .git.
// It was not seen, and CTX003 called .git "copied into the image" by the plain root audit. And
// ocaml-sf/learn-ocaml's `make docker-images`: `git clone . docker`, `cp Dockerfile docker`, then
// `docker build --target ... docker`, a context the recipe makes: it was left out with no word.
test('--all: a recipe\'s build from `git archive` on stdin is listed with the command that audits it, the root Dockerfile it builds is no build of this directory; a recipe\'s missing context is listed', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\nCOPY . /app\n',
    'a.txt': 'a',
    // (dcgm-exporter's `$(MAKE) ... DOCKERCMD='docker build'`: a quoted word, no build of a directory `'`.)
    Makefile: "build:\n\tgit archive --format=tar HEAD | docker build -t x -\nimages:\n\t@rm -rf docker\n\t@git clone . docker\n\t@docker build -t img --target x docker\nlocal:\n\t$(MAKE) ubi9 OUTPUT=type=docker DOCKERCMD='docker build'\n",
  });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [
    ['Dockerfile', null],
    ['Dockerfile (from git archive, as Makefile:2 builds it)', 'Makefile:2 builds it from `git archive` of the commit on stdin (the committed files, without .git): audit that upload with `git archive HEAD | ctx-audit -`; not audited here'],
    ['docker/Dockerfile (Makefile:6)', "Makefile:6 builds from docker, which is not in the checkout: the recipe makes it first (a clone or a copy of the repository's files) or is out of date; not audited"],
  ]);
  // The plain root audit's errors are warnings, saying the recipe builds it from the commit's files.
  const tree = buildTree({ files: ['Dockerfile', 'a.txt', 'Makefile', '.git/objects/pack/p.pack'], fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n', Makefile: 'build:\n\tgit archive --format=tar HEAD | docker build -t x -\n', '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: null });
  try {
    const { targets } = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    const ctx003 = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((f) => f.ruleId === 'CTX003' && f.path === '.git');
    assert.deepEqual(ctx003.map((f) => f.severity), ['warning']);
    assert.match(ctx003[0].message, /Makefile:2 builds it from `git archive` of the commit on stdin, the committed files without \.git, not from this directory/);
  } finally {
    tree.cleanup();
  }
});

// openfaas/faas' Makefile: `(cd gateway;  docker buildx build ... .)`, a subshell: `.)` was read as the
// context; knative/func's release step: `docker buildx build . -f Dockerfile.utils --annotation
// index:...="https://..."`, whose value was taken for the context; kyma-project/serverless calls
// test-infra's image-builder.yml with `dockerfile:` and no `context:` (its default `.`).
test('--all: a build in a one-line subshell, after --annotation VALUE, and through kyma\'s image-builder workflow is placed', () => {
  const t = discovered({
    'gateway/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'gateway/a.txt': 'a',
    Makefile: 'gw:\n\t(cd gateway;  docker buildx build --platform linux/amd64 -t g:dev .)\n\tdocker build -f other.Dockerfile .\n',
    'other.Dockerfile': 'FROM alpine\nCOPY b.txt /\n',
    'b.txt': 'b',
    'Dockerfile.utils': 'FROM alpine\nCOPY b.txt /\n',
    'fn/Dockerfile': 'FROM alpine\nCOPY b.txt /\n',
    '.github/workflows/r.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker buildx build . -f Dockerfile.utils -t x --annotation index:org.opencontainers.image.url="https://github.com/x/y" --push\n  k:\n    uses: kyma-project/test-infra/.github/workflows/image-builder.yml@main\n    with:\n      name: fn\n      dockerfile: fn/Dockerfile\n',
  });
  // Review of 20b5828: a subshell's cd ends with it (`(cd web && npm run build) && docker build -f docker/Dockerfile .`).
  const sub = discovered({ 'docker/Dockerfile': 'FROM alpine\nCOPY a.txt /\n', 'a.txt': 'a', 'web/x': 'x', Makefile: 'img:\n\t(cd web && npm run build) && docker build -f docker/Dockerfile -t x .\n' });
  assert.deepEqual(sub.map((x) => [x.name, x.context, x.skip]), [['docker/Dockerfile (context: ., as Makefile:2 builds it)', '/', null]]);
  // Review of 27be6b0: a bracket class make refuses (`[z-a]`) is no crash, and includes nothing.
  const bad = discovered({ Makefile: 'include mk/[z-a]*.mk\n', 'mk/a.mk': 'img:\n\tdocker build -f ../Dockerfile ..\n', Dockerfile: 'FROM alpine\n' });
  assert.deepEqual(bad.map((x) => [x.name, x.error]), [['Dockerfile', null]]);
  assert.deepEqual(t.map((x) => [x.name.replace(/ \(via .*/, ''), x.context, x.skip]), [
    ['.github/workflows/r.yml:b step 2', '/', null],
    ['.github/workflows/r.yml:k', '/', null],
    ['gateway/Dockerfile (context: gateway, as Makefile:2 builds it)', '/gateway', null],
    ['other.Dockerfile (context: ., as Makefile:3 builds it)', '/', null],
  ]);
});

// novuhq/novu's deploy workflows: `-f apps/ws/Dockerfile . $DOCKER_BUILD_ARGUMENTS`, that variable
// set in the step's env to cache flags holding `${{ env.SERVICE_NAME }}`: the whole build was left
// out as "known only when the step runs", the Dockerfile audited from a guess (sweep 46/D). An
// expression in a flag's value is no unknown context; in the context or -f it still is.
test('--all: a step env value holding an expression is read; the build is unknown only where the expression lands in its context, file or stage', () => {
  const wf = (args: string, tail = ' $ARGS') =>
    `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: build\n        env:\n          ARGS: >\n            ${args}\n        run: |\n          docker buildx build -t img --load -f app/Dockerfile .${tail}\n`;
  const files = (workflow: string) => ({ 'app/Dockerfile': 'FROM alpine\nCOPY app/x /x\n', 'app/x': 'x', '.github/workflows/b.yml': workflow });
  const read = discovered(files(wf('--cache-from type=registry,ref=ghcr.io/x/cache:build-cache-${{ env.SERVICE_NAME }}-prod --platform=linux/amd64')));
  assert.deepEqual(read.map((x) => [x.name, x.context, x.skip]), [['.github/workflows/b.yml:b (build)', '/', null]]);
  // An expression with operators and quotes stays out of the script: read in, `'pull_request'` was the
  // context and the build was lost (the review of a59fbe1); left out, $ARGS is a word that hides no context.
  const ternary = discovered(files(wf("${{ github.event_name != 'pull_request' && '--push' || '--load' }}").replace('--load -f app/Dockerfile . $ARGS', '$ARGS -f app/Dockerfile .')));
  assert.deepEqual(ternary.map((x) => [x.name, x.context, x.skip]), [['.github/workflows/b.yml:b (build)', '/', null]]);
  // The expression as the Dockerfile: unknown, listed as skipped.
  const file = discovered(files(wf('-f ${{ env.DOCKERFILE }}')));
  assert.ok(file.some((x) => x.name.startsWith('.github/workflows/b.yml') && /known only when the step runs/.test(x.skip ?? '')), JSON.stringify(file));
});

// jupyter/docker-stacks: `docker build ... images/${{ inputs.image }}/${{ inputs.variant != 'default' &&
// inputs.variant || '.' }}/`. GitHub replaces the expression before the shell reads the line; its `&&`
// and `||` were split as shell, `'default'` taken as the context (sweep 47/G-F1); with `inputs.ctx != ''`
// the context was '' (the root) and a false CTX101 error failed the run.
test('--all: an expression with operators in a run line is one word known only when the workflow runs, not shell syntax', () => {
  const files = (expr: string) => ({
    'images/foo/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'images/foo/a.txt': 'hi\n',
    '.github/workflows/b.yml': `on:\n  workflow_call:\n    inputs:\n      ctx:\n        type: string\n        default: ''\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f images/foo/Dockerfile -t x ${expr}\n`,
  });
  // (Also one holding `}` or longer than 256 characters: the review of 67f01b38.)
  for (const expr of ["${{ inputs.ctx != '' && inputs.ctx || 'images/foo' }}", "images/${{ inputs.variant != 'default' && inputs.variant || '.' }}/", "${{ github.event_name == 'push' && 'images/foo' || 'images/foo' }}", "${{ format('{0}/{1}', 'images', inputs.ctx) }}", `\${{ inputs.ctx != '' && inputs.ctx || '${'x'.repeat(300)}' }}`]) {
    const t = discovered(files(expr));
    // (Listed under the directory its words name, images/, or the root: sweep 47/w2-H-F1.)
    assert.deepEqual(
      t.map((x) => [x.name, x.context, x.skip]),
      [
        ['.github/workflows/b.yml:b step 2', expr.startsWith('images/') ? '/images' : '/', 'its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited'],
        ['images/foo/Dockerfile', '/images/foo', null],
      ],
      expr,
    );
  }
  // A matrix whose values are known is still written out first (the expression evaluated per value).
  const matrix = discovered({ ...files(''), '.github/workflows/b.yml': "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        ctx: [images/foo]\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f images/foo/Dockerfile -t x/y:1 ${{ matrix.ctx != '' && matrix.ctx || '.' }}\n" });
  assert.deepEqual(matrix.map((x) => [x.context, x.skip]), [['/images/foo', null]], JSON.stringify(matrix));
});

// btcpayserver's CircleCI runs `cd .circleci && ./run-tests.sh`, whose `cd ../BTCPayServer.Tests` then
// `docker-compose -f "docker-compose.altcoins.yml" build` / `run tests` left the repository when read
// from the root: the altcoins file's builds were never read (a missing COPY source passed as a
// warning), and docker-compose.yml's test runner, never pushed, kept CTX003 at error (sweep 46/C).
test('--all: a script whose cd leaves the repository from the root is read from its own directory (Compose)', () => {
  const files = {
    'Proj.Tests/Dockerfile': 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN cd Proj.Tests && dotnet build\n',
    'Proj.Tests/alt.Dockerfile': 'FROM alpine\nCOPY Proj.Tests/missing.txt /x\n',
    'Proj.Tests/docker-compose.yml': 'services:\n  tests:\n    build:\n      context: ..\n      dockerfile: Proj.Tests/Dockerfile\n',
    'Proj.Tests/docker-compose.altcoins.yml': 'services:\n  tests:\n    build:\n      context: ..\n      dockerfile: Proj.Tests/alt.Dockerfile\n',
    '.circleci/config.yml': 'version: 2.1\njobs:\n  test:\n    steps:\n      - checkout\n      - run: cd .circleci && ./run-tests.sh\n',
    '.circleci/run-tests.sh': '#!/bin/sh\nset -e\ncd ../Proj.Tests\ndocker-compose -f "docker-compose.altcoins.yml" build\ndocker-compose -f "docker-compose.altcoins.yml" run tests\ndocker-compose -f "docker-compose.yml" run tests\n',
    '.git/objects/pack/p.pack': 'x'.repeat(4096),
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const { targets } = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    const alt = targets.find((t) => t.dockerfile?.endsWith('alt.Dockerfile'));
    assert.match(alt?.name ?? '', /as \.circleci\/run-tests\.sh \(Proj\.Tests\/docker-compose\.altcoins\.yml, service tests\) builds it/);
    const found = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings;
    assert.deepEqual(found.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.message.replace(/;.*/, '')]), [['error', 'COPY source "Proj.Tests/missing.txt" matches nothing in the build context: the build will fail']]);
    const git = found.filter((f) => f.ruleId === 'CTX003' && f.path === '.git' && f.target === 'Proj.Tests/docker-compose.yml:tests');
    assert.deepEqual(git.map((f) => f.severity), ['warning']);
    assert.match(git[0].message, /an image that stays where it is built: \.circleci\/run-tests\.sh runs or scans/);
  } finally {
    tree.cleanup();
  }
});

// prometheus-operator's Makefile: `GODEBUG :=` (empty) then `CONTAINER_CLI ?= docker`: the empty
// assignment's `\s*` ran into the next lines, CONTAINER_CLI went unread, and its `$(CONTAINER_CLI) build
// -f cmd/x/Dockerfile .` recipes were not seen: the Dockerfiles were audited from their own directories,
// and suggest for another Dockerfile of the root proposed what they copy (sweep 46/G).
test('--all: an empty Makefile assignment does not take the next line as its value', () => {
  for (const empty of ['GODEBUG :=', 'GODEBUG ?=', 'GODEBUG =', 'GODEBUG := ']) {
    const t = discovered({ Dockerfile: 'FROM alpine\nCOPY go.mod /\n', 'go.mod': 'module x\n', 'pkg/p.go': 'package p\n', 'cmd/hook/Dockerfile': 'FROM golang\nCOPY . .\nRUN go build ./pkg\n', Makefile: `${empty}\n\nCONTAINER_CLI ?= docker\n\nhook-image:\n\t$(CONTAINER_CLI) build -t hook -f cmd/hook/Dockerfile .\n` });
    assert.deepEqual(t.map((x) => [x.name, x.context]), [['Dockerfile', '/'], ['cmd/hook/Dockerfile (context: ., as Makefile:6 builds it)', '/']], JSON.stringify(empty));
  }
});

// graphprotocol/graph-node's docker/build.sh: `for stage in graph-node-build graph-node graph-node-debug;
// do docker build --target $stage ...; done`, and its release pushes graph-node-build: only the last
// stage was audited ("its stage known only when it runs"; sweep 46/F). Each value is a build.
test('--all: a script loop over stages builds each one', () => {
  const dockerfile = 'FROM alpine AS build\nCOPY . /src\nFROM alpine AS final\nCOPY --from=build /src/a /a\n';
  for (const loop of ['for stage in build final\ndo\n    docker build --target $stage -t r/$stage -f docker/Dockerfile .\n    docker push r/$stage\ndone\n', 'for stage in build final; do\n  docker build --target "${stage}" -f docker/Dockerfile .\ndone\necho done\n']) {
    const t = discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': `#!/bin/bash\n${loop}` });
    assert.deepEqual(t.map((x) => [x.context, x.stage, x.skip]), [['/', 'build', null], ['/', 'final', null]], loop);
  }
  // On one line too (left at stop 46), with `; done` after the body; not when the body holds another loop.
  for (const loop of ['for stage in build final; do docker build --target $stage -f docker/Dockerfile .; done\n', '  for stage in build final ; do docker build --target "$stage" -t r/$stage -f docker/Dockerfile . && docker push r/$stage ;  done  \n']) {
    const t = discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': `#!/bin/bash\n${loop}` });
    assert.deepEqual(t.map((x) => [x.context, x.stage, x.skip]), [['/', 'build', null], ['/', 'final', null]], loop);
  }
  const nested = discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': '#!/bin/bash\nfor stage in build final; do for p in a b; do docker build --target $stage -f docker/Dockerfile .; done; done\n' });
  assert.deepEqual(nested.map((x) => x.stage), [null]);
  // A body that builds for some values only (the review of 25a506e6): not written out, either form.
  for (const body of ['if [ $s != build ]; then docker build --target $s -f docker/Dockerfile .; fi', 'test $s = final && docker build --target $s -f docker/Dockerfile .', '[ "$s" = final ] && docker build --target $s -f docker/Dockerfile .']) {
    for (const loop of [`for s in build final; do ${body}; done\n`, `for s in build final\ndo\n  ${body}\ndone\n`]) {
      const t = discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': `#!/bin/bash\n${loop}` });
      assert.deepEqual(t.map((x) => x.stage), [null], loop);
    }
  }
  // A line of blanks after a one-line head is read in linear time.
  const blanks = Date.now();
  discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': `#!/bin/bash\nfor s in a b; do docker build --target $s -f docker/Dockerfile .${' '.repeat(100000)}x\n` });
  assert.ok(Date.now() - blanks < 3000, `${Date.now() - blanks} ms`);
  // One that skips a value is not written out (the review of 70ccb6d): its stage stays unknown.
  const skips = discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': '#!/bin/bash\nfor stage in build final\ndo\n  if [ "$stage" = build ]; then continue; fi\n  docker build --target $stage -f docker/Dockerfile .\ndone\n' });
  assert.deepEqual(skips.map((x) => x.stage), [null]);
  // A long word in a loop head is read in linear time (the first head's group backtracked: over a minute at 70 characters).
  const started = Date.now();
  discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': `#!/bin/bash\nfor s in ${'a'.repeat(5000)}!\ndo\n  docker build --target $s -f docker/Dockerfile .\ndone\n` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  // A loop whose variable is no stage stays one build, its stage unknown when it runs.
  const other = discovered({ 'docker/Dockerfile': dockerfile, a: 'a', 'docker/build.sh': '#!/bin/bash\nfor t in x y; do\n  echo $t\ndone\ndocker build --target "$STAGE" -f docker/Dockerfile .\n' });
  assert.equal(other.length, 1);
});

// usememos/memos' scripts/build.sh: a subshell opened on a line of its own, `(`, `cd "$REPO_ROOT/web"`,
// `pnpm release`, `)`, then `docker build --file "$REPO_ROOT/scripts/Dockerfile" ... "$REPO_ROOT"`: the cd
// was carried past the `)`, and the build skipped as "builds web/scripts/Dockerfile, which is not in the
// checkout" (sweep 46/A). Without the subshell the cd holds; a single-line one ends with its line.
test('--all: a subshell opened on a line of its own ends at its closing parenthesis', () => {
  const files = (body: string) => ({ 'scripts/Dockerfile': 'FROM alpine\nCOPY go.mod /\n', 'go.mod': 'module x\n', 'web/package.json': '{}', 'web/scripts/README': 'x', 'scripts/build.sh': `#!/usr/bin/env bash\nset -euo pipefail\nSCRIPT_DIR="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"\nREPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"\n${body}docker build --file scripts/Dockerfile --tag smoke:local .\n` });
  const placed = [['scripts/Dockerfile (context: ., as scripts/build.sh builds it)', '/', null]];
  assert.deepEqual(discovered(files('(\n  cd web\n  npm run build\n)\n')).map((x) => [x.name, x.context, x.skip]), placed);
  assert.deepEqual(discovered(files('(\n  (cd other; make)\n  cd web\n  npm run build\n)\n')).map((x) => [x.name, x.context, x.skip]), placed);
  assert.deepEqual(discovered(files('( cd web; npm run build )\n')).map((x) => [x.name, x.context, x.skip]), placed);
  // Closed with a redirection or a pipe after it (the review of a8d9a8a).
  assert.deepEqual(discovered(files('(\n  cd web\n  npm run build\n) 2>&1 | tee build.log\n')).map((x) => [x.name, x.context, x.skip]), placed);
  assert.deepEqual(discovered(files('(\n  cd web\n  npm run build\n) > build.log\n')).map((x) => [x.name, x.context, x.skip]), placed);
  // No subshell: the build runs in web/, where there is no scripts/Dockerfile.
  const nosub = discovered(files('cd web\nnpm run build\n'));
  assert.ok(nosub.some((x) => x.name.startsWith('web/scripts/Dockerfile') && /scripts\/build.sh builds web\/scripts\/Dockerfile, which is not in the checkout/.test(x.skip ?? '')), JSON.stringify(nosub));
});

// The review of a8d9a8a: `/(\)+)\s*$/` took 12 s on a line of 32k closing parentheses (quadratic).
// (A guard against the complexity class, not a speed measurement: ~40 ms now, 6.5 s before; node:test's
// timeout cannot stop synchronous work, so the elapsed time is checked.)
test('--all: a script line of 32k closing parentheses is read in linear time', () => {
  const started = Date.now();
  const t = discovered({ 'scripts/Dockerfile': 'FROM alpine\n', 'scripts/build.sh': `#!/bin/sh\necho ${')'.repeat(1 << 15)}x\ndocker build -f scripts/Dockerfile .\n` });
  assert.deepEqual(t.map((x) => x.skip), [null]);
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

// hafriedlander/stable-diffusion-grpcserver's build.sh: `$(docker build -q . -f Dockerfile.protoc)`: the
// closing parenthesis was read into the -f value, the build listed as skipped (its Dockerfile "not in the
// checkout") and docker/Dockerfile audited from docker/, a guess; with the context last it was placed.
test('--all: a build in a command substitution ending with its -f value is placed', () => {
  for (const line of ['IMG=$(docker build -q . -f docker/Dockerfile)', 'IMG=$(docker build -q -f docker/Dockerfile .)', 'IMG=$(docker build -q . -f docker/Dockerfile )', 'IMG=$( (docker build -q -f docker/Dockerfile .) )', 'IMG=$(docker build -q -f docker/Dockerfile . ) )']) {
    const t = discovered({ 'docker/Dockerfile': 'FROM alpine\nCOPY app.txt /\n', 'docker/app.txt': 'hi\n', 'run.sh': `#!/bin/bash\n${line}\ndocker run --rm "$IMG" cat /app.txt\n` });
    assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [['docker/Dockerfile (context: ., as run.sh builds it)', '/', null]], line);
  }
});

// H2-invent/jitsi-admin's installDocker.sh: `DOCKER_COMPOSE="docker compose"`, then `$DOCKER_COMPOSE -f
// docker-compose.test.yml build`: the Compose build was not seen (a Makefile's $(DOCKER_COMPOSE) was).
test('--all: a script runs Compose or docker through a variable assigned the command once ($DOCKER_COMPOSE, "$DOCKER")', () => {
  const t = discovered({
    'svc/Dockerfile': 'FROM alpine\nCOPY a.txt /x\n',
    'svc/a.txt': 'a',
    'deploy-stack.yml': 'services:\n  app:\n    build: svc\n',
    'install.sh': '#!/bin/bash\nDOCKER_COMPOSE="docker compose"\n$DOCKER_COMPOSE -f deploy-stack.yml build\n',
    'img/Dockerfile.x': 'FROM alpine\nCOPY b.txt /\n',
    'b.txt': 'b',
    'build.sh': '#!/bin/sh\nDOCKER=docker\n"$DOCKER" build -f img/Dockerfile.x .\n',
    // Two values: the command is the run's to choose, not read.
    'other.sh': '#!/bin/sh\nif [ -x /usr/bin/podman ]; then C=podman; else C=docker; fi\n$C build -f img/Dockerfile.y img\n',
    'img/Dockerfile.y': 'FROM alpine\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]).filter(([n]) => !n.startsWith('img/Dockerfile.y')), [
    ['img/Dockerfile.x (context: ., as build.sh builds it)', '/'],
    ['svc/Dockerfile (context: svc, as install.sh (deploy-stack.yml, service app) builds it)', '/svc'],
  ]);
});

// nginx-proxy-manager's scripts: `COMPOSE_FILE="docker/docker-compose.dev.yml"`, `export COMPOSE_FILE`,
// `docker compose up -d --build app`; a workflow job's `env: COMPOSE_FILE:` the same. GovAlta/adsp-monorepo
// builds through redhat-actions/buildah-build (`context: ./`, `containerfiles:` a one-line list).
test('--all: COMPOSE_FILE set by a script or a job\'s env chooses the files its compose command reads; buildah-build\'s containerfiles place a build', () => {
  const t = discovered({
    'docker/app.Dockerfile': 'FROM node:20\nCOPY src /app/src\n',
    'src/index.js': 'x',
    'docker/docker-compose.dev.yml': 'services:\n  app:\n    build:\n      context: ./\n      dockerfile: app.Dockerfile\n',
    'scripts/start-dev.sh': '#!/bin/bash -e\nCOMPOSE_FILE="docker/docker-compose.dev.yml"\nexport COMPOSE_FILE\ndocker compose up -d --build app\n',
    'ci/worker.Dockerfile': 'FROM node:20\n',
    'ci/compose.ci.yml': 'services:\n  worker:\n    build:\n      context: ..\n      dockerfile: ci/worker.Dockerfile\n',
    'apps/svc/Dockerfile': 'FROM node:24\nCOPY . .\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      COMPOSE_FILE: ci/compose.ci.yml\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose build\n      - uses: redhat-actions/buildah-build@v2\n        with:\n          image: svc\n          context: ./\n          containerfiles: |\n            ./apps/svc/Dockerfile\n',
  });
  assert.deepEqual(t.map((x) => [x.name.replace(/ \(via .*/, ''), x.context]), [
    ['.github/workflows/ci.yml:t step 2: ci/compose.ci.yml:worker', '/'],
    ['.github/workflows/ci.yml:t step 3', '/'],
    ['docker/app.Dockerfile (context: docker, as scripts/start-dev.sh (docker/docker-compose.dev.yml, service app) builds it)', '/docker'],
  ]);
});

// Review of 4d6eab6: COMPOSE_FILE given a literal value once and a variable's value elsewhere has no
// one value; the literal was taken (the other assignment did not match the literal pattern).
test('--all: a script\'s COMPOSE_FILE set twice, once to a variable, chooses no file', () => {
  const t = discovered({
    'docker/app.Dockerfile': 'FROM node:20\nCOPY src /app/src\n',
    'src/index.js': 'x',
    'docker/docker-compose.dev.yml': 'services:\n  app:\n    build:\n      context: ./\n      dockerfile: app.Dockerfile\n',
    'scripts/start-dev.sh': '#!/bin/bash -e\nCOMPOSE_FILE="docker/docker-compose.dev.yml"\nif [ -n "$CI" ]; then COMPOSE_FILE=$CI_COMPOSE_FILE; fi\nexport COMPOSE_FILE\ndocker compose up -d --build app\n',
  });
  assert.deepEqual(t.map((x) => [x.name.replace(/ \(via .*/, ''), x.context]), [
    // Not "as scripts/start-dev.sh builds it": the script's COMPOSE_FILE has no one value, so the
    // Dockerfile is audited as nothing built it, where its COPY sources are.
    ['docker/app.Dockerfile (context: ., where its COPY sources are)', '/'],
    // The Compose file the script names is listed as not followed (sweep 47/w2-I-F2).
    ['docker/docker-compose.dev.yml', '/docker'],
  ]);
});

// A Compose service's `target:` its Dockerfile lacks made the whole run "could not run" (exit 2): a CTX100 error of that service.
test('--all: a Compose service asking for a stage its Dockerfile lacks is a CTX100 error of that service, the other services audited', () => {
  assert.deepEqual(
    ctx100Errors({
      Dockerfile: 'FROM alpine AS base\nCOPY a /a\n',
      a: 'a',
      'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      target: prod\n  web:\n    build:\n      context: .\n      target: BASE\n',
    }),
    [
      ['compose.yaml:app', null, null, ['target stage "prod" could not be found (stages: base): compose.yaml asks for it, and docker refuses the build']],
      ['compose.yaml:web', null, null, []],
    ],
  );
});

// The review of f3e04349: a stage the committed Dockerfile lacks is no certain failure when the file built is
// another: one a script writes or a step edits first (RA-R2), another ref's the job checks out (RA-R3), or one
// another frontend reads, whose INCLUDEd files may define it (RA-R1). Skipped (the last, info), as before.
test('--all: a missing stage is no error when the Dockerfile built is written or edited first, another ref\'s, or another frontend\'s', () => {
  const wf = (steps: string) => WORKFLOW(`${steps}      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: release\n`);
  const base = { Dockerfile: 'FROM alpine AS base\nCOPY a /a\n', a: 'a' };
  const one = (files: Record<string, string>) => ctx100Errors({ ...base, ...files }).filter(([n]) => !/^Dockerfile \(context: \., where/.test(n) && n !== 'Dockerfile');
  assert.deepEqual(one({ '.github/workflows/b.yml': wf('      - run: sed -i "s/ AS base/ AS release/" Dockerfile\n') }), [['.github/workflows/b.yml:build step 3', 'its Dockerfile Dockerfile has no stage "release" here (stages: base), and a step before the build edits it: not audited', null, []]]);
  assert.deepEqual(one({ '.github/workflows/b.yml': WORKFLOW('      - uses: actions/checkout@v4\n        with:\n          ref: v1.0.0\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: release\n') }), [['.github/workflows/b.yml:build step 3', 'its Dockerfile Dockerfile has no stage "release" here (stages: base), and the job builds ref v1.0.0, whose Dockerfile may have it: not audited', null, []]]);
  // `git -c k=v checkout TAG`, `git reset --hard TAG` check out another tree; `git checkout .` and a checkout in a
  // clone of another repository do not (the review of 29ac045e, RB-R5).
  const ran = (run: string) => one({ '.github/workflows/b.yml': wf(`      - run: ${run}\n`) }).map(([, skip, , e]) => (skip === null ? `error ${e.length}` : 'skip'));
  assert.deepEqual(['git -c advice.detachedHead=false checkout v1.0.0', 'git reset --hard v1.0.0', 'git checkout .', 'git clone https://example.invalid/x && cd x && git checkout v2'].map(ran), [['skip'], ['skip'], ['error 1'], ['error 1']]);
  // The event's own ref is this tree: the error stands.
  assert.deepEqual(one({ '.github/workflows/b.yml': WORKFLOW('      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: release\n') }).map(([, , , e]) => e.length), [1]);
  assert.deepEqual(one({ 'build.sh': '#!/bin/sh\ncat > Dockerfile <<EOF\nFROM alpine AS test\nEOF\ndocker build --target test .\n' }), [['Dockerfile (context: ., stage test, as build.sh builds it)', 'its Dockerfile Dockerfile has no stage "test" as committed (stages: base), and build.sh writes it before the build: not audited', null, []]]);
  const frontend = ctx100Errors({ Dockerfile: '# syntax = devthefuture/dockerfile-x\nINCLUDE ./base.dockerfile\nFROM builder AS final\nCOPY a /a\n', 'base.dockerfile': 'FROM alpine AS builder\nRUN true\n', a: 'a', '.github/workflows/b.yml': wf('') });
  assert.deepEqual(frontend.filter(([n]) => n.startsWith('.github')), [['.github/workflows/b.yml:build step 2', null, null, []]]);
});

// The review of f3e04349, RA-R4: a workflow and a Compose file asking for the same missing stage are one build;
// its finding names both, since fixing one leaves the other.
test('--all: a missing stage merged builds ask for is named by all of them', () => {
  const errors = ctx100Errors({ Dockerfile: 'FROM alpine AS base\nCOPY a /a\n', a: 'a', 'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      target: gone\n', '.github/workflows/b.yml': WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: gone\n') });
  assert.deepEqual(errors.map(([n, , , e]) => [n, e]), [['compose.yaml:app, .github/workflows/b.yml:build step 2', ['target stage "gone" could not be found (stages: base): compose.yaml and .github/workflows/b.yml ask for it, and docker refuses the build']]]);
});

// synapse-rust's docker/deploy.sh: `docker buildx build --file Dockerfile --target sbom ..`, a stage its
// Dockerfile does not have: --all exited 2 for the whole run. A CTX100 error naming the script, as a
// workflow's stale target is (sweep 53/D-F2: it was a skip, and the gate passed), and the Dockerfile
// audited as if nothing named it.
test('--all: a script\'s --target naming a stage its Dockerfile lacks is a CTX100 error, not an exit 2; the Dockerfile is still audited', () => {
  const files = {
    'docker/Dockerfile': 'FROM alpine AS builder\nCOPY app.txt /\nFROM alpine AS tools\nCOPY --from=builder /app.txt /\n',
    'app.txt': 'x',
    'docker/deploy.sh': '#!/bin/bash\ncd "$(dirname "$0")"\ndocker buildx build --file Dockerfile --target sbom ..\n',
    'Makefile': 'sbom:\n\tdocker build -f docker/Dockerfile --target sbom2 .\n',
    '.github/workflows/ci.yml': WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: docker/Dockerfile\n'),
  };
  assert.deepEqual(ctx100Errors(files).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, skip, error, errors]) => [name.replace(/ \(.*/, ''), skip, error, errors]), [
    ['.github/workflows/ci.yml:build step 2', null, null, []],
    ['docker/Dockerfile', null, null, ['target stage "sbom" could not be found (stages: builder, tools): docker/deploy.sh asks for it, and docker refuses the build']],
    ['docker/Dockerfile', null, null, ['target stage "sbom2" could not be found (stages: builder, tools): Makefile:2 asks for it, and docker refuses the build']],
  ]);
  const alone = ctx100Errors({
    'docker/Dockerfile': 'FROM alpine AS builder\nCOPY app.txt /\n',
    'app.txt': 'x',
    'docker/deploy.sh': '#!/bin/bash\ncd "$(dirname "$0")"\ndocker buildx build --file Dockerfile --target sbom ..\n',
  });
  assert.deepEqual(alone, [
    ['docker/Dockerfile (context: ., where its COPY sources are)', null, null, []],
    ['docker/Dockerfile (context: ., stage sbom, as docker/deploy.sh builds it)', null, null, ['target stage "sbom" could not be found (stages: builder): docker/deploy.sh asks for it, and docker refuses the build']],
  ]);
});

// blockscout-rs' stats/justfile: `docker compose -f docker-compose.dev.yml build`, whose service has
// `additional_contexts: [proto=../proto]`: the context and stage were read, the named context dropped,
// so a `COPY --from=proto` of a missing file went unchecked.
test('--all: a Compose file a recipe runs keeps its services\' additional_contexts', () => {
  const tree = buildTree({
    files: ['svc/Dockerfile', 'svc/app.txt', 'proto/a.proto', 'svc/docker-compose.dev.yml', 'svc/justfile'],
    fileContents: {
      'svc/Dockerfile': 'FROM alpine\nCOPY --from=proto a.proto /proto/\nCOPY app.txt /\n',
      'svc/app.txt': 'x',
      'proto/a.proto': 'syntax="proto3";\n',
      'svc/docker-compose.dev.yml': 'services:\n  svc:\n    build:\n      context: .\n      additional_contexts:\n        - proto=../proto\n',
      'svc/justfile': 'docker-build-dev:\n    docker compose -f docker-compose.dev.yml build\n',
    },
    dockerignore: null,
  });
  try {
    const targets = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    assert.deepEqual(
      targets.map((t) => [t.name, Object.fromEntries(Object.entries(t.namedContexts).map(([k, v]) => [k, v.slice(tree.ctx.length)]))]),
      [['svc/Dockerfile (context: svc, as svc/justfile:2 (svc/docker-compose.dev.yml, service svc) builds it)', { proto: '/proto' }]],
    );
  } finally {
    tree.cleanup();
  }
});

// ionos-wordpress' scripts/build.sh: `local path="./packages/$1"`, then `docker build -f $path/Dockerfile
// .`: read as the pattern */Dockerfile, it placed tools/Dockerfile, which nothing builds, "as
// scripts/build.sh builds it" (a CTX101 error). A variable in the file's name still places
// (notifications-backend's `-f docker/Dockerfile.${IMAGE_NAME}.jvm`).
test('--all: a variable -f places a Dockerfile only when the variable stands in the file\'s name, not in a directory', () => {
  const t = discovered({
    'scripts/build.sh': '#!/usr/bin/env bash\nbuild_pkg() {\n  local path="./packages/$1"\n  docker build -t "img-$1" -f $path/Dockerfile .\n}\nbuild_pkg docker/x\n',
    'scripts/jvm.sh': '#!/bin/sh\ndocker build -f docker/Dockerfile.${IMAGE_NAME}.jvm .\n',
    'tools/Dockerfile': 'FROM alpine\nCOPY tool.sh /t.sh\n',
    'tools/tool.sh': 'echo\n',
    'docker/Dockerfile.api.jvm': 'FROM eclipse-temurin\nCOPY target/app.jar /app.jar\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['docker/Dockerfile.api.jvm (context: ., as scripts/jvm.sh builds it)', '/'],
    ['tools/Dockerfile', '/tools'],
  ]);
});

// Review of 7eb17aa: `echo "to build both: docker build ... && docker build -f b/Dockerfile ."` read the
// second build inside the echoed string, its closing quote taken for a context, and b/Dockerfile skipped.
test('--all: no docker build inside an echoed string is read, the first or a later one', () => {
  const t = discovered({
    'scripts/help.sh': '#!/bin/sh\necho "to build both: docker build -t x -f a/Dockerfile . && docker build -t y -f b/Dockerfile ."\n',
    'a/Dockerfile': 'FROM alpine\n',
    'b/Dockerfile': 'FROM alpine\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [['a/Dockerfile', null], ['b/Dockerfile', null]]);
});

// hiberus-dockergento's workflow builds 31 images from one matrix; only the first 16 were read, and the
// rest audited from a guessed context, their errors capped. GitHub itself runs up to 256 jobs per matrix.
test('--all: a workflow matrix of more than 16 entries is read whole', () => {
  const names = Array.from({ length: 31 }, (_, i) => `img${String(i).padStart(2, '0')}`);
  const files: Record<string, string> = {};
  files['.github/workflows/b.yml'] = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        image: [${names.join(', ')}]\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: images/\${{ matrix.image }}\n          file: images/\${{ matrix.image }}/Dockerfile\n`;
  for (const n of names) files[`images/${n}/Dockerfile`] = 'FROM alpine\nCOPY a.txt /\n';
  const t = discovered(files);
  assert.equal(t.filter((x) => x.name.startsWith('.github/workflows/b.yml')).length, 31);
  assert.equal(t.filter((x) => !x.name.startsWith('.github/')).length, 0, JSON.stringify(t.filter((x) => !x.name.startsWith('.github/')).map((x) => x.name)));
});

// drogue-cloud and eden: `cd $(TOP_DIR) && $(CONTAINER) build ...` and `cd $(CURDIR) && docker build`,
// the Makefile's own directory as an absolute path: the build was dropped (a cd to an absolute
// directory was one not known), and its Dockerfile placed by guess, its errors capped.
test('--all: a Makefile recipe that cds to its own directory written as a make expression is read from there', () => {
  const t = discovered({
    'svc/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'api/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a',
    Makefile: 'TOP_DIR := $(dir $(abspath $(lastword $(MAKEFILE_LIST))))\nsvc:\n\tcd $(TOP_DIR) && docker build -f svc/Dockerfile .\napi:\n\tcd $(CURDIR) && docker build -f api/Dockerfile .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['api/Dockerfile (context: ., as Makefile:5 builds it)', '/'],
    ['svc/Dockerfile (context: ., as Makefile:3 builds it)', '/'],
  ]);
});

// drogue-cloud's Makefile: `ifeq (, $(shell which podman 2>/dev/null))` / `  CONTAINER ?= docker` /
// `else` / `  CONTAINER ?= podman` / `endif`, then `$(CONTAINER) build -f ...`: the indented
// assignment was not read, and the build not seen.
test('--all: a Makefile variable assigned with indentation inside a conditional is read', () => {
  const t = discovered({
    'svc/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a',
    Makefile: 'ifeq (, $(shell which podman 2>/dev/null))\n  CONTAINER ?= docker\nelse\n\tCONTAINER ?= podman\nendif\n\nimages:\n\t$(CONTAINER) build -f svc/Dockerfile .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [['svc/Dockerfile (context: ., as Makefile:8 builds it)', '/']]);
  // Compose's names the same (openvas-scanner: `CMD := docker compose` / `docker-compose` / `podman-compose`).
  const c = discovered({
    'svc/Dockerfile': 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a',
    'c.yaml': 'services:\n  s:\n    build:\n      context: .\n      dockerfile: svc/Dockerfile\n',
    Makefile: 'ifeq ($(V2),1)\n\tCMD := docker compose\nelse ifneq ($(V1),)\n\tCMD := docker-compose\nelse\n\tCMD := podman-compose\nendif\nup:\n\t$(CMD) -f c.yaml build\n',
  });
  assert.deepEqual(c.map((x) => x.name), ['svc/Dockerfile (context: ., as Makefile:9 (c.yaml, service s) builds it)']);
});

// static-php-cli's bin/spc-alpine-docker: `docker build -t spc -f- . <<EOF` ... `EOF`, its only Docker
// build (a workflow runs the script): --all exited 2, "no build found". The heredoc is the Dockerfile.
test('--all: a script\'s docker build -f- of a heredoc is audited with the heredoc as its Dockerfile; an unquoted one the shell would expand is not read', () => {
  const t = discovered({
    'bin/spc-alpine-docker': '#!/bin/bash\nset -e\ndocker build -t spc -f- . <<EOF\nFROM alpine:3.20\nRUN echo \\$HOME\nEOF\n',
    'bin/other': "#!/bin/bash\ndocker build -t o -f - . <<-'EOF'\n\tFROM alpine\n\tCOPY $X /\n\tEOF\n",
    'scripts/expanded.sh': '#!/bin/sh\ndocker build -f- . <<EOF\nFROM $BASE\nEOF\n',
    README: 'x',
  });
  // (An unquoted one the shell expands with a value set elsewhere is listed as skipped, since 586c51b.)
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['bin/other (its Dockerfile from stdin: a heredoc)', '/'],
    ['bin/spc-alpine-docker (its Dockerfile from stdin: a heredoc)', '/'],
    ['scripts/expanded.sh (its Dockerfile from stdin)', '/'],
  ]);
  const tree = buildTree({ files: ['bin/spc-alpine-docker'], fileContents: { 'bin/spc-alpine-docker': '#!/bin/bash\ndocker build -t spc -f- . <<EOF\nFROM alpine:3.20\nRUN echo \\$HOME\nEOF\n' }, dockerignore: null });
  try {
    const [target] = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    assert.equal(target.dockerfileInline, 'FROM alpine:3.20\nRUN echo $HOME\n');
  } finally {
    tree.cleanup();
  }
});

// jaeger-clickhouse's and strimzi-kafka-bridge's Makefiles build the root Dockerfile with `--build-arg`
// values its COPY sources name; the recipe was dropped because the Dockerfile was audited (with its
// ARG defaults), so `make image` failing on conf/app-2.0.conf passed.
test('--all: a recipe\'s build that passes other values to the ARGs the Dockerfile\'s sources name is a build of its own; other args are not', () => {
  const files = { Dockerfile: 'FROM alpine\nARG V=1.0\nARG LABEL=x\nCOPY conf/app-${V}.conf /app.conf\n', 'conf/app-1.0.conf': 'c' };
  const t = discovered({ ...files, Makefile: 'image:\n\tdocker build --build-arg V=2.0 --build-arg LABEL=y -t x/app .\n' });
  assert.deepEqual(t.map((x) => x.name), ['Dockerfile', 'Dockerfile (context: ., as Makefile:2 builds it)']);
  const same = discovered({ ...files, Makefile: 'image:\n\tdocker build --build-arg LABEL=y -t x/app .\n' });
  assert.deepEqual(same.map((x) => x.name), ['Dockerfile']);
});

// Runroom/archetype-symfony: `ENV ?= dev`, `DOCKER_COMPOSE = docker compose --file
// .docker/docker-compose.yaml --file .docker/docker-compose.$(ENV).yaml`, then `$(DOCKER_COMPOSE) build`:
// a value made of another variable was not read, and CI's app-dev stage never audited.
test('--all: a Makefile variable whose value is made of other known variables is read', () => {
  const t = discovered({
    '.docker/Dockerfile': 'FROM alpine AS base\nFROM base AS app-dev\nCOPY .docker/dev.ini /etc/\nFROM base AS app-prod\nCOPY README /app/\n',
    '.docker/dev.ini': 'x',
    '.docker/docker-compose.yaml': 'services:\n  app:\n    build:\n      context: ..\n      dockerfile: .docker/Dockerfile\n',
    '.docker/docker-compose.dev.yaml': 'services:\n  app:\n    build:\n      target: app-dev\n',
    Makefile: 'ENV ?= dev\nDOCKER_COMPOSE = docker compose --file .docker/docker-compose.yaml --file .docker/docker-compose.$(ENV).yaml\nbuild:\n\t$(DOCKER_COMPOSE) build\n',
    README: 'hi',
  });
  assert.deepEqual(t.map((x) => [x.name, x.stage]), [
    ['.docker/Dockerfile (context: ., stage app-dev, as Makefile:4 (.docker/docker-compose.yaml + .docker/docker-compose.dev.yaml, service app) builds it)', 'app-dev'],
    ['.docker/docker-compose.yaml:app', null],
  ]);
});

// veda-data-airflow's sm2a/Makefile: `cp -r ../dags .` then `docker compose build`, no -f: the Compose
// file --all reads in sm2a was audited with no word of the copy, and its `COPY dags` a CTX101 error. A
// recipe's compose command with no -f builds the default files where it runs; its lines before the
// build are that build's preparers.
test('--all: a recipe\'s docker compose with no -f builds the Compose file where it runs, and what the recipe runs first may make its sources', () => {
  const tree = buildTree({
    files: ['dags/a.py', 'sm2a/docker-compose.yml', 'sm2a/svc/Dockerfile', 'sm2a/Makefile'],
    fileContents: {
      'dags/a.py': 'x = 1\n',
      'sm2a/docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile: ./svc/Dockerfile\n',
      'sm2a/svc/Dockerfile': 'FROM alpine\nCOPY dags /dags\n',
      'sm2a/Makefile': 'build:\n\tcp -r ../dags .\n\tdocker compose build\n\trm -rf dags\n',
    },
    dockerignore: null,
  });
  try {
    const { targets } = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    const multi = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = multi.targets.flatMap((r) => (r.result?.findings ?? []).filter((x) => x.ruleId === 'CTX101').map((x) => [r.name, x.severity, x.message]));
    assert.deepEqual(f.map((x) => [x[0], x[1]]), [['sm2a/docker-compose.yml:app', 'warning']]);
    assert.match(String(f[0][2]), /the build fails unless the part of sm2a\/Makefile:3 \(sm2a\/docker-compose\.yml, service app\) before the build puts it there/);
  } finally {
    tree.cleanup();
  }
});

// aksi's docker/start-dev.sh: `cd "$(dirname "$0")"`, `F="docker-compose.dev.yml"`, then
// `docker-compose -f $F build`: a variable holding a file's name with no slash was no path, and the
// build was not read.
test('--all: a script variable holding a Compose file\'s or Dockerfile\'s name is read as that file', () => {
  const t = discovered({
    'docker/s.sh': '#!/bin/bash\ncd "$(dirname "$0")"\nF="docker-compose.dev.yml"\ndocker-compose -f $F build\n',
    'docker/docker-compose.dev.yml': 'services:\n  app:\n    build:\n      context: ../app\n      target: dev\n',
    'app/Dockerfile': 'FROM alpine AS dev\nCOPY dev.env /\nFROM alpine AS prod\nCOPY main.go /\n',
    'app/main.go': 'x',
    'app/dev.env': 'x',
  });
  assert.deepEqual(t.map((x) => [x.name, x.stage]), [['app/Dockerfile (context: app, as docker/s.sh (docker/docker-compose.dev.yml, service app) builds it)', 'dev']]);
});

// Review of b6c5dce: a heredoc went to every `-f -` build of its script (a false CTX101 from another
// build's text, a Compose heredoc read as a Dockerfile), its build's --target and the lines before it
// were dropped, and a make define's $(VAR) was audited as written.
test('--all: a heredoc is read only for a script\'s one build from stdin, with its stage and preparers; a docker compose heredoc is none; a make define with references is not audited as written', () => {
  const t = discovered({
    'scripts/two.sh': '#!/bin/sh\ndocker build -t a -f - . <<EOF\nFROM alpine\nCOPY nothing-here /\nEOF\necho "FROM alpine" | docker build -t b -f - .\n',
    'scripts/compose.sh': '#!/bin/sh\ndocker compose -f - build <<EOF\nservices:\n  a:\n    build: .\nEOF\n',
    'scripts/stage.sh': "#!/bin/sh\nmkdir -p gen && echo x > gen/v.txt\ndocker build --target app -f- . <<'EOF'\nFROM alpine AS app\nCOPY gen/v.txt /\nFROM alpine AS other\nCOPY absent /\nEOF\n",
    Makefile: 'define DF\nFROM $(BASE)\nCOPY . /s\nendef\nexport DF\nimg:\n\techo "$$DF" | docker build . -f -\n',
    README: 'x',
  });
  // (two.sh's builds, whose texts are not known here, are listed as skipped, once, since 586c51b; the
  // define whose $(BASE) no Makefile sets is audited on a stand-in image, since sweep 47/E-F2: only its
  // FROM line names it.)
  assert.deepEqual(t.map((x) => [x.name, x.stage, x.skip !== null]), [
    ["Makefile:7 (its Dockerfile from stdin: make's DF)", null, false],
    ['scripts/stage.sh (its Dockerfile from stdin: a heredoc, stage app)', 'app', false],
    ['scripts/two.sh (its Dockerfile from stdin)', null, true],
  ]);
});

// Review of 9e9626a: `ifeq ($(DEBUG),1)` `CONFIG = config/debug.yaml` `else` `CONFIG = config/release.yaml`
// `endif`: both branches were read and the first won, so a build arg from a branch make does not take
// became a build of its own that "fails". A name its conditionals give two values is not read
// (container engines, docker or podman, excepted: one build either way).
test('--all: a Makefile variable its conditionals give two values is not read as either', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\nARG CONFIG=config/release.yaml\nCOPY ${CONFIG} /etc/app.yaml\n',
    'config/release.yaml': 'x',
    Makefile: 'ifeq ($(DEBUG),1)\n  CONFIG = config/debug.yaml\nelse\n  CONFIG = config/release.yaml\nendif\nimage:\n\tdocker build --build-arg CONFIG=$(CONFIG) -t app .\n',
  });
  assert.deepEqual(t.map((x) => x.name), ['Dockerfile']);
});

// levish0/AxumKit's justfile: `export COMPOSE_FILE := "docker-compose.dev.yml"`, then a recipe's
// `docker compose build`: the recipe's compose read the exported file, ctx-audit looked for the
// default names (none) and audited app/Dockerfile from app/ as its own choice (a warning at most).
test('--all: COMPOSE_FILE a justfile or Makefile exports chooses the Compose file of a recipe\'s `docker compose build`; one it does not export does not', () => {
  const cases: [string, string, string | null][] = [
    ['justfile', 'export COMPOSE_FILE := "docker-compose.dev.yml"\n\nbuild:\n    docker compose build\n', 'justfile:4'],
    ['justfile', 'set export\nCOMPOSE_FILE := "docker-compose.dev.yml"\n\nbuild:\n    docker compose build\n', 'justfile:5'],
    ['Makefile', 'export COMPOSE_FILE := docker-compose.dev.yml\n\nbuild:\n\tdocker compose build\n', 'Makefile:4'],
    ['Makefile', 'COMPOSE_FILE = docker-compose.dev.yml\nexport COMPOSE_FILE\n\nbuild:\n\tdocker compose build\n', 'Makefile:5'],
    ['Makefile', 'COMPOSE_FILE = docker-compose.dev.yml\n\nbuild:\n\tdocker compose build\n', null],
  ];
  for (const [name, text, where] of cases) {
    const tree = buildTree({
      files: ['app/Dockerfile', 'docker-compose.dev.yml', name],
      fileContents: { 'app/Dockerfile': 'FROM alpine\nCOPY missing.txt /app/\n', 'docker-compose.dev.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: app/Dockerfile\n', [name]: text },
      dockerignore: null,
    });
    try {
      const names = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((t) => t.name);
      // (Not exported, the file is named in a command not followed: listed as such, sweep 47/w2-I-F2.)
      // (The file it names, which nothing runs, places the Dockerfile's context all the same: sweep 54/I-F2.)
      assert.deepEqual(names, where === null ? ['app/Dockerfile (context: ., as docker-compose.dev.yml builds it)', 'docker-compose.dev.yml'] : [`app/Dockerfile (context: ., as ${where} (docker-compose.dev.yml, service web) builds it)`], text);
    } finally {
      tree.cleanup();
    }
  }
});

// surrealdb's surrealml/core/scripts/linux_compose.sh: `SCRIPTPATH="$( cd "$(dirname "$0")" ; pwd -P )"`,
// `;` where the idiom has `&&`: the script's directory was not known, its Compose build not placed.
test('--all: a script directory from `cd "$(dirname "$0")" ; pwd -P` (a `;` before pwd) places the script\'s build', () => {
  const t = discovered({
    'core/builds/Dockerfile.linux': 'FROM alpine\nCOPY src/main.txt /a\n',
    'core/src/main.txt': 'x',
    'core/builds/cfg/linux.yml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile: builds/Dockerfile.linux\n',
    // (The first -f file's directory is the project's: the override's `context: .` is core/.)
    'core/docker-compose.yml': 'services:\n  app:\n    image: x\n',
    'core/scripts/linux_compose.sh': '#!/bin/bash\nSCRIPTPATH="$( cd "$(dirname "$0")" ; pwd -P )"\ncd $SCRIPTPATH\ncd ..\ndocker compose -f docker-compose.yml -f builds/cfg/linux.yml up --build\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [['core/builds/Dockerfile.linux (context: core, as core/scripts/linux_compose.sh (core/docker-compose.yml + core/builds/cfg/linux.yml, service app) builds it)', '/core', null]]);
});

// pytorch/serve's docker/build_image.sh, run by CI with `working-directory: docker` (or `cd docker;
// ./build_image.sh`): `docker build --file Dockerfile --target production-image ../`. Read from the
// root, its context was outside the repository: the build was dropped, and docker/Dockerfile audited
// on its own, its last stage only (the stage CI builds went unchecked).
test('--all: a script whose build makes sense only from its own directory is read from there; one that makes sense from the root stays as it is', () => {
  const t = discovered({
    'docker/Dockerfile': 'FROM alpine AS production-image\nCOPY README.md /x\nFROM alpine AS dev-image\n',
    'docker/build_image.sh': '#!/bin/bash\ndocker build --file Dockerfile --target production-image -t ts:latest ../\n',
    'README.md': 'r',
    'tools/Dockerfile': 'FROM alpine\nCOPY README.md /x\n',
    // From the root, tools/Dockerfile and `.` are there: taken as written.
    'tools/build.sh': '#!/bin/bash\ndocker build -f tools/Dockerfile .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.stage, x.skip]), [
    ['docker/Dockerfile (context: ., as docker/build_image.sh builds it)', '/', 'production-image', null],
    ['tools/Dockerfile (context: ., as tools/build.sh builds it)', '/', null, null],
  ]);
});

// golang-graphql-example's backend/.goreleaser.yml (its backend/Makefile runs goreleaser there): a
// config below the root was not read, and backend/Dockerfile was audited from backend/ as ctx-audit's
// choice (`COPY $APP` matching nothing: a false warning). Its paths are its directory's.
test('--all: a GoReleaser config below the root (or in its .config/) lists the Dockerfiles it builds, from its own directory, as skipped', () => {
  const t = discovered({
    'backend/.goreleaser.yml': 'dockers:\n  - dockerfile: Dockerfile\n    image_templates: [x/app]\n',
    'backend/Dockerfile': 'FROM alpine\nCOPY app /app\n',
    'cli/.config/goreleaser.yaml': 'dockers:\n  - dockerfile: build/Dockerfile\n',
    'cli/build/Dockerfile': 'FROM alpine\nCOPY cli /cli\n',
    'other/Dockerfile': 'FROM alpine\n',
  });
  const reason = (cfg: string) => `built by GoReleaser (${cfg}) in a directory it assembles from the binaries it builds and its extra_files, not from the repository: not audited here`;
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [
    ['backend/.goreleaser.yml: backend/Dockerfile', reason('backend/.goreleaser.yml')],
    ['cli/.config/goreleaser.yaml: cli/build/Dockerfile', reason('cli/.config/goreleaser.yaml')],
    ['other/Dockerfile', null],
  ]);
});

// cardinalhq/lakerunner: `goreleaser release --config .goreleaser.rc.yaml` (its only config): the
// Dockerfile it builds (`COPY myapp /myapp`, a binary GoReleaser builds) was audited from the root, a
// false CTX101 error. A config under a name of its own is one too; a YAML of another name is not.
test('--all: a GoReleaser config under a name of its own (given with --config) lists the Dockerfiles it builds as skipped', () => {
  const t = discovered({
    '.goreleaser.rc.yaml': 'dockers:\n  - dockerfile: Dockerfile\n    image_templates: [x/app]\n',
    '.config/goreleaser-nightly.yml': 'dockers_v2:\n  - dockerfile: build/nightly.Dockerfile\n',
    Dockerfile: 'FROM scratch\nCOPY myapp /myapp\n',
    'build/nightly.Dockerfile': 'FROM scratch\nCOPY myapp /myapp\n',
    'release.yaml': 'dockers:\n  - dockerfile: other/Dockerfile\n',
    'other/Dockerfile': 'FROM alpine\n',
  });
  assert.deepEqual(t.map((x) => [x.name, (x.skip ?? '').startsWith('built by GoReleaser')]), [
    ['.config/goreleaser-nightly.yml: build/nightly.Dockerfile', true],
    ['.goreleaser.rc.yaml: Dockerfile', true],
    ['other/Dockerfile', false],
  ]);
});

// pomerium's .github/goreleaser.yaml, run from the root (`--config .github/goreleaser.yaml`), names
// `.github/Dockerfile-release-nonroot`: its Dockerfiles were audited from .github/, a guess, with
// CTX101 warnings for the binaries GoReleaser builds (sweep 48/A-F2).
test('--all: a GoReleaser config below the root that names its Dockerfiles from the root through its own directory lists them as skipped', () => {
  const t = discovered({
    '.github/goreleaser.yaml': 'dockers:\n  - dockerfile: .github/Dockerfile-release\n    image_templates: [x/app]\n  - dockerfile: ./.github/Dockerfile-debug\n',
    '.github/Dockerfile-release': 'FROM alpine\nCOPY app /bin/app\n',
    '.github/Dockerfile-debug': 'FROM alpine\nCOPY app /bin/app\n',
    // A path that does not go through the config's directory is read from there only, as before.
    'tools/.goreleaser.yml': 'dockers:\n  - dockerfile: other/Dockerfile\n',
    'other/Dockerfile': 'FROM alpine\n',
  });
  assert.deepEqual(t.map((x) => [x.name, (x.skip ?? '').startsWith('built by GoReleaser')]), [
    ['.github/goreleaser.yaml: .github/Dockerfile-debug', true],
    ['.github/goreleaser.yaml: .github/Dockerfile-release', true],
    ['other/Dockerfile', false],
  ]);
});

// The review of f632033: a config below the root was also read from the root, so tools/lint's config,
// which names no Dockerfile (GoReleaser's default `Dockerfile`), took the root's Dockerfile (and its
// CTX003/CTX201 errors) out of the audit.
test('--all: a GoReleaser config below the root never takes a Dockerfile of the root out of the audit', () => {
  const t = discovered({
    Dockerfile: 'FROM alpine\nCOPY . /app/\n',
    'tools/lint/.goreleaser.yml': 'dockers:\n  - image_templates: [x/lint]\n',
    'backend/.goreleaser.yml': 'dockers:\n  - dockerfile: Dockerfile\n',
    'backend/Dockerfile': 'FROM alpine\nCOPY app /app\n',
  });
  assert.deepEqual(t.map((x) => [x.name, (x.skip ?? '').startsWith('built by GoReleaser')]), [
    ['Dockerfile', false],
    ['backend/.goreleaser.yml: backend/Dockerfile', true],
  ]);
});

// The review of 42a3fea: a build read from the script's own directory still had what the script runs
// before it read from the root, so `cp ../settings.example.json settings.json` made nothing there and
// the CTX101 on settings.json was an error (the build succeeds).
test('--all: what a script read from its own directory runs before its build is read from there too', () => {
  const tree = buildTree({
    files: ['docker/Dockerfile', 'docker/build.sh', 'settings.example.json'],
    fileContents: { 'docker/Dockerfile': 'FROM alpine\nCOPY settings.json /app/\n', 'docker/build.sh': '#!/bin/bash\nset -e\ncp ../settings.example.json settings.json\ndocker build -t x .\n', 'settings.example.json': '{}\n' },
    dockerignore: null,
  });
  try {
    const { targets } = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    assert.deepEqual(targets.map((t) => t.name), ['docker/Dockerfile (context: docker, as docker/build.sh builds it)']);
    const f = runTargets(targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => x.severity), ['warning']);
    assert.match(f[0].message, /the part of docker\/build\.sh before the build puts it there/);
  } finally {
    tree.cleanup();
  }
});

// The review of de765b7: once `export NAME = ...` counted as an assignment, a name its ifeq/else
// branches give two values was read as the first branch's (Dockerfile.ci, whose missing COPY source
// became an error "as Makefile builds it", though `make image` builds Dockerfile.dev).
test('--all: a name exported with a value in each branch of a make conditional is make\'s to choose: not read', () => {
  const t = discovered({
    Makefile: 'ifeq ($(RELEASE),1)\nexport DOCKERFILE = Dockerfile.ci\nelse\nexport DOCKERFILE = Dockerfile.dev\nendif\n\nimage:\n\tdocker build -f $(DOCKERFILE) -t app .\n',
    'Dockerfile.ci': 'FROM alpine\nCOPY missing.txt /\n',
    'Dockerfile.dev': 'FROM alpine\n',
  });
  assert.ok(t.every((x) => !x.name.includes('as Makefile')), JSON.stringify(t.map((x) => x.name)));
});

// ansible/receptor's tests/Makefile: `$(CONTAINER_RUN) build -f ./environments/.../Containerfile`,
// CONTAINER_RUN the engine the machine has (docker first): unread, its builds went unseen, and suggest
// for one Containerfile of the context dropped the sources the other one's `ADD . .` builds.
test('--all: a Makefile engine variable that picks docker or podman ($(shell command -v docker || command -v podman)) is a docker build', () => {
  // netobserv's console plugin: the engine's path, then its base name.
  const basename = 'ENGINE_PATH = $(shell which docker 2>/dev/null || which podman)\nCONTAINER_RUN ?= $(shell basename ${ENGINE_PATH})';
  for (const engine of ['CONTAINER_RUN := $(shell command -v docker || command -v podman)', 'CONTAINER_RUN := $(shell which podman || which docker)', 'CONTAINER_RUN := $(shell command -v docker 2>/dev/null || command -v podman 2>/dev/null)', basename]) {
    const t = discovered({
      Makefile: `${engine}\na:\n\t$(CONTAINER_RUN) build -t a -f env/a/Dockerfile .\nb:\n\t$(CONTAINER_RUN) build -t b -f env/b/Dockerfile .\n`,
      'env/a/Dockerfile': 'FROM golang:1.22\nCOPY go.mod ./\n',
      'env/b/Dockerfile': 'FROM golang:1.22\nCOPY . .\n',
      'go.mod': 'module x\n',
    });
    assert.deepEqual(t.map((x) => [x.name, x.context]), [
      [`env/a/Dockerfile (context: ., as Makefile:${engine.split('\n').length + 2} builds it)`, '/'],
      [`env/b/Dockerfile (context: ., as Makefile:${engine.split('\n').length + 4} builds it)`, '/'],
    ], engine);
  }
});

// unchained's .forgejo/workflows/ci.yml (Forgejo Actions, GitHub's syntax): its build was not read, so
// the Dockerfile was audited from ctx-audit's guess, and a real failure of the build it runs passed.
test('--all: Forgejo and Gitea workflows (.forgejo/workflows, .gitea/workflows) are read as GitHub\'s are', () => {
  const wf = (ctx: string, df: string) => `on: push\njobs:\n  b:\n    runs-on: docker\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -f ${df} -t reg.example/x:1 ${ctx}\n      - run: docker push reg.example/x:1\n`;
  const t = discovered({
    'docker/Dockerfile': 'FROM alpine\nCOPY app.py /app.py\n',
    'tea/Dockerfile': 'FROM alpine\nCOPY app.py /app.py\n',
    'app.py': 'print(1)\n',
    'sub/readme': 'x\n',
    '.forgejo/workflows/ci.yml': wf('sub', 'docker/Dockerfile'),
    '.gitea/workflows/release.yaml': wf('.', 'tea/Dockerfile'),
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['.forgejo/workflows/ci.yml:b step 2', '/sub'],
    ['.gitea/workflows/release.yaml:b step 2', '/'],
  ]);
});

// project-mirrors/forgejo-runner's docker-build-push-action-in-lxc.yml: `uses:
// https://data.forgejo.org/docker/build-push-action@v6` (an action named by its URL, as Forgejo and
// Gitea workflows name them) with `context:` and `push: true`: the build was not read, and a missing
// COPY source passed as the file scan's warning.
test('--all: an action named by its full URL is read as the action of that name', () => {
  const wf = (uses: string) => `on: push\njobs:\n  b:\n    runs-on: docker\n    steps:\n      - uses: https://data.forgejo.org/actions/checkout@v4\n      - uses: ${uses}\n        with:\n          context: app\n          push: true\n          tags: reg.example/x:1\n`;
  for (const [dir, uses] of [
    ['.forgejo', 'https://data.forgejo.org/docker/build-push-action@v6'],
    ['.github', '"https://github.com/docker/build-push-action@v6"'],
  ]) {
    const t = discovered({ 'app/Dockerfile': 'FROM alpine\nCOPY missing.txt /x\n', 'app/a.txt': 'a\n', [`${dir}/workflows/ci.yml`]: wf(uses) });
    assert.deepEqual(t.map((x) => [x.name, x.context]), [[`${dir}/workflows/ci.yml:b step 2`, '/app']], uses);
  }
  // A URL that names no action (a `uses:` word inside a run script's text) is left as it is.
  const t = discovered({ 'app/Dockerfile': 'FROM alpine\n', '.forgejo/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: docker\n    steps:\n      - run: |\n          echo "uses: https://example.com/page"\n' });
  assert.deepEqual(t.map((x) => x.name), ['app/Dockerfile']);
});

// kubernetes-sigs/secrets-store-csi-driver's docker/build.sh: `dockerfile_name="Dockerfile"`, set to
// "windows.Dockerfile" in an `if`, then `-f "${dockerfile_name}" ..`. Every Dockerfile of docker/ was
// taken as built from the root, crd.Dockerfile (`COPY * /crds/`) too: CTX003 .git at error. The names
// the script assigns are the ones it builds; a variable it never assigns still stands for any.
test('--all: a script -f through a variable it assigns literal names builds those files, not every Dockerfile beside them', () => {
  const script = (assign: string) => `#!/usr/bin/env bash\npushd "$(dirname "$0")"\n${assign}docker buildx build --push -t "\${IMAGE_TAG}" -f "\${dockerfile_name}" ..\n`;
  const files = (assign: string) => ({
    'docker/build.sh': script(assign),
    'docker/Dockerfile': 'FROM alpine:3.20\nCOPY app.txt /app.txt\n',
    'docker/windows.Dockerfile': 'FROM alpine:3.20\nCOPY app.txt /app.txt\n',
    'docker/crd.Dockerfile': 'FROM alpine:3.20\nCOPY * /crds/\n',
    'app.txt': 'a\n',
  });
  const assigned = discovered(files('dockerfile_name="Dockerfile"\nif [[ "$1" = "windows" ]]; then\n  dockerfile_name="windows.Dockerfile"\nfi\n'));
  assert.deepEqual(assigned.map((x) => [x.name, x.context]), [
    ['docker/Dockerfile (context: ., as docker/build.sh builds it)', '/'],
    ['docker/crd.Dockerfile', '/docker'],
    ['docker/windows.Dockerfile (context: ., as docker/build.sh builds it)', '/'],
  ]);
  const fromCaller = discovered(files(''));
  assert.deepEqual(fromCaller.map((x) => x.name), ['docker/Dockerfile (context: ., as docker/build.sh builds it)', 'docker/crd.Dockerfile (context: ., as docker/build.sh builds it)', 'docker/windows.Dockerfile (context: ., as docker/build.sh builds it)']);
});

// Altinity/clickhouse-sink-connector's sink-connector/docker/build-*.sh: `DOCKER_CMD="docker build -t ...
// -f ${DOCKERFILE} ${SRC_ROOT}"`, then `if ${DOCKER_CMD}`: the context kept the closing quote, and each
// build was listed as skipped (its context `sink-connector"` not in the checkout).
test('--all: a docker build held in a quoted variable to run later ends at its closing quote', () => {
  const t = discovered({
    'sub/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n',
    'sub/build.sh': '#!/bin/bash\nDIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\nCMD="docker build -t x -f ${DIR}/Dockerfile ${DIR}"\nif ${CMD}; then echo ok; fi\n',
    'other/Dockerfile': 'FROM alpine\n',
    'other/run.sh': '#!/bin/bash\nexport BUILD="docker build -t y other"\n$BUILD\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['other/Dockerfile (context: other, as other/run.sh builds it)', '/other', null],
    ['sub/Dockerfile (context: sub, as sub/build.sh builds it)', '/sub', null],
  ]);
});

// acme2certifier's deployment-upgrade workflow: `docker build -f - . < F`-style builds of a repository
// file were listed as skipped ("its Dockerfile - is not in the checkout"), and the file audited from its
// own directory at warning: a missing COPY source passed. The file's text is the Dockerfile, as a
// heredoc's is, with the build's context; the file is not audited a second time on its own.
test('--all: a -f - build fed a repository file on stdin (< F, cat F |) audits that file with its context', () => {
  const t = discovered({
    'docker/Dockerfile.ci': 'FROM alpine\nARG V=1\nCOPY app.txt /app-${V}\n',
    'app.txt': 'a\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t x:1 -f - . < docker/Dockerfile.ci\n      - run: cat ./docker/Dockerfile.ci | docker build -f - -t y .\n',
    'scripts/b.sh': '#!/bin/sh\ncd "$(dirname "$0")/.."\ndocker build -f - -t z . < docker/Dockerfile.ci\n',
    'scripts/heredoc.sh': '#!/bin/sh\ndocker build -f - -t w . <<EOF\nFROM alpine\nEOF\n',
    // cluster-api's release builds: variables set for the build between the pipe and docker (sweep 49/D-F7).
    'tools/Dockerfile': 'FROM alpine\nCOPY app.txt /\n',
    Makefile: 'docker-build:\n\tcat ./tools/Dockerfile | DOCKER_BUILDKIT=1 docker build --build-arg ARCH=amd64 . -t img:dev --file -\n',
    // With `env` or `sudo` before docker (the review of stop 49, C5).
    'env.sh': '#!/bin/sh\ncat tools/Dockerfile | env -i DOCKER_BUILDKIT=1 docker build -t e -f - .\n',
    'sudo.sh': '#!/bin/sh\ncat tools/Dockerfile | sudo -E docker build -t s -f - .\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['.github/workflows/ci.yml:b step 2 (its Dockerfile from docker/Dockerfile.ci on stdin)', '/', null],
    ['.github/workflows/ci.yml:b step 3 (its Dockerfile from docker/Dockerfile.ci on stdin)', '/', null],
    ['Makefile:2 (its Dockerfile from stdin: tools/Dockerfile)', '/', null],
    ['env.sh (its Dockerfile from stdin: tools/Dockerfile)', '/', null],
    ['scripts/b.sh (its Dockerfile from stdin: docker/Dockerfile.ci)', '/', null],
    ['scripts/heredoc.sh (its Dockerfile from stdin: a heredoc)', '/', null],
    ['sudo.sh (its Dockerfile from stdin: tools/Dockerfile)', '/', null],
  ]);
});

// linagora/ldap-rest's lsc-plugin/test/integration/tests/run.sh: `HERE="$(cd "$(dirname "$0")" && pwd)"`,
// `ROOT="$(cd "$HERE/.." && pwd)"`, `COMPOSE="docker compose -f $ROOT/docker-compose.yml"`, then `$COMPOSE
// up -d --build runner`: the Compose variable named its file through a directory variable, and the run
// was not seen (the test-directory service stayed capped at warning while its build fails).
test('--all: a Compose command held in a variable that names its file through the script\'s directory variables is read', () => {
  const files: Record<string, string> = {
    'plugin/test/integration/docker-compose.yml': 'services:\n  runner:\n    build:\n      context: .\n      dockerfile: Dockerfile.runner\n',
    'plugin/test/integration/Dockerfile.runner': 'FROM maven:3\nCOPY pom.xml /src/pom.xml\n',
    'plugin/test/integration/tests/run.sh': '#!/usr/bin/env bash\nset -euo pipefail\nHERE="$(cd "$(dirname "$0")" && pwd)"\nROOT="$(cd "$HERE/.." && pwd)"\nCOMPOSE="docker compose -f $ROOT/docker-compose.yml"\n$COMPOSE up -d --build runner\n',
    'plugin/pom.xml': '<project/>\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const runs = scriptBuilds(tree.ctx, ['plugin/test/integration/tests/run.sh']);
    assert.deepEqual(runs.map((b) => [b.name, (b.composeFiles ?? []).map((f) => f.slice(tree.ctx.length))]), [['plugin/test/integration/tests/run.sh (plugin/test/integration/docker-compose.yml, service runner)', ['/plugin/test/integration/docker-compose.yml']]]);
  } finally {
    tree.cleanup();
  }
});

// kubernetes-sigs/external-dns' scripts/e2e-test.sh: `ALPINE_VERSION=...`, then `docker build -f - . <<EOF`
// with `FROM alpine:${ALPINE_VERSION}` (an unquoted heredoc the shell expands): the build was dropped with no
// word, and with no other build --all said "no build found" (exit 2). A variable the script sets once to
// a literal is put in; a heredoc still holding one it does not set is listed as skipped.
test('--all: a script heredoc Dockerfile with variables the script sets is audited; one with others is listed as skipped', () => {
  const t = discovered({
    'scripts/release.sh': '#!/bin/bash\nset -e\nALPINE_VERSION="3.22"\ndocker build -t ghcr.io/example/app:latest -f - . <<EOF\nFROM alpine:${ALPINE_VERSION}\nCOPY . /src\nEOF\n',
    'scripts/other.sh': '#!/bin/bash\ndocker build -t x -f - . <<EOF\nFROM alpine:${FROM_CALLER}\nCOPY . /src\nEOF\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [
    ['scripts/other.sh (its Dockerfile from stdin)', 'its Dockerfile comes from stdin, as text the shell or make fills in when it runs: not audited'],
    ['scripts/release.sh (its Dockerfile from stdin: a heredoc)', null],
  ]);
});

// The review of be19548: `BUILD_CMD="docker build -f Dockerfile.dev -t app ."`, then a loop `cd "$d"` ...
// `$BUILD_CMD` over services/*: the stored command runs in each service's directory, not where it was
// set, and read there it was a false CTX101 error. After a cd the place is not known: not audited there.
test('--all: a docker build held in a variable and run after a cd is not placed where it was set', () => {
  const t = discovered({
    'Dockerfile.dev': 'FROM python:3\nCOPY main.py /app/\n',
    'services/a/main.py': 'print(1)\n',
    'build-all.sh': '#!/bin/bash\nBUILD_CMD="docker build -f Dockerfile.dev -t app ."\nfor d in services/*; do\n  cd "$d"\n  $BUILD_CMD\n  cd -\ndone\n',
  });
  assert.ok(!t.some((x) => x.name === 'Dockerfile.dev (context: ., as build-all.sh builds it)' && x.skip === null), JSON.stringify(t));
  // The review of 08b51a4: a cd after the stored command has run moves nothing.
  const ran = discovered({
    'docker/Dockerfile': 'FROM python:3\nCOPY src/main.py /app/\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          BUILD="docker build -t x -f docker/Dockerfile ."\n          $BUILD\n          cd deploy && ls\n',
  });
  assert.ok(ran.some((x) => x.name === '.github/workflows/ci.yml:t step 2' && x.context === '/' && x.skip === null), JSON.stringify(ran));
});

// The review of 586c51b: `ARG DIR=missing` inside the heredoc is the Dockerfile's, not a shell
// assignment; the shell expands `${DIR}` with what the script sets (nothing here), so not put in.
test('--all: a heredoc\'s own NAME= lines are not the script\'s assignments', () => {
  const t = discovered({
    'scripts/e2e.sh': '#!/bin/bash\ndocker build -t x -f - . <<EOF\nFROM alpine\nARG DIR=missing\nCOPY ${DIR}/x /x\nEOF\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [['scripts/e2e.sh (its Dockerfile from stdin)', 'its Dockerfile comes from stdin, as text the shell or make fills in when it runs: not audited']]);
});

// The review of 0161a62, c7d1db5 and 4be2cb6: a stdin Dockerfile through a linked directory out of the
// repository was read as the Dockerfile; a linked `.forgejo` directory's workflows were read; and a -f
// variable with one assignment that is no literal (`"$1.Dockerfile"`) was narrowed to the literal ones.
test('--all: no stdin Dockerfile or workflow directory through a link out of the repository; a -f variable narrowed only when every assignment is literal', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-outside-'));
  try {
    fs.mkdirSync(path.join(outside, 'ci'));
    fs.writeFileSync(path.join(outside, 'ci', 'Dockerfile'), 'FROM alpine\nCOPY missing /\n');
    fs.mkdirSync(path.join(outside, 'wf', 'workflows'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'wf', 'workflows', 'x.yml'), 'on: push\njobs:\n  b:\n    runs-on: docker\n    steps:\n      - run: docker build -f app/Dockerfile -t x:1 sub\n');
    const files = {
      '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t x:1 -f - . < ci/Dockerfile\n',
      'app/Dockerfile': 'FROM alpine\n',
      'sub/readme': 'x\n',
      'docker/build.sh': '#!/usr/bin/env bash\ncd "$(dirname "$0")"\ndockerfile_name="Dockerfile"\nif [[ -n "$1" ]]; then\n  dockerfile_name="$1.Dockerfile"\nfi\ndocker build -t x -f "${dockerfile_name}" ..\n',
      'docker/Dockerfile': 'FROM alpine\n',
      'docker/alpine.Dockerfile': 'FROM alpine\nCOPY app /app\n',
    };
    const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
    try {
      fs.symlinkSync(path.join(outside, 'ci'), path.join(tree.ctx, 'ci'));
      fs.symlinkSync(path.join(outside, 'wf'), path.join(tree.ctx, '.forgejo'));
      const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((x) => x.name).sort();
      assert.ok(!t.some((n) => n.startsWith('.forgejo/')), JSON.stringify(t));
      assert.ok(!t.some((n) => n.includes('ci/Dockerfile on stdin')), JSON.stringify(t));
      // Both Dockerfiles of docker/ may be the one built: "$1.Dockerfile" may name alpine.Dockerfile.
      assert.ok(t.includes('docker/alpine.Dockerfile (context: ., as docker/build.sh builds it)'), JSON.stringify(t));
    } finally {
      tree.cleanup();
    }
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

// vishnu2kmohan/mcp-server-langgraph's build workflows: a step "Validate Dockerfile exists" (`if [ ! -f
// docker/Dockerfile.alembic ]; then echo ...; exit 1; fi`) before build-push-action was read as writing the
// Dockerfile (the build skipped, four pushed images unaudited) and as a step that may write the context.
test('--all: a step that only checks the Dockerfile is there (if [ ! -f ]; then exit 1; fi) neither writes it nor may write the context', async () => {
  const files = {
    'docker/Dockerfile.app': 'FROM alpine\nCOPY missing.txt /x/\n',
    '.github/workflows/b.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Validate Dockerfile exists\n        run: |\n          if [ ! -f docker/Dockerfile.app ]; then\n            echo "::error::missing"\n            exit 1\n          fi\n      - uses: docker/build-push-action@v5\n        with:\n          context: .\n          file: docker/Dockerfile.app\n          push: true\n          tags: x/y:1\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [['.github/workflows/b.yml:b step 3', null]]);
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = r.findings.filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => x.severity), ['error']);
  } finally {
    tree.cleanup();
  }
});

// interledger/rafiki's package.json: `"localenv:compose": "docker compose -f .../docker-compose.yml -f
// .../merged/docker-compose.yml"` and `"localenv:up": "pnpm localenv:compose up -d"`: the files in one
// script, the up in another. Its services were read as Compose fragments and the Dockerfile as built by
// nothing (capped); a script run by name is read with the other's text put in.
test('--all: a package.json script that runs another by name (pnpm env:compose up -d) is read with that script put in', () => {
  const t = discovered({
    'package.json': JSON.stringify({ name: 'x', scripts: { 'env:compose': 'docker compose -f ./envs/a/docker-compose.yml -f ./envs/merged/docker-compose.yml', 'env:up': 'pnpm env:compose up -d', 'env:down': 'npm run env:compose -- down' } }),
    'envs/a/docker-compose.yml': 'services:\n  backend:\n    build:\n      context: ../..\n      dockerfile: ./app/Dockerfile\n    networks:\n      - appnet\n',
    'envs/merged/docker-compose.yml': 'networks:\n  appnet: {}\n',
    'app/Dockerfile': 'FROM alpine\nCOPY . .\n',
  });
  assert.ok(t.some((x) => x.name === "app/Dockerfile (context: ., as package.json's env:up script (envs/a/docker-compose.yml + envs/merged/docker-compose.yml, service backend) builds it)" && x.skip === null), JSON.stringify(t));
});

// karakeep's documented docker-compose.dev.yml, lnd's bitcoind one, lodestar's local one: a Compose
// file by another name, with builds, that nothing runs was neither audited nor listed (left at stop
// 46: A-N1, E, F-F3). It is listed as skipped now, saying how to audit it; not one a workflow, script
// or other Compose file names (those are read, or part of what reads them), nor one without a build.
// kartoza/docker-geoserver: docs/search/search_index.json (MkDocs' index of its pages) quotes the README's
// `docker-compose -f docker-compose-build.yml up`, and scenario_tests/clustering/test.sh runs `-f
// docker-compose-external.yml`, the file beside it: both were the "names, in a command" of root files they do
// not run (sweep 54/H-F1).
test('--all: a documentation site\'s JSON names no Compose file, and a script\'s bare file name is the file beside it when there is one', () => {
  const why = (files: Record<string, string>) => Object.fromEntries(discovered(files).filter((x) => x.skip !== null).map((x) => [x.name, x.skip]));
  const tree = {
    'app/Dockerfile': 'FROM alpine\nCOPY . /app\n',
    'compose-build.yml': 'services:\n  web:\n    build: app\n',
    'docs/search/search_index.json': '[{"location":"x","text":"<pre><code>docker-compose -f compose-build.yml up -d --build</code></pre>"}]\n',
    'ext/compose-ext.yml': 'services:\n  web3:\n    build: ../app\n',
    'tests/cluster/test.sh': '#!/bin/sh\ncd "$(dirname "$0")"\ndocker compose -f compose-ext.yml up -d\n',
    'tests/cluster/compose-ext.yml': 'services:\n  web4:\n    build: ../../app\n',
  };
  const nothing = (f: string) => `a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose ${f}`;
  assert.deepEqual(why(tree), {
    'compose-build.yml': nothing('compose-build.yml'),
    'ext/compose-ext.yml': nothing('ext/compose-ext.yml'),
  });
  // (The script's own, which --all reads as the script runs it.)
  assert.ok(discovered(tree).some((x) => x.name.includes('tests/cluster/compose-ext.yml') && x.skip === null));
  // Without a file of that name beside the script, or named by its path from the root, the script names it.
  const { 'tests/cluster/compose-ext.yml': _beside, ...alone } = tree;
  assert.match(why(alone)['ext/compose-ext.yml'] ?? '', /^a Compose file tests\/cluster\/test\.sh names/);
  assert.match(why({ ...tree, 'tests/cluster/conftest.py': "def docker_compose_file():\n    return 'ext/compose-ext.yml'\n" })['ext/compose-ext.yml'] ?? '', /^a Compose file tests\/cluster\/conftest\.py names/);
});

test('--all: a Compose file by another name that nothing runs is listed as skipped, with the command that audits it', () => {
  const base = { Dockerfile: 'FROM alpine\nCOPY a /\n', a: 'a' };
  const t = discovered({
    ...base,
    'docker-compose.dev.yml': 'services:\n  app:\n    build: .\n',
    'deploy/compose-prod.yaml': 'services:\n  app:\n    build: ..\n',
    'docker-compose.db.yml': 'services:\n  db:\n    image: postgres\n',
    'docker-compose.ci.yml': 'services:\n  app:\n    build: .\n',
    'docker-compose.base.yml': 'services:\n  app:\n    build: .\n',
    'docker-compose.yml': 'services:\n  web:\n    extends:\n      file: docker-compose.base.yml\n      service: app\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose -f docker-compose.ci.yml build\n',
  });
  const skipped = t.filter((x) => x.skip !== null).map((x) => [x.name, x.skip]);
  // (The workflow's file and the extended base are read; nothing names these two.)
  assert.deepEqual(skipped, [
    ['deploy/compose-prod.yaml', 'a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose deploy/compose-prod.yaml'],
    ['docker-compose.dev.yml', 'a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose docker-compose.dev.yml'],
  ]);
  // The others are audited as before.
  assert.ok(t.some((x) => x.name === 'docker-compose.yml:web' && x.skip === null), JSON.stringify(t));
  // The review of 4975086e: named by code (pytest-docker's conftest.py) or by a command not followed
  // here (a Makefile's echo: sweep 47/w2-I-F2, where such a file vanished), or run through a name with a
  // variable (a Makefile's docker-compose.$(ENV).yml): listed, saying so, not "nothing runs it". Named
  // by a document only: nothing runs it. A name the shell would read is quoted in the command.
  const dev = { ...base, 'docker-compose.dev.yml': 'services:\n  app:\n    build: .\n' };
  const why = (files: Record<string, string>) => discovered(files).filter((x) => x.skip !== null).map((x) => x.skip);
  assert.deepEqual(why({ ...dev, 'tests/conftest.py': "def docker_compose_file():\n    return 'docker-compose.dev.yml'\n" }), ['a Compose file tests/conftest.py names, in a command or code ctx-audit does not follow: not audited; audit it with --compose docker-compose.dev.yml']);
  assert.deepEqual(why({ ...dev, Makefile: 'dev:\n\t@echo "run docker-compose.dev.yml yourself"\n' }), ['a Compose file Makefile names, in a command or code ctx-audit does not follow: not audited; audit it with --compose docker-compose.dev.yml']);
  // ftgo-application's run-graphql-api-gateway-tests.sh: `cd gw`, then `-f ../docker-compose.yml -f ../docker-compose-gw.yml`;
  // the root file is there (its `${V?}` keeps the pair from being read): not "not in the checkout" (sweep 55/S-F2).
  const ftgo = why({ ...dev, 'docker-compose.yml': 'services:\n  svc:\n    build: ./svc\n    environment:\n      V: ${V?}\n', 'svc/Dockerfile': 'FROM alpine\n', 'run-gw-tests.sh': '#!/bin/bash -e\ncd gw\ndocker-compose -f ../docker-compose.yml -f ../docker-compose.dev.yml up -d --build\n' });
  assert.ok(!ftgo.some((w) => /not in the checkout/.test(w ?? '')), JSON.stringify(ftgo));
  assert.ok(ftgo.includes('a Compose file run-gw-tests.sh names, in a command or code ctx-audit does not follow: not audited; audit it with --compose docker-compose.dev.yml'), JSON.stringify(ftgo));
  // your_spotify's dev.sh runs it with a local override git ignores, not in the checkout (sweep 51/L-F6).
  // Only the compose command's own -f (the review of b176e471, RB-R9: `tail -f log/x` is no Compose file).
  assert.deepEqual(why({ ...dev, 'dev.sh': '#!/bin/sh\ntail -f log/app.log & docker compose -f docker-compose.dev.yml -f local.yml up --build\n' }), ['a Compose file dev.sh runs together with local.yml, which is not in the checkout (a local file, or one a step makes): not audited; audit it with --compose docker-compose.dev.yml']);
  assert.deepEqual(why({ ...dev, 'dev.sh': '#!/bin/sh\ndocker compose -f docker-compose.dev.yml -f docker-compose-personal.yml up --build\n' }), ['a Compose file dev.sh runs together with docker-compose-personal.yml, which is not in the checkout (a local file, or one a step makes): not audited; audit it with --compose docker-compose.dev.yml']);
  assert.deepEqual(why({ ...dev, Makefile: 'up:\n\tdocker compose -f docker-compose.$(STAGE).yml up --build\n' }), ['a Compose file Makefile may run through a name with a variable in it (docker-compose.$(STAGE).yml): not audited; audit it with --compose docker-compose.dev.yml']);
  // A value the Makefile gives it: read as that file, not listed.
  assert.deepEqual(why({ ...dev, Makefile: 'ENV ?= dev\nup:\n\tdocker compose -f docker-compose.$(ENV).yml up --build\n' }), []);
  assert.deepEqual(why({ ...dev, 'README.md': 'docker compose -f docker-compose.dev.yml up\n' }), ['a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose docker-compose.dev.yml']);
  // Named in a comment only (agenta's `# ... Mirrors docker-compose.dev.yml.` in another Compose file, SurfSense's
  // test module's `# Matches the tag docker-compose.dev.yml builds`): nothing runs it (sweep 55/R-F3). A shebang
  // line is no comment, and a command after a comment still names it.
  const nothing = ['a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose docker-compose.dev.yml'];
  assert.deepEqual(why({ ...dev, 'tests/notes.py': '# Matches the tag docker-compose.dev.yml builds for the api service.\nTAG = "api:dev"\n' }), nothing);
  assert.deepEqual(why({ ...dev, 'docker-compose.gh.yml': 'services:\n  web:\n    image: nginx\n    # FUSE mounts. Mirrors docker-compose.dev.yml.\n' }), nothing);
  assert.deepEqual(why({ ...dev, 'src/app.ts': '/*\n * Started by docker-compose.dev.yml\n */\n// see docker-compose.dev.yml\nexport {};\n' }), nothing);
  assert.deepEqual(why({ ...dev, Makefile: '# the dev stack: docker-compose.dev.yml\ndev:\n\t@echo "run docker-compose.dev.yml yourself"\n' }), ['a Compose file Makefile names, in a command or code ctx-audit does not follow: not audited; audit it with --compose docker-compose.dev.yml']);
  assert.deepEqual(why({ ...dev, 'tests/run.py': '#!/usr/bin/env -S python3 docker-compose.dev.yml\n' }), ['a Compose file tests/run.py names, in a command or code ctx-audit does not follow: not audited; audit it with --compose docker-compose.dev.yml']);
  // Comments as the file's language writes them (the review of d10fd6b6, RA-R5): Python's `*[...]` unpacking and a
  // TypeScript `#field` are code; a Go block comment is none.
  const named = (f: string) => [`a Compose file ${f} names, in a command or code ctx-audit does not follow: not audited; audit it with --compose docker-compose.dev.yml`];
  assert.deepEqual(why({ ...dev, 'tool.py': 'import subprocess\nsubprocess.run([\n    "docker", "compose",\n    *["-f", "docker-compose.dev.yml"],\n    "up",\n])\n' }), named('tool.py'));
  assert.deepEqual(why({ ...dev, 'src/stack.ts': 'class Stack {\n  #file = "docker-compose.dev.yml";\n}\n' }), named('src/stack.ts'));
  assert.deepEqual(why({ ...dev, 'src/stack.go': '/*\n docker-compose.dev.yml\n*/ package stack\n' }), nothing);
  const odd = discovered({ ...base, "docker-compose.a'$(id).yml": 'services:\n  app:\n    build: .\n' }).filter((x) => x.skip !== null);
  assert.deepEqual(odd.map((x) => x.skip), ["a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose 'docker-compose.a'\\''$(id).yml'"]);
  // Named by COMPOSE_FILE in the project's .env: read with the project.
  const env = discovered({ ...base, 'docker-compose.yml': 'services:\n  db:\n    image: postgres\n', 'docker-compose.dev.yml': 'services:\n  app:\n    build: .\n', '.env': 'COMPOSE_FILE=docker-compose.yml:docker-compose.dev.yml\n' });
  assert.deepEqual(env.filter((x) => x.skip !== null), []);
  // Included (through another include) by a Compose file a recipe runs: read with it (opensourcepos'
  // docker-compose.nginx.yml -> docker-compose.phpmyadmin.yml -> docker-compose.dev.yml; sweep 50/C-F5).
  const included = discovered({
    ...dev,
    'docker-compose.nginx.yml': 'include:\n  - docker-compose.pma.yml\nservices:\n  web:\n    image: nginx\n',
    'docker-compose.pma.yml': 'include:\n  - path: docker-compose.dev.yml\nservices:\n  pma:\n    image: phpmyadmin\n',
    Makefile: 'up:\n\tdocker compose -f docker-compose.nginx.yml up -d --build\n',
  });
  assert.deepEqual(included.filter((x) => x.skip !== null), []);
});

// VictoriaMetrics: the root Makefile has `include app/*/Makefile`; app/vmui/Makefile ("All these commands
// must run from repository root") builds `-f app/vmui/Dockerfile-web ./app/vmui/packages/vmui` and pushes
// it. Read from app/vmui, it was skipped as app/vmui/app/vmui/Dockerfile-web, not in the checkout, and a
// missing COPY source passed (sweep 47/A-F3). An included Makefile's recipes run where its includer runs.
test('--all: a sub-Makefile the root Makefile includes runs its recipes from the root; one nothing includes, from its own directory', () => {
  const files = {
    Makefile: 'include app/*/Makefile\n',
    'app/ui/Makefile': '# All these commands must run from repository root.\nui-release:\n\tdocker build -t acme/ui:latest -f app/ui/Dockerfile-web ./app/ui/web\n\tdocker push acme/ui:latest\n',
    'app/ui/Dockerfile-web': 'FROM alpine:3.19\nCOPY main.go /src/\n',
    'app/ui/web/main.go': 'package main\n',
  };
  assert.deepEqual(discovered(files).map((x) => [x.name, x.context, x.skip]), [['app/ui/Dockerfile-web (context: app/ui/web, as app/ui/Makefile:3 builds it)', '/app/ui/web', null]]);
  // Not included: `make -C app/ui` runs it there.
  const own = discovered({ ...files, Makefile: 'all:\n\t$(MAKE) -C app/ui ui-release\n', 'app/ui/Makefile': 'ui-release:\n\tdocker build -t acme/ui:latest -f Dockerfile-web ./web\n' });
  assert.deepEqual(own.map((x) => [x.context, x.skip]), [['/app/ui/web', null]]);
});

// aquasecurity/tracee: builder/Makefile.* run from the root (`make -f builder/Makefile.release release` in a
// workflow, which runs `$(MAKE) -f builder/Makefile.tracee-container ...`; the root Makefile runs `$(MAKE) -f
// builder/Makefile.evt-trigger-runner`; the docs `make -f builder/Makefile.k8s build`) and name their Dockerfiles
// from there. Read from builder/, their builds were "not in the checkout" and a Dockerfile's `COPY scripts/` a
// CTX101 error; `-f $(DF)` with `DF = $(abspath $(shell find ...))` was credited with every Dockerfile of the
// directory; and suggest proposed excluding scripts/ (sweep 50/F-F1).
test('--all: a makefile run with make -f from elsewhere runs where it is called; one that names its Dockerfiles from the root runs there; a -f variable it defines names only the Dockerfiles its definition names', () => {
  const files = {
    Makefile: 'img:\n\t$(MAKE) -f builder/Makefile.img build\ndev:\n\t$(MAKE) -f builder/Makefile.dev prepare\n',
    '.github/workflows/release.yml': 'on: push\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make -f builder/Makefile.release release\n',
    'builder/Makefile.release': 'release:\n\tBTFHUB=0 \\\n\t\t$(MAKE) -f builder/Makefile.cont build\n',
    'builder/Makefile.img': 'build:\n\tdocker build -f builder/Dockerfile.img -t img .\n',
    'builder/Makefile.cont': 'CMD_DOCKER ?= docker\nDF = builder/Dockerfile.cont\nbuild:\n\t$(CMD_DOCKER) build \\\n\t\t-f $(DF) \\\n\t\t-t cont .\n',
    'builder/Makefile.k8s': 'CMD_DOCKER ?= docker\nbuild:\n\t$(CMD_DOCKER) build \\\n\t\t-f builder/Dockerfile.k8s \\\n\t\t-t k8s .\n',
    // (Run from the root too: its `find` finds builder/Dockerfile.img, not every Dockerfile there.)
    'builder/Makefile.dev': 'DF = $(abspath $(shell find -name Dockerfile.img))\nprepare:\n\tdocker build -f $(DF) -t dev .\n',
    'builder/Dockerfile.img': 'FROM alpine\nCOPY scripts/ /tmp/scripts/\n',
    'builder/Dockerfile.cont': 'FROM alpine\nCOPY scripts/ /tmp/scripts/\n',
    'builder/Dockerfile.k8s': 'FROM alpine\nCOPY scripts/ /tmp/scripts/\n',
    'scripts/a.sh': 'echo hi\n',
  };
  assert.deepEqual(discovered(files).map((x) => [x.name, x.context, x.skip]), [
    ['builder/Dockerfile.cont (context: ., as builder/Makefile.cont:4 builds it)', '/', null],
    // (Built from the root by two recipes: named by one of them.)
    ['builder/Dockerfile.img (context: ., as builder/Makefile.dev:3 builds it)', '/', null],
    ['builder/Dockerfile.k8s (context: ., as builder/Makefile.k8s:3 builds it)', '/', null],
  ]);
  // A recipe that cds first names its Dockerfile from there (hatchet's `cd ../.. && docker build -f hack/dev/...`,
  // which lands in hack/: out of date, as listed before; the regression run of this change).
  const cds = discovered({ 'hack/dev/ct/Makefile': 'b:\n\t@cd ../.. && docker build -t x -f hack/dev/ct/Dockerfile.c .\n', 'hack/dev/ct/Dockerfile.c': 'FROM alpine\n' });
  assert.deepEqual(cds.filter((x) => x.skip !== null).map((x) => x.name), ['hack/hack/dev/ct/Dockerfile.c (hack/dev/ct/Makefile:2)']);
});

// kumahq/kuma: the root Makefile includes mk/dev.mk (`TOOLS_DIR = $(KUMA_DIR)/tools`) and mk/docker.mk, whose
// recipe builds `-f $(TOOLS_DIR)/releases/dockerfiles/kuma-cp.Dockerfile .`: the variable, another included
// file's, was unknown, the build dropped, and the Dockerfile audited from its own directory (sweep 50/B-F4).
test('--all: a Makefile reads the variables the other files of its include tree assign; two values for one name stay unknown', () => {
  const files = {
    Makefile: 'include mk/vars.mk\ninclude mk/docker.mk\n',
    'mk/vars.mk': 'KUMA_DIR ?= .\nTOOLS_DIR = $(KUMA_DIR)/tools\n',
    'mk/docker.mk': 'image:\n\tdocker build -f $(TOOLS_DIR)/df/app.Dockerfile .\n',
    'tools/df/app.Dockerfile': 'FROM alpine\nCOPY app.txt /\n',
    'app.txt': 'a\n',
  };
  assert.deepEqual(discovered(files).map((x) => [x.name, x.context, x.skip]), [['tools/df/app.Dockerfile (context: ., as mk/docker.mk:2 builds it)', '/', null]]);
  // Another included file assigns it otherwise: make's order decides, not read here.
  const two = discovered({ ...files, Makefile: 'include mk/vars.mk\ninclude mk/docker.mk\ninclude mk/other.mk\n', 'mk/other.mk': 'TOOLS_DIR = elsewhere\n' });
  assert.deepEqual(two.map((x) => [x.name, x.context]), [['tools/df/app.Dockerfile (context: ., where its COPY sources are)', '/']]);
  // The review of f6734369 (B-R5): the includer reads what its included files assign; a file's own `?=` an
  // earlier `=` of the tree may beat is make's to choose (no build made up from it).
  const includer = discovered({ Makefile: 'include mk/*.mk\nimage:\n\tdocker build -f $(DOCKER_DIR)/Dockerfile -t me/x .\n', 'mk/vars.mk': 'DOCKER_DIR = build/docker\n', 'build/docker/Dockerfile': 'FROM alpine\nCOPY app.txt /\n', 'app.txt': 'a\n' });
  assert.deepEqual(includer.map((x) => [x.name, x.context]), [['build/docker/Dockerfile (context: ., as Makefile:3 builds it)', '/']]);
  const conditional = discovered({ Makefile: 'DOCKER_DIR = deploy\ninclude mk/*.mk\n', 'mk/docker.mk': 'DOCKER_DIR ?= docker\nimage:\n\tdocker build -f $(DOCKER_DIR)/Dockerfile -t me/x .\n', 'deploy/Dockerfile': 'FROM alpine\nCOPY app.txt /\n', 'docker/Dockerfile': 'FROM alpine\nCOPY app.txt /\n', 'app.txt': 'a\n' });
  assert.deepEqual(conditional.map((x) => [x.name, x.context]), [['deploy/Dockerfile (context: ., where its COPY sources are)', '/'], ['docker/Dockerfile (context: ., where its COPY sources are)', '/']]);
});

// mathesar's build_tests job: `docker compose -f docker-compose.dev.yml up --build -d test-service` with
// `env: TARGET: ${{ matrix.target }}` for `target: ${TARGET-testing}`: the matrix was not applied to the
// step's env and stage testing was audited, not production and development (sweep 47/B-F3). With the
// default file name (compose.yml), the step was folded into --all's own reading of the file, its env
// ignored (B-F4): a production stage that fails passed.
test('--all: a workflow step\'s env (matrix values too) reaches the Compose files it runs, default names included', () => {
  const files = (composeName: string, env: string) => ({
    'app.py': 'print(1)\n',
    Dockerfile: 'FROM python:3.12-slim AS testing\nCOPY app.py /\n\nFROM python:3.12-slim AS production\nCOPY missing.txt /\n',
    [composeName]: 'services:\n  svc:\n    build:\n      context: .\n      target: ${TARGET-testing}\n',
    '.github/workflows/ci.yml': `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        target: [production, testing]\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build\n        run: docker compose -f ${composeName} build svc\n        env:\n          TARGET: ${env}\n`,
  });
  const stages = (t: { name: string; stage: string | null; skip: string | null }[]) => t.filter((x) => x.skip === null).map((x) => [x.name, x.stage]);
  assert.deepEqual(stages(discovered(files('docker-compose.ci.yml', '${{ matrix.target }}'))), [
    ['.github/workflows/ci.yml:build (Build) [target=production]: docker-compose.ci.yml:svc', 'production'],
    ['.github/workflows/ci.yml:build (Build) [target=testing]: docker-compose.ci.yml:svc', 'testing'],
  ]);
  assert.deepEqual(stages(discovered(files('compose.yml', 'production'))), [
    ['.github/workflows/ci.yml:build (Build): compose.yml:svc', 'production'],
    ['compose.yml:svc', 'testing'],
  ]);
  // The review of f6e5096d: under a matrix only the run knows, an env naming a matrix value the Compose
  // file does not read dropped the step in silence, and with it a real CTX101 of its stage.
  const unknown = files('docker-compose.ci.yml', '${{ matrix.target }}');
  unknown['.github/workflows/ci.yml'] = unknown['.github/workflows/ci.yml'].replace('TARGET: ${{ matrix.target }}', 'PYTHON_VERSION: ${{ matrix.python }}\n          TARGET: production').replace('matrix:\n        target: [production, testing]', 'matrix: ${{ fromJson(needs.m.outputs.matrix) }}');
  assert.deepEqual(stages(discovered(unknown)), [['.github/workflows/ci.yml:build (Build): docker-compose.ci.yml:svc', 'production']]);
  // An env the file does not read leaves the default-named project to --all's own reading.
  const other = files('compose.yml', 'production');
  other['.github/workflows/ci.yml'] = other['.github/workflows/ci.yml'].replace('TARGET: production', 'OTHER: x');
  assert.deepEqual(stages(discovered(other)), [['compose.yml:svc', 'testing']]);
});

// mudler/LocalAI: backend.yml calls ./.github/workflows/backend_build.yml under `matrix: ${{ fromJson(...) }}`
// with `dockerfile: ${{ matrix.dockerfile }}`: the callee's pushed build was neither audited nor listed, and
// the standalone audit said no workflow builds the Dockerfile (sweep 47/D-F1). It is listed now.
test('--all: a reusable workflow called under a matrix only the run knows is listed as known only when the workflow runs', () => {
  const caller = 'on: push\njobs:\n  gen:\n    runs-on: ubuntu-latest\n    outputs:\n      matrix: ${{ steps.m.outputs.matrix }}\n    steps:\n      - id: m\n        run: echo matrix=x >> $GITHUB_OUTPUT\n  build:\n    needs: gen\n    strategy:\n      matrix: ${{ fromJson(needs.gen.outputs.matrix) }}\n    uses: ./.github/workflows/callee.yml\n    with:\n      dockerfile: ${{ matrix.dockerfile }}\n      context: ${{ matrix.context }}\n';
  const callee = 'on:\n  workflow_call:\n    inputs:\n      dockerfile: {type: string, required: true}\n      context: {type: string, required: true}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: ${{ inputs.context }}\n          file: ${{ inputs.dockerfile }}\n          push: true\n          tags: me/x:latest\n';
  const t = discovered({ 'backend/Dockerfile.x': 'FROM alpine\nCOPY . /app\n', '.github/workflows/caller.yml': caller, '.github/workflows/callee.yml': callee });
  const listed = t.filter((x) => x.skip !== null);
  assert.equal(listed.length, 1, JSON.stringify(t));
  assert.match(listed[0].name, /callee\.yml:b .*\(called by \.github\/workflows\/caller\.yml:build\)/);
  assert.match(listed[0].skip ?? '', /known only when the workflow runs/);
});

// bluenviron/mediamtx: scripts/*.mk echo make defines that start `FROM $(BASE_IMAGE)` into `docker build
// . -f -`, BASE_IMAGE set in the root Makefile that includes them: seven CI builds were left out in
// silence (sweep 47/E-F2). The plain assignments fill the references in; one left unknown lists the build.
test('--all: a make define piped to docker build is audited with the Makefiles\' plain variables filled in; one still unknown is listed', () => {
  const files = (makefile: string) => ({
    Dockerfile: 'FROM alpine\nCOPY a.txt /\n',
    'a.txt': 'a\n',
    Makefile: makefile,
    'scripts/bin.mk': 'define DOCKERFILE_BIN\nFROM $(BASE_IMAGE)\nCOPY missing.txt /x\nendef\nexport DOCKERFILE_BIN\n\nbinaries:\n\techo "$$DOCKERFILE_BIN" | docker build . -f - -t temp\n',
  });
  const t = discovered(files('BASE_IMAGE = alpine:3.20\ninclude scripts/*.mk\n'));
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [
    ['Dockerfile', null],
    ['scripts/bin.mk:8 (its Dockerfile from stdin: make\'s DOCKERFILE_BIN)', null],
  ]);
  // Unknown in FROM or a RUN only: a stand-in, the COPY still checked. In a COPY source: listed.
  assert.deepEqual(discovered(files('include scripts/*.mk\n')).map((x) => [x.name, x.skip]), [
    ['Dockerfile', null],
    ['scripts/bin.mk:8 (its Dockerfile from stdin: make\'s DOCKERFILE_BIN)', null],
  ]);
  const inCopy = files('include scripts/*.mk\n');
  inCopy['scripts/bin.mk'] = inCopy['scripts/bin.mk'].replace('COPY missing.txt /x', 'COPY $(DIST)/app /x');
  assert.deepEqual(discovered(inCopy).filter((x) => x.skip !== null).map((x) => x.skip), ["its Dockerfile comes from make's DOCKERFILE_BIN, whose $(DIST) make fills in when it runs: not audited"]);
  // The review of ae29da2f and 62134228: a reference on a COPY's continuation line, in a RUN's bind
  // mount or an ARG is no stand-in's to fill; a value from an unrelated Makefile, one a make command
  // line overrides, or one made of another variable is not known. Each lists the build.
  const listed = (mk: string, more: Record<string, string> = {}) => discovered({ ...files('include scripts/*.mk\n'), 'scripts/bin.mk': mk, ...more }).filter((x) => x.skip !== null).length;
  const define = (body: string) => `define DF\nFROM alpine\n${body}\nendef\nexport DF\n\nbin:\n\techo "$$DF" | docker build . -f - -t temp\n`;
  assert.equal(listed(define('COPY a.txt \\\n  $(DIST)/app /x')), 1);
  assert.equal(listed(define('RUN --mount=type=bind,source=$(DIST),target=/d ls /d')), 1);
  assert.equal(listed(define('ARG SRC=$(DIST)\nCOPY ${SRC} /x')), 1);
  assert.equal(listed(define('COPY $(DIST)/app /x'), { 'examples/hello/Makefile': 'DIST = hello\n' }), 1);
  assert.equal(listed(define('COPY $(DIST)/app /x'), { Makefile: 'DIST = pkg/local\ninclude scripts/*.mk\n', '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make bin DIST=pkg/ci\n' }), 1);
  assert.equal(listed(define('COPY $(DIST)/app /x'), { Makefile: 'OUT = pkg\nDIST = $(OUT)/local\ninclude scripts/*.mk\n' }), 1);
  // Set in the Makefile above it, plainly: filled in and audited.
  assert.equal(listed(define('COPY $(DIST)/a.txt /x'), { Makefile: 'DIST = .\ninclude scripts/*.mk\n' }), 0);
  // A stranger's line of many `make` words is read in linear time.
  const started = Date.now();
  listed(define('COPY $(DIST)/a.txt /x'), { Makefile: 'DIST = .\ninclude scripts/*.mk\n', 'scripts/run.sh': `#!/bin/sh\necho ${'make '.repeat(1600)}\n` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

// pelican-dev/panel: `FROM --platform=$TARGETOS/$TARGETARCH localhost:5000/base-php:$TARGETARCH`, BuildKit's
// automatic platform ARGs, which need no ARG line: taken for a template's undeclared variable, the
// Compose build was skipped and a missing COPY source passed (sweep 47/w2-K-F1).
test('--all: a FROM that names BuildKit\'s automatic platform ARGs is no template', () => {
  const t = discovered({ Dockerfile: 'FROM --platform=$TARGETOS/$TARGETARCH localhost:5000/base-php:$TARGETARCH AS composer\nCOPY a.txt /a.txt\n', 'a.txt': 'a', 'compose.yml': 'services:\n  panel:\n    build: .\n' });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [['compose.yml:panel', null]]);
  // An undeclared variable of its own still is.
  const tpl = discovered({ Dockerfile: 'FROM base-php:$VERSION\nCOPY a.txt /a.txt\n', 'a.txt': 'a', 'compose.yml': 'services:\n  panel:\n    build: .\n' });
  assert.ok(tpl.some((x) => /template/.test(x.skip ?? '')), JSON.stringify(tpl));
});

// renovate: `pnpm build:docker build ...` runs a package script named build:docker; `yarn docker build`
// and `make docker build` run a script or targets named docker and build: each was read as a docker
// build, listed as skipped, and blocked suggest (sweep 47/w2-H-F2). /usr/bin/docker build still is one.
test('--all: `docker build` as words of another command (pnpm build:docker build, yarn docker build, make docker build) is no build', () => {
  const wf = (run: string) => ({ 'app/Dockerfile': 'FROM alpine\nCOPY x /\n', 'app/x': 'x', '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n` });
  for (const run of ['pnpm build:docker build --platform linux/amd64', 'yarn docker build', 'make docker build', 'npm run docker build']) {
    assert.deepEqual(discovered(wf(run)).map((x) => x.name), ['app/Dockerfile'], run);
  }
  for (const run of ['/usr/bin/docker build -f app/Dockerfile app', 'sudo docker build -f app/Dockerfile app', 'make deps && docker build -f app/Dockerfile app']) {
    assert.deepEqual(discovered(wf(run)).map((x) => x.name), ['.github/workflows/ci.yml:b step 2'], run);
  }
});

// baserow: the root Makefile builds backend/Dockerfile from `.`, backend/Makefile from backend/: the root
// build lost its provenance and was audited as a guess, its missing COPY source a warning saying no
// build names it (sweep 47/w2-I-F1). Each recipe keeps its own.
test('--all: a Dockerfile recipes build from several contexts keeps each recipe as its build', () => {
  const t = discovered({ 'backend/Dockerfile': 'FROM alpine\nCOPY ./backend/x /x\n', 'backend/x': 'hi', Makefile: 'b:\n\tdocker build -f backend/Dockerfile . -t be\n', 'backend/Makefile': 'docker-build:\n\tdocker build .\n' });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['backend/Dockerfile (context: ., as Makefile:2 builds it)', '/'],
    ['backend/Dockerfile (context: backend, as backend/Makefile:2 builds it)', '/backend'],
  ]);
});

// pulumi-docker-containers: `-f docker/${{ matrix.sdk }}/Dockerfile.debian ... docker/${{ matrix.sdk }}` under a
// matrix only the run knows, and a literal `docker/pulumi` context beside an unknown --target: listed
// with the root as context, they held back every suggest change for the root (sweep 47/w2-H-F1).
test('--all: a run step build known only when it runs is listed under the directory its context words name', () => {
  const wf = (run: string) => ({ 'docker/base/Dockerfile': 'FROM alpine\nCOPY x /\n', 'docker/base/x': 'x', '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n` });
  const ctxOf = (run: string) => discovered(wf(run)).find((x) => x.name.startsWith('.github'))?.context;
  assert.equal(ctxOf('docker build -f docker/$SDK/Dockerfile docker/$SDK'), '/docker');
  assert.equal(ctxOf('docker build --target $(echo base) -f docker/pulumi/Dockerfile docker/pulumi'), '/docker/pulumi');
  assert.equal(ctxOf('docker build -f $DF $CTX'), '/');
});

// baserow's deploy/all-in-one/docker-compose.yml (`dockerfile: $PWD/deploy/all-in-one/Dockerfile`, run
// from the root by its Makefile) and calcom/docker's calcom submodule (`context: ./calcom`): both were
// skipped as "not in the checkout: ... or the Compose file is out of date" (sweep 47/I-F4, I-F5).
test('--all: a Compose path made with $PWD, or in a submodule the checkout lacks, is skipped saying so', () => {
  const tree = buildTree({
    files: ['deploy/x/docker-compose.yml', 'deploy/x/Dockerfile', 'docker-compose.yaml', '.gitmodules', 'calcom/.keep', 'gone/docker-compose.yml'],
    fileContents: {
      'deploy/x/docker-compose.yml': 'services:\n  web:\n    build:\n      context: $PWD\n      dockerfile: $PWD/deploy/x/Dockerfile\n',
      'deploy/x/Dockerfile': 'FROM alpine\n',
      'docker-compose.yaml': 'services:\n  api:\n    build:\n      context: ./calcom\n      dockerfile: apps/api/v2/Dockerfile\n  web:\n    build: ./calcom/apps/web\n',
      '.gitmodules': '[submodule "calcom"]\n\tpath = calcom\n\turl = https://example.invalid/cal.git\n',
      'calcom/.keep': '',
      'gone/docker-compose.yml': 'services:\n  app:\n    build: ./app\n',
    },
    dockerignore: null,
  });
  try {
    // An empty submodule directory: what `git clone` without submodules leaves.
    fs.rmSync(join(tree.ctx, 'calcom/.keep'));
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {}, repository: { root: tree.ctx, allowOutside: false } });
    assert.deepEqual(
      d.targets.filter((t) => /compose/.test(t.name)).map((t) => [t.name, t.skipReason ?? null]).sort(),
      [
        ['deploy/x/docker-compose.yml:web', "its Dockerfile deploy/x/deploy/x/Dockerfile, with $PWD read as the Compose file's own directory, is not in the checkout: $PWD is the directory docker compose runs in, not known for a file read on its own (a command here that runs it is audited as its own target); not audited"],
        ['docker-compose.yaml:api', 'its Dockerfile calcom/apps/api/v2/Dockerfile lies in git submodule calcom, which is not checked out here (git submodule update --init); not audited'],
        ['docker-compose.yaml:web', 'its context calcom/apps/web lies in git submodule calcom, which is not checked out here (git submodule update --init); not audited'],
        ['gone/docker-compose.yml:app', 'its context gone/app is not in the checkout: a step before the build makes it, or the Compose file is out of date; not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// great_expectations' assets/partners/common/run-1.sh: `docker build -f ../common/int-1.Dockerfile .`,
// run as `cd assets/partners/rubenshift; ../common/run-1.sh`. Placed in its own directory, the build's
// `COPY requirements.txt` was a certain CTX101 error (sweep 48/B-F1); a `-f` that leaves the directory
// and comes back is written for a directory beside it, which one is not known here.
test('--all: a script whose -f leaves its directory and comes back is not placed in its own directory', () => {
  const files = {
    'partners/common/int.Dockerfile': 'FROM alpine\nCOPY requirements.txt .\n',
    'partners/common/run.sh': 'set -e\ndocker build -t t -f ../common/int.Dockerfile .\n',
    'partners/acme/requirements.txt': 'x\n',
    // Written for its own directory: placed there.
    'tools/build.sh': 'docker build -t u -f Dockerfile.tools .\n',
    'tools/Dockerfile.tools': 'FROM alpine\nCOPY build.sh /\n',
    // Another spelling of the same (the review of 82094baf, G1).
    'p/q/run.sh': 'docker build -t v -f ../../p/q/int.Dockerfile .\n',
    'p/q/int.Dockerfile': 'FROM alpine\nCOPY requirements.txt .\n',
    // A context that leaves the directory too: the same build from any directory beside it (F4).
    'docker/build.sh': 'docker build -t x -f ../docker/Dockerfile ..\n',
    'docker/Dockerfile': 'FROM alpine\nCOPY partners /p\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {}, repository: { root: tree.ctx, allowOutside: false } });
    const shown = d.targets.map((t) => [t.name, path.relative(tree.ctx, t.context) || '.', t.contextGuessed === true]).sort();
    assert.deepEqual(shown, [
      ['docker/Dockerfile (context: ., as docker/build.sh builds it)', '.', false],
      ['p/q/int.Dockerfile', 'p/q', true],
      ['partners/common/int.Dockerfile', 'partners/common', true],
      ['tools/Dockerfile.tools (context: tools, as tools/build.sh builds it)', 'tools', false],
    ]);
  } finally {
    tree.cleanup();
  }
});

// oauth2-proxy's .devcontainer/devcontainer.json: `"context": ".."`, `"dockerFile": "./Dockerfile"`: VS
// Code sends the repository root; the Dockerfile was audited from .devcontainer/ (4 kB for 2.6 MB;
// sweep 48/A-F3, and the review of stop 47's diff, F9).
test('--all: a Dockerfile a devcontainer.json beside it builds is audited from the context the json gives', () => {
  const place = (json: string) => {
    const tree = buildTree({
      files: ['.devcontainer/Dockerfile', '.devcontainer/devcontainer.json', 'package.json'],
      fileContents: { '.devcontainer/Dockerfile': 'FROM node:20 AS dev\nARG NODE\nCOPY package.json /w/\n', '.devcontainer/devcontainer.json': json, 'package.json': '{}' },
      dockerignore: null,
    });
    try {
      const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {}, repository: { root: tree.ctx, allowOutside: false } }).targets;
      return t.map((x) => [x.name, path.relative(tree.ctx, x.context) || '.', x.args, x.target ?? null, x.devContainer === true, x.contextGuessed === true]);
    } finally {
      tree.cleanup();
    }
  };
  // JSON with comments and trailing commas, as VS Code writes it; a "//" inside a string is no comment.
  assert.deepEqual(place('{\n  // the dev image\n  "name": "a // b",\n  "build": {\n    "context": "..", /* the root */\n    "dockerfile": "./Dockerfile",\n    "args": { "NODE": "20", "HOST": "${localEnv:HOST}" },\n    "target": "dev",\n  },\n}\n'), [
    ['.devcontainer/Dockerfile (context: ., stage dev, as .devcontainer/devcontainer.json builds it)', '.', { NODE: '20' }, 'dev', true, false],
  ]);
  // The older top-level form.
  assert.deepEqual(place('{ "dockerFile": "Dockerfile", "context": ".." }'), [['.devcontainer/Dockerfile (context: ., as .devcontainer/devcontainer.json builds it)', '.', {}, null, true, false]]);
  // No context: the json's directory. A context with a host variable, or one leaving the repository, or a
  // json naming another Dockerfile: placed as before (where its COPY sources are, a guess).
  assert.deepEqual(place('{ "build": { "dockerfile": "Dockerfile" } }'), [['.devcontainer/Dockerfile (context: .devcontainer, as .devcontainer/devcontainer.json builds it)', '.devcontainer', {}, null, true, false]]);
  for (const json of ['{ "build": { "dockerfile": "Dockerfile", "context": "${localWorkspaceFolder}" } }', '{ "build": { "dockerfile": "Dockerfile", "context": "../.." } }', '{ "build": { "dockerfile": "Other" } }', '{ not json']) {
    assert.deepEqual(place(json), [['.devcontainer/Dockerfile (context: ., where its COPY sources are)', '.', {}, null, true, true]], json);
  }
});

// The review of e99019e3: a root .devcontainer.json building a Dockerfile outside .devcontainer/ is a dev
// container too (capped as one); a .devcontainer/devcontainer.json's paths are its own directory's; the
// root Dockerfile a dev container reuses stays what `docker build .` builds.
test('--all: a devcontainer.json anywhere makes a dev container of the Dockerfile it builds, but not of the root Dockerfile', () => {
  const tree = buildTree({
    files: ['dev/Dockerfile', '.devcontainer.json', 'Dockerfile', '.devcontainer/devcontainer.json', 'app.txt'],
    fileContents: {
      'dev/Dockerfile': 'FROM alpine\nCOPY app.txt /\n',
      '.devcontainer.json': '{ "build": { "dockerfile": "dev/Dockerfile", "context": "." } }',
      Dockerfile: 'FROM alpine\nCOPY app.txt /\n',
      '.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "../Dockerfile", "context": "../dev" } }',
      'app.txt': 'x\n',
    },
    dockerignore: null,
  });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {}, repository: { root: tree.ctx, allowOutside: false } }).targets;
    assert.deepEqual(t.map((x) => [x.name, path.relative(tree.ctx, x.context) || '.', x.devContainer === true]).sort(), [
      ['Dockerfile', '.', false],
      ['dev/Dockerfile (context: ., as .devcontainer.json builds it)', '.', true],
    ]);
  } finally {
    tree.cleanup();
  }
});

test('withoutJsonComments: comments and trailing commas out, strings as written', () => {
  const cases: [string, unknown][] = [
    ['{"a": "x // y", "b": "/* z */", // c\n "c": [1, 2,], /* d */ "e": {"f": "g\\" // h",},}', { a: 'x // y', b: '/* z */', c: [1, 2], e: { f: 'g" // h' } }],
    ['{"a": ",}", "b": ",]"}', { a: ',}', b: ',]' }],
    ['{"a": 1 /* unclosed', null],
  ];
  for (const [text, want] of cases) {
    let got: unknown = null;
    try {
      got = JSON.parse(withoutJsonComments(text));
    } catch {
      got = null;
    }
    assert.deepEqual(got, want, text);
  }
});

// feast's Makefile: `@if [ -n "$(DOCKER_PLATFORMS)" ]; then cd infra/feast-operator && docker buildx
// build ... -f Dockerfile .; else ...; fi`. The `cd` after `then` was not read: the build was listed as
// "the recipe is out of date (docker fails on it)" (sweep 48/B-F3). An `else` branch starts where the
// `if` did; a script's `if`/`then`/`else` on lines of their own the same.
test('--all: a cd after then, else or do is followed, each branch from where its if started', () => {
  const files = {
    'op/Dockerfile': 'FROM alpine\nCOPY main.go .\n',
    'op/main.go': 'x\n',
    'web/Dockerfile.web': 'FROM alpine\nCOPY index.html .\n',
    'web/index.html': 'x\n',
    'cli/Dockerfile.cli': 'FROM alpine\nCOPY cli.go .\n',
    'cli/cli.go': 'x\n',
    Makefile: 'build-op:\n\t@if [ -n "$(PLAT)" ]; then \\\n\t\tcd op && \\\n\t\tdocker buildx build --platform=$(PLAT) -t x -f Dockerfile .; \\\n\telse \\\n\t\tcd web && docker build -f Dockerfile.web .; \\\n\tfi\n',
    'sh/Dockerfile.sh': 'FROM alpine\nCOPY s.txt .\n',
    'sh/s.txt': 'x\n',
    // A `then cd` inside a string moves nothing (the review of 0de9f6cf): this build runs from the root.
    'root.sh': '#!/bin/sh\necho "if [ -d /data ]; then cd /data; fi" > entrypoint.sh\nbash -c "if [ -f x ]; then cd op; fi"\ndocker build -f docker/Dockerfile.root .\n',
    'docker/Dockerfile.root': 'FROM alpine\nCOPY op/main.go /\n',
    'build.sh': '#!/bin/sh\nif [ "$1" = sh ]; then\n  cd sh\n  docker build -f Dockerfile.sh .\nelif [ "$1" = cli ]; then\n  cd cli\n  docker build -f Dockerfile.cli .\nfi\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['cli/Dockerfile.cli (context: cli, as build.sh builds it)', '/cli', null],
    ['docker/Dockerfile.root (context: ., as root.sh builds it)', '/', null],
    ['op/Dockerfile (context: op, as Makefile:2 builds it)', '/op', null],
    ['sh/Dockerfile.sh (context: sh, as build.sh builds it)', '/sh', null],
    ['web/Dockerfile.web (context: web, as Makefile:2 builds it)', '/web', null],
  ]);
});

// A `case` branch starts where its `case` did, as an `else` branch does (the review of 0de9f6cf, G2): a
// branch's `cd api` held for the next branch, which was then read from api/ (and listed as out of date).
test('--all: each case branch starts from where its case started', () => {
  const files: Record<string, string> = {
    'api/Dockerfile': 'FROM alpine\nCOPY main.go .\n',
    'api/main.go': 'x\n',
    'web/Dockerfile': 'FROM alpine\nCOPY web/index.html .\n',
    'web/index.html': 'x\n',
    'cli/Dockerfile.cli': 'FROM alpine\nCOPY cli.go .\n',
    'cli/cli.go': 'x\n',
    'tools/Dockerfile.tools': 'FROM alpine\nCOPY tools/t.sh .\n',
    'tools/t.sh': 'x\n',
    'build.sh':
      '#!/bin/sh\ncase "$1" in\n  api)\n    cd api\n    docker build -t api .\n    ;;\n  web|site)\n    docker build -f web/Dockerfile .\n    ;;\n  *)\n    echo usage\n    ;;\nesac\n',
    // One line, a `(pattern)` spelling, and a subshell around the case whose `)` still closes it.
    'one.sh': '#!/bin/sh\n(\ncase $T in (cli) cd cli && docker build -f Dockerfile.cli . ;; tools) docker build -f tools/Dockerfile.tools . ;; esac\n)\n',
  };
  // After esac, on from where the case started (the review of a3903baf: a last branch's `cd /srv/web`
  // lost the build after it).
  files['after.sh'] = '#!/bin/sh\ncase "$1" in\n  web) cd /srv/web ;;\n  api) cd api ;;\nesac\ndocker build -f tools/Dockerfile.tools .\n';
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['api/Dockerfile (context: api, as build.sh builds it)', '/api', null],
    ['cli/Dockerfile.cli (context: cli, as one.sh builds it)', '/cli', null],
    ['tools/Dockerfile.tools (context: ., as after.sh builds it)', '/', null],
    ['web/Dockerfile (context: ., as build.sh builds it)', '/', null],
  ]);
  // A line of blanks is read in linear time (the keyword prefix backtracked: 24 s on 100k blanks; the review of a3903baf).
  const started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'b.sh': `#!/bin/sh\n${' '.repeat(100000)}x\ndocker build a\n` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  // And a line of dashes or make's @-+ signs (the review of 5d3123aa: exponential from 32 dashes on).
  const signs = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'b.sh': `#!/bin/sh\ncat <<EOF\n${'-'.repeat(64)}\nEOF\n${'@-+ '.repeat(20000)}x\ndocker build a\n` });
  assert.ok(Date.now() - signs < 3000, `${Date.now() - signs} ms`);
});

// CapSoftware/Cap's apps/web/package.json: `cd ../.. && docker build -t cap-web-docker .` from a root with
// no Dockerfile (docker fails) was left out with no word, while a -f naming a missing file was listed
// (sweep 49/B-F3). A Makefile recipe the same; a context holding a Containerfile (podman's) is not listed.
test('--all: a recipe or package.json script building a context with no Dockerfile and no -f is listed as skipped', () => {
  const t = discovered({
    'apps/web/Dockerfile': 'FROM alpine\nCOPY . /app\n',
    'apps/web/package.json': '{"name":"web","scripts":{"build:docker":"cd ../.. && docker build -t cap-web-docker . --no-cache"}}\n',
    'tools/Makefile': 'image:\n\tdocker build -t t ../svc\npod:\n\t$(CONTAINER_TOOL) build -t p ../podctx\n',
    'svc/main.go': 'x\n',
    'podctx/Containerfile': 'FROM alpine\n',
  });
  assert.deepEqual(t.filter((x) => x.skip !== null).map((x) => [x.name, x.skip]), [
    ['Dockerfile (apps/web/package.json\'s build:docker script)', "apps/web/package.json's build:docker script builds Dockerfile, which is not in the checkout: the recipe is out of date (docker fails on it) or a step makes it first; not audited"],
    ['svc/Dockerfile (tools/Makefile:2)', 'tools/Makefile:2 builds svc/Dockerfile, which is not in the checkout: the recipe is out of date (docker fails on it) or a step makes it first; not audited'],
  ]);
});

// cloudnative-pg's Makefile:207 builds bundle.Dockerfile, which operator-sdk writes and git ignores: --all
// left it out with no word, and listed one the recipe writes itself (not ignored) as out of date (sweep
// 49/D-F2, D-F1). Both are listed as made before the build; a missing one nothing makes stays out of date.
test('--all: a recipe building a Dockerfile it writes first, or one git ignores, is listed as made before the build', () => {
  const t = discovered({
    'Dockerfile': 'FROM scratch\nCOPY a.txt /\n',
    'a.txt': 'x\n',
    '.gitignore': 'bundle.Dockerfile\n',
    Makefile: 'bundle:\n\toperator-sdk generate bundle\n\tdocker build -f bundle.Dockerfile -t x .\ndocs:\n\techo "FROM scratch" > docs.Dockerfile\n\tdocker build -f docs.Dockerfile .\nold:\n\ttest -f gone.Dockerfile || exit 1\n\tdocker build -f gone.Dockerfile .\n',
    // A pattern rule makes it (the review of 27463561).
    'gen/Makefile': '%.Dockerfile: %.tpl\n\tsed s/x/y/ $< > $@\nsite: site.Dockerfile\n\tdocker build -f site.Dockerfile .\n',
    // A catch-all rule (`%:`, which forwards any goal) names no file it makes.
    'fwd/Makefile': 'img:\n\tdocker build -f img.Dockerfile .\n%:\n\t@$(MAKE) -C .. $@\n',
    // A script's build line with a tag (`me/app:dev`) is no make rule making its Dockerfile (sweep 50/G-F1).
    'sh/build.sh': '#!/bin/sh\ndocker build -f Dockerfile.dev -t me/app:dev .\n',
    // Written through tee (the review of stop 49, C4).
    'tee/Makefile': 'img:\n\tenvsubst < t.tpl | tee -a t.Dockerfile >/dev/null\n\tdocker build -f t.Dockerfile .\n',
  });
  assert.deepEqual(t.filter((x) => x.skip !== null).map((x) => [x.name, x.skip]), [
    ['Dockerfile.dev (sh/build.sh)', 'sh/build.sh builds Dockerfile.dev, which is not in the checkout: the script is out of date, runs from a directory not known here, or a step makes it first; not audited'],
    ['bundle.Dockerfile (Makefile:3)', 'Makefile:3 builds bundle.Dockerfile, which is not in the checkout: git ignores it, so a step makes it before the build: what it copies is not known here; not audited'],
    ['docs.Dockerfile (Makefile:6)', 'Makefile:6 builds docs.Dockerfile, which is not in the checkout: Makefile writes it before the build, so what it copies is not known here; not audited'],
    ['fwd/img.Dockerfile (fwd/Makefile:2)', 'fwd/Makefile:2 builds fwd/img.Dockerfile, which is not in the checkout: the recipe is out of date (docker fails on it) or a step makes it first; not audited'],
    ['gen/site.Dockerfile (gen/Makefile:4)', 'gen/Makefile:4 builds gen/site.Dockerfile, which is not in the checkout: gen/Makefile writes it before the build, so what it copies is not known here; not audited'],
    // A test that it is there is no write of it (the review of 3dd661be).
    ['gone.Dockerfile (Makefile:9)', 'Makefile:9 builds gone.Dockerfile, which is not in the checkout: the recipe is out of date (docker fails on it) or a step makes it first; not audited'],
    ['tee/t.Dockerfile (tee/Makefile:3)', 'tee/Makefile:3 builds tee/t.Dockerfile, which is not in the checkout: tee/Makefile writes it before the build, so what it copies is not known here; not audited'],
  ]);
});

// bxcodec/go-clean-arch's Makefile: `@ DOCKER_BUILDKIT=0 docker build --file Dockerfile ...`: the workflow
// path read it as the legacy builder's, a recipe or script did not (sweep 49/F-F1): a COPY wildcard that
// matches nothing, which fails the legacy build, was a BuildKit warning. An exported DOCKER_BUILDKIT=0 too;
// buildx ignores it.
test('--all: a recipe or script build with DOCKER_BUILDKIT=0 on its line or exported is the legacy builder\'s', () => {
  const t = discovered({
    'a/Dockerfile': 'FROM alpine\n',
    'b/Dockerfile': 'FROM alpine\n',
    'c/Dockerfile': 'FROM alpine\n',
    'd/Dockerfile': 'FROM alpine\n',
    Makefile: 'a:\n\t@ DOCKER_BUILDKIT=0 docker build -t a a\nd:\n\tDOCKER_BUILDKIT=0 docker buildx build -t d d\n',
    'build.sh': '#!/bin/sh\nexport DOCKER_BUILDKIT=0\ndocker build -t b b\n',
    'c/package.json': '{"scripts":{"img":"DOCKER_BUILDKIT=0 docker build -t c ."}}\n',
    // The review of 9a41bb24: an export in a recipe line's own shell, in a function's body, or after the build sets nothing for it.
    'e/Dockerfile': 'FROM alpine\n',
    'f/Dockerfile': 'FROM alpine\n',
    'g/Dockerfile': 'FROM alpine\n',
    'tools/Makefile': 'e:\n\texport DOCKER_BUILDKIT=0\n\tdocker build -t e ../e\n',
    'late.sh': '#!/bin/sh\nlegacy() {\n  export DOCKER_BUILDKIT=0\n}\ndocker build -t f f\nexport DOCKER_BUILDKIT=0\n',
    'top.mk': 'export DOCKER_BUILDKIT := 0\ng:\n\tdocker build -t g g\n',
    // Under .ONESHELL a rule's lines share one shell: its export reaches the build (the review of 5d3123aa).
    'h/Dockerfile': 'FROM alpine\n',
    'one.mk': '.ONESHELL:\nh:\n\texport DOCKER_BUILDKIT=0\n\tdocker build -t h h\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.builder ?? null]), [
    ['a/Dockerfile (context: a, as Makefile:2 builds it)', 'legacy'],
    ['b/Dockerfile (context: b, as build.sh builds it)', 'legacy'],
    ["c/Dockerfile (context: c, as c/package.json's img script builds it)", 'legacy'],
    ['d/Dockerfile (context: d, as Makefile:4 builds it)', null],
    ['e/Dockerfile (context: e, as tools/Makefile:3 builds it)', null],
    ['f/Dockerfile (context: f, as late.sh builds it)', null],
    ['g/Dockerfile (context: g, as top.mk:3 builds it)', 'legacy'],
    ['h/Dockerfile (context: h, as one.mk:4 builds it)', 'legacy'],
  ]);
});

// nautobot's development/docker-compose.yml: its nautobot service depends on `db`, which
// docker-compose.postgres.yml beside it declares (tasks.py passes that file after it). It was skipped as
// a fragment "no file of this project declares" (sweep 48/B-F4). One whose missing service only a file
// elsewhere declares is still a fragment.
test('--all: a Compose file using a service another Compose file in its directory declares is no fragment', () => {
  const t = discovered({
    'docker/Dockerfile': 'FROM python:3.12\nCOPY app.py /app/\n',
    'app.py': 'x\n',
    'development/docker-compose.yml': 'services:\n  web:\n    build:\n      context: ../\n      dockerfile: docker/Dockerfile\n    depends_on:\n      - db\n    networks: [back]\n',
    'development/docker-compose.postgres.yml': 'services:\n  db:\n    image: postgres:14\nnetworks:\n  back: {}\n',
    'suite/compose.yml': 'services:\n  t:\n    build: .\n    networks: [intranet]\n',
    'suite/Dockerfile': 'FROM alpine\n',
    'compose.base.yml': 'networks:\n  intranet: {}\nservices: {}\n',
    // The review of a0c15403: the only file beside it that declares db also changes its service (target dev):
    // audited alone it would be a build nobody runs. Still a fragment.
    'staging/docker-compose.yml': 'services:\n  app:\n    build:\n      context: ../\n      dockerfile: docker/Dockerfile\n    depends_on: [db]\n',
    'staging/docker-compose.dev.yml': 'services:\n  db:\n    image: postgres:16\n  app:\n    build:\n      target: dev\n',
    // One that gives the service only its environment and ports changes no build (the review of acb7630d).
    'qa/docker-compose.yml': 'services:\n  qa:\n    build:\n      context: ../\n      dockerfile: docker/Dockerfile\n    depends_on: [db]\n',
    'qa/docker-compose.db.yml': 'services:\n  db:\n    image: postgres:16\n  qa:\n    environment:\n      DB: db\n    ports: ["8000:8000"]\n',
  });
  assert.deepEqual(
    t.filter((x) => x.name.includes('compose')).map((x) => [x.name, x.context, (x.skip ?? '').replace(/,.*/, '') || null]),
    [
      ['development/docker-compose.yml:web', '/', null],
      ['qa/docker-compose.yml:qa', '/', null],
      ['staging/docker-compose.dev.yml', '/staging', 'a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose staging/docker-compose.dev.yml'],
      ['staging/docker-compose.yml:app', '/', 'a Compose fragment: service app uses service db (depends_on)'],
      ['suite/compose.yml:t', '/suite', 'a Compose fragment: service t uses network intranet'],
    ],
  );
  assert.match(t.find((x) => x.name === 'staging/docker-compose.yml:app')?.skip ?? '', /uses service db \(depends_on\), which only a file beside it declares, staging\/docker-compose\.dev\.yml, and that file changes its build too: audit them together with --compose staging\/docker-compose\.yml --compose staging\/docker-compose\.dev\.yml$/);
});

// webstudio-is/webstudio: packages/cli/templates/react-router-docker/Dockerfile, which its CLI copies into
// the project it makes (and writes the .npmrc it copies there): audited here, a CTX101 warning for a file
// that only the generated project has (sweep 51/J-F2). Built by something here, it is audited as built.
test('--all: a Dockerfile in a templates/ directory that no build here names is listed as a template, not audited from a guessed context', () => {
  const df = 'FROM node:22-alpine\nCOPY .npmrc package.json /app/\n';
  const t = discovered({ 'packages/cli/templates/docker-app/Dockerfile': df, 'packages/cli/templates/docker-app/package.json': '{}\n', 'packages/cli/package.json': '{"name":"cli"}\n' });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [['packages/cli/templates/docker-app/Dockerfile', 'in a templates/ directory, and no build here names it: a template, which a tool renders or copies into the project it makes before it is built; not audited (ctx-audit CONTEXT -f packages/cli/templates/docker-app/Dockerfile audits it)']]);
  const built = discovered({ 'templates/app/Dockerfile': df, 'templates/app/.npmrc': 'x=1\n', 'templates/app/package.json': '{}\n', Makefile: 'img:\n\tdocker build -t app templates/app\n' });
  assert.deepEqual(built.map((x) => x.skip), [null]);
});

// trezor/trezor-firmware's build-docker.sh: `DOCKER=${DOCKER:-docker}`, then `$DOCKER build ... ci/`: the
// build was not seen, its Dockerfile audited as a guess (sweep 51/N-F4).
test('--all: a script\'s docker build through a variable defaulting to the engine (DOCKER=${DOCKER:-docker}) is read', () => {
  const t = discovered({ 'ci/Dockerfile': 'FROM alpine\nCOPY shell.nix shell.nix\n', 'ci/shell.nix': '{ }\n', 'build-docker.sh': '#!/usr/bin/env bash\nset -e\nDOCKER=${DOCKER:-docker}\n$DOCKER build -t env ci/\n' });
  assert.deepEqual(t.map((x) => [x.name, x.skip]), [['ci/Dockerfile (context: ci, as build-docker.sh builds it)', null]]);
});

// A sub-project's dev container (app/.devcontainer.json, or app/.devcontainer/devcontainer.json with
// `"dockerfile": "../Dockerfile"`), `"context": ".."`: audited from app/, and suggest dropped tools/ that
// its `COPY . /workspace` needs (sweep 51/O-F1).
test('--all: a devcontainer.json in a sub-folder places the Dockerfile it builds, outside .devcontainer/ too', () => {
  const base = { 'app/Dockerfile': 'FROM alpine\nCOPY . /workspace\n', 'tools/setup.sh': 'echo\n' };
  const a = discovered({ ...base, 'app/.devcontainer.json': '{ "build": { "dockerfile": "Dockerfile", "context": ".." } }\n' });
  assert.deepEqual(a.map((x) => [x.name, x.context]), [['app/Dockerfile (context: ., as app/.devcontainer.json builds it)', '/']]);
  const b = discovered({ ...base, 'app/.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "../Dockerfile", "context": "../.." } }\n' });
  assert.deepEqual(b.map((x) => [x.name, x.context]), [['app/Dockerfile (context: ., as app/.devcontainer/devcontainer.json builds it)', '/']]);
});

// Stop 50's C-F6: a Dockerfile that is a symlink (a root Dockerfile -> docker/Dockerfile, which
// `docker build .` reads) was dropped from --all without a word. Listed now and audited as docker
// reads it: app/Dockerfile -> ../docker/Dockerfile.app leaves the directory BuildKit sends it
// from (CTX100, a warning at most when nothing builds it); a link out of the repository is not read.
test('--all: a Dockerfile that is a symlink to one inside the repository is a target; a link out of the repository is not read', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-outside-'));
  const files = { 'docker/Dockerfile': 'FROM alpine\nCOPY a.txt /\n', 'docker/Dockerfile.app': 'FROM alpine\nCOPY b.txt /\n', 'a.txt': 'a\n', 'app/b.txt': 'b\n' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM alpine\nCOPY nothing /\n');
    fs.symlinkSync('docker/Dockerfile', path.join(tree.ctx, 'Dockerfile'));
    fs.symlinkSync('../docker/Dockerfile.app', path.join(tree.ctx, 'app', 'Dockerfile'));
    fs.mkdirSync(path.join(tree.ctx, 'out'));
    fs.symlinkSync(path.join(outside, 'Dockerfile'), path.join(tree.ctx, 'out', 'Dockerfile'));
    const targets = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    const byName = new Map(targets.map((t) => [t.name, t]));
    assert.deepEqual([...byName.keys()].filter((n) => !n.startsWith('docker/')).sort(), ['Dockerfile', 'app/Dockerfile']);
    assert.equal(byName.get('Dockerfile')?.context, tree.ctx);
    assert.equal(byName.get('Dockerfile')?.skipReason, undefined);
    const r = runTargets(targets.filter((t) => t.name === 'app/Dockerfile' || t.name === 'Dockerfile'), { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const shown = r.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.severity, f.message.slice(0, 60)]);
    assert.deepEqual(shown, [['CTX100', 'warning', 'the Dockerfile is a link to ../docker/Dockerfile.app, which ']]);
  } finally {
    tree.cleanup();
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

// devpod's examples/compose/.devcontainer.json (sweep 52/Q-F4): `"dockerComposeFile": "docker-compose.devcontainer.yml"`
// was listed as named "in a command or code ctx-audit does not follow", and the Dockerfile only that file names
// never audited: a broken COPY passed. Its services are a dev container's builds now (a warning at most);
// a list of files is one project; a file the json names that is not there leaves it listed as before.
test('--all: the Compose files a devcontainer.json\'s dockerComposeFile names are audited as a dev container\'s builds', () => {
  const files = {
    'examples/compose/.devcontainer.json': '{\n  // the dev container\n  "dockerComposeFile": "docker-compose.devcontainer.yml",\n  "service": "app",\n}\n',
    'examples/compose/docker-compose.devcontainer.yml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile: devcontainer.Dockerfile2\n',
    'examples/compose/devcontainer.Dockerfile2': 'FROM alpine\nCOPY missing.sh /m\n',
    '.devcontainer/devcontainer.json': '{"dockerComposeFile": ["../compose.base.yml", "compose.dev.yml"], "service": "web"}\n',
    'compose.base.yml': 'services:\n  web:\n    build: ./web\n',
    '.devcontainer/compose.dev.yml': 'services:\n  web:\n    environment:\n      DEBUG: "1"\n',
    'web/Dockerfile': 'FROM alpine\nCOPY app.txt /\n',
    'web/app.txt': 'x\n',
    'other/.devcontainer.json': '{"dockerComposeFile": "gone.yml"}\n',
  };
  const t = discovered(files);
  assert.deepEqual(
    t.filter((x) => x.name.includes('(as ')).map((x) => [x.name, x.context, x.skip]),
    [
      ['compose.base.yml:web (as .devcontainer/devcontainer.json runs it)', '/web', null],
      ['examples/compose/docker-compose.devcontainer.yml:app (as examples/compose/.devcontainer.json runs it)', '/examples/compose', null],
    ],
  );
  assert.ok(!t.some((x) => x.name === 'examples/compose/docker-compose.devcontainer.yml'), JSON.stringify(t));
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const f = r.findings.filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => [x.severity, x.data?.devContainer]), [['warning', true]]);
  } finally {
    tree.cleanup();
  }
  // A file a workflow also runs is CI's build: its failures stay errors (the review of e61a1c35, RB-R3).
  const ci = { ...files, '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose -f examples/compose/docker-compose.devcontainer.yml build app\n' };
  assert.deepEqual(ctx101Severities(ci), ['error']);
  // In an examples directory it is the example's dev container, though the repository prebuilds its own and the
  // file names a database's image (devpod's examples/compose, an error in this stop's regression run).
  const pre = { ...files, 'examples/compose/docker-compose.devcontainer.yml': files['examples/compose/docker-compose.devcontainer.yml'] + '  db:\n    image: postgres:16\n', '.github/workflows/pre.yml': 'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: devcontainers/ci@v0.3\n' };
  assert.deepEqual(ctx101Severities(pre), ['warning']);
  // One docker compose would refuse, in an examples directory, is listed as skipped, not the run's error (RB-R5).
  const broken = discovered({ ...files, 'examples/compose/docker-compose.devcontainer.yml': 'services:\n  app:\n    build: .\n\t  x: 1\n' });
  assert.match(broken.find((x) => x.name === 'examples/compose/docker-compose.devcontainer.yml')?.skip ?? '', /^a dev container's Compose file in an examples directory that docker compose would refuse/);
  assert.ok(broken.every((x) => x.error === null), JSON.stringify(broken));
});

// serge's ci.yml (sweep 52/R-F4): docker-compose.dev.yml named only under `on.push.paths-ignore` was listed as
// named "in a command or code ctx-audit does not follow"; a trigger filter runs nothing. A step that names it
// keeps that reason.
test('--all: a Compose file a workflow names only in its paths or paths-ignore filters is one nothing here runs', () => {
  const wf = (extra: string) => `name: ci\non:\n  push:\n    paths-ignore:\n      - "docker-compose.dev.yml"\n  pull_request:\n    paths: [docker-compose.dev.yml, src/**]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo test${extra}\n`;
  const files = (extra: string) => ({ '.github/workflows/ci.yml': wf(extra), 'docker-compose.dev.yml': 'services:\n  app:\n    build: .\n', Dockerfile: 'FROM alpine\n' });
  const skip = (extra: string) => discovered(files(extra)).find((t) => t.name === 'docker-compose.dev.yml')?.skip;
  assert.equal(skip(''), 'a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose docker-compose.dev.yml');
  assert.match(skip('\n      - run: ./tools/run-it docker-compose.dev.yml') ?? '', /^a Compose file \.github\/workflows\/ci\.yml names, in a command or code ctx-audit does not follow/);
  // Indented by four, the filters are still the on: block's (the review of bbb1ce5e, RD-R7).
  const wide = discovered({ ...files(''), '.github/workflows/ci.yml': 'name: ci\non:\n    push:\n        paths-ignore:\n            - docker-compose.dev.yml\njobs:\n    test:\n        runs-on: ubuntu-latest\n        steps:\n            - run: echo test\n' });
  assert.equal(wide.find((t) => t.name === 'docker-compose.dev.yml')?.skip, 'a Compose file that nothing here runs (docker compose reads it only with -f): audit it with --compose docker-compose.dev.yml');
});

// amplication (sweep 52/P-F3): each project.json has `"package:container": {"executor": "@nx-tools/nx-container:build"}`,
// which Nx runs from the workspace root (context `.`, the project's Dockerfile); its Dockerfiles copy
// `./dist/packages/<name>` from there. They were placed in their own directories, where a package-level
// .dockerignore nobody reads made "the build will fail" warnings. options.context, file, build-args and target are read.
test('--all: an Nx project\'s container target (@nx-tools/nx-container:build) builds its Dockerfile from the workspace root', () => {
  const files = {
    'packages/api/project.json': JSON.stringify({ name: 'api', targets: { build: { executor: '@nx/js:tsc', options: { outputPath: 'dist/packages/api' } }, 'package:container': { executor: '@nx-tools/nx-container:build', dependsOn: ['build'], options: { push: false, tags: ['api'] } } } }),
    'packages/api/Dockerfile': 'FROM node:20\nCOPY ./dist/packages/api/package.json ./\n',
    'packages/api/.dockerignore': 'dist\n',
    'packages/web/project.json': JSON.stringify({ targets: { docker: { executor: '@nx-tools/nx-docker:build', options: { context: 'packages/web', file: 'packages/web/Dockerfile.prod', 'build-args': ['MODE=prod'], target: 'runner' } } } }),
    'packages/web/Dockerfile.prod': 'FROM node:20 AS runner\nARG MODE\nCOPY ${MODE}.txt /\n',
    'packages/web/prod.txt': 'x\n',
    'nx.json': '{}\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.stage]), [
    ['packages/api/Dockerfile (context: ., as packages/api/project.json\'s package:container target builds it)', '/', null],
    ['packages/web/Dockerfile.prod (context: packages/web, as packages/web/project.json\'s docker target builds it)', '/packages/web', 'runner'],
  ]);
});

// gothinkster/node-express-realworld-example-app (sweep 52/U-F1): Nx's generator writes `"docker-build": {"dependsOn":
// ["build"], "command": "docker build -f Dockerfile . -t api"}`, and build's outputPath is dist/api, which the
// Dockerfile copies. A run-commands target's docker build is a build; what a target it depends on writes is a
// build output there: info where the target places the Dockerfile, a warning naming that target for the root
// Dockerfile (as for a Makefile's `mvn package` before `docker build .`: a build by hand has no dist/).
test('--all: an Nx run-commands target\'s docker build, and the outputPath of the targets it depends on', () => {
  const project = (cmd: string, dir: string) => JSON.stringify({ name: 'api', targets: { build: { executor: '@nx/esbuild:esbuild', outputs: ['{options.outputPath}'], options: { outputPath: `${dir}dist/api` } }, 'docker-build': { dependsOn: ['build'], command: cmd } } });
  const severities = (files: Record<string, string>) => {
    const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
    try {
      execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
      const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      return r.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target, f.severity, f.message.replace(/^.*?: /, '')]);
    } finally {
      tree.cleanup();
    }
  };
  const dockerfile = 'FROM node:lts-alpine\nWORKDIR /app\nCOPY dist/api api\nCMD ["node", "api"]\n';
  assert.deepEqual(severities({ 'project.json': project('docker build -f Dockerfile . -t api', ''), Dockerfile: dockerfile, '.gitignore': 'dist\n', 'nx.json': '{}\n' }), [
    ['Dockerfile', 'warning', 'the build fails unless the earlier step project.json\'s build target, which docker-build depends on, puts it there'],
  ]);
  assert.deepEqual(severities({ 'apps/api/project.json': project('docker build -f apps/api/Dockerfile . -t api', ''), 'apps/api/Dockerfile': dockerfile, '.gitignore': 'dist\n', 'nx.json': '{}\n' }), [
    ['apps/api/Dockerfile (context: ., as apps/api/project.json\'s docker-build target builds it)', 'info', 'a build output; the earlier step apps/api/project.json\'s build target, which docker-build depends on, runs the build tool that writes it'],
  ]);
  // A dependency whose outputs are the workspace root or the project's directory holds everything: no evidence,
  // a missing committed file stays an error (the review of 83778305, RC-R4).
  const lint = (outputs: string) => JSON.stringify({ targets: { lint: { executor: '@nx/eslint:lint', outputs: [outputs] }, 'docker-build': { dependsOn: ['lint'], command: 'docker build -f apps/api/Dockerfile . -t api' } } });
  for (const outputs of ['{workspaceRoot}', '{projectRoot}']) {
    assert.deepEqual(severities({ 'apps/api/project.json': lint(outputs), 'apps/api/Dockerfile': 'FROM node\nCOPY config/prod.yaml /\n', 'nx.json': '{}\n' }).map((x) => x[1]), ['error'], outputs);
  }
  // A stranger's project.json of thousands of dependencies and outputs is read in bounded time (RC-R1: minutes).
  const n = 4000;
  const big = JSON.stringify({ targets: { a: { command: 'docker build -f apps/api/Dockerfile . -t api', dependsOn: Array.from({ length: n }, (_, i) => `b${i % 2}`) }, b0: { outputs: Array.from({ length: n }, (_, i) => `o${i}`) }, b1: { outputs: Array.from({ length: n }, (_, i) => `p${i}`) } } });
  const started = Date.now();
  severities({ 'apps/api/project.json': big, 'apps/api/Dockerfile': dockerfile, 'nx.json': '{}\n' });
  assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
  // No dependsOn: nothing runs first, the plain warning.
  const none = JSON.stringify({ targets: { 'docker-build': { executor: 'nx:run-commands', options: { command: 'docker build -f apps/api/Dockerfile . -t api' } } } });
  assert.deepEqual(severities({ 'apps/api/project.json': none, 'apps/api/Dockerfile': dockerfile, '.gitignore': 'dist\n', 'nx.json': '{}\n' }).map((x) => x[1]), ['warning']);
});

// The review of 36c6bc29 (RD-R5): a dev container's Compose file under the default name that a workflow runs is
// CI's build: its failures stay errors.
test('--all: .devcontainer/docker-compose.yml that a workflow runs keeps its errors', () => {
  const files = {
    '.devcontainer/docker-compose.yml': 'services:\n  app:\n    build:\n      context: ..\n      dockerfile: .devcontainer/Dockerfile\n',
    '.devcontainer/Dockerfile': 'FROM node:20\nWORKDIR /w\nCOPY src/ /w/src/\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose -f .devcontainer/docker-compose.yml run --rm app npm test\n',
  };
  assert.deepEqual(ctx101Severities(files), ['error']);
});

// The review of 95164d29 (RA-R2): `ci-config` counts as a fixture location for secrets only; a ci-config/Dockerfile
// a Makefile builds is a real build, whose missing source is an error, not a test input's warning.
test('--all: a Dockerfile in ci-config/ that a Makefile builds is no test input', () => {
  const files = { 'ci-config/Dockerfile': 'FROM alpine\nCOPY tools/run.sh /\n', Makefile: 'image:\n\tdocker build -f ci-config/Dockerfile -t ci:local .\n' };
  assert.deepEqual(ctx101Severities(files), ['error']);
});

// The review of 2453c7b2 (RC-R3): buildah expands a variable in COPY --from, which docker's builders refuse; a
// redhat-actions/buildah-build build of such a Dockerfile gets no CTX100. The review of 734487b8 (RC-R6): a
// stranger's Dockerfile of thousands of continued `# docker build ... \` comment lines is read once each.
test('--all: a variable in COPY --from is no problem for a buildah build; continued comment lines are joined once', () => {
  const files = {
    Dockerfile: 'FROM alpine AS base\nARG BUSYBOX_IMAGE=busybox\nCOPY --from="${BUSYBOX_IMAGE}" /bin/busybox /bin/busybox\n',
    '.github/workflows/img.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: redhat-actions/buildah-build@v2\n        with:\n          image: me/x\n          containerfiles: ./Dockerfile\n          build-args: BUSYBOX_IMAGE=busybox:1.36\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const ctx100 = r.findings.filter((x) => x.ruleId === 'CTX100').map((x) => [x.target.split(' ')[0], x.severity]);
    assert.deepEqual(ctx100, []);
  } finally {
    tree.cleanup();
  }
  const lines = Array.from({ length: 20_000 }, (_, i) => `# docker build -f d${i}.Dockerfile \\`).join('\n');
  const started = Date.now();
  discovered({ 'docker/a.Dockerfile': `${lines}\nFROM alpine\n` });
  assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
});

// apache/activemq-artemis' prepare-docker.sh (sweep 52/V-F4): `cat <<HERE` prints `$ docker build -f
// ./docker/Dockerfile-ubuntu-21 ...` for the user; --all listed four phantom builds "the script is out of
// date". A heredoc the script prints is no command; one fed to a shell runs.
test('scriptBuilds: docker build lines in a heredoc the script prints are no builds; in one fed to bash they are', () => {
  const tree = buildTree({
    files: ['art/prepare.sh', 'art/run.sh', 'art/Dockerfile-alpine'],
    fileContents: {
      'art/prepare.sh': '#!/bin/bash\nnext_step () {\n  cat <<HERE\nNow build it:\n  $ docker build -f ./docker/Dockerfile-ubuntu -t artemis-ubuntu .\nHERE\n}\nnext_step\n',
      'art/run.sh': '#!/bin/bash\nbash <<EOF\ndocker build -f art/Dockerfile-alpine -t a .\nEOF\ncat <<EOF | sh\ndocker build -f art/Dockerfile-alpine -t b .\nEOF\n',
      'art/Dockerfile-alpine': 'FROM alpine\n',
    },
    dockerignore: null,
  });
  try {
    const builds = scriptBuilds(tree.ctx, ['art/prepare.sh', 'art/run.sh']).map((b) => [b.name, b.dockerfile?.slice(tree.ctx.length) ?? null]);
    // (The second: `cat <<EOF | sh` runs its body; the review of c49e1623, RD-R4.)
    assert.deepEqual(builds, [['art/run.sh', '/art/Dockerfile-alpine'], ['art/run.sh', '/art/Dockerfile-alpine']]);
    // Many heredocs never closed are read in linear time (RD-R3: a scan to the end for each).
    const open = `#!/bin/sh\n${'cat <<EOF\n'.repeat(20_000)}docker build -t x .\n`;
    fs.writeFileSync(join(tree.ctx, "art/open.sh"), open);
    const started = Date.now();
    assert.deepEqual(scriptBuilds(tree.ctx, ['art/open.sh']), []);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  } finally {
    tree.cleanup();
  }
});

// apache/streampipes' archetypes (sweep 52/V-F3): src/main/resources/archetype-resources/Dockerfile is what `mvn
// archetype:generate` copies into a new project (`COPY ./target/${artifactId}.jar`): a template, not a build here.
test('--all: a Dockerfile in a Maven archetype-resources directory is a template', () => {
  const t = discovered({ 'archetypes/x/src/main/resources/archetype-resources/Dockerfile': 'FROM eclipse-temurin:17\nCOPY ./target/${artifactId}.jar /app.jar\n' });
  assert.match(t[0]?.skip ?? '', /^in an archetype-resources\/ directory, and no build here names it: a template/);
});

// apache/hop's docker/build-hop-images.sh (sweep 53/Y-F1): `local build_args=( ... "--file"
// "$SCRIPT_DIR/unified.Dockerfile" ...)`, then `docker build "${build_args[@]}" "$PROJECT_ROOT"`: the
// array's -f was lost, and docker/Dockerfile was audited from docker/ in its place (two CTX101 errors).
test('scriptBuilds: an array the script fills may hold the -f and the --target: not read as building the directory\'s Dockerfile', () => {
  const files = {
    'docker/resources/run.sh': 'echo hi\n',
    'docker/Dockerfile': 'FROM alpine\nCOPY ./docker/resources/run.sh /run.sh\n',
    'docker/unified.Dockerfile': 'FROM alpine AS a\nCOPY ./docker/resources/run.sh /run.sh\nFROM a AS b\nCOPY nothing-here /x\n',
    'docker/build.sh': '#!/bin/bash\nSCRIPT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"\nPROJECT_ROOT="$(dirname "$SCRIPT_DIR")"\nbuild() {\n    local build_args=(\n        "--file" "$SCRIPT_DIR/unified.Dockerfile"\n        "--tag" "x:latest"\n    )\n    docker build "${build_args[@]}" "$PROJECT_ROOT"\n}\nbuild\n',
    // With its -f on the line, the array may still hold the --target: the stage is known only when it runs.
    'docker/stage.sh': '#!/bin/bash\nargs=(\n  "--target" "$1"\n)\ndocker build -f docker/unified.Dockerfile "${args[@]}" .\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const builds = scriptBuilds(tree.ctx, ['docker/build.sh', 'docker/stage.sh']).map((b) => [b.name, b.dockerfile?.slice(tree.ctx.length) ?? null, b.context.slice(tree.ctx.length) || '/', b.stageUnknown ?? false]);
    assert.deepEqual(builds, [['docker/stage.sh', '/docker/unified.Dockerfile', '/', true]]);
  } finally {
    tree.cleanup();
  }
  // And --all fails nothing: no CTX101 at error (the unified one's missing source is in a stage its caller picks).
  assert.deepEqual(ctx101Severities(files).filter((s) => s === 'error'), []);
});

test('scriptBuilds: many build lines expanding arrays, in a big script, are read in bounded time', { timeout: 60_000 }, () => {
  const script = `#!/bin/bash\n${'args=(--tag x)\n'.repeat(100)}${'# padding line for the script to be long enough\n'.repeat(3000)}${'docker build "${args[@]}" "${more[@]}" .\n'.repeat(2000)}`;
  const tree = buildTree({ files: ['build.sh', 'Dockerfile'], fileContents: { 'build.sh': script, Dockerfile: 'FROM alpine\n' }, dockerignore: null });
  try {
    const started = Date.now();
    const builds = scriptBuilds(tree.ctx, ['build.sh']);
    // `more` is assigned nowhere the script shows: it may hold the -f, so no build is placed.
    assert.equal(builds.length, 0);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  } finally {
    tree.cleanup();
  }
});

// PowerDNS' builder-support/dockerfiles/Dockerfile.target.el-8 (sweep 53/X-F2), a link to
// Dockerfile.target.oraclelinux-8, a pdns-builder template (`@INCLUDE` lines): the template was skipped,
// the link audited, three CTX100 warnings on lines docker never reads. Judged by the file it names now.
test('--all: a Dockerfile that is a link to a template is skipped as that template is', () => {
  const files = {
    'bs/Dockerfile.target.sdist': 'FROM alpine AS sdist\nRUN true\n',
    'bs/Dockerfile.target.oraclelinux-8': '# First do the source builds\n@INCLUDE Dockerfile.target.sdist\n\nFROM oraclelinux:8 AS dist-base\nRUN dnf install -y gcc\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    fs.symlinkSync('Dockerfile.target.oraclelinux-8', path.join(tree.ctx, 'bs', 'Dockerfile.target.el-8'));
    // A link named like a template is said to be one by its own name (PowerDNS' Dockerfile-raspbian.jinja2 -> Dockerfile-debian.jinja2).
    fs.writeFileSync(path.join(tree.ctx, 'bs', 'Dockerfile-debian.jinja2'), 'FROM {{ base }}\n');
    fs.symlinkSync('Dockerfile-debian.jinja2', path.join(tree.ctx, 'bs', 'Dockerfile-raspbian.jinja2'));
    const targets = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets;
    const skip = Object.fromEntries(targets.map((t) => [t.name, t.skipReason?.slice(0, 31) ?? null]));
    assert.deepEqual(skip, { 'bs/Dockerfile-debian.jinja2': 'a template (Dockerfile-debian.j', 'bs/Dockerfile-raspbian.jinja2': 'a template (Dockerfile-raspbian', 'bs/Dockerfile.target.el-8': 'a pdns-builder template (it has', 'bs/Dockerfile.target.oraclelinux-8': 'a pdns-builder template (it has', 'bs/Dockerfile.target.sdist': null });
  } finally {
    tree.cleanup();
  }
});

// PeerDB-io/peerdb's dev-peerdb.sh (sweep 53/Y-F2): `DOCKER="docker"`, then `DOCKER="podman"` in an `if`
// when USE_PODMAN is set, then `exec $DOCKER compose -f docker-compose-dev.yml up --build`: the Compose
// file was skipped as named in a command ctx-audit does not follow.
test('--all: a script\'s engine variable set to docker or, in a branch, podman runs its Compose file as docker does', () => {
  const files = {
    'app/Dockerfile': 'FROM alpine AS dev\nCOPY app/x /x\n',
    'app/x': 'x\n',
    'docker-compose-dev.yml': 'services:\n  app:\n    build:\n      context: .\n      dockerfile: app/Dockerfile\n      target: dev\n',
    'dev.sh': '#!/bin/sh\nDOCKER="docker"\nif test -n "$USE_PODMAN"; then\n    DOCKER="podman"\nfi\nexec $DOCKER compose -f docker-compose-dev.yml up --build\n',
  };
  assert.deepEqual(discovered(files).map((x) => [x.name, x.skip, x.stage]), [['app/Dockerfile (context: ., as dev.sh (docker-compose-dev.yml, service app) builds it)', null, 'dev']]);
  // Set to something else in the branch, it is not one engine: left as before.
  const other = discovered({ ...files, 'dev.sh': files['dev.sh'].replace('DOCKER="podman"', 'DOCKER="$(command -v docker)"') });
  assert.equal(other.find((x) => x.name === 'docker-compose-dev.yml')?.skip?.startsWith('a Compose file dev.sh names'), true, JSON.stringify(other));
});

// teamhanko/hanko's deploy/docker-compose/ (sweep 53/W-F2): todo-svelte.yaml, quickstart.debug.yaml, which
// its README runs with -f, were never listed: a build of a directory that no longer exists passed in silence.
test('--all: a YAML file with builds in a docker-compose/ or compose/ directory is a Compose file nothing runs; one with none, or elsewhere, is not', () => {
  const t = discovered({
    'frontend/react/Dockerfile': 'FROM alpine\nCOPY package.json /app/\n',
    'frontend/react/package.json': '{}\n',
    'deploy/docker-compose/todo-react.yaml': 'services:\n  web:\n    build: ../../frontend/react\n',
    'deploy/docker-compose/todo-svelte.yaml': 'services:\n  web:\n    build: ../../frontend/svelte\n',
    'deploy/docker-compose/config.yaml': 'services:\n  db:\n    image: postgres\n',
    'deploy/compose/base.yml': 'services:\n  api:\n    build: ../../frontend/react\n',
    'deploy/k8s/app.yaml': 'services:\n  api:\n    build: ../../frontend/react\n',
  });
  assert.deepEqual(t.filter((x) => x.skip !== null).map((x) => x.name), ['deploy/compose/base.yml', 'deploy/docker-compose/todo-react.yaml', 'deploy/docker-compose/todo-svelte.yaml']);
  assert.match(t.find((x) => x.name === 'deploy/docker-compose/todo-svelte.yaml')?.skip ?? '', /^a Compose file that nothing here runs/);
});

// hanko's backend/Dockerfile.debug (sweep 53/W-F2; stop 52's U-F3): built by deploy/docker-compose/
// quickstart.debug.yaml, a Compose file nothing runs, its findings said "no workflow, Compose or Bake
// file builds this Dockerfile". They name that file now; a Dockerfile no such file builds keeps the words.
test('--all: a guessed context\'s note names the Compose files nothing runs that build the Dockerfile', () => {
  const files = {
    'backend/Dockerfile.debug': 'FROM alpine\nCOPY ../main.go /\n',
    'backend/main.go': 'package main\n',
    'other/Dockerfile': 'FROM alpine\nCOPY ../main.go /\n',
    'deploy/docker-compose/quickstart.debug.yaml': 'services:\n  api:\n    build:\n      context: ../../backend\n      dockerfile: Dockerfile.debug\n  web:\n    build: ../../${WEB_DIR}\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const notes = r.findings.filter((f) => f.ruleId === 'CTX103').map((f) => [f.target, /\(if it is built from \w+: (.*?), so that context/.exec(f.message)?.[1]]);
    assert.deepEqual(notes, [
      ['backend/Dockerfile.debug', 'no workflow, Compose or Bake file ctx-audit reads builds this Dockerfile (deploy/docker-compose/quickstart.debug.yaml builds it, a Compose file nothing here runs, not audited)'],
      ['other/Dockerfile', 'no workflow, Compose or Bake file builds this Dockerfile'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// projectnessie/nessie: its workflows run `tools/dockerbuild/build.sh -p servers/app -d Dockerfile-server`, a script that
// reads its options in a loop; the Dockerfile's note said no workflow builds it (sweep 55/T-F2). A file that drives
// builds naming it by its own name says so; a default name, a mention in a comment or in a document, does not.
test('--all: a guessed context\'s note names a build-driving file that names the Dockerfile in a build ctx-audit cannot place', () => {
  const files: Record<string, string> = {
    'tools/dockerbuild/docker/Dockerfile-server': 'FROM alpine\nCOPY build/app.jar /app.jar\n',
    'tools/dockerbuild/docker/Dockerfile-cli': 'FROM alpine\nCOPY build/cli.jar /cli.jar\n',
    'other/Dockerfile': 'FROM alpine\nCOPY build/x.jar /x.jar\n',
    'tools/dockerbuild/build.sh': '#!/bin/bash\nwhile [[ $# -gt 0 ]]; do case $1 in -p) PROJECT_DIR=$2; shift 2;; -d) DOCKERFILE=$2; shift 2;; *) shift;; esac; done\nBASE_DIR="$(cd "$(dirname "$0")/../.." ; pwd)"\ndocker build --file "${BASE_DIR}/tools/dockerbuild/docker/${DOCKERFILE}" "${BASE_DIR}/${PROJECT_DIR}"\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  img:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      # also Dockerfile-cli, one day\n      - run: tools/dockerbuild/build.sh -p servers/app -d Dockerfile-server\n',
    'README.md': 'Build with Dockerfile-cli.\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const notes = r.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target, /\(if it is built from \S+: (.*?), so that context/.exec(f.message)?.[1]]);
    assert.deepEqual(notes.sort(), [
      ['other/Dockerfile', 'no workflow, Compose or Bake file builds this Dockerfile'],
      ['tools/dockerbuild/docker/Dockerfile-cli', 'no workflow, Compose or Bake file builds this Dockerfile'],
      ['tools/dockerbuild/docker/Dockerfile-server', 'no workflow, Compose or Bake file ctx-audit can place builds this Dockerfile (.github/workflows/ci.yml names it, in a build whose context ctx-audit cannot read)'],
    ]);
  } finally {
    tree.cleanup();
  }
  // Another directory's file of the same name, a lint step or a trigger filter names none (the review of 1fc765bf, RB-R6).
  const other: Record<string, string> = {
    'api/Dockerfile.prod': 'FROM alpine\nCOPY dist/ /srv/\n',
    'web/Dockerfile.prod': 'FROM alpine\nCOPY index.html /srv/\n',
    'web/index.html': 'x\n',
    '.github/workflows/ci.yml': 'on:\n  push:\n    paths: [api/Dockerfile.prod]\njobs:\n  web:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: hadolint api/Dockerfile.prod\n      - uses: docker/build-push-action@v6\n        with:\n          context: web\n          file: web/Dockerfile.prod\n',
  };
  const t2 = buildTree({ files: Object.keys(other), fileContents: other, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(t2.ctx, { cwd: t2.ctx, env: {} }).targets, { cwd: t2.ctx, baseDir: t2.ctx, builder: 'buildkit' });
    const notes = r.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target, /\(if it is built from \S+: (.*?), so that context/.exec(f.message)?.[1]]);
    assert.deepEqual(notes, [['api/Dockerfile.prod', 'no workflow, Compose or Bake file builds this Dockerfile']]);
  } finally {
    t2.cleanup();
  }
});

// kubernetes/node-problem-detector: `COPY --from=builder /src/bin/health-checker /src/${LOGCOUNTER} /home/kubernetes/bin/`,
// its Makefile passing `--build-arg LOGCOUNTER=$(LOGCOUNTER)`, set in an ifeq/else: the plain audit expanded it empty, so
// the COPY --from took all of /src/, .git with it, into the image, a CTX003 error on a build nobody runs (sweep 56/K-F1).
test('--all: a COPY --from naming a build arg a recipe passes with a value known only when it runs carries nothing known into the image', () => {
  const files: Record<string, string> = {
    Dockerfile: 'FROM alpine AS builder\nCOPY . /src/\nFROM alpine\nARG LOGCOUNTER\nCOPY --from=builder /src/bin/health /src/${LOGCOUNTER} /home/bin/\n',
    'bin/log-counter': 'x\n',
    'bin/health': 'y\n',
    Makefile: 'ifeq ($(J), 1)\n\tLOGCOUNTER=./bin/log-counter\nelse\n\tLOGCOUNTER=*dont-include\nendif\n\nbuild-container:\n\tdocker buildx build --platform linux/amd64 --build-arg LOGCOUNTER=$(LOGCOUNTER) .\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
  };
  const severities = (f: Record<string, string>) => {
    const tree = buildTree({ files: Object.keys(f), fileContents: f, dockerignore: null });
    try {
      return runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' }).findings.filter((x) => x.ruleId === 'CTX003').map((x) => x.severity);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(severities(files), ['warning']);
  // With no recipe passing it, the build's own default (empty) is what docker copies: .git is shipped.
  const { Makefile: _, ...alone } = files;
  assert.deepEqual(severities(alone), ['error']);
  // Where the context landed names the same arg (`WORKDIR /go/src/${PKG}`, `COPY . .`, then `COPY --from=builder
  // /go/src/${PKG}`): the same path whatever the value, and .git ships (the review of 201fd401, RC-R1).
  const go = {
    Dockerfile: 'FROM golang AS builder\nARG PKG\nWORKDIR /go/src/${PKG}\nCOPY . .\nFROM alpine\nARG PKG\nCOPY --from=builder /go/src/${PKG} /app\n',
    'main.go': 'package main\n',
    Makefile: 'image:\n\tdocker build --build-arg PKG=$(PKG) .\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
  };
  assert.deepEqual(severities(go), ['error']);
  // A stage built FROM that one keeps its WORKDIR's arg (the stop-56 re-read).
  assert.deepEqual(severities({ ...go, Dockerfile: 'FROM golang AS base\nARG PKG\nWORKDIR /go/src/${PKG}\nFROM base AS builder\nCOPY . .\nFROM alpine\nARG PKG\nCOPY --from=builder /go/src/${PKG} /app\n' }), ['error']);
});

// InvoiceShelf's docker/development/nginx.Dockerfile: six Compose files nothing runs build it with `context: ../../`,
// and it was audited from its own directory: a false CTX005 and CTX301 (sweep 54/I-F2). Their one context is used;
// files that disagree leave the guess.
test('--all: a guessed Dockerfile is audited from the context the Compose files nothing runs all build it with', () => {
  const base = { 'src/app.js': 'x\n', '.dockerignore': 'node_modules\n', 'docker/dev/web.Dockerfile': 'FROM nginx\nCOPY . /srv/all\n', 'docker/dev/docker-compose.dev.yml': 'services:\n  web:\n    build:\n      context: ../../\n      dockerfile: docker/dev/web.Dockerfile\n' };
  assert.deepEqual(discovered(base).filter((x) => x.skip === null).map((x) => [x.name, x.context]), [['docker/dev/web.Dockerfile (context: ., as docker/dev/docker-compose.dev.yml builds it)', '/']]);
  const other = discovered({ ...base, 'docker/dev/docker-compose.ci.yml': 'services:\n  web:\n    build:\n      context: .\n      dockerfile: web.Dockerfile\n' });
  assert.deepEqual(other.filter((x) => x.skip === null).map((x) => x.name.replace(/ \(.*/, '')), ['docker/dev/web.Dockerfile']);
  assert.ok(!other.some((x) => x.name.includes('builds it)')), JSON.stringify(other));
});

// roflcoopter/viseron: its CI runs `docker compose --file azure-pipelines/docker-compose-build.yaml build` for three
// services of 30, each `context: ..`; the other 27 Dockerfiles were audited from their own directories, and a
// finding's note said no Compose file builds them (sweep 56/W-F1). The file's context is used, and the note names it.
test('--all: a Dockerfile a run\'s Compose file declares in a service no run builds is audited from that service\'s context, its note naming the file', () => {
  const files = {
    'docker/a/Dockerfile': 'FROM alpine\nCOPY app.txt /app.txt\n',
    'docker/b/Dockerfile': 'FROM alpine\nCOPY app.txt /app.txt\nCOPY gen/out.bin /out.bin\n',
    'docker/b/app.txt': 'here too\n',
    'app.txt': 'hi\n',
    'build/docker-compose-build.yaml': 'services:\n  a:\n    build: {context: .., dockerfile: ./docker/a/Dockerfile}\n  b:\n    build: {context: .., dockerfile: ./docker/b/Dockerfile}\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker compose --file build/docker-compose-build.yaml build a\n',
  };
  assert.deepEqual(discovered(files).filter((x) => x.name.startsWith('docker/b/')).map((x) => [x.name, x.context]), [['docker/b/Dockerfile (context: ., as build/docker-compose-build.yaml declares it)', '/']]);
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    const notes = r.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, /\(if it is built from \S+: (.*?), so that context/.exec(f.message)?.[1]]);
    assert.deepEqual(notes, [['warning', 'no run ctx-audit reads builds this Dockerfile (build/docker-compose-build.yaml declares it in a service, a Compose file run here for other services only)']]);
  } finally {
    tree.cleanup();
  }
});

// The review of ddee8aab (RA-R1): mocks/, mock-* and e2e-* are fixture places for secrets only; a
// `mock-server/` image a Makefile builds is a product, and its broken COPY fails the gate.
test('--all: a Dockerfile in a mock-* directory a Makefile builds keeps its errors', () => {
  assert.deepEqual(ctx101Severities({ 'mock-server/Dockerfile': 'FROM alpine\nCOPY server.js /app/\n', Makefile: 'build:\n\tdocker build -t acme/mock-server mock-server\n' }), ['error']);
});

// The review of 6ccf5e71: RA-R2, an array read only to its first `)`, so a `"VERSION=$(cat VERSION)"` before
// the `--file` hid it (Y-F1's false error again); RA-R3, an array the script does not fill made the stage
// unknown and capped a one-stage Dockerfile's error; RA-R4, a pass over the script per array name.
test('scriptBuilds: an array read past the `$(...)` in it; an unknown stage caps nothing in a one-stage Dockerfile; many array names read in one pass', { timeout: 60_000 }, () => {
  const files = {
    'docker/resources/x': 'x\n',
    'docker/Dockerfile': 'FROM alpine\nCOPY ./docker/resources/run.sh /run.sh\n',
    'docker/unified.Dockerfile': 'FROM alpine\nCOPY docker/resources/x /x\n',
    'docker/build.sh': '#!/bin/bash\nbuild_args=(\n    "--build-arg" "VERSION=$(cat VERSION)" # the version\n    "--file" "docker/unified.Dockerfile"\n)\ndocker build "${build_args[@]}" .\n',
  };
  assert.deepEqual(ctx101Severities(files).filter((s) => s === 'error'), []);
  assert.deepEqual(ctx101Severities({ 'docker/app.Dockerfile': 'FROM alpine\nCOPY config/app.yaml /etc/app.yaml\n', 'build.sh': '#!/bin/bash\nread -ra EXTRA <<< "${DOCKER_OPTS:-}"\ndocker build -f docker/app.Dockerfile "${EXTRA[@]}" -t acme/app .\n' }), ['error']);
  // Two stages, the second built on the first: any stage the caller picks needs the first (RB-R8).
  assert.deepEqual(ctx101Severities({ 'docker/app.Dockerfile': 'FROM alpine AS a\nCOPY config/app.yaml /etc/app.yaml\nFROM a AS b\nRUN true\n', 'build.sh': '#!/bin/bash\nread -ra EXTRA <<< "${DOCKER_OPTS:-}"\ndocker build -f docker/app.Dockerfile "${EXTRA[@]}" -t acme/app .\n' }), ['error']);
  const lines = ['#!/bin/bash'];
  // (A guard, not a measure: the per-line reading of ~2,800 build lines takes ~1 s here on its own.)
  for (let i = 0, size = 0; size < 100_000; i++) {
    const l = `docker build -f "$F" "\${a${i}[@]}" .`;
    lines.push(l);
    size += l.length + 1;
  }
  const tree = buildTree({ files: ['build.sh', 'Dockerfile'], fileContents: { 'build.sh': lines.join('\n') + '\n', Dockerfile: 'FROM alpine\n' }, dockerignore: null });
  try {
    const started = Date.now();
    scriptBuilds(tree.ctx, ['build.sh']);
    assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
  } finally {
    tree.cleanup();
  }
});

// tianon/dockerfiles' jenkins/Dockerfile.lts -> lts/Dockerfile (sweep 53/C-F2): an alias by another name,
// audited again from jenkins/, where its COPY source is not: a false CTX101 warning. Skipped, naming the file
// audited; a build naming the alias still audits it; a link named Dockerfile is what `docker build DIR` reads.
test('--all: a link by another name to a Dockerfile audited itself is skipped as an alias, unless a build names it', () => {
  const files = { 'jenkins/lts/Dockerfile': 'FROM alpine\nCOPY docker-entrypoint.sh /usr/local/bin/\n', 'jenkins/lts/docker-entrypoint.sh': 'exec "$@"\n' };
  const run = (extra: Record<string, string>) => {
    const tree = buildTree({ files: [...Object.keys(files), ...Object.keys(extra)], fileContents: { ...files, ...extra }, dockerignore: null });
    try {
      fs.symlinkSync('lts/Dockerfile', path.join(tree.ctx, 'jenkins', 'Dockerfile.lts'));
      return discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((t) => [t.name, t.skipReason ?? null]);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(run({}), [
    ['jenkins/Dockerfile.lts', 'a link to jenkins/lts/Dockerfile, which is audited itself, and no build here names it by this name: not audited again'],
    ['jenkins/lts/Dockerfile', null],
  ]);
  const named = run({ 'build.sh': '#!/bin/sh\ndocker build -f jenkins/Dockerfile.lts -t j jenkins/lts\n' });
  assert.deepEqual(named.filter(([n]) => String(n).startsWith('jenkins/Dockerfile.lts')).map(([, s]) => s), [null]);
});

// Project-OSRM/osrm-backend's docker/Dockerfile -> Dockerfile-debian, which seven workflow steps build from the
// root: the link was audited from docker/, three false CTX101 warnings saying no workflow builds it (sweep
// 54/H-F2). Outside the root the default name is no build either (stop 50's C-F6 keeps the root's).
test('--all: a link named Dockerfile outside the root, to a Dockerfile audited itself, is skipped as an alias', () => {
  const files = {
    'docker/Dockerfile-debian': 'FROM debian\nCOPY vcpkg.json /src/\n',
    'vcpkg.json': '{}\n',
    '.github/workflows/ci.yml': WORKFLOW('      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: ./docker/Dockerfile-debian\n'),
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    fs.symlinkSync('Dockerfile-debian', path.join(tree.ctx, 'docker', 'Dockerfile'));
    assert.deepEqual(
      discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((t) => [t.name, t.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:build step 2', null],
        ['docker/Dockerfile', 'a link to docker/Dockerfile-debian, which is audited itself, and no build here names it by this name: not audited again'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});


// The review of 270a124a (RB-R8): a missing COPY in the stage every other stage is built on fails whatever
// stage the caller picks: an error, though the stage is known only when it runs.
test('--all: an unknown stage caps nothing at a line of the stage every stage is built on', () => {
  const build = { 'build.sh': '#!/bin/bash\nread -ra EXTRA <<< "${DOCKER_OPTS:-}"\ndocker build -f docker/app.Dockerfile "${EXTRA[@]}" -t acme/app .\n' };
  assert.deepEqual(ctx101Severities({ ...build, 'docker/app.Dockerfile': 'FROM alpine AS base\nCOPY config/app.yaml /etc/app.yaml\nFROM base AS dev\nRUN echo dev\nFROM base AS prod\nRUN echo prod\n' }), ['error']);
  assert.deepEqual(ctx101Severities({ ...build, 'docker/app.Dockerfile': 'FROM alpine AS base\nRUN true\nFROM base AS dev\nRUN echo dev\nFROM base AS prod\nCOPY config/prod.yaml /etc/app.yaml\n' }), ['warning']);
});

// grimoire's installer-matrix script: a `cd` on a line of its own inside a multi-line quoted `bash -c
// '...'` (a string another shell runs) lost the script's `docker build ... "${PROJECT_ROOT}"` after it; the
// Dockerfile was then audited from a guessed context (sweep 54/K-F1). A string moves no directory of this
// shell, on however many lines it runs; a heredoc's apostrophe opens no string; and a quote never closed
// carries nothing (the lines are read one by one, as before).
test('--all: a cd inside a quoted string over several lines moves no directory', () => {
  const files: Record<string, string> = {
    'scripts/matrix.Dockerfile': 'FROM alpine\nCOPY package.json /src/\n',
    'package.json': '{"name":"x","scripts":{"matrix":"bash scripts/matrix.sh"}}\n',
    'scripts/matrix.sh':
      '#!/usr/bin/env bash\nset -euo pipefail\nPROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"\nsmoke() {\n  docker exec box bash -c \'\ncd "${release_root}/daemon"\n./install.sh\n\'\n}\ndocker build --file "${PROJECT_ROOT}/scripts/matrix.Dockerfile" --tag m "${PROJECT_ROOT}"\n',
    'api/Dockerfile': 'FROM alpine\nCOPY main.go .\n',
    'api/main.go': 'x\n',
    // A heredoc's "don't" opens no string: the cd after it still moves the build into api/.
    'api.sh': "#!/bin/sh\ncat > notes.txt <<EOF\ndon't build here\nEOF\ncd api\ndocker build -t api .\n",
    'web/Dockerfile': 'FROM alpine\nCOPY web/index.html .\n',
    'web/index.html': 'x\n',
    // A double-quoted string over lines: its cd is another shell's too.
    'web.sh': '#!/bin/sh\nssh host "\n  cd /srv\n  ls\n"\ndocker build -f web/Dockerfile .\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['api/Dockerfile (context: api, as api.sh builds it)', '/api', null],
    ['scripts/matrix.Dockerfile (context: ., as scripts/matrix.sh builds it)', '/', null],
    ['web/Dockerfile (context: ., as web.sh builds it)', '/', null],
  ]);
  // Read in linear time: a line of unclosed heredoc words, and thousands of lines inside one string.
  const started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'b.sh': `#!/bin/sh\necho ${"<<'ab ".repeat(30000)}\nbash -c '\n${'cd x\n'.repeat(30000)}'\ndocker build a\n` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

// orchest's build_container.sh: `build=(docker build ... \` over lines, the last without a `\` (a newline is
// a blank inside an array's parentheses), then `"${build[@]}"`. The context on the array's last line was not
// read and the build was not found (sweep 54/J-F3).
test('--all: an array assignment spread over lines without backslashes builds with its last line', () => {
  const files: Record<string, string> = {
    'services/api/Dockerfile': 'FROM alpine\nCOPY app.py /app/\n',
    'services/api/app.py': 'x\n',
    'scripts/build.sh':
      '#!/bin/bash\nDIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" >/dev/null 2>&1 && pwd )"\nbuild_ctx=$DIR/../services/api\nbuild=(docker build -t api \\\n    -f $DIR/../services/api/Dockerfile \\\n    --build-arg V="$V"\n    # the context last\n    $build_ctx)\n"${build[@]}"\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: bash ./scripts/build.sh\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [['services/api/Dockerfile (context: services/api, as scripts/build.sh builds it)', '/services/api', null]]);
  // An array never closed is read as before, in linear time.
  const started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'b.sh': `#!/bin/sh\n${'x=(\n'.repeat(20000)}docker build a\n` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

// kellnr's docker/build_and_push.sh builds in a function, from its arguments: `build_and_push_image
// "./docker/Dockerfile" "$TAGS" ...`, whose body sets `local dockerfile=$1`, does `cd ..` and runs `docker
// buildx build . $build_args ... -f "$dockerfile" $tags`. Read only where it is defined, the Dockerfile was
// unknown and the build not found; Dockerfile.minimal was audited from docker/ (sweep 54/L-F5). A call runs
// the body where it is called, with its words; a variable set only to flags (`TAGS="-t $IMAGE:$V"`) is no context.
test('--all: a build in a shell function is read where the function is called, with its arguments', () => {
  const files: Record<string, string> = {
    'docker/Dockerfile': 'FROM alpine\nCOPY README /\n',
    'docker/Dockerfile.minimal': 'FROM alpine\nCOPY README /\n',
    README: 'x\n',
    '.dockerignore': '.git\n',
    'docker/build_and_push.sh':
      '#!/usr/bin/env bash\nset -euo pipefail\nfunction get_tags {\n    TAGS="-t $IMAGE:$VERSION"\n}\nfunction build_and_push_image {\n    local dockerfile=$1\n    local tags=$2\n    local build_args=$3\n    cd .. || exit 1\n    docker buildx build . $build_args \\\n        --push \\\n        -f "$dockerfile" \\\n        $tags\n    cd - || exit 1\n}\nfunction build_and_push {\n    build_and_push_image "./docker/Dockerfile" "$TAGS" "--build-arg VERSION=$VERSION"\n}\nbuild_and_push_minimal() {\n    build_and_push_image "./docker/Dockerfile.minimal" "$TAGS" "--build-arg VERSION=$VERSION"\n}\nIMAGE=$1\nVERSION=$2\nget_tags\ncase "${3:-all}" in\n    all) build_and_push; build_and_push_minimal ;;\n    minimal) build_and_push_minimal ;;\nesac\n',
    '.github/workflows/release.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./build_and_push.sh ghcr.io/x/y 1.0.0\n        working-directory: docker\n',
    // A function called after a cd builds there; "$1" holds one word, an unquoted $2 splits.
    'api/Dockerfile.api': 'FROM alpine\nCOPY main.go .\n',
    'api/main.go': 'x\n',
    'web/Dockerfile': 'FROM alpine\nCOPY web/index.html .\n',
    'web/index.html': 'x\n',
    'build.sh': '#!/bin/bash\nbuild_image() {\n  docker build $2 -f "$1" .\n}\nbuild_image web/Dockerfile "-t web"\ncd api\nbuild_image Dockerfile.api\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['api/Dockerfile.api (context: api, as build.sh builds it)', '/api', null],
    ['docker/Dockerfile (context: ., as docker/build_and_push.sh builds it)', '/', null],
    ['docker/Dockerfile.minimal (context: ., as docker/build_and_push.sh builds it)', '/', null],
    ['web/Dockerfile (context: ., as build.sh builds it)', '/', null],
  ]);
  // A function that calls itself, and thousands of calls, are read in bounded time.
  const started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'b.sh': `#!/bin/sh\nf() {\n  f "$1"\n  docker build -f "$1" a\n}\n${'f a/Dockerfile\n'.repeat(20000)}` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

// jertel/elastalert2's publish_image.yml: `TAG2=""`, `TAG2="--tag $DOCKER_REPO:2"` in an if, then `docker buildx build
// --file ./Dockerfile . --tag $DOCKER_REPO:$VERSION $TAG2`: skipped as "known only when the step runs" (sweep 56/X-F2).
test('--all: a variable a workflow step sets only to flags or to nothing adds no context; one set to a word still hides the build', () => {
  const wf = (tag2: string) => ({
    Dockerfile: 'FROM alpine\nCOPY app /app\n',
    app: 'x\n',
    '.github/workflows/p.yml': `on: push\njobs:\n  push:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build multi-arch\n        run: |\n          TAG2=""\n          if [[ "$VERSION" == "2."* ]]; then\n            TAG2="${tag2}"\n          fi\n          docker buildx build \\\n          --platform=linux/amd64,linux/arm64 \\\n          --file ./Dockerfile . \\\n          --tag repo/img:latest $TAG2\n`,
  });
  const step = (tag2: string) => discovered(wf(tag2)).filter((x) => x.name.startsWith('.github/')).map((x) => [x.context, x.skip]);
  assert.deepEqual(step('--tag repo/img:2'), [['/', null]]);
  assert.deepEqual(step('other-dir'), [['/', 'its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited']]);
  // `TAG2=""$dir` is a word, not an empty value (the review of 33c3952f, RA-D6).
  assert.deepEqual(step('--tag repo/img:2" ; TAG2=""$dir ; echo "'), [['/', 'its context, Dockerfile or stage is known only when the step runs (a shell variable, or a cd to a directory not known here): not audited']]);
});

// slok/sloth: the Makefile runs `DOCKER_FILE_PATH=./docker/prod/Dockerfile ./scripts/build-publish-image-all.sh`, which runs
// build-image.sh, whose `docker build -f "${DOCKER_FILE_PATH}" .` was dropped (sweep 56/X-F1); hail's Makefile runs
// `./docker-build.sh . batch/chart/Dockerfile.worker $(IMAGE)`, whose `CONTEXT="$(cd $1 && pwd)"` and `--file
// $CONTEXT/$2` were not read (sweep 55/N-F4). The script is read as each caller runs it.
test('--all: a script is read as its callers run it: the variables a Makefile sets before it, one level down too, and the words it passes', () => {
  const files: Record<string, string> = {
    'docker/prod/Dockerfile': 'FROM alpine\nCOPY go.mod /src/\n',
    'go.mod': 'module x\n',
    'scripts/build-image.sh': '#!/bin/sh\nset -e\n[ -z "$DOCKER_FILE_PATH" ] && exit 1\nARCH=${ARCH:-amd64}\ndocker build --build-arg ARCH="${ARCH}" -t "img-${ARCH}" -f "${DOCKER_FILE_PATH}" .\n',
    'scripts/build-all.sh': '#!/usr/bin/env bash\nfor arch in amd64 arm64; do\n  ARCH="${arch}" ./scripts/build-image.sh\ndone\n',
    Makefile: 'ALL_CMD := IMAGE=${IMAGE} DOCKER_FILE_PATH=./docker/prod/Dockerfile VERSION=${VERSION} ./scripts/build-all.sh\nall:\n\t@$(ALL_CMD)\n',
    'batch/chart/Dockerfile.worker': 'FROM alpine\nCOPY lib/app.sh /app.sh\n',
    'lib/app.sh': 'echo hi\n',
    'docker-build.sh': '#!/bin/bash\nset -ex\nCONTEXT="$(cd $1 && pwd)"\nDOCKERFILE="$CONTEXT/$2"\ndocker build --file ${DOCKERFILE} --tag $3 ${CONTEXT}\n',
    'batch/Makefile': 'worker-image:\n\tcd .. && ./docker-build.sh . batch/chart/Dockerfile.worker $(IMAGE_NAME)\n',
    'hail.mk': 'worker:\n\t./docker-build.sh . batch/chart/Dockerfile.worker $(IMAGE_NAME) > build.log\n',
    // hail's bootstrap-gateway/Makefile: `../docker-build.sh . Dockerfile.out`, run by make in its own directory.
    'gw/Dockerfile.gw': 'FROM alpine\nCOPY conf /conf\n',
    'gw/conf': 'x\n',
    'gw/Makefile': 'build:\n\t../docker-build.sh . Dockerfile.gw $(GATEWAY_IMAGE)\n',
  };
  assert.deepEqual(discovered(files).map((x) => [x.name, x.context, x.skip]), [
    ['batch/chart/Dockerfile.worker (context: ., as docker-build.sh builds it)', '/', null],
    ['docker/prod/Dockerfile (context: ., as scripts/build-image.sh builds it)', '/', null],
    ['gw/Dockerfile.gw (context: gw, as docker-build.sh builds it)', '/gw', null],
  ]);
  // Bounded: a caller of 256 kB naming the script thousands of times, with long runs of assignments.
  const many: Record<string, string> = { 'x/Dockerfile': 'FROM alpine\n', 'b.sh': '#!/bin/sh\ndocker build -f "$F" "$1"\n', Makefile: `all:\n${'\tA=a B=b C=c D=d E=e F=x/Dockerfile G=g H=h ./b.sh x y z > log\n'.repeat(2500)}${'a=b '.repeat(20000)}\n` };
  const started = Date.now();
  assert.deepEqual(discovered(many).map((x) => [x.name, x.context]), [['x/Dockerfile (context: x, as b.sh builds it)', '/x']]);
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  // And 100 scripts named in one 255 kB Makefile: one pass over it, not one a name (the review of 5e24ffe6, RB-R5: 3 s).
  const hundred: Record<string, string> = { Dockerfile: 'FROM alpine\n', Makefile: `all:\n\t${'A=x '.repeat((256 * 1024 - 3000) / 4)}\n${Array.from({ length: 100 }, (_, i) => `\t./s/s${i}.sh\n`).join('')}` };
  for (let i = 0; i < 100; i++) hundred[`s/s${i}.sh`] = `#!/bin/sh\ndocker build -t s${i} .\n`;
  const t100 = Date.now();
  discovered(hundred);
  assert.ok(Date.now() - t100 < 3000, `${Date.now() - t100} ms`);
});

// The review of 5e24ffe6: a caller's cd is not applied on top of the script's own `$(dirname "$0")` (RB-R2); a run in a
// comment or a usage heredoc is none (RB-R3); `${1:-.}` takes the word passed (RB-R4); one build placed from a caller
// hides no other stale build of the script (RB-R9, 342a556d).
test('--all: a script read as called keeps its own directory, reads no comment or heredoc as a run, and fills ${1:-default}', () => {
  const shown = (files: Record<string, string>) => discovered(files).map((x) => [x.name, x.skip]);
  assert.deepEqual(
    shown({ Dockerfile: 'FROM alpine\nCOPY app.txt /\n', 'app.txt': 'hi\n', 'srv/Dockerfile': 'FROM alpine\nCOPY app.txt /x\n', 'srv/Makefile': 'image:\n\t../scripts/build.sh v1\n', 'scripts/build.sh': '#!/bin/bash\nset -e\ncd "$(dirname "$0")/.."\ndocker build -t app:$1 .\n' }),
    [['Dockerfile', null], ['srv/Dockerfile (context: ., where its COPY sources are)', null]],
  );
  const web = { Dockerfile: 'FROM alpine\nCOPY app.txt /\n', 'app.txt': 'hi\n', 'web/Dockerfile': 'FROM alpine\nCOPY web/app.txt /\n', 'web/app.txt': 'hi\n', 'build.sh': '#!/bin/sh\nset -e\ndocker build -t app "$1"\n' };
  assert.ok(!shown({ ...web, Makefile: 'image:\n\t./build.sh .\n# the web image moved; was: ./build.sh web\n' }).some(([n]) => /web\/Dockerfile \(context: web/.test(n as string)));
  assert.ok(!shown({ ...web, 'usage.sh': '#!/bin/sh\ncat <<USAGE\n  ./build.sh web\nUSAGE\n./build.sh .\n' }).some(([n]) => /web\/Dockerfile \(context: web/.test(n as string)));
  assert.ok(shown({ ...web, 'build.sh': '#!/bin/sh\nset -e\ndocker build -t app "${1:-.}"\n', Makefile: 'image:\n\t./build.sh web\n' }).some(([n]) => n === 'web/Dockerfile (context: web, as build.sh builds it)'));
  assert.deepEqual(
    shown({ Dockerfile: 'FROM alpine\n', 'worker/Dockerfile.old': 'FROM alpine\n', 'worker/main.go': 'x\n', 'build.sh': '#!/bin/sh\nset -e\ndocker build -t web .\ndocker build -t worker worker\n', Makefile: 'all:\n\tcd worker && ../build.sh\n' }).filter(([, skip]) => skip !== null),
    [['worker/Dockerfile (build.sh)', 'build.sh builds worker/Dockerfile, which is not in the checkout: the script is out of date, runs from a directory not known here, or a step makes it first; not audited']],
  );
});

// Plume's .circleci/images/plume-buildenv/build_and_push.sh: `docker build -t plumeorg/plume-buildenv:$1 .`
// beside its own Dockerfile (a CI build environment). Read from the root it was a build of the root
// Dockerfile, whose .git CTX003 called shipped: an error on a build that does not exist (sweep 55/O-F1).
// A script named as the image beside its Dockerfile, with no -f and no cd before, builds its own directory.
test('--all: a script beside its own Dockerfile that tags the image with its directory\'s name builds that directory', () => {
  const files: Record<string, string> = {
    Dockerfile: 'FROM rust:1\nCOPY . .\n',
    'Cargo.toml': '[package]\nname="x"\n',
    '.circleci/images/buildenv/Dockerfile': 'FROM rust:1\nCOPY rust-toolchain ./\n',
    '.circleci/images/buildenv/rust-toolchain': 'stable\n',
    '.circleci/images/buildenv/build_and_push.sh': '#!/bin/bash\n[ "$1" = "" ] && exit 1\ndocker build -t org/buildenv:$1 .\ndocker push org/buildenv:$1\n',
    // Another name, or a cd first: read from the root, as before.
    'tools/Dockerfile': 'FROM alpine\nCOPY x /\n',
    'tools/x': 'x\n',
    'tools/release.sh': '#!/bin/bash\ndocker build -t org/app:latest .\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['.circleci/images/buildenv/Dockerfile (context: .circleci/images/buildenv, as .circleci/images/buildenv/build_and_push.sh builds it)', '/.circleci/images/buildenv', null],
    ['Dockerfile', '/', null],
    // (Not "as tools/release.sh builds it": that script builds the root Dockerfile.)
    ['tools/Dockerfile', '/tools', null],
  ]);
  // The review of a8abe762: a script a workflow runs by its path from the root builds the root (RB-R4); and a
  // stranger's tag of 150,000 colons is read in linear time (RB-R7).
  const run = { ...files, '.github/workflows/ci.yml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./.circleci/images/buildenv/build_and_push.sh v1\n' };
  assert.ok(!discovered(run).some((x) => x.name.startsWith('.circleci/images/buildenv/Dockerfile (context: .circleci')));
  const started = Date.now();
  discovered({ ...files, '.circleci/images/buildenv/build_and_push.sh': `#!/bin/sh\ndocker build -t ${':'.repeat(150000)}/x .\n` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

// ghz's workflow step `docker build https://github.com/bojand/ghz.git`: the URL was joined to the checkout as
// `https:/github.com/...` and listed as "not in the checkout: a step before the build makes it" (sweep 55/O-F3).
// A URL context is listed as remote, as a Compose service's is; a script's is not a build of the checkout either.
test('--all: a run step that builds a URL context lists it as a remote context, not a path of the checkout', () => {
  const files: Record<string, string> = {
    Dockerfile: 'FROM alpine\nCOPY app /app\n',
    app: 'x\n',
    '.github/workflows/build.yaml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n    - name: Build image\n      run: docker build https://github.com/bojand/ghz.git\n',
  };
  files['.github/workflows/build.yaml'] += '    - name: Build CI image\n      run: docker build -f docker/Dockerfile.ci https://github.com/bojand/ghz.git#main\n';
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.sort((a, b) => (a.name < b.name ? -1 : 1));
    assert.deepEqual(t.map((x) => [x.name, isRemote(x.context) ? x.context : path.relative(tree.ctx, x.context), x.skipReason ?? null]), [
      ['.github/workflows/build.yaml:b (Build CI image)', 'https://github.com/bojand/ghz.git#main', 'remote context https://github.com/bojand/ghz.git#main is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)'],
      ['.github/workflows/build.yaml:b (Build image)', 'https://github.com/bojand/ghz.git', 'remote context https://github.com/bojand/ghz.git is fetched by the builder, not sent from here (--allow-url-contexts fetches and audits it)'],
      ['Dockerfile', '', null],
    ]);
    // The -f of a URL context is a name within it (the review of 89a7cef2, RB-R5), as --allow-url-contexts takes it back.
    assert.equal(path.relative(path.resolve(t[0].context), t[0].dockerfile ?? ''), 'docker/Dockerfile.ci');
  } finally {
    tree.cleanup();
  }
});

// tracecat's frontend-smoke.yml: a step's `env: TRACECAT__CI_IMAGE_TAG: frontend-smoke-${{ github.run_id }}`, read by
// `image: tracecat-ci:${TRACECAT__CI_IMAGE_TAG:?Set it}`, was taken as unset: the Compose build was skipped ("required
// variable ... is missing a value") and its Dockerfile audited from a guessed context, its missing COPY source a
// warning (sweep 55/R-F2). Set, its value known when the workflow runs: the build is audited; a context from it is
// listed as known only then; a build arg from it is given at run time.
test('--all: a step env value with an expression is set (a :? check passes), its value known only when the workflow runs', () => {
  const wf = (env: string, run: string) => `on: push\njobs:\n  smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build\n        env:\n${env}        run: ${run}\n`;
  const files: Record<string, string> = {
    'ui/Dockerfile': 'FROM alpine\nARG REV\nCOPY app.txt /app/\n',
    'ui/app.txt': 'x\n',
    'compose.ci.yml': 'services:\n  ui:\n    image: app-ci:${CI_TAG:?Set CI_TAG}\n    build:\n      context: ./ui\n      args:\n        REV: ${CI_TAG}\n',
    'compose.dir.yml': 'services:\n  api:\n    build:\n      context: ./${SVC_DIR}\n',
    '.github/workflows/ci.yml': wf('          CI_TAG: smoke-${{ github.run_id }}\n', 'docker compose -f compose.ci.yml build ui'),
    '.github/workflows/dir.yml': wf('          SVC_DIR: ${{ matrix.dir }}x\n', 'docker compose -f compose.dir.yml build'),
    'compose.stage.yml': 'services:\n  ui:\n    build:\n      context: ./ui\n      target: ${BUILD_TARGET:-production}\n',
    '.github/workflows/stage.yml': wf("          BUILD_TARGET: ${{ github.event_name == 'push' && 'production' || 'test' }}\n", 'docker compose -f compose.stage.yml build'),
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const t = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.filter((x) => x.declaredIn.startsWith('.github'));
    const ci = t.find((x) => x.declaredIn === '.github/workflows/ci.yml');
    assert.deepEqual([ci?.name, ci?.skipReason ?? null, ci?.context.slice(tree.ctx.length), ci?.args, ci?.argsAtRunTime], ['.github/workflows/ci.yml:smoke (Build): compose.ci.yml:ui', null, '/ui', {}, { REV: 'smoke-${{ github.run_id }}' }]);
    const dir = t.find((x) => x.declaredIn === '.github/workflows/dir.yml');
    assert.match(String(dir?.skipReason), /comes from a value the step's env sets with an expression \(\$\{\{ \}\}\), known only when the workflow runs: not audited/);
    // A stage from one (the review of a6315e04, RB-R6): audited, its stage known only when it runs.
    const stage = t.find((x) => x.declaredIn === '.github/workflows/stage.yml');
    assert.deepEqual([stage?.skipReason ?? null, stage?.target ?? null, stage?.stageUnknown ?? null, stage?.context.slice(tree.ctx.length)], [null, null, true, '/ui']);
  } finally {
    tree.cleanup();
  }
});

// maubot's .gitlab-ci.yml builds and pushes `docker build --tag $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA . -f Dockerfile.ci`:
// the Dockerfile was audited from a guessed context, "no workflow, Compose or Bake file builds this Dockerfile", its
// .git shipped in a pushed image a warning (sweep 55/Q-F1). A GitLab job's script is read as a script run at the root.
test('--all: a GitLab CI job\'s docker build is read as a build run in the project directory', () => {
  const files: Record<string, string> = {
    'Dockerfile.ci': 'FROM alpine\nCOPY . /opt/app\n',
    'run.sh': 'echo hi\n',
    'web/Dockerfile': 'FROM alpine\nCOPY web/index.html /\n',
    'web/index.html': 'x\n',
    'api/Dockerfile': 'FROM alpine\nCOPY main.go /\n',
    'api/main.go': 'x\n',
    '.gitlab-ci.yml':
      'variables:\n  WEB_DIR: web\nstages: [build]\nbuild:\n  stage: build\n  script:\n    - docker build --tag $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA . -f Dockerfile.ci\n    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA\nweb:\n  script: docker build -f $CI_PROJECT_DIR/$WEB_DIR/Dockerfile $CI_PROJECT_DIR\n',
    '.gitlab/ci/api.yml': 'api-image:\n  before_script:\n    - cd api\n  script:\n    - docker build -t api .\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['Dockerfile.ci (context: ., as .gitlab-ci.yml:build builds it)', '/', null],
    ['api/Dockerfile (context: api, as .gitlab/ci/api.yml:api-image builds it)', '/api', null],
    ['web/Dockerfile (context: ., as .gitlab-ci.yml:web builds it)', '/', null],
  ]);
  // Its .git, shipped in the pushed image, is the error it is (a warning at most from a guessed context).
  const tree = buildTree({ files: [...Object.keys(files), '.git/HEAD'], fileContents: { ...files, '.git/HEAD': 'ref: refs/heads/main\n' }, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'CTX003' && f.target.startsWith('Dockerfile.ci')).map((f) => [f.path, f.severity]), [['.git', 'error']]);
  } finally {
    tree.cleanup();
  }
});

// The review of 9364bcc7: a function called from another that was inlined (`main "$@"`) lost its build (RA-R1);
// one whole-line call blanked the definition, and calls in a loop reached nothing (RA-R2); a `shift` made the
// shifted name the context (RA-R3); and the inlining was unbounded (RA-R4). The definition is read where it
// is, as a subshell; a body that shifts is not inlined; `$1` in single quotes is awk's, not a parameter.
test('--all: a function\'s definition is still read (as a subshell) beside its inlined calls; shift, quotes and bounds', () => {
  const files: Record<string, string> = {
    'docker/Dockerfile.a-api': 'FROM alpine\nCOPY main.go /app/\n',
    'docker/Dockerfile.b-base': 'FROM alpine\nCOPY main.go /app/\n',
    'docker/Dockerfile.b-web': 'FROM alpine\nCOPY main.go /app/\n',
    'docker/Dockerfile.c-api': 'FROM alpine\nCOPY api/main.go /app/\n',
    'main.go': 'x\n',
    'api/main.go': 'x\n',
    'api/Dockerfile': 'FROM alpine\nCOPY main.go /app/\n',
    // RA-R1: main names docker and $1, and calls build_image api.
    'a.sh': '#!/bin/bash\nbuild_image() {\n  docker build -t "ghcr.io/acme/$1" -f "docker/Dockerfile.a-$1" .\n}\nmain() {\n  build_image api\n  if [ "$1" = push ]; then docker push ghcr.io/acme/api; fi\n}\nmain "$@"\n',
    // RA-R2: a whole-line call and one in a loop.
    'b.sh': '#!/bin/bash\nbuild() {\n  docker build -t "acme/$1" -f "docker/Dockerfile.b-$1" .\n}\nbuild base\nfor s in web; do build "$s"; done\n',
    // RA-R3: shift, then "$@" after the context: not inlined; the shifted name is no context.
    'c.sh': '#!/bin/bash\nbuild() {\n  local name=$1\n  shift\n  docker build -t "acme/$name" -f "docker/Dockerfile.c-$name" . "$@"\n}\nbuild api --no-cache\n',
    // RA-D4: awk's $1 in single quotes is no parameter: a body whose only $1 is awk's is not inlined, and its
    // build is read where it is defined, as before.
    'd.sh': '#!/bin/bash\nimg() {\n  cd api\n  v=$(awk \'{print $1}\' VERSION)\n  docker build -t "acme/api:$v" .\n}\nimg\n',
  };
  const t = discovered(files);
  const names = t.map((x) => x.name);
  assert.ok(names.includes('docker/Dockerfile.a-api (context: ., as a.sh builds it)'), names.join('\n'));
  assert.ok(names.includes('docker/Dockerfile.b-base (context: ., as b.sh builds it)'), names.join('\n'));
  assert.ok(names.includes('docker/Dockerfile.b-web (context: ., as b.sh builds it)'), names.join('\n'));
  assert.ok(names.includes('docker/Dockerfile.c-api (context: ., as c.sh builds it)'), names.join('\n'));
  assert.ok(names.includes('api/Dockerfile (context: api, as d.sh builds it)'), names.join('\n'));
  // RA-R4: a 398-line body called 256 times, and 3,000 headers never closed, each in bounded time.
  let started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'a.sh': `#!/bin/bash\nf() {\n${'docker build -f "$1" a\n'.repeat(398)}}\n${'f a/Dockerfile\n'.repeat(256)}` });
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'a.sh': `#!/bin/bash\ndocker build -f "$1" a\n${`f() { ${'x'.repeat(80)}\n`.repeat(3000)}` });
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  // And a build line of 20,000 variables, each once looked up for flags.
  started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', 'c.sh': `#!/bin/bash\ndocker build ${Array.from({ length: 20000 }, (_, i) => `$V${i}`).join(' ')} a\n` });
  assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
});

// The review of 909b63b6 and 04a40f43: a heredoc written `<<\EOF` opens no string with its apostrophes (RA-R5);
// a `NAME=(` in a comment or a string is no array, and takes no line after it (RA-R6).
test('--all: a <<\\EOF heredoc\'s apostrophes and an array opened in a comment or string hide no cd', () => {
  const files: Record<string, string> = {
    'api/Dockerfile': 'FROM alpine\nCOPY main.go .\n',
    'api/main.go': 'x\n',
    'web/Dockerfile': 'FROM alpine\nCOPY index.html .\n',
    'web/index.html': 'x\n',
    'a.sh': "#!/bin/sh\ncat > n1.txt <<\\EOF\ndon't\nEOF\ncd api\ndocker build -t api .\ncat > n2.txt <<\\EOF\nwon't\nEOF\n",
    'b.sh': '#!/bin/bash\n# usage: opts=(a b\necho "x=(" >&2\ncd web\ndocker build -t web .\necho done)\n',
  };
  const t = discovered(files);
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['api/Dockerfile (context: api, as a.sh builds it)', '/api', null],
    ['web/Dockerfile (context: web, as b.sh builds it)', '/web', null],
  ]);
});

// kyuubi's docker/Dockerfile: "use ./build/dist to make binary tarball ... untar it and run the docker command
// below", then `docker build -f docker/Dockerfile -t <repo>/kyuubi:<tag> .`: that `.` is the unpacked
// distribution, not the checkout; its six missing COPY sources were errors (sweep 55/S-F1). And Quarkus'
// `./mvnw package -Dquarkus.package.jar.type=legacy-jar` is the step before its build (sweep 55/S-F3).
test('--all: a Dockerfile comment that has a tarball unpacked first places nothing; a -Dkey=value build step counts', () => {
  const kyuubi = discovered({
    'docker/Dockerfile': '# Usage:\n#   1. use ./build/dist to make binary tarball of the project\n#   2. untar it and run the docker command below\n#      docker build -f docker/Dockerfile -t repo/app:tag .\nFROM eclipse-temurin:8\nCOPY LICENSE RELEASE /opt/app/\nCOPY jars /opt/app/jars\n',
    LICENSE: 'x\n',
  });
  assert.deepEqual(kyuubi.map((x) => x.name), ['docker/Dockerfile (context: ., where its COPY sources are)']);
  const header = (step: string) => `####\n# Before building the container image run:\n#\n# ${step}\n#\n# Then, build the image with:\n#\n# docker build -f src/main/docker/Dockerfile.legacy-jar -t quarkus/app .\n###\nFROM registry.access.redhat.com/ubi8/openjdk-17:1.18\nCOPY target/lib/* /deployments/lib/\nCOPY target/*-runner.jar /deployments/quarkus-run.jar\n`;
  assert.deepEqual(ctx101Severities({ 'pom.xml': '<project/>', 'src/main/docker/Dockerfile.legacy-jar': header('./mvnw package -Dquarkus.package.jar.type=legacy-jar') }), ['info', 'info']);
});

// lakekeeper's tests/migrations/justfile: `[working-directory: "../.."]` before a recipe that runs `docker build
// -f docker/full.Dockerfile .`: read from the justfile's own directory, the recipe was "out of date" (sweep 55/T-F1).
// just's working directory, by attribute or `set working-directory`, is where the recipe's lines run.
test('--all: a justfile recipe runs in its [working-directory] or the file\'s set working-directory', () => {
  const t = discovered({
    'docker/full.Dockerfile': 'FROM alpine\nCOPY app.txt /app.txt\n',
    'docker/slim.Dockerfile': 'FROM alpine\nCOPY app.txt /app.txt\n',
    'app.txt': 'hi\n',
    'tests/migrations/justfile': '[working-directory: "../.."]\nbuild-local-image:\n    @docker build -t local -f docker/full.Dockerfile .\n',
    'tests/other/justfile': "set working-directory := '../..'\n\nslim:\n    docker build -t slim -f docker/slim.Dockerfile .\n",
  });
  assert.deepEqual(t.map((x) => [x.name, x.context, x.skip]), [
    ['docker/full.Dockerfile (context: ., as tests/migrations/justfile:3 builds it)', '/', null],
    ['docker/slim.Dockerfile (context: ., as tests/other/justfile:4 builds it)', '/', null],
  ]);
});

// quarkus-workshops' azure script: `cd rest-heroes; mvn clean package; cd ..`, then the module's docker build:
// the Maven step after the cd was not read as making target/ (four warnings where the same step without the cd
// is info; sweep 55/S-F4). A build tool's line is read from where the script's `cd`s leave it.
test('--all: a build tool a script runs after cd DIR makes DIR\'s output directory', () => {
  const script = (body: string) => ({
    '.gitignore': 'target/\n',
    'a/src/main/docker/Dockerfile.jvm': 'FROM alpine\nCOPY target/quarkus-app/lib/ /deployments/lib/\n',
    'a/pom.xml': '<project/>\n',
    'infra/build-push.sh': body,
  });
  const sevs = (body: string) => {
    const files = script(body);
    const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
    try {
      execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
      execFileSync('git', ['add', '-A'], { cwd: tree.ctx });
      const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
      return r.findings.filter((x) => x.ruleId === 'CTX101').map((x) => x.severity);
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(sevs('#!/bin/bash\ncd ..\ncd a\nmvn clean package\ndocker build -f src/main/docker/Dockerfile.jvm -t q/a .\ncd ..\n'), ['info']);
  // A build tool in another directory makes nothing here.
  assert.deepEqual(sevs('#!/bin/bash\ncd ..\ncd infra\nmvn clean package\ncd ../a\ndocker build -f src/main/docker/Dockerfile.jvm -t q/a .\n'), ['warning']);
});

// The review of b25e350b (RC-R1..R6): a GitLab job's build whose missing file an earlier stage's artifacts make,
// a hidden job, one no rule runs, one that extends a template (read with the template's keys under its own), a
// docker build a heredoc writes, and hostile files. And hydrogen-web's jobs that extend a .docker-template for
// its docker login: their own script builds (the regression run of ccc127f7).
test('--all: GitLab jobs: artifacts of earlier stages, hidden, never-run and extending jobs, heredocs, bounds', () => {
  const files: Record<string, string> = {
    'app/Dockerfile': 'FROM alpine\nCOPY build/app.jar /app.jar\n',
    'app/pom.xml': '<project/>\n',
    'tools/Dockerfile': 'FROM alpine\nCOPY missing.txt /\n',
    'web/Dockerfile': 'FROM alpine\nCOPY index.html /\n',
    'web/index.html': 'x\n',
    '.gitlab-ci.yml':
      'stages: [compile, image]\ncompile:\n  stage: compile\n  script: [cd app && mvn package]\n  artifacts:\n    paths: [app/build/]\nbuild-image:\n  stage: image\n  script:\n    - docker build -t $CI_REGISTRY_IMAGE app\n' +
      '.template:\n  script:\n    - docker build -f tools/Dockerfile tools\n.login:\n  before_script: [docker login -u u -p p r.example]\nrelease:\n  extends: .login\n  script:\n    - docker build -t r.example/web -f web/Dockerfile web\nnever:\n  rules:\n    - when: never\n  script:\n    - docker build -f tools/Dockerfile tools\nchild:\n  extends: .template\n  before_script: [cd tools]\n  script:\n    - docker build .\nnotes:\n  script:\n    - |\n      cat > notes.md <<EOF\n      docker build -f tools/Dockerfile tools\n      EOF\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    // (Neither the hidden template, the never-run job nor the heredoc builds tools/Dockerfile from the root; the
    // job that extends the template builds it from tools/, its own before_script's cd: its missing file is an error.)
    assert.deepEqual(r.targets.map((t) => t.name).sort(), ['app/Dockerfile (context: app, as .gitlab-ci.yml:build-image builds it)', 'tools/Dockerfile (context: tools, as .gitlab-ci.yml:child builds it)', 'web/Dockerfile (context: web, as .gitlab-ci.yml:release builds it)']);
    // The jar the compile stage passes on as an artifact: made before the build.
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.target.replace(/ \(.*/, ''), f.severity]).sort(), [['app/Dockerfile', 'info'], ['tools/Dockerfile', 'error']]);
  } finally {
    tree.cleanup();
  }
  // A file of 25,000 keys, and a job's script of many references to its variables, read in bounded time.
  const started = Date.now();
  discovered({ 'a/Dockerfile': 'FROM alpine\n', '.gitlab-ci.yml': `variables:\n${Array.from({ length: 5000 }, (_, i) => `  V${i}: x\n`).join('')}b:\n  script:\n    - docker build ${'$V1 '.repeat(6000)}a\n` });
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
});

// The review of a76935a7 (RC-R9): a workflow's `paths:` filter that lists a script runs nothing; the script still
// builds its own directory (Plume's buildenv).
test('--all: a workflow paths filter naming a script is no run of it', () => {
  const t = discovered({
    Dockerfile: 'FROM rust:1\nCOPY . .\n',
    '.circleci/images/buildenv/Dockerfile': 'FROM rust:1\nCOPY rust-toolchain ./\n',
    '.circleci/images/buildenv/rust-toolchain': 'stable\n',
    '.circleci/images/buildenv/build_and_push.sh': '#!/bin/bash\ndocker build -t org/buildenv:$1 .\n',
    '.github/workflows/ci.yml': 'on:\n  push:\n    paths:\n      - .circleci/images/buildenv/build_and_push.sh\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cd .circleci/images/buildenv && ./build_and_push.sh v1\n',
  });
  assert.ok(t.some((x) => x.name.startsWith('.circleci/images/buildenv/Dockerfile (context: .circleci/images/buildenv, as')), t.map((x) => x.name).join('\n'));
});

// The review of d799c325, 8bcecb1a, c23d303f and 2d1db6ae (RD): a function whose `{` line holds a command leaked its
// cd (RD-R1); a justfile recipe's continued lines each got the working directory (RD-R10); a Spring Boot layertools
// `extract` note dropped a comment's context (RD-R8); and hostile shapes took seconds (RD-R2, R3, R4, R7, R9, R11).
test('--all: RD faults: a { line with a command, a continued justfile line, a layertools note, and bounds', () => {
  const t = discovered({
    'sub/Dockerfile': 'FROM alpine\nCOPY main.go .\n',
    'sub/main.go': 'x\n',
    'web/Dockerfile': 'FROM alpine\nCOPY index.html .\n',
    'web/index.html': 'x\n',
    'b.sh': '#!/bin/bash\nbuild_sub() { cd sub\n  docker build -t sub -f "$1" .\n}\ndocker build -t web web\nbuild_sub Dockerfile\n',
    'docker/full.Dockerfile': 'FROM alpine\nCOPY app.txt /app.txt\n',
    'app.txt': 'hi\n',
    'tests/migrations/justfile': '[working-directory: "../.."]\nbuild-local-image:\n    docker build \\\n      -t local \\\n      -f docker/full.Dockerfile .\n',
    'boot/pom.xml': '<project/>\n',
    'boot/src/main/docker/Dockerfile': '# ./mvnw package\n# java -Djarmode=layertools -jar target/app.jar extract\n# docker build -f src/main/docker/Dockerfile -t app .\nFROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\n',
  });
  assert.deepEqual(t.map((x) => [x.name, x.context]), [
    ['boot/src/main/docker/Dockerfile (context: boot, as the command in its own comment (line 3) builds it)', '/boot'],
    ['docker/full.Dockerfile (context: ., as tests/migrations/justfile:3 builds it)', '/'],
    ['sub/Dockerfile (context: sub, as b.sh builds it)', '/sub'],
    ['web/Dockerfile (context: web, as b.sh builds it)', '/web'],
  ]);
  const timed = (files: Record<string, string>) => {
    const started = Date.now();
    discovered(files);
    return Date.now() - started;
  };
  const a = { 'a/Dockerfile': 'FROM alpine\n' };
  for (const [name, files] of [
    ['alias', { ...a, 'b.sh': `#!/bin/bash\nf() {\n  local d=$1\n  docker build -f a/Dockerfile ${'$d'.repeat(20000)} a\n}\nf x\n` }],
    ['long body line', { ...a, 'b.sh': `#!/bin/bash\nf() {\n  docker build -f "$1" ${'--label x=y '.repeat(2000)} a\n}\n${'f a/Dockerfile\n'.repeat(256)}` }],
    ['header blanks', { ...a, 'b.sh': `#!/bin/bash\ndocker build -f "$1" a\n${`function f${' '.repeat(4080)}x\n`.repeat(60)}` }],
    ['comment blanks', { 'docker/Dockerfile': `# make${' '.repeat(100000)}!\n# docker build -f docker/Dockerfile -t x .\nFROM alpine\nCOPY main.go /\n`, 'main.go': 'x\n' }],
    ['justfile line', { Dockerfile: 'FROM alpine\n', justfile: `build:\n    docker build -t x .\n${'a'.repeat(200000)}\n` }],
    ['aliases', { ...a, 'b.sh': `#!/bin/bash\n${Array.from({ length: 64 }, (_, f) => `f${f}() {\n${Array.from({ length: 398 }, (_, i) => `  a${i}=$1\n`).join('')}  docker build -f "$1" a\n}\nf${f} a/Dockerfile\n`).join('')}` }],
  ] as const) {
    const ms = timed(files as Record<string, string>);
    assert.ok(ms < 3000, `${name}: ${ms} ms`);
  }
});

// RD-R5, RD-R6, RD-R7: `COPY ./ ./` copies the whole context; a debug stage the build does not run copies nothing
// for suggest either; a Dockerfile of a thousand chained stages is read in bounded time.
test('CTX003 and suggest on .git: COPY ./ ./ takes the context, a debug stage BuildKit skips copies nothing, bounded', () => {
  const sev = (dockerfile: string) => findingsOfCtx003(dockerfile);
  assert.deepEqual(sev('FROM alpine AS build\nWORKDIR /app\nCOPY ./ ./\nFROM alpine\nCOPY --from=build /app/.git /app/.git\nCOPY --from=build /app/main.go /app/\n'), [['warning', 5, null]]);
  const debug = sev('FROM alpine AS build\nCOPY . /app\nFROM alpine AS debug\nCOPY --from=build /app/.git /app/.git\nFROM alpine\nCOPY --from=build /app/main.go /app/\n');
  assert.deepEqual(debug, [['warning', null, null]]);
  let s = 'FROM alpine AS s0\n';
  for (let i = 1; i < 1000; i++) s += `FROM s${i - 1} AS s${i}\n`;
  s += 'FROM alpine\nCOPY . /app\n';
  for (let j = 0; j < 1000; j++) s += `COPY --from=s999 /a${j}/.git /b${j}\n`;
  const started = Date.now();
  sev(s);
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
});

function findingsOfCtx003(dockerfile: string): [string, number | null, string | null][] {
  const files: Record<string, string> = { Dockerfile: dockerfile, 'main.go': 'x\n', '.git/HEAD': 'ref: refs/heads/main\n' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const r = runTargets(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets, { cwd: tree.ctx, baseDir: tree.ctx, builder: 'buildkit' });
    return r.findings.filter((f) => f.ruleId === 'CTX003').map((f) => [f.severity, (f.data.copiedOut as number | undefined) ?? null, (f.data.readBy as string | undefined) ?? null]);
  } finally {
    tree.cleanup();
  }
}

// The review of dffd35f5 (RC-D1): a script's `docker build -f docker/Dockerfile.ci URL` was listed as "https:/github.com/
// .../docker/Dockerfile.ci, which is not in the checkout: the script is out of date": a URL context's -f is a name in it.
test('--all: a script build of a URL context names no missing file of the checkout', () => {
  // (Run from the tree, as the CLI is: the URL read as a path lies under the working directory.)
  const files = { Dockerfile: 'FROM alpine\n', 'docker/Dockerfile.ci': 'FROM alpine\n', 'build.sh': '#!/bin/sh\ndocker build -f docker/Dockerfile.ci -t x https://github.com/bojand/ghz.git#main\n' };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  const cwd = process.cwd();
  try {
    process.chdir(tree.ctx);
    assert.deepEqual(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((x) => x.name).sort(), ['Dockerfile', 'docker/Dockerfile.ci']);
  } finally {
    process.chdir(cwd);
    tree.cleanup();
  }
});

// quarkus-workshops' azure script: `cd ..; cd ui-super-heroes; docker build -f src/main/docker/Dockerfile.build-native .`,
// a Dockerfile the module lacks: dropped with no word, where the same build without the cd is listed (sweep 55/S-F5).
test('--all: a script that cds into a module and builds a Dockerfile it lacks lists that build as out of date', () => {
  const t = discovered({
    'a/src/main/docker/Dockerfile.jvm': 'FROM alpine\nCOPY pom.xml /app/\n',
    'a/pom.xml': '<project/>\n',
    'b/src/main/docker/Dockerfile.jvm': 'FROM alpine\nCOPY pom.xml /app/\n',
    'b/pom.xml': '<project/>\n',
    'infra/build-push.sh': '#!/bin/bash\ncd ..\ncd a\ndocker build -f src/main/docker/Dockerfile.jvm -t q/a .\ncd ..\ncd b\ndocker build -f src/main/docker/Dockerfile.build-native -t q/b .\ncd ..\n',
  });
  assert.ok(t.some((x) => x.name === 'b/src/main/docker/Dockerfile.build-native (infra/build-push.sh)' && /which is not in the checkout: the script is out of date/.test(String(x.skip))), t.map((x) => x.name).join('\n'));
});
