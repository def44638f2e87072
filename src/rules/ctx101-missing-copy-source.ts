import { crossCheckRule } from './from-cross-check.js';

export const missingCopySource = crossCheckRule('CTX101', {
  summary: 'A COPY/ADD/bind-mount source from the main context matches nothing on disk: the build will fail.',
  why: 'The builder fails with "failed to compute cache key: ... not found" only after pulling base images and running earlier steps. Catching it before the build saves the whole round trip.',
  fix: 'Correct the path (sources are relative to the context root, not to the Dockerfile), create the file, or remove the instruction.',
  bad: '# context: src/, package.json\nCOPY package-lock.json ./',
  good: '# context: src/, package.json, package-lock.json\nCOPY package-lock.json ./',
});
