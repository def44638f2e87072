// CTX201/CTX202 on committed test fixtures (src/rules/test-fixtures.ts): a secret-looking file or
// value in a test path that git tracks is info at most; the same file untracked, or outside tests,
// keeps its severity. Seen on fresh clones: hedgedoc's backend/test/private-api/fixtures/hedgedoc.pem
// and a token in a *.spec.ts, gotify's test/oidc/.../configuration.yml, all errors before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';
import { auditCommitted, git } from '../helpers/committed.js';
import { exampleListKey } from '../../src/rules/test-fixtures.js';
import { fakeGithubToken } from '../helpers/github-token.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (n: number, alphabet = ALNUM) => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
const pem = (edge: string) => `-----${edge} RSA PRIVATE KEY-----`;
// The body does not start with `M` (DER's SEQUENCE), whose random header would claim a length it lacks.
const fakeKey = () => `${pem('BEGIN')}\nx${rand(63, ALNUM + '+/')}\n${rand(64, ALNUM + '+/')}\n${pem('END')}\n`;
const fakeGithub = () => fakeGithubToken();

/** Findings of `rule` (path, severity, message) for a repository where `tracked` are committed and `untracked` are not. */
function secretFindings(rule: string, tracked: Record<string, string>, untracked: Record<string, string> = {}) {
  return auditCommitted(tracked, untracked)
    .filter((f) => f.ruleId === rule)
    .map((f) => [f.path, f.severity, f.message])
    .sort();
}

test('CTX201: a committed key in a test directory is info (a fixture); untracked there, or committed elsewhere, it keeps its severity', () => {
  // A key of its own in each: one a fixture also holds is the fixture's (the eq-survey-runner test).
  const key = fakeKey;
  const f = secretFindings(
    'CTX201',
    { 'backend/test/private-api/fixtures/hedgedoc.pem': key(), 'src/__tests__/server.key': key(), 'internal/configuration/test_resources/crypto/ca.pem': key(), 'deploy/server.pem': key() },
    { 'test/local.pem': key() },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['backend/test/private-api/fixtures/hedgedoc.pem', 'info'],
      ['deploy/server.pem', 'error'], // copied into the image by COPY . /app, and not a test file
      ['internal/configuration/test_resources/crypto/ca.pem', 'info'], // authelia's test_resources
      ['src/__tests__/server.key', 'info'],
      ['test/local.pem', 'error'], // in tests but untracked: someone's real key left there
    ],
  );
  assert.match(String(f[0][2]), /is sent, a test file committed to git: a test fixture/);
});

test('CTX202: a token in a committed test file is info; the same token in committed source, or an untracked test file, is an error', () => {
  const token = fakeGithub();
  const f = secretFindings(
    'CTX202',
    { 'frontend/src/validate-token.spec.ts': `it('x', () => {\n  check("${token}")\n})\n`, 'pkg/auth_test.go': `var t = "${token}"\n`, 'src/config.ts': `export const t = "${token}";\n` },
    { 'tests/.env.local': `GITHUB_TOKEN=${token}\n` },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['frontend/src/validate-token.spec.ts', 'info'],
      ['pkg/auth_test.go', 'info'],
      ['src/config.ts', 'error'],
      ['tests/.env.local', 'error'],
    ],
  );
  assert.match(String(f[0][2]), /; a committed test file: a fixture, check it is not a live one/);
  assert.ok(f.every(([, , m]) => !String(m).includes(token)), 'a message holds the token');
});

// mozilla-services/socorro: docker/images/oidcprovider/fixtures.json, the Django fixture of a local
// fake OIDC server, holds its RSA signing key: two CTX202 errors (one through `COPY . /app/`).
test('CTX202: a key in a committed fixtures file (fixtures.json, test_fixtures.yaml) is info; untracked, or in another committed file, an error', () => {
  // A key per file: one written in a fixture is that fixture's wherever else it is written.
  const json = () => `[{"model": "oidc_provider.rsakey", "pk": 3, "fields": {"key": "${fakeKey().replace(/\n/g, '\\n')}"}}]\n`;
  const f = secretFindings('CTX202', { 'docker/images/oidcprovider/fixtures.json': json(), 'config/seed.json': json(), 'db/test_fixtures.yaml': `key: "${fakeKey().replace(/\n/g, '\\n')}"\n` }, { 'local/fixtures.json': json() });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['config/seed.json', 'error'],
      ['db/test_fixtures.yaml', 'info'],
      ['docker/images/oidcprovider/fixtures.json', 'info'],
      ['local/fixtures.json', 'error'],
    ],
  );
});

// tyk: gateway/testutil.go (a test helper file of a Go package, not a _test.go file) holds
// jwtRSAPrivKey, used by CreateJWKToken only: 10 CTX202 errors, copied into the image by COPY . .
test('CTX202: a key in a committed Go test helper (testutil.go, internal/testutil/) is info; in other committed Go source, an error', () => {
  // A key per file: one key in a fixture and elsewhere is that fixture everywhere (5d6dc2f).
  const go = (name: string) => `package gateway\n\n// openssl genrsa -out app.rsa\nconst ${name} = \`${fakeKey()}\`\n`;
  const f = secretFindings('CTX202', { 'gateway/testutil.go': go('jwtRSAPrivKey'), 'internal/testutil/keys.go': go('signingKey'), 'gateway/server_test_helpers.go': go('k'), 'gateway/server.go': go('serverKey') });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['gateway/server.go', 'error'],
      ['gateway/server_test_helpers.go', 'info'],
      ['gateway/testutil.go', 'info'],
      ['internal/testutil/keys.go', 'info'],
    ],
  );
});

test('CTX201: the test environment\'s committed .env.test/.env.testing is info; .env.production committed, or .env.test untracked, keeps its severity', () => {
  const env = () => `CRON_SECRET=${rand(32)}\nDATABASE_URL=postgres://rallly:${rand(16)}@localhost:5450/db\n`;
  const f = secretFindings('CTX201', { 'apps/web/.env.test': env(), 'api/.env.testing': env(), 'apps/web/.env.production': env() }, { 'worker/.env.test': env() });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['api/.env.testing', 'info'],
      ['apps/web/.env.production', 'error'],
      ['apps/web/.env.test', 'info'], // rallly's, for its Playwright runs
      ['worker/.env.test', 'error'],
    ],
  );
});

// solidtime's .env.ci: the CI test values its phpunit and playwright workflows copy to .env.
test('CTX201: a committed .env.ci (the CI runs\' test environment) is info; .env.cicd or an untracked .env.ci keeps its severity', () => {
  const env = () => `PASSPORT_PERSONAL_ACCESS_CLIENT_SECRET=${rand(40)}\nDB_TEST_PASSWORD=root\n`;
  const f = secretFindings('CTX201', { '.env.ci': env(), 'deploy/.env.cicd': env() }, { 'worker/.env.ci': env() });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['.env.ci', 'info'],
      ['deploy/.env.cicd', 'error'],
      ['worker/.env.ci', 'error'],
    ],
  );
  // CTX005 does not count the fixture among the sensitive things `COPY . /app` drags in.
  const wc = auditCommitted({ '.env.ci': env(), 'deploy/.env.cicd': env(), 'tests/.env': env(), 'examples/.env': env() }, { 'worker/.env.ci': env() }).filter((x) => x.ruleId === 'CTX005');
  assert.deepEqual(wc.map((x) => x.data.sensitive), [['.git/', 'deploy/.env.cicd', 'worker/.env.ci']]);
});

test('CTX202: in a committed Rust file, a key inside its #[cfg(test)] module is info (vector\'s gcp_chronicle sink); one above the module, or in an untracked file, is an error', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = () => fakeKey().replaceAll('\n', '\\n');
  const rs = (before: string, after: string) => `pub fn load() {}\nconst K: &str = "${before}";\n\n#[cfg(test)]\nmod tests {\n    const K: &str = "${after}";\n}\n`;
  const f = secretFindings('CTX202', { 'src/sinks/chronicle.rs': rs('none', key()), 'src/lib.rs': rs(key(), 'none') }, { 'src/local.rs': rs('none', key()) });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['src/lib.rs', 'error'], // line 2: above the test module
      ['src/local.rs', 'error'], // untracked
      ['src/sinks/chronicle.rs', 'info'],
    ],
  );
});

// moby/buildkit vendors ProtonMail/go-crypto, whose keys_test_data.go holds PGP test keys; grafana/loki
// vendors minio-go with a credentials.json of placeholders. Both were errors on every target.
test('CTX201/CTX202: a committed file of a vendored Go module (vendor/modules.txt tracked) is info; without modules.txt, or untracked, it keeps its severity', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = fakeKey;
  const tracked = {
    'vendor/modules.txt': '# github.com/ProtonMail/go-crypto v1.1.0\n',
    'vendor/github.com/ProtonMail/go-crypto/openpgp/keys_test_data.go': `package openpgp\n\nconst k = \`${key()}\`\n`,
    'vendor/github.com/minio/minio-go/v7/pkg/credentials/credentials.json': '{"AccessKeyId": "accessKey", "SecretAccessKey": "secretvalue123"}\n',
    'pkg/vendor/x/server.key': key(), // a vendor/ directory with no modules.txt: not Go's
    // fluent-bit: upstream releases unpacked under their versioned names, a third_party directory.
    'lib/monkey/deps/mbedtls-2.4.2/library/certs.key': key(),
    'src/third_party/boringssl/test.pem': key(),
    'lib/monkey/tls/builtin.key': key(), // monkey's own directory says nothing: kept
  };
  const f201 = secretFindings('CTX201', tracked, { 'vendor/github.com/local/id_rsa': key() });
  assert.deepEqual(
    f201.map(([p, s]) => [p, s]),
    [
      ['lib/monkey/deps/mbedtls-2.4.2/library/certs.key', 'info'],
      ['lib/monkey/tls/builtin.key', 'error'],
      ['pkg/vendor/x/server.key', 'error'],
      ['src/third_party/boringssl/test.pem', 'info'],
      ['vendor/github.com/local/id_rsa', 'error'], // untracked: someone's key left there
      ['vendor/github.com/minio/minio-go/v7/pkg/credentials/credentials.json', 'info'],
    ],
  );
  assert.match(String(f201[5][2]), /from vendored third-party code, committed to git: that project's own test data/);
  const f202 = secretFindings('CTX202', tracked);
  assert.deepEqual(
    f202.map(([p, s]) => [p, s]),
    [
      ['lib/monkey/deps/mbedtls-2.4.2/library/certs.key', 'info'],
      ['lib/monkey/tls/builtin.key', 'error'],
      ['pkg/vendor/x/server.key', 'error'],
      ['src/third_party/boringssl/test.pem', 'info'],
      ['vendor/github.com/ProtonMail/go-crypto/openpgp/keys_test_data.go', 'info'],
    ],
  );
});

