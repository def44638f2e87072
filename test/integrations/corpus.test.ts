// The real-world corpus (issue 14): trimmed skeletons of public repositories (test/corpus/<name>/:
// manifest.tsv = every committed path with its git mode and size, texts.json = the real Dockerfiles,
// ignore files, Compose and workflow texts, contexts.json = the builds people run and the findings
// expected at warning or above, each with a reason taken from the repository's own facts, written
// from the Dockerfile and the tree before the rules were run). Each skeleton is materialized in a
// temp dir: real texts, generated content elsewhere (sparse files of the real size; a few recipes
// for content that tripped the rules, generated here so no secret-looking string is committed),
// and a git index listing every committed path (so CTX203 sees what git tracks).
// The test fails on any finding at warning or above that is not expected, and on any expected one
// that is gone. It also keeps the legacy parity on every context: docker's own upload (the CLI
// against a stub daemon) has exactly the entries and bytes ctx-audit computes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAudit } from '../../src/audit.js';
import { SEVERITY_RANK, type Finding } from '../../src/findings/finding.js';
import { captureUpload } from '../helpers/docker-oracle.js';
import { entryNames, listTarEntries } from '../helpers/tar-entries.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

export interface ExpectedFinding {
  rule: string;
  /** The finding's path, or `file:line` for a finding on the Dockerfile or ignore file. */
  at: string;
  severity: 'error' | 'warning';
  /** Why it is real, from the repository's own facts. */
  reason: string;
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

interface Materialized {
  root: string;
  cleanup(): void;
}

function materialize(name: string, repo: CorpusRepo): Materialized {
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
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  execFileSync('git', ['init', '-q', root], { env });
  execFileSync('git', ['update-index', '-z', '--index-info'], { cwd: root, env, input: index.join('\0') + '\0' });
  return { root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

const keyOf = (f: { ruleId: string; path?: string; file?: string; line?: number }) =>
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

const repos = fs
  .readdirSync(CORPUS)
  .filter((n) => fs.existsSync(join(CORPUS, n, 'contexts.json')))
  .sort();

test('the corpus has at least 12 repositories', () => {
  assert.ok(repos.length >= 12, `${repos.length} repositories`);
});

const summary: string[] = [];

for (const name of repos) {
  test(`corpus ${name}: findings at warning or above are exactly the expected ones; docker's legacy upload equals ctx-audit's`, async () => {
    const repo = JSON.parse(fs.readFileSync(join(CORPUS, name, 'contexts.json'), 'utf8')) as CorpusRepo;
    const m = materialize(name, repo);
    try {
      const problems: string[] = [];
      for (const c of repo.contexts) {
        const findings = auditCorpusContext(m.root, c);
        const serious = findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
        const expected = new Map(c.expected.map((e) => [`${e.rule} ${e.at}`, e]));
        for (const f of serious) {
          const e = expected.get(keyOf(f));
          if (!e) problems.push(`${c.name}: new ${f.severity} ${keyOf(f)}: ${f.message}`);
          else if (e.severity !== f.severity) problems.push(`${c.name}: ${keyOf(f)} is ${f.severity}, expected ${e.severity} (${e.reason})`);
        }
        const got = new Set(serious.map(keyOf));
        for (const [k, e] of expected) if (!got.has(k)) problems.push(`${c.name}: lost ${e.severity} ${k} (${e.reason})`);
        const errors = serious.filter((f) => f.severity === 'error').length;
        summary.push(`${name}/${c.name}: ${errors} errors, ${serious.length - errors} warnings, ${findings.length - serious.length} info`);

        // Legacy parity: the same entries and byte count as docker's own upload.
        const ctxDir = join(m.root, c.context);
        const file = join(m.root, c.file ?? join(c.context, 'Dockerfile'));
        const up = await captureUpload({ context: ctxDir, dockerfile: file, cwd: m.root });
        if (!up.tar) {
          problems.push(`${c.name}: docker posted no build: ${up.stderr.trim()}`);
          continue;
        }
        const engine = runAudit({ context: ctxDir, file, cwd: m.root, builder: 'legacy', crossCheck: false, runRules: false, parallel: 'never' });
        const dockerNames = entryNames(await listTarEntries(up.tar)).map((n) => n.replace(/\/$/, ''));
        const ours = engine.legacy.walk.entries.map((e) => Buffer.from(e.path, 'latin1').toString('utf8'));
        if (JSON.stringify(dockerNames) !== JSON.stringify(ours)) problems.push(`${c.name}: entry list differs from docker's (${dockerNames.length} vs ${ours.length})`);
        if (up.tar.length !== engine.legacy.tarBytes) problems.push(`${c.name}: docker sent ${up.tar.length} bytes, ctx-audit says ${engine.legacy.tarBytes}`);
      }
      assert.deepEqual(problems, []);
    } finally {
      m.cleanup();
    }
  });
}

test('corpus summary', () => {
  if (process.env.CTX_AUDIT_CORPUS_SUMMARY) console.log(summary.join('\n'));
});
