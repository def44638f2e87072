// d3-hierarchy's UMD build (it defines `d3.hierarchy`, `d3.treemap`) for the HTML report. Run from
// the sources (tests), it is read from node_modules; scripts/bundle.mjs replaces this module with
// the file's text, so the published bundle reads nothing at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export function d3HierarchyUmd(): string {
  // The package exports its ES build; the UMD build sits beside it in dist/.
  const file = path.join(path.dirname(createRequire(import.meta.url).resolve('d3-hierarchy')), 'd3-hierarchy.min.js');
  return readFileSync(file, 'utf8');
}