// ory/hydra builds test/conformance (publish.sh), whose ssl/ory-conformity.key is its test PKI's key:
// seen from that context the path is ssl/ory-conformity.key, and the test directory above it was lost.
test('CTX201: a committed key is a test fixture when the context itself lies in a test directory of the repository', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = fakeKey;
  const tree = buildTree({ files: ['README.md'], dockerignore: '' });
  try {
    const put = (p: string, c: string) => {
      mkdirSync(dirname(join(tree.ctx, p)), { recursive: true });
      writeFileSync(join(tree.ctx, p), c);
    };
    put('test/conformance/Dockerfile', 'FROM alpine\nCOPY ssl/ory-conformity.key /etc/ssl/\n');
    put('test/conformance/ssl/ory-conformity.key', key());
    put('deploy/Dockerfile', 'FROM alpine\nCOPY ssl/server.key /etc/ssl/\n');
    put('deploy/ssl/server.key', key());
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '--', 'test', 'deploy');
    const sev = (dir: string) =>
      runAudit({ context: join(tree.ctx, dir), cwd: tree.ctx, builder: 'legacy' })
        .findings.filter((f) => f.ruleId === 'CTX201')
        .map((f) => [f.path, f.severity]);
    assert.deepEqual(sev('test/conformance'), [['ssl/ory-conformity.key', 'info']]);
    assert.deepEqual(sev('deploy'), [['ssl/server.key', 'error']]);
  } finally {
    tree.cleanup();
  }
});

// celery: examples/security/ssl/worker.key, its secure-app example's key, committed since 2019: CTX201
// already said info (an examples directory); CTX202 said error on three targets.
test('CTX202: a hit in a committed file of an examples directory is info, as CTX201 has it; untracked there it is an error', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = fakeKey;
  const f = secretFindings('CTX202', { 'examples/security/ssl/worker.key': key(), 'src/ssl/worker.key': key() }, { 'samples/local.key': key() });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['examples/security/ssl/worker.key', 'info'],
      ['samples/local.key', 'error'],
      ['src/ssl/worker.key', 'error'],
    ],
  );
  assert.match(String(f[0][2]), /a committed example or template to copy: published on purpose/);
});

// cfssl: doc/api/endpoint_newkey.txt pastes a sample reply of its newkey endpoint, a private key for
// www.example.com included, and COPY . ships it: an error. A documentation page is an example.
test('CTX202: a hit in a committed documentation page (doc/, docs/: .txt, .md, .rst, .adoc, .html) is info; other files there, or untracked pages, are not examples', () => {
  const key = fakeKey;
  const f = secretFindings('CTX202', { 'doc/api/endpoint_newkey.txt': `{"private_key": "${key().replace(/\n/g, '\\n')}"}\n`, 'docs/guide/tls.md': key(), 'docs/deploy/server.key': key() }, { 'docs/notes.md': key() });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['doc/api/endpoint_newkey.txt', 'info'],
      ['docs/deploy/server.key', 'error'],
      ['docs/guide/tls.md', 'info'],
      ['docs/notes.md', 'error'],
    ],
  );
});

// phusion/baseimage-docker: image/services/sshd/keys/insecure_key, whose README tells users to download it
// ("publicly available", "does not provide any security"); the image needs it for --enable-insecure-key.
test('CTX202: a committed private key in a file named insecure is a warning at most; untracked, or named otherwise, an error', () => {
  const key = fakeKey;
  const f = secretFindings('CTX202', { 'image/services/sshd/keys/insecure_key': key(), 'keys/insecurity.pem': key() }, { 'local/insecure_key': key() });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['image/services/sshd/keys/insecure_key', 'warning'],
      ['keys/insecurity.pem', 'error'],
      ['local/insecure_key', 'error'],
    ],
  );
  assert.match(String(f[0][2]), /in a committed file its authors name insecure: a key published as one, check nothing trusts it/);
});

// external-secrets: runtime/template/v2/_testdata/*.key and *.pfx (Go ignores `_` directories), and
// generators/v1/github/github_test.pem beside github_test.go: 13 errors on Dockerfile.standalone.
test('CTX201: Go\'s _testdata directory and a <name>_test.<ext> beside <name>_test.go are test files; a key named for a test environment is not', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = fakeKey;
  const f = secretFindings('CTX201', {
    'runtime/template/v2/_testdata/root-ca.key': key(),
    'runtime/template/v2/_testdata/foo.pfx': 'binary-ish keystore\n',
    'generators/v1/github/github_test.pem': key(),
    'generators/v1/github/github_test.go': 'package github\n',
    'certs/server-test.key': key(), // the key of a "test" environment's server: real
    'certs/api_test.key': key(), // no api_test.go beside it
    'certs/latest.pem': key(),
  });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['certs/api_test.key', 'error'],
      ['certs/latest.pem', 'error'],
      ['certs/server-test.key', 'error'],
      ['generators/v1/github/github_test.pem', 'info'],
      ['runtime/template/v2/_testdata/foo.pfx', 'info'],
      ['runtime/template/v2/_testdata/root-ca.key', 'info'],
    ],
  );
});

// stalwart's `#[cfg(feature = "test_mode")] const TEST_RSA_KEY` (a DKIM key used only in test
// mode), bitwarden's `TEST_FAKE_RSA_KEY_0` (the Seeder's pool: 14 errors, one per image), atuin's
// `TestValue::Single("ghp_...")` samples of its own redaction patterns: errors in committed source.
test('CTX202: a committed value named as a test\'s own by an identifier on its line or the two above is info; prose, an untracked file or another name keeps the error', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = () => fakeKey().replaceAll('\n', '\\n');
  const token = fakeGithub();
  const f = secretFindings(
    'CTX202',
    {
      'crates/dkim.rs': `pub fn sign() {}\n\n#[cfg(feature = "test_mode")]\nconst TEST_RSA_KEY: &str = "${key()}";\n`,
      'util/rsa_keys.rs': `// seeder pool\nconst TEST_FAKE_RSA_KEY_0: &str = "${key()}";\n`,
      'src/secrets.rs': `static P: &[(&str, &str, TestValue)] = &[\n    (\n        "GitHub PAT",\n        "ghp_[a-zA-Z0-9]{36}",\n        TestValue::Single("${token}"),\n    ),\n];\n`,
      // "test" in prose is no name; an identifier three lines up is too far.
      'src/server.rs': `// the key of our test server\nconst SERVER_KEY: &str = "${key()}";\n`,
      'src/far.rs': `const testMode: bool = true;\n\n\n\nconst K: &str = "${key()}";\n`,
    },
    { 'src/local.rs': `const TEST_KEY: &str = "${key()}";\n` },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['crates/dkim.rs', 'info'],
      ['src/far.rs', 'error'],
      ['src/local.rs', 'error'], // untracked
      ['src/secrets.rs', 'info'],
      ['src/server.rs', 'error'],
      ['util/rsa_keys.rs', 'info'],
    ],
  );
  assert.match(String(f.find(([p]) => p === 'util/rsa_keys.rs')?.[2]), /named as a test's own value \(TEST_FAKE_RSA_KEY_0\), committed to git: a fixture/);
});

test('CTX201: a committed keystore in a `<word>test(s)` directory (SQLite\'s vsixtest, rclone\'s fstest, DefectDojo\'s unittests) is info; `latest/`, `contests/` are no test directories', () => {
  const bin = randomBytes(600).toString('latin1');
  const f = secretFindings('CTX201', {
    'vsixtest/vsixtest_TemporaryKey.pfx': bin,
    'fstest/testserver/init.d/sftp.p12': bin,
    'releases/latest/signing.pfx': bin,
    'unittests/scans/tool/keystore.p12': bin,
    'contests/prize.pfx': bin,
    // .NET test projects (EventStore's src/EventStore.Security.EncryptionAtRest.Tests/keys/; sweep 51/I-F2); not `App.Latest/`.
    'src/App.Tests/keys/a.pfx': bin,
    'src/App.UnitTests/b.pfx': bin,
    'src/App.IntegrationTests/c.pfx': bin,
    'src/App.Specs/d.pfx': bin,
    'src/App.Latest/e.pfx': bin,
  });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['contests/prize.pfx', 'error'],
      ['fstest/testserver/init.d/sftp.p12', 'info'],
      ['releases/latest/signing.pfx', 'error'],
      ['src/App.IntegrationTests/c.pfx', 'info'],
      ['src/App.Latest/e.pfx', 'error'],
      ['src/App.Specs/d.pfx', 'info'],
      ['src/App.Tests/keys/a.pfx', 'info'],
      ['src/App.UnitTests/b.pfx', 'info'],
      ['unittests/scans/tool/keystore.p12', 'info'],
      ['vsixtest/vsixtest_TemporaryKey.pfx', 'info'],
    ],
  );
});

