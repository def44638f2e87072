// `suggest --write` on every context of the real-world corpus (issue 14, Done-when): every file a
// named COPY/ADD/bind source brings in is still in docker's legacy upload and in BuildKit's request
// list afterwards (assertSuggestKeepsNamedFiles). Each context starts from its committed ignore files.
import { test } from 'node:test';
import * as fs from 'node:fs';
import { join, relative } from 'node:path';
import { corpusRepos, materialize, readRepo } from '../helpers/corpus.js';
import { assertSuggestKeepsNamedFiles } from '../helpers/suggest-keeps.js';

for (const name of corpusRepos()) {
  test(`corpus ${name}: suggest --write keeps every file a named source brings in, under both builders`, async () => {
    const repo = readRepo(name);
    const m = materialize(name, repo);
    try {
      for (const c of repo.contexts) {
        const ctx = join(m.root, c.context);
        const dockerfile = join(m.root, c.file ?? join(c.context, 'Dockerfile'));
        // The files suggest may edit, restored after each context (contexts of a repository share a tree).
        const editable = [join(ctx, '.dockerignore'), dockerfile + '.dockerignore'];
        const saved = editable.map((f) => (fs.existsSync(f) ? fs.readFileSync(f) : null));
        try {
          await assertSuggestKeepsNamedFiles(ctx, { file: relative(ctx, dockerfile), target: c.target, buildArgs: c.buildArgs });
        } catch (e) {
          (e as Error).message = `${name}/${c.name}: ${(e as Error).message}`;
          throw e;
        } finally {
          editable.forEach((f, i) => {
            const b = saved[i];
            if (b === null) fs.rmSync(f, { force: true });
            else fs.writeFileSync(f, b);
          });
        }
      }
    } finally {
      m.cleanup();
    }
  });
}
