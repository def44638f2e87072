// The Dockerfile cross-check the engine calls: parse, pick the stages the target needs, resolve
// every main-context source against the walk result, and turn that into findings (CTX101-103,
// CTX004, CTX005, CTX305, CTX100 for an unparseable Dockerfile). Findings are data; each message
// is rendered from its `data` by `renderMessage` below.
import { indexPaths, nearestPath, type PathIndex } from '../context/nearest.js';
import { formatCount, formatSize } from '../units.js';
import { computeBuildkitFigure, type BuildkitFigure } from '../buildkit/figure.js';
import { throughGoJson, type TransferWalk } from '../buildkit/transfer.js';
import type { TreeSource } from '../context/walk.js';
import { byteStringToText } from '../context/bytes.js';
import { firstComponentWhere } from '../context/components.js';
import { topN } from '../context/top.js';
import { readIgnoreRules, type IgnoreRule } from '../context/ignore-file.js';
import { readRegularFile } from '../context/read-regular.js';
import { PatternMatcher } from '../context/patterns.js';
import type { ExcludedItem, SentEntry } from '../context/walk.js';
import type { Finding, Severity } from '../findings/finding.js';
import { customFrontend, parseDockerfile, type ParsedDockerfile } from './parse.js';
import { indexContext, resolveSource, resolveSources, type ContextView, type Reference, type ResolvedSources, type SourceResolution } from './sources.js';

export const CROSS_CHECK_RULES = {
  CTX100: { name: 'dockerfile-unparseable', severity: 'error' },
  CTX101: { name: 'missing-copy-source', severity: 'error' },
  CTX102: { name: 'copy-source-ignored', severity: 'error' },
  CTX103: { name: 'copy-source-outside-context', severity: 'error' },
  CTX004: { name: 'unused-file', severity: 'info' },
  CTX005: { name: 'whole-context-copy', severity: 'warning' },
  CTX305: { name: 'builder-ignore-mismatch', severity: 'warning' },
} as const satisfies Record<string, { name: string; severity: Severity }>;

export type CrossCheckRuleId = keyof typeof CROSS_CHECK_RULES;

export interface CrossCheckInput {
  /** The Dockerfile's bytes. */
  dockerfileText: Buffer;
  /** Why the builder cannot read the Dockerfile (`is a directory`): one CTX100, nothing resolves. */
  dockerfileUnreadable?: string;
  /** How findings name the Dockerfile (`Dockerfile`, `docker/app.Dockerfile`). */
  dockerfileName: string;
  /** The walk result of the builder being audited (byte-string paths). */
  entries: readonly SentEntry[];
  excluded: readonly ExcludedItem[];
  /** Matcher compiled from exactly `ignoreRules` (sourceIndex -> rule). */
  matcher: PatternMatcher;
  ignoreRules: readonly IgnoreRule[];
  /** Name of the ignore file those rules come from, for messages (default `.dockerignore`). */
  ignoreFileName?: string;
  /** Absolute context directory: lets the check look inside pruned directories and lets the BuildKit figure walk. */
  root?: string;
  buildArgs: Record<string, string>;
  /** Build args passed with a value known only when the build runs (ParseOptions.runTimeArgs). */
  runTimeArgs?: readonly string[];
  target?: string;
  /**
   * Who asks for `target` (a workflow, a Compose file, a script: `--all`): a stage the Dockerfile lacks is
   * then a CTX100 finding that names it. Without it, the caller refuses the run (`--target` given by hand).
   */
  targetNamedBy?: string;
  /** Whose stages run: the legacy builder runs every stage up to the target, BuildKit only what the target reaches. */
  builder?: 'legacy' | 'buildkit';
  /** The build is buildah's (redhat-actions/buildah-build): what only docker's builders refuse is no problem. */
  buildah?: boolean;
  ignoreFileExists: boolean;
  /** Context-relative name of `<Dockerfile>.dockerignore` when it exists, else null. */
  dockerfileSpecificIgnore: string | null;
  /** With it: how many entries both builders send when their two walks send the very same paths (CTX305 is then info). */
  sameEntriesBothBuilders?: number;
  /** How many largest files CTX005 lists (default 5). */
  top?: number;
  /**
   * BuildKit named contexts that are local directories (`--build-context name=dir`, Compose
   * `additional_contexts`), each walked with its own `.dockerignore`: `COPY --from=name` and
   * `RUN --mount from=name` sources resolve against them. A named context replaces a stage of the
   * same name (dockerui NamedContext), so it wins over stage lookup.
   */
  namedContexts?: ReadonlyMap<string, ContextView>;
  /** BuildKit's eligible set when the engine already walked it (saves the figure a full walk). */
  buildkitEligible?: TransferWalk;
  /** The engine's recording of the tree, so the BuildKit figure reads no entry twice. */
  source?: TreeSource;
  /**
   * The ignore file BuildKit reads when the engine already found it, wherever it is (a
   * `<Dockerfile>.dockerignore` beside a Dockerfile outside the context too).
   */
  buildkitIgnore?: { rules: readonly IgnoreRule[]; file: string | null; dockerfileSpecific: boolean };
}

