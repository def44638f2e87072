import { formatCount, formatSize } from '../units.js';
import { defineRule } from './rule.js';

export interface MissingDockerignoreData {
  files: number;
  /** Content bytes of those files: what nothing keeps out (the upload itself depends on the builder). */
  bytes: number;
}

export const missingDockerignore = defineRule<MissingDockerignoreData>({
  id: 'CTX301',
  name: 'missing-dockerignore',
  severity: 'warning',
  docs: {
    summary: 'The context has no .dockerignore at all.',
    why: 'Without a .dockerignore, docker sends the whole directory: .git, dependencies, build output, local .env files. Even when today\'s tree is small, nothing stops tomorrow\'s from leaking.',
    fix: 'Add a .dockerignore next to the Dockerfile\'s context root. An allowlist (`*` then `!src`, `!package.json`, ...) is the safest form.',
    bad: '$ ls -a\n.git  .env  Dockerfile  node_modules  src',
    good: '# .dockerignore\n*\n!src\n!package.json\n!package-lock.json',
  },
  check(ctx) {
    if (ctx.ignore.path !== null) return [];
    let files = 0;
    let bytes = 0;
    for (const e of ctx.entries) {
      if (e.kind !== 'file') continue;
      files++;
      bytes += e.contentBytes;
    }
    return [{ file: '.dockerignore', data: { files, bytes } }];
  },
  message: (d) => `no .dockerignore: nothing keeps any of the ${formatCount(d.files)} files (${formatSize(d.bytes)}) out of the context`,
});
