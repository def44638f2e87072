// Renders `why` explanations: plain text for people, JSON for tools. Pure functions of the data.
import { formatBytes, formatCount, formatSize } from '../units.js';
import { neutralizeCommands, neutralizeJson, safeText } from './safe-text.js';
import type { Decision, Difference, PathExplanation, Placement, RequestDecision, RuleRef } from '../explain/explain.js';

export const WHY_SCHEMA_VERSION = 1;

export function renderWhyJson(paths: readonly PathExplanation[]): string {
  return neutralizeJson(JSON.stringify({ schemaVersion: WHY_SCHEMA_VERSION, paths }, null, 2) + '\n');
}

/** `.dockerignore:12: !docs/*.md`, or the exceptions the docker CLI appends for the build files (R22). */
export function formatRule(r: RuleRef): string {
  if (r.origin === 'build-file-protection') return `${safeText(r.pattern)} (appended by the docker CLI so the build files are sent)`;
  return `${safeText(r.file ?? '')}:${r.line}: ${safeText(r.pattern)}`;
}

function decisionLines(d: Decision, builder: 'legacy' | 'buildkit'): string[] {
  const out: string[] = [];
  for (const e of d.enteredDirs) {
    const by = e.exception === 'wildcard' ? 'a wildcard exception keeps BuildKit from skipping excluded directories' : `the text of ${formatRule(e.exception)} starts with it${e.fact === 'R27' ? ', so the legacy walk looks inside' : ', so BuildKit looks inside'}`;
    out.push(`its directory ${safeText(e.dir)}/ is excluded by ${e.rule ? formatRule(e.rule) : 'a pattern'} but still walked: ${by}`);
  }
  switch (d.cause) {
    case 'no-pattern':
      out.unshift(d.sent ? 'sent: no ignore line matches it' : 'not sent');
      break;
    case 'excluded':
      out.unshift(`not sent: ${formatRule(d.rule as RuleRef)} excludes it`);
      if (d.enteredForExceptions) out.push(builder === 'legacy' ? 'the walk enters it for an exception, but an excluded directory gets no tar entry of its own' : 'the walk enters it for an exception');
      break;
    case 'reincluded':
      out.unshift(`sent: ${formatRule(d.rule as RuleRef)} re-includes it`);
      break;
    case 'protected':
      out.unshift(`sent: excluded by the ignore file, but the docker CLI re-adds its build files: ${formatRule(d.rule as RuleRef)}`);
      break;
    case 'parent-of-sent':
      out.unshift(`sent as a parent directory: ${formatRule(d.rule as RuleRef)} excludes it, but BuildKit sends the parents of every sent path`);
      break;
    case 'pruned': {
      const p = d.prunedAt as NonNullable<Decision['prunedAt']>;
      const rule = p.rule ? formatRule(p.rule) : 'a pattern';
      const how =
        p.fact === 'R27' ? `no exception's text starts with "${safeText(p.dir)}/", so the legacy walk never looks inside` : 'no exception lies under it, so BuildKit never looks inside';
      out.unshift(`not sent: its directory ${safeText(p.dir)}/ is excluded by ${rule} and pruned: ${how}`);
      break;
    }
    case 'pattern-error':
      out.unshift(`not decided: a pattern failed (${safeText(d.error ?? '')}); Docker stops its walk there`);
      break;
    default: {
      const never: never = d.cause;
      throw new Error(String(never));
    }
  }
  for (const r of d.overridden) out.push(`overrides ${formatRule(r)} (matched earlier)`);
  for (const r of d.deadExceptions) {
    out.push(
      d.cause === 'pruned'
        ? `${formatRule(r)} matches it but cannot rescue it: the directory is never read`
        : `${formatRule(r)} matches it but has no effect: an exception only applies after an earlier line excluded the path`,
    );
  }
  return out;
}

function requestLine(r: RequestDecision): string {
  switch (r.cause) {
    case 'whole-context':
      return `requested: yes, the Dockerfile uses the whole context (${safeText(r.fallbackReason ?? '')})`;
    case 'follow-path':
      return `requested: yes, through the Dockerfile path "${safeText(r.followPath ?? '')}"`;
    case 'parent-of-requested':
      return 'requested: yes, as the parent directory of a requested path';
    case 'not-referenced':
      return 'requested: no, no COPY, ADD or bind mount of the target names it';
    case 'excluded':
      return `requested: no, the Dockerfile names it${r.followPath ? ` ("${safeText(r.followPath)}")` : ''} but the ignore file excludes it`;
    case 'context-unused':
      return 'requested: no, no stage the target needs reads the build context';
    default: {
      const never: never = r.cause;
      throw new Error(String(never));
    }
  }
}

const DIFFERENCE_TEXT: Record<Difference, string> = {
  'ignore-file': 'BuildKit reads a different ignore file (<Dockerfile>.dockerignore)',
  'build-file-protection': 'the legacy CLI re-adds the Dockerfile and .dockerignore; BuildKit does not',
  'prune-rule': 'the builders decide differently whether to enter an excluded directory (legacy: an exception starts with its path; BuildKit: an exception could match below it)',
  'parent-directory': 'BuildKit sends parent directories of sent paths; the legacy tar has no entry for an excluded directory',
  'not-requested': 'BuildKit could send it but this target does not request it',
};