// pomerium builds examples/mutual-tls: from the context its out/*.key is not in an examples
// directory, from the repository it is. CTX202 said info (a committed example), CTX201 error.
test('CTX201: a committed key in a context that is itself inside an examples directory is an example, as CTX202 says', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = fakeKey;
  const tree = buildTree({ files: ['examples/mutual-tls/Dockerfile', 'examples/mutual-tls/out/server.key'], fileContents: { 'examples/mutual-tls/Dockerfile': 'FROM alpine\nCOPY . /app\n', 'examples/mutual-tls/out/server.key': key() }, dockerignore: null });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-A');
    const ctx = join(tree.ctx, 'examples/mutual-tls');
    const f = runAudit({ context: ctx, cwd: ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX201' || x.ruleId === 'CTX202');
    assert.deepEqual(f.map((x) => [x.ruleId, x.path, x.severity]).sort(), [
      ['CTX201', 'out/server.key', 'info'],
      ['CTX202', 'out/server.key', 'info'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// cloudflared: credentials/test-cert-no-token.pem, read by origin_cert_test.go beside it (30 errors
// over its five Dockerfiles).
test('CTX201/CTX202: a committed key that a committed test file beside it names is a fixture; one no test names, or an untracked test, keeps its severity', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = fakeKey;
  const f = auditCommitted(
    {
      'credentials/test-cert.pem': key(),
      'credentials/origin_cert.go': 'package credentials\n',
      'credentials/origin_cert_test.go': 'package credentials\n\nfunc TestLoad(t *testing.T) { os.ReadFile("test-cert.pem") }\n',
      'deploy/tls.pem': key(),
      'deploy/deploy_test.go': 'package deploy\n\nfunc TestX(t *testing.T) {}\n',
      'other/server.pem': key(),
      // hydra: cmd/cmd_import_jwk_test.go reads stub/rsa.key, one directory down.
      'cmd/stub/rsa.key': key(),
      'cmd/cmd_import_jwk_test.go': 'package cmd\n\nvar k = "stub/rsa.key"\n',
      // harbor: src/jobservice/config/config_test.go reads `../server.key`, one directory up (sweep 50/D-F2);
      // a test elsewhere naming `../x` names its own parent's file, not this one.
      'jobservice/server.key': key(),
      'jobservice/config/config_test.go': 'package config\n\nfunc TestTLS(t *testing.T) { t.Setenv("KEY", "../server.key") }\n',
      'web/tls.key': key(),
      'web/handlers/handlers_test.go': 'package handlers\n\nvar k = "../../other/tls.key"\n',
    },
    { 'other/server_test.go': 'package other\n// reads server.pem\n' },
  )
    .filter((x) => x.ruleId === 'CTX201' || x.ruleId === 'CTX202')
    .map((x) => [x.ruleId, x.path, x.severity])
    .sort();
  assert.deepEqual(f, [
    ['CTX201', 'cmd/stub/rsa.key', 'info'],
    ['CTX201', 'credentials/test-cert.pem', 'info'],
    ['CTX201', 'deploy/tls.pem', 'error'],
    ['CTX201', 'jobservice/server.key', 'info'],
    ['CTX201', 'other/server.pem', 'error'],
    ['CTX201', 'web/tls.key', 'error'],
    ['CTX202', 'cmd/stub/rsa.key', 'info'],
    ['CTX202', 'credentials/test-cert.pem', 'info'],
    ['CTX202', 'deploy/tls.pem', 'error'],
    ['CTX202', 'jobservice/server.key', 'info'],
    ['CTX202', 'other/server.pem', 'error'],
    ['CTX202', 'web/tls.key', 'error'],
  ]);
});

// caprover: template/fake-certs-src/nginx.key, the self-signed key its nginx serves unknown hosts
// with, committed on purpose (6 errors once --all found its dockerfile-captain.* files).
test('CTX201/CTX202: a key in a directory named fake or dummy is published on purpose (info); `fakeroot/` or `dummyfile` names are not such directories', () => {
  // A fresh key for each file: one key written in two files is one key (see the last test).
  const key = fakeKey;
  const f = auditCommitted({ 'template/fake-certs-src/nginx.key': key(), 'certs.dummy/tls.key': key(), 'fakeroot/etc/tls.key': key() })
    .filter((x) => x.ruleId === 'CTX201' || x.ruleId === 'CTX202')
    .map((x) => [x.ruleId, x.path, x.severity])
    .sort();
  assert.deepEqual(f, [
    ['CTX201', 'certs.dummy/tls.key', 'info'],
    ['CTX201', 'fakeroot/etc/tls.key', 'error'],
    ['CTX201', 'template/fake-certs-src/nginx.key', 'info'],
    ['CTX202', 'certs.dummy/tls.key', 'info'],
    ['CTX202', 'fakeroot/etc/tls.key', 'error'],
    ['CTX202', 'template/fake-certs-src/nginx.key', 'info'],
  ]);
});

test('CTX202: a private key written in a committed test file is that fixture wherever else it is written (coolify\'s Testing Host Key in its seeders); a file holding another key too is an error there', () => {
  const key = fakeKey();
  const other = fakeKey();
  const indented = key.trimEnd().split('\n').join('\n      '); // an indented block, as in a YAML file
  const f = auditCommitted(
    {
      'tests/Feature/SshTest.php': `<?php\nfunction validKey(): string\n{\n    return '${key.trimEnd()}';\n}\n`,
      '.dev/host-key': key,
      'database/seeders/KeySeeder.php': `<?php\nPrivateKey::create([\n    'private_key' => '${indented}\n',\n]);\n`,
      // JSON-escaped, the same key: still the fixture's
      'config/seed.json': `{"key": "${key.replaceAll('\n', '\\n')}"}\n`,
      // the fixture's key, then a second one: the error points at the second
      'database/seeders/Both.php': `<?php\n$a = '${key.trimEnd()}';\n\n$b = '${other.trimEnd()}';\n`,
      // another key altogether, and a placeholder too short to be a key beside the fixture's
      'deploy/server.key': other,
      'scripts/demo.php': `<?php\n$k = <<<'KEY'\n${key}KEY;\n$tls = "-----BEGIN PRIVATE KEY-----\\nMIIDemoPlaceholder\\n-----END PRIVATE KEY-----\\n";\n`,
    },
    // an untracked test file is no fixture: it vouches for nothing
    { 'tests/local.pem': other },
  )
    .filter((x) => x.ruleId === 'CTX202')
    .map((x) => [x.path, x.severity, x.line, x.message] as const)
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  assert.deepEqual(
    f.map(([p, s, l]) => [p, s, l]),
    [
      ['.dev/host-key', 'info', 1],
      ['config/seed.json', 'info', 1],
      ['database/seeders/Both.php', 'error', 7],
      ['database/seeders/KeySeeder.php', 'info', 3],
      ['deploy/server.key', 'error', 1],
      ['scripts/demo.php', 'info', 3],
      ['tests/Feature/SshTest.php', 'info', 4],
      ['tests/local.pem', 'error', 1],
    ],
  );
  assert.match(String(f[0][3]), /the same key as tests\/Feature\/SshTest\.php, a committed fixture or example: check it is not a live one/);
});

// casdoor: object/token_jwt_key.key, its built-in default key, committed, copied by `COPY . .` into
// the Go build stage only (the image takes the binary): an error, beside a warning for .git there.
test('CTX201/CTX202: a committed secret that no COPY puts in the image is a warning (build stage only, or sent only); untracked, or copied into the image, it stays an error', () => {
  const files: Record<string, string> = {
    Dockerfile: 'FROM golang:1.22 AS back\nWORKDIR /src\nCOPY . .\nRUN go build -o /server .\nFROM alpine\nCOPY --from=back /server /server\nCOPY conf/ /conf/\n',
    'main.go': 'package main\nfunc main() {}\n',
    'object/token_jwt_key.key': fakeKey(),
    'conf/shipped.key': fakeKey(),
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: '' });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-A');
    writeFileSync(join(tree.ctx, 'object', 'local.key'), fakeKey());
    for (const builder of ['buildkit', 'legacy'] as const) {
      const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder })
        .findings.filter((x) => x.ruleId === 'CTX201' || x.ruleId === 'CTX202')
        .map((x) => [x.ruleId, x.path, x.severity, x.message] as const)
        .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
      assert.deepEqual(
        f.map(([r, p, s]) => [r, p, s]),
        [
          ['CTX201', 'conf/shipped.key', 'error'],
          ['CTX201', 'object/local.key', 'error'],
          ['CTX201', 'object/token_jwt_key.key', 'warning'],
          ['CTX202', 'conf/shipped.key', 'error'],
          ['CTX202', 'object/local.key', 'error'],
          ['CTX202', 'object/token_jwt_key.key', 'warning'],
        ],
        builder,
      );
      // snappymail: a RUN in that stage may carry it into the image (its release.php packs the whole
      // tree into the tarball the image unpacks): the message does not say it is not copied there.
      assert.match(String(f[2][3]), /copied into build stage `back` by Dockerfile:3 \(no COPY --from brings this path into the image; what a RUN there makes of it still can\); committed to git: the builder gets nothing the repository does not already hold$/);
    }
  } finally {
    tree.cleanup();
  }
  // Sent only (the legacy builder sends the whole context; no COPY takes it): committed, a warning.
  const sent = buildTree({ files: ['Dockerfile', 'main.go', 'deploy/tls.key'], fileContents: { Dockerfile: 'FROM alpine\nCOPY main.go /\n', 'deploy/tls.key': fakeKey() }, dockerignore: '' });
  try {
    git(sent.ctx, 'init', '-q');
    git(sent.ctx, 'add', '-A');
    writeFileSync(join(sent.ctx, 'deploy', 'mine.key'), fakeKey());
    const f = runAudit({ context: sent.ctx, cwd: sent.ctx, builder: 'legacy' })
      .findings.filter((x) => x.ruleId === 'CTX202')
      .map((x) => [x.path, x.severity]);
    assert.deepEqual(f.sort(), [['deploy/mine.key', 'error'], ['deploy/tls.key', 'warning']]);
  } finally {
    sent.cleanup();
  }
});

// joplin: packages/lib/services/e2ee/ppkTestUtils.ts holds RSA keys generated on mobile for
// ppk.test.ts beside it, which imports './ppkTestUtils' (no extension): an error, copied by its image.
test('CTX202: a JavaScript or TypeScript module a committed test beside it imports without its extension is a fixture; an import from elsewhere is not', () => {
  const esc = () => fakeKey().replaceAll('\n', '\\n');
  const f = auditCommitted({
    'lib/e2ee/ppk.test.ts': "import { runIntegrationTests } from './ppkTestUtils';\ntest('x', () => runIntegrationTests());\n",
    'lib/e2ee/ppkTestUtils.ts': `export const runIntegrationTests = () => {};\n\n// generated on mobile\nconst mobileData = {\n  privateKey: '${esc()}',\n};\n`,
    'lib/e2ee/keys.js': `module.exports = { k: "${esc()}" };\n`,
    'lib/other/keys.test.js': "const k = require('../e2ee/keys');\n",
    // logto: NodeNext TypeScript imports mock.ts as './mock.js'
    'connector/src/index.test.ts': "import { mockedConfigWithValidPrivateKey } from './mock.js';\n",
    'connector/src/mock.ts': `export const mockedConfigWithValidPrivateKey = {\n  appId: '1',\n  signType: 'RSA2',\n  charset: 'utf8',\n  privateKey: '${esc()}',\n};\n`,
  })
    .filter((x) => x.ruleId === 'CTX202')
    .map((x) => [x.path, x.severity])
    .sort();
  assert.deepEqual(f, [
    ['connector/src/mock.ts', 'info'],
    ['lib/e2ee/keys.js', 'error'],
    ['lib/e2ee/ppkTestUtils.ts', 'info'],
  ]);
});

// openstreetmap-website: config/settings/test.yml holds the test environment's OIDC signing key
// (every other credential there is "dummy"); an error under --builder legacy.
test('CTX202: a committed test environment config (config/settings/test.yml, config/environments/test.rb, config/test.exs) is a fixture; production.yml is not', () => {
  const yaml = () => `doorkeeper_signing_key: |\n  ${fakeKey().trimEnd().split('\n').join('\n  ')}\n`;
  const f = auditCommitted({
    'config/settings/test.yml': yaml(),
    'config/environments/test.rb': `KEY = "${fakeKey().replaceAll('\n', '\\n')}"\n`,
    'config/test.exs': `config :app, key: "${fakeKey().replaceAll('\n', '\\n')}"\n`,
    'config/settings/production.yml': yaml(),
    'lib/test.rb': `KEY = "${fakeKey().replaceAll('\n', '\\n')}"\n`,
  })
    .filter((x) => x.ruleId === 'CTX202')
    .map((x) => [x.path, x.severity])
    .sort();
  assert.deepEqual(f, [
    ['config/environments/test.rb', 'info'],
    ['config/settings/production.yml', 'error'],
    ['config/settings/test.yml', 'info'],
    ['config/test.exs', 'info'],
    ['lib/test.rb', 'error'],
  ]);
});

// zoraxy: its docker workflow runs `cp -lr src/ docker/src/` (docker/src is git-ignored) and builds
// ./docker, whose build stage compiles src/ with its committed default localhost key embedded. The
// copy was untracked, so an error; the same bytes committed elsewhere are as public as the original.
test('CTX201/CTX202: an untracked copy of a committed file is judged as committed (a warning in a build stage); other bytes stay an error', () => {
  const key = fakeKey();
  const tree = buildTree({
    files: ['README.md', 'src/tlscert/localhost.key', 'src/main.go'],
    fileContents: { 'src/tlscert/localhost.key': key, 'src/main.go': 'package main\n' },
    dockerignore: null,
  });
  try {
    writeFileSync(join(tree.ctx, '.gitignore'), 'docker/src/\n');
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-A');
    for (const [p, c] of Object.entries({
      'docker/Dockerfile': 'FROM golang:1.22 AS build\nCOPY ./src/ /src/\nRUN go build -o /app /src\nFROM alpine\nCOPY --from=build /app /app\n',
      'docker/src/tlscert/localhost.key': key, // the CI step's copy
      'docker/src/tlscert/other.key': fakeKey(), // bytes git has nowhere
      'docker/src/main.go': 'package main\n',
    })) {
      mkdirSync(dirname(join(tree.ctx, p)), { recursive: true });
      writeFileSync(join(tree.ctx, p), c);
    }
    const f = runAudit({ context: join(tree.ctx, 'docker'), cwd: tree.ctx, builder: 'buildkit' })
      .findings.filter((x) => x.ruleId === 'CTX201' || x.ruleId === 'CTX202')
      .map((x) => [x.ruleId, x.path, x.severity, x.data.copyOf ?? null, x.message] as const)
      .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
    assert.deepEqual(
      f.map(([r, p, s, c]) => [r, p, s, c]),
      [
        ['CTX201', 'src/tlscert/localhost.key', 'warning', 'src/tlscert/localhost.key'],
        ['CTX201', 'src/tlscert/other.key', 'error', null],
        ['CTX202', 'src/tlscert/localhost.key', 'warning', 'src/tlscert/localhost.key'],
        ['CTX202', 'src/tlscert/other.key', 'error', null],
      ],
    );
    assert.match(String(f[0][4]), /; the same bytes as src\/tlscert\/localhost\.key, which git tracks: the builder gets nothing the repository does not already hold$/);
  } finally {
    tree.cleanup();
  }
});

// Sylius ships config/jwt/private-test.pem, the JWT key only its committed .env.test names
// (JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private-test.pem); `COPY config` puts it in the image.
test('CTX201: a committed key that the test environment\'s settings at the root name by its path is a fixture; one they do not name keeps its severity', () => {
  const f = secretFindings('CTX201', {
    '.env.test': 'JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private-test.pem\n',
    'config/jwt/private-test.pem': fakeKey(),
    'config/jwt/private.pem': fakeKey(),
  });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['.env.test', 'info'], // the test environment's dotenv itself: named like a secret, a committed test file
      ['config/jwt/private-test.pem', 'info'],
      ['config/jwt/private.pem', 'error'],
    ],
  );
});

