import { formatCount, formatSize } from '../units.js';
import { byteStringToText } from '../context/bytes.js';
import { defineRule } from './rule.js';

export interface MissingDockerignoreData {
  files: number;
  /** Content bytes of those files: what nothing keeps out (the upload itself depends on the builder). */
  bytes: number;
  /** Under SMALL_FILES files and SMALL_BYTES bytes: reported as info. */
  small: boolean;
  /**
   * Under BuildKit, when the Dockerfile names what it copies (no whole-context source): the files
   * and bytes BuildKit requests for this target. Under the small bounds, the finding is info.
   */
  requested?: { files: number; bytes: number };
  /**
   * A `.dockerignore` beside the Dockerfile in a directory under the context root, which this build
   * does not read (the legacy builder reads the root's; BuildKit the root's or `<Dockerfile>.dockerignore`):
   * what it was written to keep out is sent. The finding is a warning then, whatever the size.
   */
  unreadBeside?: string;
  /** A step that writes `.dockerignore` into the context before the build (overleaf's recipe: `cp .dockerignore ../`): info then. */
  writtenBy?: string;
}

/**
 * A context this small is reported as info. On the real-world corpus the warning fired on sample apps
 * of 6-41 files and a few kB (awesome-compose's fastapi and django, whoami), where no maintainer adds
 * a .dockerignore; what does matter in such a context is reported anyway, by the rules about what is
 * sent (.git and dependency directories CTX003, secrets CTX201/CTX202, `COPY .` CTX005).
 */
const SMALL_FILES = 100;
const SMALL_BYTES = 1_000_000;

