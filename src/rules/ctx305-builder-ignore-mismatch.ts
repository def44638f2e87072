import { crossCheckRule } from './from-cross-check.js';

export const builderIgnoreMismatch = crossCheckRule('CTX305', {
  summary: 'A `<Dockerfile>.dockerignore` exists: BuildKit uses it, the legacy builder does not, so they send different sets.',
  why: 'BuildKit replaces .dockerignore with the Dockerfile-specific file (they are not merged); the legacy builder (DOCKER_BUILDKIT=0, some CI systems, older tooling) ignores it and archives it as an ordinary file. The same command then ships different files depending on the builder.',
  fix: 'Keep one ignore file, or keep both identical, or pin the builder your CI uses. Info only when both send the same entries today, or when no stage of the Dockerfile reads the context (only `COPY --from` another stage or image): then only the legacy upload differs, not the image.',
  bad: 'Dockerfile\nDockerfile.dockerignore   # *\\n!src\n.dockerignore             # (absent)',
  good: 'Dockerfile\n.dockerignore             # *\\n!src',
},
// The two files decide alike here (great_expectations' empty Dockerfile.tests.dockerignore and no
// .dockerignore; sweep 48/B-F2): nothing differs yet, so it is no warning that the sets differ.
// Nor when no stage reads the context (sweep 51/N-F8): only the legacy upload differs, no image.
(raw) => (typeof raw.data.sameEntries === 'number' || raw.data.readsNothing === true ? { ...raw, maxSeverity: 'info' } : raw));
