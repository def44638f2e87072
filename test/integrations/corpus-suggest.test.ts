// `suggest --write` on every corpus context keeps every file a named COPY/ADD/bind source brings in,
// checked against docker's legacy upload and BuildKit's request list before and after (issue 14,
// "Done when"). The corpus is the real-world one of test/integrations/corpus.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { corpusRepos, materialize, readRepo } from '../helpers/corpus.js';
import { assertSuggestKeepsNamedFiles } from '../helpers/suggest-keeps.js';

for (const name of corpusRepos()) {
  test(`corpus ${name}: suggest --write keeps every file a named source needs, under both builders`, async () => {
    const repo = readRepo(name);
    for (const c of repo.contexts) {
      // A fresh tree per context: --write changes the ignore file.
      const m = materialize(name, repo);
      try {
        const ctx = path.join(m.root, c.context);
        const file = path.relative(ctx, path.join(m.root, c.file ?? path.join(c.context, 'Dockerfile')));
        assert.ok(!file.startsWith('..'), `${c.name}: the Dockerfile is inside the context`);
        await assertSuggestKeepsNamedFiles(ctx, { file, target: c.target, buildArgs: c.buildArgs });
      } finally {
        m.cleanup();
      }
    }
  });
}
