import { defineRule, type RuleContext } from './rule.js';
import { publicDer } from './der.js';
import { baseName, text } from './paths.js';
import { scanForSecrets } from './ctx202-secret-content.js';
import { EXAMPLE_DIR, isCommittedExample, isCommittedTestFile, isTemplateName, isTestPathInRepo, isVendoredModuleFile } from './test-fixtures.js';
import { devKeyNames } from './dev-keys.js';
import { DOTENV_TEMPLATES, isDevVars } from '../dockerfile/cross-check.js';

export type SecretFileKind =
  | 'dotenv'
  | 'ssh-private-key'
  | 'private-key-or-certificate'
  | 'keystore'
  | 'registry-credentials'
  | 'cloud-credentials'
  | 'kubeconfig'
  | 'terraform-state'
  | 'password-file';


/**
 * `.env` and words that say it is a copy or a backup of one, joined by spaces, `-` or `_` (`.env.old`
 * is `.env.*` already). Read word by word: one regular expression with a repeated group of digits
 * was exponential on `.env` and thirty `1`s (the review of b7d06be: 213 s).
 */
const COPY_WORD = /^(?:copy|old|bak|backup|orig|saved?|prev(?:ious)?|\(\d+\)|\d+)$/;
function isDotenvCopy(lower: string): boolean {
  if (!lower.startsWith('.env') || lower.length > 64) return false;
  const rest = lower.endsWith('~') ? lower.slice(4, -1) : lower.slice(4);
  if (rest === '') return lower === '.env~';
  // A separator, a digit or `(` right after `.env` (`.envrc`, `.environment` are other files).
  if (!/^[ _\-\d(]/.test(rest)) return false;
  const words = rest.split(/[ _-]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => COPY_WORD.test(w));
}

/** Classifies a byte-string path by its name; null when the name does not say "secret". */
export function secretFileKind(path: string): SecretFileKind | null {
  const name = baseName(path);
  const lower = name.toLowerCase();
  if ((lower === '.env' || lower.startsWith('.env.')) && !DOTENV_TEMPLATES.test(name)) return 'dotenv';
  // A copy of one under a name a file manager or an editor gives it (go-convex-telegram-turborepo's
  // committed `.env old`, with a bot token): `.env copy`, `.env-old`, `.env (1)`, `.env_backup`, `.env~`.
  if (isDotenvCopy(lower)) return 'dotenv';
  if (isDevVars(name)) return 'dotenv';
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(lower) || (/^id_(rsa|dsa|ecdsa|ed25519)/.test(lower) && !lower.endsWith('.pub'))) return 'ssh-private-key';
  if (/\.(pem|key)$/.test(lower)) return 'private-key-or-certificate';
  if (/\.(p12|pfx|jks|keystore)$/.test(lower)) return 'keystore';
  if (lower === '.npmrc' || lower === '.pypirc' || lower === '.netrc' || lower === '.git-credentials' || path.endsWith('.docker/config.json')) return 'registry-credentials';
  if (path === '.aws/credentials' || path.endsWith('/.aws/credentials') || lower === 'gcloud-service-key.json' || lower === 'credentials.json') return 'cloud-credentials';
  if (lower === 'kubeconfig' || path === '.kube/config' || path.endsWith('/.kube/config')) return 'kubeconfig';
  if (/\.tfstate(\.backup)?$/.test(lower)) return 'terraform-state';
  if (lower === '.htpasswd' || lower === '.pgpass') return 'password-file';
  return null;
}

/**
 * What the rule knows beyond the name: `content` (a small readable file holds a credential),
 * `no-credential` (it was read and holds none: info at most), `symlink` (only the link is sent: info
 * at most), `name-only` (too big, binary, unreadable, or a kind whose content we do not judge),
 * `dev-key` (a committed key whose certificate names only localhost or reserved test names:
 * warning at most, src/rules/dev-keys.ts).
 */
export type SecretFileEvidence = 'name-only' | 'content' | 'no-credential' | 'symlink' | 'example' | 'template-copy' | 'fixture-copy' | 'test-fixture' | 'vendored' | 'dev-key' | 'defaults' | 'sent-empty' | 'android-debug' | 'stand-in' | 'insecure-default';

/** A part of a file's own name (between dots, dashes and underscores) that calls it a stand-in (`dummy_aes.key`, `fake-ca.pem`), or the project's published insecure default (`insecure_aes.key`). */
const STAND_IN_NAME = /(?:^|[-_.])(?:dummy|fake)(?:[-_.]|$)/i;
const INSECURE_FILE_NAME = /(?:^|[-_.])insecure(?:[-_.]|$)/i;


/** Files up to this size are read to confirm a name-only hit. */
const SMALL_FILE = 64 * 1024;
/** A `.pem`/`.key` is read up to this size: a CA bundle is ~200 kB of certificates (redash ships Amazon RDS's). */
const PEM_FILE = 1024 * 1024;

/** A value that only refers to the environment (`${NPM_TOKEN}`, `$TOKEN`) holds no secret itself. */
const ENV_REF = /^\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?:[:?-][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/;

/** Placeholders written where a secret will go. */
const PLACEHOLDER = /^(?:<[^>]*>|\[[^\]]*\]|\{\{.*\}\}|x+|\*+|\.+|-+|_+|0+|changeme.*|change[-_ ]?me.*|change[-_ ]?this.*|!change[-_ ]?me!|(?:[a-z]+[-_])+(?:password|passwd|pass|pwd|secret|token)|(?:[a-z]+[-_])*not[-_](?:[a-z]+[-_]){0,3}(?:key|secret|password|passwd|pass|pwd|token|credentials?)|your[-_ ].*|.*example.*|.*dummy.*|.*fake.*|.*placeholder.*|.*sample.*|replace.*|whatever.*|(?:override|set|fill|update|edit|put)[-_ ]?(?:me|in|this)(?![a-z0-9]).*|.*\.env\.local(?![a-z0-9]).*|[-_%@]{1,2}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*[-_%@]{1,2}|fixme|todo|tbd|null|none|nil|true|false|secret|password|passwd|pass|token|test|testing|foo|bar|foobar|admin|root|user|default|insecure.*|not[-_]?set|unset|empty|minioadmin|postgres|mysql|mariadb|mongo|rabbitmq|guest|changeit)$/i;

/** A word of an assignment's name that says it holds a credential (`DB_PASSWORD`, `authToken`, `SENTRY_DSN`). */
const SECRET_WORD = /^(?:.*(?:secret|token(?!i[sz])|passw|apikey|privatekey|accesskey|signingkey|encryptionkey|credential).*|pwd|pass|auth|salt|dsn|webhook)$/;
/** Words before `key` that make it one: `API_KEY`, `private-key`, `AWS_SECRET_ACCESS_KEY`. */
const KEY_KIND = new Set(['api', 'private', 'access', 'signing', 'encryption']);
/**
 * Words that, after the credential's word, make the name a setting about it, whose value is no
 * secret: Mailu's `AUTH_RATELIMIT=10/minute`, `PASSWORD_MIN_LENGTH`, `SALT_ROUNDS`,
 * `TOKEN_AUDIENCE`, `API_KEY_HEADER`, `JWT_SECRET_EXPIRES_IN`, `GITHUB_TOKEN_FILE` (a path).
 */
const SETTING_WORD = new Set(
  'length len min max minimum maximum rounds iterations cost timeout ttl expiry expires expire expiration lifetime duration interval age header scheme provider providers audience issuer algorithm alg type kind mode method mechanism strategy backend enabled enable disabled disable required name names user username login id file path dir directory url uri endpoint host hostname port realm scope scopes ratelimit limit rate count size policy format prefix suffix version location source store level'.split(' '),
);

