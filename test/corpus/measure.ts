// Prints, for every corpus context, the findings at warning or above and whether `--fail-on error`
// would exit 1. Usage: node --import tsx test/corpus/measure.ts
import { SEVERITY_RANK } from '../../src/findings/finding.js';
import { auditCorpusContext, corpusRepos, keyOf, materialize, readRepo } from '../helpers/corpus.js';

let failing = 0;
let total = 0;
for (const name of corpusRepos()) {
  const repo = readRepo(name);
  const m = materialize(name, repo);
  try {
    for (const c of repo.contexts) {
      total++;
      const fs = auditCorpusContext(m.root, c).filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
      const errors = fs.filter((f) => f.severity === 'error').length;
      if (errors > 0) failing++;
      console.log(`${name}/${c.name}: exit ${errors > 0 ? 1 : 0}, ${errors} errors, ${fs.length - errors} warnings`);
      for (const f of fs) console.log(`  ${f.severity} ${keyOf(f)}: ${f.message.slice(0, 160)}`);
    }
  } finally {
    m.cleanup();
  }
}
console.log(`${failing}/${total} contexts exit 1 with --fail-on error`);
