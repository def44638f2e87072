// Property tests for the .dockerignore matcher on hostile input: random patterns x random paths
// (byte strings, any byte). Three properties:
//  1. nothing but PatternError escapes, and only with Docker's two messages;
//  2. Pattern.match runs in linear time, counted in engine steps (goRegexpStats), not wall time;
//  3. on a few sampled pattern sets per run, `ctx-audit ls -0` agrees with the docker CLI oracle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { compileGoRegexp, goRegexpStats, literalSuffix } from '../../src/context/go-regexp.js';
import { dirPrefix, PatternError, PatternMatcher, translatePattern } from '../../src/context/patterns.js';
import { captureUpload, lastLine, runProcess } from '../helpers/docker-oracle.js';
import { listTarEntries, entryNames } from '../helpers/tar-entries.js';
import { buildTree, makeScratchDir } from '../helpers/trees.js';
import { byteString, fuzzParams, FUZZ_SEED, SOAK, tokenString } from './fuzz-settings.js';

// filepath.ErrBadPattern and patternmatcher.New's bare-"!" error (facts R12-R13).
const DOCKER_PATTERN_ERRORS = new Set(['syntax error in pattern', 'illegal exclusion pattern: "!"']);

const PATTERN_TOKENS = [
  'a', 'b', 'x', '.', '..', '/', '*', '**', '**/', '?', '[', ']', '^', '-', '[a-c]', '[^/]', '[!a]', '[]a]',
  '\\', '\\*', '!', ' ', '\t', '#', '{', '}', '(', '|', '$', '+', '[[:alpha:]]', '\\d', '\\pN', '\\Q', '\\E',
  '\xc3\xa9', '\xff', '\xef\xbb\xbf', '\x00', '\n', '\r', '{2}', '{1,3}', '{0,}', '{1000}', '{1001}', '{02}', '\\p{Greek}', '\\x{61}',
];
const PATH_TOKENS = ['a', 'b', 'x', '.', '..', '/', 'ab', '.x', '\xc3\xa9', '\xff', '*', '[', '\\', ' ', '\n'];

const patternArb = tokenString(PATTERN_TOKENS, 12);
const patternsArb = fc.array(patternArb, { minLength: 1, maxLength: 6 });
const pathArb = fc.oneof(tokenString(PATH_TOKENS, 16), byteString(40));

/** A matcher's answer, or the error it threw as text: two matchers must agree on both. */
function outcome(run: () => boolean): boolean | string {
  try {
    return run();
  } catch (e) {
    return String(e);
  }
}

function expectOnlyDockerErrors(run: () => void): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    assert.ok(DOCKER_PATTERN_ERRORS.has(e.message), `unexpected PatternError message: ${e.message}`);
  }
}

test('matcher: random patterns x random paths throw nothing but PatternError with Docker’s messages', () => {
  fc.assert(
    fc.property(patternsArb, fc.array(pathArb, { minLength: 1, maxLength: 6 }), (patterns, paths) => {
      let m: PatternMatcher;
      try {
        m = PatternMatcher.create(patterns);
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        assert.ok(DOCKER_PATTERN_ERRORS.has(e.message), e.message);
        return;
      }
      for (const p of paths) {
        expectOnlyDockerErrors(() => m.decideOrParent(p));
        expectOnlyDockerErrors(() => m.matchWithParents(p, null, []));
        expectOnlyDockerErrors(() => m.matchesDeprecated(p));
        for (let i = 0; i < m.patterns.length; i++) expectOnlyDockerErrors(() => m.testPattern(i, p));
      }
    }),
    fuzzParams(1500),
  );
});

