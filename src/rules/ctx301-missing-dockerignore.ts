import { formatCount, formatSize } from '../units.js';
import { defineRule } from './rule.js';

export interface MissingDockerignoreData {
  files: number;
  /** Content bytes of those files: what nothing keeps out (the upload itself depends on the builder). */
  bytes: number;
  /** Under SMALL_FILES files and SMALL_BYTES bytes: reported as info. */
  small: boolean;
}

/**
 * A context this small is reported as info. On the real-world corpus the warning fired on sample apps
 * of 6-41 files and a few kB (awesome-compose's fastapi and django, whoami), where no maintainer adds
 * a .dockerignore; what does matter in such a context is reported anyway, by the rules about what is
 * sent (.git and dependency directories CTX003, secrets CTX201/CTX202, `COPY .` CTX005).
 */
const SMALL_FILES = 100;
const SMALL_BYTES = 1_000_000;

export const missingDockerignore = defineRule<MissingDockerignoreData>({
  id: 'CTX301',
  name: 'missing-dockerignore',
  severity: 'warning',
  docs: {
    summary: 'The context has no .dockerignore at all.',
    why: 'Without a .dockerignore, docker sends the whole directory: .git, dependencies, build output, local .env files. Even when today\'s tree is small, nothing stops tomorrow\'s from leaking. A context under 100 files and 1 MB is reported as info: what matters in it (.git, dependencies, secrets, `COPY .`) is reported by those rules at their own severity.',
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
    const small = files < SMALL_FILES && bytes < SMALL_BYTES;
    return [{ file: '.dockerignore', data: { files, bytes, small }, ...(small ? { maxSeverity: 'info' as const } : {}) }];
  },
  message: (d) => `no .dockerignore: nothing keeps any of the ${formatCount(d.files)} files (${formatSize(d.bytes)}) out of the context`,
});
