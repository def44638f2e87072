// The BuildKit view taken from the legacy walk (src/buildkit/eligible.ts sameAsLegacy) must be exactly
// the walk BuildKit's own rules make: random trees and random ignore files (with and without `!`
// lines, build-file patterns, hard links, FIFOs, sockets, symlinks), each view made both ways and
// compared. With `!` lines the legacy walk's clean subtrees are copied into the BuildKit view
// (walk.ts copyFrom); without, the whole legacy walk stands in for it (sameAsLegacy).
import { test } from 'node:test';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { analyzeLegacyContext } from '../../src/context/legacy-context.js';
import { analyzeBuildkitEligible } from '../../src/buildkit/eligible.js';
import { recordingTree, type SubtreeTotals } from '../../src/context/walk.js';
import { buildTree } from '../helpers/trees.js';
import { mulberry32 as rng } from '../helpers/prng.js';

const NAMES = ['a', 'b', 'src', 'node_modules', 'tmp', 'x.log', 'README.md', 'cache', 'dist', 'keep.txt', 'Dockerfile', '.git', 'data.json', 'build1'];
const PATTERNS = ['*.log', 'node_modules', '**/tmp', 'a/b', '.git', '**/*.md', 'd*', 'cache/', '**/cache', 'src/*.json', '[ab]', 'Dockerfile', '.dockerignore', '*', '!keep.txt', '!**/*.json', '!src', 'build*', '/a', 'a/**/x.log', 'src/Dockerfile', 'a/b/Dockerfile', '!a'];

test('the BuildKit view from the legacy walk equals the one BuildKit\'s rules walk (random trees and ignore files)', async () => {
  let fast = 0;
  let copied = 0;
  let copiedBesideBuildFiles = 0;
  for (let seed = 1; seed <= 100; seed++) {
    const r = rng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    // The Dockerfile in a subdirectory too (-f): the legacy walk then keeps it with an exception of its own (R22).
    const dockerfile = r() < 0.4 ? pick(['src/Dockerfile', 'a/b/Dockerfile', 'cache/Dockerfile']) : 'Dockerfile';
    const file = dockerfile === 'Dockerfile' ? undefined : dockerfile;
    const files = new Set<string>([dockerfile]);
    for (let i = 0; i < 25; i++) {
      const depth = 1 + Math.floor(r() * 3);
      files.add(Array.from({ length: depth }, () => pick(NAMES)).join('/') + (r() < 0.3 ? '.txt' : ''));
    }
    // A path may not be both a file and a directory: keep the first of each.
    const list = [...files].sort().filter((f, _, all) => !all.some((g) => g.startsWith(f + '/')));
    const noBang = r() < 0.6;
    const patterns = Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(PATTERNS)).filter((p) => !noBang || !p.startsWith('!'));
    const hardlinks = r() < 0.2 && list.length > 1 ? { 'hl.txt': list[list.length - 1] } : undefined;
    const symlinks = r() < 0.3 ? { 'link': 'src' } : undefined;
    const tree = buildTree({ files: list, fileContents: { [dockerfile]: 'FROM scratch\nCOPY . /\n' }, dockerignore: patterns.join('\n') + '\n', ...(hardlinks ? { hardlinks } : {}), ...(symlinks ? { symlinks } : {}) });
    // A socket is a notice, never an entry (R31): a subtree holding one is walked, not copied.
    const server = r() < 0.3 ? createServer() : null;
    try {
      if (r() < 0.2) execFileSync('mkfifo', [tree.ctx + '/pipe']);
      if (server) {
        const dirs = list.filter((f) => f.includes('/')).map((f) => f.slice(0, f.lastIndexOf('/')));
        const at = tree.ctx + '/' + (dirs.length > 0 ? pick(dirs) + '/' : '') + 'sock';
        await new Promise<void>((resolve, reject) => server.once('error', reject).listen(at, resolve));
      }
      for (const measureExcluded of [false, true]) {
        const rec = recordingTree();
        const measured = new Map<string, SubtreeTotals>();
        const legacy = analyzeLegacyContext({ context: tree.ctx, file, cwd: tree.ctx, source: () => rec, measured, measureExcluded });
        const slow = analyzeBuildkitEligible(legacy.resolved, file, tree.ctx, undefined, rec.replay(), legacy.walk.entries, measured, measureExcluded);
        const appended = legacy.tarMatcher.patterns.slice(legacy.validationMatcher.patterns.length).map((p) => p.text);
        const quick = analyzeBuildkitEligible(legacy.resolved, file, tree.ctx, undefined, rec.replay(), legacy.walk.entries, measured, measureExcluded, { walk: legacy.walk, patternsAlone: legacy.tarMatcher === legacy.validationMatcher, measureExcluded, appended });
        assert.deepEqual(JSON.parse(JSON.stringify(quick.walk)), JSON.parse(JSON.stringify(slow.walk)), `seed ${seed}, -f ${dockerfile}, patterns ${JSON.stringify(patterns)}, measureExcluded ${measureExcluded}`);
        // Not the same objects: a later change to one view must not show in the other.
        if (quick.walk.excluded.length > 0) assert.notEqual(quick.walk.excluded[0], legacy.walk.excluded[0]);
        if (!quick.matcher.hasExclusions && legacy.tarMatcher === legacy.validationMatcher && !legacy.walk.entries.some((e) => e.kind === 'hardlink')) fast++;
        if (quick.matcher.hasExclusions && (legacy.walk.cleanSubtrees?.size ?? 0) > 0) {
          copied++;
          if (legacy.tarMatcher !== legacy.validationMatcher) copiedBesideBuildFiles++;
        }
      }
    } finally {
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      tree.cleanup();
    }
  }
  // Each shortcut was taken often enough for the comparison to mean something.
  assert.ok(fast >= 20, `the legacy walk stood in for BuildKit's ${fast} times`);
  assert.ok(copied >= 10, `clean subtrees were there to copy ${copied} times`);
  assert.ok(copiedBesideBuildFiles >= 5, `clean subtrees beside the build files the legacy walk keeps ${copiedBesideBuildFiles} times`);
});

