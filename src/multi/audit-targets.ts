// `--compose`, `--bake` and `--all`: collect the targets the flags name and audit each, with the
// config file's settings, inside the repository boundary. Returns data; the CLI renders it.
import * as path from 'node:path';
import type { Builder } from '../builder.js';
import { configForRun } from '../config/config.js';
import { failOnFor, settingsFor, type ConfigFlags } from '../configured-audit.js';
import { repoBoundary, type RepoBoundary } from '../context/boundary.js';
import { InputError } from '../errors.js';
import type { FailOn } from '../findings/verdict.js';
import { bakeFileRelative, bakeTargets } from '../targets/bake.js';
import { composeFilesFromEnv, composeTargets, composeV1Services, findComposeFiles } from '../targets/compose.js';
import { discoverTargets } from '../targets/discover.js';
import type { BuildTarget } from '../targets/target.js';
import { runTargets, type MultiAuditResult } from './run-targets.js';
import { relativeToBase } from './summary.js';

export interface TargetSources {
  /** Compose files in -f order; [] means Compose's own discovery; null when --compose was not given. */
  compose: string[] | null;
  bake: string[];
  all: string | null;
}

export interface TargetsRequest extends ConfigFlags {
  sources: TargetSources;
  cwd: string;
  /** Compose interpolation and `.env` (the process environment). */
  env: Record<string, string | undefined>;
  builder: Builder;
  top: number;
  /** `--build-arg`: overrides every target's args. */
  buildArgs: Record<string, string>;
  buildContexts: Record<string, string>;
  allowOutsideRepo: boolean;
  /** `--measure-excluded` (AuditOptions.measureExcluded). */
  measureExcluded: boolean;
  /** `--allow-url-contexts`: clone or download the URL contexts the files name (a flag, never a file). */
  allowUrlContexts: boolean;
}

/** Every target the flags name, in flag order: Compose, then Bake, then discovery. */
export function collectTargets(req: Pick<TargetsRequest, 'sources' | 'cwd' | 'env' | 'buildArgs'>, repository: RepoBoundary): BuildTarget[] {
  const sources = req.sources;
  const targets: BuildTarget[] = [];
  if (sources.compose !== null) {
    // No file named: COMPOSE_FILE (the environment's, else the working directory's .env) names them, as for docker compose.
    const files = sources.compose.length > 0 ? sources.compose : (composeFilesFromEnv(req.cwd, undefined, req.env) ?? findComposeFiles(req.cwd));
    const found = composeTargets(files, { cwd: req.cwd, env: req.env, repository });
    // `docker compose build` builds nothing and exits 0 here; a gate that passes having checked
    // nothing is the failure --all already refuses ("no build found"), so the named file is refused too.
    if (found.length === 0) {
      // renalware-core's docker-compose.yml: `web:` with `build: .` at the top level, no `services:`.
      const v1 = files.map((f) => [f, composeV1Services(path.resolve(req.cwd, f))] as const).find(([, names]) => names.length > 0);
      if (v1 !== undefined) {
        throw new InputError(`--compose: ${relativeToBase(req.cwd, v1[0])} has no services: key; ${v1[1].join(', ')} at its top level is the Compose v1 format, which docker compose refuses ("(root) Additional property ${v1[1][0]} is not allowed"); nothing to audit`);
      }
      throw new InputError(`--compose: no service in ${files.map((f) => relativeToBase(req.cwd, f)).join(', ')} has a build: section (docker compose build would build nothing); nothing to audit`);
    }
    targets.push(...found);
  }
  // `--bake FILE` is `docker buildx bake -f FILE` run here: contexts resolve from here.
  for (const b of sources.bake) {
    const found = bakeTargets(b, req.cwd, repository, bakeFileRelative(req.env) ? undefined : req.cwd);
    if (found.length === 0) throw new InputError(`--bake: ${relativeToBase(req.cwd, b)} defines no target to build; nothing to audit`);
    targets.push(...found);
  }
  if (sources.all !== null) targets.push(...discoverTargets(sources.all, { cwd: req.cwd, env: req.env, repository }).targets);
  // `--build-arg` on our command line overrides every target's args, as `docker compose build --build-arg` does.
  return targets.map((t) => ({ ...t, args: { ...t.args, ...req.buildArgs } }));
}

export async function auditTargetsWithConfig(req: TargetsRequest): Promise<{ multi: MultiAuditResult; failOn: FailOn }> {
  const repository = repoBoundary(req.cwd, req.allowOutsideRepo);
  const config = await configForRun(req, req.cwd, req.cwd, repository);
  // URL contexts only when the command line says so; a file can never ask for a clone or a download.
  const urls = req.allowUrlContexts ? await (await import('../inputs/url-targets.js')).fetchUrlTargets(collectTargets(req, repository), req.env) : null;
  const targets = urls?.targets ?? collectTargets(req, repository);
  try {
    const multi = runTargets(targets, {
      fetched: urls?.fetched,
      repository,
      cwd: req.cwd,
      baseDir: req.cwd,
      builder: req.builder,
      top: req.top,
      namedContexts: req.buildContexts,
      measureExcluded: req.measureExcluded,
      settings: settingsFor(req, config),
      findings: { severity: config.rules, ignores: config.ignores },
    });
    return { multi, failOn: failOnFor(req, config) };
  } finally {
    urls?.cleanup();
  }
}
