import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realLookingValue, secretFileKind, secretKeyName } from '../../src/rules/ctx201-secret-file.js';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';
import { findingsOf } from './ctx0-harness.js';
import { auditCommitted, git } from '../helpers/committed.js';
import { crlDer, makeKeyAndCert, pemToDer } from '../helpers/x509.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (n: number) => [...randomBytes(n)].map((b) => ALNUM[b % ALNUM.length]).join('');

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
    // Copies of a .env under the names file managers and editors give them (go-convex-telegram-turborepo's
    // committed `.env old`); not a template (`.env-example`), nor direnv's `.envrc` or `.environment`.
    ['.env old', 'dotenv'],
    ['apps/api/.env copy', 'dotenv'],
    ['.env-old', 'dotenv'],
    ['.env (1)', 'dotenv'],
    ['.env_backup', 'dotenv'],
    ['.env~', 'dotenv'],
    ['.env-example', null],
    ['.envrc', null],
    ['.environment', null],
    ['.env-local', null],
  ];
  for (const [p, kind] of cases) assert.equal(secretFileKind(p), kind, p);
});

// The review of b7d06be: the first version read these names with one regular expression whose
// repeated group held a run of digits, exponential on `.env` and thirty `1`s (213 s): a file name in a
// pull request stalled the gate. Linear now; the timeout makes a return of that a failure.
test('CTX201: reading a long name that starts with .env takes no time (no backtracking)', { timeout: 5000 }, () => {
  for (const n of ['.env' + '1'.repeat(60) + 'x', '.env' + ' 1'.repeat(40) + 'x', '.env' + '_old'.repeat(20) + '!']) assert.equal(secretFileKind(n), null, n);
  assert.equal(secretFileKind('.env' + ' copy'.repeat(10)), 'dotenv');
});

test('CTX201: a copy of a .env holding a secret is an error like the .env itself', () => {
  const f = findingsOf('CTX201', { files: ['.env old', 'src/app.js'], fileContents: { '.env old': `BOT_TOKEN_SECRET=${rand(32)}\n` }, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.kind, x.data.evidence]), [['.env old', 'error', 'dotenv', 'content']]);
});

test('CTX201 reports sent secret files as errors, not excluded ones', () => {
  const f = findingsOf('CTX201', { files: ['.env', '.env.example', 'keys/id_rsa', 'src/app.js'], fileContents: { '.env': `DB_PASSWORD=${rand(16)}\n` }, dockerignore: 'keys\n' });
  assert.deepEqual(
    f.map((x) => [x.path, x.severity, x.data.kind]),
    [['.env', 'error', 'dotenv']],
  );
});

// Issue 14 item 4: name-only hits look at small readable files.
test('CTX201: an .npmrc with settings only, an .env with no secret-looking assignment, a .pypirc without a password, a certificate .pem are info at most', () => {
  const contents: Record<string, string> = {
    '.npmrc': 'engine-strict=true\nsave-exact=true\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n',
    'web/.env': 'NODE_ENV=production\nPORT=3000\nSECRET_KEY=changeme\nAPI_TOKEN=\nDATABASE_URL=postgres://app:${DB_PASSWORD}@db/app\n',
    // libsql: MinIO's published default credentials for a local bucket, and Java's keystore default.
    'bottomless/.env': 'export LIBSQL_BOTTOMLESS_ENDPOINT="http://localhost:9000"\nexport LIBSQL_BOTTOMLESS_AWS_SECRET_ACCESS_KEY="minioadmin"\nexport POSTGRES_PASSWORD=postgres\nKEYSTORE_PASSWORD=changeit\n',
    // novu: a URL with a port and no user:password@ holds no credential, whatever its name says.
    'apps/web/.env.dashboard': 'REACT_APP_WEBHOOK_URL=http://localhost:3003\nAUTH_URL=http://localhost:3000/api/auth\n',
    // core-banking-prototype-laravel's .env.demo: a Stripe-shaped prefix before the word demo is no key.
    'demo/.env.demo': 'STRIPE_SECRET=sk_test_demo\nSTRIPE_WEBHOOK_SECRET=whsec_demo\nCOINBASE_COMMERCE_API_KEY=demo_key\nDEMO_PASSWORD=demo.user-demo\n',
    // novu's apps/ws/src/.env.development: a value that says to change it, and a bcrypt hash of the
    // documented default password (a hash logs no one in): sweep 46/D.
    'ws/.env.development': `JWT_SECRET=TEST_CHANGE9s\nSOCKET_IO_ADMIN_USERNAME=admin\nSOCKET_IO_ADMIN_PASSWORD_HASH=$2b$10$${rand(53)}\n`,
    '.pypirc': '[distutils]\nindex-servers = pypi\n[pypi]\nusername = __token__\n',
    // glific's config/.env.dev.txt: values that say they are no key (sweep 51/I-F1).
    'dev/.env': 'STRIPE_API_KEY=this_is_not_the_key\nDIFY_API_KEY=app-this_is_not_the_key\nGEMINI_API_KEY=not_the_real_key\nDB_PASSWORD=not-a-password\n',
    'certs/ca.pem': ['-----BEGIN', 'CERTIFICATE-----'].join(' ') + '\n' + rand(64) + '\n' + ['-----END', 'CERTIFICATE-----'].join(' ') + '\n',
  };
  const shape = { files: Object.keys(contents), fileContents: { ...contents, Dockerfile: 'FROM node\nCOPY . /app\n' }, dockerignore: '' };
  const f = findingsOf('CTX201', shape);
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['.npmrc', 'info', 'no-credential'],
    ['.pypirc', 'info', 'no-credential'],
    ['apps/web/.env.dashboard', 'info', 'no-credential'],
    ['bottomless/.env', 'info', 'no-credential'],
    ['certs/ca.pem', 'info', 'no-credential'],
    ['demo/.env.demo', 'info', 'no-credential'],
    ['dev/.env', 'info', 'no-credential'],
    ['web/.env', 'info', 'no-credential'],
    ['ws/.env.development', 'info', 'no-credential'],
  ]);
  assert.match(f.find((x) => x.path === '.npmrc')!.message, /holds no credential/);
});

