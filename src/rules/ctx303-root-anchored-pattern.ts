import { formatCount, formatSize } from '../units.js';
import { defineRule, ignoreFileLocation } from './rule.js';
import { analyzeIgnore } from './ignore-analysis.js';
import { firstAtOrUnder, hasWildcard, text } from './paths.js';
import { filepathMatch } from '../dockerfile/sources.js';
import { protectsSecret } from './protective.js';

export interface RootAnchoredPatternData {
  pattern: string;
  line: number;
  /** Deeper directories or files that `**\/pattern` would exclude. */
  matches: number;
  files: number;
  bytes: number;
  example: string;
  /**
   * True when `**\/pattern` is a change `suggest` would make: it keeps every file the Dockerfile's
   * named sources copy, and not every deeper match is a file git tracks. False when some deeper
   * match is needed (then `suggestion` is null and `paths` are the ones to exclude instead), or when
   * git tracks them all (`suggestion` stays, conditional: TriliumNext's `electron*` beside source
   * files a `COPY . .` build compiles, outline's `*.md` read at run time).
   */
  safe: boolean;
  suggestion: string | null;
  /** The deeper matches nothing needs (at most PATHS_SHOWN, walk order). */
  paths: string[];
  /** A deeper match a named source copies from, and that source, when not safe. */
  needed: string | null;
  neededBy: string | null;
  /**
   * Why the finding is only `info`: the line names one file or directory literally (no wildcard, not
   * a secret's name) and git tracks every deeper match, so those are the repository's own sources
   * that share the name (`cypress/docker-compose.yml` beside the root's `docker-compose.yml`), not
   * leftovers a gitignore habit meant to keep out. Null when the finding keeps the rule's severity.
   */
  committedElsewhere: string | null;
  /**
   * Git tracks every deeper match: `suggest` does not propose dropping them (the image may read the
   * repository's own files at run time, which no COPY names: NodeBB's install/data/welcome.md under
   * `*.md`). False when any is untracked or there is no git index.
   */
  deeperCommitted: boolean;
  /**
   * No git index to read here (an export, a tarball, a tree never added), and the line names no kind
   * of path working trees make on their own (protective.ts): nothing tells the repository's own files
   * from leftovers, so `suggest` does not propose dropping the deeper matches
   * (OpenTranscribe's `models/`, read outside git: `**\/models` would drop app/models, which the
   * application imports).
   */
  noGitIndex?: true;
  /**
   * Under BuildKit, for a Dockerfile that names its sources: none of the deeper matches is
   * requested (they are eligible, not sent; the legacy builder sends them). The finding is info.
   */
  notRequested?: true;
}

/**
 * Names no repository's sources share: dependency, cache and editor directories, and files named by
 * an extension of logs, bytecode and swap files. With no git index to tell, only a line naming one of
 * these is widened to `**\/x`; `build`, `bin`, `vendor`, `env`, `log` may be a package of the
 * application (a Go package named build: review of 4c43bf6).
 */
const UNAMBIGUOUS_LEFTOVER = /^(?:node_modules|bower_components|jspm_packages|\.venv|\.tox|\.nox|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.hypothesis|\.nyc_output|\.next|\.nuxt|\.turbo|\.svelte-kit|\.parcel-cache|\.sass-cache|\.eslintcache|\.gradle|\.terraform|\.cache|\.idea|\.vscode|\.DS_Store|Thumbs\.db|\*\.(?:log|pyc|pyo|tmp|swp|swo|class|o)|\*\*\/\*\.(?:log|pyc))$/;

/**
 * Documents and archives: what a wildcard line over them (`*.md`, `*.gz`) means to keep out everywhere,
 * and what an image seldom runs from (minio's committed test archives under `*.gz`, hoppscotch's docs
 * under `*.md`: warnings). A wildcard line whose tracked deeper matches include anything else, or a
 * directory, matches the repository's own sources (kanboard's `*.js`, the JavaScript it serves;
 * weaviate's `data*`, Go sources; khoj's `.*`, the .well-known file its app serves; sweep 50/A-F2, B-F2,
 * C-F4): info, as a literal name's.
 */