// The build files the legacy walk keeps (R22) lie in a subtree it may call clean: that subtree is walked
// again, not copied (BuildKit excludes the Dockerfile the ignore file names); a Dockerfile whose name
// is a pattern of its own (`Docker[f]ile`) allows no copy at all.
test('the BuildKit view keeps out the build files the legacy walk keeps, in a subtree it would copy', () => {
  for (const [dockerfile, ignore] of [
    ['src/Dockerfile', 'src/Dockerfile\n!keep.txt\n'],
    ['src/lib/Dockerfile', 'src/lib/Dockerfile\n*.log\n!keep.txt\n'],
    ['src/Docker[f]ile', 'src/Docker*\n!keep.txt\n'],
    // Its exception `!d[ab]/Dockerfile` keeps da/Dockerfile in the legacy walk too, in a subtree of another name.
    ['d[ab]/Dockerfile', '**/Dockerfile\n!keep.txt\n'],
  ]) {
    const tree = buildTree({ files: [dockerfile, 'src/Dockerfile.dev', 'src/lib/Dockerfile', 'src/lib/a.ts', 'src/a.ts', 'keep.txt', 'x.log', 'da/Dockerfile', 'da/a.ts'].filter((f, i, all) => all.indexOf(f) === i), fileContents: { [dockerfile]: 'FROM scratch\nCOPY . /\n' }, dockerignore: ignore });
    try {
      const rec = recordingTree();
      const measured = new Map<string, SubtreeTotals>();
      const legacy = analyzeLegacyContext({ context: tree.ctx, file: dockerfile, cwd: tree.ctx, source: () => rec, measured, measureExcluded: true });
      assert.notEqual(legacy.tarMatcher, legacy.validationMatcher, dockerfile);
      assert.ok((legacy.walk.cleanSubtrees?.size ?? 0) > 0, dockerfile);
      const slow = analyzeBuildkitEligible(legacy.resolved, dockerfile, tree.ctx, undefined, rec.replay(), legacy.walk.entries, measured, true);
      const appended = legacy.tarMatcher.patterns.slice(legacy.validationMatcher.patterns.length).map((p) => p.text);
      const quick = analyzeBuildkitEligible(legacy.resolved, dockerfile, tree.ctx, undefined, rec.replay(), legacy.walk.entries, measured, true, { walk: legacy.walk, patternsAlone: false, measureExcluded: true, appended });
      assert.deepEqual(JSON.parse(JSON.stringify(quick.walk)), JSON.parse(JSON.stringify(slow.walk)), dockerfile);
      assert.ok(!quick.walk.entries.some((e) => e.path === dockerfile), `${dockerfile} is kept out under BuildKit`);
    } finally {
      tree.cleanup();
    }
  }
});