// TeamPass commits its Composer vendor directory as app/vendor (composer.json's vendor-dir):
// firebase/php-jwt's README holds the sample RS256 key of its own documentation (CTX202 error, twice).
test('CTX202/CTX201: a committed file in a Composer vendor directory (its composer/installed.json tracked), whatever its name, is info; without installed.json it keeps its severity', () => {
  const key = fakeKey;
  const tracked = {
    'app/vendor/composer/installed.json': '{"packages": [{"name": "firebase/php-jwt", "version": "v7.1.0"}]}\n',
    'app/vendor/firebase/php-jwt/README.md': `Example\n\n\`\`\`php\n$privateKey = <<<EOD\n${key()}\nEOD;\n\`\`\`\n`,
    'app/vendor/firebase/php-jwt/tests/data/rsa1-private.pem': key(),
    'lib/vendor/acme/sdk/README.md': `\`\`\`\n${key()}\n\`\`\`\n`, // no installed.json: not Composer's
  };
  const f202 = secretFindings('CTX202', tracked);
  assert.deepEqual(
    f202.map(([p, s]) => [p, s]),
    [
      ['app/vendor/firebase/php-jwt/README.md', 'info'],
      ['app/vendor/firebase/php-jwt/tests/data/rsa1-private.pem', 'info'],
      ['lib/vendor/acme/sdk/README.md', 'error'],
    ],
  );
});

// Part-DB and uvdesk: Symfony's committed .env (its recipe header: "DO NOT DEFINE PRODUCTION SECRETS
// IN THIS FILE") and .env.dev hold the defaults the application loads (it stops without .env):
// APP_SECRET's published default, `MAILER_DSN=null://null`, `mysql://db_user:db_password@...`.
// CTX201 called each an error, and its fix (exclude .env) breaks the build. .env.local keeps its severity.
test('CTX201: Symfony\'s committed .env and .env.<env> beside a .env that says it holds no production secrets are the published defaults (info); .env.local, or no such header, keeps the severity', () => {
  const hex = (n: number) => rand(n, '0123456789abcdef');
  const header = '# In all environments, the following files are loaded if they exist,\n#  * .env                contains default values for the environment variables needed by the app\n#\n# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.\n';
  const f = secretFindings(
    'CTX201',
    {
      '.env': `${header}APP_ENV=prod\nAPP_SECRET=${hex(32)}\n`,
      '.env.dev': `APP_SECRET=${hex(32)}\n`,
      'other/.env': `APP_SECRET=${hex(32)}\n`, // no header: an application's real secret
    },
    { '.env.local': `APP_SECRET=${hex(32)}\n`, '.env.prod.local': `APP_SECRET=${hex(32)}\n` },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['.env', 'info'],
      ['.env.dev', 'info'],
      ['.env.local', 'error'],
      ['.env.prod.local', 'error'],
      ['other/.env', 'error'],
    ],
  );
  assert.match(String(f[0][2]), /committed to git with the defaults a Symfony application loads \(secrets go in \.env\.local, which is not committed\)/);
  // Part-DB's .env has its own header: a Symfony application's root says it (symfony.lock, or a
  // composer.json requiring symfony/dotenv); a composer.json without it does not.
  const lock = secretFindings('CTX201', { 'a/.env': `APP_SECRET=${hex(32)}\n`, 'a/symfony.lock': '{}\n', 'b/.env': `APP_SECRET=${hex(32)}\n`, 'b/composer.json': '{"require": {"symfony/dotenv": "7.1.*"}}\n', 'c/.env': `APP_SECRET=${hex(32)}\n`, 'c/composer.json': '{"require": {"laravel/framework": "^11"}}\n' });
  assert.deepEqual(lock.map(([p, s]) => [p, s]), [['a/.env', 'info'], ['b/.env', 'info'], ['c/.env', 'error']]);
});

// simpledotorg/simple-server: dotenv-rails' layered files. The committed .env.development (a
// development SECRET_KEY_BASE, tokens ending `-fake`) and .env.seed.* (the seed admin password its
// README publishes) are the shared defaults; .gitignore names .env.development.local, .env.local and
// .env, where secrets go. CTX201 called each an error. Now a warning: still named, not a gate.
test('CTX201: a committed .env.<name> whose .local copy (or .env.local) git ignores is the layered dotenv convention: a warning; a force-added file its .gitignore names, one with no ignored .local, or the .local itself keep the error', () => {
  const hex = (n: number) => rand(n, '0123456789abcdef');
  const f = secretFindings(
    'CTX201',
    {
      '.gitignore': '.env.development.local\n.env.local\n.env\n',
      '.env.development': `SECRET_KEY_BASE=${hex(128)}\n`,
      '.env.seed.large': `SEED_ADMIN_PASSWORD="${rand(16)}"\n`,
      'forced/.gitignore': '.env*\n',
      'forced/.env.production': `SECRET_KEY_BASE=${hex(128)}\n`, // committed with git add -f past its own .gitignore
      'plain/.env.staging': `SECRET_KEY_BASE=${hex(128)}\n`, // no .gitignore names a .local here... but the root's .env.local line does
      'nolocal/.gitignore': '!.env.local\n',
      'nolocal/.env.staging': `SECRET_KEY_BASE=${hex(128)}\n`,
    },
    { '.env.development.local': `SECRET_KEY_BASE=${hex(128)}\n` },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['.env.development', 'warning'],
      ['.env.development.local', 'error'], // where the secrets are
      ['.env.seed.large', 'warning'],
      ['forced/.env.production', 'error'],
      ['nolocal/.env.staging', 'error'], // its directory's .gitignore keeps .env.local: no convention here
      ['plain/.env.staging', 'warning'], // the root .gitignore's `.env.local` matches at any depth
    ],
  );
  assert.match(String(f[0][2]), /committed to git as shared defaults, with secrets kept in \.env\.development\.local, which git ignores: check it holds no live value/);
  assert.match(String(f[2][2]), /with secrets kept in \.env\.local, which git ignores/);
});

