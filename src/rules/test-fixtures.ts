// A committed test file: evidence that a secret-looking file or value is a fixture, not a live
// credential. Both conditions are needed: the path says tests (a `test`, `tests`, `testing`,
// `test_*`/`test-*` (authelia's `test_resources`), `<word>test(s)` (rclone's `fstest`, DefectDojo's `unittests`; not `latest`), `__tests__`, `spec`, `testdata`/`_testdata`, `fixture(s)` or
// `__mocks__` directory, a `ci-config` or `ci_config` directory (the CI's test run's own configuration), an `e2e` or `suites` directory (authelia's integration suites under
// `internal/suites`), Perl's and OpenResty's `t` (kong's `t/certs`), or a `*.spec.*`, `*.test.*`, `*_test.go`, a C or C++ test (`*_test.cc`, `*_unittest.cc`, `*_tests.cpp`, `test_*.c`) or a test class's source that a test framework marks (`SslTests.cs` with `[Fact]`, `UserServiceTest.java` with `@Test`, `FooTest.cpp` with `TEST(`), `test_*.py` name, a `<name>_test.<ext>` beside `<name>_test.go`, or the
// test environment's dotenv: `.env.test`, `.env.testing`, `.env.e2e`, `.env.ci` (solidtime's CI runs copy it to `.env`), or the
// same words before `.env` (eq-questionnaire-runner's `.functional-tests.env`, `test.env`); rallly commits
// `apps/web/.env.test` for its Playwright runs; or a committed test file beside it names it), and git tracks the file, so it is already in the repository's history for
// everyone who can read it. An untracked `.env` left in `test/` has neither excuse.
import { lineOf } from './paths.js';
import type { RuleContext } from './rule.js';
import { TOKEN_PREFIXES, TOKEN_WORD_PREFIXES } from './token-prefixes.js';

// `_testdata`: Go ignores directories starting with `_` (external-secrets' runtime/template/v2/_testdata).
// `<word>test(s)`: rclone's fstest, SQLite's vsixtest (libsql), unittest, DefectDojo's unittests/ (its
// scans/ hold the parsers' sample reports, planted secrets included); not latest, attest(s), contest(s), protest(s), detest(s).
// `<Project>.Tests`: a .NET test project (EventStore's src/EventStore.Security.EncryptionAtRest.Tests/keys/,
// `.UnitTests`, `.IntegrationTests`, `.Test`, `.Specs`; sweep 51/I-F2).
// Go's test helper packages and files (`internal/testutil/`, tyk's gateway/testutil.go, whose
// jwtRSAPrivKey only CreateJWKToken, a test helper, uses) are test code that is not a _test.go file.
// (`ci-config`/`ci_config`, the configuration of the CI's test run, is CI_CONFIG_DIR below: postal's
// docker/ci-config/signing.key, which its compose file mounts for `rspec` under RAILS_ENVIRONMENT=test; sweep
// 52/S-F2, as `.env.ci` is. Not `ci/` alone, where deploy keys are kept.)
export const TEST_DIR = /(^|\/)(tests?|testing|test(?:assets?|resources|files|certs?|keys)|test[-_][^/]*|testutils?|testhelpers?|(?!(?:la|at|con|pro|de)tests?\/)[a-z0-9]+tests?|[^/]+\.(?!(?:la|at|con|pro|de)tests?\/)[a-z]*tests?|[^/]+\.specs?|__tests__|specs?|_?testdata|fixtures?|__fixtures__|__mocks__|e2e|suites|t)\//i;
/**
 * The CI test run's own configuration (`ci-config`, `ci_config`): a fixture location for secrets only, not a
 * test directory for --all (a `ci-config/Dockerfile` a Makefile builds is a real build; the review of 95164d29, RA-R2).
 */
const CI_CONFIG_DIR = /(^|\/)ci[-_]config\//i;
/**
 * Mock services and end-to-end playgrounds (`mocks`, `mock-*`, `e2e-*`): a fixture location for secrets
 * only (authorizer's e2e-playground/mocks/mock-saml-idp/certs/idp-key.pem; sweep 53/W-F1). Not a test
 * directory for --all: a `mock-server/` image a Makefile builds is a product (the review of ddee8aab, RA-R1).
 */
