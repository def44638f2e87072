// Protective .dockerignore lines (CTX302): a line that matches nothing today but names a kind of
// path that appears in working trees on its own (installed dependencies, VCS metadata, secrets,
// caches, logs, editor files, build output) is a defence, not dead code: a clean checkout has no
// `node_modules`, yet `npm ci` makes one before the next build. The list is in the rule's docs.

/** Kind -> example names such a line protects against; a line is protective when one of its
 * components (other than a bare `*`/`**`) matches one of these names as a Go filepath pattern. */
export const PROTECTED_NAMES: Readonly<Record<string, readonly string[]>> = {
  dependency: ['node_modules', 'bower_components', 'jspm_packages', 'vendor', '.venv', 'venv', 'env', '.env-py', '__pypackages__', '.tox', '.nox', '.terraform', '.bundle', 'Pods', '.yarn', '.pnp.cjs', '.pnp.js', '.pnpm-store', 'site-packages', 'deps', '_build', 'elm-stuff'],
  vcs: ['.git', '.gitignore', '.gitattributes', '.gitmodules', '.github', '.gitlab-ci.yml', '.hg', '.hgignore', '.svn', '.bzr', 'CVS'],
  secret: ['.env', '.env.local', '.env.production', 'prod.env', '.envrc', '.npmrc', '.yarnrc', '.yarnrc.yml', '.pypirc', '.netrc', '.aws', '.ssh', '.gnupg', '.docker', 'id_rsa', 'id_ed25519', 'key.pem', 'server.key', 'cert.p12', 'cert.pfx', 'app.jks', 'secrets', 'secret.yml', 'credentials.json', '.secrets', 'terraform.tfstate', 'terraform.tfvars', '.dockercfg', 'kubeconfig'],
  cache: ['.cache', '__pycache__', 'm.pyc', 'm.pyo', '.pytest_cache', '.mypy_cache', '.ruff_cache', '.hypothesis', '.eslintcache', '.stylelintcache', '.parcel-cache', '.sass-cache', '.turbo', '.nx', '.angular', '.gradle', '.m2', '.ivy2', '.coverage', 'coverage', 'coverage.xml', 'htmlcov', '.nyc_output', 'lcov.info', 'x.tsbuildinfo', '.webpack', '.expo', '.docusaurus', '.vercel', '.serverless', 'tmp', 'temp', '.tmp'],
  log: ['x.log', 'logs', 'log', 'npm-debug.log', 'npm-debug.log.1', 'yarn-debug.log', 'yarn-error.log', 'pnpm-debug.log', 'lerna-debug.log'],
  editor: ['.idea', '.vscode', '.vs', '.fleet', '.history', 'x.swp', 'x.swo', 'x~', '.DS_Store', 'Thumbs.db', 'desktop.ini', 'x.sublime-project', 'x.sublime-workspace', '.project', '.classpath', '.settings', 'x.iml', '.editorconfig', '.devcontainer'],
  'build-output': ['dist', 'build', 'out', 'output', 'target', 'bin', 'obj', '.next', '.nuxt', '.output', '.svelte-kit', '.vite', 'storybook-static', 'public/build', 'x.egg-info', '.eggs', 'wheels', 'x.whl', 'x.o', 'x.so', 'x.a', 'x.class', 'x.jar', 'x.war', 'x.exe', 'x.dll', 'x.pyd', 'x.tgz', 'x.tar.gz', 'x.zip', 'release', 'releases', 'artifacts'],
};

const ALL: readonly (readonly [string, string])[] = Object.entries(PROTECTED_NAMES).flatMap(([k, names]) => names.map((n) => [k, n] as const));

/** Whether the Go filepath pattern `pattern` matches `name` (one component). Bad patterns never match. */
export type ComponentMatch = (pattern: string, name: string) => boolean;

/**
 * Whether a cleaned ignore pattern keeps out a secret's name, whatever other kind it matches first
 * (`.env*` matches `.env-py` before `.env`, `.*` matches `.venv`: both keep out `.env`). A wildcard over
 * a general format (`*.yml`, `*.json`) is no secret's line for matching `secret.yml` or `credentials.json`.
 */
export function protectsSecret(pattern: string, match: ComponentMatch): boolean {
  const comps = pattern.split('/').filter((c) => c !== '' && !/^\*+$/.test(c));
  return comps.some((c) => {
    // A wildcard over an extension (`*.yml`, `*.json`) keeps out a secret only when the extension is a
    // secret's own (`*.pem`, `*.key`, `*.env`): `*.yml` matches `.yarnrc.yml` and `secret.yml`, but is a
    // line about every YAML file (the review of 13c44efe, B-R3).
    const ext = /^\*(\.[\w.-]+)$/.exec(c);
    if (ext !== null) return SECRET_EXTENSIONS.has(ext[1].toLowerCase());
    return PROTECTED_NAMES.secret.some((name) => match(c, name) || match(c.toLowerCase(), name.toLowerCase()));
  });
}

/** Extensions only secrets have: `*.pem` or `*.p12` is a secret's line. */
const SECRET_EXTENSIONS: ReadonlySet<string> = new Set(['.pem', '.key', '.p12', '.pfx', '.jks', '.keystore', '.env', '.tfstate', '.tfvars', '.kdbx', '.ppk', '.asc', '.gpg']);

/** The kind a cleaned ignore pattern (without `!`) protects against, or null when it is not protective. */
export function protectiveKind(pattern: string, match: ComponentMatch): string | null {
  const comps = pattern.split('/').filter((c) => c !== '' && !/^\*+$/.test(c));
  for (const c of comps) {
    for (const [kind, name] of ALL) {
      // A component like `.env*` or `*.log` matches its example; compare case-insensitively too (`.DS_Store`).
      if (match(c, name) || match(c.toLowerCase(), name.toLowerCase())) return kind;
    }
  }
  return null;
}
