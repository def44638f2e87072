// Issue 19: no import cycles in src/ (type-only imports and dynamic import() count), and the CLI
// layer reaches the engine only through its entry points: nothing under src/cli/ imports from
// context/, dockerfile/ or buildkit/, directly or through a re-export. The engine returns data:
// text and markup are rendered in reporters/, which the engine never imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCycles, layerViolations, readImportGraph } from '../helpers/import-graph.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const ENGINE_INTERNALS = ['context/', 'dockerfile/', 'buildkit/'];

const show = (chains: string[][]) => chains.map((c) => '  ' + c.join(' -> ')).join('\n');

test('src/ has no import cycles', () => {
  const cycles = findCycles(readImportGraph(SRC));
  assert.equal(cycles.length, 0, `import cycles:\n${show(cycles)}`);
});

test('src/cli/ imports nothing from context/, dockerfile/ or buildkit/, directly or through a re-export', () => {
  const hits = layerViolations(readImportGraph(SRC), 'cli/', ENGINE_INTERNALS);
  assert.equal(hits.length, 0, `src/cli/ reaches engine internals:\n${show(hits)}`);
});

test('the engine returns data: nothing outside reporters/ and cli/ imports a reporter, and only cli/ imports cli/', () => {
  const graph = readImportGraph(SRC);
  const hits = [
    ...layerViolations(graph, (f) => !f.startsWith('reporters/') && !f.startsWith('cli/'), ['reporters/', 'cli/']),
    ...layerViolations(graph, 'reporters/', ['cli/']),
  ];
  assert.equal(hits.length, 0, `the engine reaches the presentation layer:\n${show(hits)}`);
});

/** A tree of files written as code, in a temp dir removed afterwards. */
function withTree(files: Record<string, string>, fn: (root: string) => void): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-imports-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    fn(root);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('the checker: a cycle through a type-only import, a dynamic import() or an export-from is found', () => {
  withTree(
    {
      'a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
      'b.ts': "export type B = number;\nexport async function load() { return import('./c.js'); }\n",
      'c.ts': "export { A } from './a.js';\n",
      'd.ts': "import { B } from './b.js';\nexport const d: B = 1;\n",
    },
    (root) => assert.deepEqual(findCycles(readImportGraph(root)), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]),
  );
  withTree({ 'a.ts': "import './b.js';\n", 'b.ts': 'export const b = 1;\n' }, (root) => assert.deepEqual(findCycles(readImportGraph(root)), []));
});

test('the checker: a CLI import of an internal is found directly and through re-exports, and only then', () => {
  withTree(
    {
      'context/walk.ts': 'export function walk() {}\nexport const size = 1;\n',
      'engine.ts': "import { size } from './context/walk.js';\nexport { walk } from './context/walk.js';\nexport { size };\nexport function run() {}\n",
      'barrel.ts': "export * from './engine.js';\n",
      'cli/direct.ts': "import type { walk } from '../context/walk.js';\n",
      'cli/named.ts': "import { walk } from '../barrel.js';\n",
      'cli/local.ts': "import { size } from '../engine.js';\n",
      'cli/lazy.ts': "export const f = () => import('../engine.js');\n",
      'cli/clean.ts': "import { run } from '../barrel.js';\n",
    },
    (root) =>
      assert.deepEqual(layerViolations(readImportGraph(root), 'cli/', ENGINE_INTERNALS), [
        ['cli/direct.ts', 'context/walk.ts'],
        ['cli/lazy.ts', 'engine.ts', 'context/walk.ts'],
        ['cli/local.ts', 'engine.ts', 'context/walk.ts'],
        ['cli/named.ts', 'barrel.ts', 'engine.ts', 'context/walk.ts'],
      ]),
  );
});
