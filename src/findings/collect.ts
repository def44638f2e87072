// Runs the rules and turns their raw findings into reported ones, in this order: severity
// overrides and `off` from the config, path-scoped ignores, the copied-into-image ranking, the
// message rendered from data, then the Dockerfile's inline suppressions (and CTX901 for those that
// suppressed nothing).
import { formatCount } from '../units.js';
import ignore from 'ignore';
import { byteStringToText } from '../context/bytes.js';
import { ignoreFileLocation, type RawFinding, type RuleContext } from '../rules/rule.js';
import { allRules, findRule, RULES, type AnyRule, type RuleId } from '../rules/registry.js';
import { unusedSuppressionFindings } from '../rules/ctx901-unused-suppression.js';
import { deliberateLookup, type DeliberateLookup } from '../rules/deliberate.js';
import { firstAtOrUnder } from '../rules/paths.js';
import { copiedByLookup, copiedByText, copiedIntoStageText, COPY_RANKED_RULES, RAISED } from './copied-into-image.js';
import { compareFindings, SEVERITY_RANK, type Finding, type Severity } from './finding.js';
import { applySuppressions, readSuppressions } from './suppressions.js';

export type SeveritySetting = Severity | 'off';

/** `{ paths: ['fixtures/**'], rules: ['CTX201'] }`: findings on those paths are dropped (all rules when `rules` is absent). */
export interface PathIgnore {
  paths: string[];
  rules?: RuleId[];
}

export interface CollectOptions {
  severity?: Partial<Record<RuleId, SeveritySetting>>;
  ignores?: PathIgnore[];
  /** The Dockerfile, for `# ctx-audit ignore=` comments; `name` is how findings name it (`file`). */
  dockerfile?: { name: string; text: Buffer | string };
}

