// Materializes the real-world corpus skeletons (test/corpus/, see test/integrations/corpus.test.ts)
// into temp dirs, and audits their contexts.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAudit } from '../../src/audit.js';
import type { Finding } from '../../src/findings/finding.js';

export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

export interface ExpectedFinding {
  rule: string;
  /** The finding's path, or `file:line` for a finding on the Dockerfile or ignore file. */
  at: string;
  severity: 'error' | 'warning';
  /** Why it is reported, from the repository's own facts. */
  reason: string;
  /** Whether a maintainer would act on it (`tp`) or not (`fp`: correct but not worth acting on). */
  verdict: 'tp' | 'fp';
}

export interface CorpusContext {
  name: string;
  /** Context directory, relative to the repository root. */
  context: string;
  /** Dockerfile, relative to the repository root (default `<context>/Dockerfile`). */
  file?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  /** Why this is the build people run (the README, a Compose file, a workflow). */
  source: string;
  expected: ExpectedFinding[];
}

export interface CorpusRepo {
  /** Untracked files the documented build step makes before `docker build` (path -> size). */
  built?: Record<string, number>;
  /** Generated content for committed files whose content matters (path -> recipe name). */
  generated?: Record<string, string>;
  contexts: CorpusContext[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const rand = (n: number, alphabet = B64) => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
const pem = (edge: string, label: string) => `-----${edge} ${label}-----`;
// AWS's published example key id, assembled here so the literal is never committed.
const AWS_EXAMPLE_ID = ['AK', 'IA', 'IOSFODNN7', 'EXAMPLE'].join('');

/** Content recipes: the shapes of text that real files had, with fresh values. */
const RECIPES: Record<string, () => string> = {
  // Docs showing the AWS example key id and a PEM block with `...` for its body.
  'docs-aws-example-and-pem-placeholder': () => `## S3\n\n\`\`\`\nAWS_ACCESS_KEY_ID=${AWS_EXAMPLE_ID}\n\`\`\`\n\n\`\`\`\n${pem('BEGIN', 'RSA PRIVATE KEY')}\n...\n${pem('END', 'RSA PRIVATE KEY')}\n\`\`\`\n`,
  // A PEM placeholder inside a JSON-ish string with \n escapes.
  'docs-pem-escaped-placeholder': () => `SIGNING_KEY="${pem('BEGIN', 'RSA PRIVATE KEY')}\\n...\\n${pem('END', 'RSA PRIVATE KEY')}"\n`,
  // A UI placeholder: BEGIN, prose, END.
  'ui-pem-placeholder': () => `placeholder: \`${pem('BEGIN', 'PRIVATE KEY')}\nYour private key here\n${pem('END', 'PRIVATE KEY')}\`,\n`,
  // A test fixture with a truncated key (BEGIN, the first base64 characters, "...").
  'test-truncated-key': () => `privateKey:\n  "${pem('BEGIN', 'PRIVATE KEY')}\\n${rand(44)}...",\n`,
  // Code and tests using the AWS example key id as a sample value.
  'code-aws-example': () => `initialValue: "${AWS_EXAMPLE_ID}",\ncurrentValue: "${AWS_EXAMPLE_ID}",\n`,
};

export interface Materialized {
  root: string;
  cleanup(): void;
}

export function materialize(name: string, repo: CorpusRepo): Materialized {
  const dir = join(CORPUS, name);
  const texts = JSON.parse(fs.readFileSync(join(dir, 'texts.json'), 'utf8')) as Record<string, string>;
  const root = fs.mkdtempSync(join(tmpdir(), `ctx-audit-corpus-${name}-`));
  const index: string[] = [];
  const ensureDir = (p: string) => fs.mkdirSync(join(root, dirname(p)), { recursive: true });
  const writeSized = (p: string, size: number, mode: number) => {
    const fd = fs.openSync(join(root, p), 'w', mode);
    try {
      if (size > 0) fs.ftruncateSync(fd, size); // sparse: no disk, real size
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(join(root, p), mode);
  };
  for (const line of fs.readFileSync(join(dir, 'manifest.tsv'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [mode, size, p, target] = line.split('\t');
    const rel = Buffer.from(p, 'latin1').toString('utf8');
    ensureDir(rel);
    index.push(`${mode} e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\t${rel}`);
    if (mode === '160000') fs.mkdirSync(join(root, rel), { recursive: true }); // submodule not checked out
    else if (mode === '120000') fs.symlinkSync(Buffer.from(target, 'latin1').toString('utf8'), join(root, rel));
    else {
      const m = mode === '100755' ? 0o755 : 0o644;
      const recipe = repo.generated?.[rel];
      if (texts[rel] !== undefined) fs.writeFileSync(join(root, rel), texts[rel], { mode: m });
      else if (recipe !== undefined) fs.writeFileSync(join(root, rel), RECIPES[recipe](), { mode: m });
      else writeSized(rel, Number(size), m);
    }
  }
  for (const [p, size] of Object.entries(repo.built ?? {})) {
    ensureDir(p);
    writeSized(p, size, 0o644);
  }
  // The index git would have after a checkout: every committed path, nothing built.
  // (No COLUMNS: the texts are laid out for 80 columns, whatever terminal runs the suite.)
  const { COLUMNS: _, ...rest } = process.env;
  const env = { ...rest, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  execFileSync('git', ['init', '-q', root], { env });
  execFileSync('git', ['update-index', '-z', '--index-info'], { cwd: root, env, input: index.join('\0') + '\0' });
  return { root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export const keyOf = (f: { ruleId: string; path?: string; file?: string; line?: number }) =>
  `${f.ruleId} ${f.file !== undefined && f.line !== undefined ? `${f.file}:${f.line}` : (f.path ?? '')}`;

export interface ContextOutcome {
  repo: string;
  context: string;
  findings: Finding[];
  unexpected: Finding[];
  lost: ExpectedFinding[];
}

export function auditCorpusContext(root: string, c: CorpusContext): Finding[] {
  const context = join(root, c.context);
  const file = join(root, c.file ?? join(c.context, 'Dockerfile'));
  return runAudit({ context, file, cwd: root, builder: 'legacy', target: c.target, buildArgs: c.buildArgs, parallel: 'never' }).findings;
}

export function corpusRepos(): string[] {
  return fs
    .readdirSync(CORPUS)
    .filter((n) => fs.existsSync(join(CORPUS, n, 'contexts.json')))
    .sort();
}

export function readRepo(name: string): CorpusRepo {
  return JSON.parse(fs.readFileSync(join(CORPUS, name, 'contexts.json'), 'utf8')) as CorpusRepo;
}
