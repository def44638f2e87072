// CTX201/CTX202 on development keys (src/rules/dev-keys.ts): a committed private key whose own
// certificate vouches only for localhost, loopback addresses or reserved test names is a warning,
// not an error. Seen on fresh clones: penpot's devenv image copies `files/selfsigned.key`, the key
// of a self-signed `localhost, 127.0.0.1` certificate for Caddy (two errors before); authelia's
// suites carry keys for `*.example.com`. Keys and certificates are generated here, never committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { auditCommitted } from '../helpers/committed.js';
import { certificateFor, makeKeyAndCert } from '../helpers/x509.js';

/** [path, severity, message] of CTX201 and CTX202 for a context where `tracked` are committed and `untracked` are not. */
function keyFindings(tracked: Record<string, string>, untracked: Record<string, string> = {}) {
  const findings = auditCommitted(tracked, untracked);
  const of = (rule: string) =>
    findings
      .filter((f) => f.ruleId === rule)
      .map((f) => [f.path, f.severity, f.message] as const)
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return { ctx201: of('CTX201'), ctx202: of('CTX202') };
}

const severities = (list: readonly (readonly [string | undefined, string, string])[]) => list.map(([p, s]) => [p, s]);

test('a committed key of a self-signed localhost certificate beside it is a warning for both rules, naming what it vouches for', () => {
  const dev = makeKeyAndCert({ cn: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'] });
  const { ctx201, ctx202 } = keyFindings({ 'docker/devenv/files/selfsigned.key': dev.keyPem, 'docker/devenv/files/selfsigned.crt': dev.certPem });
  assert.deepEqual(severities(ctx201), [['docker/devenv/files/selfsigned.key', 'warning']]);
  assert.deepEqual(severities(ctx202), [['docker/devenv/files/selfsigned.key', 'warning']]);
  assert.match(ctx201[0][2], /private key of a certificate for 127\.0\.0\.1, localhost only, committed to git: a development key/);
  assert.match(ctx202[0][2], /line 1 holds what looks like a private-key .*the key of a certificate for 127\.0\.0\.1, localhost only/);
});

test('the same key stays an error when its certificate also names a real host, or when the certificate beside it is for another key', () => {
  const mixed = makeKeyAndCert({ cn: 'localhost', dns: ['localhost', 'api.mycompany.io'] });
  const single = makeKeyAndCert({ cn: 'vault' }); // a private network's name (no SAN: the CN counts)
  const other = makeKeyAndCert({ cn: 'localhost', dns: ['localhost'] });
  const stranger = makeKeyAndCert({ cn: 'localhost', dns: ['localhost'] });
  const { ctx201, ctx202 } = keyFindings({
    'a/server.key': mixed.keyPem,
    'a/server.crt': mixed.certPem,
    'b/vault.key': single.keyPem,
    'b/vault.crt': single.certPem,
    'c/dev.key': other.keyPem,
    'c/dev.crt': stranger.certPem, // a localhost certificate, but not this key's
  });
  assert.deepEqual(severities(ctx201), [
    ['a/server.key', 'error'],
    ['b/vault.key', 'error'],
    ['c/dev.key', 'error'],
  ]);
  assert.deepEqual(severities(ctx202), [
    ['a/server.key', 'error'],
    ['b/vault.key', 'error'],
    ['c/dev.key', 'error'],
  ]);
});

test('a key and its chain in one file, issued by a development CA for *.example.com, is a warning; the same file untracked is an error', () => {
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leaf = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const cert = certificateFor(leaf.publicKey, { cn: '*.example.com', dns: ['*.example.com', 'example.com', 'login.example.test'], issuer: { key: ca.privateKey, cn: 'Development Root CA' } }, leaf.privateKey);
  const chain = (leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string) + cert;
  const { ctx201, ctx202 } = keyFindings({ 'pki/private.chain.pem': chain }, { 'local/private.chain.pem': chain });
  assert.deepEqual(severities(ctx201), [
    ['local/private.chain.pem', 'error'], // someone's key, not in git
    ['pki/private.chain.pem', 'warning'],
  ]);
  assert.deepEqual(severities(ctx202), [
    ['local/private.chain.pem', 'error'],
    ['pki/private.chain.pem', 'warning'],
  ]);
  assert.match(ctx201[1][2], /for \*\.example\.com, example\.com, login\.example\.test only/);
});

test('a committed key in an e2e, suites or t directory is a test fixture (info)', () => {
  // A key of its own in each: one a fixture also holds is the fixture's (withFixtureKeys in collect.ts).
  const keyPem = () => makeKeyAndCert({ cn: 'Kong Testing Root CA' }).keyPem;
  const { ctx201 } = keyFindings({ 't/certs/ca.key': keyPem(), 'internal/suites/common/pki/private.pem': keyPem(), 'web/e2e/server.key': keyPem(), 'deploy/tls.key': keyPem() });
  assert.deepEqual(severities(ctx201), [
    ['deploy/tls.key', 'error'],
    ['internal/suites/common/pki/private.pem', 'info'],
    ['t/certs/ca.key', 'info'],
    ['web/e2e/server.key', 'info'],
  ]);
});

// AppFlowy-Cloud commits nginx/ssl/private_key.key with a self-signed certificate for appflowy.io that
// expired on 2024-03-14 (its self-hosting default): 10 errors across its targets before.
test('a committed key of a self-signed certificate past its end date is a warning; not yet expired, or issued by a CA, it stays an error', () => {
  const past = { notBefore: new Date('2023-03-15T00:00:00Z'), notAfter: new Date('2024-03-14T00:00:00Z') };
  const old = makeKeyAndCert({ cn: 'appflowy.io', ...past });
  const live = makeKeyAndCert({ cn: 'appflowy.io' });
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leaf = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const issued = certificateFor(leaf.publicKey, { cn: 'api.example-corp.io', issuer: { key: ca.privateKey, cn: 'Corp CA' }, ...past }, leaf.privateKey);
  const { ctx201, ctx202 } = keyFindings({
    'nginx/ssl/private_key.key': old.keyPem,
    'nginx/ssl/certificate.crt': old.certPem,
    'live/tls.key': live.keyPem,
    'live/tls.crt': live.certPem,
    'corp/tls.key': leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    'corp/tls.crt': issued,
  });
  assert.deepEqual(severities(ctx201), [
    ['corp/tls.key', 'error'], // a CA may have issued a newer certificate for the same key
    ['live/tls.key', 'error'],
    ['nginx/ssl/private_key.key', 'warning'],
  ]);
  assert.deepEqual(severities(ctx202).map(([p, s]) => `${p} ${s}`), ['corp/tls.key error', 'live/tls.key error', 'nginx/ssl/private_key.key warning']);
  assert.match(ctx201[2][2], /private key of a self-signed certificate for appflowy\.io that expired on 2024-03-14, committed to git: a development key no client trusts/);
});

// A hang guard, not a speed measurement: the lazy BEGIN...END regexp this replaced took 80 s here.
test('a stranger\'s key file with tens of thousands of BEGIN lines that never end is read in one pass (still a development key)', { timeout: 30_000 }, () => {
  const dev = makeKeyAndCert({ cn: 'localhost', dns: ['localhost'] });
  const noise = '-----BEGIN NOISE-----\n'.repeat(40_000); // ~880 kB, under the 1 MiB a .pem is read to
  const { ctx201 } = keyFindings({ 'tls/dev.pem': dev.keyPem + dev.certPem + noise });
  assert.deepEqual(severities(ctx201), [['tls/dev.pem', 'warning']]);
});

// cadence-workflow/cadence: config/credentials/client.key and keytest, keys of self-signed
// certificates with no CN and no subjectAltName (openssl's default `O=Internet Widgits Pty Ltd`; `O=Uber,
// OU=Cadence`) that only its development configs use, copied by `COPY config/credentials`: 6 errors.
test('a committed key of a self-signed certificate that names no host and no one is a warning; one naming a person, or issued by another key, stays an error', () => {
  const nameless = makeKeyAndCert({ cn: '', o: 'Internet Widgits Pty Ltd' });
  const person = makeKeyAndCert({ cn: 'Jane Doe' }); // mirotalk's: a CN that is a person's name
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leaf = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const issued = certificateFor(leaf.publicKey, { cn: '', o: 'Internet Widgits Pty Ltd', issuer: { key: ca.privateKey, cn: 'Some CA' } }, leaf.privateKey);
  const { ctx201 } = keyFindings({
    'config/credentials/client.key': nameless.keyPem,
    'config/credentials/client.crt': nameless.certPem,
    'ssl/key.pem': person.keyPem,
    'ssl/cert.pem': person.certPem,
    'tls/leaf.key': leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    'tls/leaf.crt': issued,
  });
  assert.deepEqual(severities(ctx201.filter(([p]) => !/\.(?:crt|pem)$/.test(p ?? '') || p === 'ssl/key.pem')), [
    ['config/credentials/client.key', 'warning'],
    ['ssl/key.pem', 'error'],
    ['tls/leaf.key', 'error'],
  ]);
  assert.match(ctx201[0][2], /a self-signed certificate that names no host and no one \(no CN, no subjectAltName\)/);
});

// pomerium's integration/tpl/files: keys of certificates mkcert's local CA issued, for
// *.localhost.pomerium.io (a real domain); 37 errors. mkcert names every CA `O=mkcert development CA`.
test('a committed key of a certificate issued by mkcert\'s development CA is a warning; the same names from another CA stay an error', () => {
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const leaf = makeKeyAndCert({ cn: 'pomerium-authorize', o: 'mkcert development certificate', dns: ['*.localhost.pomerium.io'], issuer: { key: ca.privateKey, cn: 'mkcert dev@laptop', o: 'mkcert development CA' } });
  const caCert = certificateFor(ca.publicKey, { cn: 'mkcert dev@laptop', o: 'mkcert development CA' }, ca.privateKey);
  const corp = makeKeyAndCert({ cn: 'authorize', dns: ['*.localhost.pomerium.io'], issuer: { key: ca.privateKey, cn: 'Corp Issuing CA', o: 'Corp' } });
  const { ctx201, ctx202 } = keyFindings({
    'integration/files/authorize-key.pem': leaf.keyPem,
    'integration/files/authorize.pem': leaf.certPem,
    // The CA's own key: its certificate is the mkcert CA.
    'integration/files/ca-key.pem': ca.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    'integration/files/ca.pem': caCert,
    'deploy/corp-key.pem': corp.keyPem,
    'deploy/corp.pem': corp.certPem,
  });
  const keys = (list: readonly (readonly [string | undefined, string, string])[]) => severities(list).filter(([p]) => String(p).endsWith('-key.pem'));
  assert.deepEqual(keys(ctx202), [
    ['deploy/corp-key.pem', 'error'],
    ['integration/files/authorize-key.pem', 'warning'],
    ['integration/files/ca-key.pem', 'warning'],
  ]);
  assert.deepEqual(keys(ctx201), keys(ctx202));
  assert.match(ctx202.find(([p]) => p === 'integration/files/authorize-key.pem')?.[2] ?? '', /a certificate from mkcert's development CA \(trusted only where `mkcert -install` ran\)/);
});

// nginx-proxy-manager's OpenAPI example holds a certificate and its key as JSON strings (`\n`
// escapes); pomerium's compose files inline them in indented YAML blocks. Both were errors.
test('a development key and its certificate written inside a JSON string or an indented YAML block are recognised like PEM files', () => {
  const dev = makeKeyAndCert({ cn: 'test.example.com', dns: ['test.example.com'] });
  const json = JSON.stringify({ example: { certificate: dev.certPem, certificate_key: dev.keyPem } }, null, 2) + '\n';
  const indent = (pem: string) => pem.trimEnd().split('\n').map((l) => '        ' + l).join('\n');
  const yaml = `services:\n  app:\n    environment:\n      CERT: |\n${indent(dev.certPem)}\n      KEY: |\n${indent(dev.keyPem)}\n`;
  const real = makeKeyAndCert({ cn: 'api.mycompany.io', dns: ['api.mycompany.io'] });
  const realJson = JSON.stringify({ certificate: real.certPem, key: real.keyPem }) + '\n';
  // postalsys/emailengine's lib/imapproxy/imap-core/lib/tls-options.js: key and certificate as strings
  // joined line by line (`'MIIE...\n' +`); one string per PEM was already read.
  const joined = (pem: string) => pem.trimEnd().split('\n').map((l) => `    '${l}\\n'`).join(' +\n');
  const js = `module.exports = {\n  key:\n${joined(dev.keyPem)},\n  cert:\n${joined(dev.certPem)}\n};\n`;
  const realJs = `module.exports = {\n  key:\n${joined(real.keyPem)},\n  cert:\n${joined(real.certPem)}\n};\n`;
  // fluent-bit's lib/monkey/tls/tls_openssl.c: C string literals, one per line with its own `\n"`
  // (the blank lines those left between the PEM lines kept the certificate from being read; sweep 47/A-F2).
  const cLiterals = (pem: string) => pem.trimEnd().split('\n').map((l) => `"${l}\\n"`).join('\n');
  const c = `static const char tls_builtin_cert[] =\n${cLiterals(dev.certPem)};\nstatic const char tls_builtin_key[] =\n${cLiterals(dev.keyPem)};\n`;
  const realC = `static const char cert[] =\n${cLiterals(real.certPem)};\nstatic const char key[] =\n${cLiterals(real.keyPem)};\n`;
  const { ctx202 } = keyFindings({ 'schema/upload/post.json': json, 'clusters/compose.yml': yaml, 'schema/real.json': realJson, 'lib/tls-options.js': js, 'lib/real-tls.js': realJs, 'lib/tls/tls_openssl.c': c, 'lib/tls/real_tls.c': realC });
  assert.deepEqual(severities(ctx202), [
    ['clusters/compose.yml', 'warning'],
    ['lib/real-tls.js', 'error'],
    ['lib/tls-options.js', 'warning'],
    ['lib/tls/real_tls.c', 'error'],
    ['lib/tls/tls_openssl.c', 'warning'],
    ['schema/real.json', 'error'],
    ['schema/upload/post.json', 'warning'],
  ]);
});

// emqx's certs/: ca.key and ca.crt committed beside the server.key and server.crt its CI images copy
// (CN=authn-server, valid to 2049): anyone can issue from that CA. Two errors per image.
test('a committed key of a certificate whose issuing CA\'s own private key is committed beside it is a warning; without the CA key, an error', () => {
  const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caCert = certificateFor(ca.publicKey, { cn: 'Acme Test CA', o: 'Acme Test' }, ca.privateKey);
  const leaf = makeKeyAndCert({ cn: 'authn-server', dns: ['authn-server'], issuer: { key: ca.privateKey, cn: 'Acme Test CA', o: 'Acme Test' } });
  const caKey = ca.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const withCa = keyFindings({ 'certs/server.key': leaf.keyPem, 'certs/server.crt': leaf.certPem, 'certs/ca.crt': caCert, 'certs/ca.key': caKey });
  assert.deepEqual(severities(withCa.ctx202).filter(([p]) => p === 'certs/server.key'), [['certs/server.key', 'warning']]);
  assert.match(withCa.ctx202.find(([p]) => p === 'certs/server.key')?.[2] ?? '', /a certificate from a CA whose own private key is committed beside it/);
  const noCaKey = keyFindings({ 'certs/server.key': leaf.keyPem, 'certs/server.crt': leaf.certPem, 'certs/ca.crt': caCert });
  assert.deepEqual(severities(noCaKey.ctx202), [['certs/server.key', 'error']]);
  // concourse's hack/vault/certs/vault-ca.key: the CA's own key, beside what it issued, is the same test PKI.
  assert.deepEqual(severities(withCa.ctx202).filter(([p]) => p === 'certs/ca.key'), [['certs/ca.key', 'warning']]);
  assert.match(withCa.ctx202.find(([p]) => p === 'certs/ca.key')?.[2] ?? '', /a self-signed CA certificate that issued the certificates committed beside it/);
  // A CA key with its certificate but nothing it issued beside it: an error.
  const caAlone = keyFindings({ 'certs/ca.crt': caCert, 'certs/ca.key': caKey });
  assert.deepEqual(severities(caAlone.ctx202), [['certs/ca.key', 'error']]);
});

// authorizer's e2e-playground/mocks/mock-saml-idp/certs/idp-key.pem (sweep 53/W-F1): a mock SAML IdP's
// committed key failed the gate; the same tree under e2e/ was info.
test('a committed key under an e2e-* playground or a mocks/mock-* directory is a test fixture (info); a mockup/ directory is no such place', () => {
  const keyPem = () => makeKeyAndCert({ cn: 'mock-saml-idp.e2e-playground.local' }).keyPem;
  const { ctx201, ctx202 } = keyFindings({ 'e2e-playground/idp/idp-key.pem': keyPem(), 'svc/mocks/k.pem': keyPem(), 'svc/mock-oidc/k.pem': keyPem(), 'e2e_tests/k.pem': keyPem(), 'mockups/k.pem': keyPem() });
  assert.deepEqual(severities(ctx201), [
    ['e2e_tests/k.pem', 'info'],
    ['e2e-playground/idp/idp-key.pem', 'info'],
    ['mockups/k.pem', 'error'],
    ['svc/mock-oidc/k.pem', 'info'],
    ['svc/mocks/k.pem', 'info'],
  ]);
  assert.deepEqual(severities(ctx202).map(([, s]) => s), ['info', 'info', 'error', 'info', 'info']);
});

// bunkerweb (sweep 53/W-F3): each key of a directory read and parsed every certificate beside it again
// (300 pairs, 30 targets: 100 s). A directory's certificate files are read once per audit now.
test('devKeyNames: the certificate files beside many keys of one directory are read once per audit, and each key still pairs with its own', async () => {
  const { devKeyNames } = await import('../../src/rules/dev-keys.js');
  const files = new Map<string, string>();
  for (let i = 0; i < 12; i++) {
    const k = makeKeyAndCert({ cn: `host${i}.localhost`, dns: [`host${i}.localhost`] });
    files.set(`pki/k${i}.key`, k.keyPem);
    files.set(`pki/c${i}.crt`, k.certPem);
  }
  const entries = [...files.keys()].sort().map((p) => ({ kind: 'file', path: p, contentBytes: Buffer.byteLength(files.get(p) as string) }));
  const reads = new Map<string, number>();
  const ctx = {
    entries,
    isGitTracked: () => true,
    reader: { readPrefix: (p: string) => (reads.set(p, (reads.get(p) ?? 0) + 1), Buffer.from(files.get(p) as string, 'latin1')) },
  } as unknown as Parameters<typeof devKeyNames>[0];
  for (let i = 0; i < 12; i++) assert.equal(devKeyNames(ctx, `pki/k${i}.key`, files.get(`pki/k${i}.key`) as string), `a certificate for host${i}.localhost only`);
  assert.deepEqual([...new Set(reads.values())], [1], JSON.stringify([...reads]));
  assert.equal(reads.size, 24);
});

// openhim-core-js' resources/certs/ihe: an IHE Connectathon 2015-16 test PKI, its leaf and its committed CA
// certificate both expired in 2016: four errors, where the same key self-signed and expired is a warning
// (sweep 55/N-F2). An expired chain beside the key is one no client accepts; a CA still valid keeps the error.
test('a committed key whose certificate and whose issuing CA certificate beside it have both expired is a warning', () => {
  const past = { notBefore: new Date('2014-10-09T00:00:00Z'), notAfter: new Date('2016-10-30T00:00:00Z') };
  const caKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caOld = certificateFor(caKey.publicKey, { cn: 'Test CA 2014-16', ...past }, caKey.privateKey);
  const caLive = certificateFor(caKey.publicKey, { cn: 'Test CA 2014-16' }, caKey.privateKey);
  const leaf = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const issued = certificateFor(leaf.publicKey, { cn: 'openhim', issuer: { key: caKey.privateKey, cn: 'Test CA 2014-16' }, ...past }, leaf.privateKey);
  const keyPem = leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const { ctx202 } = keyFindings({ 'ihe/key.pem': keyPem, 'ihe/cert.pem': issued, 'ihe/cacert.pem': caOld, 'live/key.pem': keyPem, 'live/cert.pem': issued, 'live/cacert.pem': caLive });
  assert.deepEqual(severities(ctx202).map(([p, s]) => `${p} ${s}`), ['ihe/key.pem warning', 'live/key.pem error']);
  assert.match(String(ctx202.find((f) => f[0] === 'ihe/key.pem')?.[2]), /the key of a certificate for openhim that expired on 2016-10-30, issued by a CA beside it that has expired too/);
});
