// evaluateAppend (suggest's shortcut for appended exclusions, issue 18 target 3) against the full
// evaluation it replaces: on seeded random trees, ignore files (with exceptions and R27 prunes) and
// Dockerfiles, every figure, set, source status and named-source need must be identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { evaluate, evaluateAppend, type Evaluation, type EvaluationSetup } from '../../src/suggest/evaluate.js';
import { mulberry32 } from '../helpers/prng.js';
import { buildTree } from '../helpers/trees.js';

const WORDS = ['a', 'b', 'src', 'build', 'node_modules', 'keep', 'x.log', 'c.txt'];
const BASE_LINES = ['b', '**/build', '*.log', '!**/keep', '!b/keep', 'node_modules', '!a/node_modules', 'src/b', '**/c.txt', '!src/**/c.txt', 'a/*'];
const APPENDED = ['node_modules', '**/node_modules', 'a', 'a/b', 'src', '**/keep', 'b/keep', '*/c.txt', 'build', '**/x.log', 'src/a', 'Dockerfile', '.dockerignore', '**/src', '[', '*'];
const DOCKERFILES = [
  'FROM alpine\nCOPY . /app\n',
  'FROM alpine\nCOPY src /s\nCOPY a/c.txt /c\n',
  'FROM alpine AS b\nRUN --mount=type=bind,source=b,target=/b true\nFROM alpine\nCOPY src/*.txt /t/\nCOPY --from=b /x /x\n',
  'FROM alpine\nCOPY a /a\nCOPY build /b\n',
];

function summary(ev: Evaluation) {
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  return {
    error: ev.error,
    figures: ev.figures,
    legacySent: sorted(ev.legacySent),
    buildkitSent: sorted(ev.buildkitSent),
    requested: sorted(ev.requested),
    legacyEntries: ev.legacyEntries.map((e) => e.path),
    buildkitEntries: ev.buildkitEntries.map((e) => e.path),
    sources: [...ev.sources].map(([k, v]) => `${k} ${v.status}`).sort(),
    needs: ev.needs && { legacy: sorted(ev.needs.legacy.paths.keys()), buildkit: sorted(ev.needs.buildkit.paths.keys()), whole: [ev.needs.legacy.wholeContext, ev.needs.buildkit.wholeContext] },
  };
}

test('evaluateAppend equals a full evaluation on random trees, ignore files and appended exclusions', () => {
  const seed = Number(process.env.CTX_AUDIT_SEED ?? 20261204);
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  let shortcut = 0;
  let compared = 0;
  for (let round = 0; round < 40; round++) {
    const files = new Set<string>();
    for (let i = 0; i < 25; i++) files.add(Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(WORDS)).join('/'));
    // A name cannot be both a file and a directory: keep the deepest paths only.
    const list = [...files].filter((f) => ![...files].some((g) => g.startsWith(f + '/')));
    const base = Array.from({ length: Math.floor(rnd() * 5) }, () => pick(BASE_LINES));
    const dockerfile = pick(DOCKERFILES);
    // Half the rounds edit BuildKit's own `Dockerfile.dockerignore` while the legacy builder keeps reading `.dockerignore` (B3).
    const specific = round % 2 === 1;
    const ignoreText = base.join('\n') + '\n';
    const tree = buildTree({
      files: [...list.filter((f) => f !== 'Dockerfile'), 'Dockerfile', ...(specific ? ['Dockerfile.dockerignore'] : [])],
      fileContents: { Dockerfile: dockerfile, ...(specific ? { 'Dockerfile.dockerignore': ignoreText } : {}) },
      dockerignore: specific ? 'b\n!b/keep\n' : ignoreText,
    });
    try {
      const setup: EvaluationSetup = {
        root: tree.ctx,
        relDockerfile: 'Dockerfile',
        parsed: parseDockerfile(dockerfile),
        dockerfileName: 'Dockerfile',
        edits: specific ? 'buildkit-only' : 'both',
        fixedLegacyIgnore: specific ? fs.readFileSync(path.join(tree.ctx, '.dockerignore')) : null,
        editedRel: specific ? 'Dockerfile.dockerignore' : '.dockerignore',
      };
      const original = fs.readFileSync(path.join(tree.ctx, specific ? 'Dockerfile.dockerignore' : '.dockerignore'));
      let content = original;
      let current = evaluate(setup, content);
      for (let step = 0; step < 3; step++) {
        const added = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(APPENDED));
        const next = Buffer.concat([content, Buffer.from('# added\n' + added.join('\n') + '\n')]);
        const fast = evaluateAppend(setup, current, next);
        const full = evaluate(setup, next);
        compared++;
        if (fast !== null) {
          shortcut++;
          const a = summary(fast);
          const b = summary(full);
          const diffs = Object.keys(b).filter((k) => JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k])).map((k) => {
            const x = (a as Record<string, unknown>)[k];
            const y = (b as Record<string, unknown>)[k];
            if (Array.isArray(x) && Array.isArray(y)) return `${k}: only fast ${JSON.stringify(x.filter((v) => !y.includes(v)))}, only full ${JSON.stringify(y.filter((v) => !x.includes(v)))}`;
            return `${k}: fast ${JSON.stringify(x)} full ${JSON.stringify(y)}`;
          });
          assert.deepEqual(diffs, [], `seed ${seed} round ${round} step ${step}: base ${JSON.stringify(base)} + ${JSON.stringify(added)}, ${JSON.stringify(dockerfile)}, files ${JSON.stringify(list)}`);
        }
        if (full.error !== null) break;
        content = next;
        current = full;
      }
    } finally {
      tree.cleanup();
    }
  }
  // The shortcut must actually be taken most of the time, or this test proves little.
  if (process.env.CTX_AUDIT_SEED) console.log(`shortcut ${shortcut}/${compared}`);
  assert.ok(shortcut >= compared / 2, `shortcut taken ${shortcut} of ${compared} times`);
});