test('CTX201: a value with the word change, and a name ending in hash, are no credential; a real value with change inside one still is', () => {
  for (const v of ['TEST_CHANGE9s', 'please-change', 'dev.secret.change.in.prod', 'CHANGE_IN_PRODUCTION', 'change']) assert.equal(realLookingValue(v), false, v);
  for (const v of [`Xk9change${rand(8)}`, `${rand(6)}exchange${rand(6)}`, rand(24)]) assert.equal(realLookingValue(v), true, v);
  // The review of 6778a2a: `change` among parts a real secret has, or inside a passphrase.
  for (const v of ['k7Qp-change-2fVx9LmZ3RtY8wNb', 'Summer-Change-2024!', 'correct-horse-change-staple', 'change123-Horse-Battery', 'Climate-Change', 'Staple.Horse.Battery.Change']) assert.equal(realLookingValue(v), true, v);
  assert.equal(secretKeyName('SOCKET_IO_ADMIN_PASSWORD_HASH'), false);
  assert.equal(secretKeyName('ADMIN_PASSWORD'), true);
  assert.equal(secretKeyName('HASH_SECRET'), true);
  for (const n of ['TOKEN_HASH_KEY', 'AUTH_HASH_KEY', 'PASSWORD_HASH_PEPPER', 'NTLM_PASSWORD_HASH']) assert.equal(secretKeyName(n), true, n);
});

// Laravel's APP_KEY encrypts and signs sessions and cookies (CVE-2018-15133: a leaked one led to code
// execution): a real .env copied into the image was info, "holds no credential" (sweep 50/C-F2). The name
// alone, as Laravel writes it; PUSHER_APP_KEY is the public half of a Pusher key pair.
// ever-co/ever-gauzy, ever-teams: committed dotenv defaults `JWT_REFRESH_TOKEN_SECRET=refreshSecretKey`,
// `AUTH_SECRET=ever-app-auth-secret-dev`: errors once a COPY took the file into the image (sweep 51/J-F1).
test('CTX201: a value that says it is not secure (davis\'s DB_ROOT_PASSWORD=notSoSecure) is a placeholder, as insecure is; a real value with secure inside one still is not (sweep 56/U-F1)', () => {
  for (const v of ['notSoSecure', 'NotSoSecure123', 'not_secure', 'not-very-secure', 'pretty-unsafe', 'unsecure_password', 'really.not.safe', 'veryInsecure', 'totallyInsecure123', 'notSecure12345']) assert.equal(realLookingValue(v), false, v);
  // In time on long values (the review of cf84d6b3, RA-R1: a pattern of the whole value took 111 s on 820 bytes).
  const started = Date.now();
  for (const v of [`${'a'.repeat(400)}unsafe${'a'.repeat(400)}!`, `${'a'.repeat(60_000)}!`, `unsafe${'a'.repeat(1600)}!`, `${'a-'.repeat(30_000)}`]) realLookingValue(v);
  assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  for (const v of ['SecureHorse42', 'notable-secure-vault', `safe${rand(12)}`, 'Unsafety-Horse-Battery9!']) assert.equal(realLookingValue(v), true, v);
});

test('CTX201: a committed dotenv value that is a phrase of words naming a secret is the published default, not a credential; untracked, it stays one', () => {
  const values = 'PORT=3000\nJWT_REFRESH_TOKEN_SECRET=refreshSecretKey\nAUTH_SECRET=ever-app-auth-secret-dev\nSESSION_SECRET=mySuperSecretKey\n';
  const committed = auditCommitted({ '.env': values }).filter((x) => x.ruleId === 'CTX201');
  assert.deepEqual(committed.map((x) => [x.path, x.severity, x.data.evidence]), [['.env', 'info', 'no-credential']]);
  const untracked = auditCommitted({}, { '.env': values }).filter((x) => x.ruleId === 'CTX201');
  assert.deepEqual(untracked.map((x) => [x.path, x.severity, x.data.evidence]), [['.env', 'error', 'content']]);
  // stringer's committed .env.development: a salt, and a stand-in word (sweep 54/K-F2).
  const dev = auditCommitted({ '.env.development': 'SECRET_KEY_BASE=dev_secret\nENCRYPTION_KEY_DERIVATION_SALT=dev_derivation_salt\nSESSION_SECRET=development_only\n' }).filter((x) => x.ruleId === 'CTX201');
  assert.deepEqual(dev.map((x) => [x.path, x.severity, x.data.evidence]), [['.env.development', 'info', 'no-credential']]);
  // A committed random value (a digit, or one long run) is still one.
  for (const v of [`Xk9${rand(13)}`, 'abcdefghijklmnopqrstuvwxyzsecret']) {
    const f = auditCommitted({ '.env': `JWT_SECRET=${v}\n` }).filter((x) => x.ruleId === 'CTX201');
    assert.deepEqual(f.map((x) => [x.severity, x.data.evidence]), [['error', 'content']], v);
  }
});

