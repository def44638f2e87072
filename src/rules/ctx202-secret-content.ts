import type { SentEntry } from '../context/walk.js';
import { defineRule, type ContextReader, type RuleContext, type SecretHit, type SecretKind } from './rule.js';
import { baseName, lineOf, text } from './paths.js';
import { exampleListKey, exampleNamedValue, isCommittedExample, isCommittedTestFile, isVendoredModuleFile, rustTestModuleLine, testNamedValue } from './test-fixtures.js';
import { devKeyNames, privateKeyBodies } from './dev-keys.js';
import { TOKEN_PREFIXES } from './token-prefixes.js';

/** High-confidence credential shapes only: a false alarm here trains people to ignore the rule. */
const DETECTORS: readonly [SecretKind, RegExp][] = [
  ['private-key', /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g],
  ['aws-access-key-id', /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g],
  ['github-token', /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/g],
  ['gitlab-token', /\bglpat-[A-Za-z0-9_-]{20,}\b/g],
  // Slack's tokens start with a numeric id (`xoxb-<team>-<bot>-<secret>`, `xoxa-2-...`): a docs
  // placeholder such as `xoxb-your-bot-token-here` (prefect's Slack integration) is not one.
  ['slack-token', /\bxox[baprs]-\d+-[A-Za-z0-9-]{10,}\b/g],
  ['npm-token', /\bnpm_[A-Za-z0-9]{36}\b/g],
  ['stripe-live-key', /\b[sr]k_live_[A-Za-z0-9]{24,}\b/g],
  // A bot's own token is its main secret (sweep 51/L-F1: MusicBot's gitignored config/options.ini,
  // copied by `COPY . ./`, was only "ignored by git"). Discord's: the bot's user id (a snowflake of
  // 17-20 digits) in base64, a dot, a 6-character timestamp, a dot, an HMAC of 27 or more (discordBotToken
  // checks the first part is digits). Telegram's: the bot's id, `:`, and a 35-character secret
  // starting `AA` (telegramBotToken checks it mixes cases and digits).
  ['discord-bot-token', /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g],
  // (In the Bot API's URL too, `https://api.telegram.org/bot<token>/sendMessage`: the review of cb93ecec, RA-R3.)
  ['telegram-bot-token', /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g],
];

/** A Discord token's first part is a user id in base64: digits, 17 to 20 of them. */
function discordBotToken(token: string): boolean {
  const id = Buffer.from(token.slice(0, token.indexOf('.')).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^\d{17,20}$/.test(id);
}

/** A Telegram token's secret is random: both cases (a docs `123456789:AAxxxx…` is not one; a digit is not required: RA-R3). */
function telegramBotToken(token: string): boolean {
  const secret = token.slice(token.indexOf(':') + 3);
  return /[a-z]/.test(secret) && /[A-Z]/.test(secret);
}

/** One cheap pass that every detector's match must pass first: most files never reach the detectors. */
const PREFILTER = new RegExp(String.raw`-----BEGIN|${TOKEN_PREFIXES}|\d:AA|(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.`);

/** Dependency and VCS trees are reported as a whole by CTX003; their thousands of files are not scanned. */
/** The kinds whose tokens start with a fixed prefix (test-fixtures.ts exampleNamedValue reads those). */
const PREFIXED_KINDS: ReadonlySet<SecretKind> = new Set<SecretKind>(['aws-access-key-id', 'github-token', 'gitlab-token', 'slack-token', 'npm-token', 'stripe-live-key']);

const SKIPPED_DIRS = /(^|\/)(node_modules|\.git\/objects|\.venv|venv|site-packages|__pycache__)\//;

/** First bytes read from each file: enough to spot binary content and most secrets without reading more. */
const HEAD_BYTES = 8192;

/** The fewest base64 characters a private key's body has to be evidence (see hasKeyBody). */
const MIN_KEY_BODY = 64;

/** A line that is a comment (`#`, `//`, `;`, `--` not starting a PEM armour line, `*` of a block comment, `<!--`), with nothing before it. */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|;|--(?!-)|\*|\/\*|<!--)/;

/**
 * Whether every private key of a text is written on comment lines only, from its BEGIN line to its END
 * line (or in one line, `\n`-escaped, as in ergo's YAML sample): the scan reports a file's first key,
 * and a live one below a commented sample must not go down with it.
 */