export function collectFindings(ctx: RuleContext, opts: CollectOptions = {}): Finding[] {
  const ignores = (opts.ignores ?? []).map((i) => ({ matcher: ignore().add(i.paths), rules: i.rules }));
  const severityOf = (id: string): SeveritySetting => opts.severity?.[id as RuleId] ?? (RULES[id as RuleId] as AnyRule).severity;
  const copiedBy = copiedByLookup(ctx.crossCheck);
  const notRequested = notRequestedLookup(ctx);
  let deliberate: DeliberateLookup | undefined;
  const toFinding = (rule: AnyRule, severity: Severity, raw: RawFinding<Record<string, unknown>>): Finding | null => {
    const path = raw.path === undefined ? undefined : byteStringToText(raw.path);
    if (path !== undefined && ignores.some((i) => (!i.rules || i.rules.includes(rule.id as RuleId)) && isIgnoredPath(i.matcher, path))) return null;
    let data = raw.data;
    let message = rule.message(data);
    // A Git context is cloned on the builder: nothing is sent, the files are in the commit.
    if (raw.path !== undefined && SENT_ENTRY_RULES.has(rule.id) && ctx.gitContext) message = gitContextWording(message);
    // CTX004's findings are the files no source uses, so BuildKit requests none of them (the
    // per-directory rows and the one for files directly in ./ alike).
    else if (raw.path !== undefined && SENT_ENTRY_RULES.has(rule.id) && notRequested(raw.path, rule.id === 'CTX004')) {
      // The BuildKit view lists what BuildKit may send; this target does not ask for this path.
      data = { ...data, requested: false };
      message = eligibleWording(message, rule.id);
    }
    if (raw.path !== undefined && COPY_RANKED_RULES.has(rule.id)) {
      // CTX003 leaves out files brought in on purpose; the COPYs of those do not rank the rest.
      const skip = rule.id === 'CTX003' && raw.data.deliberate ? (f: string) => (deliberate ??= deliberateLookup(ctx))(f, raw.path as string) : undefined;
      const { image, stage } = copiedBy(raw.path, rule.id === 'CTX003', skip);
      if (image.length > 0) {
        data = { ...data, copiedBy: image.map((r) => ({ file: r.file, line: r.line, ...(r.via ? { via: r.via } : {}) })) };
        message += `; ${copiedByText(image)}`;
        severity = RAISED[severity];
      } else if (stage.length > 0) {
        // Only into a build stage whose shipped part does not hold it: the rule's own severity.
        data = { ...data, copiedIntoStage: stage.map((r) => ({ file: r.file, line: r.line, stage: r.stageName ?? r.stage })) };
        message += `; ${copiedIntoStageText(stage)}`;
      }
      // A secret git tracks that no COPY puts in the image reaches the builder (its cache, a
      // build stage's layers) and nothing else: the repository's readers have it already. It
      // leaks when it ships, so it is a warning until then (casdoor's object/token_jwt_key.key,
      // its built-in default, read at run time, copied into the Go build stage only).
      if (image.length === 0 && SECRET_RULES.has(rule.id) && data.committed === true && data.requested !== false && SEVERITY_RANK[severity] > SEVERITY_RANK.warning) {
        // In a Git context no COPY taking it means no build step reads it: as a path context's file
        // BuildKit does not request, info (logflare's and Squidex's committed dev keys were warnings
        // there, info in a path context; sweep 49/E-F4, A-F4).
        // (Not one a RUN --mount=type=bind reads, whole or by a source above it: the RUN may put it in
        // the image; the review of 6222b82f.)
        severity = ctx.gitContext && stage.length === 0 && !boundByRun(ctx, raw.path) ? 'info' : 'warning';
        // Copied into a build stage, the stage's text says already that no COPY --from takes it and
        // that a RUN there still may (snappymail's release.php packs the whole tree into a tarball the
        // image unpacks): "not copied into the image" would state as fact what is not known.
        const notCopied = stage.length > 0 ? '' : ' and not copied into the image';
        message +=
          typeof data.copyOf === 'string'
            ? `; the same bytes as ${data.copyOf}, which git tracks${notCopied}: the builder gets nothing the repository does not already hold`
            : `; committed to git${notCopied}: the builder gets nothing the repository does not already hold`;
      }
    }
    if (raw.maxSeverity !== undefined && SEVERITY_RANK[severity] > SEVERITY_RANK[raw.maxSeverity]) severity = raw.maxSeverity;
    // A step of this build writes or deletes the ignore file before the build: what is sent, and so
    // whether this fails or leaks, is not what the checkout's ignore file says (netbird's build.sh
    // copies one in that keeps out the key reported here; Estate-DAO's jobs delete the one that would
    // keep out a downloaded binary). An error would be a guess.
    const changed = ctx.ignoreFileChangedBy;
    if (changed && severity === 'error' && dependsOnIgnoreFile(rule.id, data)) {
      severity = 'warning';
      data = { ...data, ignoreFileChangedBy: changed.step };
      message += `; but ${changed.because ?? `${changed.step} ${changed.removes ? 'deletes' : 'writes'} the ${ignoreFileLocation(ctx)} this build reads before the build`}: what it is sent is not known here`;
    }
    // Under BuildKit a path this target does not request is never read nor transferred: it costs
    // nothing and leaks nothing in this build, so it is info (the legacy view still reports it).
    if (data.requested === false) severity = 'info';
    const f: Finding = { ruleId: rule.id, name: rule.name, severity, message, data };
    if (path !== undefined) f.path = path;
    if (raw.file !== undefined) f.file = raw.file;
    if (raw.line !== undefined) f.line = raw.line;
    if (raw.column !== undefined) f.column = raw.column;
    return f;
  };
  const findings: Finding[] = [];
  for (const rule of allRules()) {
    const severity = severityOf(rule.id);
    if (severity === 'off') continue;
    for (const raw of rule.check(ctx)) {
      const f = toFinding(rule, severity, raw as RawFinding<Record<string, unknown>>);
      if (f) findings.push(f);
    }
  }
  if (!opts.dockerfile) return aggregateRepeated(withoutCoveredLargeFiles(withFixtureKeys(findings)).sort(compareFindings));

  const { name, text } = opts.dockerfile;
  const { kept, unused } = applySuppressions(
    findings,
    readSuppressions(text),
    name,
    (rule) => findRule(rule)?.id ?? null,
    (id) => severityOf(id) !== 'off',
  );
  const ctx901 = severityOf('CTX901');
  if (ctx901 !== 'off') {
    for (const raw of unusedSuppressionFindings(unused, name)) {
      const f = toFinding(RULES.CTX901, ctx901, raw as unknown as RawFinding<Record<string, unknown>>);
      if (f) kept.push(f);
    }
  }
  return aggregateRepeated(withoutCoveredLargeFiles(withFixtureKeys(kept)).sort(compareFindings));
}