test('CTX201: an untracked dotenv APP_KEY (Laravel\'s encryption key) is a credential; a committed one, or another *_APP_KEY, is not', () => {
  const key = randomBytes(32).toString('base64');
  const f = findingsOf('CTX201', { files: ['.env', 'index.php'], fileContents: { '.env': `APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=base64:${key}\nDB_HOST=db\n`, Dockerfile: 'FROM php:8.3-apache\nCOPY . /var/www/html\n' }, dockerignore: '.git\n' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]), [['.env', 'error', 'content']]);
  // PUSHER_APP_KEY is no credential; a committed file's APP_KEY is a fixed development or test key every
  // reader of the repository has (snipe-it's .env.docker, .env.tests).
  const pusher = findingsOf('CTX201', { files: ['.env', 'index.php'], fileContents: { '.env': `PUSHER_APP_KEY=${rand(20)}\n` }, dockerignore: '.git\n' });
  assert.deepEqual(pusher.map((x) => [x.path, x.severity, x.data.evidence]), [['.env', 'info', 'no-credential']]);
  const committed = auditCommitted({ '.env.docker': `APP_KEY=base64:${key}\n` }, { '.env': `APP_KEY=base64:${randomBytes(32).toString('base64')}\n` }).filter((x) => x.ruleId === 'CTX201');
  assert.deepEqual(committed.map((x) => [x.path, x.severity, x.data.evidence]), [['.env', 'error', 'content'], ['.env.docker', 'info', 'no-credential']]);
  // A tracked .env changed in the working tree (`php artisan key:generate` writes a fresh key into it): its
  // bytes are no committed ones (the review of 3f8347ed, A-R1).
  const tree = buildTree({ files: ['Dockerfile', 'index.php', '.env'], fileContents: { Dockerfile: 'FROM php:8.3-apache\nCOPY . /var/www/html\n', '.env': 'APP_NAME=Shop\nAPP_KEY=\n' }, dockerignore: '.git\n' });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '.');
    writeFileSync(join(tree.ctx, '.env'), `APP_NAME=Shop\nAPP_KEY=base64:${randomBytes(32).toString('base64')}\n`);
    const changed = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX201');
    assert.deepEqual(changed.map((x) => [x.path, x.severity, x.data.evidence]), [['.env', 'error', 'content']]);
  } finally {
    tree.cleanup();
  }
});

// teable's plugins/.env: `SECRET_KEY=defaultSecretKey`, the code's own fallback, "holds a credential"
// (sweep 47/w2-I-F6). A value made of stand-in and secret words alone is no credential.
test('CTX201: a value of stand-in and secret words alone (defaultSecretKey, dev-secret-key, secretkey) is no credential; another word or a digit keeps it real', () => {
  for (const v of ['defaultSecretKey', 'secretkey', 'dev-secret-key', 'default-secret-key', 'defaultsecret', 'secret_key', 'mysecretpassword', 'DEV_SECRET_KEY']) assert.equal(realLookingValue(v), false, v);
  for (const v of ['mySuperSecretKey', 'Xk9defaultSecretKey', 'appsecretkey', 'passwordpassword', 'keykeykeykey', `default${rand(12)}`, 'hunter2secretkey']) assert.equal(realLookingValue(v), true, v);
});

test('CTX201: true positives stay errors: an .npmrc with an auth token, an .env with a real-looking secret or URL password, a .pypirc password, a private key', () => {
  const contents: Record<string, string> = {
    '.npmrc': `//registry.npmjs.org/:_authToken=${rand(36)}\n`,
    'a/.env': `DEBUG=1\nSTRIPE_SECRET=${rand(24)}\n`,
    // "demo" inside a longer word or beside random text is no placeholder.
    'c/.env': `ADMIN_PASSWORD=pandemonium${rand(10)}\nDEMO_API_KEY=demo${rand(20)}\n`,
    // The review of e2c8c0d: real-looking values with a `demo` part, and a name-like word before `_key`.
    'd/.env': 'DB_PASSWORD=Demo_Xk92jfLq0zPw\n',
    'e/.env': 'ADMIN_PASSWORD=Spring2024_demo\n',
    'f/.env': 'JWT_SECRET=demo-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c\n',
    'g/.env': 'AUTH_SECRET=mysupersecret_key\n',
    'b/.env': `DATABASE_URL=postgres://app:${rand(14)}@db:5432/app\n`,
    '.pypirc': `[pypi]\nusername = __token__\npassword = pypi-${rand(40)}\n`,
    'tls.key': ['-----BEGIN', 'PRIVATE', 'KEY-----'].join(' ') + '\n' + rand(64) + '\n',
  };
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: contents, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['.npmrc', 'error', 'content'],
    ['.pypirc', 'error', 'content'],
    ['a/.env', 'error', 'content'],
    ['b/.env', 'error', 'content'],
    ['c/.env', 'error', 'content'],
    ['d/.env', 'error', 'content'],
    ['e/.env', 'error', 'content'],
    ['f/.env', 'error', 'content'],
    ['g/.env', 'error', 'content'],
    ['tls.key', 'error', 'content'],
  ]);
});

// Mailu's docs/compose/.env: `AUTH_RATELIMIT=10/minute` made the file "hold a credential" (error),
// because `auth` was looked for anywhere in the name. Words now, and a setting about a secret is none.
test('CTX201: an .env whose names only hold a credential word as part of another word, or name a setting about a secret, holds no credential; real secret names still do', () => {
  const settings = ['AUTH_RATELIMIT=10/minute', 'AUTHOR_NAME=JohnSmith', 'SALT_ROUNDS=12345678', 'WEBHOOK_TIMEOUT=30seconds', 'PASSWORD_MIN_LENGTH=12345678', 'TOKEN_AUDIENCE=my-service', 'PASSWORD_SCHEME=PBKDF2-SHA512', 'AUTH_PROVIDER=keycloak', 'API_KEY_HEADER=X-Api-Key', 'JWT_SECRET_EXPIRES_IN=86400sec', 'GITHUB_TOKEN_FILE=/run/secrets/gh'];
  const secrets = ['SECRET_KEY_BASE', 'DB_PASS', 'authToken', 'AWS_SECRET_ACCESS_KEY', 'OPENAI_API_KEY', 'SENTRY_DSN', 'BASIC_AUTH', 'client_secret'];
  const contents: Record<string, string> = { 'settings/.env': settings.join('\n') + '\n' };
  for (const n of secrets) contents[`${n}/.env`] = `MODE=prod\n${n}=${rand(20)}\n`;
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: { ...contents, Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' });
  assert.deepEqual(
    f.map((x) => [x.path, x.severity]).sort(),
    [...secrets.map((n) => [`${n}/.env`, 'error']), ['settings/.env', 'info']].sort(),
  );
});

test('CTX201: a symlink sends the link, not its target: info, unless a COPY source is the link or lies below it (BuildKit follows it)', () => {
  for (const [dockerfile, expected] of [
    ['FROM alpine\nCOPY . /app\n', 'info'],
    ['FROM alpine\nCOPY .env /app/\n', 'error'],
  ] as const) {
    const tree = buildTree({ files: ['Dockerfile'], fileContents: { Dockerfile: dockerfile }, dockerignore: '' });
    try {
      symlinkSync('/run/secrets/app.env', join(tree.ctx, '.env'));
      const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX201');
      assert.deepEqual(f.map((x) => [x.path, x.severity]), [['.env', expected]], dockerfile);
    } finally {
      tree.cleanup();
    }
  }
});

test('CTX201: a keystore in an examples directory is published on purpose (info); the same name elsewhere stays an error', () => {
  const f = findingsOf('CTX201', { files: ['apps/web/example/cert.p12', 'deploy/cert.p12'], dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]), [['deploy/cert.p12', 'error', 'name-only'], ['apps/web/example/cert.p12', 'info', 'example']]);
});