/**
 * Whether an assignment's name says its value is a credential: one of its words (split at `_`,
 * `-`, `.` and camelCase) is a credential's, and no word after the last such one makes it a
 * setting about it. Words, not substrings: `AUTHOR_NAME` is no `auth`.
 */
export function secretKeyName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let last = -1;
  words.forEach((w, i) => {
    if (SECRET_WORD.test(w) || (w === 'key' && i > 0 && KEY_KIND.has(words[i - 1]))) last = i;
  });
  // A hash of it as the name's last word (`ADMIN_PASSWORD_HASH`: a bcrypt hash logs no one in); not an
  // NTLM or LM hash, which does, nor `TOKEN_HASH_KEY` or `PASSWORD_HASH_PEPPER` (the review of 6778a2a).
  const hashOfIt = last >= 0 && last === words.length - 2 && /^(?:hash|hashed|digest)$/.test(words[words.length - 1]) && !words.some((w) => w === 'ntlm' || w === 'lm');
  return last >= 0 && !hashOfIt && !words.slice(last + 1).some((w) => SETTING_WORD.has(w));
}

function unquote(v: string): string {
  let s = v.trim();
  if ((s.startsWith('"') && s.includes('"', 1)) || (s.startsWith("'") && s.includes("'", 1))) s = s.slice(1, s.indexOf(s[0], 1));
  else s = s.replace(/\s+#.*$/, '');
  return s.trim();
}

/**
 * Whether a value names a file instead of holding the secret: quay's config-tool/.env has
 * `CT_PRIVATE_KEY=${PWD}/testdata/tls/localhost.key`. A path that starts with a variable, `~`, `.`
 * or `..` and then `/`; or one whose last name has an extension (`/etc/tls/app.key`,
 * `certs/server.pem`); or an absolute path of lowercase names (`/run/secrets/db`). A key's own text
 * never looks like this: base64 has no `.`, `$` or `~`, and its random names are mixed case.
 */
export function filePathValue(s: string): boolean {
  const m = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|~|\.\.?)?(\/?)((?:[A-Za-z0-9._@-]+\/)*[A-Za-z0-9._@-]+)\/?$/.exec(s);
  if (m === null) return false;
  const [, lead, root, rest] = m;
  if (lead !== undefined) return root === '/';
  if (!rest.includes('/') && root !== '/') return false;
  return /\.[A-Za-z0-9]{1,8}$/.test(rest) || (root === '/' && rest.includes('/') && /^[a-z0-9._\/-]+$/.test(rest));
}

/**
 * A demo value: the word `demo` among at most three other short words of letters alone (`sk_test_demo`,
 * `whsec_demo`, `demo_key`: core-banking-prototype-laravel's .env.demo). A part with a digit, or a
 * long one, is what a real secret has (`Demo_Xk92jfLq0zPw`, `Spring2024_demo`: the review of e2c8c0d);
 * read in code, as a pattern of repeated parts was quadratic on a long line.
 */
/**
 * A value that says to change it: at most six words of letters, one of them `change` (or, last, `change`
 * with up to three characters glued on: `TEST_CHANGE9s`), first, last or before `me`, `it`, `this`, `in`,
 * `before` or `on`, beside a word that says what it stands for (`test`, `dev`, `please`, `default`,
 * `secret`, `password`, `in`, `prod`, ...): `please-change`, `CHANGE_IN_PRODUCTION`,
 * `dev.secret.change.in.prod`. Not `change123-Horse-Battery`, `Climate-Change` or a passphrase, nor a
 * part with digits or other characters where real secrets have them (`k7Qp-change-2fVx9LmZ3RtY8wNb`,
 * `Summer-Change-2024!`): the reviews of 6778a2a and c6c9926.
 */
const SAYS_PLACEHOLDER = /^(?:test|testing|dev|development|local|please|default|demo|sample|example|secret|password|pass|passwd|key|token|jwt|api|me|it|this|in|on|before|prod|production|value|your|my|to)$/i;
function changeValue(s: string): boolean {
  if (s.length > 64) return false;
  const parts = s.split(/[-_. ]/);
  if (parts.length < 2 || parts.length > 6) return false;
  const at = parts.findIndex((p, i) => /^change$/i.test(p) || (i === parts.length - 1 && /^change[a-z0-9]{1,3}$/i.test(p)));
  if (at < 0 || !parts.every((p, i) => i === at || /^[A-Za-z]{1,12}$/.test(p))) return false;
  if (!parts.some((p, i) => i !== at && SAYS_PLACEHOLDER.test(p))) return false;
  return at === 0 || at === parts.length - 1 || /^(?:me|it|this|in|before|on)$/i.test(parts[at + 1]);
}

/**
 * A value made only of words that name a secret and say it is a stand-in (teable's `defaultSecretKey`,
 * the code's own fallback; `dev-secret-key`, `secretkey`, `default_secret`): at most four words, split
 * at `-`, `_`, `.` and camelCase, from a small vocabulary, one of them secret, key, password or token,
 * one a stand-in word unless the value is just `secretkey` or `secret_key` (sweep 47/w2-I-F6). A word
 * outside it (`mySuperSecretKey`) or a digit keeps it real.
 */
const STAND_IN_WORDS = /^(?:default|dev|development|test|testing|local|demo|sample|example|my|your|some|insecure|placeholder|dummy|fake)$/i;
const SECRET_WORDS = /^(?:secret|secrets|key|password|passwd|pass|token|jwt|api|app|session|signing|encryption|salt)$/i;
const VOCABULARY = ['default', 'development', 'dev', 'testing', 'test', 'local', 'demo', 'sample', 'example', 'my', 'your', 'some', 'insecure', 'placeholder', 'dummy', 'fake', 'secrets', 'secret', 'key', 'password', 'passwd', 'pass', 'token', 'jwt', 'api', 'app', 'session', 'signing', 'encryption', 'salt'];
/** A run of letters cut into vocabulary words (`defaultsecret`: default, secret), or null. */
function vocabularyWords(w: string): string[] | null {
  const lower = w.toLowerCase();
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= lower.length; i++) {
    best[i] = null;
    for (const v of VOCABULARY) {
      const prev = i >= v.length ? best[i - v.length] : null;
      if (prev !== null && prev !== undefined && lower.slice(i - v.length, i) === v) {
        best[i] = [...prev, v];
        break;
      }
    }
  }
  return best[lower.length] ?? null;
}
function standInValue(s: string): boolean {
  if (s.length > 48 || !/^[A-Za-z][A-Za-z._-]*$/.test(s)) return false;
  const words = s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[-_. ]+/)
    .filter((w) => w !== '')
    .flatMap((w) => vocabularyWords(w) ?? [w]);
  if (words.length === 0 || words.length > 4 || !words.every((w) => STAND_IN_WORDS.test(w) || SECRET_WORDS.test(w))) return false;
  if (!words.some((w) => /^(?:secret|secrets|key|password|passwd|token)$/i.test(w))) return false;
  return words.some((w) => STAND_IN_WORDS.test(w)) || /^secret[-_]?key$/i.test(s);
}