// A token ending `-fake` (simple-server's `TWILIO_AUTH_TOKEN=463e3aa5-…-fake`) says what it is, as
// `example` and `dummy` do: no credential.
test('CTX201: a secret-named value holding fake or dummy is a placeholder', () => {
  const f = secretFindings('CTX201', {}, { 'a/.env': `TWILIO_AUTH_TOKEN=${rand(8)}-${rand(4)}-fake\nAPI_KEY=dummy-${rand(12)}\n`, 'b/.env': `TWILIO_AUTH_TOKEN=${rand(8)}-${rand(4)}-${rand(12)}\n` });
  assert.deepEqual(f.map(([p, s]) => [p, s]), [['a/.env', 'info'], ['b/.env', 'error']]);
});

// listenbrainz-server's listenbrainz/config.py.sample ("a randomly generated private key for use in
// tests"), copied by CI for tests; production writes config.py from a consul template. And
// matters-server's `.env.example` holding an OIDC test key. Files named as templates to copy are
// published on purpose, like files in an examples directory: info when committed.
test('CTX202: a key in a committed file named as a template to copy (config.py.sample, .env.example, settings.example.json, *.dist) is info; untracked, or a .local copy, or another name, keeps the error', () => {
  // A different key in each: a key also written in a committed example is that example's (sameKeyAs).
  const json = () => JSON.stringify({ private_key: fakeKey() });
  const f = secretFindings(
    'CTX202',
    {
      'listenbrainz/config.py.sample': `APPLE_MUSIC_KEY = """${fakeKey()}"""\n`,
      '.env.example': `OIDC_PRIVATE_KEY=${json()}\n`,
      'conf/settings.example.json': `${json()}\n`,
      'app/parameters.yml.dist': `key: ${json()}\n`,
      // s3-encryption-proxy's config/rsa-example.yaml: "Demo RSA key pair (do NOT use in production!)".
      'config/rsa-example.yaml': `rsa:\n  private_key: ${json()}\n`,
      'config/resampled.yaml': `k: ${json()}\n`,
      'listenbrainz/config.py': `APPLE_MUSIC_KEY = """${fakeKey()}"""\n`,
      'conf/.env.example.local': `K=${json()}\n`,
    },
    { 'other/config.py.sample': `K = """${fakeKey()}"""\n` },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['.env.example', 'info'],
      ['app/parameters.yml.dist', 'info'],
      ['conf/.env.example.local', 'error'],
      ['conf/settings.example.json', 'info'],
      ['config/resampled.yaml', 'error'], // no part of its name is sample
      ['config/rsa-example.yaml', 'info'],
      ['listenbrainz/config.py', 'error'],
      ['listenbrainz/config.py.sample', 'info'],
      ['other/config.py.sample', 'error'], // untracked: someone's own copy
    ],
  );
  assert.match(String(f[0][2]), /a committed example or template to copy: published on purpose/);
});

// pagopa/developer-portal's LocalStack images copy docker/files/.aws/credentials holding
// `aws_access_key_id = dummy` / `aws_secret_access_key = dummy`: judged by name, five errors. Its
// content is read now. And depmap-portal's breadbox/.env.dev: `BREADBOX_SECRET=update-me-with-a-random-value`.
test('CTX201: an AWS credentials file is read (a real-looking secret access key or session token is a credential, dummy is none); update-me… is a placeholder', () => {
  const f = secretFindings('CTX201', {}, {
    'a/.aws/credentials': '[default]\naws_access_key_id = dummy\naws_secret_access_key = dummy\n',
    'b/.aws/credentials': `[default]\naws_access_key_id = AKIA${rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}\naws_secret_access_key = ${rand(40)}\n`,
    'c/.aws/credentials': `[prod]\naws_session_token = ${rand(120)}\n`,
    'd/.env.dev': 'DATABASE_URL=sqlite:///./db.sqlite\nBREADBOX_SECRET=update-me-with-a-random-value\n',
  });
  assert.deepEqual(f.map(([p, s]) => [p, s]), [['a/.aws/credentials', 'info'], ['b/.aws/credentials', 'error'], ['c/.aws/credentials', 'error'], ['d/.env.dev', 'info']]);
  assert.match(String(f[0][2]), /its content holds no credential/);
});

// depmap-portal's portal-backend/sample_data/key/invalid-account-for-testing.json: a service-account
// JSON its settings call "a valid formatted cred file, but this key is not actually valid".
test('CTX202: a committed file in a directory whose name starts with sample, example or tutorial (sample_data, example-configs, tutorials) is an example (info); untracked there it keeps the error', () => {
  // membrane/api-gateway's distribution/tutorials/security/membrane-key.pem: its TLS tutorial's key.
  const f = secretFindings('CTX202', { 'sample_data/key/account.json': JSON.stringify({ private_key: fakeKey() }), 'example-configs/k.pem': fakeKey(), 'distribution/tutorials/security/membrane-key.pem': fakeKey() }, { 'sample_data/key/mine.json': JSON.stringify({ private_key: fakeKey() }) });
  assert.deepEqual(f.map(([p, s]) => [p, s]), [['distribution/tutorials/security/membrane-key.pem', 'info'], ['example-configs/k.pem', 'info'], ['sample_data/key/account.json', 'info'], ['sample_data/key/mine.json', 'error']]);
});

// uvdesk's .env (no header needed): `MAILER_DSN=null://null` names no credential, nor Symfony's
// stock `mysql://db_user:db_password@` and `postgresql://app:!ChangeMe!@` URLs; a DSN with a password does.
// A Sentry client DSN carries only the public key, which Sentry documents as safe to publish (it
// only lets events be sent; convex-backend's dashboard ships it): no credential. Sentry's old DSN
// form with a secret key after a colon still is one.
test('CTX201: a DSN or URL with no user or password, or Symfony\'s placeholder passwords, or a Sentry client DSN, is no credential; a DSN with a password is', () => {
  const f = secretFindings('CTX201', {}, {
    'a/.env': 'MAILER_DSN=null://null\nREDIS_DSN=redis://localhost:6379/0\nDATABASE_URL=mysql://db_user:db_password@127.0.0.1:3306/db_name\n',
    'b/.env': 'DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"\n',
    'c/.env': `SENTRY_DSN=https://${rand(32, '0123456789abcdef')}@o12345.ingest.sentry.io/678\n`,
    'd/.env': `DATABASE_URL=mysql://app:${rand(16)}@db:3306/app\n`,
    'e/.env': `SENTRY_DSN=https://${rand(32, '0123456789abcdef')}:${rand(32, '0123456789abcdef')}@sentry.example.org/9\n`,
  });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['a/.env', 'info'],
      ['b/.env', 'info'],
      ['c/.env', 'info'],
      ['d/.env', 'error'],
      ['e/.env', 'error'],
    ],
  );
});

// eusonlito/GPS-Tracker's docker/build.sh runs `cp docker/.env.example .env`, then builds the root
// with `COPY ./ /app`: the copy's DB_PASSWORD is the template's (the MySQL container's published
// default), and CTX201 called it a credential copied into the image. An untracked byte-for-byte copy
// of a committed template holds what the repository publishes; once edited, it is judged as before.
test('CTX201: an untracked byte-for-byte copy of a committed template (.env from docker/.env.example) is info; an edited copy keeps its severity', () => {
  const template = 'APP_ENV=production\nDB_HOST=mysql\nDB_PASSWORD=gpstracker\n';
  const audit = (envText: string) => {
    const tree = buildTree({
      files: ['Dockerfile', 'docker/.env.example', 'app.php'],
      fileContents: { Dockerfile: 'FROM php:8.3\nCOPY ./ /app\n', 'docker/.env.example': template, 'app.php': '<?php\n' },
      dockerignore: null,
    });
    try {
      git(tree.ctx, 'init', '-q');
      git(tree.ctx, 'add', '-A');
      writeFileSync(join(tree.ctx, '.env'), envText);
      return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit' })
        .findings.filter((x) => x.ruleId === 'CTX201' && x.path === '.env')
        .map((x) => [x.severity, x.data.evidence, x.message] as const);
    } finally {
      tree.cleanup();
    }
  };
  const copied = audit(template);
  assert.deepEqual(copied.map(([s, e]) => [s, e]), [['info', 'template-copy']]);
  assert.match(copied[0][2], /a byte-for-byte copy of the committed template docker\/\.env\.example: the values the repository publishes/);
  assert.deepEqual(audit(template.replace('gpstracker', 'Kq8vR2mZ7pLx')).map(([s, e]) => [s, e]), [['error', 'content']]);
});

// fmeringdal/nettu-scheduler ships scheduler/crates/api/config/test_private_rsa_key.pem, which only a
// #[cfg(test)] module reads (a byte-identical copy sits in clients/javascript/tests/config): CTX201
// called the committed key an error. A committed key named `test_*` (the test-file convention of
// Python and Rust) is a fixture; `*-test`/`*_test` names a test environment's server (real, see the
// Go test above), and an untracked `test_*` key is someone's own: they keep their severity.
test('CTX201: a committed key file named test_* (test_private_rsa_key.pem) is info; other names, or untracked, keep their severity', () => {
  const key = fakeKey;
  const f = secretFindings(
    'CTX201',
    { 'crates/api/config/test_private_rsa_key.pem': key(), 'config/jwt-test.key': key(), 'config/latest.pem': key(), 'config/contest.key': key() },
    { 'config/test_local.pem': key() },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['config/contest.key', 'error'],
      ['config/jwt-test.key', 'error'],
      ['config/latest.pem', 'error'],
      ['config/test_local.pem', 'error'],
      ['crates/api/config/test_private_rsa_key.pem', 'info'],
    ],
  );
});

