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
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { SEVERITY_RANK } from '../../src/findings/finding.js';
import { CORPUS_PRECISION, CORPUS_SUMMARY } from '../../src/rules/precision.js';
import { auditCorpusContext, corpusRepos, keyOf, materialize, readRepo } from '../helpers/corpus.js';
import { captureUpload } from '../helpers/docker-oracle.js';
import { entryNames, listTarEntries } from '../helpers/tar-entries.js';

const repos = corpusRepos();
test('the corpus has at least 12 repositories', () => {
  assert.ok(repos.length >= 12, `${repos.length} repositories`);
});

const summary: string[] = [];

for (const name of repos) {
  test(`corpus ${name}: findings at warning or above are exactly the expected ones; docker's legacy upload equals ctx-audit's`, async () => {
    const repo = readRepo(name);
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

test('docs/rules.md publishes the corpus precision recorded in the expected findings (true and false positives per rule)', () => {
  const counts = new Map<string, { tp: number; fp: number }>();
  let contexts = 0;
  let exitOne = 0;
  for (const name of repos) {
    for (const c of readRepo(name).contexts) {
      contexts++;
      if (c.expected.some((e) => e.severity === 'error')) exitOne++;
      for (const e of c.expected) {
        const n = counts.get(e.rule) ?? { tp: 0, fp: 0 };
        n[e.verdict]++;
        counts.set(e.rule, n);
      }
    }
  }
  const published = new Map(CORPUS_PRECISION.map((p) => [p.rule, { tp: p.truePositives, fp: p.falsePositives }]));
  for (const [rule, n] of counts) assert.deepEqual(published.get(rule), n, rule);
  for (const [rule, n] of published) if (!counts.has(rule)) assert.deepEqual(n, { tp: 0, fp: 0 }, rule);
  assert.deepEqual([CORPUS_SUMMARY.repositories, CORPUS_SUMMARY.contexts, CORPUS_SUMMARY.exitOneAfter], [repos.length, contexts, exitOne]);
});

test('corpus summary', () => {
  if (process.env.CTX_AUDIT_CORPUS_SUMMARY) console.log(summary.join('\n'));
});
