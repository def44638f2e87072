// Fake credentials are assembled at test time from random characters, so none is ever committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { isSecretScanCandidate, scanForSecrets } from '../../src/rules/ctx202-secret-content.js';
import { runAudit } from '../../src/audit.js';
import { startSecretPrescan } from '../../src/parallel/secret-prescan.js';
import type { SecretHit } from '../../src/rules/rule.js';
import type { WorkerJob, WorkerLink } from '../../src/parallel/protocol.js';
import { SyncWorker } from '../../src/parallel/sync-worker.js';
import { auditTree, findingsOf } from './ctx0-harness.js';
import { fakeGithubToken } from '../helpers/github-token.js';
import { buildTree } from '../helpers/trees.js';
import { runCli } from '../reporters/cli-io.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { neverStartedWorker } from '../helpers/workers.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function rand(n: number, alphabet = ALNUM): string {
  return [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
}
const fakeAws = () => 'AK' + 'IA' + rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
const fakeGithub = () => fakeGithubToken();
/** An AWS secret access key's shape: 40 base64 characters with both cases and a digit. */
const fakeAwsSecret = () => 'aZ9/' + rand(36, ALNUM + '/+');
const B64 = ALNUM + '+/';
const pemLine = (edge: 'BEGIN' | 'END', label = 'RSA PRIVATE KEY') => `-----${edge} ${label}-----`;
// A key with its body and END line: what a real private key file looks like. Its body does not start
// with `M` (DER's SEQUENCE): a random DER header would claim a length the body does not have.
const fakeKey = () => pemLine('BEGIN') + '\n' + 'x' + rand(63, B64) + '\n' + rand(64, B64) + '\n' + pemLine('END') + '\n';

test('scanForSecrets finds each kind with its line', () => {
  const text = `a\nkey = "${fakeAws()}"\n${fakeKey()}token: ${fakeGithub()}\n`;
  assert.deepEqual(scanForSecrets(text), [
    { kind: 'private-key', line: 3 },
    { kind: 'aws-access-key-id', line: 2, keyIdOnly: true }, // no secret access key in the text
    { kind: 'github-token', line: 7 }, // the key takes lines 3-6
  ]);
  assert.deepEqual(scanForSecrets('AKIA-not-a-key and ghp_short\n'), []);
});

test('CTX202 reports file, line and kind, and no output format contains the value', async () => {
  const aws = fakeAws();
  const f = findingsOf('CTX202', { files: ['src/app.js'], contents: { 'config/settings.py': `x = 1\nKEY = "${aws}"\n` }, dockerignore: '' });
  assert.deepEqual(
    f.map((x) => [x.path, x.line, x.data.kind]),
    [['config/settings.py', 2, 'aws-access-key-id']],
  );
  const tree = buildTree({ files: ['Dockerfile'], dockerignore: '' });
  try {
    writeFileSync(join(tree.ctx, 'creds.txt'), `token=${aws}\n`);
    for (const format of ['table', 'json', 'sarif', 'github', 'markdown']) {
      const r = await runCli([tree.ctx, '--format', format, '--no-config'], tree.ctx);
      assert.ok(r.stdout.includes('creds.txt'), format);
      assert.ok(!r.stdout.includes(aws) && !r.stdout.includes(aws.slice(4)), `${format} leaked the value`);
    }
  } finally {
    tree.cleanup();
  }
});

test('CTX202 is opt-out and size-capped, and skips binary files', () => {
  const contents = { 'a.txt': `${fakeGithub()}\n`, 'late.txt': 'x'.repeat(5000) + fakeGithub(), 'bin.dat': '\0\0' + fakeGithub() };
  assert.deepEqual(findingsOf('CTX202', { files: [], contents, dockerignore: '' }, { settings: { secretContent: { enabled: false, maxBytes: 1 << 20 } } }), []);
  const capped = auditTree({ files: [], contents, dockerignore: '' }, { settings: { secretContent: { enabled: true, maxBytes: 1000 } } }).findings.filter((x) => x.ruleId === 'CTX202');
  assert.deepEqual(capped.map((x) => x.path), ['a.txt']);
});

test('CTX202 through the background worker: the worker scans the files and the findings are the same', () => {
  const aws = fakeAws();
  const gh = fakeGithub();
  const shape = {
    files: ['src/app.js', 'lib/a.js', 'lib/b/c.js', 'docs/x.txt', 'node_modules/p/key.txt', 'config/settings.py', 'lib/b/token.txt'],
    contents: { 'config/settings.py': `x = 1\nKEY = "${aws}"\n`, 'lib/b/token.txt': `\n\n${gh}\n`, 'node_modules/p/key.txt': `${aws}\n` },
    dockerignore: '',
  };
  const tree = buildTree({ files: ['Dockerfile', ...shape.files], dockerignore: '' });
  try {
    for (const [p, c] of Object.entries(shape.contents)) writeFileSync(join(tree.ctx, p), c);
    const single = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', parallel: 'never' });
    const shared = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', parallel: 'always' });
    assert.equal(single.parallel, null);
    assert.ok(shared.parallel, 'the audit shared its work with a worker');
    // Who read which file is a race (the main thread takes the jobs the worker has not claimed);
    // the answers may not depend on it. The tests below pin each side.
    assert.notEqual(shared.parallel.secretsScannedByWorker, null);
    const hits = (r: typeof single) => r.findings.filter((f) => f.ruleId === 'CTX202').map((f) => [f.path, f.line, f.data.kind]);
    assert.deepEqual(hits(shared), [
      ['config/settings.py', 2, 'aws-access-key-id'],
      ['lib/b/token.txt', 3, 'github-token'],
    ]);
    assert.deepEqual(shared.findings, single.findings);
    assert.deepEqual(shared.context, single.context);
  } finally {
    tree.cleanup();
  }
});

test('CTX202 through the background worker when BuildKit reads another ignore file: files only BuildKit sends are still scanned', () => {
  const aws = fakeAws();
  const tree = buildTree({ files: ['Dockerfile', 'a/1.txt', 'b/2.txt', 'c/3.txt', 'legacy-only/x.txt', 'bk-only/y.txt', 'bk-only/z/w.txt'], dockerignore: 'bk-only\n' });
  try {
    writeFileSync(join(tree.ctx, 'Dockerfile.dockerignore'), 'legacy-only\n');
    writeFileSync(join(tree.ctx, 'bk-only/y.txt'), `k=${aws}\n`);
    writeFileSync(join(tree.ctx, 'legacy-only/x.txt'), `k=${aws}\n`);
    writeFileSync(join(tree.ctx, 'b/2.txt'), `\nk=${aws}\n`);
    const shared = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', parallel: 'always' });
    const single = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', parallel: 'never' });
    assert.ok(shared.parallel && shared.parallel.secretsScannedByWorker !== null);
    const hits = (r: typeof single) => r.findings.filter((f) => f.ruleId === 'CTX202').map((f) => [f.path, f.line]);
    assert.deepEqual(hits(shared), [
      ['b/2.txt', 2],
      ['bk-only/y.txt', 1],
    ]);
    assert.deepEqual(shared.findings, single.findings);
  } finally {
    tree.cleanup();
  }
});

test('secret prescan: jobs a dead worker never answered are read by the main thread, in walk order lookups', () => {
  const aws = fakeAws();
  const tree = buildTree({ files: ['Dockerfile', 'a/1.txt', 'a/b/2.txt', 'a-b/3.txt', 'c.txt'], dockerignore: '' });
  try {
    writeFileSync(join(tree.ctx, 'a/b/2.txt'), `x\n${aws}\n`);
    writeFileSync(join(tree.ctx, 'a-b/3.txt'), `${aws}\n`);
    const entries = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', parallel: 'never' }).legacy.walk.entries;
    const posted: WorkerJob[] = [];
    const dead: WorkerLink = { post: (j) => posted.push(j), poll: () => undefined, next: () => null };
    const pre = startSecretPrescan(dead, tree.ctx, entries, 1024);
    assert.ok(posted.length >= 1 && posted.every((j) => j.job === 'secrets'));
    const files = entries.filter((e) => e.kind === 'file').map((e) => e.path);
    // Walk order puts a/b/2.txt before a-b/3.txt ('/' sorts first), which plain string order would not.
    assert.deepEqual(files, ['.dockerignore', 'Dockerfile', 'a/1.txt', 'a/b/2.txt', 'a-b/3.txt', 'c.txt']);
    assert.deepEqual(files.map((f) => pre.secrets(f)), [undefined, [], [], [{ kind: 'aws-access-key-id', line: 2, keyIdOnly: true }], [{ kind: 'aws-access-key-id', line: 1, keyIdOnly: true }], []]);
    assert.equal(pre.scannedByWorker(), 0);
  } finally {
    tree.cleanup();
  }
});

test('secret prescan: when this thread has taken every job, it does not wait for a worker that never started', () => {
  const aws = fakeAws();
  const tree = buildTree({ files: ['Dockerfile', 'a/1.txt', 'b/2.txt'], dockerignore: '' });
  try {
    writeFileSync(join(tree.ctx, 'b/2.txt'), `${aws}\n`);
    const entries = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', parallel: 'never' }).legacy.walk.entries;
    const pre = startSecretPrescan(neverStartedWorker(), tree.ctx, entries, 1024);
    const files = entries.filter((e) => e.kind === 'file').map((e) => e.path);
    assert.deepEqual(files.map((f) => pre.secrets(f)), [undefined, [], [], [{ kind: 'aws-access-key-id', line: 1, keyIdOnly: true }]]);
    assert.equal(pre.scannedByWorker(), 0);
  } finally {
    tree.cleanup();
  }
});

test('secret prescan through the real worker thread: when the worker takes every job, its hits are the ones reported', () => {
  const aws = fakeAws();
  const gh = fakeGithub();
  const tree = buildTree({ files: ['Dockerfile'], dockerignore: '' });
  const w = SyncWorker.start();
  assert.ok(w, 'worker threads are available here');
  try {
    // 2,100 files: two jobs (2,048 files each at most). File creation is slow on these machines (~0.7 ms).
    for (let d = 0; d < 7; d++) mkdirSync(join(tree.ctx, `d${d}`));
    for (let i = 0; i < 2100; i++) writeFileSync(join(tree.ctx, `d${i % 7}/f${i}.txt`), `file ${i}\n`);
    writeFileSync(join(tree.ctx, 'd3/f1000.txt'), `\n\n${aws}\n`);
    writeFileSync(join(tree.ctx, 'd0/f2093.txt'), `${gh}\n`);
    const entries = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', parallel: 'never' }).legacy.walk.entries;
    // Hold each post until the worker has claimed that job, so this thread can take none of them.
    const link: WorkerLink = {
      post(job) {
        w.post(job);
        if (job.job !== 'secrets') return;
        for (let waited = 0; Atomics.load(job.claims, job.index) === 0 && waited < 10_000; waited += 20) Atomics.wait(job.claims, job.index, 0, 20);
      },
      poll: () => w.poll(),
      next: () => w.next(),
    };
    const pre = startSecretPrescan(link, tree.ctx, entries, 1024);
    const found = entries.filter((e) => e.kind === 'file').flatMap((e) => (pre.secrets(e.path) ?? []).map((h) => [e.path, h.kind, h.line, h.keyIdOnly ?? false]));
    assert.deepEqual(found, [
      ['d0/f2093.txt', 'github-token', 1, false],
      ['d3/f1000.txt', 'aws-access-key-id', 3, true], // the flag crosses the worker protocol
    ]);
    const candidates = entries.filter(isSecretScanCandidate).length;
    assert.ok(candidates > 2100 && candidates < 2110, `${candidates} candidates`);
    assert.equal(pre.scannedByWorker(), candidates, 'every candidate was read by the worker');
  } finally {
    w.close();
    tree.cleanup();
  }
});

// Issue 14 item 4: secrets need evidence.
test('CTX202: documented examples are not secrets (AWS published example key id, anything with EXAMPLE); a real-format key next to one still is', () => {
  // AWS's documented example key id, assembled so the literal is not in the repository.
  const awsExample = 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE';
  assert.deepEqual(scanForSecrets(`aws_access_key_id = ${awsExample}\n`), []);
  // With the checksum of an issued token, so that only EXAMPLE keeps it out.
  assert.deepEqual(scanForSecrets(`token: ${fakeGithubToken(undefined, 'EXAMPLE')}\n`), []);
  assert.deepEqual(scanForSecrets(`token: ${fakeGithubToken(undefined, 'EXAMPL3')}\n`).map((h) => h.kind), ['github-token']);
  assert.deepEqual(scanForSecrets(`a = ${awsExample}\nb = ${fakeAws()}\n`), [{ kind: 'aws-access-key-id', line: 2, keyIdOnly: true }]);
});

test('CTX202: a token a vendor prints in its documentation is no secret (Slack\'s OAuth v2 guide, grafana/oncall\'s fixture); the same shape with another body is', () => {
  // Assembled from parts so the literal is not in the repository.
  const slackDocs = ['xo' + 'xb', '17653672481', '19874698323', 'pdFZKVeTuE8sk7oOcBrzbqgy'].join('-');
  assert.deepEqual(scanForSecrets(`SLACK_OAUTH_ACCESS_RESPONSE = {"access_token": "${slackDocs}"}\n`), []);
  const other = ['xo' + 'xb', '17653672481', '19874698323', rand(24)].join('-');
  assert.deepEqual(scanForSecrets(`a = "${slackDocs}"\nb = "${other}"\n`), [{ kind: 'slack-token', line: 2 }]);
});

test('CTX202: a PEM BEGIN line without a key body and END line is no evidence; a key in a JSON string with \\n escapes is', () => {
  assert.deepEqual(scanForSecrets(`const HEADER = "${pemLine('BEGIN')}";\n`), []);
  assert.deepEqual(scanForSecrets(`${pemLine('BEGIN')}\n...\n${pemLine('END')}\n`), []);
  assert.deepEqual(scanForSecrets(`${pemLine('BEGIN')}\n${rand(80, B64)}\n`), [], 'no END line');
  assert.deepEqual(scanForSecrets(`${pemLine('BEGIN')}\n${rand(80, B64)}\n${pemLine('END', 'DSA PRIVATE KEY')}\n`), [], 'END of another label');
  const json = `{\n  "type": "service_account",\n  "private_key": "${pemLine('BEGIN', 'PRIVATE KEY')}\\nx${rand(63, B64)}\\n${rand(40, B64)}\\n${pemLine('END', 'PRIVATE KEY')}\\n"\n}\n`;
  assert.deepEqual(scanForSecrets(json), [{ kind: 'private-key', line: 3 }]);
  const pgp = `${pemLine('BEGIN', 'PGP PRIVATE KEY BLOCK')}\nVersion: x\n\n${rand(64, B64)}\n=${rand(4, B64)}\n${pemLine('END', 'PGP PRIVATE KEY BLOCK')}\n`;
  assert.deepEqual(scanForSecrets(pgp), [{ kind: 'private-key', line: 1 }]);
});

test('CTX202 message: "an aws-access-key-id", "a github-token"', () => {
  const f = findingsOf('CTX202', { files: [], contents: { 'a.txt': `${fakeAws()}\n${fakeAwsSecret()}\n`, 'b.txt': `${fakeGithub()}\n` }, dockerignore: '' });
  assert.deepEqual(f.map((x) => x.message), ['line 1 holds what looks like an aws-access-key-id (value not shown)', 'line 1 holds what looks like a github-token (value not shown)']);
});

test('CTX202: a Slack token has a numeric id after its prefix; a docs placeholder (prefect: "xoxb-your-bot-token-here") is not one', () => {
  const digits = (n: number) => rand(n, '0123456789');
  const real = 'xo' + `xb-${digits(11)}-${digits(13)}-${rand(24)}`;
  const legacy = 'xo' + `xa-2-${digits(12)}-${rand(20)}`;
  assert.deepEqual(scanForSecrets(`token = "${real}"\n`), [{ kind: 'slack-token', line: 1 }]);
  assert.deepEqual(scanForSecrets(`x\nother = "${legacy}"\n`), [{ kind: 'slack-token', line: 2 }]);
  assert.deepEqual(scanForSecrets('   token = "' + 'xo' + 'xb-your-bot-token-here"\n'), []);
});

test('CTX202: an AWS access key id with no secret access key in the file is a warning (minio documents an event payload holding one); with its secret, an error', () => {
  const contents = {
    'docs/event.go': `// "accessKeyId": "${fakeAws()}"\n// "sha": "${rand(40, '0123456789abcdef')}"\n`, // a hex digest is not a secret
    'deploy/creds.ini': `[default]\naws_access_key_id = ${fakeAws()}\naws_secret_access_key = ${fakeAwsSecret()}\n`,
  };
  const f = findingsOf('CTX202', { files: [], contents, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.keyIdOnly ?? false]).sort(), [
    ['deploy/creds.ini', 'error', false],
    ['docs/event.go', 'warning', true],
  ]);
  assert.match(f.find((x) => x.path === 'docs/event.go')!.message, /with no secret access key in the file: an identifier, a credential only with its secret$/);
});