const MOCK_DIR = /(^|\/)(?:mocks?|mock[-_][^/]*|e2e[-_][^/]*)\//i;
const TEST_FILE = /(^|\/)([^/]+\.(spec|test)\.[^/.]+|[^/]*fixtures?\.(?:json|ya?ml|xml)|[^/]+_test\.go|(?:[^/]+_)?test_?(?:util|helper)s?(?:_[^/]*)?\.go|test_[^/]+\.py|test_[^/]+\.(?:pem|key|crt|cer|der|p12|pfx|jks|sec|asc|gpg|pgp|priv)|\.env\.(test|testing|e2e|ci)|(?:[^/]*[._-])?(?:tests?|testing|e2e|ci)(?:[._-][^/]*)?\.env|(?:config|settings|environments?)\/(?:[^/]+\/)*(?:test|testing)\.[^/.]+)$/i;
/**
 * A test class's source by the .NET, JVM, PHP, Swift and C++ convention (`SslTests.cs`, `UserServiceTest.java`,
 * `ApiSpec.kt`, `FooTest.cpp`): a capitalized name ending in Test, Tests or Spec, case kept (`Latest.cs`, `Contest.java`
 * are none); and a C or C++ test's (`tls_wrapper_test.cpp`, `keys_unittest.cc`, `test_io.c`: userver's GoogleTest
 * sources, sweep 56/C-F1), which needs its mark too (the review of 877e3a9b, RC-R3: a `speed_test.cpp` tool with a
 * hard-coded key became info). Ocelot's acceptance/SslTests.cs loads the mycert2.pfx beside it (sweep 56/V-F2). Such a name is also a
 * production class's (`SigningKeySpec`, `SpeedTest`): only a file that says it is a test counts (TEST_MARKER, the
 * review of 66d691f0, RB-R1: a hard-coded AWS key pair in src/main/.../SigningKeySpec.java became info).
 */