function keysOnCommentLines(text: string): boolean {
  const lines = text.split('\n');
  let keys = 0;
  for (let i = 0; i < lines.length; i++) {
    // (PGP's `PRIVATE KEY BLOCK` too, as the scan reports it: the review of 924d70dd, RA-R3.)
    if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/.test(lines[i])) continue;
    keys++;
    let j = i;
    while (j < lines.length && COMMENT_LINE.test(lines[j]) && !/-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/.test(lines[j])) j++;
    if (j >= lines.length || !COMMENT_LINE.test(lines[j])) return false;
    i = j;
  }
  return keys > 0;
}

/** A file name that calls itself insecure: `insecure_key`, `insecure-private-key.pem`, `insecure.pem`. */
const INSECURE_NAME = /(?:^|[-_.])insecure(?:[-_.]|$)/i;

/**
 * Documented example values, never live credentials: any match containing `EXAMPLE` (AWS's published
 * example key id `AKIAIOSFODNN7EXAMPLE` and secret, vendors' docs) in any case.
 */
const EXAMPLE = /example/i;

import { nodeCrypto } from '../lazy-builtins.js';

/**
 * Tokens vendors print in their own documentation, which projects copy into fixtures, by SHA-256 of
 * the token (never the value: a secret scanner would flag this file): the bot token of Slack's OAuth
 * v2 guide's sample response (grafana/oncall's engine/common/constants/slack_auth.py, a test fixture
 * outside its tests directory). Only a hit is hashed; node:crypto loads then.
 */
const PUBLISHED_EXAMPLES = new Set(['2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb']);
function publishedExample(token: string): boolean {
  return PUBLISHED_EXAMPLES.has(nodeCrypto().createHash('sha256').update(token).digest('hex'));
}

/** Armor headers a PEM or PGP block may carry before its body (RFC 1421 Proc-Type/DEK-Info, RFC 4880 Version/Comment...). */
/** Distinct characters a key body must hold (a random one of MIN_KEY_BODY holds ~40; fewer than 16 has odds below 1e-12). */
const MIN_DISTINCT = 16;
const ARMOR_HEADER = /^[A-Za-z][A-Za-z0-9-]*: .*$/gm;

/**
 * A PEM/PGP private key is evidence only with its body and END line: `-----BEGIN X-----`, base64
 * (newlines may be written `\n` inside a JSON or code string), at least 64 base64 characters, then
 * `-----END X-----`. A BEGIN line alone (a parser's constant, a doc placeholder with `...`) is not.
 */
