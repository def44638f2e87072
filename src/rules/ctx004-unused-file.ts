import { crossCheckRule } from './from-cross-check.js';

export const unusedFile = crossCheckRule('CTX004', {
  summary: 'Sent files that no COPY/ADD/bind source references, aggregated per directory with their bytes.',
  why: 'Every sent byte is read from disk, hashed and transferred on each build; files no instruction uses only cost time (and may leak). Not reported when a source such as `COPY . .` covers the whole context.',
  fix: 'Exclude the directory in .dockerignore, or switch to an allowlist (`*` then `!` the paths the Dockerfile copies).',
  bad: '# .dockerignore is empty; the Dockerfile copies only src/\nCOPY src/ /app/src/',
  good: '# .dockerignore\n*\n!src',
});