// (Not one under a directory an app serves or renders its pages from: nitter's `public/md/about.md`, which
// its build renders into the about page; sweep 51/L-F5. That is content, as `*.js` beside served JavaScript is.)
const isInertFile = (p: string) => /\.(?:md|markdown|mdx|rst|adoc|pdf|gz|tgz|zip|tar|bz2|xz|zst|7z|rar|log)$/i.test(p);
const servedDoc = (p: string) => /(?:^|\/)(?:public|static|assets|content|pages|posts|_posts|templates|www|site)\//i.test(p);
/** Documents and archives only, not all of them under a directory an app serves (one README among them keeps the warning: the review of 20480e6b, RC-R8). */
const onlyInertFiles = (paths: readonly string[]) => paths.every(isInertFile) && !paths.every(servedDoc);

/** A pattern that names one file or directory: no wildcard, character class or escape. */
const isLiteral = (pattern: string) => !hasWildcard(pattern);

/** How many deeper matches the finding lists. */
const PATHS_SHOWN = 20;

export const rootAnchoredPattern = defineRule<RootAnchoredPatternData>({
  id: 'CTX303',
  name: 'root-anchored-pattern',
  severity: 'warning',
  docs: {
    summary: 'A pattern written with gitignore habits matches only at the root while deeper matches are sent.',
    why: 'In .gitignore, `node_modules` or `*.log` match at any depth. In .dockerignore every pattern is anchored at the context root, so `node_modules` excludes ./node_modules only and packages/api/node_modules is still sent.',
    fix:
      'Prefix the pattern with `**/` so it matches at any depth. Not reported for patterns anchored on purpose (`/x`, `./x`), nor for matches inside a `.git` directory (git\'s own files: `tags` matches `.git/refs/tags`, which `git describe --tags` in the build reads; `.git` itself is CTX003\'s), nor for deeper matches a later `!` line lets in (the `**/` form would change nothing: `!**/.env.example` after `.env.*`), nor for deeper matches a named COPY/ADD/bind source copies from (a `COPY src` that needs src/app/data): when some deeper match is needed, the finding lists the unneeded ones to exclude by path instead of proposing `**/x`. Reported as info only (a root-only line is often meant): a line whose every deeper match git tracks, when it names one file or directory literally (no wildcard) or its wildcard matches more than documents and archives deeper (`*.js` beside the JavaScript an app serves, `data*` beside Go sources) (a match in a git submodule counts, checked out or not: openlibrary\'s `vendor/infogami`, empty in a plain clone, which its CI checks out): those are the repository\'s own sources that share the name (`cypress/docker-compose.yml` beside the root\'s `docker-compose.yml`), not local leftovers. Under BuildKit, when the Dockerfile names its sources and BuildKit requests none of the deeper matches, also info (the legacy builder still sends them). A wildcard line whose deeper matches are only documents or archives (`*.md`, `*.gz`) outside the directories an app serves or renders pages from (`public/`, `static/`, `assets/`, `content/`, `pages/`, `posts/`, `templates/`, `www/`, `site/`: nitter renders `public/md/about.md` into its about page), a secret\'s name (`.env`, `.envrc`: the line leaves uncommitted ones in subdirectories unprotected), or any untracked deeper match (or no git index) keeps the warning. `suggest` proposes no change for a line whose every deeper match git tracks, wildcard or not: those are the repository\'s own files, which the image may read at run time though no COPY names them (NodeBB reads `install/data/welcome.md`, under `*.md`); nor, with no git index to read (an export, a tree never added), for a line that names no kind of path working trees make on their own (`models/`, unlike `node_modules` or `*.log`), whose deeper matches may be the application\'s own package; it lists the rewrite as rejected, with that reason, and the finding offers `**/x` only if no image built from this context (another Dockerfile may read the same ignore file) needs any of them.',
    bad: '# .dockerignore\nnode_modules\n*.log',
    good: '# .dockerignore\n**/node_modules\n**/*.log',
  },
  check(ctx) {
    const out = [];
    // BuildKit requests what the Dockerfile names (changedetection.io's test image copies only
    // requirements.txt): deeper matches it does not request are not sent by it.
    const bk = ctx.builder === 'buildkit' ? ctx.crossCheck?.buildkit : null;
    const requested = bk && bk.error === null && bk.requestedPaths !== 'all' ? bk.requestedList.map((q) => (q.endsWith('/') ? q.slice(0, -1) : q)).sort() : null;
    const anyRequestedAt = (p: string) => requested !== null && firstAtOrUnder(requested, p) !== undefined;
    for (const [i, r] of analyzeIgnore(ctx).rootAnchored) {
      const rule = ctx.ignore.rules[i];
      const pattern = text(rule.pattern);
      // A secret's name (`.env`, `.envrc`) stays a warning even when today's deeper copies are
      // committed: the line fails to protect the local, uncommitted ones that name is made for.
      const committedElsewhere =
        r.allTracked && !protectsSecret(rule.pattern, filepathMatch) && (isLiteral(rule.pattern) || !(r.filesOnly && onlyInertFiles(r.paths)))
          ? `git tracks ${r.matches === 1 ? 'the deeper match' : `all ${formatCount(r.matches)} deeper matches`}: ${r.matches === 1 ? `it is the repository's own ${r.filesOnly ? 'file' : 'directory'} that ${isLiteral(rule.pattern) ? 'shares the name' : 'matches it'}` : `they are the repository's own files that ${isLiteral(rule.pattern) ? 'share the name' : 'match it'}`}`
          : null;
      const notRequested = requested !== null && !r.paths.some(anyRequestedAt);
      out.push({
        file: ignoreFileLocation(ctx),
        line: rule.line,
        data: {
          pattern,
          line: rule.line,
          matches: r.matches,
          files: r.files,
          bytes: r.bytes,
          example: text(r.example),
          safe: r.needed.length === 0 && !r.allTracked,
          suggestion: r.needed.length === 0 ? '**/' + pattern.replace(/^\/+/, '') : null,
          paths: r.paths.slice(0, PATHS_SHOWN).map(text),
          needed: r.needed.length > 0 ? text(r.needed[0]) : null,
          neededBy: r.neededBy,
          committedElsewhere,
          deeperCommitted: r.allTracked,
          // (A line naming a kind of path working trees make on their own, node_modules, logs, build
          // output, caches: its deeper matches are that too, git index or not.)
          ...(ctx.isGitTracked == null && !UNAMBIGUOUS_LEFTOVER.test(pattern.replace(/^\/+|\/+$/g, '')) ? { noGitIndex: true as const } : {}),
          ...(notRequested ? { notRequested: true as const } : {}),
        },
        ...(committedElsewhere !== null || notRequested ? { maxSeverity: 'info' as const } : {}),
      });
    }
    return out;
  },
  message: (d) =>
    `"${d.pattern}" matches only at the context root; ${formatCount(d.matches)} deeper match${d.matches === 1 ? ' is' : 'es are'} ${d.notRequested === true ? 'still in the context' : 'still sent'} (${formatCount(d.files)} file${d.files === 1 ? '' : 's'}, ${formatSize(d.bytes)}, e.g. ${d.example}); ` +
    (d.suggestion !== null
      ? // Every deeper match committed (influxdb's `.*` beside core/.cargo/config.toml): suggest
        // does not make this rewrite, so the advice says what it depends on. A literal name the
        // repository's own files share (croc's `croc` beside src/croc, which COPY . . builds from):
        // no advice to rewrite at all.
        d.committedElsewhere !== null
        ? `${d.committedElsewhere}, which "${d.suggestion}" would drop too: keep the line as it is unless no image built from this context needs them`
        : d.deeperCommitted
        ? `use "${d.suggestion}" if no image built from this context needs any of them (git tracks them all, so suggest leaves that to you)`
        : `use "${d.suggestion}"`
      : // Not "the unused paths": after a COPY . . a build may read the rest too (evcc's go:embed'ed
        // templates/definition/*.yaml), which only its author knows.
        // (The repository's own files: nothing to exclude by name either; sweep 50/A-F2.)
        `"**/${d.pattern}" would also drop ${d.needed}, which ${d.neededBy} copies` +
        (d.committedElsewhere !== null ? `; ${d.committedElsewhere}: keep the line as it is` : `: exclude by name instead the ${d.matches === 1 ? 'path' : 'paths'} that no image built from this context needs`)) +
    (d.notRequested === true ? '; BuildKit requests none of them for this Dockerfile (the legacy builder sends them)' : ''),
});