const CLASS_TEST_FILE = /(?:^|\/)(?:(?:[A-Z][A-Za-z0-9_]*)?(?:Tests?|Specs?)\.(?:cs|fs|vb|java|kt|scala|groovy|php|swift|cpp|cc|cxx|m|mm)|[^/]+_(?:unit)?tests?\.(?:c|cc|cpp|cxx|h|hh|hpp)|test_[^/]+\.(?:c|cc|cpp|cxx))$/;
/** A test framework's mark in a test class's source: xUnit/NUnit/MSTest attributes, JUnit/TestNG annotations and imports, Spock, Kotest, ScalaTest, PHPUnit, XCTest, GoogleTest, Boost.Test, Catch2. */
const TEST_MARKER = /\[(?:Fact|Theory|Test|TestMethod|DataTestMethod|TestFixture|TestCase)\b|@(?:Test|ParameterizedTest|RunWith|ExtendWith|SpringBootTest|DataJpaTest|WebMvcTest)\b|\bextends\s+\w*(?:TestCase|Specification)\b|\bXCTestCase\b|\busing\s+(?:Xunit|NUnit\.Framework|Microsoft\.VisualStudio\.TestTools)|\bimport\s+(?:static\s+)?(?:org\.junit|kotlin\.test|io\.kotest|org\.testng|org\.scalatest|spock\.lang)|PHPUnit\\Framework|\bTEST(?:_F|_P)?\s*\(|\bBOOST_AUTO_TEST_CASE\b|\bTEST_CASE\s*\(|#include\s*[<"](?:gtest\/|gmock\/|catch2?\/|catch\.hpp|doctest|boost\/test\/|check\.h|cmocka\.h|unity\.h|CUnit\/|criterion\/)/;
/** Whether a path is named as a test file by a convention that needs no reading (TEST_FILE). */
const testFileNamed = (p: string): boolean => TEST_FILE.test(p);
/** Whether a committed test class's source (CLASS_TEST_FILE) says it is one: its first 64 kB hold a test framework's mark. */
function classTestMarked(ctx: RuleContext, path: string): boolean {
  const head = ctx.reader.readPrefix(path, 64 * 1024);
  return head !== null && TEST_MARKER.test(head.toString('latin1'));
}
/** `<stem>_test.<ext>`: a fixture when `<stem>_test.go` beside it is a test (external-secrets' github_test.pem next to github_test.go). */
/**
 * Per audit (keyed by its reader): the directories that hold a .NET test project (a `*.csproj`, `*.fsproj` or
 * `*.vbproj` whose first 64 kB reference Microsoft.NET.Test.Sdk or say `<IsTestProject>true`), found once.
 */
const dotnetTestDirsCache = new WeakMap<object, Set<string>>();
function dotnetTestDirs(ctx: RuleContext): Set<string> {
  const hit = dotnetTestDirsCache.get(ctx.reader);
  if (hit) return hit;
  const out = new Set<string>();
  let read = 0;
  for (const e of ctx.entries) {
    if (e.kind !== 'file' || !/\.(?:cs|fs|vb)proj$/.test(e.path) || ++read > 256) continue;
    const text = ctx.reader.readPrefix(e.path, 64 * 1024)?.toString('latin1') ?? '';
    if (/Microsoft\.NET\.Test\.Sdk|<IsTestProject>\s*true\s*<\/IsTestProject>/i.test(text)) out.add(e.path.slice(0, e.path.lastIndexOf('/') + 1));
  }
  dotnetTestDirsCache.set(ctx.reader, out);
  return out;
}

/**
 * Whether a path lies in a .NET test project's directory (Ocelot's acceptance/ and unit/, `Ocelot.AcceptanceTests.csproj`
 * and `Ocelot.UnitTests.csproj`, which copy mycert.pfx to the test output: CTX201 errors; sweep 56/V-F2).
 */
function inDotnetTestProject(ctx: RuleContext, path: string): boolean {
  // (Not a test project at the context's root: that would make every file a test's.)
  for (const d of dotnetTestDirs(ctx)) if (d !== '' && path.startsWith(d)) return true;
  return false;
}

const GO_TEST_FIXTURE = /^(.*_test)\.[^/.]+$/;

function besideGoTest(ctx: RuleContext, path: string): boolean {
  const m = GO_TEST_FIXTURE.exec(path);
  return m !== null && !path.endsWith('.go') && ctx.isGitTracked?.(`${m[1]}.go`) === true;
}

/** At most this many test files of one directory are read, each up to this size (once per audit). */
const MAX_TESTS_READ = 64;
const MAX_TEST_BYTES = 256 * 1024;

/** Per audit (keyed by its git oracle): the committed test files of each directory, read once each, and each directory's subdirectories. */
interface TestIndex {
  /** `marked`: a test class's source, which counts only when it holds a test framework's mark (TEST_MARKER). */
  files: Map<string, { path: string; contentBytes: number; marked?: true }[]>;
  subdirs: Map<string, string[]>;
  texts: Map<string, string[]>;
}
const testIndexCache = new WeakMap<object, TestIndex>();

/** The index, made in one pass over the entries the first time a flagged file asks. */
function testIndex(ctx: RuleContext, tracked: (p: string) => boolean): TestIndex {
  let idx = testIndexCache.get(tracked);
  if (idx) return idx;
  idx = { files: new Map(), subdirs: new Map(), texts: new Map() };
  for (const e of ctx.entries) {
    const slash = e.path.lastIndexOf('/');
    const dir = slash < 0 ? '' : e.path.slice(0, slash + 1);
    if (e.kind === 'dir') {
      const list = idx.subdirs.get(dir) ?? [];
      if (list.length < 16) idx.subdirs.set(dir, [...list, e.path + '/']);
    } else if (e.kind === 'file' && (testFileNamed(e.path) || CLASS_TEST_FILE.test(e.path))) {
      const list = idx.files.get(dir) ?? [];
      if (list.length < MAX_TESTS_READ) idx.files.set(dir, [...list, { path: e.path, contentBytes: e.contentBytes, ...(testFileNamed(e.path) ? {} : { marked: true as const }) }]);
    }
  }
  testIndexCache.set(tracked, idx);
  return idx;
}

/** The committed test files directly in `dir` (with its trailing `/`, '' for the root), read once per audit. */
function testTextsIn(ctx: RuleContext, dir: string): string[] {
  // Keyed by the git oracle too: without one nothing counts as committed, and nothing is cached.
  const tracked = ctx.isGitTracked;
  if (!tracked) return [];
  const idx = testIndex(ctx, tracked);
  const hit = idx.texts.get(dir);
  if (hit) return hit;
  const out: string[] = [];
  for (const e of idx.files.get(dir) ?? []) {
    if (!tracked(e.path)) continue;
    // Copied out as text: a reader may hand back a buffer it reuses for the next read.
    const text = ctx.reader.readPrefix(e.path, Math.min(e.contentBytes, MAX_TEST_BYTES));
    if (text !== null && (e.marked !== true || TEST_MARKER.test(text.toString('latin1')))) out.push(text.toString('latin1'));
  }
  idx.texts.set(dir, out);
  return out;
}

/**
 * A committed test file in the same directory names it: cloudflared's credentials/test-cert-no-token.pem,
 * which origin_cert_test.go beside it reads; or one directory up with its directory: hydra's
 * cmd/cmd_import_jwk_test.go reads stub/rsa.key. Read only for a file a secret rule already flagged.
 */
function namedByTestBeside(ctx: RuleContext, path: string): boolean {
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  if (name.length < 5) return false;
  // Paths are byte strings, the texts latin1: a file's bytes match the name's byte for byte.
  if (testTextsIn(ctx, dir).some((t) => t.includes(name))) return true;
  // A JavaScript or TypeScript module is imported without its extension: joplin's ppk.test.ts
  // imports './ppkTestUtils', whose RSA keys are the test's mobile-generated data.
  // TypeScript under NodeNext imports mock.ts as './mock.js' (logto's connector mocks).
  const mod = /^(.+)\.([cm]?)([jt])s(x?)$/.exec(name);
  if (mod !== null) {
    const specs = [mod[1], `${mod[1]}.${mod[2]}js${mod[4]}`, ...(mod[4] === 'x' ? [`${mod[1]}.js`] : [])];
    if (testTextsIn(ctx, dir).some((t) => specs.some((sp) => t.includes(`./${sp}'`) || t.includes(`./${sp}"`)))) return true;
  }
  if (dir === '') return false;
  const up = dir.slice(0, dir.lastIndexOf('/', dir.length - 2) + 1);
  const withDir = dir.slice(up.length) + name;
  if (testTextsIn(ctx, up).some((t) => t.includes(withDir))) return true;
  // Or one directory down names it from there: harbor's src/jobservice/config/config_test.go reads
  // `../server.key` (Go's package tests beside their fixtures' parent; sweep 50/D-F2).
  if (ctx.isGitTracked && (testIndex(ctx, ctx.isGitTracked).subdirs.get(dir) ?? []).some((sub) => testTextsIn(ctx, sub).some((t) => t.includes(`../${name}`)))) return true;
  // Or the test environment's settings at the context root name it by its whole path: Sylius'
  // .env.test sets JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private-test.pem.
  return up !== '' && testTextsIn(ctx, '').some((t) => t.includes(path));
}

/** Whether a path lies in a test directory of the repository (the path in the repository counts). */
export function inTestDirectory(ctx: RuleContext, path: string): boolean {
  return TEST_DIR.test(ctx.repoPath?.(path) ?? path);
}

/**
 * Whether a path of the repository (as git names it, from its root) is a test file by where it lies or
 * what it is called: a committed copy's source (`committedCopyOf` gives such paths), which may lie
 * outside the context.
 */
export function isTestPathInRepo(repoPath: string): boolean {
  return TEST_DIR.test(repoPath) || CI_CONFIG_DIR.test(repoPath) || MOCK_DIR.test(repoPath) || testFileNamed(repoPath);
}

export function isCommittedTestFile(ctx: RuleContext, path: string): boolean {
  // The path in the repository: a context that is itself a test directory (hydra builds
  // test/conformance, whose ssl/ory-conformity.key is a test key) says so only from the root.
  const full = ctx.repoPath?.(path) ?? path;
  if (ctx.isGitTracked?.(path) !== true) return false;
  return TEST_DIR.test(full) || CI_CONFIG_DIR.test(full) || MOCK_DIR.test(full) || testFileNamed(full) || (CLASS_TEST_FILE.test(full) && classTestMarked(ctx, path)) || inDotnetTestProject(ctx, path) || besideGoTest(ctx, path) || namedByTestBeside(ctx, path);
}

/**
 * A directory of examples, samples or tutorials (membrane/api-gateway's distribution/tutorials/security/membrane-key.pem,
 * the key its TLS tutorial serves; also `sample_data`, `example-configs`: depmap-portal's
 * portal-backend/sample_data/key/invalid-account-for-testing.json, "a valid formatted cred file, but
 * this key is not actually valid"), or one named fake or dummy (caprover's template/fake-certs-src,
 * the self-signed key its nginx serves unknown hosts with): what it holds is published on purpose,
 * like `.env.example`.
 */
export const EXAMPLE_DIR = /(^|\/)(\.?(?:examples?|samples?|tutorials?)(?:[-_][^/]*)?|(?:[^/]*[-_.])?(?:fake|dummy)(?:[-_.][^/]*)?)\//i;

/**
 * A documentation page: a text, Markdown, reStructuredText, AsciiDoc or HTML file under a `doc`,
 * `docs` or `documentation` directory. cfssl's doc/api/endpoint_newkey.txt pastes a sample reply,
 * a private key for www.example.com included.
 */
const DOC_PAGE = /(^|\/)(?:docs?|documentation)\/(?:[^/]+\/)*[^/]+\.(?:md|markdown|txt|rst|adoc|html?)$/i;

/**
 * A file named as a template to copy: a part of its name (between dots, dashes or underscores) is
 * example(s), sample(s), template(s) or tpl (`config.py.sample`, `.env.example`, `settings.example.json`,
 * s3-encryption-proxy's `config/rsa-example.yaml`, "Demo RSA key pair (do NOT use in production!)"),
 * or it ends in `.dist` or `.default(s)` (`phpunit.xml.dist`); not a `.local` copy of one (`.env.example.local`).
 */
const TEMPLATE_NAME = /(?:^|[._-])(?:examples?|samples?|templates?|tpl)(?:[._-]|$)|\.(?:dist|defaults?)$/i;

/** Whether the last component of `p` names a template to copy (TEMPLATE_NAME; not a `.local` copy). */
export function isTemplateName(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  return TEMPLATE_NAME.test(base) && !/\.local$/i.test(base);
}

/**
 * A committed file in an examples or samples directory, or named as a template to copy, or a
 * committed documentation page (the path in the repository): celery's examples/security/ssl/worker.key,
 * the key its secure-app example signs with, committed since 2019; listenbrainz's
 * `listenbrainz/config.py.sample` ("a randomly generated private key for use in tests"; production
 * writes config.py from a consul template); matters-server's `.env.example`; a sample pasted into the docs.
 */
export function isCommittedExample(ctx: RuleContext, path: string): boolean {
  const p = ctx.repoPath?.(path) ?? path;
  return (EXAMPLE_DIR.test(p) || DOC_PAGE.test(p) || isTemplateName(p)) && ctx.isGitTracked?.(path) === true;
}

/**
 * Directories that hold other projects' code copied into a repository: a `third_party`-style name,
 * or an upstream release unpacked under its versioned name (fluent-bit's `lib/librdkafka-2.15.0/`,
 * `lib/monkey/deps/mbedtls-2.4.2/`, `lib/nghttp2-1.65.0/`). Shared with --all's discovery.
 */
export const THIRD_PARTY_DIR = /(^|\/)(?:third[-_]?party|3rd[-_]?party|[A-Za-z][A-Za-z0-9_.+]*(?:-[A-Za-z][A-Za-z0-9_.+]*)*-v?\d+\.\d+(?:\.\d+)*(?:[-_.+][A-Za-z0-9]+)*)\//i;

/**
 * A committed file of third-party code vendored into the repository: a Go module (`vendor/` with
 * the `modules.txt` that `go mod vendor` writes, tracked by git), or a file under a THIRD_PARTY_DIR.
 * Its keys and credentials are that project's test vectors (moby/buildkit vendors ProtonMail/go-crypto's
 * `keys_test_data.go`; grafana/loki minio-go's `credentials.json` with `"SecretAccessKey": "secret"`;
 * fluent-bit ships mbedtls's published test key in `lib/monkey/deps/mbedtls-2.4.2/library/certs.c`).
 */
const LICENCE_FILES = ['LICENSE', 'LICENSE.txt', 'LICENSE.md', 'LICENCE', 'COPYING', 'COPYING.txt', 'COPYRIGHT'];

export function isVendoredModuleFile(ctx: RuleContext, path: string): boolean {
  const tracked = ctx.isGitTracked;
  if (!tracked || !tracked(path)) return false;
  if (THIRD_PARTY_DIR.test(ctx.repoPath?.(path) ?? path)) return true;
  // A library's tree under a `deps/` directory, known by the licence file git tracks at its top (bunkerweb's
  // src/deps/src/mbedtls/, pinned by deps.json; redis' deps/jemalloc): mbedtls' public test keys were 3,000
  // warnings (sweep 53/W-F4). Not a project's own service config there (deps/nginx/server.key: the review of
  // dc29a2de, RA-R10). For secrets only: a Dockerfile under deps/ may be the project's own build.
  // (The four directories below deps/ at most: a licence file deeper is no library's top, and a stranger's
  // path 1,500 directories deep took 15 s a file; the review of 6663bef9, RB-R1.)
  const deps = /(?:^|\/)deps\//.exec(path);
  if (deps !== null) {
    const last = path.lastIndexOf('/');
    let levels = 0;
    for (let i = path.indexOf('/', deps.index + deps[0].length); i > 0 && i <= last && levels++ < 4; i = path.indexOf('/', i + 1)) {
      const dir = path.slice(0, i + 1);
      if (LICENCE_FILES.some((n) => tracked(dir + n))) return true;
    }
  }
  for (let i = path.indexOf('vendor/'); i >= 0; i = path.indexOf('vendor/', i + 1)) {
    if (i > 0 && path[i - 1] !== '/') continue;
    if (tracked(path.slice(0, i) + 'vendor/modules.txt')) return true;
  }
  // A Composer vendor directory, whatever composer.json's `vendor-dir` names it (TeamPass commits
  // app/vendor, with firebase/php-jwt's README and its sample RS256 key): Composer writes
  // `composer/installed.json` in it.
  for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
    if (tracked(path.slice(0, i) + '/composer/installed.json')) return true;
  }
  return false;
}

/**
 * Rust keeps unit tests in the source file, in a module after `#[cfg(test)]`: the 1-based line of
 * the first such attribute in a text, or null. A hit below it is in test code (vector's
 * gcp_chronicle sink tests its credential loading with a key in a JSON string there).
 */
export function rustTestModuleLine(content: string): number | null {
  const m = /^[ \t]*#\[cfg\(test\)\]/m.exec(content);
  return m ? lineOf(content, m.index) : null;
}

/** Words that name a value as a test's own: `TEST_RSA_KEY`, `TEST_FAKE_RSA_KEY_0`, `TestValue`, `fakeKey`, `dummy_token`. */
const TEST_WORDS = new Set(['test', 'tests', 'testing', 'fake', 'dummy', 'mock', 'mocked']);
/** Tokens that are secrets themselves, not names: never split into words. */
const SECRET_PREFIX = new RegExp(`^(?:${TOKEN_WORD_PREFIXES})`);

/**
 * The identifier on the hit's line or the two lines above it that names the value as a test's
 * own, or null. Only identifier-shaped tokens count (with `_`, or camelCase), so prose in a comment
 * ("the test server's key") does not: stalwart's `#[cfg(feature = "test_mode")] const TEST_RSA_KEY`
 * (a DKIM key used only in test mode), bitwarden's `TEST_FAKE_RSA_KEY_0` (its Seeder's pool),
 * atuin's `TestValue::Single("ghp_...")` (the samples of its own secret-redaction patterns).
 */
export function testNamedValue(content: string, line: number): string | null {
  let start = 0;
  for (let n = 1; n < line - 2 && start >= 0; n++) start = content.indexOf('\n', start) + 1;
  let end = start;
  for (let n = Math.max(1, line - 2); n <= line && end >= 0; n++) end = content.indexOf('\n', end + 1);
  const window = content.slice(start, end < 0 ? content.length : end);
  for (const m of window.matchAll(/[A-Za-z][A-Za-z0-9_]{2,40}/g)) {
    const tok = m[0];
    if (SECRET_PREFIX.test(tok) || (!tok.includes('_') && !/[a-z][A-Z]/.test(tok))) continue;
    const words = tok.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\d]+/);
    if (words.some((w) => TEST_WORDS.has(w))) return tok;
  }
  return testFunctionAbove(content, line);
}