export interface CrossCheckResult {
  findings: Finding[];
  /** Sent path (engine byte string) -> the Dockerfile lines that reference it. */
  references: Map<string, Reference[]>;
  parsed: ParsedDockerfile;
  resolved: ResolvedSources;
  /** What BuildKit would transfer for the target; null without `root`. */
  buildkit: BuildkitFigure | null;
  /** The build args given (--build-arg, a Compose or workflow build's args). */
  buildArgs: Readonly<Record<string, string>>;
  /** A `target` no stage is named, and the stages there are (the first 50, then how many): docker refuses the build. */
  missingTarget: { problem: string; stages: string[] } | null;
}

/** B3: `<Dockerfile>.dockerignore` replaces `.dockerignore` for BuildKit; unreadable means "use .dockerignore". */
function buildkitIgnore(input: CrossCheckInput): { patterns: string[]; file: string | null; dockerfileSpecific?: boolean } {
  if (input.buildkitIgnore) {
    const b = input.buildkitIgnore;
    return { patterns: b.rules.map((r) => throughGoJson(r.pattern)), file: b.file, dockerfileSpecific: b.dockerfileSpecific };
  }
  if (input.dockerfileSpecificIgnore !== null && input.root) {
    try {
      const rules = readIgnoreRules(readRegularFile(input.root + '/' + input.dockerfileSpecificIgnore)); // a FIFO must not block
      return { patterns: rules.map((r) => throughGoJson(r.pattern)), file: input.dockerfileSpecificIgnore };
    } catch {
      // fall through to the main ignore file
    }
  }
  // BuildKit's patterns travel as JSON: invalid UTF-8 becomes U+FFFD (transfer.ts throughGoJson).
  return { patterns: input.ignoreRules.map((r) => throughGoJson(r.pattern)), file: input.ignoreFileExists ? '.dockerignore' : null };
}

/**
 * Names that hold templates, not secrets (`.env.example` is meant to be committed and sent): a part
 * after `.env` is a template word, and no part after it is `local` (`.env.example.local` is someone's
 * local copy, judged like any `.env`). etherpad-lite commits `.env.default` with docker compose's
 * defaults; BookStack's `.env.example.complete` is its full example, as `.env.production.example` is.
 * Shared with CTX201.
 */
export const DOTENV_TEMPLATES = /^\.env(?:\.[^.]+)*\.(?:example|sample|template|tpl|dist|defaults?)(?:\.(?!local(?:\.|$))[^.]+)*$/i;
/** Cloudflare Wrangler's local secrets, a dotenv file by another name (`.dev.vars`, `.dev.vars.<environment>`), not its templates. */
export function isDevVars(name: string): boolean {
  return /^\.dev\.vars(?:\.[\w-]+)?$/i.test(name) && !/^\.dev\.vars\.(?:example|sample|template|tpl|dist|defaults?)$/i.test(name);
}

/** Sensitive things a whole-context COPY drags into the image (CTX005); not a public key, not a dotenv template. */
const SENSITIVE = /^(?:\.git|\.env(?:\..*)?|\.npmrc|\.pypirc|\.netrc|\.aws|\.ssh|id_(?:rsa|dsa|ecdsa|ed25519))$|\.(?:pem|key|p12|pfx|jks|keystore)$/;

export function isSensitiveName(name: string): boolean {
  return (SENSITIVE.test(name) && !DOTENV_TEMPLATES.test(name)) || isDevVars(name);
}

const fmtBytes = formatSize;
const fmtCount = (n: unknown) => formatCount(Number(n));

