import { crossCheckRule } from './from-cross-check.js';
import { hasWildcard, underRoot } from './paths.js';
import { filepathMatch } from '../dockerfile/sources.js';
import { gitIgnoresMissingPath } from './gitignore.js';
import { ignoreLineExcluding } from './ctx101-missing-copy-source.js';


export const copySourceOutsideContext = crossCheckRule(
  'CTX103',
  {
    summary: 'A COPY/ADD/bind source escapes the context (`../x`).',
    why: 'Builders never read outside the context: BuildKit joins the path under the context root, so `../shared/x` silently means `shared/x` there (or nothing), and the legacy builder fails. A Dockerfile in a subdirectory that names a root file relative to itself (`COPY ../package.json` in `dockerfiles/Dockerfile`, context `.`) works under BuildKit only because of that join: a warning, not an error, when BuildKit is the builder and the joined path is sent (`COPY .. /src` is the context root itself, all of it; a wildcard is joined the same way: `COPY ../../Client/package*.json ./` copies the root\'s `Client/package*.json`, a warning; one that matches nothing there is a warning too, since BuildKit copies nothing for it and goes on); it fails under `--builder legacy`, and when the joined path does not exist (a warning when git ignores it, a build output a step before the build makes: `ADD ../app/target/app.jar` before `mvn package`). `suggest` never excludes the joined path (it reads the legacy view, where the source is outside).',
    fix: 'Move the context up (`docker build -f app/Dockerfile .`) or use a named context (`--build-context shared=../shared` with `COPY --from=shared`); for a file at the context root, name it from the root (`COPY package.json`).',
    bad: 'COPY ../shared/config.yml /etc/app/',
    good: '# docker build --build-context shared=../shared .\nCOPY --from=shared config.yml /etc/app/',
  },
  (raw, ctx) => {
    // docs.rs's dockerfiles/Dockerfile-gui-tests copies ../package.json with the repository root as
    // context: BuildKit copies the root's package.json, the file meant.
    if (ctx.builder !== 'buildkit' || raw.path === undefined || typeof raw.data.namedContext === 'string') return raw;
    const joined = underRoot(raw.path).replace(/^\.(?:\/+|$)/, '');
    // `..` alone is the root itself, always there (skywalking's go service: `COPY .. /go-service`).
    if (joined === '') return { ...raw, data: { ...raw.data, joinedUnderRoot: '.' }, maxSeverity: 'warning' };
    // A wildcard is joined the same way (dockerfile2llb normalizes the source, then copies with
    // AllowWildcard): checkmate's `COPY ../../Client/package*.json ./` from the root copies the
    // root's Client/package.json and package-lock.json.
    // One that matches nothing there does not fail either: BuildKit copies nothing for it and goes
    // on (oracle case "a climbing wildcard that matches nothing at the root").
    if (hasWildcard(joined)) {
      // filepath.Match: a wildcard never matches `/`, so only paths as deep as the pattern can match.
      const matches = ctx.entries.some((e) => filepathMatch(joined, e.path));
      return { ...raw, data: { ...raw.data, joinedUnderRoot: joined, ...(matches ? {} : { emptyWildcard: true }) }, maxSeverity: 'warning' };
    } else if (!ctx.entries.some((e) => e.path === joined || e.path.startsWith(joined + '/'))) {
      // Missing there too: a build output git ignores (mavmi/telegram-bot's `ADD ../app/target/app.jar`
      // from docker/, context the root, after `mvn package`) is what a step makes first, as CTX101 takes
      // it: a warning. Otherwise the build fails: the error stays. (Both name the joined path, which
      // suggest then keeps.)
      // (Not one the ignore file would exclude were it there: a step that made it would not get it sent.
      // The review of a74a2cd: `**/target` in .dockerignore, the jar on disk, and a warning.)
      const gitignored = ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, joined) && ignoreLineExcluding(ctx, joined) === null;
      return { ...raw, data: { ...raw.data, joinedUnderRoot: joined, joinedMissing: true, ...(gitignored ? { gitignored: true } : {}) }, ...(gitignored ? { maxSeverity: 'warning' as const } : {}) };
    }
    return { ...raw, data: { ...raw.data, joinedUnderRoot: joined }, maxSeverity: 'warning' };
  },
);