/** Words that name a value as an example shown to a reader: `api_secret_key_example`, `placeholder`. */
const EXAMPLE_WORDS = new Set(['example', 'examples', 'placeholder']);
/** A key or attribute and the quoted token it holds (`api_secret_key_example: 'sk_live_...'`, `placeholder="ghp_..."`). */
const HELD_TOKEN = new RegExp(String.raw`(?<![\w-])([A-Za-z_][\w-]{0,60})["']?[ \t]*(?:=>|[:=])[ \t]*(?:t\([ \t]*)?["'\x60][ \t]*(?:${TOKEN_PREFIXES})`, 'g');
/** A token of a prefixed kind anywhere on a line. */
const PREFIXED_TOKEN = new RegExp(String.raw`(?<![\w-])(?:${TOKEN_PREFIXES})[A-Za-z0-9]`, 'g');

/** The key holding the line's one prefixed token when its name says example or placeholder; else null. */
function exampleKeyOf(text: string): string | null {
  if (text.length > 400) return null;
  if ((text.match(PREFIXED_TOKEN) ?? []).length !== 1) return null;
  for (const m of text.matchAll(HELD_TOKEN)) {
    const key = m[1];
    if (key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\d-]+/).some((w) => EXAMPLE_WORDS.has(w))) return key;
  }
  return null;
}