// ONSdigital/eq-questionnaire-runner: the committed dev-keys.yml is the key file its functional tests
// run the image with (`.functional-tests.env`: EQ_KEYS_FILE=dev-keys.yml). Only `.env.test`-style
// names counted as test environments, so CTX202 failed every build on a published dev key.
test('CTX202: a committed key that a committed `<words>-tests.env` or `test.env` names is a fixture; a `production.env` naming it is no test', () => {
  const yml = (key: string) => `keys:\n  signing: |\n    ${key.trim().split('\n').join('\n    ')}\n`;
  const f = auditCommitted({
    'dev-keys.yml': yml(fakeKey()),
    '.functional-tests.env': 'EQ_KEYS_FILE=dev-keys.yml\n',
    'svc/keys.yml': yml(fakeKey()),
    'svc/test.env': 'KEYS=keys.yml\n',
    'prod/keys.yml': yml(fakeKey()),
    'prod/production.env': 'KEYS=keys.yml\n',
  })
    .filter((x) => x.ruleId === 'CTX202')
    .map((x) => [x.path, x.severity])
    .sort();
  assert.deepEqual(f, [
    ['dev-keys.yml', 'info'],
    ['prod/keys.yml', 'error'],
    ['svc/keys.yml', 'info'],
  ]);
});

// ONSdigital/eq-survey-runner's jwt-test-keys/*.pem: CTX202 called each key the same as the one its
// tests/app/authentication/__init__.py holds as TEST_DO_NOT_USE_SR_PRIVATE_PEM (info), while CTX201
// on the same file said its content holds a credential (error, exit 1).
test('CTX201: a key file whose every key a committed fixture also holds is info, as CTX202 says; a second key of its own keeps the error', () => {
  const shared = fakeKey();
  const f = auditCommitted({
    'tests/app/authentication/__init__.py': `TEST_DO_NOT_USE_SR_PRIVATE_PEM = """${shared}"""\n`,
    'jwt-test-keys/sr-private-v1.pem': shared,
    'keys/both.pem': shared + fakeKey(),
    'keys/own.pem': fakeKey(),
  });
  const sev = (rule: string) => f.filter((x) => x.ruleId === rule && x.path !== 'tests/app/authentication/__init__.py').map((x) => [x.path, x.severity]).sort();
  assert.deepEqual(sev('CTX201'), [['jwt-test-keys/sr-private-v1.pem', 'info'], ['keys/both.pem', 'error'], ['keys/own.pem', 'error']]);
  assert.deepEqual(sev('CTX202'), [['jwt-test-keys/sr-private-v1.pem', 'info'], ['keys/both.pem', 'error'], ['keys/own.pem', 'error']]);
  assert.match(f.find((x) => x.ruleId === 'CTX201' && x.path === 'jwt-test-keys/sr-private-v1.pem')?.message ?? '', /; the same key as tests\/app\/authentication\/__init__\.py, a committed fixture or example \(CTX202\): check it is not a live one$/);
});

// tough-dev-school/education-backend's build job runs `cp src/core/.env.ci src/core/.env` before
// the build whose image ships it: CTX201 called the copy a credential (exit 1), while the committed
// `.env.ci` itself is a test environment file (info) and CTX202 called the copy's key its fixture's.
test('CTX201: an untracked byte-for-byte copy of a committed test file (.env from .env.ci) is info; an edited copy keeps its severity', () => {
  const ci = `DEBUG=off\nSECRET_KEY=${rand(40)}\nDATABASE_URL=postgres://postgres:${rand(16)}@db:5432/app\n`;
  const audit = (envText: string) => {
    const tree = buildTree({
      files: ['Dockerfile', 'src/core/.env.ci', 'app.py'],
      fileContents: { Dockerfile: 'FROM python:3.12\nCOPY . /app\n', 'src/core/.env.ci': ci, 'app.py': 'print(1)\n' },
      dockerignore: null,
    });
    try {
      git(tree.ctx, 'init', '-q');
      git(tree.ctx, 'add', '-A');
      writeFileSync(join(tree.ctx, 'src/core/.env'), envText);
      return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit' })
        .findings.filter((x) => x.ruleId === 'CTX201' && x.path === 'src/core/.env')
        .map((x) => [x.severity, x.data.evidence, x.message] as const);
    } finally {
      tree.cleanup();
    }
  };
  const copied = audit(ci);
  assert.deepEqual(copied.map(([s, e]) => [s, e]), [['info', 'fixture-copy']]);
  assert.match(copied[0][2], /a byte-for-byte copy of the committed test file src\/core\/\.env\.ci: the test values the repository publishes/);
  assert.deepEqual(audit(ci.replace('DEBUG=off', 'DEBUG=on')).map(([s, e]) => [s, e]), [['error', 'content']]);
});

// The review of ad87a14 and 168626c: the copy's source is a path of the repository, judged from its
// root (under `context: app`, education-backend's own case stayed an error); and a dotenv whose
// verdict comes from its passwords keeps it, whatever a key in it shares with a fixture.
test('CTX201: a copy of a committed test file is info under a sub-directory context too; a dotenv with passwords and a fixture\'s key keeps its error', () => {
  const ci = `DEBUG=off\nSECRET_KEY=${rand(40)}\n`;
  const tree = buildTree({
    files: ['app/Dockerfile', 'app/src/core/.env.ci', 'app/main.py'],
    fileContents: { 'app/Dockerfile': 'FROM python:3.12\nCOPY . /app\n', 'app/src/core/.env.ci': ci, 'app/main.py': 'print(1)\n' },
    dockerignore: null,
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-A');
    writeFileSync(join(tree.ctx, 'app/src/core/.env'), ci);
    const f = runAudit({ context: join(tree.ctx, 'app'), cwd: tree.ctx, builder: 'buildkit' }).findings.filter((x) => x.ruleId === 'CTX201' && x.path === 'src/core/.env');
    assert.deepEqual(f.map((x) => [x.severity, x.data.evidence]), [['info', 'fixture-copy']]);
  } finally {
    tree.cleanup();
  }
  const key = fakeKey();
  const f = auditCommitted({ 'tests/keys.py': `TEST_KEY = """${key}"""\n` }, { '.env': `DB_PASSWORD=${rand(20)}\nSTRIPE_SECRET=sk_${rand(24)}\nJWT_KEY="${key.trim().split('\n').join('\\n')}"\n` });
  assert.deepEqual(f.filter((x) => x.ruleId === 'CTX201' && x.path === '.env').map((x) => x.severity), ['error']);
});

// gatus: .examples/ holds demo configurations and their keys; a dot-prefixed examples directory was no
// examples directory, so its committed demo keys were errors (sweep 47/A-F5).
test('CTX201/CTX202: a key in a dot-prefixed examples directory (.examples/, .samples/) is published on purpose (info); `.examplesX/` is not', () => {
  const key = fakeKey;
  const f = auditCommitted({ '.examples/tls/server.key': key(), '.samples/a.key': key(), '.examplesx/b.key': key() })
    .filter((x) => x.ruleId === 'CTX201')
    .map((x) => [x.path, x.severity])
    .sort();
  assert.deepEqual(f, [
    ['.examples/tls/server.key', 'info'],
    ['.examplesx/b.key', 'error'],
    ['.samples/a.key', 'info'],
  ]);
});

// postal's docker/ci-config/signing.key, mounted by its compose file for the CI's `rspec` run under
// RAILS_ENVIRONMENT=test (sweep 52/S-F2): two errors on every pull request for a committed test key, as
// `.env.ci` is a fixture. `ci/` alone, where deploy keys are kept, is no test directory.
test('CTX201/CTX202: a committed key in a ci-config or ci_config directory is info; in ci/ or deploy-config/ it keeps its error', () => {
  const tracked = { 'docker/ci-config/signing.key': fakeKey(), 'ci_config/ca.key': fakeKey(), 'ci/deploy.key': fakeKey(), 'deploy-config/signing.key': fakeKey() };
  for (const rule of ['CTX201', 'CTX202']) {
    assert.deepEqual(
      secretFindings(rule, tracked).map(([p, s]) => [p, s]),
      [
        ['ci/deploy.key', 'error'],
        ['ci_config/ca.key', 'info'],
        ['deploy-config/signing.key', 'error'],
        ['docker/ci-config/signing.key', 'info'],
      ],
      rule,
    );
  }
});

// ergochat/ergo's default.yaml (sweep 52/S-F1): a commented-out sample of its jwt services option, key and
// all, failed every pull request; on comment lines of a committed file it is a warning at most. Uncommented,
// or commented but untracked, it keeps its error.
test('CTX202: a committed private key written on comment lines only is a warning at most; uncommitted or uncommented it is an error', () => {
  const escaped = () => fakeKey().trimEnd().split('\n').join('\\n');
  const f = secretFindings(
    'CTX202',
    { 'default.yaml': `server:\n  name: x\n#services:\n#   "FILEHOST":\n#       url: "https://example.com/filehost"\n#       key: "${escaped()}"\n`, 'conf/app.js': `// const key = "${escaped()}";\n`, 'live.yaml': `key: "${escaped()}"\n`, 'tail.yaml': `#  key: "${escaped()}"\nother: "${escaped()}"\n` },
    { 'local.yaml': `#   key: "${escaped()}"\n` },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['conf/app.js', 'warning'],
      ['default.yaml', 'warning'],
      ['live.yaml', 'error'],
      ['local.yaml', 'error'],
      ['tail.yaml', 'error'], // the commented sample, then a live key below it: reported at the live one
    ],
  );
  assert.match(String(f.find(([p]) => p === 'default.yaml')?.[2]), /on comment lines of a committed file: a sample the program does not read/);
});

// element-hq/matrix-authentication-service's secrets.rs (sweep 52/S-F4): the key of `pub(crate) fn test()`,
// six lines into it inside an `indoc!` string, was a warning; a test's own function holds a test's value.
// A function named otherwise, or one further up than twelve lines, does not count.
test('CTX202: a committed key inside a function whose name says test (fn test, def make_fake_key) is info', () => {
  const body = (fnLine: string, pad: number) => `${fnLine}\n${'    let x = 1;\n'.repeat(pad)}    let rsa_key = Key::Value(indoc! {r"\n${fakeKey()}"});\n}\n`;
  const f = secretFindings('CTX202', {
    'src/secrets.rs': body('    pub(crate) fn test() -> Self {', 4),
    'src/gen.py': body('def make_fake_key():', 2),
    'src/prod.rs': body('    pub fn load() -> Self {', 4),
    'src/far.rs': body('fn test() {', 14),
  });
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['src/far.rs', 'error'],
      ['src/gen.py', 'info'],
      ['src/prod.rs', 'error'],
      ['src/secrets.rs', 'info'],
    ],
  );
  assert.match(String(f.find(([p]) => p === 'src/secrets.rs')?.[2]), /named as a test's own value \(fn test\)/);
});