function hasKeyBody(content: string, beginEnd: number, label: string): boolean {
  const end = content.indexOf(`-----END ${label}-----`, beginEnd);
  if (end < 0) return false;
  const raw = content
    .slice(beginEnd, end)
    .replace(/\\r|\\n/g, '\n')
    .replace(ARMOR_HEADER, '')
    // A `+` between two quoted pieces joins a string (`"MIIE..." +`); any other `+` is base64's own
    // (an Ed25519 PKCS#8 body is exactly 64 characters: with its `+` taken out it fell short).
    .replace(/["']\s*\+\s*["']/g, '');
  // A `+` with space on both sides is code joining names (`header + body + footer`), never base64,
  // whose lines hold no space (the review of 4353013: a PEM built from three variables was a key).
  if (/\s\+\s/.test(raw)) return false;
  const body = raw.replace(/[\s"',]/g, '');
  // Mostly letters and digits, as random bytes in base64 are: a line of 64 `+` is a placeholder. And
  // many different ones (64 random base64 characters hold ~40): lines of `X` alone are a placeholder
  // (mozilla/code-review's README shows the key's place in its configuration so).
  const alnum = body.replace(/[^A-Za-z0-9]/g, '').length;
  return body.length >= MIN_KEY_BODY && alnum >= (MIN_KEY_BODY * 3) / 4 && new Set(body).size >= MIN_DISTINCT && /^[A-Za-z0-9+/=]+$/.test(body) && derLengthFits(content.slice(beginEnd, end));
}

/**
 * Whether a PEM body that starts as DER (a SEQUENCE, 0x30: PKCS#1, PKCS#8, SEC1) is as long as its
 * header says, within 10%: a test of a redaction tool (netdata's support-bundle script) writes a
 * BEGIN line, two lines of base64 whose header claims 1,217 bytes, and an END line. A body that is
 * not DER (OpenSSH, PGP), or encrypted behind armor headers, is not judged here.
 */
function derLengthFits(block: string): boolean {
  const text = block.replace(/\\r|\\n/g, '\n');
  if (/^[A-Za-z][A-Za-z0-9-]*: .*$/m.test(text)) return true; // armor headers: an encrypted body
  const b64 = text.replace(/["']\s*\+\s*["']/g, '').replace(/[\s"',]/g, '');
  const head = Buffer.from(b64.slice(0, 12), 'base64');
  if (head.length < 4 || head[0] !== 0x30) return true;
  const n = head[1];
  const claimed = n < 0x80 ? 2 + n : n >= 0x81 && n <= 0x83 ? 2 + (n & 0x7f) + head.readUIntBE(2, n & 0x7f) : Infinity;
  const available = Math.floor((b64.replace(/=+$/, '').length * 3) / 4);
  return available >= claimed * 0.9;
}

/**
 * An AWS secret access key's shape: 40 base64 characters standing alone, with both cases (a git
 * SHA or a hex digest is not one). Only looked for in a text that holds an access key id.
 */
const AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
function hasAwsSecret(content: string): boolean {
  AWS_SECRET.lastIndex = 0;
  for (let m = AWS_SECRET.exec(content); m !== null; m = AWS_SECRET.exec(content)) {
    if (/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]) && /[0-9/+]/.test(m[0]) && !EXAMPLE.test(m[0])) return true;
  }
  return false;
}

/**
 * A token whose body, after its prefix, is a placeholder: one or two characters repeated
 * (anything-llm's Gitlab form: `placeholder="glpat-XXXXXXXXXXXXXXXXXXXX"`, `ghp_000...`), which no
 * issuer hands out.
 */
function placeholderToken(token: string): boolean {
  const body = token.replace(/^(?:gh[pousr]_|github_pat_|glpat-|xox[baprs]-\d+-|npm_|[sr]k_live_|AKIA|ASIA)/, '');
  return new Set(body.replace(/[-_]/g, '')).size <= 2;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A GitHub token of the issued length (`ghp_` and its kin: 4 + 36 characters) whose last 6 characters
 * are not the CRC32 of the 30 before them in base62, as every token GitHub issues carries ("Behind
 * GitHub's new authentication token formats", 2021): no token at all, GitHub refuses it unread.
 * mcp-gateway's benchmark input `ghp_abcdefghijklmnopqrstuvwxyz1234567890` (the alphabet and the
 * digits) was an error once a COPY took it into an image.
 */
function notIssuedGithubToken(token: string): boolean {
  if (!/^gh[pousr]_[A-Za-z0-9]{36}$/.test(token)) return false;
  let crc = 0xffffffff;
  for (let i = 4; i < 34; i++) crc = CRC_TABLE[(crc ^ token.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  let n = (crc ^ 0xffffffff) >>> 0;
  let check = '';
  for (let i = 0; i < 6; i++, n = Math.floor(n / 62)) check = BASE62[n % 62] + check;
  return check !== token.slice(34);
}

/**
 * Whether the AWS key id at `at` is the `AWSAccessKeyId=` (SigV2) or `X-Amz-Credential=` (SigV4) parameter of a
 * pre-signed URL, one that carries its signature: a link made to be handed out, the id AWS calls no secret in
 * it (jet-bridge's README.rst shows a GIF through Notion's S3 link, expired in 2018; sweep 54/F-F4). The URL is
 * read at most 2 KiB either side.
 */
const URL_END = /[\s"'<>()]/;
function presignedUrlKeyId(content: string, at: number): boolean {
  if (!/(?:AWSAccessKeyId|X-Amz-Credential)=$/i.test(content.slice(Math.max(0, at - 20), at))) return false;
  // (Back to the URL's start by a loop: a pattern anchored at the end was quadratic; RB-R9.)
  let start = at;
  while (start > 0 && at - start < 2048 && !URL_END.test(content[start - 1])) start--;
  const url = content.slice(start, at) + (/^[^\s"'<>()]{0,2048}/.exec(content.slice(at, at + 2048))?.[0] ?? '');
  return /[?&](?:X-Amz-)?Signature=/i.test(url);
}

/** Kinds found in a text and the 1-based line of each first hit. Never returns the matched value. */
export function scanForSecrets(content: string): SecretHit[] {
  const found: SecretHit[] = [];
  if (!PREFILTER.test(content)) return found;
  // Read once a file, whatever the number of key ids in it.
  let awsSecret: boolean | undefined;
  const secretHere = () => (awsSecret ??= hasAwsSecret(content));
  for (const [kind, re] of DETECTORS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(content)) !== null) {
      if (EXAMPLE.test(m[0]) || (kind !== 'private-key' && (placeholderToken(m[0]) || publishedExample(m[0]) || notIssuedGithubToken(m[0])))) continue;
      if (kind === 'private-key' && !hasKeyBody(content, m.index + m[0].length, m[1])) continue;
      if ((kind === 'discord-bot-token' && !discordBotToken(m[0])) || (kind === 'telegram-bot-token' && !telegramBotToken(m[0]))) continue;
      // (Not when the file holds a secret access key too: the credential whole; the review of 0243f948, RB-R8.)
      if (kind === 'aws-access-key-id' && presignedUrlKeyId(content, m.index) && !secretHere()) continue;
      const line = lineOf(content, m.index);
      found.push(kind === 'aws-access-key-id' && !secretHere() ? { kind, line, keyIdOnly: true } : { kind, line });
      break;
    }
  }
  return found;
}

/** The one empty answer a scan cache holds for every clean file. */
const NO_HITS: readonly SecretHit[] = Object.freeze([]);

/** Sent regular files with content, outside the dependency trees: the files the rule reads. */
export function isSecretScanCandidate(e: Pick<SentEntry, 'kind' | 'contentBytes' | 'path'>): boolean {
  return e.kind === 'file' && e.contentBytes > 0 && !SKIPPED_DIRS.test(e.path);
}

/**
 * Reads the head of one file (at most `maxBytes`) and scans it. Binary files (a NUL in the first
 * 8 KiB) are skipped: the detectors are for text. The background worker runs this too.
 */
export function scanFileForSecrets(reader: Pick<ContextReader, 'readPrefix'>, path: string, size: number, maxBytes: number): SecretHit[] {
  const want = Math.min(maxBytes, size);
  let buf = reader.readPrefix(path, Math.min(want, HEAD_BYTES));
  if (!buf || buf.includes(0)) return [];
  if (want > HEAD_BYTES) buf = reader.readPrefix(path, want);
  if (!buf) return [];
  return scanForSecrets(buf.toString('latin1'));
}

function devKeyIn(ctx: RuleContext, path: string, size: number, maxBytes: number): string | null {
  const buf = ctx.reader.readPrefix(path, Math.min(size, maxBytes));
  return buf === null ? null : devKeyNames(ctx, path, buf.toString('latin1'));
}

function headText(ctx: RuleContext, path: string, size: number, maxBytes: number): string | null {
  const buf = ctx.reader.readPrefix(path, Math.min(size, maxBytes));
  return buf === null ? null : buf.toString('latin1');
}

function rustTestLine(ctx: RuleContext, path: string, size: number, maxBytes: number): number | null {
  const buf = ctx.reader.readPrefix(path, Math.min(size, maxBytes));
  return buf === null ? null : rustTestModuleLine(buf.toString('latin1'));
}

export interface SecretContentData {
  path: string;
  kind: SecretKind;
  line: number;
  /** In a committed test file (src/rules/test-fixtures.ts): info at most. */
  testFixture?: true;
  /** In a committed file of a vendored Go module (src/rules/test-fixtures.ts): info at most. */
  vendored?: true;
  /** In a committed file of an examples or samples directory: info at most, as CTX201 treats such a file. */
  example?: true;
  /** In a committed YAML file, an item of a list under this key (`examples`): a documented sample, info at most. */
  exampleList?: string;
  /** In a committed file, a token its own line shows as an example (`api_secret_key_example:`, a `placeholder`): info at most. */
  exampleName?: string;
  /** An AWS access key id with no secret access key in the file: warning at most. */
  keyIdOnly?: true;
  /** In a committed file, on a line named as a test's own value by this identifier (`TEST_RSA_KEY`, `TestValue`): info at most. */
  testName?: string;
  /** A committed private key whose certificate names only these (localhost, reserved test names): warning at most. */
  devKey?: string;
  /** A committed private key in a file named `insecure` (phusion/baseimage's image/services/sshd/keys/insecure_key): published as one on purpose; a warning at most. */
  insecureName?: true;
  /** A committed private key written on comment lines only (ergo's commented-out sample config): a warning at most. */
  commentedOut?: true;
  /** Every private key of the file is written in this sent file too, where it is a fixture or an example: info at most. */
  sameKeyAs?: string;
  /** Git tracks the file: unless a COPY puts it in the image, a warning at most (src/findings/collect.ts). */
  committed?: true;
  /** An untracked copy of this tracked file (repo-relative): as public as the original. */
  copyOf?: string;
}

export const secretContent = defineRule<SecretContentData>({
  id: 'CTX202',
  name: 'secret-content',
  severity: 'error',
  security: {
    severity: 9.5,
    why: 'Critical (over 9.0, so no reading of the boundary makes it high): the file\'s content matched a credential format (a private key, a cloud key id, a service token), so a working secret is most likely being sent; treat it like a leaked key.',
  },
  docs: {
    summary: 'A sent text file contains a high-confidence credential (private key, AWS key id, GitHub/GitLab/Slack/npm/Discord/Telegram token).',
    why: 'A credential in any sent file reaches the builder and, through a broad COPY, a layer of the image, where deleting it later does not remove it. Unlike a secret file name, a token pasted into a config or script is easy to miss in review. When a COPY or ADD of the target\'s stages brings the file into the image, the finding names that instruction; it is an error already, and a severity lowered in the config is raised one level, because a copied secret is readable by anyone who can pull the image. A file git tracks (or an untracked copy of one with the same bytes, as a CI step\'s `cp -r src docker/src` makes) that no COPY or ADD puts in the image (it is only sent, or copied into a build stage the image takes nothing of it from) is a warning at most: the builder gets nothing the repository\'s readers do not already hold, and it leaks once it ships (a RUN in that stage may still build it into what ships).',
    fix: 'Remove the credential from the file (and rotate it: it has been on disk in the context), or exclude the file. Pass secrets with `RUN --mount=type=secret`. Scanning reads at most secretContent.maxBytes per file; turn it off with --no-secret-scan or `secretContent: false`. What counts as evidence: a private key is a `-----BEGIN … PRIVATE KEY-----` line followed by its body (at least 64 base64 characters, not a few repeated as in a placeholder of `XXXX` lines; armor headers and `\\n` escapes inside a string allowed) and the matching `-----END … PRIVATE KEY-----` line, so a BEGIN line alone (a parser constant, a placeholder) is not one; tokens must have their real formats (`AKIA`/`ASIA` + 16 base32 characters, A–Z and 2–7, so `AKIA1234567890ABCDEF` is no key id; `ghp_` + 36 whose last 6 characters are the CRC32 checksum of the 30 before them, in base62, as in every token GitHub issues (`ghp_abcdefghijklmnopqrstuvwxyz1234567890` is none), `github_pat_` + 60, `glpat-` + 20, `xoxb-` + a numeric id + 10, `npm_` + 36, `sk_live_` + 24 characters; a Discord bot token, a base64 user id of 17 to 20 digits, a dot, 6 characters, a dot and 27 to 40; a Telegram bot token, the bot\'s id of 8 to 10 digits, `:`, `AA` and 33 characters of both cases, alone or in the Bot API\'s URL after `/bot`); a value containing `EXAMPLE` in any case (AWS\'s published example key id and secret, vendor docs) is a documented example, never a hit, and so is a token whose body is one or two characters repeated (`glpat-XXXXXXXXXXXXXXXXXXXX` in a form\'s placeholder), and so is a token a vendor prints in its own documentation (the bot token of Slack\'s OAuth v2 guide, which grafana/oncall keeps as a fixture; known by its SHA-256). An AWS access key id with no secret access key (40 base64 characters with both cases) anywhere in the file is a warning: AWS calls the id not secret, it is a credential only with its secret (minio documents an event payload holding one). One that is the `AWSAccessKeyId=` or `X-Amz-Credential=` parameter of a pre-signed URL carrying its signature is no hit: a link made to be handed out. Files under node_modules, .venv, venv, site-packages, __pycache__ and .git/objects are not scanned (CTX003 reports those trees). A hit in a committed test file (git tracks it; a `test(s)`, `testing`, `testassets` (`testresources`, `testfiles`, `testcerts`, `testkeys`), `test_*`/`test-*`, `<word>test(s)` (`fstest`, `unittests`; not `latest`), a .NET test project\'s `<Project>.Tests` (`.UnitTests`, `.IntegrationTests`, `.Specs`), or any directory of a `*.csproj` that references Microsoft.NET.Test.Sdk or says `<IsTestProject>true`, `testutil(s)`, `testhelper(s)`, `__tests__`, `spec(s)`, `testdata`/`_testdata`, `fixture(s)`, `__mocks__`, `mock(s)`, `mock-*`, `e2e`, `e2e-*`, `suites`, `t` or `ci-config`/`ci_config` (the CI test run\'s configuration; not `ci/`) directory, or a `*.spec.*`, `*.test.*`, `*_test.go`, a C or C++ test (`*_test.cc`, `*_unittest.cc`, `*_tests.cpp`, `test_*.c`) or a test class\'s source that a test framework marks (`SslTests.cs` with `[Fact]`, `UserServiceTest.java` with `@Test`, `FooTest.cpp` with `TEST(`), a fixtures file (`fixtures.json`, `*fixtures.yaml`), a Go test helper (`testutil.go`, `test_helpers.go`, `*_testutil.go`), a `<name>_test.<ext>` beside `<name>_test.go`, `test_*.py` name, a key or certificate file named `test_*`, or the test environment\'s `.env.test`, `.env.testing`, `.env.e2e`, `.env.ci` (solidtime\'s CI test values), or the same word before `.env` (`.functional-tests.env`, `test.env`) or its configuration (`test.*`/`testing.*` under a `config`, `settings` or `environment(s)` directory: Rails\' `config/environments/test.rb`, `config/settings/test.yml`, Elixir\'s `config/test.exs`); the path in the repository counts, so a context that is itself a test directory does; so is a file that a committed test file in its directory names, or one directory up names with its directory, or one directory down names as `../NAME` (harbor\'s config/config_test.go, `../server.key`), or one at the context root names by its whole path (Sylius\' `.env.test` names `config/jwt/private-test.pem`) (cloudflared\'s `test-cert-no-token.pem`, hydra\'s `stub/rsa.key`), or a JavaScript/TypeScript module that such a test imports without its extension (joplin\'s `./ppkTestUtils`); in a committed Rust file, a line inside its `#[cfg(test)]` module) is info at most: a fixture already in the repository history. So is a hit in any committed file on a line that names it, or below one or two lines that name it, as a test\'s own value with an identifier (not prose) holding the word test, fake, dummy or mock: stalwart\'s `const TEST_RSA_KEY` behind `#[cfg(feature = \"test_mode\")]`, bitwarden\'s `TEST_FAKE_RSA_KEY_0`, atuin\'s `TestValue::Single(\"ghp_...\")` samples of its own redaction patterns. So is one inside a function whose name says so, its definition at most twelve lines above (`fn test()`, `def make_fake_key():`: matrix-authentication-service\'s test configuration). So is a prefixed token (not a private key) in a committed file whose key or attribute names it an example: the name that holds it, on a line of at most 400 characters with no other such token, holds the word example or placeholder (sharetribe\'s `placeholder: t("...", api_secret_key_example: \'sk_live_...\')`, the example text of an empty form field; `placeholder="glpat-..."`), and every other line of the file with such a token is one too; a name elsewhere on the line (`traces_sample_rate`, a `placeholder` beside `value="<token>"`) does not count. So is an item of a list under an `examples:`, `example:` or `negative_examples:` key of a committed YAML file (a secret scanner\'s rule file lists the tokens each rule must match: noseyparker\'s `AKIADEADBEEFDEADBEEF`). So is a committed file in a directory named `example(s)`, `sample(s)` or `tutorial(s)`, with or without a leading dot (`.examples`), (or starting so: `sample_data`, `example-configs`), or fake or dummy (`fake-certs`), as CTX201 treats one (celery\'s examples/security/ssl/worker.key), or named as a template to copy (a part of its name, between dots, dashes or underscores, is example(s), sample(s), template(s) or tpl, or it ends in `.dist` or `.default(s)`, and not in `.local`: listenbrainz\'s `config.py.sample`, whose comment says its key is a random one for tests, and `.env.example`), and a committed documentation page (a `.md`, `.txt`, `.rst`, `.adoc` or `.html` file under `doc/`, `docs/` or `documentation/`: cfssl\'s sample API reply holding a key for www.example.com). So is a committed file of third-party code vendored into the repository (a Go `vendor/` directory whose `modules.txt` git tracks; a Composer vendor directory, one whose `composer/installed.json` git tracks: `vendor/`, or TeamPass\' `app/vendor`; a `third_party`, `third-party` or `3rdparty` directory; a library\'s tree under a `deps/` directory, with the licence file git tracks at its top: `deps/mbedtls/LICENSE`; an upstream release unpacked under its versioned name, such as `lib/librdkafka-2.15.0/`): that project\'s own test data. So is a private key whose every key body is written in such a sent fixture or example too, wherever else it is written (coolify\'s seeders and `.dev/testing-host-key` hold the SSH key its tests use; a file holding that key and another one is reported at the other one). A committed private key in a file its authors name insecure (`insecure_key`, Vagrant\'s `insecure_private_key`: phusion/baseimage\'s README publishes its key as one) is a warning at most. So is a committed file whose every private key is written on comment lines (`#`, `//`, `;`, `--`), from its BEGIN line to its END line: a commented-out sample the program does not read (ergo\'s `default.yaml`). A committed private key whose own certificate (in the same file, or a sent `.crt`/`.cer`/`.cert`/`.pem` beside it, checked against the key) vouches only for localhost, loopback addresses or reserved names (`.test`, `.example`, `.invalid`, `.localhost`, example.com/.net/.org) is a development key: warning at most, since it unlocks no real name (a private network\'s names, such as `vault` or `db.internal`, do not qualify); so is one whose own certificate is self-signed and past its end date, which no client trusts, or past its end date and issued by a CA whose certificate beside it is past its own (an expired test PKI), or was issued by mkcert\'s local development CA (`O=mkcert development CA`), which only machines where `mkcert -install` ran trust, or by a CA whose own certificate and private key are committed beside it (a test PKI anyone can issue from); so is that CA\'s own key, its self-signed certificate beside the certificates it issued. A key and certificate written inside a JSON string (`\\n` escapes) or an indented YAML block are read as PEM.',
    bad: '# config/settings.py\nAWS_ACCESS_KEY_ID = "AKIA................"',
    good: '# config/settings.py\nAWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]',
  },
  check(ctx) {
    const { enabled, maxBytes } = ctx.settings.secretContent;
    if (!enabled) return [];
    const out: { path: string; line: number; data: SecretContentData; maxSeverity?: 'info' | 'warning' }[] = [];
    // Private keys reported above info, and the bodies of those reported as fixtures or examples:
    // the same key written in a seeder and in a test is the test's key (coolify's "Testing Host Key").
    const keyed: { finding: number; path: string; size: number }[] = [];
    const fixtureKeys = new Map<string, string>();
    const total = ctx.progress ? ctx.entries.reduce((n, e) => n + (isSecretScanCandidate(e) ? 1 : 0), 0) : 0;
    let done = 0;
    for (const e of ctx.entries) {
      if (!isSecretScanCandidate(e)) continue;
      if (ctx.progress && ++done % 512 === 0) ctx.progress(done, total);
      const key = ctx.secretScans ? `${e.path}\0${e.contentBytes}\0${maxBytes}` : '';
      let hits = ctx.secretScans?.get(key);
      if (hits === undefined) {
        hits = ctx.prescanned?.secrets(e.path) ?? scanFileForSecrets(ctx.reader, e.path, e.contentBytes, maxBytes);
        ctx.secretScans?.set(key, hits.length === 0 ? NO_HITS : hits);
      }
      if (hits.length === 0) continue;
      // A committed test file (src/rules/test-fixtures.ts): a fixture, reported at info at most. In a
      // committed Rust file, so is a hit inside its `#[cfg(test)]` module (read again: hits are rare).
      const whole = isCommittedTestFile(ctx, e.path);
      const vendored = !whole && isVendoredModuleFile(ctx, e.path);
      const example = !whole && !vendored && isCommittedExample(ctx, e.path);
      const testFrom = !whole && e.path.endsWith('.rs') && ctx.isGitTracked?.(e.path) === true ? rustTestLine(ctx, e.path, e.contentBytes, maxBytes) : null;
      // A committed key whose certificate vouches only for localhost or reserved names (src/rules/dev-keys.ts).
      const devKey = !whole && !vendored && !example && hits.some((h) => h.kind === 'private-key') ? devKeyIn(ctx, e.path, e.contentBytes, maxBytes) : null;
      // A committed value named as a test's own (read again: hits are rare).
      const committed = ctx.isGitTracked?.(e.path) === true;
      // An untracked copy of a committed file (a CI step's `cp -lr src docker/src`): as public as the original.
      const copyOf = committed ? null : (ctx.committedCopyOf?.(e.path, e.contentBytes) ?? null);
      const tracked = !whole && !vendored && !example && committed;
      const head = tracked ? headText(ctx, e.path, e.contentBytes, maxBytes) : null;
      for (const hit of hits) {
        const testName = head !== null && !(testFrom !== null && hit.line > testFrom) ? testNamedValue(head, hit.line) : null;
        const fixture = whole || (testFrom !== null && hit.line > testFrom) || testName !== null;
        // An item of a committed YAML file's `examples:` list (a secret scanner's rule file; sweep 54/G-F2).
        const exampleList = !fixture && head !== null && /\.ya?ml$/i.test(e.path) ? exampleListKey(head, hit.line) : null;
        // A token shown as an example on its own line (sweep 55/M-F1: a form field's placeholder text).
        // (Only a kind with a prefix the example's key holds: a Discord or Telegram token beside an example-named
        // GitHub one is not it; the review of 5f3db575, RC-R8.)
        const exampleName = !fixture && exampleList === null && head !== null && PREFIXED_KINDS.has(hit.kind) ? exampleNamedValue(head, hit.line) : null;
        const dev = !fixture && hit.kind === 'private-key' && devKey !== null;
        // A key its authors name insecure and commit (phusion's insecure_key, which its README tells
        // users to download; Vagrant's insecure_private_key): published as one, nothing it unlocks is secret.
        const insecure = !fixture && !dev && !vendored && !example && hit.kind === 'private-key' && committed && INSECURE_NAME.test(baseName(e.path));
        // A committed key on comment lines only (ergo's default.yaml: a commented-out sample of its
        // jwt services option, key and all, beside an example.com URL; sweep 52/S-F1): the program
        // reads no comment, and the repository publishes it; a warning at most.
        const commented = !fixture && !dev && !insecure && hit.kind === 'private-key' && head !== null && keysOnCommentLines(head);
        const data: SecretContentData = {
          path: text(e.path),
          kind: hit.kind,
          line: hit.line,
          ...(fixture && testName === null ? { testFixture: true as const } : {}),
          ...(testName !== null ? { testName } : {}),
          ...(vendored ? { vendored: true as const } : {}),
          ...(example ? { example: true as const } : {}),
          ...(exampleList !== null ? { exampleList } : {}),
          ...(exampleName !== null ? { exampleName } : {}),
          ...(hit.keyIdOnly ? { keyIdOnly: true as const } : {}),
          ...(dev ? { devKey: devKey } : {}),
          ...(insecure ? { insecureName: true as const } : {}),
          ...(commented ? { commentedOut: true as const } : {}),
          ...(committed || copyOf !== null ? { committed: true as const } : {}),
          ...(copyOf !== null ? { copyOf: text(copyOf) } : {}),
        };
        const cap = fixture || vendored || example || exampleList !== null || exampleName !== null ? ('info' as const) : hit.keyIdOnly || dev || insecure || commented ? ('warning' as const) : undefined;
        if (hit.kind === 'private-key') {
          if (cap === 'info') {
            const head = headText(ctx, e.path, e.contentBytes, maxBytes);
            for (const body of head === null ? [] : privateKeyBodies(head)) if (!fixtureKeys.has(body)) fixtureKeys.set(body, e.path);
          } else keyed.push({ finding: out.length, path: e.path, size: e.contentBytes });
        }
        out.push({ path: e.path, line: hit.line, data, ...(cap ? { maxSeverity: cap } : {}) });
      }
    }
    for (const k of fixtureKeys.size === 0 ? [] : keyed) {
      const head = headText(ctx, k.path, k.size, maxBytes);
      if (head === null) continue;
      // Bodies too short to be a key (a `MIIDemo...Placeholder` beside the real one) are not judged.
      const bodies = privateKeyBodies(head).filter((b) => b.length >= MIN_KEY_BODY);
      if (bodies.length === 0) continue;
      const f = out[k.finding];
      const other = bodies.find((b) => !fixtureKeys.has(b));
      if (other === undefined) {
        out[k.finding] = { ...f, data: { ...f.data, sameKeyAs: text(fixtureKeys.get(bodies[0]) as string) }, maxSeverity: 'info' };
      } else if (bodies.some((b) => fixtureKeys.has(b))) {
        // The file holds the fixture's key and another one: point at the other one.
        const at = head.indexOf(other.slice(0, 40));
        const begin = at < 0 ? -1 : head.lastIndexOf('-----BEGIN', at);
        if (begin >= 0) {
          const line = lineOf(head, begin);
          out[k.finding] = { ...f, line, data: { ...f.data, line } };
        }
      }
    }
    return out;
  },
  message: (d) =>
    `line ${d.line} holds what looks like ${/^[aeiou]/.test(d.kind) ? 'an' : 'a'} ${d.kind} (value not shown)${d.keyIdOnly === true ? ', with no secret access key in the file: an identifier, a credential only with its secret' : ''}${d.testFixture === true ? '; a committed test file: a fixture, check it is not a live one' : ''}${d.testName !== undefined ? `; named as a test's own value (${d.testName}), committed to git: a fixture, check it is not a live one` : ''}${d.example === true ? '; a committed example or template to copy: published on purpose, check it is not a live one' : ''}${d.exampleList !== undefined ? `; an item of the committed file's \`${d.exampleList}:\` list: a sample published on purpose, check it is not a live one` : ''}${d.exampleName !== undefined ? `; shown as an example on its line (${d.exampleName}) in a committed file: published on purpose, check it is not a live one` : ''}${d.vendored === true ? '; in vendored third-party code, committed to git: that project\'s own test data, check it is not a live one' : ''}${d.devKey !== undefined ? `; the key of ${d.devKey}, committed to git: a development key no client trusts for a real name` : ''}${d.insecureName === true ? '; in a committed file its authors name insecure: a key published as one, check nothing trusts it' : ''}${d.commentedOut === true ? '; on comment lines of a committed file: a sample the program does not read, check it is not a live one' : ''}${d.sameKeyAs !== undefined ? `; the same key as ${d.sameKeyAs}, a committed fixture or example: check it is not a live one` : ''}`,
});