test('CTX202: a PEM key whose DER header claims far more bytes than its body holds is a redaction test, not a key (netdata); a complete DER key is', () => {
  // A DER SEQUENCE with a 2-byte length: 0x30 0x82 LL LL, then the content.
  const der = (claimed: number, actual: number) => Buffer.concat([Buffer.from([0x30, 0x82, claimed >> 8, claimed & 0xff]), randomBytes(actual)]).toString('base64');
  const block = (b64: string) => `${pemLine('BEGIN')}\n${b64.match(/.{1,64}/g)!.join('\n')}\n${pemLine('END')}\n`;
  assert.deepEqual(scanForSecrets(block(der(1213, 1213))), [{ kind: 'private-key', line: 1 }]);
  assert.deepEqual(scanForSecrets(block(der(1213, 70))), [], 'two lines under a header claiming 1,217 bytes');
  // In a JSON string with \n escapes and a code concatenation: still measured right.
  const whole = der(606, 606);
  const parts = whole.match(/.{1,64}/g)!;
  const js = `const k = "${pemLine('BEGIN')}\\n" +\n  "${parts.join('\\n" +\n  "')}\\n" +\n  "${pemLine('END')}";\n`;
  assert.deepEqual(scanForSecrets(js), [{ kind: 'private-key', line: 1 }]);
});