/** `RELEASE`, `A and B`, `A, B and C`: the ARGs without a value a source expanded to "". */
const unsetNames = (vars: unknown[]): string => {
  const names = [...new Set(vars.map(String))];
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

const contextName = (d: Record<string, unknown>) => (typeof d.namedContext === 'string' ? `the named context "${d.namedContext}"` : 'the build context');

/** CTX101: a path component that is an ARG whose default names nothing, while its directory holds other names. */
export interface ArgDefault {
  name: string;
  value: string;
  /** The directory the component is in ('' for the context root), and one of the names it holds. */
  dir: string;
  other: string;
}

function argDefaultMessage(d: Record<string, unknown>, a: ArgDefault): string {
  const where = a.dir === '' ? 'the context root' : `${a.dir}/`;
  return `${d.instruction} source "${d.raw}" ("${d.source}" with ARG ${a.name}'s default "${a.value}") matches nothing in ${contextName(d)}, while ${where} holds other names (${a.other}, ...): a placeholder default; the build fails unless --build-arg ${a.name} names one that exists`;
}

/** A preparing step as a message names it: an earlier step, or the build step's own commands before the build. */
/** Where a missing source in a submodule the checkout lacks lies: in its files, or in its git directory (`.git/modules/NAME`). */
const submoduleText = (source: unknown, submodule: string): string =>
  /^(?:\.?\/)*\.git\/modules(?:\/|$)/.test(String(source))
    ? `it lies in the git directory of submodule ${submodule}, which only checking the submodule out makes (git submodule update --init)`
    : `it lies in git submodule ${submodule}, which is not checked out here (git submodule update --init)`;
const stepName = (step: string): string => (step.startsWith('the part of ') ? step : step.startsWith('step ') ? `the earlier ${step}` : `the earlier step ${step}`);

/** Renders a finding's message from its data (exhaustive over the rule ids). */
export function renderMessage(ruleId: CrossCheckRuleId, d: Record<string, unknown>): string {
  switch (ruleId) {
    case 'CTX100':
      if (d.missingTarget === true) {
        const stages = Array.isArray(d.stages) && d.stages.length > 0 ? `stages: ${d.stages.join(', ')}` : 'it names no stage';
        if (typeof d.frontend === 'string') return `${d.problem} among the stages docker's own parser reads (${stages}); the file names another frontend, ${d.frontend} (# syntax=), which BuildKit runs instead and whose included files may define it: not checked here`;
        return `${d.problem} (${stages})${typeof d.namedBy === 'string' ? `: ${d.namedBy} ${/ and /.test(d.namedBy) ? 'ask' : 'asks'} for it, and` : ':'} docker refuses the build`;
      }
      if (typeof d.frontend === 'string') return `${d.problem}: docker's own Dockerfile frontend refuses this line, but the file names another, ${d.frontend} (# syntax=), which BuildKit runs instead: what it makes of the line, and what the build copies, is not checked here`;
      return d.olderBuilders === true
        ? String(d.problem)
        : d.unreadable === true
        ? `the Dockerfile ${d.problem}: the build fails reading it`
        : `cannot parse the Dockerfile: ${d.problem}`;
    case 'CTX101':
      return Array.isArray(d.openArgs) && Array.isArray(d.argsAtRunTime)
        ? `${d.instruction} source "${d.raw}" matches nothing in ${contextName(d)} ${d.openArgs.every((n) => Array.isArray(d.unsetVars) && d.unsetVars.includes(n)) ? `with ${unsetNames(d.openArgs)} empty` : "as the Dockerfile's defaults expand it"} ("${d.source}"); the build passes ${d.argsAtRunTime.join(', ')}, known only when it runs: it fails unless that names a path that exists`
        : Array.isArray(d.openArgs)
        ? `${d.instruction} source "${d.raw}" ("${d.source}" with ${unsetNames(d.openArgs)} empty: no default, no --build-arg) matches nothing in ${contextName(d)}: the build fails unless --build-arg sets ${new Set(d.openArgs).size === 1 ? 'it' : 'them'} to name a path that exists`
        : d.fromImageEnv === true && Array.isArray(d.imageEnvVars)
        ? `${d.instruction} source "${d.raw}" ("${d.source}" with ${unsetNames(d.imageEnvVars)} empty) matches nothing in ${contextName(d)}; the Dockerfile declares ${new Set(d.imageEnvVars).size === 1 ? 'it' : 'them'} nowhere, so the value is what the base image's ENV sets, not known here: the build fails unless that names a path that exists`
        : d.argDefault !== null && typeof d.argDefault === 'object'
        ? argDefaultMessage(d, d.argDefault as ArgDefault)
        : d.excludedIfMade === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}, and ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) would exclude it were it made before the build: the build will fail`
        : d.checkoutOnly === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}${d.gitignored === true ? ', and git ignores it (no checkout holds it)' : ''}; the job checks the repository out and runs no step before this build that could make it: the build will fail`
        : d.notFetched === true && typeof d.submodule === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of this checkout: it lies in git submodule ${d.submodule}, which the job's checkout does not fetch (actions/checkout with no \`submodules:\`, and no step runs git submodule update): the build will fail`
        : d.emptyWildcard === true && d.gitignored === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} and git ignores it (a build output a step before the build makes?): without it BuildKit copies nothing for it and goes on (the legacy builder fails)`
        : d.gitignored === true && typeof d.preparedBy === 'string' && d.mayOnly === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout and git ignores it (a build output?): the build fails unless a step before it creates it (none is seen to write it; ${stepName(d.preparedBy)} may)`
        : d.gitignored === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} and git ignores it: the build fails unless a step before it creates it (a build output?)`
        : typeof d.copiedWith === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}; "${d.copiedWith}" in the same instruction does, so both builders copy that and go on`
        : typeof d.mavenPlugin === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: a build output; the context's pom.xml builds this image with ${d.mavenPlugin}, which Maven runs after package writes target/`
        : typeof d.builtBy === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: a build output; ${stepName(d.builtBy)} runs the build tool that writes it`
        : d.emptyWildcard === true && typeof d.preparedBy === 'string' && d.mayOnly === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: a step before the build is to put it there (none is seen to write it; ${stepName(d.preparedBy)} may); without it BuildKit copies nothing for it and goes on (the legacy builder fails)`
        : d.emptyWildcard === true && typeof d.preparedBy === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: ${stepName(d.preparedBy)} is to put it there; without it BuildKit copies nothing for it and goes on (the legacy builder fails)`
        : d.emptyWildcard === true && typeof d.submodule === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of this checkout: ${submoduleText(d.source, String(d.submodule))}; without it BuildKit copies nothing for it and goes on (the legacy builder fails)`
        : d.emptyWildcard === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: BuildKit copies nothing for it and goes on (the legacy builder fails)`
        : typeof d.outputDir === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}, which has no ${d.outputDir}/ directory: a build output, made by a step before the build (it fails without one)`
        : typeof d.nixResult === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: ${d.nixResult} is the link nix-build writes beside ${String(d.nixFile)}, a build output; the build fails unless that runs before it`
        : d.artifact === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: a package or archive, which a build step makes; the build fails unless one runs before it`
        : typeof d.goCommand === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the program \`go build ${d.goCommand}\` makes; the build fails unless that runs before it`
        : typeof d.buildTarget === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the program that ${d.buildTarget} declares, a build output; the build fails unless it is built into the context first`
        : typeof d.goBinary === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the program \`go build ${d.goBinary}\` makes from the ${d.goBinary} beside it; the build fails unless that runs before it`
        : d.perPlatform === true
        ? `${d.instruction} source "${d.raw}" ("${d.source}"${typeof d.platformVia === 'string' ? `, ${d.platformVia} made from the target platform` : ''}) matches nothing in ${contextName(d)}: a file per target platform, which a build step makes for a multi-platform image; the build fails unless one runs before it`
        : typeof d.reincludedAt === 'number'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}, yet ${d.ignoreFile} line ${d.reincludedAt} lets it in with an exception that matches nothing else: made by a step before the build (it fails without one)`
        : typeof d.submodule === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of this checkout: ${submoduleText(d.source, String(d.submodule))}; the build fails without it`
        : typeof d.filledBy === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: ${stepName(d.filledBy)} downloads an artifact into that very path before the build`
        : typeof d.writtenBy === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout; ${d.writtenBy} writes it, so the build fails unless that step runs before it`
        : typeof d.preparedBy === 'string' && d.mayOnly === true
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: the build fails unless a step before it puts it there (none is seen to write it; ${stepName(d.preparedBy)} may)`
        : typeof d.preparedBy === 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: the build fails unless ${stepName(d.preparedBy)} puts it there`
        : typeof d.gitContext === 'string' && d.outsideSparse === true
        ? `${d.instruction} source "${d.source}" lies in a directory this sparse checkout leaves out (its index records the directory whole): whether the commit BuildKit clones (${d.gitContext}) holds it is not checked here`
        : typeof d.gitContext === 'string' && d.committedNotHere === true
        ? `${d.instruction} source "${d.source}" is in the commit BuildKit clones (${d.gitContext}; git tracks it) but not in this checkout (a sparse checkout, or deleted here and not committed): the build finds it; not checked here`
        : typeof d.gitContext === 'string' && typeof d.linkTarget !== 'string'
        ? `${d.instruction} source "${d.source}" matches nothing in the commit BuildKit clones (${d.gitContext}): a Git context holds only what is committed, nothing a step before the build makes; the build will fail${typeof d.suggestion === 'string' ? `; did you mean ${d.suggestion}?` : ''}`
        : typeof d.linkTarget === 'string'
        ? `${d.instruction} source "${d.source}" is a symlink to ${d.linkTarget}, which is not in ${contextName(d)}: the builder follows the link and does not find it, so the build will fail`
        : `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the build will fail${typeof d.suggestion === 'string' ? `; did you mean ${d.suggestion}?` : ''}`;
    case 'CTX102':
      return typeof d.linkTarget === 'string'
        ? `${d.instruction} source "${d.source}" is a symlink to ${d.linkTarget}, which ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) excludes: the builder follows the link and does not find it, so the build will fail`
        : Array.isArray(d.letInMissing)
        ? `${d.instruction} source "${d.source}" exists but ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) excludes what the checkout holds of it; ${d.ignoreFile} lets in ${(d.letInMissing as string[]).join(', ')}, which git ignores and the checkout lacks (build output?): the build fails unless a step before it makes them`
        : `${d.instruction} source "${d.source}" exists but ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) excludes it: the build will fail`;
    case 'CTX103':
      return typeof d.joinedUnderRoot === 'string'
        ? d.joinedMissing === true
          ? `${d.instruction} source "${d.source}" is outside ${contextName(d)}: BuildKit reads "${d.joinedUnderRoot}" from the context root instead (the legacy builder fails), which ${d.gitignored === true ? 'is not there and git ignores (a build output?): the build fails unless a step before it makes it' : 'is not there either: the build will fail'}; name it from the root`
          : d.emptyWildcard === true
          ? `${d.instruction} source "${d.source}" is outside ${contextName(d)}: BuildKit joins it under the context root, where "${d.joinedUnderRoot}" matches nothing, and copies nothing for it (the legacy builder fails)`
          : `${d.instruction} source "${d.source}" is outside ${contextName(d)}: BuildKit copies "${d.joinedUnderRoot}" from the context root instead (the legacy builder fails); name it from the root`
        : `${d.instruction} source "${d.source}" is outside ${contextName(d)}`;
    case 'CTX004': {
      const one = (d.examples as unknown[] | undefined)?.length === 1;
      return d.isDirectory
        ? `directory sent (${unusedEntries(d)}, ${fmtBytes(d.bytes as number)}) but no COPY, ADD or bind mount uses it`
        : `${one ? `${d.path} is` : `${unusedEntries(d)} in ${d.path || '.'}/ are`} sent (${fmtBytes(d.bytes as number)}) but no COPY, ADD or bind mount uses ${one ? 'it' : 'them'}`;
    }
    case 'CTX005': {
      const sens = d.sensitive as string[];
      const shipped = Array.isArray(d.shipped) ? (d.shipped as string[]) : null;
      const lines = Array.isArray(d.shippedBy) ? (d.shippedBy as number[]) : [];
      const copyFrom = lines.length === 0 ? 'a COPY --from' : `the COPY --from at line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`;
      const into =
        typeof d.buildStage !== 'string'
          ? 'the image'
          : shipped || d.carried === true
          ? `build stage \`${d.buildStage}\``
          : d.partlyCarried === true
          ? `build stage \`${d.buildStage}\` (${copyFrom} carries part of it into the image${sens.length ? `, none of ${sens.join(', ')}` : ''})`
          : `build stage \`${d.buildStage}\` (no COPY --from brings this path into the image; what a RUN there makes of it still can)`;
      const including = sens.length && d.partlyCarried !== true ? `, including ${sens.join(', ')}` : '';
      // From a build stage: which of them a COPY --from carries on into the image (all of it: `carried`).
      const onward =
        d.carried === true
          ? `, which ${copyFrom} carries into the image`
          : shipped === null
          ? ''
          : shipped.length === sens.length
          ? `, which ${copyFrom} carries into the image`
          : `; ${copyFrom} carries ${shipped.join(', ')} into the image`;
      // `COPY "$DIST" .` with DIST unset (skywalking's Makefile passes it): say why the source is empty.
      const unset = Array.isArray(d.unsetVars) && d.unsetVars.length > 0 && d.source === '' ? ` ("" with ${unsetNames(d.unsetVars)} unset)` : '';
      const what = unset === '' ? `"${d.source}"` : `"${d.raw}"${unset}`;
      // helm-diff's `*` and `ADD . /workspace`, then `RUN helm plugin install .`: nothing to install.
      if (typeof d.emptiedBy === 'string') return `${d.instruction} ${what} copies nothing into ${typeof d.buildStage === 'string' ? `build stage \`${d.buildStage}\`` : 'the image'}: ${d.emptiedBy} excludes everything in the context and lets nothing back in`;
      return `${d.instruction} ${what} copies the whole context (${fmtCount(d.files)} file${d.files === 1 ? '' : 's'}, ${fmtBytes(d.bytes as number)}) into ${into}${including}${onward}`;
    }
    case 'CTX305':
      if (d.readsNothing === true) return `${d.file} exists: BuildKit reads it${d.replaces ? ` instead of ${d.replaces}` : ''}, the legacy builder does not, so the two builders send different sets; no stage of this Dockerfile reads the context, so only the upload differs`;
      if (typeof d.sameEntries === 'number') return `${d.file} exists: BuildKit reads it${d.replaces ? ` instead of ${d.replaces}` : ''}, the legacy builder does not; here both send the same ${fmtCount(d.sameEntries)} entries, but a change to one ignore file and not the other makes the two builders send different sets`;
      return `${d.file} exists: BuildKit reads it${d.replaces ? ` instead of ${d.replaces}` : ''}, the legacy builder does not, so the two builders send different sets`;
    default: {
      const never: never = ruleId;
      return never;
    }
  }
}

function finding(ruleId: CrossCheckRuleId, data: Record<string, unknown>, where: Partial<Pick<Finding, 'path' | 'file' | 'line' | 'column'>>): Finding {
  const r = CROSS_CHECK_RULES[ruleId];
  return { ruleId, name: r.name, severity: r.severity, message: renderMessage(ruleId, data), ...where, data };
}

function sourceData(r: SourceResolution): Record<string, unknown> {
  return {
    instruction: r.source.instruction,
    source: byteStringToText(r.source.source),
    raw: r.source.raw,
    stage: r.stage,
    unsetVars: r.source.unsetVars,
    ...(r.source.openArgs.length > 0 ? { openArgs: r.source.openArgs } : {}),
    ...(r.source.imageEnvVars !== undefined ? { imageEnvVars: r.source.imageEnvVars } : {}),
    ...(r.source.platformVia !== undefined ? { platformVia: r.source.platformVia } : {}),
    ...(r.linkTarget !== undefined ? { linkTarget: byteStringToText(r.linkTarget) } : {}),
  };
}

const parentOf = (p: string) => {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
};

/**
 * CTX004: unreferenced entries, one finding per maximal fully-unused directory, else per parent
 * directory. `files` counts regular files, as every other figure does (the summary, CTX003,
 * CTX005, CTX203); symlinks and hard links (`links`) and FIFOs or devices (`special`) are unused
 * entries too, counted and named apart; `bytes` is the regular files' content.
 */
function unusedFindings(input: CrossCheckInput, references: Map<string, Reference[]>, buildFiles: Set<string>): Finding[] {
  const files = input.entries.filter((e) => e.kind !== 'dir' && !buildFiles.has(e.path));
  // Per directory: total entries and unused entries below it.
  const total = new Map<string, number>();
  const unused = new Map<string, Tally>();
  for (const f of files) {
    const isUnused = !references.has(f.path);
    for (let d = parentOf(f.path); d !== ''; d = parentOf(d)) {
      total.set(d, (total.get(d) ?? 0) + 1);
      if (isUnused) {
        let u = unused.get(d);
        if (!u) unused.set(d, (u = newTally()));
        tally(u, f);
      }
    }
  }
  const fullyUnused = (d: string) => d !== '' && (unused.get(d)?.entries ?? 0) === total.get(d);
  const out: Finding[] = [];
  const loose = new Map<string, { paths: string[]; t: Tally }>();
  const reported = new Set<string>();
  for (const f of files) {
    if (references.has(f.path)) continue;
    // The topmost ancestor whose entries are all unused.
    let top: string | null = null;
    for (let d = parentOf(f.path); d !== ''; d = parentOf(d)) if (fullyUnused(d)) top = d;
    if (top !== null) {
      if (reported.has(top)) continue;
      reported.add(top);
      const u = unused.get(top) as Tally;
      const path = byteStringToText(top);
      out.push(finding('CTX004', { path, isDirectory: true, ...counts(u) }, { path: path + '/' }));
    } else {
      const dir = parentOf(f.path);
      let g = loose.get(dir);
      if (!g) loose.set(dir, (g = { paths: [], t: newTally() }));
      g.paths.push(f.path);
      tally(g.t, f);
    }
  }
  for (const [dir, g] of loose) {
    const single = g.paths.length === 1;
    const path = byteStringToText(single ? g.paths[0] : dir);
    out.push(finding('CTX004', { path, isDirectory: false, ...counts(g.t), examples: g.paths.slice(0, 10).map(byteStringToText) }, single ? { path } : { path: dir === '' ? '.' : path + '/' }));
  }
  return out;
}

interface Tally {
  entries: number;
  files: number;
  links: number;
  special: number;
  bytes: number;
}
const newTally = (): Tally => ({ entries: 0, files: 0, links: 0, special: 0, bytes: 0 });
function tally(t: Tally, e: SentEntry): void {
  t.entries++;
  if (e.kind === 'file') {
    t.files++;
    t.bytes += e.contentBytes;
  } else if (e.kind === 'symlink' || e.kind === 'hardlink') t.links++;
  else t.special++;
}
const counts = (t: Tally) => ({ files: t.files, links: t.links, special: t.special, bytes: t.bytes });

/** `3 files`, `2 files and 1 link`, `1 link`: what CTX004 found unused, each kind named. */
function unusedEntries(d: Record<string, unknown>): string {
  const n = (k: string) => Number(d[k] ?? 0);
  const parts = [
    n('files') > 0 || (n('links') === 0 && n('special') === 0) ? `${fmtCount(n('files'))} file${n('files') === 1 ? '' : 's'}` : '',
    n('links') > 0 ? `${fmtCount(n('links'))} link${n('links') === 1 ? '' : 's'}` : '',
    n('special') > 0 ? `${fmtCount(n('special'))} special file${n('special') === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

/** CTX005: what a whole-context COPY drags in: the largest files and sensitive paths. */
function wholeContextFinding(input: CrossCheckInput, r: SourceResolution, file: string): Finding {
  let files = 0;
  let bytes = 0;
  const sensitive = new Set<string>();
  const sensitivePrefix = firstComponentWhere(isSensitiveName);
  // `COPY --exclude=.git . .` leaves out what its patterns match (llb.WithExcludePatterns, below the
  // copied source, which is the root here): neither counted nor named as dragged in.
  let excl: PatternMatcher | null = null;
  try {
    excl = r.source.excludes.length ? PatternMatcher.create(r.source.excludes) : null;
  } catch {
    excl = null;
  }
  const copied = excl === null ? input.entries : input.entries.filter((e) => !(excl as PatternMatcher).matchesOrParentMatches(e.path));
  for (const e of copied) {
    // Regular files, as every other figure counts them (the summary's files, CTX003, CTX203);
    // symlinks and hardlinks carry no content of their own.
    if (e.kind === 'file') {
      files++;
      bytes += e.contentBytes;
    }
    // A directory entry alone carries nothing: warehouse's `.git/*` leaves the empty .git, which
    // is not .git's history. What lies below it (or a sensitive file itself) does.
    const s = e.kind === 'dir' ? null : sensitivePrefix(e.path);
    if (s !== null) sensitive.add(byteStringToText(s) + (s.length < e.path.length ? '/' : ''));
  }
  const largest = topN(
    copied.filter((e) => e.kind === 'file'),
    input.top ?? 5,
    (a, b) => b.contentBytes - a.contentBytes || (a.path < b.path ? -1 : 1),
  ).map((e) => ({ path: byteStringToText(e.path), bytes: e.contentBytes }));
  const data = { ...sourceData(r), files, bytes, largest, sensitive: [...sensitive].sort(), ...(copied.length === 0 ? { copiesNothing: true } : {}) };
  return finding('CTX005', data, { file, line: r.source.line, column: r.source.column });
}

export function crossCheck(input: CrossCheckInput): CrossCheckResult {
  const file = input.dockerfileName;
  const read = parseDockerfile(input.dockerfileText, { buildArgs: input.buildArgs, runTimeArgs: input.runTimeArgs });
  // Unreadable: no stages, and one problem, so the BuildKit figure stops after the Dockerfile's own transfer.
  const asRead = input.dockerfileUnreadable === undefined ? read : { ...read, stages: [], problems: [{ line: 0, message: input.dockerfileUnreadable }] };
  const findings: Finding[] = [];
  if (input.dockerfileUnreadable !== undefined) findings.push(finding('CTX100', { problem: input.dockerfileUnreadable, unreadable: true }, { file }));
  else {
    // A line only another frontend reads (`INCLUDE` under `# syntax=devthefuture/dockerfile-x`): BuildKit runs
    // that frontend, not docker's parser; the legacy builder ignores the directive and refuses the line.
    const frontend = (input.builder ?? 'buildkit') === 'buildkit' ? customFrontend(asRead) : null;
    // (Only a line whose keyword docker's parser does not know: an `ENV PATH` with no value, or an
    // unterminated heredoc, is refused after dockerfile-x expands its INCLUDEs too; the review of d1d58601, A-R6.)
    // (A problem only docker's builders have, for a build buildah runs, none: it expands a variable in
    // COPY --from; the review of 2453c7b2, RC-R3.)
    for (const p of asRead.problems) if (!(p.dockerOnly === true && input.buildah === true)) findings.push(finding('CTX100', { problem: p.message, ...(frontend !== null && p.message.startsWith('unknown instruction') ? { frontend } : {}) }, { file, line: p.line }));
  }
  // What only some builders in use refuse (`<< EOF`: BuildKit before v0.22): a warning (CTX100's refine).
  for (const p of asRead.olderBuilders ?? []) findings.push(finding('CTX100', { problem: p.message, olderBuilders: true }, { file, line: p.line }));
  const ignoreFileName = input.ignoreFileName ?? '.dockerignore';
  const sourcesOf = (p: ParsedDockerfile) =>
    resolveSources(p, { entries: input.entries, excluded: input.excluded, matcher: input.matcher, rules: input.ignoreRules, ignoreFileName, root: input.root }, file, input.target, input.builder ?? 'buildkit');
  const asked = sourcesOf(asRead);
  // A target no stage is named (a workflow's `target:` the Dockerfile lost): BuildKit refuses the build
  // having read the Dockerfile alone, no .dockerignore and no context (the oracle), the legacy builder
  // after the upload. No source resolves, as for an unreadable Dockerfile, and the figure stops there.
  // (Not under another frontend, `# syntax=devthefuture/dockerfile-x`, whose INCLUDEd files may define it: info,
  // and the build read as that frontend's; the review of f3e04349, RA-R1.)
  const otherFrontend = (input.builder ?? 'buildkit') === 'buildkit' && input.dockerfileUnreadable === undefined ? customFrontend(asRead) : null;
  const problem = asked.needed.problem;
  // (At most 50 named, and how many there are: a stranger's 3,000 stages made a 56 kB message; RA-D2.)
  const named = asRead.stages.map((st) => st.name).filter((n): n is string => !!n);
  const stages = named.length > 50 ? [...named.slice(0, 50), `... (${named.length} in all)`] : named;
  const missingTarget = problem === null ? null : { problem, stages };
  const refused = problem !== null && otherFrontend === null;
  const parsed = !refused ? asRead : { ...asRead, stages: [], problems: [...asRead.problems, { line: 0, message: problem }] };
  const resolved = !refused ? asked : { ...sourcesOf(parsed), needed: { stages: [], target: -1, problem } };
  if (problem !== null) findings.push(finding('CTX100', { problem, missingTarget: true, stages, ...(otherFrontend !== null ? { frontend: otherFrontend } : {}), ...(input.targetNamedBy !== undefined ? { namedBy: input.targetNamedBy } : {}) }, { file }));

  // Indexed only when a source is missing: most builds never need it.
  let index: PathIndex | null = null;
  const nearest = (p: string) => {
    index ??= indexPaths([...input.entries.map((e) => e.path), ...input.excluded.map((x) => x.path)]);
    const near = nearestPath(index, p);
    return near === null ? {} : { suggestion: byteStringToText(near) };
  };
  // A COPY/ADD wildcard that matches nothing, in an instruction whose other sources do: moby's
  // legacy copier fails an instruction only when its sources together yield nothing ("no source
  // files were specified", getCopyInfosForSourcePaths), and BuildKit goes on as well. The lockfile
  // idiom `COPY package.json yarn.lock* package-lock.json* ./` (checked against the real daemon).
  const copiedWith = (r: SourceResolution): { copiedWith: string } | null => {
    if (r.source.instruction === 'RUN --mount' || !/[*?[]/.test(r.source.source)) return null;
    const other = resolved.resolutions.find(
      (o) => o !== r && o.stage === r.stage && o.source.instruction === r.source.instruction && o.source.instructionLine === r.source.instructionLine && (o.status === 'sent' || o.status === 'whole-context'),
    );
    return other ? { copiedWith: other.source.raw } : null;
  };
  // The nearest path, unless the same instruction copies it already (nixpacks' `COPY package.json
  // package-lock.json ./` without a lockfile: "did you mean package.json?" helps nobody).
  const nearestElse = (r: SourceResolution) => {
    const near = nearest(r.path);
    const same = resolved.resolutions.some((o) => o !== r && o.source.instructionLine === r.source.instructionLine && o.stage === r.stage && byteStringToText(o.path) === near.suggestion);
    return same ? {} : near;
  };
  for (const r of resolved.resolutions) {
    // A source BuildKit joins under the root: CTX103 says so (a warning when the joined path is sent).
    if (r.climbsOut !== undefined) {
      findings.push(finding('CTX103', sourceData(r), { file, line: r.source.line, column: r.source.column, path: byteStringToText(r.climbsOut) }));
      continue;
    }
    const where = { file, line: r.source.line, column: r.source.column, path: byteStringToText(r.path) };
    if (r.status === 'missing') findings.push(finding('CTX101', { ...sourceData(r), ...(copiedWith(r) ?? nearestElse(r)) }, where));
    else if (r.status === 'outside') findings.push(finding('CTX103', sourceData(r), where));
    else if (r.status === 'ignored') {
      findings.push(
        finding(
          'CTX102',
          { ...sourceData(r), ignoreFile: ignoreFileName, ignoreLine: r.ignoreRule?.line ?? null, ignorePattern: r.ignoreRule ? byteStringToText(r.ignoreRule.pattern) : null, matched: r.ignoredMatches.map(byteStringToText) },
          where,
        ),
      );
    } else if (r.status === 'whole-context' && r.source.instruction !== 'RUN --mount') {
      findings.push(wholeContextFinding(input, r, file));
    }
  }

  if (input.namedContexts && input.namedContexts.size > 0) findings.push(...namedContextFindings(input, parsed, resolved, file));

  // Only meaningful when the Dockerfile parsed into stages: otherwise every file would look unused.
  if (!resolved.coversWholeContext && parsed.stages.length > 0 && parsed.problems.length === 0) {
    const buildFiles = new Set<string>(['.dockerignore', file]);
    if (input.dockerfileSpecificIgnore) buildFiles.add(input.dockerfileSpecificIgnore);
    findings.push(...unusedFindings(input, resolved.references, buildFiles));
  }

  if (input.dockerfileSpecificIgnore !== null) {
    findings.push(
      finding('CTX305', { file: input.dockerfileSpecificIgnore, replaces: input.ignoreFileExists ? '.dockerignore' : null, ...(input.sameEntriesBothBuilders !== undefined ? { sameEntries: input.sameEntriesBothBuilders } : {}) }, { path: input.dockerfileSpecificIgnore }),
    );
  }
  let buildkit: BuildkitFigure | null = null;
  if (input.root) {
    const ig = buildkitIgnore(input);
    buildkit = computeBuildkitFigure({
      root: input.root,
      parsed,
      needed: resolved.needed,
      ignorePatterns: ig.patterns,
      ignoreFile: ig.file,
      dockerfileSpecificIgnore: ig.dockerfileSpecific ?? (ig.file !== null && ig.file === input.dockerfileSpecificIgnore),
      eligible: input.buildkitEligible,
      source: input.source,
    });
  }
  // No stage reads the context (optimism's op-alt-da: only `COPY --from=builder`; sweep 51/N-F8): the two
  // builders send different sets, and no image differs for it.
  if (buildkit !== null && !buildkit.usesContext && buildkit.error === null) {
    for (let i = 0; i < findings.length; i++) if (findings[i].ruleId === 'CTX305') findings[i] = { ...findings[i], data: { ...findings[i].data, readsNothing: true } };
  }
  return {
    findings,
    // Made when first asked for (resolveSources).
    get references() {
      return resolved.references;
    },
    parsed,
    resolved,
    buildkit,
    buildArgs: input.buildArgs,
    missingTarget,
  };
}

/** CTX101-103 for sources taken from named local contexts; data.namedContext names the context. */
function namedContextFindings(input: CrossCheckInput, parsed: ParsedDockerfile, resolved: ResolvedSources, file: string): Finding[] {
  const views = input.namedContexts as ReadonlyMap<string, ContextView>;
  const indexes = new Map<string, ReturnType<typeof indexContext>>();
  const out: Finding[] = [];
  for (const si of resolved.needed.stages) {
    for (const src of parsed.stages[si].sources) {
      if (src.from === null || src.from === '') continue;
      if (src.mountType !== null && src.mountType !== 'bind') continue;
      const name = views.has(src.from) ? src.from : views.has(src.from.toLowerCase()) ? src.from.toLowerCase() : null;
      if (name === null) continue;
      const view = views.get(name) as ContextView;
      if (!indexes.has(name)) indexes.set(name, indexContext(view));
      const r = resolveSource(view, indexes.get(name) as ReturnType<typeof indexContext>, src, si);
      const data = { ...sourceData(r), namedContext: name };
      const where = { file, line: r.source.line, column: r.source.column, path: byteStringToText(r.path) };
      if (r.status === 'missing') out.push(finding('CTX101', data, where));
      else if (r.status === 'outside') out.push(finding('CTX103', data, where));
      else if (r.status === 'ignored') {
        const rule = r.ignoreRule;
        out.push(finding('CTX102', { ...data, ignoreFile: `${view.ignoreFileName} of the named context "${name}"`, ignoreLine: rule?.line ?? null, ignorePattern: rule ? byteStringToText(rule.pattern) : null, matched: r.ignoredMatches.map(byteStringToText) }, where));
      }
    }
  }
  return out;
}