/**
 * A value that is a phrase of words naming a secret (`refreshSecretKey`, `verificationSecretKey`,
 * `ever-app-auth-secret-dev`: ever-gauzy's and ever-teams' committed dotenv defaults; sweep 51/J-F1):
 * two to five words of letters alone (split at `-`, `_`, `.` and camelCase), one of them secret, key,
 * password, token, auth or salt, or a stand-in word (dev, development, test, local, default, ...). Only in a committed file, whose values every reader has: what the project
 * publishes as its default, not a credential of this checkout. (An untracked `.env` with
 * `mySuperSecretKey` keeps it: someone's own value, however weak; sweep 47/w2-I-F6.)
 */
function wordPhraseValue(s: string): boolean {
  if (s.length > 64 || !/^[A-Za-z][A-Za-z._-]*$/.test(s)) return false;
  const words = s.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[-_. ]+/).filter((w) => w !== '');
  // (Or salt, or a stand-in word: stringer's committed `.env.development`, `dev_derivation_salt`, `development_only`;
  // sweep 54/K-F2.)
  return words.length >= 2 && words.length <= 5 && words.every((w) => w.length >= 2) && words.some((w) => /^(?:secret|secrets|key|password|passwd|token|auth|salt)$/i.test(w) || STAND_IN_WORDS.test(w));
}

/**
 * A value that says it is not secure (tchapi/davis's `DB_ROOT_PASSWORD=notSoSecure`, `veryInsecure`, `not_secure`, `unsafe`):
 * letters and separators, up to six digits after them, with not-secure, not-safe, insecure, unsecure or unsafe among
 * them (sweep 56/U-F1). A search for the words, not one pattern of the whole: that backtracked for minutes on a long
 * value (the review of cf84d6b3, RA-R1).
 */
function saysNotSecure(s: string): boolean {
  if (s.length > 64 || !/^[A-Za-z][A-Za-z._-]*\d{0,6}$/.test(s)) return false;
  return /not[-_.]?(?:(?:so|very|really|too)[-_.]?)?(?:secure|safe)|insecure|unsecure|unsafe/i.test(s);
}

function demoValue(s: string): boolean {
  if (s.length > 64) return false;
  const parts = s.split(/[-_.]/);
  return parts.length >= 2 && parts.length <= 4 && parts.some((p) => p.toLowerCase() === 'demo') && parts.every((p) => /^[A-Za-z]{1,8}$/.test(p));
}

