// The multi-target readers take files from a stranger's repository too: a FIFO (or a link to
// /dev/zero) named `.env`, `compose.yaml`, `docker-bake.json` or `.gitignore` must give one clear
// line or be skipped, never block. Each run is a child process with a timeout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempRoot } from './harness.js';

const BIN = fileURLToPath(new URL('../../bin/ctx-audit.js', import.meta.url));
const mkfifo = (p: string) => assert.equal(spawnSync('mkfifo', [p]).status, 0, 'mkfifo');

function ctxAudit(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, timeout: 30_000, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  assert.equal(r.signal, null, `ctx-audit ${args.join(' ')}: blocked (killed after 30 s)`);
  return r;
}

function oneLine(stderr: string, re: RegExp): void {
  assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
  assert.match(stderr, re);
  assert.doesNotMatch(stderr, /internal error/);
}

test('compose: a FIFO .env or compose file is refused in one line (exit 2), never read', () => {
  const t = tempRoot();
  try {
    fs.mkdirSync(join(t.root, 'app'));
    fs.writeFileSync(join(t.root, 'app', 'Dockerfile'), 'FROM scratch\n');
    fs.writeFileSync(join(t.root, 'compose.yaml'), 'services:\n  web:\n    build: ./app\n');
    mkfifo(join(t.root, '.env'));
    const env = ctxAudit(['--compose', '--no-config'], t.root);
    assert.equal(env.status, 2);
    oneLine(env.stderr, /\.env: .*not a regular file/);

    fs.rmSync(join(t.root, '.env'));
    fs.rmSync(join(t.root, 'compose.yaml'));
    mkfifo(join(t.root, 'compose.yaml'));
    const compose = ctxAudit(['--compose', 'compose.yaml', '--no-config'], t.root);
    assert.equal(compose.status, 2);
    oneLine(compose.stderr, /compose\.yaml: .*not a regular file/);
  } finally {
    t.cleanup();
  }
});

test('bake: a bake file that is a link to /dev/zero is refused, not read forever', () => {
  const t = tempRoot();
  try {
    fs.symlinkSync('/dev/zero', join(t.root, 'docker-bake.json'));
    // /dev/zero is outside the repository: refused before it is opened.
    const r = ctxAudit(['--bake', 'docker-bake.json', '--no-config'], t.root);
    assert.equal(r.status, 2);
    oneLine(r.stderr, /Bake file docker-bake\.json leads outside the repository .* \(to \/dev\/zero\)/);
    // Allowed outside, it is still refused as what it is, not read forever.
    const allowed = ctxAudit(['--bake', 'docker-bake.json', '--no-config', '--allow-outside-repo'], t.root);
    assert.equal(allowed.status, 2);
    oneLine(allowed.stderr, /docker-bake\.json: .*not a regular file/);
  } finally {
    t.cleanup();
  }
});

test('--all: a FIFO .gitignore is skipped (as git skips what it cannot read), the Dockerfiles are still audited', () => {
  const t = tempRoot();
  try {
    fs.mkdirSync(join(t.root, 'svc'));
    fs.writeFileSync(join(t.root, 'svc', 'Dockerfile'), 'FROM scratch\n');
    mkfifo(join(t.root, '.gitignore'));
    const r = ctxAudit(['--all', '.', '--no-config', '--format', 'json', '--fail-on', 'never'], t.root);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { targets: { dockerfile: string }[] };
    assert.equal(doc.targets.length, 1);
  } finally {
    t.cleanup();
  }
});
