import { toByteString } from '../context/bytes.js';
import { finalChain, placementOf } from '../dockerfile/placement.js';
import { crossCheckRule } from './from-cross-check.js';
import { followedByCopy, readAndHoldsNone } from './ctx201-secret-file.js';
import { isCommittedExample, isCommittedTestFile } from './test-fixtures.js';
import type { RawFinding, RuleContext } from './rule.js';

const base = crossCheckRule('CTX005', {
  summary: '`COPY . .` (or an equivalent) copies everything sent into the image.',
  why: 'Whatever the ignore file lets through lands in a layer: .git history, .env files, keys, local build output. The finding lists the largest and the sensitive things it drags in.',
  fix: 'Copy what the image needs by name, or make .dockerignore an allowlist so `COPY . .` can only bring what you chose. The finding is a warning only when it can matter: the copy is in the target stage (or a stage it is built FROM) and either there is no .dockerignore or sensitive paths (.git, .env, keys, ...) are among what it copies (a secret-named file that CTX201 read and found no credential in, such as a settings-only `.npmrc`, is not one, nor is a committed test fixture or example, such as a CI run\'s `.env.ci`, nor a symlink, whose target a whole-context copy does not send, unless a named source is the link or lies below it). It is a warning too when it copies nothing at all: the ignore file excludes the whole context with a catch-all line (`*`, `**`) and no exception lets anything back in (`*` then `ADD . /workspace`: what the next RUN expects there is not). It is info when the .dockerignore is an allowlist (its first line is `*` or `**`: the author chose what the context holds), when nothing sensitive is copied, and when the copy is in a build stage whose result the image only partly takes (the message then names the stage) unless a `COPY --from` carries sensitive paths it copied on into the image (the message names those and the line); a `COPY --from` that carries where the whole copy landed (`COPY --from=build /app /app`) makes it the image\'s copy, judged as one. Not reported for a source that is empty only because it names a build arg the build passes with a value known only when it runs (a workflow\'s `JAR_FILE=build/libs/api-${{ inputs.version }}.jar`): that value, not "", is what it copies.',
  bad: 'COPY . /app',
  good: 'COPY package.json package-lock.json /app/\nCOPY src/ /app/src/',
});

/** Lines that exclude whatever a context holds. */
const CATCH_ALL: ReadonlySet<string> = new Set(['*', '**', '/*', '/**', '**/*']);

/** An allowlist ignore file: everything excluded first, then what is wanted brought back. */
function isAllowlist(ctx: RuleContext): boolean {
  const first = ctx.ignore.rules[0]?.pattern;
  return first === '*' || first === '**' || first === '/*' || first === '/**';
}