/** Whether a value looks like a real secret: not empty, not an environment reference, not a placeholder nor a file's path, 8+ characters. */
export function realLookingValue(v: string): boolean {
  const s = unquote(v);
  // A URL with no user or password in it (`https://api.example.org/`, Symfony's `MAILER_DSN=null://null`)
  // names a service, not a credential.
  // A Sentry DSN (`https://<public key>@o1.ingest.sentry.io/6348388`) is the client's public key,
  // meant to ship in a browser bundle (convex-backend's dashboard .env.production), not a secret.
  return s.length >= 8 && !ENV_REF.test(s) && !PLACEHOLDER.test(s) && !saysNotSecure(s) && !demoValue(s) && !changeValue(s) && !standInValue(s) && !filePathValue(s) && !/^[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*(?::\d+)?(?:[/?#]|$)/i.test(s) && !SENTRY_DSN.test(s);
}

/** `https://<32 hex>@<host with sentry in it>/<project number>`: a Sentry client DSN, no password in it. */
const SENTRY_DSN = /^https?:\/\/[0-9a-f]{32}@[^/:@\s]*sentry[^/:@\s]*(?::\d+)?\/\d+\/?$/i;

/**
 * A value that spells its own name or the end of it (litestar-fullstack's `SECRET_KEY='secret-key'`,
 * `JWT_SECRET=jwt_secret`, `APP_SECRET_KEY=secret-key`): a placeholder, separators and case aside.
 */
function namesItself(name: string, value: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  const v = norm(value);
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return v !== '' && words.some((_, i) => words.slice(i).join('') === v);
}

/** `scheme://user:password@host` with a real-looking password. */
function urlWithPassword(v: string): boolean {
  const m = /[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*:([^@/\s]+)@/i.exec(v);
  return m !== null && realLookingValue(m[1]);
}

/**
 * Whether a sent regular file with a secret's name was read and holds no credential (CTX201's
 * `no-credential`): a settings-only `.npmrc` (`public-hoist-pattern[]=*eslint*`, logto's, which
 * `pnpm i` needs) is not a sensitive thing a whole-context COPY drags in (CTX005).
 */
export function readAndHoldsNone(ctx: RuleContext, path: string): boolean {
  const kind = secretFileKind(path);
  const e = kind === null ? undefined : ctx.entries.find((x) => x.path === path);
  if (kind === null || e === undefined || e.kind !== 'file' || e.contentBytes > (kind === 'private-key-or-certificate' ? PEM_FILE : SMALL_FILE)) return false;
  const buf = e.contentBytes === 0 ? Buffer.alloc(0) : ctx.reader.readPrefix(e.path, e.contentBytes);
  if (buf !== null && kind === 'private-key-or-certificate' && publicDer(buf) !== null) return true;
  if (buf === null || buf.includes(0)) return false;
  return secretFileContentVerdict(kind, baseName(e.path), buf.toString('latin1'), undefined, committedBytes(ctx, e.path, e.contentBytes)) === false;
}

/**
 * Whether these very bytes are committed (the file, or another with the same content, is in git's
 * index): what every reader of the repository holds. A tracked file changed in the working tree is not
 * (`php artisan key:generate` on a tracked .env writes a fresh APP_KEY; the review of 3f8347ed, A-R1).
 */
function committedBytes(ctx: RuleContext, path: string, size: number): boolean {
  return (ctx.committedCopyOf?.(path, size) ?? null) !== null;
}

/** Reads the content of a name-only hit: true = holds a credential, false = holds none, null = cannot tell. */
export function secretFileContentVerdict(kind: SecretFileKind, name: string, content: string, published?: (key: string, value: string) => boolean, committed = false): boolean | null {
  // An empty file is a placeholder (vimagick's vault/data/etc/vault.key, which its README says to
  // generate there): it holds nothing, whatever its kind.
  if (content.trim() === '') return false;
  if (scanForSecrets(content).length > 0) return true;
  const lines = content.split(/\r?\n/);
  const lower = name.toLowerCase();
  if (kind === 'dotenv') {
    for (const l of lines) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(l);
      if (!m) continue;
      // A value a committed template beside it publishes for the same name is no secret of this
      // file (hng_boilerplate_nestjs' .env.local `JWT_SECRET=someSecrets`, as in its .env.example).
      if (published?.(m[1], unquote(m[2])) === true) continue;
      // Laravel's APP_KEY, the key it encrypts and signs sessions and cookies with, which `php artisan
      // key:generate` writes into the untracked .env (sweep 50/C-F2); the whole name only (PUSHER_APP_KEY is
      // the public half of a Pusher key pair). Not in a committed file: snipe-it's .env.docker and its test
      // environments carry fixed keys every reader of the repository has.
      const appKey = !committed && m[1] === 'APP_KEY';
      if (((secretKeyName(m[1]) || appKey) && realLookingValue(m[2]) && !namesItself(m[1], unquote(m[2])) && !(committed && wordPhraseValue(unquote(m[2])))) || urlWithPassword(m[2])) return true;
    }
    return false;
  }
  if (lower === '.npmrc') {
    return lines.some((l) => {
      const m = /(?:^|:)_(?:auth|authToken|password)\s*=\s*(.*)$/.exec(l.trim());
      return m !== null && unquote(m[1]) !== '' && !ENV_REF.test(unquote(m[1]));
    });
  }
  if (lower === '.pypirc') {
    return lines.some((l) => {
      const m = /^\s*password\s*[=:]\s*(.*)$/i.exec(l);
      return m !== null && unquote(m[1]) !== '' && !ENV_REF.test(unquote(m[1]));
    });
  }
  if (lower === '.netrc') return /\bpassword\s+\S+/.test(content);
  // An AWS shared credentials file (`~/.aws/credentials`, INI): a secret access key or session
  // token that looks real. pagopa/developer-portal's LocalStack images copy one holding
  // `aws_secret_access_key = dummy` (CTX201 judged it by name: five errors).
  if (kind === 'cloud-credentials' && lower === 'credentials') {
    if (!/^\s*\[[^\]]+\]\s*$/m.test(content)) return null;
    return lines.some((l) => {
      const m = /^\s*(aws_secret_access_key|aws_session_token)\s*=\s*(.*?)\s*$/i.exec(l);
      return m !== null && realLookingValue(m[2]);
    });
  }
  // A kubeconfig's user entries: a client key, a token, a password, an OIDC or auth-provider token.
  // `client-key:`/`tokenFile:` name files, `exec:` runs a command (aws eks get-token): no credential
  // here. ThreatMapper's cluster agent ships a template (`id-token: -replaceToken-`) its start script fills.
  if (kind === 'kubeconfig') {
    if (!/^\s*(?:clusters|users|contexts)\s*:/m.test(content)) return null;
    return lines.some((l) => {
      const m = /^\s*(?:-\s+)?(client-key-data|token|password|id-token|refresh-token|client-secret|access-token)\s*:\s*(.*?)\s*$/.exec(l);
      return m !== null && (m[1] === 'client-key-data' ? unquote(m[2]).length >= 16 : realLookingValue(m[2]));
    });
  }
  if (kind === 'terraform-state') return terraformStateHoldsCredential(content);
  if (kind === 'private-key-or-certificate') {
    if (/PRIVATE KEY/.test(content)) return true;
    // Only public material: certificates, public keys (`EC PUBLIC KEY`, tailscale's `ROOT PUBLIC
    // KEY`), parameters (nginx-proxy's `DH PARAMETERS`), CRLs, signatures. One unknown label: cannot tell.
    const labels = [...content.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.length > 0 && labels.every((l) => PUBLIC_PEM_LABEL.test(l) && !/PRIVATE|SECRET/.test(l))) return false;
    return null;
  }
  return null;
}

/** A Terraform resource type whose value is a secret (`azurerm_key_vault_secret`, `aws_ssm_parameter`, `kubernetes_secret`, `random_password`, `tls_private_key`, `aws_iam_access_key`). */
// (Types that hold the value, not its metadata: not aws_secretsmanager_secret, aws_key_pair's public key or a
// parameter group; the review of 4386c863, RB-R7.)
const TF_SECRET_RESOURCE = /(?:_secret_version|key_vault_secret|ssm_parameter|kubernetes_secret(?:_v1)?|random_password|tls_private_key|iam_access_key|service_account_key|_api_key|_password|client_secret|_token|actions_secret|dependabot_secret|vault_generic_secret|kv_secret(?:_v2)?|_credential)$/i;
/** An output name that says it is a secret (`db_password`, `api_token`), not its name or address (`kms_key_arn`, `secret_id`). */
const TF_SECRET_WORD = /(?:^|_)(?:pass(?:word|wd)?|secret|token|key|credentials?|pwd)$/i;
/** An attribute of a Terraform resource whose name says it holds a secret (a leaf's own key, split at `_`), not its address (`secret_arn`, `token_id`). */
const TF_SECRET_ATTRIBUTE = /(?:^|_)(?:password|passwd|secret|token|private_key|client_key|access_key|secret_key|key_material|credentials?|kube_config_raw|connection_string|primary_key|secondary_key|sas|result)(?:$|_(?!(?:arns?|ids?|names?|version|path|type|length|count)(?:$|_)))/i;

/**
 * A Terraform state file (JSON, format 3 or 4): true when it holds a value Terraform marks sensitive (an
 * instance's `sensitive_attributes`, a sensitive output) or a non-empty string under an attribute named as a
 * secret (`password`, `client_key`, `private_key_pem`, random_password's `result`), false when it holds none
 * (open-match's committed state of a GKE cluster: `master_auth`'s `password`, `client_key` empty, a CA
 * certificate; sweep 54/E-F1), null when it is no state file ctx-audit can read.
 */
function terraformStateHoldsCredential(content: string): boolean | null {
  let state: unknown;
  try {
    state = JSON.parse(content);
  } catch {
    return null;
  }
  if (state === null || typeof state !== 'object' || Array.isArray(state)) return null;
  const st = state as { resources?: unknown; modules?: unknown; outputs?: unknown };
  if (!Array.isArray(st.resources) && !Array.isArray(st.modules)) return null;
  // A sensitive output, or one named as a secret (Terraform before 0.15 let `db_password` be a plain output).
  const outputs = (o: unknown): boolean =>
    o !== null &&
    typeof o === 'object' &&
    Object.entries(o).some(([name, v]) => v !== null && typeof v === 'object' && ((v as { sensitive?: unknown }).sensitive === true || TF_SECRET_WORD.test(name)) && (v as { value?: unknown }).value !== '' && (v as { value?: unknown }).value !== null && (v as { value?: unknown }).value !== undefined);
  if (outputs(st.outputs)) return true;
  // Every object of the state, breadth first and bounded: a leaf string under a secret's name, a
  // non-empty `sensitive_attributes`, or a module's sensitive output (format 3).
  const queue: unknown[] = [state];
  let next = 0;
  for (; next < queue.length && next < 200_000; next++) {
    const v = queue[next];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) queue.push(x);
      continue;
    }
    // A resource of a type that holds a secret as its value (azurerm_key_vault_secret, aws_ssm_parameter,
    // kubernetes_secret's data, random_password, tls_private_key): whatever its attributes are named (RA-R9).
    const r = v as { type?: unknown; instances?: unknown; primary?: unknown };
    if (typeof r.type === 'string' && (Array.isArray(r.instances) ? r.instances.length > 0 : r.primary !== undefined) && TF_SECRET_RESOURCE.test(r.type)) return true;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'sensitive_attributes' && Array.isArray(x) && x.length > 0) return true;
      if (k === 'outputs' && outputs(x)) return true;
      // (Its last part: format 3 keeps attributes flat, `master_auth.0.password`.)
      if (typeof x === 'string' && x.trim() !== '' && TF_SECRET_ATTRIBUTE.test(k.slice(k.lastIndexOf('.') + 1))) return true;
      if (x !== null && typeof x === 'object') queue.push(x);
    }
  }
  return next < queue.length ? null : false;
}

/** The names of the templates of an `.env` a repository publishes beside it. */
const ENV_TEMPLATES = ['.env.example', '.env.sample', '.env.template', '.env.tpl', '.env.dist', '.env.default', '.env.defaults'];

/**
 * The assignments of the committed `.env` templates beside a dotenv file (`.env.example`, ...):
 * name -> value, as a lookup of whether a value is published there under the same name.
 */