// edgexfoundry/edgex-go's cmd/security-proxy-auth/res/insecure_aes.key (sweep 52/V-F1): the project's published
// insecure default, which its proxy reads when EDGEX_INSECURE_AES_KEY is unset and ships on purpose, failed the
// gate; `dummy_`/`fake_` names were errors where a `fake-certs/` directory is info. Untracked, each keeps its error;
// a name that only contains the letters (`insecurely`, `fakeroot`) is no such name.
test('CTX201: a committed key file named insecure is a warning at most, one named dummy or fake is info; untracked, an error', () => {
  const aes = () => `${rand(32)}\n`;
  const f = secretFindings(
    'CTX201',
    { 'res/insecure_aes.key': aes(), 'res/dummy_aes.key': aes(), 'res/fake-ca.key': aes(), 'res/fakeroot.key': aes(), 'res/insecurely.key': aes() },
    { 'local/insecure_aes.key': aes() },
  );
  assert.deepEqual(
    f.map(([p, s]) => [p, s]),
    [
      ['local/insecure_aes.key', 'error'],
      ['res/dummy_aes.key', 'info'],
      ['res/fake-ca.key', 'info'],
      ['res/fakeroot.key', 'error'],
      ['res/insecure_aes.key', 'warning'],
      ['res/insecurely.key', 'error'],
    ],
  );
  assert.match(String(f.find(([p]) => p === 'res/insecure_aes.key')?.[2]), /committed to git under a name that calls it insecure: the project's published default/);
});

// The reviews of 924d70dd: a key after a one-line Python helper or a Go function already closed is the module's,
// not a test's (RA-R1); a live PGP key beside a commented sample, and a one-line escaped key at the margin
// (`-----BEGIN` is no `--` comment), are no commented samples (RA-R3). All errors.
test('CTX202: a key below a closed function named test, a live PGP key beside a commented sample, a one-line key at the margin: errors', () => {
  const escaped = () => fakeKey().trimEnd().split('\n').join('\\n');
  const q3 = '"'.repeat(3);
  const pgp = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQ${rand(62, ALNUM + '+/')}\n${rand(64, ALNUM + '+/')}\n=AbCd\n-----END PGP PRIVATE KEY BLOCK-----\n`;
  const f = secretFindings('CTX202', {
    'app.py': `def test_connection(): return ping()\n\n\nSIGNING_KEY = ${q3}\n${fakeKey()}${q3}\n`,
    'after.py': `def make_fake():\n    return 1\n\nKEY = ${q3}\n${fakeKey()}${q3}\n`,
    'main.go': `package main\n\nfunc fakeNow() int { return 0 }\n\n// the signing key\nvar signingKey = \`\n${fakeKey()}\`\n`,
    'signing.asc': `#   key: "${escaped()}"\n${pgp}`,
    'jwt_private.txt': `${escaped()}\n`,
  });
  assert.deepEqual(f.map(([p, s]) => [p, s]), [['after.py', 'error'], ['app.py', 'error'], ['jwt_private.txt', 'error'], ['main.go', 'error'], ['signing.asc', 'error']]);
});

// The review of 40ced508 (RD-R2): a test function whose signature spans lines (black's style) or whose def line
// ends in a comment still holds its key: a fixture, info.
test('CTX202: a key in a test function with a multi-line signature or a commented def line is info', () => {
  const q3 = '"'.repeat(3);
  const f = secretFindings('CTX202', {
    'myapp/tests.py': `class T:\n    def test_signature_roundtrip(\n        self,\n    ):\n        key = ${q3}\n${fakeKey()}${q3}\n`,
    'myapp/checks.py': `def test_sign_roundtrip():  # noqa: S105\n    key = ${q3}\n${fakeKey()}${q3}\n`,
  });
  assert.deepEqual(f.map(([p, s]) => [p, s]), [['myapp/checks.py', 'info'], ['myapp/tests.py', 'info']]);
});

// bunkerity/bunkerweb's src/deps/src/mbedtls/ (sweep 53/W-F4): the library's public test keys, pinned by
// deps.json, were 3,000 warnings over its targets; under third_party/ they were info.
test('CTX201/CTX202: a committed file of a library\'s tree under a deps/ directory (its licence file at its top) is vendored code (info); a file right in deps/, one of a directory with no licence file, or untracked, keeps its severity', () => {
  const key = fakeKey;
  const tracked = {
    'src/deps/src/mbedtls/framework/data_files/server5.key': key(),
    'src/deps/src/mbedtls/LICENSE': 'Apache License\n',
    'deps/jemalloc/k.pem': key(),
    'deps/jemalloc/COPYING': 'BSD\n',
    'deps/own.key': key(),
    // The project's own service config under deps/ (no licence file there): kept (the review of dc29a2de, RA-R10).
    'deps/nginx/server.key': key(),
  };
  const f201 = secretFindings('CTX201', tracked, { 'deps/lib/local.key': key() });
  assert.deepEqual(f201.map(([p, s]) => [p, s]), [
    ['deps/jemalloc/k.pem', 'info'],
    ['deps/lib/local.key', 'error'],
    ['deps/nginx/server.key', 'error'],
    ['deps/own.key', 'error'],
    ['src/deps/src/mbedtls/framework/data_files/server5.key', 'info'],
  ]);
  assert.deepEqual(secretFindings('CTX202', tracked).map(([p, s]) => [p, s]), [
    ['deps/jemalloc/k.pem', 'info'],
    ['deps/nginx/server.key', 'error'],
    ['deps/own.key', 'error'],
    ['src/deps/src/mbedtls/framework/data_files/server5.key', 'info'],
  ]);
});

// The review of 6663bef9 (RB-R1): the licence lookup under deps/ went up every directory of a path; 1,500 deep,
// 15 s a file.
test('CTX201: a key very deep under deps/ is judged in bounded time', { timeout: 60_000 }, () => {
  const deep = `deps/${'d/'.repeat(1200)}k.pem`;
  const started = Date.now();
  const f = secretFindings('CTX201', { [deep]: fakeKey() });
  assert.equal(f.length, 1);
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
});