test('CTX201: an .env with a template word after .env (.env.default, .env.dev.default, .env.production.example, .env.example.complete) is a template, not a secret file', () => {
  const password = 'pw-' + Date.now().toString(36) + 'xyzzy';
  const contents = { '.env.default': `POSTGRES_PASSWORD=${password}\n`, '.env.dev.default': `POSTGRES_PASSWORD=${password}\n`, '.env.production.example': `API_TOKEN=${password}\n`, '.env.example.local': `API_TOKEN=${password}\n`, '.env.local': `API_TOKEN=${password}\n`, '.env.example.complete': `DB_PASSWORD=${password}\n`, '.env.sample.local.bak': `DB_PASSWORD=${password}\n` };
  const f = findingsOf('CTX201', { files: [], contents, dockerignore: '' });
  // Only the ones that are not templates: someone's local copies (BookStack's .env.example.complete is its full example).
  assert.deepEqual(f.map((x) => x.path).sort(), ['.env.example.local', '.env.local', '.env.sample.local.bak']);
});

test('CTX201: a CA bundle bigger than 64 KiB (redash ships 180 kB of RDS certificates) is read: certificates only, info; a key at its end, error; past 1 MiB, judged by name', () => {
  const cert = () => ['-----BEGIN', 'CERTIFICATE-----'].join(' ') + '\n' + Array.from({ length: 20 }, () => rand(64)).join('\n') + '\n' + ['-----END', 'CERTIFICATE-----'].join(' ') + '\n';
  const bundle = Array.from({ length: 120 }, cert).join(''); // ~160 kB
  assert.ok(bundle.length > 64 * 1024 && bundle.length < 1024 * 1024);
  const key = ['-----BEGIN', 'PRIVATE', 'KEY-----'].join(' ') + '\n' + rand(64) + '\n' + ['-----END', 'PRIVATE', 'KEY-----'].join(' ') + '\n';
  const huge = Array.from({ length: 8 }, () => bundle).join(''); // > 1 MiB
  const contents: Record<string, string> = { 'files/rds-combined-ca-bundle.pem': bundle, 'deploy/chain.pem': bundle + key, 'deploy/huge.pem': huge };
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: contents, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['deploy/chain.pem', 'error', 'content'],
    ['deploy/huge.pem', 'error', 'name-only'],
    ['files/rds-combined-ca-bundle.pem', 'info', 'no-credential'],
  ]);
});

test('CTX201: a .pem of public material only (DH parameters, an EC or root public key) is info; an unknown label, or a private key beside public blocks, is not', () => {
  const block = (label: string) => `-----BEGIN ${label}-----\n${rand(64)}\n-----END ${label}-----\n`;
  const contents: Record<string, string> = {
    'app/dhparam/ffdhe2048.pem': block('DH PARAMETERS'), // nginx-proxy
    'lib/upgrade/signingkey.pem': block('EC PUBLIC KEY'), // syncthing
    'distsign/roots/root.pem': block('ROOT PUBLIC KEY'), // tailscale
    'odd.pem': block('CERTIFICATE') + block('SOMETHING ELSE'),
    'mixed.pem': block('CERTIFICATE') + block(['EC', 'PRIVATE', 'KEY'].join(' ')),
  };
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: contents, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['app/dhparam/ffdhe2048.pem', 'info', 'no-credential'],
    ['distsign/roots/root.pem', 'info', 'no-credential'],
    ['lib/upgrade/signingkey.pem', 'info', 'no-credential'],
    ['mixed.pem', 'error', 'content'],
    ['odd.pem', 'error', 'name-only'],
  ]);
});

// vimagick/dockerfiles: vault/data/etc/vault.key is committed empty (its README says to generate
// the key there) and copied by the image: an error, while an empty .env was already info.
test('CTX201: an empty file named like a secret holds no credential, whatever its kind', () => {
  const names = ['data/etc/vault.key', 'keys/id_rsa', 'certs/server.pem', '.env', 'store.jks'];
  const f = findingsOf('CTX201', { files: names, fileContents: { ...Object.fromEntries(names.map((n) => [n, ''])), Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), names.map((n) => [n, 'info', 'no-credential']).sort());
});

// h2ogpt's committed .env: VLLM_TOKENIZER=hf-internal-testing/llama-tokenizer (a model id) was "a
// credential" (token inside tokenizer). llama.cpp's docs/.../idea-arch.key is a Keynote deck (a ZIP).
test('CTX201: a tokenizer is no token, and a .key that is a ZIP archive holds no key', () => {
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]).toString('latin1');
  const f = findingsOf('CTX201', {
    files: ['.env', 'docs/slides.key'],
    fileContents: { '.env': 'VLLM_TOKENIZER=hf-internal-testing/llama-tokenizer\nDETOKENIZE_MODE=streaming-mode\n', 'docs/slides.key': zip, Dockerfile: 'FROM alpine\nCOPY . /app\n' },
    dockerignore: '',
  });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['.env', 'info', 'no-credential'],
    ['docs/slides.key', 'info', 'no-credential'],
  ]);
  // Past the 1 MiB a .key is read to (awx's 2 MB Keynote deck): its first bytes still say ZIP. A big
  // file that is no ZIP is judged by its name.
  const big = (head: number[]) => Buffer.concat([Buffer.from(head), Buffer.alloc(2 * 1024 * 1024, 7)]).toString('latin1');
  const g = findingsOf('CTX201', { files: [], contents: { 'docs/deck.key': big([0x50, 0x4b, 0x03, 0x04]), 'deploy/blob.key': big([0x30, 0x82, 0x01, 0x0a]) }, fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' });
  assert.deepEqual(g.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['deploy/blob.key', 'error', 'name-only'],
    ['docs/deck.key', 'info', 'no-credential'],
  ]);
});

