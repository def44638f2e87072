// What a bare wildcard copies, as a real BuildKit (engine.ts) builds it: `COPY * /crds/` takes .git
// too (Go's filepath.Match has no rule for dot files), so the image holds the repository's history
// (gatekeeper's crd.Dockerfile). A RUN in the built image checks what landed; ctx-audit's CTX003 on
// .git is an error exactly when .git is in the image.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without root or the engine)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { buildTree } from '../helpers/trees.js';
import { BASE } from './cases.js';
import { auditJson, withEngine } from './suite.js';

const CASES: { label: string; copy: string; gitInImage: boolean }[] = [
  { label: 'COPY * takes .git', copy: 'COPY * /crds/', gitInImage: true },
  { label: 'COPY */HEAD takes .git/HEAD', copy: 'COPY */HEAD /crds/x/', gitInImage: true },
  { label: 'COPY *.yaml does not', copy: 'COPY *.yaml /crds/', gitInImage: false },
];

withEngine('wildcard copies', 'bare wildcards against a real BuildKit', (engine) => {
  for (const c of CASES) {
    it(c.label, { timeout: 180_000 }, async () => {
      // The RUN fails the build unless the image holds (or lacks) what the case says.
      const check = c.gitInImage ? 'RUN test -n "$(find /crds -path "*HEAD*" | head -1)"' : 'RUN test -z "$(find /crds -path "*HEAD*")"';
      const tree = buildTree({
        files: ['Dockerfile', 'a.yaml', '.git/HEAD', '.git/config'],
        fileContents: { Dockerfile: `FROM ${BASE}\n${c.copy}\n${check}\n`, 'a.yaml': 'kind: X\n', '.git/HEAD': 'ref: refs/heads/main\n' },
        dockerignore: null,
      });
      try {
        const b = await engine().build('.', { cwd: tree.ctx });
        assert.equal(b.build.exitCode, 0, `the image does not match the case\n${b.build.stderr.slice(-800)}`);
        const git = (await auditJson(tree.ctx)).findings.filter((f) => f.ruleId === 'CTX003' && f.path === '.git');
        // Not copied, it is at most info (BuildKit does not request it for this Dockerfile).
        assert.deepEqual(git.map((f) => f.severity), c.gitInImage ? ['error'] : ['info'], JSON.stringify(git));
      } finally {
        tree.cleanup();
      }
    });
  }
});

// A backslash escapes the next character in BuildKit's containsWildcards, so a source with one and
// no `*`, `?` or `[` is a literal path: missing, the build fails (atsea's Windows Dockerfiles write
// `COPY .\out .` under `# escape=\``). ctx-audit read any backslash as a wildcard and said BuildKit
// "copies nothing for it and goes on" (a warning).
withEngine('wildcard copies', 'a backslash in a COPY source against a real BuildKit', (engine) => {
  for (const [label, copy, build] of [
    ['conf\\app.ini under escape=` is a literal path: missing, the build fails', 'COPY conf\\app.ini /etc/app.ini', 'fails'],
    ['conf\\*.ini under escape=`: the backslash escapes the star, a literal path: missing, the build fails', 'COPY conf\\*.ini /etc/', 'fails'],
    ['conf*.ini: a wildcard matching nothing, BuildKit goes on', 'COPY conf*.ini /etc/', 'ok'],
  ] as const) {
    it(label, { timeout: 180_000 }, async () => {
      const tree = buildTree({ files: ['Dockerfile', 'conf/app.ini'], fileContents: { Dockerfile: `# escape=\`\nFROM ${BASE}\n${copy}\n`, 'conf/app.ini': 'a=1\n' }, dockerignore: null });
      try {
        const b = await engine().build('.', { cwd: tree.ctx });
        const { run, findings } = await auditJson(tree.ctx);
        const errors = findings.filter((f) => f.ruleId === 'CTX101' && f.severity === 'error');
        const info = `build (exit ${b.build.exitCode}):\n${b.build.stderr.slice(-600)}\nctx-audit: ${run.stdout.slice(0, 600)}`;
        if (build === 'ok') {
          assert.equal(b.build.exitCode, 0, info);
          assert.equal(errors.length, 0, info);
        } else {
          assert.notEqual(b.build.exitCode, 0, info);
          assert.equal(errors.length, 1, info);
        }
      } finally {
        tree.cleanup();
      }
    });
  }
});