/**
 * The key or attribute that shows the hit's token as an example, or null: on the hit's line (a short one, with
 * one prefixed token), the name holding the token says example or placeholder (sharetribe's `placeholder: t("...",
 * api_secret_key_example: 'sk_live_...')`, the example text of an empty form field; sweep 55/M-F1; `placeholder=
 * "glpat-..."`). A name elsewhere on the line (`traces_sample_rate`, a `placeholder` beside `value="<token>"`)
 * does not count, and every line of the text with such a token must be one (a scan reports the first hit of a
 * kind: a live key further down is not hidden behind an example; the review of 3d98067d, RB-R1/R2).
 */
export function exampleNamedValue(content: string, line: number): string | null {
  let key: string | null = null;
  let n = 0;
  let start = 0;
  while (start <= content.length) {
    const nl = content.indexOf('\n', start);
    const text = content.slice(start, nl < 0 ? content.length : nl);
    n++;
    if (n === line || PREFIXED_TOKEN.test(text)) {
      PREFIXED_TOKEN.lastIndex = 0;
      const k = exampleKeyOf(text);
      if (k === null) return null;
      if (n === line) key = k;
    }
    PREFIXED_TOKEN.lastIndex = 0;
    if (nl < 0) break;
    start = nl + 1;
  }
  return key;
}

