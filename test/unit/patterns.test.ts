// The patternmatcher port (facts R12-R17, R22/R24). Expected values come from: patternmatcher's own
// tests (test/fixtures/patternmatcher-cases.json), the oracle vectors in /work/shared, the facts
// file's tables, and, where marked "Go source", from reading Go's regexp/syntax and text/scanner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toByteString } from '../../src/context/bytes.js';
import { readIgnoreRules } from '../../src/context/ignore-file.js';
import { goRegexpStats, literalSuffix, runesToString } from '../../src/context/go-regexp.js';
import { isValidGlob, PatternError, PatternMatcher, translatePattern } from '../../src/context/patterns.js';

/** Patterns and paths are byte strings; tests write them as text. */
const pm = (...patterns: string[]): PatternMatcher => PatternMatcher.create(patterns.map(toByteString));
const excluded = (patterns: string[], path: string): boolean => pm(...patterns).matchesOrParentMatches(toByteString(path));
const isBadPattern = (e: unknown): boolean => e instanceof PatternError && e.message === 'syntax error in pattern';

/** MatchesUsingParentResults fed the way the tar walk feeds it: ancestors first, each passing its info on. */
function walkMatch(m: PatternMatcher, path: string): boolean {
  const parts = path.split('/');
  let info: boolean[] | null = null;
  for (let k = 1; k < parts.length; k++) {
    const out: boolean[] = [];
    m.matchWithParents(parts.slice(0, k).join('/'), info, out);
    info = out;
  }
  const idx = m.matchWithParents(path, info, null);
  return idx >= 0 && !m.patterns[idx].exclusion;
}

