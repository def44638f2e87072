// A committed test file: evidence that a secret-looking file or value is a fixture, not a live
// credential. Both conditions are needed: the path says tests (a `test`, `tests`, `testing`,
// `test_*`/`test-*` (authelia's `test_resources`), `__tests__`, `spec`, `testdata`, `fixture(s)` or
// `__mocks__` directory, an `e2e` or `suites` directory (authelia's integration suites under
// `internal/suites`), Perl's and OpenResty's `t` (kong's `t/certs`), or a `*.spec.*`, `*.test.*`, `*_test.go`, `test_*.py` name, or the
// test environment's dotenv: `.env.test`, `.env.testing`, `.env.e2e`; rallly commits
// `apps/web/.env.test` for its Playwright runs), and git tracks the file, so it is already in the repository's history for
// everyone who can read it. An untracked `.env` left in `test/` has neither excuse.
import { lineOf } from './paths.js';
import type { RuleContext } from './rule.js';

const TEST_DIR = /(^|\/)(tests?|testing|test[-_][^/]*|__tests__|specs?|testdata|fixtures?|__fixtures__|__mocks__|e2e|suites|t)\//i;
const TEST_FILE = /(^|\/)([^/]+\.(spec|test)\.[^/.]+|[^/]+_test\.go|test_[^/]+\.py|\.env\.(test|testing|e2e))$/i;

export function isCommittedTestFile(ctx: RuleContext, path: string): boolean {
  // The path in the repository: a context that is itself a test directory (hydra builds
  // test/conformance, whose ssl/ory-conformity.key is a test key) says so only from the root.
  const full = ctx.repoPath?.(path) ?? path;
  return (TEST_DIR.test(full) || TEST_FILE.test(full)) && ctx.isGitTracked?.(path) === true;
}

/** A directory of examples or samples: what it holds is published on purpose, like `.env.example`. */
export const EXAMPLE_DIR = /(^|\/)(examples?|samples?)\//i;

/**
 * A committed file in an examples or samples directory (the path in the repository): celery's
 * examples/security/ssl/worker.key, the key its secure-app example signs with, committed since 2019.
 */
export function isCommittedExample(ctx: RuleContext, path: string): boolean {
  return EXAMPLE_DIR.test(ctx.repoPath?.(path) ?? path) && ctx.isGitTracked?.(path) === true;
}

/**
 * A committed file of a Go module vendored into the repository (`vendor/` with the `modules.txt`
 * that `go mod vendor` writes, both tracked by git): third-party code, whose keys and credentials
 * are its own test vectors (moby/buildkit vendors ProtonMail/go-crypto's `keys_test_data.go`,
 * grafana/loki minio-go's `credentials.json` with `"SecretAccessKey": "secret"`).
 */
export function isVendoredModuleFile(ctx: RuleContext, path: string): boolean {
  const tracked = ctx.isGitTracked;
  if (!tracked || !tracked(path)) return false;
  for (let i = path.indexOf('vendor/'); i >= 0; i = path.indexOf('vendor/', i + 1)) {
    if (i > 0 && path[i - 1] !== '/') continue;
    if (tracked(path.slice(0, i) + 'vendor/modules.txt')) return true;
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