/**
 * The key of the YAML sequence whose item holds `line` (1-based), when it names samples: `examples`,
 * `negative_examples`, `example` (noseyparker's rule files list the tokens each rule must match under
 * `examples:`, `AKIADEADBEEFDEADBEEF` among them; sweep 54/G-F2). Read upwards from the line, at most
 * 400 lines: an item (`- `) or a block scalar's body lines belong to the nearest key indented no deeper than
 * the item. Null for any other shape.
 */
export function exampleListKey(content: string, line: number): string | null {
  const lines: string[] = [];
  let end = -1;
  for (let n = 0; n < line; n++) {
    const start = end + 1;
    end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    if (n >= line - 401) lines.push(content.slice(start, end));
    if (end === content.length) break;
  }
  if (lines.length === 0) return null;
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const hitIndent = indentOf(lines[lines.length - 1]);
  let limit = hitIndent + 1;
  let inItem = /^\s*- /.test(lines[lines.length - 1]);
  for (let k = lines.length - 2; k >= 0; k--) {
    const l = lines[k];
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    const indent = indentOf(l);
    if (indent >= limit) continue;
    if (/^\s*-(?:\s|$)/.test(l)) {
      // An item of the sequence: its key may sit at the same indentation (`examples:` then `- x`). A line that
      // is no item must lie inside one, deeper: `github_token:` just after a compact list is its sibling (RA-R8).
      if (!inItem && indent >= hitIndent) return null;
      inItem = true;
      limit = indent + 1;
      continue;
    }
    const key = /^\s*([\w-]+):\s*(?:#.*)?$/.exec(l);
    if (key === null || !inItem) return null;
    return /^(?:(?:negative|positive)_)?examples?$/i.test(key[1]) ? key[1] : null;
  }
  return null;
}

/**
 * Whether the last of `lines` (a Python `def` line down to the hit) is in the def's body: its signature ends on the
 * first line where the parentheses balance, and a body written on that same line after the colon (a comment aside)
 * holds nothing below it (the review of 40ced508, RD-R2: a signature over several lines, as black writes it, or a
 * `# noqa` after the colon, made a test's key an error).
 */
function pythonDefHolds(lines: readonly string[], defIndent: number): boolean {
  let depth = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const code = lines[k].replace(/#.*$/, '');
    for (const c of code) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth > 0) continue;
    if (/:\s*\S/.test(code.slice(code.lastIndexOf(')') + 1))) return false;
    return pythonBodyHolds(lines.slice(k + 1), defIndent);
  }
  return false;
}

