// `--all`: which context a Dockerfile in a subdirectory is built with when nothing names one
// (src/targets/repo-builds.ts contextDirFor): the directory above it, up to the repository root,
// where more of its named COPY/ADD sources exist than beside the Dockerfile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { contextDirFor, placeStandalone, templateReason } from '../../src/targets/repo-builds.js';
import { discoverTargets } from '../../src/targets/discover.js';
import { buildTree } from '../helpers/trees.js';

function contextFor(files: string[], dockerfile: string): string | null {
  const tree = buildTree({ files: [...files, 'docker/Dockerfile'], dockerignore: null, fileContents: { 'docker/Dockerfile': dockerfile } });
  try {
    const dir = contextDirFor(join(tree.ctx, 'docker/Dockerfile'), tree.ctx);
    return dir === null ? null : dir === tree.ctx ? '.' : dir.slice(tree.ctx.length + 1);
  } finally {
    tree.cleanup();
  }
}

/** contextDirFor in a git repository of `texts` (path -> content) for the Dockerfile at `dockerfile`: '.', a directory, or null (its own). */
function contextInRepo(texts: Record<string, string>, dockerfile: string): string | null {
  const tree = buildTree({ files: Object.keys(texts), dockerignore: null, fileContents: texts });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    const dir = contextDirFor(join(tree.ctx, dockerfile), tree.ctx);
    return dir === null ? null : dir === tree.ctx ? '.' : dir.slice(tree.ctx.length + 1);
  } finally {
    tree.cleanup();
  }
}

test('contextDirFor: the root when every named source is there and not beside the Dockerfile', () => {
  assert.equal(contextFor(['package.json', 'src/a.js'], 'FROM node\nCOPY package.json ./\nCOPY src/ ./src/\n'), '.');
});

test('contextDirFor: a source no checkout has (generated) does not keep the Dockerfile in its own directory', () => {
  // searxng's container/dist.dockerfile: ./container/ is at the root, version_frozen.py is generated.
  assert.equal(contextFor(['docker/entrypoint.sh', 'searx/app.py'], 'FROM x\nCOPY ./docker/ ./\nCOPY ./searx/version_frozen.py ./searx/\n'), '.');
});

test('contextDirFor: RUN --mount bind sources count like COPY sources (moby/buildkit hack/dockerfiles/doctoc.Dockerfile binds README.md from the root)', () => {
  assert.equal(contextFor(['README.md', 'go.mod'], 'FROM x\nRUN --mount=type=bind,source=README.md,target=/r --mount=type=bind,source=go.mod,target=/g true\n'), '.');
  // A bind with no source is the whole context: it names nothing.
  assert.equal(contextFor(['README.md'], 'FROM x\nRUN --mount=type=bind,target=/src true\n'), null);
});

test('contextDirFor: a deeper path found at the root outweighs bare names that match directories elsewhere (grafana/pyroscope cmd/pyroscope/debug.Dockerfile)', () => {
  const tree = buildTree({
    files: ['cmd/pyroscope/debug.Dockerfile', 'cmd/pyroscope/pyroscope.yaml', 'cmd/pyroscope/main.go', 'cmd/profilecli/main.go', 'go.mod'],
    dockerignore: null,
    fileContents: { 'cmd/pyroscope/debug.Dockerfile': 'FROM alpine\nCOPY .tmp/bin/dlv /usr/bin/dlv\nCOPY pyroscope profilecli /usr/bin/\nCOPY cmd/pyroscope/pyroscope.yaml /etc/pyroscope/config.yaml\n' },
  });
  try {
    assert.equal(contextDirFor(join(tree.ctx, 'cmd/pyroscope/debug.Dockerfile'), tree.ctx), tree.ctx);
  } finally {
    tree.cleanup();
  }
});

