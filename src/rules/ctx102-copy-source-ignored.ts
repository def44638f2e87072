import { crossCheckRule } from './from-cross-check.js';

export const copySourceIgnored = crossCheckRule('CTX102', {
  summary: 'A COPY/ADD/bind source exists on disk but the ignore file excludes it: the build will fail.',
  why: 'The file is on your disk, so the mistake is invisible locally until the builder reports it missing. The message names the ignore-file line that excluded it (BuildKit\'s CopyIgnoredFile check only warns, and only in some versions). A source that is a symlink in the context (or lies below one) is followed, as both builders follow it: when its target is excluded the link is sent without it and the build fails the same way (checked against a real daemon, legacy and BuildKit); the message names the target. A dangling link is CTX101.',
  fix: 'Add an exception (`!path`) after the excluding line, or narrow the excluding pattern.',
  bad: '# .dockerignore\n*.md\n# Dockerfile\nCOPY README.md /app/',
  good: '# .dockerignore\n*.md\n!README.md\n# Dockerfile\nCOPY README.md /app/',
});
