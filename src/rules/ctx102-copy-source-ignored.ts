import { crossCheckRule } from './from-cross-check.js';

export const copySourceIgnored = crossCheckRule('CTX102', {
  summary: 'A COPY/ADD/bind source exists on disk but the ignore file excludes it: the build will fail.',
  why: 'The file is on your disk, so the mistake is invisible locally until the builder reports it missing. The message names the ignore-file line that excluded it (BuildKit\'s CopyIgnoredFile check only warns, and only in some versions).',
  fix: 'Add an exception (`!path`) after the excluding line, or narrow the excluding pattern.',
  bad: '# .dockerignore\n*.md\n# Dockerfile\nCOPY README.md /app/',
  good: '# .dockerignore\n*.md\n!README.md\n# Dockerfile\nCOPY README.md /app/',
});
