// Whether a build that takes the whole context needs what `suggest` would exclude: a dependency or
// build directory it does not make again (src/dockerfile/remakes.ts), a git-ignored source file it
// compiles, a path a RUN names. Excluding any of them breaks the image, and no check of named
// sources can see it.
import { parseDockerfile } from '../dockerfile/parse.js';
import { notRemadeBy } from '../dockerfile/remakes.js';
import { runNaming } from '../dockerfile/run-names.js';
import type { DockerfileText } from '../dockerfile/reads-git.js';

/**
 * Why excluding the directory named `name` may break a build that takes the whole context, or
 * null: a Dockerfile in `readers` has no RUN that makes it again.
 */
export function notRemade(name: string, readers: readonly DockerfileText[]): string | null {
  for (const d of readers) {
    const does = notRemadeBy(name, d.text);
    if (does !== null) return `${d.label} copies the whole context and no RUN ${does}: the build or the image may use the ${name} it is sent; exclude it yourself if it does not`;
  }
  return null;
}

/**
 * A RUN that compiles, installs or packages the copied tree: then a git-ignored source file in it may
 * be one the build reads (mlrun: `pip install .[complete]` reads mlrun/utils/version/version.json,
 * which `make update-version-file` writes; `go build` compiles proto/build, protoc's output).
 */
const BUILDS_TREE =
  /(?<![\w./-])(?:go\s+(?:build|install|generate|test|run)|pip3?\s+install\s+(?:-\S+\s+)*(?:-e\s+)?\.(?=[[\s/]|$)|python[\d.]*\s+(?:setup\.py|-m\s+(?:pip\s+install|build))|uv\s+(?:pip\s+install|sync|build)|poetry\s+(?:install|build)|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:build|compile|install|ci)|tsc|cargo\s+(?:build|install)|(?:\.\/)?(?:mvnw?|gradlew?)|g?make|dotnet\s+(?:build|publish)|javac|gcc|g\+\+|cmake)(?![\w.-])/;
/** Files a compiler or an interpreter reads as source or as data next to source. */
export const SOURCE_FILE = /\.(?:go|py|pyi|js|mjs|cjs|jsx|ts|tsx|rs|java|kt|scala|c|cc|cpp|cxx|h|hpp|cs|rb|php|swift|proto|json|ya?ml|toml)$/i;

/**
 * Why excluding a git-ignored source file (`source`: the path, or a source file under the directory
 * to exclude) may break a build that takes the whole context, or null: no reader RUNs a build of the tree.
 */
export function generatedSource(source: string, readers: readonly DockerfileText[]): string | null {
  for (const d of readers) {
    const run = parseDockerfile(d.text)
      .stages.flatMap((st) => st.runs ?? [])
      .find((r) => BUILDS_TREE.test(r.text));
    if (run !== undefined) {
      return `git ignores it, but ${d.label} copies the whole context and builds it (RUN at line ${run.line}): ${source} is source the build may compile or load (a generated file: protoc output, a version file); exclude it yourself if the build does not need it`;
    }
  }
  return null;
}

/** A whole-context reader's RUNs, parsed once (`label` names the Dockerfile in reasons). */
export interface ReaderRuns {
  label: string;
  runs: { line: number; text: string; workdir?: string }[];
}

/**
 * Why excluding a git-ignored path may break a build that takes the whole context, or null: a RUN of
 * a reader names it (src/dockerfile/run-names.ts).
 */
export function namedByRun(target: string, isFile: boolean, readers: readonly ReaderRuns[]): string | null {
  for (const d of readers) {
    const run = runNaming(d.runs, target, isFile);
    if (run !== undefined) return `git ignores it, but ${d.label} takes the whole context and its RUN at line ${run.line} names ${target}: a file a step before the build makes for it; exclude it yourself if the build does not need it`;
  }
  return null;
}

/** A RUN that builds a JavaScript front end: Vite, Next.js, Nuxt, Create React App and Vue CLI load the project's `.env` files then. */
const JS_BUILD = /(?<![\w./-])(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?:build|generate)|npx\s+(?:vite|next|nuxt|nuxi)\s+(?:build|generate)|vite\s+build|next\s+build|nuxt\s+(?:build|generate)|nuxi\s+(?:build|generate)|react-scripts\s+build|vue-cli-service\s+build)(?![\w.-])/;
/** `.env`, `.env.production`, `.env.local`: the names those builds load. */
const DOTENV = /^\.env(?:\.[\w.-]+)?$/;

/** A package.json dependency on a tool whose build loads `.env` files: Vite, Next.js, Nuxt, CRA, Vue CLI, Astro, SvelteKit, Parcel, Gatsby, Remix, dotenv-webpack. */
export const LOADS_DOTENV = /"(?:vite|next|nuxt|react-scripts|@vue\/cli-service|astro|@sveltejs\/kit|parcel|gatsby|@remix-run\/dev|dotenv-webpack)"\s*:/;

/**
 * Why excluding a git-ignored dotenv file may change what a build that takes the whole context
 * makes, or null: a reader RUNs a front-end build, which loads it and puts its values into the
 * bundle (bcgov/sbc-auth: `cp .env.example .env`, then `COPY . .` and `RUN npm run build`, vite).
 * `frontEnd`: whether the context's package.json files depend on such a tool (LOADS_DOTENV); a
 * `tsc` backend's `npm run build` loads no .env.
 */
export function dotenvLoadedByBuild(path: string, readers: readonly ReaderRuns[], frontEnd: () => boolean): string | null {
  if (!DOTENV.test(path.slice(path.lastIndexOf('/') + 1)) || !frontEnd()) return null;
  for (const d of readers) {
    const run = d.runs.find((r) => JS_BUILD.test(r.text));
    if (run !== undefined) {
      return `git ignores it, but ${d.label} takes the whole context and runs a front-end build (RUN at line ${run.line}): Vite, Next.js and Create React App load ${path} and put its values into what they build; exclude it yourself if the build does not need it`;
    }
  }
  return null;
}