// django-ca's docs/source/_files/crl/*.pem: COMODO's revocation lists and certificates in DER form
// (`openssl crl -inform DER`) under a .pem name, copied into its test image: 16 errors on public files.
test('CTX201: a certificate, revocation list or public key in binary (DER) form under a .pem/.key name holds no secret; a DER private key is still judged by its name', () => {
  const { certPem, privateKey } = makeKeyAndCert({ cn: 'COMODO RSA Certification Authority' });
  const { publicKey, privateKey: other } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const f = findingsOf('CTX201', {
    files: [],
    contents: {
      'crl/comodo_ev_user.pem': crlDer({ key: privateKey, cn: 'COMODO RSA Certification Authority' }),
      'crl/ca_cert.pem': pemToDer(certPem),
      'keys/signing.pub.key': publicKey.export({ type: 'spki', format: 'der' }),
      'keys/server.key': other.export({ type: 'pkcs8', format: 'der' }),
      // A certificate's bytes cut short, or with a byte more, are no certificate: judged by name.
      'crl/cut.pem': pemToDer(certPem).subarray(0, 200),
    },
    fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' },
    dockerignore: '',
  });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['crl/ca_cert.pem', 'info', 'no-credential'],
    ['crl/comodo_ev_user.pem', 'info', 'no-credential'],
    ['crl/cut.pem', 'error', 'name-only'],
    ['keys/server.key', 'error', 'name-only'],
    ['keys/signing.pub.key', 'info', 'no-credential'],
  ]);
});

// quay's config-tool/.env (included by its Makefile) names the dev TLS files: `CT_PRIVATE_KEY=
// ${PWD}/testdata/tls/localhost.key` made it "hold a credential", 5 errors across its images.
test('CTX201: an .env whose secret-named values are file paths holds no credential; a secret with slashes (base64) still does', () => {
  const paths = ['${PWD}/testdata/tls/localhost.key', '/etc/tls/localhost.key', './certs/server.key', '$HOME/.ssh/id_ed25519', 'certs/server.pem', '/run/secrets/db_password', '~/keys/signing.pem'];
  const contents: Record<string, string> = {};
  paths.forEach((p, i) => (contents[`p${i}/.env`] = `CONFIG_MOUNT=/cfg\nCT_PRIVATE_KEY=${p}\n`));
  // Base64 secrets hold `/` too; mixed case, with `+`, or with no `.` extension.
  const B64 = ALNUM + '+/';
  const b64 = (n: number) => [...randomBytes(n)].map((b) => B64[b % B64.length]).join('');
  contents['s0/.env'] = `SIGNING_KEY=/${rand(10)}/${rand(12)}\n`;
  contents['s1/.env'] = `SIGNING_KEY=${rand(8)}/${rand(8)}+${b64(16)}\n`;
  contents['s2/.env'] = `DB_PASSWORD=${rand(6)}/${rand(10)}\n`;
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: { ...contents, Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' });
  assert.deepEqual(
    f.map((x) => [x.path, x.severity]).sort(),
    [...paths.map((_, i) => [`p${i}/.env`, 'info']), ['s0/.env', 'error'], ['s1/.env', 'error'], ['s2/.env', 'error']].sort(),
  );
});

// deepfence/ThreatMapper: the cluster agent ships a kubeconfig template (`id-token: -replaceToken-`,
// `server: https://KUBERNETES_SERVICE_HOST:...`) that token.sh fills from the pod's service-account
// token at start: judged by its name, an error that said to rotate a secret that is not there.
test('CTX201: a kubeconfig is read: a template or one that names files or runs a command holds no credential; a token, password or client key data does', () => {
  const kube = (user: string) => `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    insecure-skip-tls-verify: true\n    server: https://KUBERNETES_SERVICE_HOST:KUBERNETES_SERVICE_PORT\n  name: c\nusers:\n- name: u\n  user:\n${user}`;
  const contents: Record<string, string> = {
    'probe/kubernetes/kubeconfig': kube('    auth-provider:\n      config:\n        id-token: -replaceToken-\n      name: oidc\n'),
    'eks/kubeconfig': kube('    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod]\n'),
    'files/kubeconfig': kube('    client-certificate: /etc/k8s/client.crt\n    client-key: /etc/k8s/client.key\n'),
    'admin/kubeconfig': kube(`    token: ${rand(40)}\n`),
    'kind/kubeconfig': kube(`    client-certificate-data: ${rand(60)}\n    client-key-data: ${rand(120)}\n`),
    'basic/.kube/config': kube(`    username: admin\n    password: "${rand(16)}"\n`),
    'odd/kubeconfig': 'not yaml at all\n',
  };
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: { ...contents, Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['admin/kubeconfig', 'error', 'content'],
    ['basic/.kube/config', 'error', 'content'],
    ['eks/kubeconfig', 'info', 'no-credential'],
    ['files/kubeconfig', 'info', 'no-credential'],
    ['kind/kubeconfig', 'error', 'content'],
    ['odd/kubeconfig', 'error', 'name-only'], // not read as a kubeconfig: judged by name
    ['probe/kubernetes/kubeconfig', 'info', 'no-credential'],
  ]);
});