/**
 * Whether the last of `body` (the lines after a Python `def` down to the hit) is in the def's body: every line
 * before it indented deeper than the def (blank ones aside), and the hit's line too, unless the line before it
 * opens a string, whose lines may start at the margin (`KEY = \"\"\"` then the key).
 */
function pythonBodyHolds(body: readonly string[], defIndent: number): boolean {
  const deeper = (l: string) => l.trim() === '' || /^[ \t]*/.exec(l)![0].length > defIndent;
  const before = body.slice(0, -1);
  if (!before.every(deeper)) return false;
  const last = body[body.length - 1] ?? '';
  const prev = [...before].reverse().find((l) => l.trim() !== '') ?? '';
  return deeper(last) || /(?:\"\"\"|'''|[rbuf]?["'(\[{])\s*$/.test(prev);
}

/** How many lines above a hit the function holding it may begin. */
const FUNCTION_REACH = 12;

/**
 * The function a hit's line is in, when its name says it is a test's (`fn test`, `def make_fake_key`,
 * `func testKey`): the nearest definition on the hit's line or up to FUNCTION_REACH lines above,
 * as `fn test`; or null. matrix-authentication-service's `pub(crate) fn test() -> Self` builds its test
 * configuration's key six lines down, inside an `indoc!` string (sweep 52/S-F4).
 */
function testFunctionAbove(content: string, line: number): string | null {
  const lines = content.split('\n', line);
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 1 - FUNCTION_REACH; i--) {
    if (lines[i].length > 1000) return null;
    const m = /^([ \t]*)(?:(?:pub(?:\([\w:]+\))?|export|async|static|private|public|protected|unsafe|const)[ \t]+)*(fn|def|func|function)[ \t]+(?:\([^)]*\)[ \t]*)?([A-Za-z_][A-Za-z0-9_]{0,60})[ \t]*[(<]/.exec(lines[i]);
    if (m === null) continue;
    // Only while the hit is in its body (the review of 924d70dd, RA-R1: a module-level key after a one-line
    // `def test_connection(): return ping()` was "inside" it): in Python, every line down to the hit indented
    // deeper than the def (blank ones aside); elsewhere, a brace opened on or after the definition still open.
    const body = lines.slice(i + 1);
    const inside =
      m[2] === 'def'
        ? pythonDefHolds(lines.slice(i), m[1].length)
        : [lines[i], ...body].reduce((depth, l) => depth + (l.match(/\{/g)?.length ?? 0) - (l.match(/\}/g)?.length ?? 0), 0) > 0;
    if (!inside) return null;
    const words = m[3].replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\d]+/);
    return words.some((w) => TEST_WORDS.has(w)) ? `${m[2]} ${m[3]}` : null;
  }
  return null;
}