test('contextDirFor: a symlink leading out of a candidate directory does not make its sources exist there (readthedocs.org dockerfiles/requirements -> ../requirements)', () => {
  const tree = buildTree({ files: ['requirements/docker.txt', 'dockerfiles/Dockerfile'], dockerignore: null, fileContents: { 'dockerfiles/Dockerfile': 'FROM scratch\nCOPY requirements/docker.txt docker.txt\n' } });
  try {
    symlinkSync('../requirements', join(tree.ctx, 'dockerfiles/requirements'));
    // Built from dockerfiles/, docker would not follow the link out: only the root has the file.
    assert.equal(contextDirFor(join(tree.ctx, 'dockerfiles/Dockerfile'), tree.ctx), tree.ctx);
  } finally {
    tree.cleanup();
  }
  // A link that stays inside the directory still counts for it.
  const inside = buildTree({ files: ['requirements/docker.txt', 'dockerfiles/reqs/docker.txt', 'dockerfiles/Dockerfile'], dockerignore: null, fileContents: { 'dockerfiles/Dockerfile': 'FROM scratch\nCOPY requirements/docker.txt docker.txt\n' } });
  try {
    symlinkSync('reqs', join(inside.ctx, 'dockerfiles/requirements'));
    assert.equal(contextDirFor(join(inside.ctx, 'dockerfiles/Dockerfile'), inside.ctx), null);
  } finally {
    inside.cleanup();
  }
});

test('contextDirFor: its own directory when it holds as many named sources as the root, or more', () => {
  assert.equal(contextFor(['docker/entrypoint.sh', 'entrypoint.sh'], 'FROM x\nCOPY entrypoint.sh /\n'), null);
  assert.equal(contextFor(['docker/entrypoint.sh', 'docker/conf/a', 'conf/a'], 'FROM x\nCOPY entrypoint.sh /\nCOPY conf/ /conf/\n'), null);
  assert.equal(contextFor(['src/a.js'], 'FROM x\nCOPY nothing-anywhere /\n'), null);
  assert.equal(contextFor(['src/a.js'], 'FROM x\nRUN true\n'), null);
});

test('contextDirFor: the directory between, when the sources are there (getsentry/self-hosted workstation/postinstall/Dockerfile)', () => {
  const tree = buildTree({
    files: ['workstation/200_download.sh', 'workstation/201_install.sh', 'workstation/postinstall/Dockerfile', 'README.md'],
    dockerignore: null,
    fileContents: { 'workstation/postinstall/Dockerfile': 'FROM base\nCOPY 200_download.sh /etc/\nCOPY 201_install.sh /etc/\n' },
  });
  try {
    assert.equal(contextDirFor(join(tree.ctx, 'workstation/postinstall/Dockerfile'), tree.ctx), join(tree.ctx, 'workstation'));
  } finally {
    tree.cleanup();
  }
});

test('contextDirFor: when nothing it names exists anywhere, where git ignores the most of it (woodpecker: the root\'s /dist/ ignores dist/server/...)', () => {
  const dockerfile = 'FROM scratch\nCOPY dist/server/linux_amd64/app-server /bin/\n';
  const inRepo = (gitignore: string) => contextInRepo({ 'go.mod': '', 'docker/Dockerfile': dockerfile, '.gitignore': gitignore }, 'docker/Dockerfile');
  assert.equal(inRepo('/dist/\n'), '.'); // anchored at the root: a build output there only
  assert.equal(inRepo('dist/\n'), null); // ignored at every level: the nearest, its own directory
  assert.equal(inRepo('*.log\n'), null); // not ignored anywhere: its own directory
  assert.equal(contextFor(['go.mod'], dockerfile), null); // no git repository: no such evidence
});

test('contextDirFor: a source missing beside the Dockerfile and git-ignored there is a build output made in place, which weighs like one found elsewhere (chaos-mesh e2e image; go-containerregistry cmd/gcrane)', () => {
  const place = (texts: Record<string, string>, dockerfile: string) => contextInRepo({ ...texts, 'e2e/image/Dockerfile': dockerfile }, 'e2e/image/Dockerfile');
  // chaos-mesh: the Makefile copies helm/chaos-mesh and manifests into e2e-test/image/e2e (git-ignored
  // there) before building it; a root manifests/ exists too, which made the root look like the context.
  const chaos = 'FROM alpine\nADD chaos-mesh /charts/chaos-mesh\nADD manifests /manifests\n';
  assert.equal(place({ 'manifests/crd.yaml': '', '.gitignore': 'e2e/image/chaos-mesh\ne2e/image/manifests/\n' }, chaos), null);
  // Without those ignore lines the root's manifests/ is the only evidence: the root.
  assert.equal(place({ 'manifests/crd.yaml': '', '.gitignore': '*.log\n' }, chaos), '.');
  // go-containerregistry: `COPY gcrane` beside cmd/gcrane's sources, whose .gitignore line names the
  // binary built there; the directory above holds a gcrane/ of Go files, which is no program.
  const gcrane = (gitignore: string) =>
    contextInRepo({ 'cmd/gcrane/main.go': 'package main\n', 'cmd/gcrane/Dockerfile': 'FROM alpine\nCOPY gcrane /usr/local/bin/gcrane\n', '.gitignore': gitignore }, 'cmd/gcrane/Dockerfile');
  assert.equal(gcrane('cmd/gcrane/gcrane\n'), null);
  assert.equal(gcrane('*.log\n'), 'cmd');
});

