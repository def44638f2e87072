// Whether a Dockerfile makes again a dependency or build directory it is sent. A Dockerfile that
// copies the context and runs `node index.js` with no install step runs with the node_modules it
// is sent; `COPY . .` then `java -jar target/app.jar` with no Maven or Gradle step ships the jar it
// is sent. Only a Dockerfile that uses the ecosystem counts (a Go build's stray web/node_modules is
// none of its business). Caches (`__pycache__`, `.gradle`, coverage) are never needed. Read by
// `suggest` (which then keeps the directory) and CTX003 (which then does not call it an error).
import { parseDockerfile } from './parse.js';

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
  runs: /(?<![\w./-])(?:(?:npm|pnpm|bun)\s+(?:--?\w[\w-]*(?:=\S+)?\s+)*(?:ci|install|i|add|fetch)(?![\w.-])|yarn\s+workspaces\s+focus(?![\w.-])|yarn(?:\s+(?:--?\w[\w-]*(?:=\S+)?\s+)*install(?![\w.-])|\s*(?:$|&&|;|\|)|\s+--[\w-]+))/m,
};
const MAKERS: Readonly<Record<string, Maker>> = {
  node_modules: JS_INSTALL,
  // Only bower makes bower_components (OpenUpSA/municipal-data commits its Bower assets and runs
  // `yarn; yarn build`, which leaves them be: CTX003 called them made again, an error, and suggest
  // proposed dropping the assets its collectstatic reads).
  bower_components: { does: 'runs bower install', uses: USES_JS, runs: /(?:^|[\s;&|(/])bower\s+(?:--?\w[\w-]*(?:=\S+)?\s+)*(?:install|i)(?![\w.-])/ },
  '.venv': { does: 'installs Python packages (pip, uv, poetry, ...)', runs: /(?<![\w./-])(?:pip3?|uv|poetry|pipenv|pdm|conda|mamba|micromamba|virtualenv|tox)(?![\w.-])|-m\s+(?:venv|pip)(?![\w.-])/, uses: /\b(?:python[\d.]*|pip3?|uv|poetry|gunicorn|uvicorn|\.venv|venv)\b/i },
  '.terraform': { does: 'runs terraform init', runs: /(?<![\w./-])terraform\s+(?:-\S+\s+)*init(?![\w.-])/, uses: /\bterraform\b/i },
  target: { does: 'builds (Maven, Gradle, cargo, sbt, make, ...)', runs: /(?<![\w./-])(?:\.\/)?(?:mvnw?|gradlew?|cargo|sbt|lein|ant|g?make|mage|just|task)(?![\w.-])/, uses: /\b(?:java|jar|jdk|jre|openjdk|temurin|corretto|maven|gradle|kotlin|scala|sbt|rust|cargo|target\/)/i },
  '.next': { does: 'runs a package manager or the framework (npm run build, next build, ...)', runs: /(?<![\w./-])(?:npm|pnpm|yarn|bun|npx|next|nuxt|nuxi|turbo)(?![\w.-])/, uses: USES_JS },
};
const ALIASES: Readonly<Record<string, string>> = { venv: '.venv', '.tox': '.venv', '.nuxt': '.next', '.turbo': '.next' };

/**
 * What no RUN of the Dockerfile does to make the directory named `name` again ("installs packages
 * (npm ci, ...)"), when the Dockerfile uses that ecosystem; null when a RUN does, when it does not
 * use the ecosystem, or when `name` is no directory a build makes.
 */
export function notRemadeBy(name: string, dockerfile: Buffer): string | null {
  const maker = MAKERS[ALIASES[name] ?? name];
  if (maker === undefined) return null;
  if (!maker.uses.test(dockerfile.toString('utf8').replace(/^\s*#.*$/gm, ''))) return null;
  const runs = parseDockerfile(dockerfile).stages.flatMap((st) => st.runs ?? []);
  return runs.some((r) => maker.runs.test(r.text)) ? null : maker.does;
}