// systemprompt-template's demo/01-seed-data.sh uses AKIA1234567890ABCDEF to show a secret being
// refused: a warning said it was copied into the image. AWS key ids are base32 (A-Z, 2-7), as
// gitleaks and trufflehog match them; 0, 1, 8 and 9 never occur in one.
test('CTX202: an AWS key id is AKIA/ASIA + 16 base32 characters; a digit 0, 1, 8 or 9 makes it no key id', () => {
  const kinds = (t: string) => scanForSecrets(t).map((h) => h.kind);
  assert.deepEqual(kinds('aws_access_key_id = AKIA1234567890ABCDEF'), []);
  for (const digit of ['0', '1', '8', '9']) assert.deepEqual(kinds(`id: ${fakeAws().slice(0, 19)}${digit}`), [], digit);
  assert.deepEqual(kinds(`id: ${fakeAws()}`), ['aws-access-key-id']);
  assert.deepEqual(kinds('id: ASIA' + 'QWERTY234567ZXCV'), ['aws-access-key-id']);
});

// jet-bridge's packages/jet_django/README.rst: an `.. image::` through Notion's S3 pre-signed URL,
// `?AWSAccessKeyId=AKIA...&Expires=1539710956&Signature=...`: a link made to be handed out (sweep 54/F-F4).
test('CTX202: an AWS key id that is a pre-signed URL\'s AWSAccessKeyId or X-Amz-Credential, its signature beside it, is no hit; one elsewhere in the file still is', () => {
  const kinds = (t: string) => scanForSecrets(t).map((h) => [h.kind, h.line]);
  const v2 = (id: string, sig = '&Signature=abc%2Fdef%3D') => `.. image:: https://s3.us-west-2.amazonaws.com/secure.notion-static.com/0797/main.gif?AWSAccessKeyId=${id}&Expires=1539710956${sig}\n`;
  assert.deepEqual(kinds(v2(fakeAws())), []);
  assert.deepEqual(kinds(`<img src="https://b.s3.amazonaws.com/k.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${fakeAws()}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=900&X-Amz-Signature=0123abcd">\n`), []);
  // Without a signature it is a key id in a URL, not a pre-signed link; and one elsewhere in the file is still found.
  assert.deepEqual(kinds(v2(fakeAws(), '')), [['aws-access-key-id', 1]]);
  assert.deepEqual(kinds(`${v2(fakeAws())}aws_access_key_id = ${fakeAws()}\n`), [['aws-access-key-id', 2]]);
  // With the secret access key in the file, the credential is whole: found (the review of 0243f948, RB-R8).
  const secret = `aws_secret_access_key = ${randomBytes(30).toString('base64').replace(/[+/=]/g, 'a').slice(0, 40)}\n`;
  assert.deepEqual(kinds(`${v2(fakeAws())}${secret}`).map(([k]) => k), ['aws-access-key-id']);
  // Bounded: 900 kB of signed parameters, each a pre-signed key id to judge (RB-R9: 2 s, the URL read backwards by a pattern).
  const t0 = Date.now();
  scanForSecrets(`x?AWSAccessKeyId=${fakeAws()}&Signature=a${'b'.repeat(2000)}`.repeat(450));
  assert.ok(Date.now() - t0 < 1500, `${Date.now() - t0} ms`);
});

