import { crossCheckRule } from './from-cross-check.js';

export const copySourceOutsideContext = crossCheckRule('CTX103', {
  summary: 'A COPY/ADD/bind source escapes the context (`../x`).',
  why: 'Builders never read outside the context: BuildKit joins the path under the context root, so `../shared/x` silently means `shared/x` there (or nothing), and the legacy builder fails. Either way the file you meant is not what gets copied.',
  fix: 'Move the context up (`docker build -f app/Dockerfile .`) or use a named context (`--build-context shared=../shared` with `COPY --from=shared`).',
  bad: 'COPY ../shared/config.yml /etc/app/',
  good: '# docker build --build-context shared=../shared .\nCOPY --from=shared config.yml /etc/app/',
});