const PLACEMENT_TEXT: Record<Placement, string> = {
  'final-stage': 'yes: copied into the target stage (or a stage it is built FROM), or carried there by a COPY --from whose source holds it',
  'other-stage': 'no: copied only into a build stage; the image takes other paths from that stage',
  mount: 'no: only bind-mounted during a RUN, never stored in a layer',
};

const plural = (n: number, w: string) => `${formatCount(n)} ${w}${n === 1 ? '' : 's'}`;

export function renderWhyText(paths: readonly PathExplanation[]): string {
  const out: string[] = [];
  for (const e of paths) {
    const missing = e.kind === 'missing';
    out.push(`${safeText(e.path)}${e.kind === 'dir' && e.path !== '.' ? '/' : ''} (${missing ? 'does not exist' : e.kind})`);
    const block = (title: string, lines: string[]) => {
      out.push(`  ${title}: ${lines[0]}`);
      for (const l of lines.slice(1)) out.push(`      ${l}`);
    };
    if (missing) {
      // Nothing is there to send: say so first, then what the ignore file would do with it.
      out.push('  sent: no, by neither builder: nothing exists at this path in the context');
      if (e.didYouMean) out.push(`  did you mean ${safeText(e.didYouMean)}?`);
    }
    const ifCreated = missing ? 'if created, ' : '';
    // A missing path is "not sent" with no pattern deciding; created, it would be sent.
    const decided = (d: Decision, b: 'legacy' | 'buildkit') => {
      const lines = decisionLines(d, b);
      if (missing && d.cause === 'no-pattern') lines[0] = 'sent: no ignore line matches it';
      return lines;
    };
    block(`${ifCreated}legacy builder`, decided(e.legacy, 'legacy'));
    const bkTitle = `${ifCreated}BuildKit (${e.buildkit.ignoreFile ? `reads ${safeText(e.buildkit.ignoreFile)}` : 'no ignore file'})`;
    const bk = decided(e.buildkit.eligible, 'buildkit');
    bk[0] = bk[0].replace(/^sent/, 'eligible').replace(/^not sent/, 'not eligible');
    if (e.buildkit.request && !missing) bk.push(requestLine(e.buildkit.request));
    block(bkTitle, bk);
    if (e.differences.length) block('builders differ', e.differences.map((d) => DIFFERENCE_TEXT[d]));
    if (e.buildFile) {
      const bf = e.buildFile;
      const what = bf.role === 'dockerfile' ? 'the Dockerfile of this build' : bf.role === 'ignore-file' ? 'the ignore file' : 'a Dockerfile this build does not use';
      const legacy = {
        protected: 'the legacy CLI sends it although a pattern excludes it, and the daemon deletes it once it has read it: no COPY or ADD sees it',
        'dropped-r24': "excluded, and the CLI's deprecated matcher misses it, so it is NOT re-added: the daemon will not find it",
        'not-protected-r23': 'excluded: only the Dockerfile used is protected',
        'not-excluded': 'no pattern excludes it',
      }[bf.legacy];
      block('build file', [`${what}; ${legacy}`, ...(bf.buildkitExcluded ? ['BuildKit does not protect build files: it is not in the context transfer'] : [])]);
    }
    if (e.references.length) {
      block(
        'Dockerfile',
        e.references.map(
          (r) =>
            `${safeText(r.file)}:${r.line} ${safeText(r.text)}${r.stageName ? ` (stage ${safeText(r.stageName)})` : ` (stage ${r.stage})`}${missing ? ': would copy it, but it does not exist' : r.status === 'ignored' ? ': wants it, but it is excluded' : ''}`,
        ),
      );
    } else out.push('  Dockerfile: no COPY, ADD or bind mount of the target uses it');
    if (e.references.length) {
      const notSent = !e.legacy.sent && !e.buildkit.eligible.sent;
      out.push(`  in the final image: ${missing ? 'no: it does not exist' : e.reachesImage ? PLACEMENT_TEXT[e.reachesImage] : notSent ? 'no: the ignore file keeps it out of the context' : 'no'}`);
    }
    if (e.directory) {
      const d = e.directory;
      const lines = [
        `legacy sends ${plural(d.legacy.sent.files, 'file')} (${formatSize(d.legacy.sent.bytes)}; ${formatBytes(d.legacy.sent.tarBytes)} of tar), excludes ${plural(d.legacy.excluded.files, 'file')} (${formatSize(d.legacy.excluded.bytes)})`,
        `BuildKit eligible ${plural(d.buildkit.eligible.files, 'file')} (${formatSize(d.buildkit.eligible.bytes)})` +
          (d.buildkit.requested ? `, requested ${plural(d.buildkit.requested.files, 'file')} (${formatSize(d.buildkit.requested.bytes)})` : ''),
        ...d.top.map((c) => `${safeText(c.path)}: sent ${plural(c.sentFiles, 'file')} (${formatBytes(c.sentTarBytes)} of tar), excluded ${plural(c.excludedFiles, 'file')} (${formatSize(c.excludedBytes)})`),
      ];
      block('directory', lines);
    }
    out.push('');
  }
  // The first line of each block is the path itself: `why '::error::x'` must not print a command.
  return neutralizeCommands(out.join('\n'));
}