test('matcher: resuming from a directory’s prefix state (the walk’s shortcut) decides exactly what matching the full path does', () => {
  const nameArb = fc.oneof(tokenString(PATH_TOKENS.filter((t) => t !== '/'), 6), byteString(12).map((s) => s.replace(/\//g, '_')));
  fc.assert(
    fc.property(patternsArb, tokenString(PATH_TOKENS, 16), fc.array(nameArb, { minLength: 1, maxLength: 6 }), (patterns, dir, names) => {
      let m: PatternMatcher;
      try {
        m = PatternMatcher.create(patterns);
      } catch {
        return;
      }
      if (dir === '') return;
      const parent = new Array<boolean>(m.patterns.length).fill(false);
      const prefix = dirPrefix(dir, m.patterns.length);
      for (const name of names.filter((n) => n !== '')) {
        const path = dir + '/' + name;
        const outA: boolean[] = [];
        const outB: boolean[] = [];
        let a: number | string;
        let b: number | string;
        try {
          a = m.matchWithParents(path, parent, outA);
        } catch (e) {
          a = String(e);
        }
        try {
          b = m.matchWithParents(path, parent, outB, prefix);
        } catch (e) {
          b = String(e);
        }
        assert.equal(b, a, `${JSON.stringify(patterns)} on ${JSON.stringify(path)}`);
        if (typeof a === 'number') assert.deepEqual(outB, outA);
      }
    }),
    fuzzParams(1500),
  );
});

test('matcher: a path that does not end with its regexp\'s literalSuffix never matches it (the walk skips the DFA for those)', () => {
  let claims = 0;
  let matchesWithClaim = 0;
  // The pattern tokens, and pieces of classes a reader of the expression could take apart wrongly
  // (`[:` with and without its `:]`: the review found `[[:]|a]b.log` read as a named class).
  const suffixPatternArb = fc.oneof(tokenString([...PATTERN_TOKENS, ':', ':]', '[:', '[[:]', ']|', '|'], 12), tokenString(['[[:]', '[:', ':]', '[', ']', '|', ']|', 'a', 'b', '.log', '*', '\\', '{2}', '('], 8));
  fc.assert(
    fc.property(suffixPatternArb, fc.array(pathArb, { minLength: 1, maxLength: 6 }), fc.array(tokenString(PATH_TOKENS, 4), { minLength: 1, maxLength: 3 }), (pattern, paths, fills) => {
      const t = translatePattern(pattern);
      if (t.regexp === null) return;
      let re;
      try {
        re = compileGoRegexp(t.regexp);
      } catch {
        return; // RE2 rejects it: evaluating the pattern throws before any suffix test
      }
      const suffix = literalSuffix(t.regexp);
      if (suffix !== null) claims++;
      // Paths likely to match: the pattern with its wildcards filled in, as well as random ones.
      const filled = fills.flatMap((f) => {
        const p = pattern.replace(/\*\*|\*|\?/g, f);
        return [p, p.replace(/\\(.)/g, '$1')];
      });
      // And their beginnings: an alternation's branch anchored only at the start matches those (`[[:]|a]b.log`).
      const starts = filled.flatMap((f) => [f.slice(0, 1), f.slice(0, 2), f.slice(0, Math.ceil(f.length / 2))]);
      for (const p of [...paths, ...filled, ...filled.map((f) => paths[0] + f), ...starts, '[', ':', '[x', ':x', 'a', 'ab', 'a/b']) {
        if (!re.test(p)) continue;
        if (suffix === null) continue;
        matchesWithClaim++;
        assert.ok(p.endsWith(suffix), `${JSON.stringify(pattern)} (${runesToText(t.regexp)}) matches ${JSON.stringify(p)}, which does not end with ${JSON.stringify(suffix)}`);
      }
    }),
    fuzzParams(4000),
  );
  // Not vacuous: the generator does reach patterns with a claim and paths that match them.
  assert.ok(claims > 300 && matchesWithClaim > 300, `claims ${claims}, matches under a claim ${matchesWithClaim}`);
});

function runesToText(runes: readonly number[]): string {
  return runes.map((r) => String.fromCodePoint(r)).join('');
}

test('matcher: orParentMatcher (cached per directory) answers exactly what MatchesOrParentMatches does, path by path', () => {
  // Paths share directories (a walk's list), including unclean ones ("a//b", "./a", "a/.."), so the
  // cache is hit, the fallback taken, and errors must surface on the same path as uncached.
  const segArb = fc.oneof(fc.constantFrom('a', 'b', 'x', '.', '..', '', 'ab', '.x', '\xc3\xa9', '\xff', '*', '\n'), byteString(6).map((s) => s.replace(/\//g, '_')));
  const pathsArb = fc.array(fc.array(segArb, { minLength: 1, maxLength: 5 }).map((segs) => segs.join('/')), { minLength: 1, maxLength: 12 });
  fc.assert(
    fc.property(patternsArb, pathsArb, (patterns, paths) => {
      let m: PatternMatcher;
      try {
        m = PatternMatcher.create(patterns);
      } catch {
        return;
      }
      const cached = m.orParentMatcher();
      for (const path of paths) {
        const a = outcome(() => m.matchesOrParentMatches(path));
        const b = outcome(() => cached(path));
        assert.equal(b, a, `${JSON.stringify(patterns)} on ${JSON.stringify(path)}`);
      }
    }),
    fuzzParams(1500),
  );
});

test('matcher: walkedFileMatcher answers what MatchesOrParentMatches does on every file the walk (MatchesUsingParentResults) lets through', () => {
  // Realistic ignore files (directory prunes, exceptions, re-excludes after them, `**`) over a walk's
  // list, with the walk's parent results computed directory by directory as fsutil does; some
  // segments are unclean ("", ".", "..") and some pattern sets random, to take the fallbacks.
  const seg = fc.constantFrom('a', 'b', 'ab', 'x', '*', '**', 'a*', '*b', '?', '[ab]');
  const realistic = fc.array(
    fc.tuple(fc.boolean(), fc.array(seg, { minLength: 1, maxLength: 3 })).map(([neg, segs]) => (neg ? '!' : '') + segs.join('/')),
    { minLength: 1, maxLength: 7 },
  );
  const pathSeg = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('a', 'b', 'ab', 'x', 'xa', 'ba') }, { weight: 1, arbitrary: fc.constantFrom('', '.', '..') });
  const pathsArb = fc.array(fc.array(pathSeg, { minLength: 1, maxLength: 5 }).map((segs) => segs.join('/')), { minLength: 1, maxLength: 30 });
  let checked = 0;
  let refused = 0;
  fc.assert(
    fc.property(fc.oneof({ weight: 4, arbitrary: realistic }, { weight: 1, arbitrary: patternsArb }), pathsArb, (patterns, paths) => {
      let m: PatternMatcher;
      try {
        m = PatternMatcher.create(patterns);
      } catch {
        return;
      }
      // Walk order: sorted, so each directory's files come together as in a real list.
      const sorted = [...new Set(paths)].sort();
      const parents = new Map<string, boolean[]>();
      const parentInfo = (dir: string): boolean[] => {
        let info = parents.get(dir);
        if (info) return info;
        const slash = dir.lastIndexOf('/');
        info = [];
        m.matchWithParents(dir, slash < 0 ? null : parentInfo(dir.slice(0, slash)), info);
        parents.set(dir, info);
        return info;
      };
      const walked: string[] = [];
      for (const path of sorted) {
        const slash = path.lastIndexOf('/');
        let decided: number;
        try {
          decided = m.matchWithParents(path, slash < 0 ? null : parentInfo(path.slice(0, slash)), null);
        } catch {
          return; // the walk itself fails on this pattern set
        }
        if (decided < 0 || m.patterns[decided].exclusion) walked.push(path);
      }
      const fast = m.walkedFileMatcher();
      for (const path of walked) {
        const a = outcome(() => m.matchesOrParentMatches(path));
        const b = outcome(() => fast(path));
        assert.equal(b, a, `${JSON.stringify(patterns)} on ${JSON.stringify(path)} (walked: ${JSON.stringify(walked)})`);
        checked++;
        if (a === true) refused++;
      }
    }),
    fuzzParams(3000),
  );
  // The property must have met files Open refuses, not only files both let through.
  assert.ok(checked > 1000 && refused > 20, `checked ${checked}, refused ${refused}`);
});

test('matcher: mayMatchUnder never rules out a directory holding a path the pattern matches', () => {
  const nameArb = tokenString(PATH_TOKENS.filter((t) => t !== '/'), 6);
  let ruledOut = 0;
  fc.assert(
    fc.property(patternArb, tokenString(PATH_TOKENS, 12), fc.array(nameArb, { minLength: 1, maxLength: 8 }), (pattern, dir, rest) => {
      let m: PatternMatcher;
      try {
        m = PatternMatcher.create([pattern]);
      } catch {
        return;
      }
      if (m.patterns.length === 0 || dir === '') return;
      if (m.mayMatchUnder(0, dir)) return;
      ruledOut++;
      for (let k = 1; k <= rest.length; k++) {
        const path = dir + '/' + rest.slice(0, k).join('/');
        let hit = false;
        try {
          hit = m.testPattern(0, path);
        } catch {
          // a pattern that fails to compile is never ruled out, so it cannot get here
          assert.fail(`ruled out a pattern that throws: ${JSON.stringify(pattern)}`);
        }
        assert.ok(!hit, `${JSON.stringify(pattern)} matches ${JSON.stringify(path)} under a ruled-out ${JSON.stringify(dir)}`);
      }
    }),
    fuzzParams(1500),
  );
  // The property would hold vacuously if nothing were ever ruled out.
  assert.ok(ruledOut > 0, 'no directory was ruled out');
});

// Hand reasoning from go-regexp.ts: without counted repetition the compiled program has at most
// one instruction per rune of the RE2 source plus Match (literals, classes and assertions are one
// instruction each, each quantifier or `|` one Split, parentheses none). `x{n,m}` copies x at most
// m <= 1000 times, and nested counts may not multiply past 1000 (Go's repeatIsValid), so no rune is
// copied more than 1000 times. A match costs one step per input rune plus, at most once per rune
// and once at the end, an epsilon closure that marks each instruction at most once. So
// steps <= n + (n + 1) * size, size <= (|re| + 1) * (1000 if a count occurs else 1).
function stepBound(regexp: readonly number[], pathLength: number): number {
  const copies = /\{\d/.test(String.fromCharCode(...regexp)) ? 1000 : 1;
  return pathLength + (pathLength + 1) * (regexp.length + 1) * copies;
}

test('matcher: Pattern.match is linear in the path (step counter, fresh matcher per measurement)', () => {
  const longPath = fc.oneof(tokenString(PATH_TOKENS, 400), byteString(2000));
  fc.assert(
    fc.property(patternArb, longPath, (pattern, path) => {
      let m: PatternMatcher;
      try {
        m = PatternMatcher.create([pattern]);
      } catch {
        return; // rejected up front: nothing to time
      }
      if (m.patterns.length === 0) return;
      const t = translatePattern(m.patterns[0].text);
      goRegexpStats.steps = 0;
      expectOnlyDockerErrors(() => m.testPattern(0, path));
      const re = t.regexp ?? [];
      const bound = stepBound(re, path.length);
      assert.ok(goRegexpStats.steps <= bound, `steps ${goRegexpStats.steps} > bound ${bound} (regexp ${re.length} runes, path ${path.length} bytes)`);
    }),
    fuzzParams(800),
  );
});

test('matcher: the classic backtracking killers stay linear: doubling the name at most doubles the steps', () => {
  const killers = ['*a*a*a*a*a*a*a*a*b', '**/**/**/**/**/x', '[a-z]*[a-z]*[a-z]*[a-z]*!', '?*?*?*?*?*?*?*?*c'];
  for (const k of killers) {
    const cost = (n: number): number => {
      const m = PatternMatcher.create([k]);
      goRegexpStats.steps = 0;
      m.testPattern(0, 'a'.repeat(n));
      return goRegexpStats.steps;
    };
    const [s1, s2] = [cost(8192), cost(16384)];
    // A cold DFA builds its few states once; after that each byte is one step. Allow slack for the states.
    assert.ok(s2 <= 2 * s1 + 1000, `${k}: ${s1} steps for 8 KiB, ${s2} for 16 KiB`);
    assert.ok(s1 <= stepBound(translatePattern(k).regexp ?? [], 8192));
  }
});

// ---- agreement with the docker CLI oracle on a sample of the same patterns ------------------

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliBin = join(repoRoot, 'bin', 'ctx-audit.js');

// Names the patterns can hit (their tokens overlap), including glob metacharacters and invalid UTF-8.
const ORACLE_FILES = ['Dockerfile', 'b', 'ab', '.x', 'a/b', 'a/.x', 'a/x/b', 'ba/a', 'x/a/b/ab', '*', '[', 'a\\b', '\xc3\xa9', 'bb/\xc3\xa9/a', '\xff', 'x/\xff/a'];

test('matcher: sampled hostile pattern sets agree with the docker CLI (ls -0 vs the uploaded tar)', async () => {
  assert.ok(existsSync(join(repoRoot, 'dist', 'ctx-audit.mjs')), 'run `npm run build` first');
  // Newline-free patterns so each sampled entry is one line of the .dockerignore (the sampled bytes
  // can still hold \r, NUL, invalid UTF-8, BOMs, ...).
  const lineArb = patternArb.map((p) => p.replace(/\n/g, ''));
  const sets = fc.sample(fc.array(lineArb, { minLength: 1, maxLength: 5 }), { seed: FUZZ_SEED, numRuns: SOAK ? 60 : 4 });
  const scratch = makeScratchDir();
  try {
    for (const [i, set] of sets.entries()) {
      const ignore = Buffer.from(set.join('\n') + '\n', 'latin1');
      const tree = buildTree({ files: ORACLE_FILES, fileContents: { Dockerfile: 'FROM scratch\n' }, dockerignore: ignore, nameEncoding: 'bytes' });
      try {
        const docker = await captureUpload({ context: tree.ctx });
        const ls = await runProcess(process.execPath, [cliBin, 'ls', tree.ctx, '--builder', 'legacy', '-0'], {
          cwd: tree.ctx,
          env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: scratch.dir, NO_COLOR: '1' },
        });
        const label = `set ${i} (seed ${FUZZ_SEED}): ${JSON.stringify(set)}`;
        assert.ok(!/internal error/.test(ls.stderr), `${label}: ${ls.stderr}`);
        if (docker.exitCode !== 0 || docker.tar === null) {
          const want = lastLine(docker.stderr);
          assert.equal(ls.exitCode, 2, `${label}: docker refused (${want}); ctx-audit exit ${ls.exitCode}`);
          assert.ok(ls.stderr.includes(want.replace(/^ERROR: /, '')), `${label}\n docker: ${want}\n ours:   ${ls.stderr}`);
          continue;
        }
        assert.equal(ls.exitCode, 0, `${label}: ${ls.stderr}`);
        const ours = ls.stdoutBytes.toString('latin1').split('\0').filter((n) => n !== '');
        const theirs = entryNames(await listTarEntries(docker.tar));
        assert.deepEqual(ours, theirs, label);
      } finally {
        tree.cleanup();
      }
    }
  } finally {
    scratch.cleanup();
  }
});