// regclient: build/Dockerfile.regctl copies `go.*` (go.mod, go.sum at the root; its Makefile builds from
// the root); --all audited it from build/, where `go.*` matched nothing (2 false CTX101 warnings).
test('contextDirFor: a source whose last component is a wildcard resolves where a name matches it', () => {
  assert.equal(contextFor(['go.mod', 'go.sum', 'cmd/regctl/main.go'], 'FROM golang\nCOPY go.* /src/\nCOPY cmd/regctl /src/cmd/regctl\n'), '.');
  assert.equal(contextFor(['go.mod'], 'FROM golang\nCOPY go.* /src/\n'), '.');
  // Matched beside the Dockerfile as well as at the root: its own directory, the nearest.
  assert.equal(contextFor(['app.conf', 'docker/site.conf'], 'FROM nginx\nCOPY *.conf /etc/nginx/\n'), null);
  // Beside a source named literally the wildcards say "if present" (payload's templates: the lockfile
  // idiom, built from their own directory, where package.json is): no evidence of the root.
  assert.equal(contextFor(['pnpm-lock.yaml', 'package.json', 'docker/package.json'], 'FROM node\nCOPY package.json yarn.lock* pnpm-lock.yaml* ./\n'), null);
});

test('templateReason: a Dockerfile with ${name.with.dots} (Maven resource filtering, thingsboard) is a template; ${VAR}, ${VAR:-x} and a dotted one in a comment are not', () => {
  const reason = (dockerfile: string) => {
    const tree = buildTree({ files: ['docker/Dockerfile'], dockerignore: null, fileContents: { 'docker/Dockerfile': dockerfile } });
    try {
      return templateReason(join(tree.ctx, 'docker/Dockerfile'));
    } finally {
      tree.cleanup();
    }
  };
  assert.match(reason('FROM node\nWORKDIR ${pkg.installFolder}\nCOPY src ./\n') ?? '', /^a template \(it has \$\{name\.with\.dots\} placeholders, which docker rejects/);
  assert.match(reason('FROM x\nCOPY logback.xml ${pkg.name}.deb /tmp/\n') ?? '', /Maven/);
  assert.equal(reason('FROM x\nARG V=1\nCOPY app-${V}.jar /app/${V:-x}\n'), null);
  assert.equal(reason('FROM x\n# built with ${project.version}\nCOPY a /a\n'), null);
  // mlrun's tests/integration/Dockerfile.test-nb: a Python str.format template ({args}, {pip} lines).
  assert.match(reason('FROM mlrun/mlrun\nWORKDIR /mlrun\n{args}\n{pip}\nRUN jupyter nbconvert --execute {notebook}\n') ?? '', /^a template \(a line that is only \{args\}, a placeholder a program fills in before it builds/);
  // `{` inside an instruction, or a JSON-form line, is no such line.
  assert.equal(reason('FROM x\nRUN echo {a}\nCMD ["run", "{b}"]\n'), null);
});

test('placeStandalone: a Dockerfile in a subdirectory naming two or more paths that exist nowhere up to the root, nor are git-ignored, is built from a context assembled elsewhere (nats-server\'s docker/Dockerfile.nightly)', () => {
  const place = (files: string[], dockerfile: string, at = 'docker/Dockerfile') => {
    const tree = buildTree({ files: [...files, at], dockerignore: null, fileContents: { [at]: dockerfile } });
    try {
      return placeStandalone(join(tree.ctx, at), tree.ctx).elsewhere;
    } finally {
      tree.cleanup();
    }
  };
  const nightly = 'FROM golang AS builder\nCOPY ./nats-server/ /src/nats-server/\nCOPY ./nsc/ /src/nsc/\nCOPY ./natscli/ /src/natscli/\n';
  assert.deepEqual(place(['go.mod', 'server/a.go'], nightly), ['nats-server', 'natscli', 'nsc']);
  assert.equal(place(['go.mod', 'nsc/x'], nightly), null, 'one of them exists: audited');
  assert.equal(place(['go.mod'], 'FROM x\nCOPY app.jss /app/\n'), null, 'a single missing source may be a typo: audited');
  assert.equal(place(['go.mod'], nightly, 'Dockerfile'), null, 'at the root: built from the root');
});

test('discoverTargets: --all lists such a Dockerfile as skipped, naming the paths, instead of reporting each as missing', () => {
  const tree = buildTree({
    files: ['go.mod', 'docker/Dockerfile.nightly', 'docker/Dockerfile'],
    dockerignore: null,
    fileContents: { 'docker/Dockerfile.nightly': 'FROM golang\nCOPY ./nats-server/ /a/\nCOPY ./nsc/ /b/\nCOPY ./natscli/ /c/\n', 'docker/Dockerfile': 'FROM alpine\nCOPY go.mod /\n' },
  });
  try {
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    assert.deepEqual(
      d.targets.map((t) => [t.name, t.skipReason ?? null]),
      [
        ['docker/Dockerfile (context: ., where its COPY sources are)', null],
        ['docker/Dockerfile.nightly', 'none of the paths it copies (nats-server, natscli, nsc) is in the repository, beside it or above it: its context is assembled elsewhere; audit it with that context (ctx-audit CONTEXT -f docker/Dockerfile.nightly)'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('templateReason: ERB/Thor templates (rails\' railties app/templates/Dockerfile.tt) are templates by name or by their <% lines; a <%= in a comment is not', () => {
  const reason = (name: string, dockerfile: string) => {
    const tree = buildTree({ files: [name], dockerignore: null, fileContents: { [name]: dockerfile } });
    try {
      return templateReason(join(tree.ctx, name));
    } finally {
      tree.cleanup();
    }
  };
  const erb = 'FROM alpine\n<% if node? -%>\nRUN echo node\n<% end -%>\nCOPY . .\n';
  assert.match(reason('templates/Dockerfile.tt', erb) ?? '', /^a template \(Dockerfile\.tt\)/);
  assert.match(reason('templates/Dockerfile.erb', 'FROM x\n') ?? '', /^a template \(Dockerfile\.erb\)/);
  assert.match(reason('templates/Dockerfile', erb) ?? '', /<% directive lines/);
  // The devcontainer template parses as a Dockerfile; its output tag gives it away.
  assert.match(reason('devcontainer/Dockerfile', 'ARG RUBY_VERSION=<%= Gem.ruby_version %>\nFROM ruby:$RUBY_VERSION\n') ?? '', /<% directive lines/);
  assert.equal(reason('docker/Dockerfile', 'FROM x\n# rendered from <%= name %> once\nCOPY a /a\n'), null);
  // A hostile line of a megabyte of unclosed tags is decided in linear time.
  const start = Date.now();
  assert.equal(reason('docker/Dockerfile', 'FROM x\nRUN ' + '<%'.repeat(400_000) + '\n'), null);
  assert.ok(Date.now() - start < 5_000, 'took ' + (Date.now() - start) + ' ms');
});

test('templateReason: an empty (or blank) Dockerfile found by --all is no build (home-assistant/supervisor\'s test fixtures)', () => {
  for (const text of ['', '\n  \n']) {
    const tree = buildTree({ files: ['tests/fixtures/app/Dockerfile.aarch64'], dockerignore: null, fileContents: { 'tests/fixtures/app/Dockerfile.aarch64': text } });
    try {
      assert.match(templateReason(join(tree.ctx, 'tests/fixtures/app/Dockerfile.aarch64')) ?? '', /^an empty file: docker refuses it/, JSON.stringify(text));
    } finally {
      tree.cleanup();
    }
  }
});

test('discoverTargets: docker\'s fallback `dockerfile` and `Dockerfile-*`/`dockerfile-*` names are builds too (caprover\'s dockerfile-captain.release: --all found nothing)', () => {
  const tree = buildTree({
    files: ['dockerfile', 'dockerfile-captain.release', 'tools/Dockerfile-build', 'tools/Dockerfile-build.dockerignore', 'app.sh', 'tools/t.sh'],
    dockerignore: null,
    fileContents: { dockerfile: 'FROM alpine\nCOPY app.sh /\n', 'dockerfile-captain.release': 'FROM alpine\nCOPY app.sh /\n', 'tools/Dockerfile-build': 'FROM alpine\nCOPY t.sh /\n', 'tools/Dockerfile-build.dockerignore': '*.md\n' },
  });
  try {
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    assert.deepEqual(d.targets.map((t) => t.name).sort(), ['dockerfile', 'dockerfile-captain.release', 'tools/Dockerfile-build']);
  } finally {
    tree.cleanup();
  }
});

test('discoverTargets: code and documents named after Dockerfiles are not builds (kaniko\'s pkg/dockerfile/dockerfile.go, Ace\'s snippets/dockerfile.js, Dockerfile.md), unless the file starts with FROM (csghub\'s Dockerfile.llama.cpp); a Dockerfile.* with no FROM is skipped', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app.txt', 'pkg/dockerfile/dockerfile.go', 'web/ace/snippets/dockerfile.js', 'docs/Dockerfile.md', 'docs/Dockerfile.from.md', 'syntaxes/dockerfile.tmLanguage.json', 'notes/Dockerfile.notes', 'ci/Dockerfile.ci', '.github/workflows/dockerfile.yaml', 'static/js/dockerfile.min.js', 'icons/dockerfile.svg', 'src/dockerfile.cpp', 'inference/Dockerfile.llama.cpp', 'inference/llama.cpp/main.cpp'],
    dockerignore: null,
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY app.txt /\n',
      'pkg/dockerfile/dockerfile.go': 'package dockerfile\n\nfunc Parse() {}\n',
      'web/ace/snippets/dockerfile.js': '(function() { window.require(["ace/snippets/dockerfile"]) })();\n',
      'docs/Dockerfile.md': '# How to write a Dockerfile\n\nUse FROM first.\n',
      'notes/Dockerfile.notes': 'remember to pin the base image\n',
      // docker-zulip's workflow that builds its Dockerfile: YAML, whatever its name.
      '.github/workflows/dockerfile.yaml': 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo FROM here\n',
      'ci/Dockerfile.ci': '# syntax=docker/dockerfile:1\nARG BASE=alpine\nfrom ${BASE}\nCOPY app.txt /\n',
      'docs/Dockerfile.from.md': '# Notes\n\nFrom the root, build it.\n',
      'src/dockerfile.cpp': '#include <string>\nint main() { return 0; }\n',
      // csghub-server: llama.cpp is the project this Dockerfile builds, not the file's language.
      'inference/Dockerfile.llama.cpp': '# build llama.cpp\nFROM ubuntu:22.04 AS build\nCOPY llama.cpp/ /src\n',
    },
  });
  try {
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    assert.deepEqual(
      d.targets.map((t) => [t.name.replace(/ \(context.*$/, ''), t.skipReason ?? null]).sort(),
      [
        ['Dockerfile', null],
        ['ci/Dockerfile.ci', null], // from, lowercase, after an ARG: a Dockerfile
        ['inference/Dockerfile.llama.cpp', null], // named like C++, but its first instruction is FROM
        ['notes/Dockerfile.notes', 'no FROM instruction: named like a Dockerfile, but not one (docker would refuse it); not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('templateReason: FROM with a capitalised placeholder image (rook\'s `FROM BASEIMAGE`, replaced by sed) is a template; a stage name in other case, a variable or a registry host with capitals is not', () => {
  const reason = (dockerfile: string) => {
    const tree = buildTree({ files: ['images/ceph/Dockerfile'], dockerignore: null, fileContents: { 'images/ceph/Dockerfile': dockerfile } });
    try {
      return templateReason(join(tree.ctx, 'images/ceph/Dockerfile'));
    } finally {
      tree.cleanup();
    }
  };
  assert.equal(reason('FROM BASEIMAGE\nCOPY rook toolbox.sh /usr/local/bin/\n'), 'a template (FROM BASEIMAGE: docker refuses such an image name (capitals), so a tool puts the real one in first): not audited');
  assert.match(reason('FROM golang AS Build\nRUN true\nFROM alpine\nFROM quay.io/org/MyImage:1.0\n') ?? '', /FROM quay\.io\/org\/MyImage:1\.0/);
  assert.equal(reason('FROM golang:1.22 AS Builder\nRUN go build\nFROM Builder\nCOPY a /a\n'), null);
  assert.equal(reason('ARG BASE=alpine\nFROM ${BASE}\nFROM MyRegistry.example.com:5000/team/app:Latest\n'), null);
});

// voipbin/monorepo: bin-agent-manager/Dockerfile copies the whole context, then `RUN cd
// bin-agent-manager && go build` (its go.mod replaces ../bin-common-handler), built from the root by
// CircleCI. Placed in its own directory, `suggest` for another Dockerfile of the root proposed
// excluding every service directory. A directory a RUN `cd`s into after a whole-context copy is a
// path of the context; one beside the Dockerfile keeps it there.
test('contextDirFor: after a whole-context COPY, the directories a RUN cds into place the Dockerfile', () => {
  const files = {
    'svc-a/Dockerfile': 'FROM golang AS build\nWORKDIR /app\nCOPY ./ .\nRUN cd svc-a && go build -o /app/bin/ ./cmd/...\n',
    'svc-a/go.mod': 'module a\n',
    'common/go.mod': 'module c\n',
    'tool/Dockerfile': 'FROM debian\nCOPY . /src\nRUN cd src && make\n',
    'tool/src/Makefile': 'all:\n',
  };
  assert.equal(contextInRepo(files, 'svc-a/Dockerfile'), '.');
  assert.equal(contextInRepo(files, 'tool/Dockerfile'), null);
});

// openark/orchestrator: docker/Dockerfile.packaging does `COPY . .` and `RUN bash build.sh`, build.sh
// at the repository root (script/dock builds it from there); docker/ holds other files, so it was
// taken as the context, and the root's .git and 58 MB went unseen. A script a RUN runs where the
// whole context landed, before any cd, is a path of the context; one beside the Dockerfile keeps it.
test('contextDirFor: after a whole-context COPY, a script a RUN runs there (sh build.sh, ./script/build) places the Dockerfile', () => {
  const files = {
    'docker/Dockerfile.pkg': 'FROM alpine\nWORKDIR /src\nCOPY . .\nRUN bash build.sh\n',
    'docker/Dockerfile.sys': 'FROM alpine\nWORKDIR /src\nCOPY . .\nRUN ./script/build && echo ok\n',
    'docker/entry.sh': 'echo entry\n',
    'build.sh': '#!/bin/sh\n',
    'script/build': '#!/bin/sh\n',
    // Beside it, or run after a cd elsewhere, or in another WORKDIR: it stays.
    'svc/Dockerfile': 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUN sh run.sh\n',
    'svc/run.sh': '#!/bin/sh\n',
    'svc2/Dockerfile': 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUN cd /tmp && sh build.sh\n',
    'svc2/x.txt': 'x\n',
  };
  // A directory an argument names is no script (stable-diffusion.cpp's `cmake . -B ./build`): its
  // docker/ holds only Dockerfiles, so the root, as before.
  // Review of 38f4e30: a script the same RUN downloads (`curl -o install.sh ... && sh install.sh`) is none of the context's.
  assert.equal(contextInRepo({ 'docker/app/Dockerfile': 'FROM alpine\nWORKDIR /src\nCOPY . .\nRUN curl -fsSL https://x.example/i.sh -o install.sh && sh install.sh\n', 'docker/app/conf.ini': 'x\n', 'install.sh': '#!/bin/sh\n' }, 'docker/app/Dockerfile'), null);
  assert.equal(contextInRepo({ 'docker/Dockerfile.cmake': 'FROM ubuntu\nWORKDIR /sd\nCOPY . .\nRUN cmake . -B ./build && cmake --build ./build\n', 'src/main.c': 'x\n' }, 'docker/Dockerfile.cmake'), '.');
  assert.equal(contextInRepo(files, 'docker/Dockerfile.pkg'), '.');
  assert.equal(contextInRepo(files, 'docker/Dockerfile.sys'), '.');
  assert.equal(contextInRepo(files, 'svc/Dockerfile'), null);
  assert.equal(contextInRepo(files, 'svc2/Dockerfile'), null);
});

// jinya-cms: docker/ holds only apache.dockerfile, cli.dockerfile and dev.dockerfile; the first two
// `COPY ./ /var/www/jinya/` then run `composer install` (composer.json is at the root), built from
// the root by GitLab CI. Guessed as docker/, they hid the root's readers from `suggest` for the
// Compose-built dev.dockerfile, which proposed excluding src/, public/ and migrations/.
test('contextDirFor: a whole-context COPY in a directory of nothing but Dockerfiles is built from above it', () => {
  const files = {
    'docker/apache.dockerfile': 'FROM php\nCOPY --chown=www-data ./ /var/www/jinya/\nRUN composer install\n',
    'docker/cli.dockerfile': 'FROM php\nCOPY ./ /var/www/jinya/\n',
    'docker/README.md': 'how to build\n',
    'composer.json': '{}\n',
    // Beside a script or a config, the directory may well be the context: it stays.
    'svc/Dockerfile': 'FROM alpine\nCOPY . /app\n',
    'svc/entrypoint.sh': '#!/bin/sh\n',
    // Nested: the nearest directory above (here `deploy/`) holds more than Dockerfiles.
    'deploy/images/Dockerfile.web': 'FROM nginx\nCOPY . /usr/share/nginx/html\n',
    'deploy/site.conf': 'x\n',
  };
  assert.equal(contextInRepo(files, 'docker/apache.dockerfile'), '.');
  assert.equal(contextInRepo(files, 'svc/Dockerfile'), null);
  assert.equal(contextInRepo(files, 'deploy/images/Dockerfile.web'), 'deploy');
});

// meshmakers/octo-identity-services: src/IdentityServices/Dockerfile does `WORKDIR /src`, `COPY . .`,
// then `WORKDIR "/src/src/IdentityServices"` and `RUN dotnet build "IdentityServices.csproj"`: built
// from the root (its README's `docker build -f src/IdentityServices/Dockerfile .`), it was placed in
// its own directory, where that path does not exist.
test('contextDirFor: after a whole-context COPY, a WORKDIR a later RUN runs in below where it landed places the Dockerfile', () => {
  const files = {
    'src/IdentityServices/Dockerfile': 'FROM dotnet/sdk AS build\nWORKDIR /src\nCOPY . .\nWORKDIR "/src/src/IdentityServices"\nRUN dotnet build "IdentityServices.csproj"\n',
    'src/IdentityServices/IdentityServices.csproj': '<Project/>\n',
    'README.md': 'x\n',
    // A COPY to the root says nothing of a later WORKDIR: it stays in its own directory.
    'svc/Dockerfile': 'FROM node\nCOPY . /\nWORKDIR /svc/app\nRUN npm ci\n',
    'svc/package.json': '{}\n',
    'svc/app/index.js': 'x\n',
  };
  assert.equal(contextInRepo(files, 'src/IdentityServices/Dockerfile'), '.');
  assert.equal(contextInRepo(files, 'svc/Dockerfile'), null);
});

test('discoverTargets: a recipe\'s -f with a variable (aibrix\'s `-f build/$(DF)`) names the Dockerfiles beside it, never the ignore file named for one (build/Dockerfile.dockerignore was audited as a Dockerfile: CTX100 at error)', () => {
  const tree = buildTree({
    files: ['build/Dockerfile', 'build/Dockerfile.dockerignore', 'app.txt', 'Makefile'],
    dockerignore: null,
    fileContents: {
      'build/Dockerfile': 'FROM alpine\nCOPY app.txt /app/\n',
      'build/Dockerfile.dockerignore': '*.md\n',
      Makefile: 'img:\n\tdocker build -t x/app -f build/$(DF) .\n',
    },
  });
  try {
    const d = discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} });
    assert.deepEqual(d.targets.map((t) => t.name).sort(), ['build/Dockerfile (context: ., as Makefile:2 builds it)']);
  } finally {
    tree.cleanup();
  }
});