// mcp-gateway's benches/gateway_benchmarks.rs: `ghp_` + the alphabet and the digits, a benchmark's
// input, an error once a COPY took it into an image. Every token GitHub issues ends in the CRC32 of
// the 30 characters before, in base62; that one does not.
test('CTX202: a GitHub token whose last 6 characters are not the checksum of the 30 before is not one GitHub issued: no hit; an issued-shaped one is, after it in the same file too', () => {
  const kinds = (t: string) => scanForSecrets(t).map((h) => [h.kind, h.line]);
  assert.deepEqual(kinds('const T: &str = "ghp_' + 'abcdefghijklmnopqrstuvwxyz1234567890";'), []);
  const real = fakeGithubToken();
  assert.deepEqual(kinds(`token: ${real}`), [['github-token', 1]]);
  // One character changed, in the body or the checksum: none.
  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'a' ? 'b' : 'a') + s.slice(i + 1);
  assert.deepEqual(kinds(`token: ${flip(real, 10)}`), []);
  assert.deepEqual(kinds(`token: ${flip(real, 39)}`), []);
  // A not-issued one first does not hide the issued one below it.
  assert.deepEqual(kinds(`a: ghp_abcdefghijklmnopqrstuvwxyz1234567890\nb: ${real}\n`), [['github-token', 2]]);
  // The other GitHub prefixes carry the same checksum.
  assert.deepEqual(kinds(`token: ${fakeGithubToken('gh' + 's_')}`), [['github-token', 1]]);
});

