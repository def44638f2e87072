// Loads the oracle-confirmed vectors (copies of /work/shared, so tests never read outside the
// repo) and turns them into tree shapes. Shared by the oracle sanity test and the differential test.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TreeShape } from './trees.js';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface DockerVector {
  name: string;
  dockerignore: string | null;
  files: string[];
  dirs?: string[];
  symlinks?: Record<string, string>;
  hardlinks?: Record<string, string>;
  /** Means `-f <ctx>/<dockerfile>`. */
  dockerfile?: string;
  sent: string[];
  tarBytes: number;
  entryTypes: string;
  paxEntries?: string[];
}

export interface DockerErrorVector {
  name: string;
  dockerignore: string | null;
  files: string[];
  dirs?: string[];
  symlinks?: Record<string, string>;
  exitCode: number;
  stderrLastLine?: string;
  sent?: string[];
  tarBytes?: number;
  endMarker?: boolean;
  runAs?: string;
  note?: string;
}

export function loadVectors(): DockerVector[] {
  return JSON.parse(readFileSync(join(fixturesDir, 'docker-vectors.json'), 'utf8')) as DockerVector[];
}

export function loadErrorVectors(): DockerErrorVector[] {
  return JSON.parse(readFileSync(join(fixturesDir, 'docker-error-vectors.json'), 'utf8')) as DockerErrorVector[];
}

/**
 * What the error vectors leave implicit: which entry is made unreadable (R19/R20 only bite for a
 * non-root user) and what sits outside the context. Reconstructed from the vector names and
 * notes in docker-context-facts.md; the oracle sanity test proves each reconstruction.
 */
const ERROR_VECTOR_SETUP: Record<string, Pick<TreeShape, 'modes' | 'outside'>> = {
  'unreadable-file': { modes: { secret: 0o000 } },
  'unreadable-file-excluded': { modes: { secret: 0o000 } },
  'unreadable-dir': { modes: { 'locked': 0o000 } },
  'unreadable-dir-excluded-still-fails': { modes: { locked: 0o000 } },
  'unreadable-dockerignore': { modes: { '.dockerignore': 0o000 } },
  'unreadable-reincluded-file-truncates-tar': { modes: { 'ex/keep': 0o000 } },
  // R5: the symlink target must exist (else EvalSymlinks fails earlier with another message).
  'dockerfile-symlink-outside-context-without-f': { outside: { 'ext.Dockerfile': 'FROM scratch\n' } },
};

export function vectorShape(v: DockerVector): TreeShape {
  return {
    files: v.files,
    dirs: v.dirs,
    symlinks: v.symlinks,
    hardlinks: v.hardlinks,
    dockerignore: v.dockerignore,
  };
}

export function errorVectorShape(v: DockerErrorVector): TreeShape {
  return {
    files: v.files,
    dirs: v.dirs,
    symlinks: v.symlinks,
    dockerignore: v.dockerignore,
    ...(ERROR_VECTOR_SETUP[v.name] ?? {}),
  };
}

export function runsAsNobody(v: DockerErrorVector): boolean {
  return v.runAs !== undefined;
}