// googleforgames/open-match's committed install/terraform/open-match-build/terraform.tfstate: a GKE cluster's
// state whose master_auth password and client key are empty, a CA certificate and an IP the rest: an error by
// name alone, the run's only one (sweep 54/E-F1). A Terraform state is read as one (JSON, up to 1 MiB).
test('CTX201: a Terraform state is read: one with no sensitive value or secret-named attribute set holds no credential; a password, a sensitive attribute or output, a key does', () => {
  const state = (attributes: string, extra = '') => `{"version":4,"terraform_version":"1.5.0","serial":1,"outputs":{${extra}},"resources":[{"mode":"managed","type":"google_container_cluster","name":"ci","instances":[{"schema_version":1,"attributes":${attributes},"sensitive_attributes":[]}]}]}\n`;
  const auth = (password: string, key: string) => `{"endpoint":"203.0.113.7","master_auth":[{"client_certificate":"","client_key":"${key}","password":"${password}","username":"","cluster_ca_certificate":"LS0tLS1CRUdJTi${rand(40)}"}]}`;
  const contents: Record<string, string> = {
    'empty/terraform.tfstate': state(auth('', '')),
    'password/terraform.tfstate': state(auth(rand(16), '')),
    'key/terraform.tfstate': state(auth('', rand(64))),
    'marked/terraform.tfstate': state(auth('', '')).replace('"sensitive_attributes":[]', '"sensitive_attributes":[[{"type":"get_attr","value":"admin_password"}]]'),
    'output/terraform.tfstate': state(auth('', ''), `"db":{"value":"${rand(20)}","type":"string","sensitive":true}`),
    'plain-output/terraform.tfstate': state(auth('', ''), '"ip":{"value":"203.0.113.7","type":"string"}'),
    'random/terraform.tfstate': state(`{"id":"none","length":24,"result":"${rand(24)}"}`),
    'v3/terraform.tfstate': `{"version":3,"modules":[{"path":["root"],"outputs":{},"resources":{"aws_db_instance.db":{"type":"aws_db_instance","primary":{"id":"db","attributes":{"master_auth.0.password":"${rand(16)}","port":"5432"}}}}}]}\n`,
    'v3-clean/terraform.tfstate': '{"version":3,"modules":[{"path":["root"],"outputs":{},"resources":{"aws_s3_bucket.b":{"type":"aws_s3_bucket","primary":{"id":"b","attributes":{"bucket":"b","acl":"private"}}}}}]}\n',
    'odd/terraform.tfstate': '{"serial":1}\n',
    // The review of 3f083a74 (RA-R9): a secret resource's value, whatever its attribute is named; a plain output named as one.
    'vault/terraform.tfstate': state(`{"name":"db-conn","value":"Server=db;Password=${rand(16)}"}`).replace('google_container_cluster', 'azurerm_key_vault_secret'),
    'ssm/terraform.tfstate': state(`{"name":"/prod/stripe","type":"SecureString","value":"${rand(20)}"}`).replace('google_container_cluster', 'aws_ssm_parameter'),
    'k8s/terraform.tfstate': state(`{"id":"default/app","data":{"DATABASE_URL":"postgres://app:${rand(12)}@db/app"}}`).replace('google_container_cluster', 'kubernetes_secret'),
    'old-output/terraform.tfstate': state(auth('', ''), `"db_password":{"value":"${rand(16)}","type":"string"}`),
    // Metadata, not the value: a Secrets Manager secret, a key pair's public key, an output naming a key's ARN (RB-R7).
    'meta/terraform.tfstate': state(`{"name":"prod/db","arn":"arn:aws:secretsmanager:eu-west-1:1:secret:prod/db","secret_arn":"arn:aws:secretsmanager:eu-west-1:1:secret:prod/db","token_id":"t-1"}`, `"kms_key_arn":{"value":"arn:aws:kms:eu-west-1:1:key/abc","type":"string"},"secret_arn":{"value":"arn:aws:secretsmanager:eu-west-1:1:secret:x","type":"string"}`).replace('google_container_cluster', 'aws_secretsmanager_secret'),
    'pair/terraform.tfstate': state('{"key_name":"deploy","public_key":"ssh-ed25519 AAAAC3Nza deploy"}').replace('google_container_cluster', 'aws_key_pair'),
    'broken/terraform.tfstate.backup': '{"version":4,\n',
  };
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: { ...contents, Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.evidence]).sort(), [
    ['broken/terraform.tfstate.backup', 'error', 'name-only'], // not JSON: judged by name
    ['empty/terraform.tfstate', 'info', 'no-credential'],
    ['k8s/terraform.tfstate', 'error', 'content'],
    ['key/terraform.tfstate', 'error', 'content'],
    ['marked/terraform.tfstate', 'error', 'content'],
    ['meta/terraform.tfstate', 'info', 'no-credential'],
    ['odd/terraform.tfstate', 'error', 'name-only'], // no resources or modules: no state read as one
    ['old-output/terraform.tfstate', 'error', 'content'],
    ['output/terraform.tfstate', 'error', 'content'],
    ['pair/terraform.tfstate', 'info', 'no-credential'],
    ['password/terraform.tfstate', 'error', 'content'],
    ['plain-output/terraform.tfstate', 'info', 'no-credential'],
    ['random/terraform.tfstate', 'error', 'content'],
    ['ssm/terraform.tfstate', 'error', 'content'],
    ['v3-clean/terraform.tfstate', 'info', 'no-credential'],
    ['v3/terraform.tfstate', 'error', 'content'],
    ['vault/terraform.tfstate', 'error', 'content'],
  ]);
});