function publishedBeside(ctx: RuleContext, path: string, elsewhere: () => readonly string[]): (key: string, value: string) => boolean {
  const dir = path.slice(0, path.length - baseName(path).length);
  const values = new Map<string, Set<string>>();
  // And the committed templates anywhere in the context: a value one of them publishes under the same
  // name is public (fastapi_best_architecture's deploy/backend/docker-compose/.env.server holds
  // backend/.env.example's TOKEN_SECRET_KEY).
  for (const t of new Set([...ENV_TEMPLATES.map((x) => dir + x), ...elsewhere()])) {
    if (t === path || ctx.isGitTracked?.(t) !== true) continue;
    const text = ctx.reader.readPrefix(t, SMALL_FILE)?.toString('latin1') ?? '';
    for (const l of text.split(/\r?\n/)) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(l);
      if (m === null) continue;
      const set = values.get(m[1]) ?? new Set<string>();
      set.add(unquote(m[2]));
      values.set(m[1], set);
    }
  }
  // Or under the same name with a prefix on one side (sourcify's services/server/.env.dev
  // `SOURCIFY_POSTGRES_PASSWORD="sourcify"`, services/database/.env.template's `POSTGRES_PASSWORD=sourcify`:
  // the same local database's published password, one app's name for it).
  const suffixed = (a: string, b: string) => a.length > b.length && a.endsWith('_' + b);
  return (key, value) => values.get(key)?.has(value) === true || [...values].some(([k, vs]) => vs.has(value) && (suffixed(key, k) || suffixed(k, key)));
}

/**
 * The line of a committed dotenv file's own comment that says the file is safe to commit
 * (saas-boilerplate's packages/backend/.env.shared: "shared backend configuration that's safe to
 * commit. For secrets and personal overrides, create a `.env` file"), among its first 40 lines, or null.
 */