interface Fixture {
  matches: [string, string, 'exact' | 'inexact' | 'fail'][];
  multiPattern: [string[], string, 'exact' | 'fail'][];
  compile: [string, string, string | null][];
  filepathMatch: [string, string, boolean, boolean][];
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/patternmatcher-cases.json', import.meta.url), 'utf8')) as Fixture;

test('patternmatcher TestMatches: MatchesExact, MatchesOrParentMatches, MatchesUsingParentResults (+NoContext)', () => {
  for (const [pattern, text, pass] of fixture.matches) {
    const m = pm(pattern);
    const t = toByteString(text);
    const desc = `pattern=${JSON.stringify(pattern)} text=${JSON.stringify(text)}`;
    assert.equal(m.testPattern(0, t), pass === 'exact', `MatchesExact ${desc}`);
    assert.equal(m.matchesOrParentMatches(t), pass !== 'fail', `MatchesOrParentMatches ${desc}`);
    assert.equal(walkMatch(m, t), pass !== 'fail', `MatchesUsingParentResults ${desc}`);
    const idx = m.matchWithParents(t, null, null);
    assert.equal(idx >= 0 && !m.patterns[idx].exclusion, pass !== 'fail', `NoContext ${desc}`);
  }
  for (const [patterns, text, pass] of fixture.multiPattern) {
    const m = pm(...patterns);
    assert.equal(m.matchesOrParentMatches(text), pass !== 'fail', JSON.stringify(patterns));
    assert.equal(walkMatch(m, text), pass !== 'fail', JSON.stringify(patterns));
  }
});

test('patternmatcher compileTests: match type and emitted RE2 source (R14)', () => {
  for (const [pattern, type, regexp] of fixture.compile) {
    const got = translatePattern(pattern);
    assert.equal(got.type, type, pattern);
    assert.equal(got.regexp && runesToString(got.regexp), regexp, pattern);
  }
});

test('patternmatcher TestMatch (Go filepath.Match table) through the deprecated package-level Matches', () => {
  for (const [pattern, s, match, isErr] of fixture.filepathMatch) {
    const desc = `Match(${JSON.stringify(pattern)}, ${JSON.stringify(s)})`;
    if (isErr) assert.throws(() => pm(pattern).matchesDeprecated(toByteString(s)), isBadPattern, desc);
    else assert.equal(pm(pattern).matchesDeprecated(toByteString(s)), match, desc);
  }
});

// ---------------------------------------------------------------------------------------------
// Oracle vectors: replay the legacy selection (R22 protection, R26 parent info, R27 pruning) over
// each vector's tree and compare with the captured tar's entry list.

interface Vector {
  name: string;
  dockerignore: string | null;
  files: string[];
  dirs: string[];
  sent: string[];
  dockerfile?: string;
  symlinks?: unknown;
  hardlinks?: unknown;
}

function replayLegacySelection(v: Vector): string[] {
  const patterns = v.dockerignore === null ? [] : readIgnoreRules(Buffer.from(v.dockerignore, 'utf8')).map((r) => r.pattern);
  const dockerfile = toByteString(v.dockerfile ?? 'Dockerfile');
  // R22: the deprecated Matches decides which build files get a trailing exception.
  const base = PatternMatcher.create(patterns);
  const withBuild = [...patterns];
  if (base.matchesDeprecated('.dockerignore')) withBuild.push('!.dockerignore');
  if (base.matchesDeprecated(dockerfile)) withBuild.push('!' + dockerfile);
  const m = PatternMatcher.create(withBuild);

  const children = new Map<string, Set<string>>();
  const isDir = new Set<string>();
  const add = (path: string, dir: boolean): void => {
    const parts = path.split('/');
    for (let k = 1; k <= parts.length; k++) {
      const p = parts.slice(0, k).join('/');
      const parent = parts.slice(0, k - 1).join('/');
      if (!children.has(parent)) children.set(parent, new Set());
      (children.get(parent) as Set<string>).add(p);
      if (k < parts.length || dir) isDir.add(p);
    }
  };
  for (const f of v.files) add(toByteString(f), false);
  for (const d of v.dirs) add(toByteString(d.replace(/\/$/, '')), true);
  if (v.dockerignore !== null) add('.dockerignore', false);

  const exceptions = m.patterns.filter((p) => p.exclusion).map((p) => p.text + '/');
  const sent: string[] = [];
  const visit = (dir: string, info: boolean[] | null): void => {
    const names = [...(children.get(dir) ?? [])].sort(); // byte order (R25)
    for (const path of names) {
      const out: boolean[] = [];
      const idx = m.matchWithParents(path, info, out);
      const isExcluded = idx >= 0 && !m.patterns[idx].exclusion;
      if (!isExcluded) sent.push(isDir.has(path) ? path + '/' : path);
      if (!isDir.has(path)) continue;
      // R27: an excluded directory is walked only if an exception's text lies under it.
      if (isExcluded && !exceptions.some((e) => e.startsWith(path + '/'))) continue;
      visit(path, out);
    }
  };
  visit('', null);
  return sent;
}

const vectors = JSON.parse(readFileSync('/work/shared/docker-vectors.json', 'utf8')) as Vector[];

test('oracle vectors: selected entries match docker-vectors.json exactly', () => {
  let checked = 0;
  for (const v of vectors) {
    if (v.symlinks || v.hardlinks) continue; // entries not listed in `files`
    assert.deepEqual(replayLegacySelection(v), v.sent.map(toByteString), v.name);
    checked++;
  }
  assert.ok(checked >= 38, `only ${checked} vectors checked`);
});

interface ErrorVector {
  name: string;
  dockerignore: string | null;
  files: string[];
  exitCode: number;
  stderrLastLine?: string;
}

test('error vectors: bang alone, bad globs, and lazily failing RE2 patterns (R12, R13, R16)', () => {
  const errorVectors = JSON.parse(readFileSync('/work/shared/docker-error-vectors.json', 'utf8')) as ErrorVector[];
  const patternCases = errorVectors.filter(
    (v) => v.dockerignore !== null && (v.stderrLastLine?.startsWith('error checking context: ') || v.name.startsWith('bad-exception')),
  );
  assert.ok(patternCases.length >= 10);
  for (const v of patternCases) {
    if (v.name.startsWith('unreadable')) continue; // permission errors belong to the walk
    const run = (): void => {
      const m = PatternMatcher.create(readIgnoreRules(Buffer.from(v.dockerignore as string)).map((r) => r.pattern));
      // Validation (R18) evaluates every path in walk order.
      for (const f of ['.dockerignore', ...v.files].sort()) m.matchesOrParentMatches(f);
    };
    if (v.exitCode === 0) assert.doesNotThrow(run, v.name);
    else
      assert.throws(run, (e: unknown) => e instanceof PatternError && 'error checking context: ' + e.message === v.stderrLastLine, v.name);
  }
});

test('R13: filepath.Match syntax check, facts list and Go table', () => {
  for (const bad of ['[', 'a[b', '[]a]', '[a', 'foo\\', '\\', '[-a]', '[a-]', '[]', '[^]', '[a-b-c]', '[\\', 'a/[', '*[']) {
    assert.equal(isValidGlob(bad), false, bad);
    assert.throws(() => pm(bad), isBadPattern, bad);
  }
  for (const good of ['[z-a]', '\\q', 'a]', '[!a]', '[^a]', '[\\]]', '*', '**/x', '[*]', 'a\\*']) assert.equal(isValidGlob(good), true, good);
  // A class with invalid UTF-8 is a syntax error; outside a class raw bytes are fine.
  assert.equal(isValidGlob('[\xff]'), false);
  assert.equal(isValidGlob('\xff*'), true);
});

test('R12: re-trim, clean, drop empties; "!" handling; sourceIndex and hasExclusions', () => {
  const m = pm('  docs/ ', '', '   ', '!docs/keep.md', '!!a', './x/../y');
  assert.deepEqual(
    m.patterns.map((p) => [p.text, p.exclusion, p.sourceIndex]),
    [
      ['docs', false, 0],
      ['docs/keep.md', true, 3],
      ['!a', true, 4],
      ['y', false, 5],
    ],
  );
  assert.equal(m.hasExclusions, true);
  assert.equal(pm('a', 'b').hasExclusions, false);
  assert.throws(() => pm('!'), (e: unknown) => e instanceof PatternError && e.message === 'illegal exclusion pattern: "!"');
  assert.throws(() => pm(' ! '), (e: unknown) => e instanceof PatternError && e.message === 'illegal exclusion pattern: "!"');
});

test('R15 consequences (facts, all oracle-confirmed)', () => {
  // a**b compiles to ^a(.*/)?b$
  assert.equal(runesToString(translatePattern('a**b').regexp ?? []), '^a(.*/)?b$');
  assert.equal(excluded(['a**b'], 'ab'), true);
  assert.equal(excluded(['a**b'], 'a/x/b'), true);
  assert.equal(excluded(['a**b'], 'axb'), false);
  // *** and **/ match everything
  for (const p of ['***', '**/']) for (const path of ['x', 'a/b/c', '.hidden']) assert.equal(excluded([p], path), true, p);
  assert.deepEqual(pm('**/').patterns.map((p) => p.text), ['**']);
  // */** compiles to ^[^/]*/.*$: top-level names themselves do not match
  assert.equal(runesToString(translatePattern('*/**').regexp ?? []), '^[^/]*/.*$');
  assert.equal(pm('*/**').testPattern(0, 'top'), false);
  assert.equal(pm('*/**').testPattern(0, 'top/x'), true);
  // foo/** keeps foo; foo** is a plain prefix
  assert.equal(excluded(['foo/**'], 'foo'), false);
  assert.equal(excluded(['foo/**'], 'foo/x'), true);
  for (const path of ['foo', 'foobar', 'foo.d/x']) assert.equal(excluded(['foo**'], path), true, path);
  assert.equal(excluded(['foo**'], 'bar/foo'), false);
  // **/a.md matches a.md; **a matches anything ending in a
  assert.equal(excluded(['**/a.md'], 'a.md'), true);
  assert.equal(excluded(['**a'], 'x/yza'), true);
  assert.equal(excluded(['**a'], 'ab'), false);
});

test('R16: RE2 semantics leak through (facts table; vectors re2-escape-digit, char-class-negation-caret-vs-bang)', () => {
  // \d is a digit class; "12" is two runes so ^\d$ misses it (the vector sends 12 and d).
  assert.deepEqual(['1', 'd', '12'].map((p) => excluded(['\\d'], p)), [true, false, false]);
  // POSIX class: one ASCII letter.
  assert.deepEqual(['a', 'b', 'A', ':', 'ab', '1'].map((p) => excluded(['[[:alpha:]]'], p)), [true, true, true, false, false, false]);
  // [^a] negates; [!a] is the set {!, a}.
  assert.deepEqual(['a', 'b', '!', 'ab'].map((p) => excluded(['[^a]'], p)), [false, true, true, false]);
  assert.deepEqual(['a', 'b', '!', 'ab'].map((p) => excluded(['[!a]'], p)), [true, false, true, false]);
  // ^ is an anchor in regexp-type patterns: ^* is ^^[^/]*$ and matches every top-level name.
  assert.equal(runesToString(translatePattern('^*').regexp ?? []), '^^[^/]*$');
  assert.equal(pm('^*').testPattern(0, 'anything'), true);
  assert.equal(pm('^*').testPattern(0, 'a/b'), false);
  // ...but literal in exact-type patterns.
  assert.equal(excluded(['^a'], '^a'), true);
  assert.equal(excluded(['^a'], 'a'), false);
  assert.equal(excluded(['a^b'], 'a^b'), true);
});

test('R16/R17: a pattern RE2 rejects fails lazily, when first evaluated', () => {
  for (const bad of ['[z-a]', '\\q', '\\1', '\\8', '\\C', '[[:foo:]]', '\\pX', '\\p{Nope}', '\\x{110000}', '\\xg0', '[a-\\d]', '\\é']) {
    const m = pm(bad); // passes the filepath.Match check
    assert.throws(() => m.matchesOrParentMatches('x'), isBadPattern, bad);
    assert.throws(() => m.matchesOrParentMatches('x'), isBadPattern, `${bad} (second call)`);
  }
  // An exception is evaluated only once something matched (error vectors bad-exception-*).
  assert.equal(pm('![z-a]').matchesOrParentMatches('a.md'), false);
  assert.equal(pm('*.md', '![z-a]').matchesOrParentMatches('b.txt'), false);
  assert.throws(() => pm('*.md', '![z-a]').matchesOrParentMatches('a.md'), isBadPattern);
  // A parent that matched the pattern spares its evaluation in the walk (R17.2).
  const m = pm('*', '![z-a]');
  assert.throws(() => m.matchWithParents('d', null, []), isBadPattern);
  const skip = pm('[z-a]', 'x');
  assert.equal(skip.matchWithParents('d/e', [true, false], null), 0);
});

test('RE2 escapes and classes (Go source: regexp/syntax parse.go, perl_groups.go)', () => {
  const t = (pattern: string, path: string): boolean => pm(pattern).testPattern(0, toByteString(path));
  assert.equal(t('\\D', 'x'), true);
  assert.equal(t('\\D', '1'), false);
  assert.equal(t('\\s', ' '), true);
  assert.equal(t('\\s', '\v'), false); // Perl \s has no \v
  assert.equal(t('[[:space:]]', '\v'), true); // POSIX space does
  assert.equal(t('\\w\\W', 'a-'), true);
  assert.equal(t('[[:^digit:]]', 'x'), true);
  assert.equal(t('[[:^digit:]]', '5'), false);
  assert.equal(t('[[:word:][:punct:]]', '_'), true);
  assert.equal(t('\\x41', 'A'), true);
  assert.equal(t('\\101', 'A'), true); // octal
  assert.equal(t('\\0', '\0'), true);
  assert.equal(t('\\n', '\n'), true);
  assert.equal(t('\\t', '\t'), true);
  assert.equal(t('\\_', '_'), true); // escaped punctuation is itself
  assert.equal(t('\\pL', 'é'), true);
  assert.equal(t('\\pL', '1'), false);
  assert.equal(t('\\PL', '1'), true);
  assert.equal(t('\\pN', '٣'), true); // ARABIC-INDIC DIGIT THREE
  assert.equal(t('[\\pL\\d]', '7'), true);
  assert.equal(t('[^\\PL]', 'é'), true);
  // Go's C is Cc|Cf|Co|Cs: an unassigned code point (U+0378) is not in it.
  assert.equal(t('\\pC', '\u0378'), false);
  assert.equal(t('\\pC', '\u0007'), true);
  // `{` reaches RE2 unescaped (see the escape-bitmap test below), so braced names and hex work
  // (oracle, docker 28.2.2: \p{Greek} excludes `α`, \x{61} excludes `a`, \p{L} every one-letter name).
  assert.equal(t('\\p{Greek}', 'α'), true);
  assert.equal(t('\\p{Greek}', 'a'), false);
  assert.equal(t('\\x{61}', 'a'), true);
  assert.equal(t('\\p{L}', 'b'), true);
  assert.throws(() => pm('\\pl').testPattern(0, 'a'), isBadPattern, '\\pl'); // Go 1.24: exact names (oracle)
  // A class range in RE2 is by rune.
  assert.equal(t('[à-ÿ]', 'é'), true);
  assert.equal(t('[à-ÿ]', 'e'), false);
});

test('RE2 anchors and \\Q...\\E (Go source)', () => {
  const t = (pattern: string, path: string): boolean => pm(pattern).testPattern(0, path);
  assert.equal(t('a\\z', 'a'), true);
  assert.equal(t('\\Aa*', 'ab'), true);
  assert.equal(t('x*\\Ay', 'y'), false); // \A after consuming x can never hold
  assert.equal(t('x*\\Ay', 'xy'), false);
  assert.equal(t('a\\b*', 'a'), true); // ^a\b[^/]*$
  assert.equal(t('a\\b*', 'a.txt'), true);
  assert.equal(t('a\\b*', 'ab'), false);
  assert.equal(t('a\\B*', 'ab'), true);
  assert.equal(t('a\\B*', 'a'), false);
  // \Q swallows the rest, including the $ patternmatcher appends: ^\Qfoo$ is "foo$" unanchored at the end.
  assert.equal(t('\\Qfoo', 'foo'), false);
  assert.equal(t('\\Qfoo', 'foo$'), true);
  assert.equal(t('\\Qfoo', 'foo$bar'), true);
  // \Q..\E turns the translated * into literal text.
  assert.equal(t('\\Qa*\\E', 'a[^/]*'), true);
  assert.equal(t('\\Qa*\\E', 'ab'), false);
});

test('. does not match \\n but negated classes do (Perl flags: ClassNL without DotNL)', () => {
  const m = pm('**/*.md'); // ^(.*/)?[^/]*\.md$
  assert.equal(m.testPattern(0, 'a\nb.md'), true);
  assert.equal(m.testPattern(0, 'x/a\nb.md'), true);
  assert.equal(m.testPattern(0, 'a\nb/c.md'), false);
  assert.equal(m.testPattern(0, 'a\nb/x/c.md'), false);
  assert.equal(m.matchesOrParentMatches('a\nb/c.md'), false);
  // The suffix type is a string operation and does not care.
  assert.equal(pm('**/c.md').testPattern(0, 'a\nb/c.md'), true);
  assert.equal(pm('a**b').testPattern(0, 'a\n/b'), false);
  assert.equal(pm('a/**/b').testPattern(0, 'a/x\ny/b'), false);
  assert.equal(pm('x/**/*').testPattern(0, 'x/a\nb'), true); // ^x/(.*/)?[^/]*$
});

test('non-ASCII and invalid UTF-8 (vector unicode-glob; Go source for U+FFFD handling)', () => {
  assert.equal(excluded(['é*'], 'été.txt'), true);
  assert.equal(excluded(['é*'], 'ete.txt'), false);
  assert.equal(excluded(['?'], 'é'), true); // one rune, two bytes
  assert.equal(excluded(['??'], 'é'), false);
  assert.equal(excluded(['[é]'], 'é'), true);
  // An invalid byte in a regexp pattern becomes U+FFFD (text/scanner), and an invalid byte in a
  // path decodes to U+FFFD too, so either matches the other and a real U+FFFD.
  const m = PatternMatcher.create(['\xff*']);
  assert.equal(m.testPattern(0, '\xff.txt'), true);
  assert.equal(m.testPattern(0, '\xfe.txt'), true);
  assert.equal(m.testPattern(0, '\xef\xbf\xbd.txt'), true);
  assert.equal(m.testPattern(0, 'a.txt'), false);
  // Exact-type patterns compare bytes.
  const exact = PatternMatcher.create(['\xff']);
  assert.equal(exact.testPattern(0, '\xff'), true);
  assert.equal(exact.testPattern(0, '\xfe'), false);
  // [^/] consumes one invalid byte at a time.
  assert.equal(PatternMatcher.create(['a?b']).testPattern(0, 'a\xffb'), true);
  assert.equal(PatternMatcher.create(['a?b']).testPattern(0, 'a\xff\xffb'), false);
  // text/scanner skips a BOM at the start of a pattern, so a regexp-type pattern loses it
  // while an exact-type one keeps it (Go source; not oracle-confirmed).
  assert.equal(PatternMatcher.create(['\xef\xbb\xbf*.md']).testPattern(0, 'a.md'), true);
  assert.equal(PatternMatcher.create(['\xef\xbb\xbfa']).testPattern(0, 'a'), false);
});

test('decideOrParent names the deciding pattern (vector last-match-wins)', () => {
  const m = pm('*.md', '!README*.md', 'README-secret.md');
  assert.equal(m.decideOrParent('README-secret.md'), 2);
  assert.equal(m.decideOrParent('README.md'), 1);
  assert.equal(m.patterns[1].exclusion, true);
  assert.equal(m.decideOrParent('CHANGES.md'), 0);
  assert.equal(m.decideOrParent('Dockerfile'), -1);
  assert.equal(m.decideOrParent('sub/README-x.md'), -1);
  // vector exception-first-has-no-effect
  assert.equal(pm('!README.md', '*.md').decideOrParent('README.md'), 1);
  // a parent decides: docs excludes docs/a.md through its ancestor
  assert.equal(pm('docs', '!docs/keep.md').decideOrParent('docs/a.md'), 0);
  assert.equal(pm('docs', '!docs/keep.md').decideOrParent('docs/keep.md'), 1);
});

test('matchWithParents: MatchInfo semantics (R17.2)', () => {
  const m = pm('docs', '!docs/keep.md', '*.tmp');
  const out: boolean[] = [];
  assert.equal(m.matchWithParents('docs', null, out), 0);
  assert.deepEqual(out, [true, false, false]); // skipped patterns record false
  const child: boolean[] = [];
  assert.equal(m.matchWithParents('docs/keep.md', out, child), 1);
  assert.deepEqual(child, [true, true, false]);
  // With parent info, ancestors are not re-tested: only the inherited flag and the full path count.
  assert.equal(pm('a').matchWithParents('a/b', [false], null), -1);
  assert.equal(pm('a').matchWithParents('a/b', null, null), 0);
  assert.equal(pm('a').matchWithParents('a/b', [], null), 0); // empty info = no context
  assert.throws(() => pm('a', 'b').matchWithParents('x', [true], null), /wrong number of values in parentMatched/);
});

test('orParentMatcher: a walk-ordered list past the directory cache (4,096) keeps MatchesOrParentMatches’ answers', () => {
  // The case it exists for: `src`, `!src/a/.env`, `src/a` (an exception, then a pattern after it).
  const m = pm('src', '!src/*/.env', 'src/a*', '**/*.log', '!**/keep*.log', 'd*/b*/**/x');
  const cached = m.orParentMatcher();
  assert.equal(cached('src/a/.env'), true);
  assert.equal(cached('src/b/.env'), false);
  assert.equal(cached('src/b/keep.log'), false);
  assert.equal(cached('d1/b2/c/x'), true);
  // 6,000 directories three deep, two files each, visited in walk order and then again (refilled).
  const paths: string[] = [];
  for (const top of ['src', 'd1', 'other'])
    for (let i = 0; i < 40; i++)
      for (let j = 0; j < 50; j++) {
        const dir = `${top}/${i % 2 ? 'a' : 'b'}${i}/x${j}`;
        paths.push(`${dir}/.env`, `${dir}/keep${j}.log`, `${dir}/x`);
      }
  let excludedCount = 0;
  for (const path of [...paths, ...paths.slice(0, 600)]) {
    const want = m.matchesOrParentMatches(path);
    assert.equal(cached(path), want, path);
    if (want) excludedCount++;
  }
  // Not a degenerate list: both answers occur, on every kind of path.
  assert.ok(excludedCount > 1000 && excludedCount < paths.length, String(excludedCount));
});

test('matchesDeprecated: one ancestor only (R22, R24 and their vectors)', () => {
  // dash-f-deprecated-matches-bug: the 2-component ancestor a/b is tested, not a/b/c.
  assert.equal(pm('**/c').matchesDeprecated('a/b/c/Dockerfile'), false);
  assert.equal(pm('**/c').matchesOrParentMatches('a/b/c/Dockerfile'), true);
  // dash-f-inside-excluded-dir: sub/Dockerfile.dev is protected through its parent sub.
  assert.equal(pm('sub', '*.dev', 'Dockerfile').matchesDeprecated('sub/Dockerfile.dev'), true);
  assert.equal(pm('sub', '*.dev', 'Dockerfile').matchesDeprecated('.dockerignore'), false);
  // build-files-excluded-still-sent / star-excludes-all-but-build-files
  assert.equal(pm('Dockerfile', '.dockerignore', '*.txt').matchesDeprecated('.dockerignore'), true);
  assert.equal(pm('*').matchesDeprecated('Dockerfile'), true);
  // patternmatcher TestExclusionPatternMatchesWholeDirectory / folder exclusions
  assert.equal(pm('*.go').matchesDeprecated('.'), false);
  assert.equal(pm('docs', '!docs/README.md').matchesDeprecated('docs/README.md'), false);
  assert.equal(pm('docs/*', '!docs/README.md').matchesDeprecated('docs/README.md'), false);
  assert.equal(pm('!fileutils.go', '*.go').matchesDeprecated('fileutils.go'), true);
});

test('linear time: hostile patterns on 4 KiB and 64 KiB names stay within a step budget', () => {
  const hostile = pm('*a*a*a*a*a*a*a*a*b');
  for (const len of [4096, 65536]) {
    const name = 'a'.repeat(len);
    goRegexpStats.steps = 0;
    assert.equal(hostile.testPattern(0, name), false);
    assert.equal(hostile.testPattern(0, name + 'b'), true);
    assert.ok(goRegexpStats.steps < 4 * len + 10_000, `steps ${goRegexpStats.steps} for ${len}`);
  }
  // A pattern whose DFA is exponential (the 15th-from-last rune is "a") overflows the state cache;
  // each rune then costs at most one closure over the small NFA.
  const wide = pm('*a??????????????');
  let s = '';
  let seed = 7;
  for (let i = 0; i < 65536; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += seed & 0x10000 ? 'a' : 'b';
  }
  goRegexpStats.steps = 0;
  assert.equal(wide.testPattern(0, s), s[s.length - 15] === 'a');
  assert.ok(goRegexpStats.steps < 65536 * 60, `steps ${goRegexpStats.steps}`);
  // Deep parents: MatchesOrParentMatches re-tests each ancestor, as Go does.
  const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
  assert.equal(pm('**/x*y').matchesOrParentMatches(deep), false);
});

test('filepath.Match syntax check stops after the first chunk that fails to match "." (oracle, docker 28.2.2)', () => {
  // Each row was run through `DOCKER_BUILDKIT=0 docker build` with the pattern as the only line of
  // .dockerignore: true = docker sent the context, false = "error checking context: syntax error in pattern".
  const observed: [string, boolean][] = [
    ['a*/[\xfe]', true],
    ['*/*/[\xfe]', true],
    ['x*y/[\xfe]', true],
    ['x*[\xfe]', true],
    ['*x*[\xfe]', true],
    ['x*[]a]', true],
    ['x*\\', true],
    ['*.md*[]a]', true],
    ['a*b*[]a]', true],
    ['a/[\xfe]', false],
    ['*/[\xfe]*', false],
    ['*[\xfe]', false],
    ['[\xfe]*', false],
    ['.*[\xfe]', false],
    ['*/[\xfe]', false],
    ['[]a]', false],
    ['*[]a]', false],
  ];
  for (const [pattern, accepted] of observed) {
    assert.equal(isValidGlob(pattern), accepted, JSON.stringify(pattern));
    if (accepted) assert.doesNotThrow(() => PatternMatcher.create([pattern]), JSON.stringify(pattern));
    else assert.throws(() => PatternMatcher.create([pattern]), PatternError, JSON.stringify(pattern));
  }
});

test('patternmatcher never escapes | { } (its [8]byte escape bitmap drops bits for b >= 64): alternation and counted repetition (oracle, docker 28.2.2)', () => {
  // `[b]|a` is ^[b]|a$: anything starting with b or ending in a.
  assert.equal(excluded(['[b]|a'], 'aa'), true);
  assert.equal(excluded(['[b]|a'], 'bz'), true);
  assert.equal(excluded(['[b]|a'], 'z|z'), false); // escaped, only the literal `b|a` would match
  assert.equal(excluded(['|[^/]'], 'anything'), true); // ^|... matches every path
  // `x{2}*` is ^x{2}[^/]*$.
  assert.equal(excluded(['x{2}*'], 'xx'), true);
  assert.equal(excluded(['x{2}*'], 'x{2}'), false);
  // Not a repeat (Go's parseRepeat): `{` stays literal.
  assert.equal(excluded(['a{,2}*'], 'a{,2}'), true);
  assert.equal(excluded(['a{02}*'], 'a{02}'), true);
  // Exact-type patterns are still compared literally.
  assert.equal(excluded(['a|b'], 'a|b'), true);
  assert.equal(excluded(['a|b'], 'a'), false);
  // Go's limits: counts above 1000 and stacked repeats are compile errors (oracle: syntax error in pattern).
  assert.throws(() => pm('a{1001}*').testPattern(0, 'a'), isBadPattern);
  assert.throws(() => pm('[a]{2}{2}').testPattern(0, 'a'), isBadPattern);
  // Go source (simplify): x{3,5} = xxx(x(x)?)?, x{2,} = xx+.
  assert.equal(excluded(['a{3,5}[b]'], 'aaaab'), true);
  assert.equal(excluded(['a{3,5}[b]'], 'aab'), false);
  assert.equal(excluded(['a{3,5}[b]'], 'aaaaaab'), false);
  assert.equal(excluded(['a{2,}[b]'], 'aaaaaab'), true);
  // regexp/syntax's "expression too large" (calcSize > 3,355,443) is a syntax error too, not a hang.
  assert.throws(() => pm('[a]' + '[b]{1000}'.repeat(3400)).testPattern(0, 'a'), isBadPattern);
});

test('literalSuffix: the ASCII text every match of a Go regexp must end with, or null when the source does not say so plainly', () => {
  const suffix = (re: string) => literalSuffix([...re].map((c) => c.codePointAt(0) as number));
  // What Docker's translation gives for the usual patterns (`*.log`, `**/*.json`, `foo?.log`, `x[ab].c`).
  assert.equal(suffix('^[^/]*\\.log$'), '.log');
  assert.equal(suffix('^(.*/)?[^/]*\\.json$'), '.json');
  assert.equal(suffix('^foo[^/]\\.log$'), '.log');
  assert.equal(suffix('^x[ab]\\.c$'), '.c');
  assert.equal(suffix('^a/\\*b\\.txt$'), 'a/*b.txt'); // a wholly literal path: all of it
  // A class ends the run; `]` first in a class is a member, and [:name:] is one member.
  assert.equal(suffix('^x[]a]z$'), 'z');
  assert.equal(suffix('^[[:alpha:]]z$'), 'z');
  // `[:` opens a named class only where a `:]` follows (Go's parseNamedClass): in `[[:]|a]` the class
  // is `[` and `:`, and the `|` after it is an alternation (the review's `.dockerignore` line `[[:]|a]b.log`).
  assert.equal(suffix('^[[:]|a]b\\.log$'), null);
  assert.equal(suffix('^[[:]x\\.log$'), 'x.log');
  assert.equal(suffix('^[^/]*\\.[ch]$'), null);
  // A quantifier takes back the atom it repeats; a group ends the run.
  assert.equal(suffix('^ab+$'), null);
  assert.equal(suffix('^ab*$'), null);
  assert.equal(suffix('^ab?$'), null);
  assert.equal(suffix('^ab{2}$'), null);
  assert.equal(suffix('^ab{2,}$'), null);
  assert.equal(suffix('^(ab)$'), null);
  assert.equal(suffix('^(a)b$'), 'b');
  // In Go a `{` that opens no repeat is a literal, and so is a `}` or `]` outside a class.
  assert.equal(suffix('^a{x}$'), 'a{x}');
  assert.equal(suffix('^a]$'), 'a]');
  // Escapes: punctuation is literal (`\$`), a letter is a class or an error (`\d`, `\pN`), `\Q` quotes.
  assert.equal(suffix('^a\\$$'), 'a$');
  assert.equal(suffix('^a\\d$'), null);
  assert.equal(suffix('^a\\pN$'), null);
  assert.equal(suffix('^\\Qa.b\\E$'), null);
  // No claim at all where the reading would need more: alternation, flags, a `$` that is not last, non-ASCII.
  assert.equal(suffix('^a|b\\.log$'), null);
  assert.equal(suffix('^(?i)x\\.log$'), null);
  assert.equal(suffix('^x\\.log$y'), null);
  assert.equal(suffix('^x\\.lo\u00e9$'), null);
  assert.equal(suffix('^x\\.log'), null);
});

// The review of bb9d45e: with `.dockerignore` line `[[:]|a]b.log`, docker excludes every path that
// starts with `[` or `:` (the expression is `^[[:]|a]b\.log$`, an alternation); the prefilter read
// `[:]` as a named class, claimed `b.log`, and kept `:bar` in the context.
test('literalSuffix: a pattern whose class holds `[:` without `:]` keeps its alternation (docker excludes `:bar` under `[[:]|a]b.log`)', () => {
  const pm = PatternMatcher.create(['[[:]|a]b.log']);
  for (const p of [':bar', '[x', 'a]b.log', '[b.log']) assert.equal(pm.matchesOrParentMatches(p), true, p);
  for (const p of ['bar', 'xb.log', 'ab.log']) assert.equal(pm.matchesOrParentMatches(p), false, p);
});