export const wholeContextCopy = {
  ...base,
  check(ctx: RuleContext): RawFinding<Record<string, unknown>>[] {
    const cc = ctx.crossCheck;
    if (!cc) return [];
    const chain = finalChain(cc.parsed, cc.resolved.needed.target);
    const stageOfLine = new Map<number, number>();
    for (const r of cc.resolved.resolutions) stageOfLine.set(r.source.line, r.stage);
    // A source naming a build arg the build passes with a value known only when it runs (kafka-ui's
    // `COPY $JAR_FILE`, `JAR_FILE=build/libs/api-${{ inputs.version }}.jar`): "" is not what it copies,
    // so nothing says it takes the whole context (sweep 49/A-F1).
    const atRunTime = new Set(Object.keys(ctx.argsAtRunTime ?? {}));
    const runTimeValue = (raw: RawFinding<Record<string, unknown>>) => Array.isArray(raw.data.openArgs) && (raw.data.openArgs as string[]).some((n) => atRunTime.has(n));
    return base.check(ctx).filter((raw) => !runTimeValue(raw)).map((raw) => {
      const stage = stageOfLine.get(raw.line ?? -1);
      const inBuildStage = stage !== undefined && !chain.has(stage);
      // A secret-named file read and found to hold none (a settings-only .npmrc) is not sensitive; nor
      // is a committed test fixture or example, which CTX201 reports as info (solidtime's `.env.ci`).
      const sensitive = ((raw.data.sensitive as string[] | undefined) ?? []).filter((s) => {
        if (s.endsWith('/')) return true;
        const p = toByteString(s);
        // A symlink sends only the link, not its target (formbricks' committed apps/web/.env -> ../../.env,
        // sweep 49/B-F4), unless a named source is the link or lies below it, which BuildKit follows.
        if (ctx.entries.find((e) => e.path === p)?.kind === 'symlink' && !followedByCopy(ctx, p)) return false;
        return !readAndHoldsNone(ctx, p) && !isCommittedTestFile(ctx, p) && !isCommittedExample(ctx, p);
      });
      if (sensitive.length !== ((raw.data.sensitive as string[] | undefined) ?? []).length) raw = { ...raw, data: { ...raw.data, sensitive } };
      // The sensitive paths a COPY --from carries on from that stage into the image (pixelfed's
      // `COPY . /var/www/` in a build stage, then `COPY --from=... /var/www /var/www`).
      const shipped: string[] = [];
      const via = new Set<number>();
      const res = inBuildStage ? cc.resolved.resolutions.find((r) => r.source.line === raw.line && r.status === 'whole-context') : undefined;
      for (const s of res ? sensitive : []) {
        const isDir = s.endsWith('/');
        const a = placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, res!, toByteString(isDir ? s.slice(0, -1) : s), isDir);
        if (a.placement !== 'final-stage') continue;
        shipped.push(s);
        for (const l of a.via) via.add(l);
      }
      // Or, with nothing sensitive in it (the sensitive paths are judged one by one above: a RUN may
      // delete one, as healthchecks' builder deletes .git), a COPY --from carries the whole copy on
      // (cryptpad's `COPY --from=build /cryptpad /cryptpad`): where the context's root lands is carried.
      let carried = false;
      if (res && sensitive.length === 0) {
        const a = placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, res, '.', false); // as a point: carried whole, not in part
        if (a.placement === 'final-stage') {
          carried = true;
          for (const l of a.via) via.add(l);
        }
      }
      // Else part of it may go on (go-ddd-clean-template: `COPY --from=builder /app/config /config`
      // from the stage that took the whole copy): the message must not say nothing does.
      // Judged by what the context holds at its top (a COPY --from of a directory the copy never
      // made, `/app/sub`, carries none of it): at most 256 entries are asked.
      let partly = false;
      if (res && !carried && shipped.length === 0) {
        let asked = 0;
        for (const e of ctx.entries) {
          if (e.path.includes('/')) continue;
          if (++asked > 256) break;
          const a = placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, res, e.path, e.kind === 'dir');
          if (a.placement !== 'final-stage') continue;
          partly = true;
          for (const l of a.via) via.add(l);
          break;
        }
      }
      const data = inBuildStage
        ? {
            ...raw.data,
            buildStage: cc.parsed.stages[stage].name ?? String(stage),
            ...(shipped.length > 0 ? { shipped, shippedBy: [...via].sort((a, b) => a - b) } : {}),
            ...(carried ? { carried: true, shippedBy: [...via].sort((a, b) => a - b) } : {}),
            ...(partly ? { partlyCarried: true, shippedBy: [...via].sort((a, b) => a - b) } : {}),
          }
        : raw.data;
      // Nothing to copy: the ignore file excludes the whole context and no exception lets anything
      // back (helm-diff: `*`, then `ADD . /workspace` and `RUN helm plugin install .`). The copy is
      // surely a mistake, in any stage; an exception that matches nothing today (`!dist`) may be
      // for a file a step makes first, so that stays info.
      // (A catch-all line, `*` or `**`: a list of names that happens to cover today's files would still
      // send a dist/ a step writes first; the review of 461d47b1.)
      if (raw.data.copiesNothing === true && ctx.excluded.length > 0 && ctx.ignore.rules.some((r) => CATCH_ALL.has(r.pattern)) && !ctx.ignore.rules.some((r) => r.pattern.startsWith('!'))) {
        return { ...raw, data: { ...data, emptiedBy: ctx.ignoreLocation ?? '.dockerignore' } };
      }
      const matters = (!inBuildStage || shipped.length > 0 || carried) && !isAllowlist(ctx) && (ctx.ignore.rules.length === 0 || sensitive.length > 0);
      return { ...raw, data, ...(matters ? {} : { maxSeverity: 'info' as const }) };
    });
  },
};