/**
 * A key file CTX201 calls a secret by its content, whose every key CTX202 found to be the same key
 * as a committed fixture or example (eq-survey-runner's jwt-test-keys/*.pem, whose keys its
 * tests/app/authentication/__init__.py holds as TEST_DO_NOT_USE_SR_PRIVATE_PEM): the same verdict
 * for the same key, info, not an error beside CTX202's info.
 */
function withFixtureKeys(findings: Finding[]): Finding[] {
  const sameKey = new Map<string, string | null>();
  for (const f of findings) {
    if (f.ruleId !== 'CTX202' || f.path === undefined) continue;
    const as = typeof f.data.sameKeyAs === 'string' && f.severity === 'info' ? f.data.sameKeyAs : null;
    // Every hit of the file must be such a key: one that is not keeps the file's verdict.
    sameKey.set(f.path, sameKey.has(f.path) && sameKey.get(f.path) === null ? null : as);
  }
  if (![...sameKey.values()].some((v) => v !== null)) return findings;
  return findings.map((f) => {
    // A key file only: a dotenv's verdict may come from its passwords, whatever its key is (the review of 168626c).
    const keyFile = f.data.kind === 'private-key-or-certificate' || f.data.kind === 'ssh-private-key';
    const as = f.ruleId === 'CTX201' && keyFile && f.path !== undefined && f.data.evidence === 'content' && f.severity !== 'info' ? sameKey.get(f.path) : undefined;
    if (as === undefined || as === null) return f;
    return { ...f, severity: 'info', data: { ...f.data, sameKeyAs: as }, message: `${f.message}; the same key as ${as}, a committed fixture or example (CTX202): check it is not a live one` };
  });
}

/**
 * A large file inside a directory CTX003 reports (a `.git` pack, a binary in `node_modules`) is
 * counted by that finding: one cause, one finding. CTX001 stays when CTX003 is off, suppressed or
 * less severe there, so nothing is lost by configuration.
 */
function withoutCoveredLargeFiles(findings: Finding[]): Finding[] {
  const dirs = findings.filter((f) => f.ruleId === 'CTX003' && f.path !== undefined);
  if (dirs.length === 0) return findings;
  return findings.filter(
    (f) => f.ruleId !== 'CTX001' || f.path === undefined || !dirs.some((d) => f.path!.startsWith(d.path!.replace(/\/$/, '') + '/') && SEVERITY_RANK[d.severity] >= SEVERITY_RANK[f.severity]),
  );
}

/**
 * At most this many findings of one rule are listed (issue 16 item 5): a stranger's ignore file of
 * 2,000 dead lines would otherwise print 2,000 CTX302s in every format. The rest become one finding
 * that says how many were left out, at the highest severity among them, so exit codes stay the same.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** `sorted` (compareFindings order) with each rule's findings past the cap folded into one, listed after them. */
export function aggregateRepeated(sorted: Finding[], cap = MAX_FINDINGS_PER_RULE): Finding[] {
  const seen = new Map<string, number>();
  const dropped = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of sorted) {
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    if (n <= cap) out.push(f);
    else {
      const list = dropped.get(f.ruleId);
      if (list) list.push(f);
      else dropped.set(f.ruleId, [f]);
    }
  }
  if (dropped.size === 0) return sorted;
  const result: Finding[] = [];
  for (let i = 0; i < out.length; i++) {
    result.push(out[i]);
    const rest = dropped.get(out[i].ruleId);
    // After the last listed finding of that rule (a rule's findings are not always adjacent: severity sorts first).
    if (!rest || out.slice(i + 1).some((f) => f.ruleId === out[i].ruleId)) continue;
    const first = rest[0]; // the most severe: sorted by severity first
    const files = new Set(rest.map((f) => f.file));
    result.push({
      ruleId: first.ruleId,
      name: first.name,
      severity: first.severity,
      message: `${formatCount(rest.length)} more ${first.ruleId} findings like the ones above are not listed (at most ${cap} per rule)`,
      ...(files.size === 1 && first.file !== undefined ? { file: first.file } : {}),
      data: { aggregated: rest.length },
    });
  }
  return result;
}

