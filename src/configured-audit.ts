// The audit a command line asks for: inside the repository boundary, with the config file's
// settings (a flag given wins over the file), and, when asked, a baseline comparison and the
// compressed upload. Returns data; the CLI renders it and sets the exit code.
import * as path from 'node:path';
import { DEFAULT_SETTINGS, assertAuditInputsInsideRepo, displayPath, runAudit, type AuditOptions, type AuditResult } from './audit.js';
import { compareWithBaseline, readBaseline, sentFilesOf, type MaxGrowth } from './baseline/baseline.js';
import { configForRun, type Config } from './config/config.js';
import { repoBoundary } from './context/boundary.js';
import type { FailOn } from './findings/verdict.js';
import type { RuleSettings } from './rules/rule.js';

/** The flags that override the config file; undefined means "not given". */
export interface ConfigFlags {
  noConfig: boolean;
  config?: string;
  maxFileSize?: number;
  maxContextSize?: number;
  secretScan?: boolean;
  failOn?: FailOn;
}

/** The rules' settings: each flag given, else the config file's value, else the default. */
export function settingsFor(flags: ConfigFlags, config: Config): RuleSettings {
  return {
    maxFileSize: flags.maxFileSize ?? config.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize,
    maxContextSize: flags.maxContextSize ?? config.maxContextSize ?? DEFAULT_SETTINGS.maxContextSize,
    secretContent: {
      enabled: flags.secretScan ?? config.secretContent?.enabled ?? DEFAULT_SETTINGS.secretContent.enabled,
      maxBytes: config.secretContent?.maxBytes ?? DEFAULT_SETTINGS.secretContent.maxBytes,
    },
  };
}

/** The threshold a run fails at: --fail-on, else the config file's failOn, else error. */
export function failOnFor(flags: ConfigFlags, config: Config): FailOn {
  return flags.failOn ?? config.failOn ?? 'error';
}

/** A context that is not a directory (stdin, an archive), as src/inputs/context-input.ts makes it one. */
export interface InputContext {
  /** Where the config is looked for (the working directory: there is no context directory). */
  configDir: string;
  notice: { path: string; message: string };
  /** Entries docker writes at build time (their mtime is unknown until then). */
  buildTimeEntries?: string[];
  audit: Pick<AuditOptions, 'walk' | 'archiveUpload' | 'repository' | 'fetchedByBuildkit' | 'gitContext'>;
  /** `--compress` of an archive, measured while it was read. */
  compressed?: AuditResult['context']['compressed'];
  /** Why docker's --compress bytes vary from build to build (a git URL's clone). */
  compressUnreproducible?: string;
}

export interface AuditRequest extends ConfigFlags, Pick<AuditOptions, 'context' | 'file' | 'cwd' | 'builder' | 'target' | 'onProgress' | 'onSecretScan' | 'onRules'> {
  top: number;
  buildArgs: Record<string, string>;
  /** `--build-context name=value`. */
  buildContexts: Record<string, string>;
  /** --allow-outside-repo (src/context/boundary.ts). */
  allowOutsideRepo: boolean;
  /** `--baseline FILE` (as given, relative to cwd) and `--max-growth`. */
  baseline?: string;
  maxGrowth?: MaxGrowth;
  /** `--compress`: also measure what `docker build --compress` sends. */
  compress: boolean;
  /** Total what the ignore file keeps out (AuditOptions.measureExcluded). */
  measureExcluded: boolean;
  input?: InputContext;
  /** `-f -`: reads the Dockerfile from stdin, once the inputs, config and baseline have passed. */
  readDockerfileStdin?: () => Promise<Buffer | undefined>;
  /** The walk and the rules are done (the CLI clears its progress line before the slower extras). */
  onAudited?: () => void;
}

export interface ConfiguredAudit {
  result: AuditResult;
  failOn: FailOn;
}

export async function auditWithConfig(req: AuditRequest): Promise<ConfiguredAudit> {
  const input = req.input;
  const repository = repoBoundary(req.cwd, req.allowOutsideRepo);
  // The inputs first, so a context outside the repository is named before any config beside it.
  // (A stdin context is a directory ctx-audit wrote from stdin: nothing of the user's is read.)
  if (!input) assertAuditInputsInsideRepo({ context: req.context, file: req.file, cwd: req.cwd, namedContexts: req.buildContexts, repository, builder: req.builder });
  const config = await configForRun(req, input?.configDir ?? path.resolve(req.cwd, req.context), req.cwd, repository);
  // Read first: a bad baseline is exit 2 before any work.
  const baseline = req.baseline === undefined ? null : readBaseline(path.resolve(req.cwd, req.baseline), req.baseline);
  const dockerfileStdin = await req.readDockerfileStdin?.();
  const result = runAudit({
    context: req.context,
    file: req.file,
    dockerfileStdin,
    cwd: req.cwd,
    builder: req.builder,
    top: req.top,
    buildArgs: req.buildArgs,
    target: req.target,
    namedContexts: req.buildContexts,
    measureExcluded: req.measureExcluded,
    repository: input ? undefined : repository,
    settings: settingsFor(req, config),
    findings: { severity: config.rules, ignores: config.ignores },
    onProgress: req.onProgress,
    onSecretScan: req.onSecretScan,
    onRules: req.onRules,
    ...input?.audit,
  });
  req.onAudited?.();
  if (input) {
    // The context as the user named it (`-`, the archive), not the temporary directory audited.
    result.context.root = input.notice.path;
    result.context.notices.unshift(input.notice);
    // No ignore file can exist in a context docker writes itself: CTX301 would only be noise.
    result.findings = result.findings.filter((f) => f.ruleId !== 'CTX301');
  }
  // Opt-in: a deflate pass over the whole upload (the default audit never pays for it, nor loads it).
  if (req.compress) {
    result.context.compressed = input?.compressed ?? (await (await import('./context/compressed-upload.js')).measureCompressedUpload(result.legacy, { buildTimeEntries: input?.buildTimeEntries, unreproducible: input?.compressUnreproducible }));
  }
  if (baseline && req.baseline !== undefined) {
    result.baseline = compareWithBaseline(result, baseline, { file: req.baseline, builder: req.builder, maxGrowth: req.maxGrowth ?? null, sentFiles: sentFilesOf(result, displayPath) });
  }
  return { result, failOn: failOnFor(req, config) };
}