// hngprojects/hng_boilerplate_nestjs: a committed .env.local with `JWT_SECRET=someSecrets`, the
// value its committed .env.example publishes for the same name; `COPY . .` made it an error.
test('CTX201: an .env value that a committed template beside it publishes for the same name is no credential; another value still is', () => {
  const shared = rand(24);
  const of = (local: string, untrackedTemplate = false) => {
    const tracked: Record<string, string> = { '.env.local': local };
    const untracked: Record<string, string> = {};
    (untrackedTemplate ? untracked : tracked)['.env.example'] = `PORT=3000\nJWT_SECRET=${shared}\n`;
    return auditCommitted(tracked, untracked)
      .filter((f) => f.ruleId === 'CTX201' && f.path === '.env.local')
      .map((f) => [f.severity, f.data.evidence]);
  };
  assert.deepEqual(of(`PROFILE=local\nJWT_SECRET=${shared}\n`), [['info', 'no-credential']]);
  assert.deepEqual(of(`PROFILE=local\nJWT_SECRET=${rand(24)}\n`), [['error', 'content']]);
  // A template git does not track publishes nothing.
  assert.deepEqual(of(`JWT_SECRET=${shared}\n`, true), [['error', 'content']]);
});

// fastapi_best_architecture: deploy/backend/docker-compose/.env.server's TOKEN_SECRET_KEY is the value
// backend/.env.example publishes; only a template in the same directory counted, so `COPY . /app`
// made the repository's own published default an error.
test('CTX201: an .env value a committed template elsewhere in the context publishes for the same name is no credential', () => {
  const shared = rand(32);
  const f = (server: string) =>
    auditCommitted({ 'backend/.env.example': `DATABASE_HOST=db\nTOKEN_SECRET_KEY='${shared}'\n`, 'deploy/docker-compose/.env.server': server })
      .filter((x) => x.ruleId === 'CTX201' && x.path === 'deploy/docker-compose/.env.server')
      .map((x) => [x.severity, x.data.evidence]);
  assert.deepEqual(f(`DATABASE_HOST=db\nTOKEN_SECRET_KEY='${shared}'\n`), [['info', 'no-credential']]);
  assert.deepEqual(f(`TOKEN_SECRET_KEY='${rand(32)}'\n`), [['error', 'content']]);
  // Under another name it is no published value of that name.
  assert.deepEqual(f(`JWT_SECRET_KEY='${shared}'\n`), [['error', 'content']]);
  // ethereum/sourcify: services/server/.env.dev's SOURCIFY_POSTGRES_PASSWORD is the POSTGRES_PASSWORD
  // services/database/.env.template publishes: the same name with the app's prefix, either way round.
  assert.deepEqual(f(`APP_TOKEN_SECRET_KEY='${shared}'\n`), [['info', 'no-credential']]);
  assert.deepEqual(f(`SECRET_KEY='${shared}'\n`), [['info', 'no-credential']]);
  assert.deepEqual(f(`APP_TOKEN_SECRET_KEY='${rand(32)}'\n`), [['error', 'content']]);
  assert.deepEqual(f(`APPTOKEN_SECRET_KEY='${shared}'\n`), [['error', 'content']]);
});

// apptension/saas-boilerplate: packages/backend/.env.shared says "shared backend configuration that's
// safe to commit. For secrets and personal overrides, create a `.env` file"; COPY . /app/ made its
// published development values three errors.
test('CTX201: a committed dotenv file whose own comment says it is safe to commit holds defaults (info); untracked, or a .local file, it keeps its severity', () => {
  const header = '# This file contains shared backend configuration that\'s safe to commit.\n# For secrets and personal overrides, create a `.env` file in this directory.\n';
  const body = `DJANGO_SECRET_KEY=${rand(40)}\n`;
  const f = auditCommitted({ 'backend/.env.shared': header + body, 'web/.env.local': header + body }, { 'workers/.env.shared': header + body })
    .filter((x) => x.ruleId === 'CTX201')
    .map((x) => [x.path, x.severity, x.data.evidence])
    .sort();
  assert.deepEqual(f, [
    ['backend/.env.shared', 'info', 'defaults'],
    ['web/.env.local', 'error', 'content'],
    ['workers/.env.shared', 'error', 'content'],
  ]);
  const msg = auditCommitted({ 'backend/.env.shared': header + body }).find((x) => x.ruleId === 'CTX201')?.message ?? '';
  assert.match(msg, /committed to git and saying it is safe to commit or that secrets go elsewhere \(its comment at line 1\): shared defaults, check it holds no live value/);
});

