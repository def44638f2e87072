// The nearest existing path for "did you mean …?" (CTX101, why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, indexPaths, nearestPath } from '../../src/context/nearest.js';

test('editDistance is Levenshtein, cut off above the bound', () => {
  assert.equal(editDistance('kitten', 'sitting', 5), 3);
  assert.equal(editDistance('', 'abc', 5), 3);
  assert.equal(editDistance('same', 'same', 0), 0);
  assert.equal(editDistance('production.json', 'prod.json', 10), 6);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3); // more than the bound: bound + 1
});

test('nearestPath corrects component by component and says nothing when the path exists or nothing is close', () => {
  const index = indexPaths(['config/prod.json', 'config/staging.json', 'src/app/main.ts', 'README.md']);
  assert.equal(nearestPath(index, 'config/production.json'), 'config/prod.json');
  assert.equal(nearestPath(index, 'cofnig/staging.json'), 'config/staging.json');
  assert.equal(nearestPath(index, 'src/ap/main.ts'), 'src/app/main.ts');
  assert.equal(nearestPath(index, './readme.md'), 'README.md');
  assert.equal(nearestPath(index, 'src/app/main.ts'), null, 'it exists');
  assert.equal(nearestPath(index, 'src/app'), null, 'an implied directory exists too');
  assert.equal(nearestPath(index, 'docs/guide.md'), null);
  assert.equal(nearestPath(index, 'config/*.json'), null, 'wildcards name a set');
  // A short name differs by one at most: `dist` is no typo of `test` (ds-wizard's engine-backend).
  const short = indexPaths(['test/a.py', 'lib/x']);
  assert.equal(nearestPath(short, 'dist'), null);
  assert.equal(nearestPath(short, 'tests'), 'test');
  assert.equal(nearestPath(short, 'lbi'), null);
  assert.equal(nearestPath(short, 'lip/x'), 'lib/x');
});

// alexbelgium/hassio-addons: `COPY bashio-standalone.sh` beside README_standalone.md got "did you mean
// README_standalone.md?" (half the characters match; sweep 46/E). Another kind of file is no typo.
test('nearestPath: a name with another extension is no match, unless the extension is one edit away', () => {
  const index = indexPaths(['README_standalone.md', 'config.yaml', 'app.jsx', 'Makefile', '.env.sample']);
  assert.equal(nearestPath(index, 'bashio-standalone.sh'), null);
  assert.equal(nearestPath(index, 'config.yml'), 'config.yaml');
  assert.equal(nearestPath(index, 'app.js'), 'app.jsx');
  assert.equal(nearestPath(index, 'makefile'), 'Makefile');
  assert.equal(nearestPath(index, 'README_standalon.md'), 'README_standalone.md');
  // A number or a word after the last dot is no file kind (the review of 0f81bcc).
  const versions = indexPaths(['tool-2.9', 'python3.9', '.env.prod']);
  assert.equal(nearestPath(versions, 'tool-2.10'), 'tool-2.9');
  assert.equal(nearestPath(versions, 'python3.11'), 'python3.9');
  assert.equal(nearestPath(versions, '.env.production'), '.env.prod');
});
