// Whether a build that takes the whole context makes again the dependency or build directory
// `suggest` would exclude. A Dockerfile that copies `.` and runs `node index.js` with no install
// step runs with the node_modules it is sent; `COPY . .` then `java -jar target/app.jar` with no
// Maven or Gradle step ships the jar it is sent. Excluding either breaks the image, and no check
// of named sources can see it. Only a Dockerfile that uses the ecosystem counts (a Go build's stray
// web/node_modules is none of its business). Caches (`__pycache__`, `.gradle`, coverage) are never needed.
import { parseDockerfile } from '../dockerfile/parse.js';
import { runNaming } from '../dockerfile/run-names.js';
import type { DockerfileText } from '../dockerfile/reads-git.js';

interface Maker {
  /** What the reason says no RUN does. */
  does: string;
  runs: RegExp;
  /** Whether the Dockerfile uses the ecosystem at all (a base image, a command): a Go build's stray web/node_modules is not its. */
  uses: RegExp;
}

const USES_JS = /\b(?:node|nodejs|npm|npx|yarn|pnpm|bun|deno|next|nuxt|vite)\b/i;

const JS_INSTALL: Maker = {
  does: 'installs packages (npm ci, yarn install, pnpm install, ...)',
  uses: USES_JS,
  runs: /(?<![\w./-])(?:(?:npm|pnpm|bun)\s+(?:-{1,2}[\w-]+(?:=\S+)?\s+)*(?:ci|install|i|add|fetch)(?![\w.-])|yarn(?:\s+(?:-{1,2}[\w-]+(?:=\S+)?\s+)*install(?![\w.-])|\s*(?:$|&&|;|\|)|\s+--[\w-]+)|bower\s+install(?![\w.-]))/m,
};
const MAKERS: Readonly<Record<string, Maker>> = {
  node_modules: JS_INSTALL,
  bower_components: JS_INSTALL,
  '.venv': { does: 'installs Python packages (pip, uv, poetry, ...)', runs: /(?<![\w./-])(?:pip3?|uv|poetry|pipenv|pdm|conda|mamba|micromamba|virtualenv|tox)(?![\w.-])|-m\s+(?:venv|pip)(?![\w.-])/, uses: /\b(?:python[\d.]*|pip3?|uv|poetry|gunicorn|uvicorn|\.venv|venv)\b/i },
  '.terraform': { does: 'runs terraform init', runs: /(?<![\w./-])terraform\s+(?:-\S+\s+)*init(?![\w.-])/, uses: /\bterraform\b/i },
  target: { does: 'builds (Maven, Gradle, cargo, sbt, make, ...)', runs: /(?<![\w./-])(?:\.\/)?(?:mvnw?|gradlew?|cargo|sbt|lein|ant|g?make|mage|just|task)(?![\w.-])/, uses: /\b(?:java|jar|jdk|jre|openjdk|temurin|corretto|maven|gradle|kotlin|scala|sbt|rust|cargo|target\/)/i },
  '.next': { does: 'runs a package manager or the framework (npm run build, next build, ...)', runs: /(?<![\w./-])(?:npm|pnpm|yarn|bun|npx|next|nuxt|nuxi|turbo)(?![\w.-])/, uses: USES_JS },
};
const ALIASES: Readonly<Record<string, string>> = { venv: '.venv', '.tox': '.venv', '.nuxt': '.next', '.turbo': '.next' };

/**
 * Why excluding the directory named `name` may break a build that takes the whole context, or
 * null: a Dockerfile in `readers` has no RUN that makes it again.
 */
export function notRemade(name: string, readers: readonly DockerfileText[]): string | null {
  const maker = MAKERS[ALIASES[name] ?? name];
  if (maker === undefined) return null;
  for (const d of readers) {
    const text = d.text.toString('utf8');
    if (!maker.uses.test(text.replace(/^\s*#.*$/gm, ''))) continue;
    const runs = parseDockerfile(d.text).stages.flatMap((st) => st.runs ?? []);
    if (!runs.some((r) => maker.runs.test(r.text))) {
      return `${d.label} copies the whole context and no RUN ${maker.does}: the build or the image may use the ${name} it is sent; exclude it yourself if it does not`;
    }
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
  runs: { line: number; text: string }[];
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
