// The prologue of the seeded differential suites against the docker CLI: the built CLI (refused when
// `npm run build` has not run), the docker CLI, and a seed printed so a failing run can be replayed
// (`CTX_AUDIT_SEED`, `CTX_AUDIT_CASE=i[,j]`, and a per-suite case count variable).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDocker } from './docker-oracle.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface SeededSuite {
  /** bin/ctx-audit.js, over the built bundle. */
  cliBin: string;
  seed: number;
  cases: number;
  /** Only these case numbers (with the seed), or undefined for all. */
  only: number[] | undefined;
}

export function seededDifferential(label: string, casesVar: string, defaultCases: number): SeededSuite {
  findDocker();
  if (!existsSync(join(repoRoot, 'dist', 'ctx-audit.mjs'))) throw new Error('dist/ctx-audit.mjs is missing: run `npm run build` before the differential tests');
  const seed = process.env.CTX_AUDIT_SEED ? Number(process.env.CTX_AUDIT_SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
  const cases = Number(process.env[casesVar] ?? defaultCases);
  const only = process.env.CTX_AUDIT_CASE?.split(',').map(Number);
  console.log(`${label}: CTX_AUDIT_SEED=${seed} ${casesVar}=${cases}`);
  return { cliBin: join(repoRoot, 'bin', 'ctx-audit.js'), seed, cases, only };
}