function declaredSafeLine(ctx: RuleContext, path: string): number | null {
  if (ctx.isGitTracked?.(path) !== true || baseName(path).endsWith('.local')) return null;
  const lines = (ctx.reader.readPrefix(path, SMALL_FILE)?.toString('latin1') ?? '').split(/\r?\n/, 40);
  // Or that sends secrets to the untracked `.env.local` (community-platform's committed `.env`:
  // `### To set in a .env.local file`, its real keys commented out below).
  const i = lines.findIndex((l) => /^\s*#.*(?:\bsafe to commit\b|\.env\.local\b)/i.test(l));
  return i < 0 ? null : i + 1;
}

/** Symfony's recipe header, in every Symfony application's committed `.env`. */
const NO_PRODUCTION_SECRETS = /DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE/i;

/**
 * A committed `.env` or `.env.<environment>` (not a `.local` one) beside a committed `.env` that says
 * it holds no production secrets, or in a Symfony application's root: Symfony's defaults, which the application loads (it stops without
 * `.env`), committed by design (Part-DB's `APP_SECRET`, a default its own code calls publicly known;
 * uvdesk's `MAILER_DSN=null://null`; Sylius). The local overrides, `.env.local` and
 * `.env.<environment>.local`, are where secrets go, and keep their severity.
 */
function publishedDefaults(ctx: RuleContext, path: string): boolean {
  const base = baseName(path);
  if (!/^\.env(?:\.[\w-]+)?$/.test(base) || base.endsWith('.local') || ctx.isGitTracked?.(path) !== true) return false;
  const dir = path.slice(0, path.length - base.length);
  const tracked = (p: string) => ctx.isGitTracked?.(dir + p) === true;
  if (!tracked('.env')) return false;
  const read = (p: string) => ctx.reader.readPrefix(dir + p, SMALL_FILE)?.toString('latin1') ?? '';
  // The header, or a Symfony application beside it (Part-DB's own header keeps none): its
  // symfony.lock, or a composer.json that requires symfony/dotenv, which loads these files.
  return NO_PRODUCTION_SECRETS.test(read('.env')) || tracked('symfony.lock') || (tracked('composer.json') && /"symfony\/dotenv"\s*:/.test(read('composer.json')));
}

/**
 * The layered dotenv convention (dotenv-rails, dotenv-flow, Next.js, Vite): the committed `.env` and
 * `.env.<environment>` hold shared defaults, and secrets go in the `.local` files beside them, which
 * the repository's .gitignore ignores. For a committed dotenv file (not a `.local` one) whose own
 * `.local` or the directory's `.env.local` git ignores, that file's name (simple-server's
 * `.env.development`, its tokens ending `-fake`, beside the ignored `.env.development.local`), else null.
 * The file itself must not be ignored: a `.env*` line and a force-added `.env.production` is no convention.
 */
function secretsGoTo(ctx: RuleContext, path: string): string | null {
  const base = baseName(path);
  const ignored = ctx.isGitIgnoredByRules;
  // Committed on purpose: its own name is not ignored (a `.env*` line and a force-added file is no convention).
  if (!ignored || !/^\.env(?:\.[\w.-]+)?$/.test(base) || base.endsWith('.local') || ctx.isGitTracked?.(path) !== true || ignored(path)) return null;
  const dir = path.slice(0, path.length - base.length);
  for (const local of [`${base}.local`, '.env.local']) {
    if (ctx.isGitTracked?.(dir + local) !== true && ignored(dir + local)) return local;
  }
  return null;
}

/** PEM labels of public material (RFC 7468 and the usual OpenSSL/PGP ones). */
const PUBLIC_PEM_LABEL = /PUBLIC KEY|CERTIFICATE|PARAMETERS|\bCRL\b|SIGNATURE|^PKCS7$|^CMS$/;

/** Whether BuildKit follows a symlink at `path`: a named source is the link or lies below it. */
export function followedByCopy(ctx: RuleContext, path: string): boolean {
  for (const r of ctx.crossCheck?.resolved.resolutions ?? []) {
    if (r.status === 'whole-context') continue;
    const hits = (p: string) => p === path || p.startsWith(path + '/');
    if (hits(r.path) || r.sentMatches.some(hits)) return true;
  }
  return false;
}

export interface SecretFileData {
  path: string;
  kind: SecretFileKind;
  evidence: SecretFileEvidence;
  /** With evidence `dev-key`: the certificate that makes it one (src/rules/dev-keys.ts). */
  certifies?: string;
  /** Git tracks it: every checkout has it, and `suggest` will not exclude it from an image that may read it. */
  committed?: true;
  /** An untracked copy of this tracked file (repo-relative): as public as the original. */
  copyOf?: string;
  /** With evidence `defaults`: the line of its own comment that says it is safe to commit. */
  declaredSafe?: number;
  /** A committed dotenv file whose `.local` counterpart git ignores: where the repository keeps its secrets (a warning at most). */
  secretsIn?: string;
}

function layered(d: SecretFileData): string {
  return d.secretsIn === undefined ? '' : `; committed to git as shared defaults, with secrets kept in ${d.secretsIn}, which git ignores: check it holds no live value`;
}

export const secretFile = defineRule<SecretFileData>({
  id: 'CTX201',
  name: 'secret-file',
  severity: 'error',
  security: {
    severity: 7.5,
    why: 'High: names like `.env`, `id_rsa` or `*.pem` nearly always hold credentials, but only the name is known, not that the content is a live secret (CTX202 is the rule that reads content).',
  },
  docs: {
    summary: 'A sent file\'s name says it holds a secret (.env, .dev.vars, id_rsa, *.pem, ...).',
    why: 'Everything in the context reaches the builder, and a broad `COPY . .` puts it in a layer that anyone who can pull the image can read, even if a later step deletes it. Names like `.env`, `id_rsa` or `*.pem` almost always hold credentials. When a COPY or ADD of the target\'s stages brings the file into the image, the finding names that instruction; it is an error already, and a severity lowered in the config is raised one level, because a copied secret is readable by anyone who can pull the image. A file git tracks (or an untracked copy of one with the same bytes, as a CI step\'s `cp -r src docker/src` makes) that no COPY or ADD puts in the image (it is only sent, or copied into a build stage the image takes nothing of it from) is a warning at most: the builder gets nothing the repository\'s readers do not already hold, and it leaks once it ships (a RUN in that stage may still build it into what ships).',
    fix: 'Exclude the file in .dockerignore (at any depth: `**/.env`) and pass secrets at build time with `RUN --mount=type=secret` or at run time with environment variables. A copy of an `.env` under the name a file manager or editor gives it (`.env copy`, `.env-old`, `.env (1)`, `.env_backup`, `.env~`) is one. Not a secret file: an `.env` with a template word after it (`.env.example`, `.env.sample`, `.env.template`, `.env.tpl`, `.env.dist`, `.env.default(s)`, also after another part: `.env.dev.default`, or before one: `.env.example.complete`; but `.env.example.local` is a local copy). How a name-only hit is confirmed: a regular file of at most 64 KiB (a `.pem`/`.key`: 1 MiB, room for a CA bundle) that is text is read. It holds a credential (error) when CTX202 finds one in it, or: an `.env` file with an assignment whose name says secret (and whose value is not the one a committed template beside it or anywhere in the context, `.env.example`, `.env.sample`, `.env.template`, `.env.dist` or `.env.default(s)`, publishes for that name, or for that name with a prefix on one side: `POSTGRES_PASSWORD` for `APP_POSTGRES_PASSWORD`) (a word of it, split at `_`, `-`, `.` and camelCase, holds secret, token (not tokenizer), passw or credential, or is pwd, pass, auth, salt, dsn or webhook, or is key after api, private, access, signing or encryption, or is the whole name APP_KEY, Laravel\'s encryption key, in a file whose bytes git does not hold (a committed one, unchanged, is a fixed development or test key every reader of the repository has); and no word after that one makes it a setting about the secret: `AUTH_RATELIMIT`, `PASSWORD_MIN_LENGTH`, `SALT_ROUNDS`, `TOKEN_AUDIENCE`, `GITHUB_TOKEN_FILE`; nor a hash of it as the last word, `ADMIN_PASSWORD_HASH`, unless an NTLM or LM one; `AUTHOR_NAME` holds no auth) and whose value looks real (8+ characters, not `${VAR}`/`$VAR`, not the path of a file (`$HOME/certs/app.key`, `./certs/server.pem`, `/run/secrets/db`: quay\'s config-tool `.env` names its test TLS key so), not a URL with no user or password in it (`null://null`, `redis://localhost:6379`), nor a Sentry client DSN (`https://<public key>@o1.ingest.sentry.io/42`, a key browsers carry), not a placeholder such as `changeme`, `!ChangeMe!`, `db_password`, a value that says it is not secure (`insecure`, `notSoSecure`, `unsafe`), a value that says it is none (`this_is_not_the_key`, `not_the_real_key`), a value of stand-in and secret words alone (`defaultSecretKey`, `dev-secret-key`, `secretkey`: a default, development, test or example word beside secret, key, password or token), in a committed file a phrase of two to five words of letters with secret, key, password, token, auth, salt or a stand-in word (dev, development, test, local, default, ...) among them (`refreshSecretKey`, `ever-app-auth-secret-dev`, `dev_derivation_salt`: the default the project publishes), a demo value (the word `demo` among up to three other short words of letters: `sk_test_demo`, `whsec_demo`, `demo_key`; not `Demo_Xk92jfLq0zPw`), one that says where the real value goes or that it is to be replaced (`override-me-in-.env.local`, `set-me`, `update-me-with-a-random-value`, words of letters with `change` first, last or before `me`/`in`/...: `TEST_CHANGE9s`, `please-change`, `CHANGE_IN_PRODUCTION`), its own name (`SECRET_KEY=secret-key`), `<...>`, `xxx`, `your-...` or anything with `example`, `dummy` or `fake` (`…-fake`), nor a service\'s published default such as MinIO\'s `minioadmin`, `postgres`, `guest` or Java\'s `changeit`), or a `scheme://user:password@` URL with such a password; an `.npmrc` with `_auth`, `_authToken` or `_password` set to a value that is not only `${VAR}`; a `.pypirc` with a `password`; a `.netrc` with a `password`; an AWS credentials file (`.aws/credentials`, INI sections) with an `aws_secret_access_key` or `aws_session_token` whose value looks real (not `dummy`, `test`, ...); a `.pem`/`.key` with `PRIVATE KEY`; a Terraform state (JSON, read up to 1 MiB) with a value Terraform marks sensitive (an instance\'s `sensitive_attributes`, a sensitive output), an output named as a secret (`db_password`), a resource of a type that holds one (`azurerm_key_vault_secret`, `aws_ssm_parameter`, `kubernetes_secret`, `random_password`, `tls_private_key`), or a non-empty attribute named as a secret (`password`, `client_key`, `private_key_pem`, `token`). It holds none, and the finding is info at most (even when copied), when the file was read and none of that is there (a kubeconfig, read as one when it has `clusters:`, `users:` or `contexts:`, holds a credential when a `client-key-data`, `token`, `password`, `id-token`, `refresh-token`, `client-secret` or `access-token` has a real-looking value; `client-key` and `tokenFile` name files, `exec` runs a command) (an empty file, of any kind; a `.pem` whose every block is public: certificates, public keys, DH/EC parameters, CRLs; a `.pem`/`.key` that is a certificate, CRL or public key in binary DER form, as `openssl ... -outform DER` writes). A symlink sends only the link, not its target: info at most, unless a COPY/ADD/bind source is the link or lies below it (BuildKit follows it then). A file in a directory named `example(s)`, `sample(s)` or `tutorial(s)`, with or without a leading dot (`.examples`), (or starting so: `sample_data`, `example-configs`), or fake or dummy (`fake-certs`) is published on purpose, like `.env.example`: info at most; so is a committed file named as a template to copy (`id_rsa.sample`, `settings.example.json`, `rsa-example.yaml`, `*.dist`; not `.local`), and an untracked byte-for-byte copy of one (`cp .env.example .env` before the build: the values the repository publishes), or of a committed test file (`cp src/core/.env.ci src/core/.env`). So is a committed test file (git tracks it, and it lies in a `test(s)`, `testing`, `testassets` (`testresources`, `testfiles`, `testcerts`, `testkeys`), `test_*`/`test-*`, `<word>test(s)` (`fstest`, `vsixtest`, `unittests`; not `latest`), a .NET test project\'s `<Project>.Tests` (`.UnitTests`, `.IntegrationTests`, `.Specs`), or any directory of a `*.csproj` that references Microsoft.NET.Test.Sdk or says `<IsTestProject>true`, `testutil(s)`, `testhelper(s)`, `__tests__`, `spec(s)`, `testdata`/`_testdata`, `fixture(s)`, `__mocks__`, `mock(s)`, `mock-*`, `e2e`, `e2e-*`, `suites`, `t` or `ci-config`/`ci_config` (the CI test run\'s configuration; not `ci/`) directory or is named `*.spec.*`, `*.test.*`, `*_test.go`, a C or C++ test (`*_test.cc`, `*_unittest.cc`, `*_tests.cpp`, `test_*.c`) or a test class\'s source that a test framework marks (`SslTests.cs` with `[Fact]`, `UserServiceTest.java` with `@Test`, `FooTest.cpp` with `TEST(`), a fixtures file (`fixtures.json`, `test_fixtures.yaml`: socorro\'s fake OIDC server\'s Django fixture), a Go test helper (`testutil.go`, `test_helpers.go`, `*_testutil.go`), a `<name>_test.<ext>` beside `<name>_test.go`, `test_*.py`, a key or certificate file named `test_*` (`test_private_rsa_key.pem`), or is the test environment\'s `.env.test`, `.env.testing`, `.env.e2e`, `.env.ci` (solidtime\'s CI test values), or the same word before `.env` (`.functional-tests.env`, `test.env`) or its configuration (`test.*`/`testing.*` under a `config`, `settings` or `environment(s)` directory: Rails\' `config/environments/test.rb`, `config/settings/test.yml`, Elixir\'s `config/test.exs`); the path in the repository counts, so a context that is itself a test directory does; so is a file that a committed test file in its directory names, or one directory up names with its directory, or one directory down names as `../NAME` (harbor\'s config/config_test.go, `../server.key`), or one at the context root names by its whole path (Sylius\' `.env.test` names `config/jwt/private-test.pem`) (cloudflared\'s `test-cert-no-token.pem`, hydra\'s `stub/rsa.key`), or a JavaScript/TypeScript module that such a test imports without its extension (joplin\'s `./ppkTestUtils`)): a fixture such as a test server key; an untracked file there keeps its severity. So is a committed file of third-party code vendored into the repository (a Go `vendor/` directory whose `modules.txt` git tracks; a Composer vendor directory, one whose `composer/installed.json` git tracks: `vendor/`, or TeamPass\' `app/vendor`; a `third_party`, `third-party` or `3rdparty` directory; a library\'s tree under a `deps/` directory, with the licence file git tracks at its top: `deps/mbedtls/LICENSE`; an upstream release unpacked under its versioned name, such as `lib/librdkafka-2.15.0/`): that project\'s own test data. So is a committed dotenv file (not a `.local` one) whose own comment, in its first 40 lines, says it is safe to commit (saas-boilerplate\'s `.env.shared`: "shared configuration that\'s safe to commit. For secrets ... create a `.env`") or sends secrets to `.env.local` (community-platform\'s `### To set in a .env.local file`). So is a committed `.env` or `.env.<environment>` (not a `.local` one) beside a committed `.env` that says `DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE` (Symfony\'s recipe header), or beside a committed `symfony.lock` or a `composer.json` that requires `symfony/dotenv` (Symfony loads these files): the defaults the application loads and the repository publishes (Part-DB\'s `APP_SECRET`); the `.local` files are where secrets go. A committed `.env` or `.env.<name>` (not a `.local` one, and not itself named by a .gitignore line: a force-added file is no convention) whose own `.local` copy, or the `.env.local` beside it, the repository\'s .gitignore ignores is the layered dotenv convention (dotenv-rails, dotenv-flow, Next.js, Vite: shared defaults committed, secrets in the ignored `.local` files; simple-server\'s `.env.development`): a warning at most. A committed private key whose own certificate (in the same file, or a sent `.crt`/`.cer`/`.cert`/`.pem` beside it, checked against the key) vouches only for localhost, loopback addresses or reserved names (`.test`, `.example`, `.invalid`, `.localhost`, example.com/.net/.org) is a development key: warning at most, since it unlocks no real name (a private network\'s names, such as `vault` or `db.internal`, do not qualify); so is one whose own certificate is self-signed and past its end date, which no client trusts, or past its end date and issued by a CA whose certificate beside it is past its own (an expired test PKI), or was issued by mkcert\'s local development CA (`O=mkcert development CA`), which only machines where `mkcert -install` ran trust, or by a CA whose own certificate and private key are committed beside it (a test PKI anyone can issue from); so is that CA\'s own key, its self-signed certificate beside the certificates it issued. A key and certificate written inside a JSON string (`\\n` escapes) or an indented YAML block are read as PEM. A `.key`/`.pem` that is a ZIP archive (an Apple Keynote deck is `slides.key`; known by its first bytes at any size) holds no key. A committed file whose own name has `dummy` or `fake` as a part (`dummy_aes.key`, `fake-ca.pem`) is a stand-in, as a `fake-certs/` directory is: info; one whose name has `insecure` as a part (edgex-go\'s `insecure_aes.key`, the default its proxy reads when no key is given) is the project\'s published insecure default: a warning at most. A committed `debug.keystore` is Android\'s debug keystore, which every Android SDK makes with the published password `android` (React Native\'s template commits one): info. Bigger, binary or unreadable files, and other kinds (keystores, a state that is not JSON, ...), are judged by name: error; except, under BuildKit, a requested file the user running ctx-audit cannot open: BuildKit\'s client sends it empty, so info, saying so.',
    bad: '# .dockerignore\nnode_modules\n# (.env and deploy/id_rsa are sent)',
    good: '# .dockerignore\nnode_modules\n**/.env\n**/.env.*\n!**/.env.example\n**/id_rsa*',
  },
  check(ctx) {
    const out = [];
    // The dotenv templates the context holds anywhere (`.env.example`, ...), read only for a dotenv file's value.
    let templates: string[] | undefined;
    const templatesSent = () => (templates ??= ctx.entries.filter((x) => x.kind === 'file' && ENV_TEMPLATES.includes(baseName(x.path))).map((x) => x.path).slice(0, 64));
    for (const e of ctx.entries) {
      if (e.kind !== 'file' && e.kind !== 'hardlink' && e.kind !== 'symlink') continue;
      const kind = secretFileKind(e.path);
      if (!kind) continue;
      let evidence: SecretFileEvidence = 'name-only';
      let declaredSafe: number | null = null;
      // One this user may not open, which BuildKit sends empty (the review of 94b8ad9: a 0600 `.env` of
      // another user was an error "copied into the image" while the image got an empty file).
      if (e.kind === 'file' && ctx.sentEmpty?.(e.path) === true) evidence = 'sent-empty';
      // In the context, or (committed) in the repository: pomerium builds examples/mutual-tls, whose out/*.key CTX202 already called examples.
      // (A committed test file first: circulation's tests/fixtures/fake_ca/fake_server.key is a fixture, and was
      // called "an example (from an examples directory ...)"; sweep 55/R-F6. Both are info at most.)
      else if (isCommittedTestFile(ctx, e.path)) evidence = 'test-fixture';
      else if (EXAMPLE_DIR.test(e.path) || isCommittedExample(ctx, e.path)) evidence = 'example';
      else if (isVendoredModuleFile(ctx, e.path)) evidence = 'vendored';
      else if (kind === 'dotenv' && publishedDefaults(ctx, e.path)) evidence = 'defaults';
      else if (kind === 'dotenv' && (declaredSafe = declaredSafeLine(ctx, e.path)) !== null) evidence = 'defaults';
      else if (e.kind === 'symlink') {
        // The tar carries the link (its target path), not the target's bytes, unless BuildKit follows it for a COPY.
        if (!followedByCopy(ctx, e.path)) evidence = 'symlink';
      } else if (kind === 'private-key-or-certificate' && e.contentBytes > PEM_FILE) {
        // Too big to read whole; a ZIP archive by its first bytes is still no key (awx's
        // docs/.../ansible-signing-verify-arch.key, a 2 MB Keynote deck).
        const head = ctx.reader.readPrefix(e.path, 4);
        if (head !== null && head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) evidence = 'no-credential';
      } else if (e.contentBytes <= (kind === 'private-key-or-certificate' || kind === 'terraform-state' ? PEM_FILE : SMALL_FILE)) {
        const buf = e.contentBytes === 0 ? Buffer.alloc(0) : ctx.reader.readPrefix(e.path, e.contentBytes);
        // A ZIP archive is no PEM or DER key (llama.cpp's docs/.../idea-arch.key is a Keynote deck).
        if (buf !== null && kind === 'private-key-or-certificate' && buf.length >= 4 && buf.readUInt32BE(0) === 0x504b0304) evidence = 'no-credential';
        // A certificate, revocation list or public key in binary (DER) form holds no secret.
        else if (buf !== null && kind === 'private-key-or-certificate' && publicDer(buf) !== null) evidence = 'no-credential';
        else if (buf !== null && !buf.includes(0)) {
          const content = buf.toString('latin1');
          const verdict = secretFileContentVerdict(kind, baseName(e.path), content, kind === 'dotenv' ? publishedBeside(ctx, e.path, templatesSent) : undefined, committedBytes(ctx, e.path, e.contentBytes));
          if (verdict !== null) evidence = verdict ? 'content' : 'no-credential';
          if (evidence === 'content' && kind === 'private-key-or-certificate') {
            const names = devKeyNames(ctx, e.path, content);
            if (names !== null) {
              out.push({ path: e.path, data: { path: text(e.path), kind, evidence: 'dev-key' as const, certifies: names }, maxSeverity: 'warning' as const });
              continue;
            }
          }
        }
      }
      const tracked = ctx.isGitTracked?.(e.path) === true;
      // Android's debug keystore (`debug.keystore`): the key every Android SDK makes, with the published
      // passwords `android` (React Native's template commits one; notesnook's, sweep 51/J-F4): signs only
      // debug builds no store accepts.
      if (tracked && kind === 'keystore' && baseName(e.path) === 'debug.keystore' && evidence === 'name-only') evidence = 'android-debug';
      // A committed file whose own name calls it a stand-in (`dummy_aes.key`, `fake-ca.pem`), as a `fake-certs/`
      // directory does: info; or the project's insecure default (edgex-go's res/insecure_aes.key, which its
      // proxy reads when EDGEX_INSECURE_AES_KEY is unset, and ships on purpose): a warning at most (sweep 52/V-F1).
      else if (tracked && (evidence === 'name-only' || evidence === 'content') && STAND_IN_NAME.test(baseName(e.path))) evidence = 'stand-in';
      else if (tracked && (evidence === 'name-only' || evidence === 'content') && INSECURE_FILE_NAME.test(baseName(e.path))) evidence = 'insecure-default';
      const copyOf = tracked || e.kind !== 'file' ? null : (ctx.committedCopyOf?.(e.path, e.contentBytes) ?? null);
      // An untracked byte-for-byte copy of a committed template (GPS-Tracker's docker/build.sh: `cp
      // docker/.env.example .env`, then the build, whose `COPY ./ /app` takes it): the template's
      // values, published by the repository (its MySQL container's default password), no secret of its own.
      // (Said so even when its values are the template's: that the whole file is one is the better reason.)
      if ((evidence === 'content' || evidence === 'name-only' || evidence === 'no-credential') && copyOf !== null && isTemplateName(copyOf)) evidence = 'template-copy';
      // Or of a committed test file (education-backend's build job: `cp src/core/.env.ci src/core/.env`,
      // then the build, whose image ships it): the test values the repository publishes.
      // (copyOf is the repository's path of the blob: judged from the repository's root, the review of ad87a14.)
      else if ((evidence === 'content' || evidence === 'name-only') && copyOf !== null && isTestPathInRepo(copyOf)) evidence = 'fixture-copy';
      const capped = evidence === 'sent-empty' || evidence === 'no-credential' || evidence === 'symlink' || evidence === 'example' || evidence === 'template-copy' || evidence === 'fixture-copy' || evidence === 'test-fixture' || evidence === 'vendored' || evidence === 'defaults' || evidence === 'android-debug' || evidence === 'stand-in';
      const secretsIn = !capped && kind === 'dotenv' ? secretsGoTo(ctx, e.path) : null;
      const committed = tracked || copyOf !== null ? { committed: true as const, ...(copyOf !== null ? { copyOf: text(copyOf) } : {}) } : {};
      const data = { path: text(e.path), kind, evidence, ...committed, ...(declaredSafe !== null ? { declaredSafe } : {}), ...(secretsIn !== null ? { secretsIn } : {}) };
      out.push({ path: e.path, data, ...(capped ? { maxSeverity: 'info' as const } : secretsIn !== null || evidence === 'insecure-default' ? { maxSeverity: 'warning' as const } : {}) });
    }
    return out;
  },
  message: (d) =>
    d.evidence === 'example'
      ? `a file named like a secret (${d.kind}) is sent as an example (from an examples, fake or dummy directory, or named as a template to copy): published on purpose, check it is not a live one`
      : d.evidence === 'template-copy'
      ? `a file named like a secret (${d.kind}) is sent, a byte-for-byte copy of the committed template ${d.copyOf ?? ''}: the values the repository publishes, check none is a live one before it is edited`
      : d.evidence === 'fixture-copy'
      ? `a file named like a secret (${d.kind}) is sent, a byte-for-byte copy of the committed test file ${d.copyOf ?? ''}: the test values the repository publishes, check none is a live one`
      : d.evidence === 'test-fixture'
      ? `a file named like a secret (${d.kind}) is sent, a test file committed to git: a test fixture, check it is not a live one`
      : d.evidence === 'stand-in'
      ? `a file named like a secret (${d.kind}) is sent, committed to git under a name that calls it a stand-in (dummy, fake): check it is not a live one`
      : d.evidence === 'insecure-default'
      ? `a file named like a secret (${d.kind}) is sent, committed to git under a name that calls it insecure: the project's published default, which anyone can read; check no deployment relies on it`
      : d.evidence === 'android-debug'
      ? `a file named like a secret (${d.kind}) is sent: Android's debug keystore, committed to git, whose key every Android SDK makes with the published password "android" and only debug builds use`
      : d.evidence === 'vendored'
      ? `a file named like a secret (${d.kind}) is sent from vendored third-party code, committed to git: that project's own test data, check it is not a live one`
      : d.evidence === 'defaults' && d.declaredSafe !== undefined
      ? `a file named like a secret (${d.kind}) is sent, committed to git and saying it is safe to commit or that secrets go elsewhere (its comment at line ${d.declaredSafe}): shared defaults, check it holds no live value`
      : d.evidence === 'defaults'
      ? `a file named like a secret (${d.kind}) is sent, committed to git with the defaults a Symfony application loads (secrets go in .env.local, which is not committed): check it holds no live value`
      : d.evidence === 'dev-key'
      ? `a file named like a secret (${d.kind}) is sent, holding the private key of ${d.certifies ?? ''}, committed to git: a development key no client trusts for a real name (it still lands wherever it is copied)`
      : d.evidence === 'symlink'
      ? `a symlink named like a secret (${d.kind}) is sent: only the link goes, not its target's content`
      : d.evidence === 'sent-empty'
      ? `a file named like a secret (${d.kind}) is requested, but this user cannot read it: BuildKit sends it empty (a build run by a user who can read it sends its content)`
      : d.evidence === 'no-credential'
        ? `a file named like a secret (${d.kind}) is sent, but its content holds no credential`
        : d.evidence === 'content'
          ? `a file whose name suggests a secret (${d.kind}) is sent, and its content holds a credential (value not shown)${layered(d)}`
          : `a file whose name suggests a secret (${d.kind}) is sent${layered(d)}`,
});
