// A Dockerfile built FROM an image whose ONBUILD instructions copy from the context (suggest.ts for
// its own Dockerfile, siblings.ts for the other builds of the same context).
import type { ParsedDockerfile } from '../dockerfile/parse.js';
import { stageIndexOf } from '../dockerfile/sources.js';

/**
 * Why the build may copy what no line of this Dockerfile names: a needed stage is built FROM an
 * ONBUILD image. Its name says so: jupyterhub's examples are `FROM jupyter/jupyterhub-onbuild`,
 * whose `ONBUILD ADD jupyterhub_config.py ...` runs in this build; docker-spark's examples are `FROM
 * bde2020/spark-maven-template`, whose `ONBUILD COPY . /usr/src/app` and `mvn package` build the jar.
 * Or a builder image used as it is: Stackable's operators have `FROM .../ubi10-rust-builder AS
 * builder` with no instruction of its own and take the binaries from it (`COPY --from=builder`), its
 * `ONBUILD COPY . /src` and `cargo build` doing the work (suggest proposed excluding rust/ and .git).
 * Null otherwise.
 */
export interface OnbuildBase {
  /** The stage's base image as written, and its FROM line. */
  base: string;
  line: number;
  /** `onbuild`: an ONBUILD image by its name or tag; `builder`: a builder image by its name, whose ONBUILD is a guess. */
  kind: 'onbuild' | 'builder';
}

export function onbuildBase(parsed: ParsedDockerfile, needed: readonly number[]): OnbuildBase | null {
  for (const si of needed) {
    const st = parsed.stages[si];
    if (st === undefined || stageIndexOf(parsed.stages, st.base, si) >= 0) continue;
    const image = st.base.replace(/[@:][^/]*$/, '');
    // (RUN lines alone copy nothing in: ledermann/docker-rails' `FROM .../rails-base-builder` stage only runs
    // `rm .browserslistrc babel.config.js package.json ...`, files its base's `ONBUILD COPY . /app` brought.)
    const copiesNothing = !st.sources.some((src) => src.fromContext);
    // A builder image whose own program is all a later stage takes (hyperdx's `COPY --from=ocb-bin
    // /usr/local/bin/ocb`, the OpenTelemetry collector builder: a tool, no ONBUILD; sweep 47/A-W3).
    const names = new Set([String(si), ...(st.name !== null ? [st.name] : [])]);
    const taken = parsed.stages.flatMap((o) => o.sources.filter((src) => src.external === 'from' && src.from !== null && names.has(src.from.toLowerCase())));
    const toolOnly = taken.length > 0 && taken.every((src) => /^\/(?:usr\/(?:local\/)?)?s?bin\/[^/]+$/.test(src.source));
    // (By its tag too: the official images' `ruby:2.2.3-onbuild`, `node:0.12-onbuild`, `python:2-onbuild`,
    // whose `ONBUILD COPY . /usr/src/app` copies the whole context; sweep 52/P-F1.)
    const onbuildTag = /[:-]onbuild(?:$|[-.@])/i.test(st.base.slice(image.length));
    if (!/onbuild|template/i.test(image) && !onbuildTag && !(copiesNothing && /builder/i.test(image) && !toolOnly)) continue;
    return { base: st.base, line: st.line, kind: /onbuild|template/i.test(image) || onbuildTag ? 'onbuild' : 'builder' };
  }
  return null;
}

/** Why this Dockerfile not naming a path says nothing: suggest's reason for its own Dockerfile. */
export function onbuildReason(b: OnbuildBase): string {
  return b.kind === 'onbuild'
    ? `FROM ${b.base} (line ${b.line}) is an ONBUILD image: its own ONBUILD ADD/COPY instructions copy from this context what no line here names`
    : `FROM ${b.base} (line ${b.line}) is, by its name, a builder image, and its stage copies nothing of this context into it: if its own ONBUILD instructions do the work, they copy from this context what no line here names (check the image's Dockerfile)`;
}
