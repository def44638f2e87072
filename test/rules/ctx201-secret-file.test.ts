import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretFileKind } from '../../src/rules/ctx201-secret-file.js';
import { findingsOf } from './ctx0-harness.js';

test('CTX201 classifies secret-looking names', () => {
  const cases: [string, string | null][] = [
    ['.env', 'dotenv'],
    ['app/.env.production', 'dotenv'],
    ['.env.example', null],
    ['deploy/id_rsa', 'ssh-private-key'],
    ['deploy/id_ed25519.pub', null],
    ['certs/server.pem', 'private-key-or-certificate'],
    ['tls.key', 'private-key-or-certificate'],
    ['store.p12', 'keystore'],
    ['.npmrc', 'registry-credentials'],
    ['home/.docker/config.json', 'registry-credentials'],
    ['home/.aws/credentials', 'cloud-credentials'],
    ['kubeconfig', 'kubeconfig'],
    ['infra/terraform.tfstate', 'terraform-state'],
    ['src/keyboard.ts', null],
    ['environment.ts', null],
  ];
  for (const [p, kind] of cases) assert.equal(secretFileKind(p), kind, p);
});

test('CTX201 reports sent secret files as errors, not excluded ones', () => {
  const f = findingsOf('CTX201', { files: ['.env', '.env.example', 'keys/id_rsa', 'src/app.js'], dockerignore: 'keys\n' });
  assert.deepEqual(
    f.map((x) => [x.path, x.severity, x.data.kind]),
    [['.env', 'error', 'dotenv']],
  );
});