// noseyparker's crates/noseyparker/data/default/builtin/rules/*.yml: each rule lists the tokens it must match
// under `examples:` (and what it must not under `negative_examples:`), which `rules check` verifies; its release
// build copies them all. Seven CTX202 errors (sweep 54/G-F2). A value beside such a list, or the same list
// untracked, keeps its severity.
test('CTX202: an item of a committed YAML file\'s examples list is info; a value beside the list, or the file untracked, is not', () => {
  // One token a file (a file reports its first hit of a kind), at each place of the same rule file.
  const rules = (at: number) => {
    const v = (n: number) => (n === at ? fakeGithub() : 'ghp_x');
    return `rules:\n- name: GitHub Personal Access Token\n  pattern: 'ghp_[a-zA-Z0-9]{36}'\n  examples:\n  - '${v(5)}'\n  - |\n      export GITHUB_TOKEN=${v(7)}\n  negative_examples:\n    - value: ${v(9)}\n  references:\n  - https://docs.github.com\n  token: ${v(12)}\n`;
  };
  const f = secretFindings('CTX202', { 'rules/a.yml': rules(5), 'rules/b.yml': rules(7), 'rules/c.yaml': rules(9), 'rules/d.yml': rules(12) }, { 'local/rules.yml': rules(5) });
  assert.deepEqual(
    f.map(([p, s, m]) => [p, s, String(m).replace(/ \(value not shown\).*/, '')]),
    [
      ['local/rules.yml', 'error', 'line 5 holds what looks like a github-token'],
      ['rules/a.yml', 'info', 'line 5 holds what looks like a github-token'],
      ['rules/b.yml', 'info', 'line 7 holds what looks like a github-token'],
      ['rules/c.yaml', 'info', 'line 9 holds what looks like a github-token'],
      ['rules/d.yml', 'error', 'line 12 holds what looks like a github-token'],
    ],
  );
  assert.match(String(f.find(([p]) => p === 'rules/a.yml')?.[2]), /; an item of the committed file's `examples:` list: a sample published on purpose/);
  assert.match(String(f.find(([p]) => p === 'rules/c.yaml')?.[2]), /`negative_examples:` list/);
});

test('exampleListKey: a key after a compact list is no item of it; bounded on a hostile file (200,000 list items above the line, a 1 MB line)', () => {
  const t0 = Date.now();
  assert.equal(exampleListKey(`examples:\n${'  - x\n'.repeat(200_000)}  - y\n`, 200_002), null); // the key is 200,000 lines up: past the 400 read
  assert.equal(exampleListKey(`examples:\n${'  - x\n'.repeat(300)}  - y\n`, 302), 'examples');
  assert.equal(exampleListKey(`examples:\n  - ${'a'.repeat(1 << 20)}\n`, 2), 'examples');
  // A key just after a compact list is no item of it (the review of 5882ce38, RA-R8); one inside an item is.
  assert.equal(exampleListKey('name: deploy\nexamples:\n- ./deploy.sh staging\ngithub_token: x\n', 4), null);
  assert.equal(exampleListKey('examples:\n- name: a\n  value: x\n', 3), 'examples');
  assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
});

// sharetribe's admin forms: `placeholder: t("...secret_key_example", api_secret_key_example: 'sk_live_...')`, the
// example text of an empty Secret key field. Two CTX202 errors failed the gate, and suggest said to rotate it
// (sweep 55/M-F1). Shown as an example on its own line, in a committed file: info. The same token on a line
// that shows no example, or untracked, keeps its severity; an example word two lines up is not its line.
test('CTX202: a token whose key or attribute names it an example (api_secret_key_example:, placeholder=) in a committed file is info', () => {
  const live = () => `sk_live_${rand(24)}`;
  const f = secretFindings('CTX202', {
    'app/views/_stripe_form.haml': `= form.text_field :api_private_key,\n    placeholder: t("admin.secret_key_example", api_secret_key_example: '${live()}'),\n`,
    'web/form.html': `<input name="key" placeholder="${live()}">\n`,
    'config/payments.rb': `# see the example below\n\nSTRIPE_KEY = '${live()}'\n`,
  }, { 'web/untracked.html': `<input placeholder="${live()}">\n` });
  assert.deepEqual(f.map(([p, s]) => [p, s]), [
    ['app/views/_stripe_form.haml', 'info'],
    ['config/payments.rb', 'error'],
    ['web/form.html', 'info'],
    ['web/untracked.html', 'error'],
  ]);
  assert.match(String(f[0][2]), /; shown as an example on its line \(api_secret_key_example\) in a committed file: published on purpose/);
  assert.match(String(f[2][2]), /\(placeholder\)/);
  // The review of 3d98067d (RB-R1, RB-R2): only the name that holds the token counts, on a short line with no
  // other token, and every line of the file with one must be an example (a scan reports a kind's first hit).
  const kept = secretFindings('CTX202', {
    'settings.html': `<input name="stripe_key" value="${live()}" placeholder="Your Stripe secret key">\n`,
    'bundle.min.js': `!function(){var e={stripeKey:"${live()}"};var f={props:{placeholder:"${live()}"}};${'x'.repeat(400)}}();\n`,
    'config.json': `{"sentry":{"traces_sample_rate":0.2},"stripe":{"secret_key":"${live()}"}}\n`,
    'settings.rb': `# admin form hint\nf.text_field :secret_key, placeholder: "${live()}"\n# production key\nStripe.api_key = "${live()}"\n`,
  });
  assert.deepEqual(kept.map(([p, s]) => [p, s]), [['bundle.min.js', 'error'], ['config.json', 'error'], ['settings.html', 'error'], ['settings.rb', 'error']]);
  // A token of a kind with no prefix (Telegram, Discord) beside an example-named GitHub one is not shown as it (RC-R8).
  const telegram = () => `${1000000000 + Math.floor(Math.random() * 8999999999)}:AA${rand(33, ALNUM + '_-')}`;
  const tg = secretFindings('CTX202', { 'bot.yml': `github_token_example: "${fakeGithub()}" bot_token: "${telegram()}"\n` });
  assert.ok(tg.some(([, s, m]) => s === 'error' && /telegram/.test(String(m))), JSON.stringify(tg));
});

// securedrop's install_files/ansible-base/roles/ossec/files/test_admin_key.sec, the staging test GPG key: a
// `test_*` key file is a fixture for .pem and .key, and was an error for GnuPG's names (sweep 55/R-F5).
test('CTX202: a committed test_* key file with a GnuPG name (.sec, .asc, .gpg, .pgp, .priv) is a fixture', () => {
  const f = secretFindings('CTX202', {
    'roles/ossec/files/test_admin_key.sec': fakeKey(),
    'roles/ossec/files/test_admin_key.asc': fakeKey(),
    'molecule/files/test_apt.priv': fakeKey(),
    'roles/ossec/files/admin_key.sec': fakeKey(),
  });
  assert.deepEqual(f.map(([p, s]) => [p, s]), [
    ['molecule/files/test_apt.priv', 'info'],
    ['roles/ossec/files/admin_key.sec', 'error'],
    ['roles/ossec/files/test_admin_key.asc', 'info'],
    ['roles/ossec/files/test_admin_key.sec', 'info'],
  ]);
});

// circulation's tests/fixtures/fake_ca/fake_server.key, committed: CTX201 called it "an example (from an examples
// directory, or named as a template to copy)" while CTX202 called it a fixture (sweep 55/R-F6). A committed test file
// is a fixture first; a fake directory outside tests, or an untracked file in one, is still an example.
test('CTX201: a committed key under tests/ in a fake directory is a test fixture; in a fake directory elsewhere, an example naming fake directories', () => {
  const f = auditCommitted({ 'tests/fixtures/fake_ca/fake_server.key': 'x\n', 'deploy/fake-certs/server.key': 'x\n' })
    .filter((x) => x.ruleId === 'CTX201')
    .map((x) => [x.path, x.severity, x.data.evidence, x.message] as const)
    .sort();
  assert.deepEqual(f.map(([p, s, e]) => [p, s, e]), [
    ['deploy/fake-certs/server.key', 'info', 'example'],
    ['tests/fixtures/fake_ca/fake_server.key', 'info', 'test-fixture'],
  ]);
  assert.match(f[0][3], /is sent as an example \(from an examples, fake or dummy directory, or named as a template to copy\)/);
  assert.match(f[1][3], /a test file committed to git: a test fixture/);
});

/** [path, severity] of the CTX201 and CTX202 findings of a committed tree, sorted. */
const secretSeverities = (tracked: Record<string, string>) =>
  auditCommitted(tracked)
    .filter((x) => x.ruleId === 'CTX201' || x.ruleId === 'CTX202')
    .map((x) => [x.ruleId, x.path, x.severity])
    .sort();

// ThreeMammals/Ocelot: acceptance/mycert2.pfx, which acceptance/SslTests.cs loads, was a CTX201 error (sweep 56/V-F2); microsoft/
// reverse-proxy's testassets/BenchmarkApp/testCert.pfx a warning (V-F3). A test class's source that a test framework marks
// (`[Fact]`, `@Test`) is a test file, and names the fixtures beside it; `testassets/` is a test directory. `Latest.cs`,
// `Contest.java` are neither.
test('CTX201: a key a .NET or JVM test class beside it names, and one under testassets/, are test fixtures; a name that only ends in test is not', () => {
  assert.deepEqual(
    secretSeverities({
      'acceptance/mycert2.pfx': 'x\n',
      'acceptance/SslTests.cs': 'using Xunit;\npublic class SslTests { [Fact] public void Https() { o.UseHttps("mycert2.pfx", "password"); } }\n',
      'testassets/BenchmarkApp/testCert.pfx': 'x\n',
      'jvm/server.p12': 'x\n',
      'jvm/ServerTest.java': 'import org.junit.jupiter.api.Test;\nclass ServerTest { @Test void tls() { KeyStore ks = load("server.p12"); } }\n',
      'other/app.pfx': 'x\n',
      'other/Latest.cs': 'class Latest { string f = "app.pfx"; }\n',
      'other/Contest.java': 'class Contest { String f = "app.pfx"; }\n',
    }),
    [
      ['CTX201', 'acceptance/mycert2.pfx', 'info'],
      ['CTX201', 'jvm/server.p12', 'info'],
      ['CTX201', 'other/app.pfx', 'error'],
      ['CTX201', 'testassets/BenchmarkApp/testCert.pfx', 'info'],
    ],
  );
});

// The review of e47905a3 (RA-R4): an identifier that starts with a token's prefix (`xoxb_bot_token_test`) is the token's
// name, not a test's: the hit stays an error; a `test_bot_token` name is a test's.
test('CTX202: a name that starts with a token prefix is no test name; one with a test word is', () => {
  const token = ['xoxb', '1234567890', '1234567890123', 'AbCdEfGhIjKlMnOpQrSt'].join('-');
  assert.deepEqual(secretSeverities({ 'app/slack.py': `xoxb_bot_token_test = "${token}"\n` }), [['CTX202', 'app/slack.py', 'error']]);
  assert.deepEqual(secretSeverities({ 'app/slack.py': `test_bot_token = "${token}"\n` }), [['CTX202', 'app/slack.py', 'info']]);
});

// The review of 66d691f0 (RB-R1): a production class named like a test (`SigningKeySpec`, `SpeedTest`) that no test framework
// marks is no test file: its hard-coded key and the keystore it names stay errors. C and C++ tests by their names
// (userver's tls_wrapper_test.cpp, sweep 56/C-F1): a key written into one is a fixture.
test('CTX201/CTX202: a class named like a test without a test framework mark is none; C and C++ test sources are tests', () => {
  const keyId = ['AKIA', 'Z7QJ4WLMN2RT5XKP'].join('');
  const secret = ['q8Zt3pL0vR9sY2wK7mN4', 'bX6cF1hJ5gD0aE3uI8oT'].join('');
  assert.deepEqual(
    secretSeverities({
      'src/main/java/crypto/SigningKeySpec.java': `public final class SigningKeySpec {\n  static final String AWS_ACCESS_KEY_ID = "${keyId}";\n  static final String AWS_SECRET_ACCESS_KEY = "${secret}";\n  static KeyStore load() { return open("prod-signing.p12"); }\n}\n`,
      'src/main/java/crypto/prod-signing.p12': 'x\n',
      'core/io/tls_wrapper_test.cpp': `#include <gtest/gtest.h>\nconst char* kKeyId = "${keyId}";\nconst char* kSecret = "${secret}";\nTEST(TlsWrapper, Works) {}\n`,
      'core/io/keys_unittest.cc': `#include "gtest/gtest.h"\nconst char* kKeyId = "${keyId}"; // ${secret}\n`,
      'core/io/Server.cpp': `const char* kKeyId = "${keyId}"; // ${secret}\n`,
      // A tool named like a test, which no test framework marks (the review of 877e3a9b, RC-R3).
      'tools/speed_test.cpp': `const char* kKeyId = "${keyId}"; // ${secret}\nint main() { return 0; }\n`,
    }),
    [
      ['CTX201', 'src/main/java/crypto/prod-signing.p12', 'error'],
      ['CTX202', 'core/io/Server.cpp', 'error'],
      ['CTX202', 'core/io/keys_unittest.cc', 'info'],
      ['CTX202', 'core/io/tls_wrapper_test.cpp', 'info'],
      ['CTX202', 'src/main/java/crypto/SigningKeySpec.java', 'error'],
      ['CTX202', 'tools/speed_test.cpp', 'error'],
    ],
  );
});

// ThreeMammals/Ocelot: acceptance/mycert.pfx and unit/mycert.pfx lie in .NET test projects (Ocelot.AcceptanceTests.csproj
// references Microsoft.NET.Test.Sdk; Ocelot.UnitTests.csproj says IsTestProject), which copy them to the test output: four
// CTX201 errors (sweep 56/V-F2). A production project's directory keeps its error.
test('CTX201: a keystore in a .NET test project\'s directory is a test fixture; one in a production project stays an error', () => {
  assert.deepEqual(
    secretSeverities({
      'acceptance/Ocelot.AcceptanceTests.csproj': '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.0.0" /></ItemGroup></Project>\n',
      'acceptance/mycert.pfx': 'x\n',
      'unit/Ocelot.UnitTests.csproj': '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>\n',
      'unit/certs/mycert.pfx': 'x\n',
      'src/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'src/prod.pfx': 'x\n',
    }),
    [
      ['CTX201', 'acceptance/mycert.pfx', 'info'],
      ['CTX201', 'src/prod.pfx', 'error'],
      ['CTX201', 'unit/certs/mycert.pfx', 'info'],
    ],
  );
});