export const missingDockerignore = defineRule<MissingDockerignoreData>({
  id: 'CTX301',
  name: 'missing-dockerignore',
  severity: 'warning',
  docs: {
    summary: 'The context has no .dockerignore at all.',
    why: 'Without a .dockerignore, docker sends the whole directory: .git, dependencies, build output, local .env files. Even when today\'s tree is small, nothing stops tomorrow\'s from leaking. A context under 100 files and 1 MB is reported as info: what matters in it (.git, dependencies, secrets, `COPY .`) is reported by those rules at their own severity. So is one BuildKit requests under 100 files and 1 MB of, for a Dockerfile that names what it copies (no whole-context source), or under 100 files each of which a COPY names itself, or holds in a directory it names when the context holds nothing else but the Dockerfile, or beside it at most 10 files of under 64 kB in all (however big: an ignore file could keep none of them out without changing what the image gets): the finding says how much it requests. Not reported for a Git context (a git URL under BuildKit, a build-push-action step with no `context:`): BuildKit applies no ignore file to one, so adding one changes nothing. When a `.dockerignore` sits beside a Dockerfile built from a directory above it, the finding says so and is a warning whatever the size: this build reads no such file (only the context root\'s, or under BuildKit `<Dockerfile>.dockerignore` beside the Dockerfile), so what it lists is sent. When a script line before the build writes the context root\'s `.dockerignore` (overleaf\'s Makefile: `cp .dockerignore ../`, then a build of `..`), the finding is info and says so: what that file keeps out is not known here.',
    fix: 'Add a .dockerignore at the context root (or move the one beside the Dockerfile there, or rename it `<Dockerfile>.dockerignore` for BuildKit). An allowlist (`*` then `!src`, `!package.json`, ...) is the safest form.',
    bad: '$ ls -a\n.git  .env  Dockerfile  node_modules  src',
    good: '# .dockerignore\n*\n!src\n!package.json\n!package-lock.json',
  },
  check(ctx) {
    // BuildKit applies no ignore file to a Git context: adding one changes nothing.
    if (ctx.ignore.path !== null || ctx.gitContext) return [];
    let files = 0;
    let bytes = 0;
    for (const e of ctx.entries) {
      if (e.kind !== 'file') continue;
      files++;
      bytes += e.contentBytes;
    }
    const small = files < SMALL_FILES && bytes < SMALL_BYTES;
    // BuildKit requests only what the Dockerfile names (mailcow's backup image copies nothing, Kavita's
    // three paths of 2,241 files): the context is eligible, not sent. A whole-context source sends it all.
    const bk = ctx.builder === 'buildkit' ? ctx.crossCheck?.buildkit : null;
    const requested = bk && bk.error === null && bk.requestedPaths !== 'all' ? { files: bk.usesContext ? (bk.transfer?.requestedFiles ?? 0) : 0, bytes: bk.usesContext ? bk.requestedBytes : 0 } : undefined;
    // Every file BuildKit requests is one a COPY names itself (hcengineering/platform's pod-ai-bot
    // copies assets/avatar.png, 2.6 MB): an ignore file could keep none of them out.
    const follow = bk && bk.error === null && bk.followPaths !== 'all' ? new Set(bk.followPaths) : null;
    const requestedFiles = requested && follow ? (bk?.requestedList ?? []).filter((q) => !q.endsWith('/')) : [];
    // (Or, when the context holds nothing else but the Dockerfile, lies in a directory a COPY names: jessfraz/
    // dockerfiles' termboy, `COPY games /games`, three 370 kB game files; an ignore file could keep them out only
    // by changing what the image gets; sweep 53/C-F3. Beside files nothing requests, a copied directory keeps
    // the warning: the ignore file that keeps those out could trim it too.)
    // (Its 32 nearest directories at most, and only where the answer counts: under 100 requested files; a
    // stranger's files 1,000 directories deep made it quadratic, the review of 5748e815, RB-R2.)
    const underFollowed = (q: string) => {
      let n = 0;
      for (let i = q.lastIndexOf('/'); i > 0 && n++ < 32; i = q.lastIndexOf('/', i - 1)) if (follow?.has(q.slice(0, i))) return true;
      return false;
    };
    // (Or beside at most 10 files nothing requests, under 64 kB in all: kubeconform's scripts/, its 407-byte Makefile
    // beside the Dockerfile made the same 1.2 MB of named fixtures a warning; sweep 55/O-F4.)
    const onlyCopied = requested !== undefined && requested.files < SMALL_FILES && (requested.files >= files - 1 || (files - requested.files <= 10 && bytes - requested.bytes < 64 * 1024));
    const named = requested !== undefined && requested.files > 0 && follow !== null && requestedFiles.length === requested.files && requestedFiles.every((q) => follow.has(q) || (onlyCopied && underFollowed(q)));
    const fewRequested = requested !== undefined && requested.files < SMALL_FILES && (requested.bytes < SMALL_BYTES || named);
    // health-equity-tracker builds exporter/Dockerfile from the repository root: exporter/.dockerignore
    // beside it is read by nothing, and the root has none.
    const df = ctx.dockerfilePath ?? null;
    const dir = df === null || !df.includes('/') ? null : df.slice(0, df.lastIndexOf('/'));
    const beside = dir === null ? null : `${dir}/.dockerignore`;
    const unreadBeside = beside !== null && ctx.entries.some((e) => e.path === beside && e.kind === 'file') ? beside : null;
    // overleaf's server-ce/Makefile runs `cp .dockerignore $(MONOREPO_ROOT)` before building from the root.
    const change = ctx.ignoreFileChangedBy ?? null;
    // buildah reads the context's .containerignore instead: the build has an ignore file.
    if (change?.because !== undefined) return [];
    const writtenBy = change !== null && !change.removes ? change.step : null;
    const data = { files, bytes, small, ...(requested ? { requested } : {}), ...(unreadBeside !== null && writtenBy === null ? { unreadBeside: byteStringToText(unreadBeside) } : {}), ...(writtenBy !== null ? { writtenBy } : {}) };
    return [{ file: '.dockerignore', data, ...(writtenBy !== null || ((small || fewRequested) && unreadBeside === null) ? { maxSeverity: 'info' as const } : {}) }];
  },
  message: (d) =>
    d.writtenBy !== undefined
      ? `no .dockerignore in the checkout: ${d.writtenBy} writes one; what it keeps out is not known here (the figures are without it)`
      : `no .dockerignore: nothing keeps ${d.files === 1 ? 'the 1 file' : `any of the ${formatCount(d.files)} files`} (${formatSize(d.bytes)}) out of the context` +
    (d.requested ? `; BuildKit requests ${formatCount(d.requested.files)} of them (${formatSize(d.requested.bytes)}) for this Dockerfile, which names what it copies` : '') +
    (d.unreadBeside !== undefined ? `; the .dockerignore beside the Dockerfile (${d.unreadBeside} in this context) is not read for this build (only the context root's .dockerignore is, or under BuildKit a <Dockerfile>.dockerignore beside it): what it lists is sent` : ''),
});