// litestar-org/litestar-fullstack: tools/deploy/docker/.env.docker, committed on purpose, has
// `SECRET_KEY='secret-key'`; COPY tools ./tools/ made it an error ("rotate it").
test('CTX201: an .env value that spells its own name, or the end of it, is a placeholder; a real value is not', () => {
  const of = (env: string) => findingsOf('CTX201', { files: ['.env'], fileContents: { '.env': env, Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' }).map((x) => [x.severity, x.data.evidence]);
  assert.deepEqual(of("SECRET_KEY='secret-key'\nJWT_SECRET=jwt_secret\nAPP_SECRET_KEY=Secret.Key\n"), [['info', 'no-credential']]);
  assert.deepEqual(of(`SECRET_KEY=secret-key-${rand(12)}\n`), [['error', 'content']]);
});

// ONEARMY/community-platform's committed .env: `TOKEN_SECRET=whatever_you_fancy`, then `### To set in
// a .env.local file` above its real keys, commented out; ADD . . made it two errors.
test('CTX201: a committed .env whose comment sends secrets to .env.local holds defaults; `whatever...` is a placeholder', () => {
  const body = `TOKEN_SECRET=${rand(24)}\n### To set in a .env.local file\n# SUPABASE_KEY=\n`;
  const f = auditCommitted({ '.env': body }, { 'local/.env': body }).filter((x) => x.ruleId === 'CTX201').map((x) => [x.path, x.severity, x.data.evidence]).sort();
  assert.deepEqual(f, [
    ['.env', 'info', 'defaults'],
    ['local/.env', 'error', 'content'], // not committed: someone's own
  ]);
  assert.deepEqual(findingsOf('CTX201', { files: ['.env'], fileContents: { '.env': 'TOKEN_SECRET=whatever_you_fancy\n', Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' }).map((x) => [x.severity, x.data.evidence]), [['info', 'no-credential']]);
});

// Crown-Commercial-Service/crown-marketplace's committed .env.development:
// `GOOGLE_GEOCODING_API_KEY=override-me-in-.env.local`; a Git-context build shipped it: an error.
test('CTX201: a value that says where the real one goes (override-me-in-.env.local, set-me) is a placeholder', () => {
  const of = (env: string) => findingsOf('CTX201', { files: ['.env.development'], fileContents: { '.env.development': env, Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' }).map((x) => [x.severity, x.data.evidence]);
  assert.deepEqual(of('GOOGLE_GEOCODING_API_KEY=override-me-in-.env.local\nCOGNITO_CLIENT_SECRET=\nAPI_TOKEN=set_me_please\nAUTH_SECRET=see .env.local\n'), [['info', 'no-credential']]);
  assert.deepEqual(of(`GOOGLE_GEOCODING_API_KEY=AIza${rand(35)}\n`).map(([s]) => s), ['error']);
});

// dfe-analytical-services/explore-education-statistics' public-frontend: `WORKDIR /app`, `COPY .npmrc .`
// in the builder, then `COPY --from=builder /app/.npmrc .`: CTX201 said "no COPY --from brings this
// path into the image". A `.` destination is the WORKDIR, a directory: the file lands at /app/.npmrc.
test('CTX201: a file copied to `.` lands in the WORKDIR, so a COPY --from of <workdir>/<name> ships it', () => {
  const dockerfile = (dest: string) => `FROM node:20 AS builder\nWORKDIR /app\nCOPY .npmrc ${dest}\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=builder /app/.npmrc .\n`;
  for (const dest of ['.', './', '/app/', './.npmrc']) {
    const f = findingsOf('CTX201', { files: ['.npmrc'], fileContents: { '.npmrc': 'loglevel=error\n', Dockerfile: dockerfile(dest) }, dockerignore: '' });
    assert.match(f[0]?.message ?? '', /copied into the image by Dockerfile:3 \(into a build stage; shipped by the COPY --from at line 6\)$/, dest);
  }
  // Copied elsewhere, the COPY --from of /app/.npmrc takes nothing of it.
  const other = findingsOf('CTX201', { files: ['.npmrc'], fileContents: { '.npmrc': 'loglevel=error\n', Dockerfile: dockerfile('/etc/npmrc') }, dockerignore: '' });
  assert.match(other[0]?.message ?? '', /no COPY --from brings this path into the image/);
});

// get-convex/convex-backend's dashboard .env.production: `SENTRY_DSN=https://<public key>@o1192621.ingest.sentry.io/6348388`,
// the client key a browser bundle carries (NEXT_PUBLIC_SENTRY_DSN holds the same): taken for a credential.
test('CTX201: a Sentry client DSN is no credential; a DSN with a password is', () => {
  const key = randomBytes(16).toString('hex');
  const of = (env: string) => findingsOf('CTX201', { files: ['.env.production'], fileContents: { '.env.production': env, Dockerfile: 'FROM alpine\nCOPY . /app\n' }, dockerignore: '' }).map((x) => [x.severity, x.data.evidence]);
  assert.deepEqual(of(`SENTRY_DSN=https://${key}@o1192621.ingest.sentry.io/6348388\n`), [['info', 'no-credential']]);
  assert.deepEqual(of(`DATABASE_DSN=postgres://app:${key}@db.internal:5432/app\n`).map(([sev]) => sev), ['error']);
});

// melody-auth's Cloudflare worker: `.dev.vars` (Wrangler's local secrets: a JWT secret, a SendGrid
// key) copied into the image by `COPY . .` got only CTX203's warning; as `.env` it was an error.
test('CTX201: Cloudflare Wrangler\'s .dev.vars is a dotenv file: a real secret in it is an error; its template is not a secret file', () => {
  assert.deepEqual(['.dev.vars', 'workers/api/.dev.vars.staging', '.dev.vars.example', 'dev.vars', '.dev.variables'].map(secretFileKind), ['dotenv', 'dotenv', null, null, null]);
  const contents = { 'worker/.dev.vars': `JWT_SECRET=${rand(32)}\nSENDGRID_API_KEY=SG.${rand(40)}\n`, 'worker/.dev.vars.example': 'JWT_SECRET=\nSENDGRID_API_KEY=\n', 'worker/index.ts': 'export default {};\n' };
  const f = findingsOf('CTX201', { files: Object.keys(contents), fileContents: { ...contents, Dockerfile: 'FROM node:20\nCOPY . /app\n' }, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.severity, x.data.kind, x.data.evidence]), [['worker/.dev.vars', 'error', 'dotenv', 'content']]);
});

// streetwriters/notesnook: apps/mobile/android/app/debug.keystore, React Native's template debug key
// (build.gradle: storePassword 'android'), was a warning telling the user to rotate it (sweep 51/J-F4).
test('CTX201: a committed Android debug.keystore is info (the SDK\'s debug key, published password); an untracked one, or another keystore, is not', () => {
  const bin = randomBytes(600).toString('latin1');
  const f = auditCommitted({ 'android/app/debug.keystore': bin, 'android/app/release.keystore': bin }, { 'other/debug.keystore': bin }).filter((x) => x.ruleId === 'CTX201');
  assert.deepEqual(
    f.map((x) => [x.path, x.severity, x.data.evidence]).sort(),
    [
      ['android/app/debug.keystore', 'info', 'android-debug'],
      ['android/app/release.keystore', 'error', 'name-only'],
      ['other/debug.keystore', 'error', 'name-only'],
    ],
  );
  assert.match(f.find((x) => x.path === 'android/app/debug.keystore')!.message, /Android's debug keystore, committed to git/);
  // One whose content is read and holds a credential keeps it (the review of 5f629d6d, RB-R10).
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const keyed = auditCommitted({ 'android/app/debug.keystore': pem }).filter((x) => x.ruleId === 'CTX201');
  assert.deepEqual(keyed.map((x) => [x.severity, x.data.evidence]), [['error', 'content']]);
});