/**
 * Under --builder buildkit the entries are BuildKit's eligible set, of which a target requests only
 * what its sources name (unless it uses the whole context): true for a path nothing requested is at
 * or below (`unused`: the finding is about files no source uses, so none is requested; with no
 * stage reading the context, nothing is). Always false for the legacy view, which sends every entry.
 */
function notRequestedLookup(ctx: RuleContext): (path: string, unused?: boolean) => boolean {
  const bk = ctx.crossCheck?.buildkit;
  if (ctx.builder !== 'buildkit' || !bk || bk.error !== null || bk.followPaths === 'all') return () => false;
  // No stage reads the context: BuildKit requests nothing at all.
  if (!bk.usesContext) return () => true;
  const requested = bk.requestedList.map((p) => p.replace(/\/$/, '')).sort();
  return (path, unused = false) => {
    if (unused) return true;
    if (path === '' || path === '.') return false;
    return firstAtOrUnder(requested, path) === undefined;
  };
}

/** Findings whose verdict rests on what the ignore file keeps out: what is sent, or what it excludes. */
function dependsOnIgnoreFile(id: string, data: Record<string, unknown>): boolean {
  if (SENT_ENTRY_RULES.has(id) || id === 'CTX002' || id === 'CTX005' || id === 'CTX006' || id === 'CTX102') return true;
  return id === 'CTX101' && data.ignoreLine !== undefined;
}

/** Rules whose finding is about a sent entry: under BuildKit they say whether the target requests it. */
const SENT_ENTRY_RULES: ReadonlySet<string> = new Set(['CTX001', 'CTX003', 'CTX004', 'CTX201', 'CTX202', 'CTX203']);
/** Secret findings: a committed secret that does not reach the image is a warning (above). */
const SECRET_RULES: ReadonlySet<string> = new Set(['CTX201', 'CTX202']);

/** "is sent" -> "is eligible (this target does not request it)", in the rules' message shapes. */
export function eligibleWording(message: string, ruleId?: string): string {
  // CTX004: nothing uses the files, so BuildKit never requests them.
  if (ruleId === 'CTX004') return message.replace(/\b(is|are) sent \(|^directory sent \(/, (m) => m.replace('sent', 'eligible')).replace(/\) but no /, ') but not requested: no ');
  const note = ' (BuildKit would not request it for this target)';
  if (/\b(is|are) sent\b/.test(message)) return message.replace(/\b(is|are) sent\b/, (_m, v: string) => `${v} eligible${note}`);
  if (/^directory sent \(/.test(message)) return message.replace(/^directory sent \(/, `directory eligible${note} (`);
  if (/^sent file\b/.test(message)) return message.replace(/^sent file\b/, `eligible file${note}`);
  return message;
}

/** The same message for a Git context (src/buildkit/git-context.ts): what is "sent" is in the Git context BuildKit clones (the commit, and .git with BUILDKIT_CONTEXT_KEEP_GIT_DIR). */
export function gitContextWording(message: string): string {
  return message
    .replace(/\b(is|are) sent\b/, (_m, v: string) => `${v} in the Git context BuildKit clones`)
    .replace(/^directory sent \(/, 'directory in the Git context BuildKit clones (')
    .replace(/^sent file\b/, 'file in the Git context BuildKit clones');
}

function isIgnoredPath(m: ReturnType<typeof ignore>, path: string): boolean {
  try {
    return m.ignores(path);
  } catch {
    // `ignore` rejects some paths (e.g. with a leading `./`); such a path simply is not ignored.
    return false;
  }
}

/** Whether a RUN --mount=type=bind of the main context takes `p` (the whole context, or a source that is it or lies above it). */
function boundByRun(ctx: RuleContext, p: string): boolean {
  return (ctx.crossCheck?.resolved.resolutions ?? []).some(
    (r) => r.source.instruction === 'RUN --mount' && (r.source.mountType === null || r.source.mountType === 'bind') && (r.status === 'whole-context' || r.path === '' || r.path === '.' || p === r.path || p.startsWith(r.path + '/') || r.sentMatches.some((m) => p === m || p.startsWith(m + '/'))),
  );
}