// anything-llm's Gitlab connector form: placeholder="glpat-XXXXXXXXXXXXXXXXXXXX".
test('CTX202: a token whose body is one or two characters repeated is a placeholder, not a hit; a real-shaped one still is', () => {
  const kinds = (t: string) => scanForSecrets(t).map((h) => h.kind);
  assert.deepEqual(kinds('<input placeholder="glpat-XXXXXXXXXXXXXXXXXXXX" />'), []);
  assert.deepEqual(kinds('token: ghp_' + '0'.repeat(36)), []);
  assert.deepEqual(kinds('id: AKIA' + 'X'.repeat(16)), []);
  assert.deepEqual(kinds('npm_' + 'xX'.repeat(18)), []);
  const body = [...randomBytes(20)].map((b) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[b % 62]).join('');
  assert.deepEqual(kinds(`token: glpat-${body}`), ['gitlab-token']);
});

// connext's monorepo: `--all` audits twenty targets, most of them from the repository root, and
// CTX202 read and scanned the root's files once per target: 14 s of a 24 s run in the prefilter.
// One run's audits share their scans (runTargets passes one cache): a file of the same path and
// size is scanned once. The test changes a file's content (not its size) between two audits sharing
// a cache: the second answers from the cache; without it, it reads the file again.
test('CTX202: audits sharing a scan cache scan each file once (same path, size and bytes read); without one, each audit reads it', () => {
  const aws = fakeAws();
  const tree = buildTree({ files: ['Dockerfile', 'conf/settings.py'], dockerignore: '' });
  try {
    const file = join(tree.ctx, 'conf/settings.py');
    const secret = `KEY = "${aws}"\n`;
    writeFileSync(file, secret);
    const hits = (r: ReturnType<typeof runAudit>) => r.findings.filter((f) => f.ruleId === 'CTX202').map((f) => f.path);
    const cache = new Map<string, readonly SecretHit[]>();
    assert.deepEqual(hits(runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', parallel: 'never', secretScans: cache })), ['conf/settings.py']);
    writeFileSync(file, 'x'.repeat(secret.length));
    assert.deepEqual(hits(runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', parallel: 'never', secretScans: cache })), ['conf/settings.py']);
    assert.deepEqual(hits(runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', parallel: 'never' })), []);
  } finally {
    tree.cleanup();
  }
});

test('CTX202: an Ed25519 private key (PKCS#8, a body of exactly 64 base64 characters) is found whatever its random bytes, a `+` among them too; a `+` joining two quoted pieces is still no part of the body', async () => {
  const { generateKeyPairSync } = await import('node:crypto');
  // Keys until one whose body holds a `+` (about 2 in 3 do): the case whose `+`s were stripped.
  let pem = '';
  for (let i = 0; i < 200 && !pem.split('\n')[1]?.includes('+'); i++) pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  assert.ok(pem.split('\n')[1].includes('+'));
  assert.deepEqual(scanForSecrets(pem).map((h) => h.kind), ['private-key']);
  // Written as a concatenated string literal, the joins are not base64.
  const [, body] = pem.split('\n');
  const joined = `const KEY = "-----BEGIN PRIVATE KEY-----\\n" +\n  "${body.slice(0, 30)}" +\n  "${body.slice(30)}\\n-----END PRIVATE KEY-----";\n`;
  assert.deepEqual(scanForSecrets(joined).map((h) => h.kind), ['private-key']);
});

// The review of 4353013: once a `+` counted as base64, code joining names into a PEM and a
// placeholder line of 64 `+` passed the body's minimum.
test('CTX202: a PEM joined from names in code (`header + body + footer`) and a body of `+` alone are no key', () => {
  const code = 'const pem =\n  "-----BEGIN PRIVATE KEY-----\\n" +\n  privateKeyBase64LineNumberOne +\n  privateKeyBase64LineNumberTwo +\n  privateKeyBase64LineNumberThree +\n  "\\n-----END PRIVATE KEY-----";\n';
  assert.deepEqual(scanForSecrets(code), []);
  assert.deepEqual(scanForSecrets(`-----BEGIN PRIVATE KEY-----\n${'+'.repeat(64)}\n-----END PRIVATE KEY-----\n`), []);
});

// mozilla/code-review's bot/README.md shows where the key goes: a BEGIN line, lines of `X` alone, the
// END line. It was a private key at error in a pushed image's context.
test('CTX202: a PEM body of one or a few characters repeated is a placeholder, not a key', () => {
  for (const body of ['X'.repeat(64), 'XXXX\nXXXX\nXXXX\nXXXX\n'.repeat(5), 'xXxX0000'.repeat(10), 'ABCDEFGH'.repeat(9)]) {
    assert.deepEqual(scanForSecrets(`Put your key here:\n\n    -----BEGIN RSA PRIVATE KEY-----\n    ${body.replace(/\n/g, '\n    ')}\n    -----END RSA PRIVATE KEY-----\n`), [], body);
  }
  // A key's body of 64 characters holds many different ones: still a key.
  const real = `-----BEGIN OPENSSH PRIVATE KEY-----\n${randomBytes(300).toString('base64').replace(/(.{70})/g, '$1\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
  assert.deepEqual(scanForSecrets(real).map((h) => h.kind), ['private-key']);
});

// Just-Some-Bots/MusicBot: a gitignored config/options.ini with the bot's Discord token, copied by
// `COPY . ./`, was only "ignored by git"; a Telegram bot's token in its config.py was nothing (sweep 51/L-F1).
const B64URL = ALNUM + '-_';
/** A Discord bot token: a snowflake user id in base64 (no padding), a dot, 6 characters, a dot, 38 characters. */
const fakeDiscord = (id = '1' + rand(18, '0123456789')) => Buffer.from(id).toString('base64').replace(/=+$/, '') + '.' + rand(6, B64URL) + '.' + 'aZ9' + rand(35, B64URL);
/** A Telegram bot token: the bot's id, `:`, `AA` and 33 characters of both cases and digits. */
const fakeTelegram = () => '5' + rand(9, '0123456789') + ':AA' + 'aZ9' + rand(30, B64URL);

test('CTX202: a Discord or Telegram bot token is a credential; shapes that only look like one are not', () => {
  const discord = fakeDiscord();
  const telegram = fakeTelegram();
  assert.deepEqual(scanForSecrets(`[Credentials]\nToken = ${discord}\n`), [{ kind: 'discord-bot-token', line: 2 }]);
  assert.deepEqual(scanForSecrets(`import os\nBOT_TOKEN = "${telegram}"\n`), [{ kind: 'telegram-bot-token', line: 2 }]);
  // In the Bot API's URL, and with no digit in its secret (the review of cb93ecec, RA-R3).
  assert.deepEqual(scanForSecrets(`URL = "https://api.telegram.org/bot${telegram}/sendMessage"\n`), [{ kind: 'telegram-bot-token', line: 1 }]);
  assert.deepEqual(scanForSecrets(`T=5${rand(9, '0123456789')}:AAaZ${rand(31, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}\n`).map((h) => h.kind), ['telegram-bot-token']);
  // Not a Discord token: a first part that is no user id in base64 (letters, not digits), or a JWT-like
  // triple; not a Telegram one: a docs placeholder of one case, or no `AA`.
  const notId = Buffer.from('1abcdefghijklmnopqr').toString('base64').replace(/=+$/, '');
  assert.match(notId, /^M/); // the token's shape, all but the digits
  assert.deepEqual(scanForSecrets(`t = ${notId}.${rand(6, B64URL)}.aZ9${rand(35, B64URL)}\n`), []);
  assert.deepEqual(scanForSecrets(`BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nOTHER=123456789:BB${rand(33, B64URL)}\n`), []);
  // In a sent file the COPY takes into the image: an error, the value never printed.
  const f = findingsOf('CTX202', { files: ['run.py'], contents: { 'config/options.ini': `[Credentials]\nToken = ${discord}\n` }, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.line, x.data.kind, x.severity]), [['config/options.ini', 2, 'discord-bot-token', 'error']]);
});
