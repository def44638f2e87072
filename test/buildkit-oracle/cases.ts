// The BuildKit oracle's cases: fixed ones for every behaviour issue 15 names, and a seeded random
// stream (mulberry32; the seed is printed and replayable).
import { chmodSync, chownSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mulberry32 } from '../helpers/prng.js';
import type { TreeShape } from '../helpers/trees.js';

export interface BkCase {
  label: string;
  shape: TreeShape;
  /** Extra arguments given to both docker buildx build and ctx-audit (-f, --target, --build-arg). */
  args?: string[];
  /** Arguments for ctx-audit only. */
  ctxArgs?: string[];
  /** Runs after the tree is built (xattrs, owners, times, big files). */
  setup?: (ctx: string) => void;
  /** The case sets xattrs: ctx-audit's figure is a lower bound by exactly their encoded size. */
  xattrs?: boolean;
  /** For rounding cases: a target figure; the setup resizes `pad` until ctx-audit predicts it. */
  figureTarget?: number;
  /**
   * The build's outcome is part of the case: `ok` when BuildKit must succeed and ctx-audit must
   * report no CTX100/CTX101 error, `fails` when BuildKit must fail and ctx-audit must report one.
   */
  build?: 'ok' | 'fails' | 'refused';
  /** Run both clients as uid 65534 (a context with paths that user cannot read). */
  asNobody?: boolean;
  /** The legacy CLI refuses the context (as uid 65534) on this path: ctx-audit's BuildKit audit says so and goes on. */
  legacyRefused?: string;
}

export const BASE = 'oracle/busybox';
const df = (...lines: string[]) => lines.join('\n') + '\n';

/**
 * Sets a user.* xattr without following a symlink. Node has no xattr API; perl (Essential in Debian)
 * calls lsetxattr(2) directly (189 on x86_64, the only architecture the cached engine runs on).
 */
export function setXattr(path: string, key: string, value: string): void {
  if (process.arch !== 'x64') throw new Error('setXattr: lsetxattr syscall number known for x86_64 only');
  const r = spawnSync('perl', ['-e', 'my ($p, $k, $v) = @ARGV; syscall(189, $p, $k, $v, length($v), 0) == 0 or die "lsetxattr: $!\\n"', path, key, value]);
  if (r.status !== 0) throw new Error(`setxattr failed: ${r.stderr}`);
}

export function fixedCases(): BkCase[] {
  const big = (n: number, c = 'x') => c.repeat(n);
  return [
    {
      label: 'exceptions: dir excluded with a ! rescue (wildcard exception: excluded dirs walked)',
      shape: {
        files: ['Dockerfile', 'docs/a.md', 'docs/keep.md', 'docs/sub/keep.md', 'src/a.go', 'src/b.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') },
        dockerignore: 'docs\n!**/keep.md\nsrc/*.txt\n',
      },
    },
    {
      label: 'exceptions: plain ! rescue inside an excluded dir',
      shape: {
        files: ['Dockerfile', 'build/out.bin', 'build/keep/me.txt', 'build/other/x'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY build /b') },
        dockerignore: 'build\n!build/keep\n',
      },
    },
    {
      // The walk (MatchesUsingParentResults) lets src/a/.env in; the client's Open (MatchesOrParentMatches)
      // still finds it excluded by `src/a`: it is sent and requested, and arrives with no content.
      label: 'exceptions: a file re-excluded by its directory after a rescue is sent but arrives empty (COPY .)',
      shape: {
        files: ['Dockerfile', 'src/a/.env', 'src/a/keep', 'src/b', 'top'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . /c/'), 'src/a/.env': big(40000, 'e'), 'src/a/keep': big(300, 'k') },
        dockerignore: 'src\n!src/a/.env\nsrc/a\n',
      },
    },
    {
      label: 'exceptions: the same re-excluded file through a COPY source (include patterns)',
      shape: {
        files: ['Dockerfile', 'src/a/.env', 'src/a/keep', 'src/b', 'top'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY src /c/'), 'src/a/.env': big(40000, 'e'), 'src/b': big(500, 'b') },
        dockerignore: 'src\n!src/a/.env\nsrc/a\n!src/b\n',
      },
    },
    {
      label: '<Dockerfile>.dockerignore with -f replaces .dockerignore (no .dockerignore load)',
      shape: {
        files: ['docker/app.Dockerfile', 'docker/app.Dockerfile.dockerignore', 'a.txt', 'b.txt', 'secret.env'],
        fileContents: { 'docker/app.Dockerfile': df('FROM scratch', 'COPY . /'), 'docker/app.Dockerfile.dockerignore': 'secret.env\n*.txt\n!a.txt\n' },
        dockerignore: 'a.txt\n',
      },
      args: ['-f', 'docker/app.Dockerfile'],
    },
    {
      label: 'Dockerfile outside the context with its own .dockerignore beside it (-f ../Dockerfile)',
      shape: {
        files: ['a.txt', 'b.txt', 'keep.log'],
        dockerignore: 'a.txt\n',
        outside: { Dockerfile: df('FROM scratch', 'COPY . /'), 'Dockerfile.dockerignore': '*.txt\n' },
      },
      args: ['-f', '../Dockerfile'],
      ctxArgs: ['--allow-outside-repo'],
    },
    {
      label: 'multi-stage --target: only the target chain counts',
      shape: {
        files: ['Dockerfile', 'one.txt', 'two.txt', 'three/x.txt'],
        fileContents: { Dockerfile: df('FROM scratch AS one', 'COPY one.txt /', 'FROM scratch AS two', 'COPY two.txt /', 'COPY --from=one /one.txt /o', 'FROM scratch AS three', 'COPY three /t') },
      },
      args: ['--target', 'two'],
    },
    {
      // etherpad-lite's production stage is FROM build_${BUILD_ENV} and copies ${SETTINGS}, declared
      // only in the build stage: BuildKit takes build's value (ctx-audit took it as unset, "COPY \"\"").
      label: 'ARG of a base stage is inherited by FROM <stage>, through a chain, overridden by the stage',
      shape: {
        files: ['Dockerfile', 'a.txt', 'b.txt', 'c.txt', 'd.txt'],
        fileContents: { Dockerfile: df('FROM scratch AS build', 'ARG SETTINGS=./a.txt', 'ARG OTHER=b.txt', 'FROM build AS mid', 'ARG OTHER=c.txt', 'FROM mid AS prod', 'COPY ${SETTINGS} /x', 'COPY ${OTHER} /y') },
      },
    },
    {
      // authelia: COPY authelia-${TARGETOS}-${TARGETARCH}/authelia (ctx-audit took both as unset).
      label: 'automatic platform ARGs (TARGETOS, TARGETARCH) declared in a stage name the source for this machine',
      shape: {
        files: ['Dockerfile', 'bin-linux-amd64/app', 'bin-linux-arm64/app', 'bin-linux-arm/app', 'bin--/app'],
        fileContents: { Dockerfile: df('FROM scratch', 'ARG TARGETOS', 'ARG TARGETARCH', 'COPY bin-${TARGETOS}-${TARGETARCH}/app /app') },
      },
    },
    {
      // docs.rs: dockerfiles/Dockerfile-gui-tests copies ../package.json with the root as context (CTX103).
      label: 'a source that climbs out of the context (COPY ../a.txt) is joined under the root: a.txt is requested',
      shape: {
        files: ['dockerfiles/Dockerfile', 'a.txt', 'b.txt', 'dockerfiles/a.txt'],
        fileContents: { 'dockerfiles/Dockerfile': df('FROM scratch', 'COPY ../a.txt /x') },
      },
      args: ['-f', 'dockerfiles/Dockerfile'],
    },
    {
      // bluewave-labs/checkmate's Docker/dist/client.Dockerfile: `COPY ../../Client/package*.json ./`
      // from the root (CTX103): a wildcard is joined under the root too.
      label: 'a wildcard source that climbs out of the context (COPY ../*.txt) is joined under the root: a.txt and b.txt are requested',
      shape: {
        files: ['dockerfiles/Dockerfile', 'a.txt', 'b.txt', 'dockerfiles/c.txt'],
        fileContents: { 'dockerfiles/Dockerfile': df('FROM scratch', 'COPY ../*.txt /x/') },
      },
      args: ['-f', 'dockerfiles/Dockerfile'],
    },
    {
      // The same join for a wildcard that matches nothing at the root: BuildKit copies nothing and
      // goes on (CTX103 no error); a literal climbing source missing at the root fails the build.
      label: 'a climbing wildcard that matches nothing at the root does not fail the build',
      shape: {
        files: ['dockerfiles/Dockerfile', 'a.txt', 'dockerfiles/c.nomatch'],
        fileContents: { 'dockerfiles/Dockerfile': df('FROM scratch', 'COPY ../*.nomatch /x/', 'COPY ../a.txt /y') },
      },
      args: ['-f', 'dockerfiles/Dockerfile'],
      build: 'ok',
    },
    {
      label: 'a climbing literal source missing at the root fails the build',
      shape: {
        files: ['dockerfiles/Dockerfile', 'a.txt', 'dockerfiles/gone.txt'],
        fileContents: { 'dockerfiles/Dockerfile': df('FROM scratch', 'COPY ../gone.txt /x') },
      },
      args: ['-f', 'dockerfiles/Dockerfile'],
      build: 'fails',
    },
    {
      // apache/skywalking's test/e2e-v2/cases/go/service/Dockerfile: `COPY .. /go-service` with the
      // Dockerfile's own directory as context: `..` joined under the root is the root, all of it.
      label: 'a source that is only `..` is the context root joined under itself: the whole context is requested',
      shape: {
        files: ['Dockerfile', 'a.txt', 'sub/b.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY .. /x') },
      },
    },
    {
      // jupyter/docker-stacks' oracledb recipe: `COPY cwallet.ss[o]`, "copy if present".
      label: 'a COPY wildcard that matches nothing, even as the only source, does not fail the build (CTX101 is no error)',
      shape: {
        files: ['Dockerfile', 'a.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY a.txt b.tx[t] /d/', 'COPY nomatch* /e/') },
      },
      build: 'ok',
    },
    {
      // BuildKit's own parser testfiles/env: an escaped space stays in the ENV value (CTX100 said "ENV value2 needs a value").
      label: 'ENV name=value\\ value2 parses and builds; the value, with its space, names a COPY source',
      shape: {
        files: ['Dockerfile', 'value value2/a.txt', 'b.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'ENV name=value\\ value2 other=x', 'COPY ${name}/a.txt /d/') },
      },
      build: 'ok',
    },
    {
      // The other way round: BuildKit refuses the legacy form with a name and no value ("ENV must have two arguments").
      label: 'ENV with a name and no value fails the build (CTX100 error)',
      shape: {
        files: ['Dockerfile', 'a.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'ENV PATH') },
      },
      build: 'fails',
    },
    {
      label: 'a literal COPY source that is missing fails the build (CTX101 error)',
      shape: {
        files: ['Dockerfile', 'a.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY a.txt missing.txt /d/') },
      },
      build: 'fails',
    },
    {
      label: 'ARG sources with --build-arg (and a default)',
      shape: {
        files: ['Dockerfile', 'conf/prod.json', 'conf/dev.json', 'lib/x.js'],
        fileContents: { Dockerfile: df('FROM scratch', 'ARG ENV=dev', 'ARG DIR', 'COPY conf/${ENV}.json /c.json', 'COPY ${DIR}/x.js /x.js') },
      },
      args: ['--build-arg', 'ENV=prod', '--build-arg', 'DIR=lib'],
    },
    {
      label: 'globs: *.txt, ?, [ab], deep dir/*',
      shape: {
        files: ['Dockerfile', 'a.txt', 'b.txt', 'c.md', 'd1', 'd2', 'sub/x.txt', 'sub/deep/y.txt', 'sub/deep/z.md'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY *.txt /t/', 'COPY d? /d/', 'COPY [ab].txt /ab/', 'COPY sub/* /s/') },
      },
    },
    {
      label: 'COPY . . with an ignore file: the whole eligible context',
      shape: {
        files: ['Dockerfile', 'app/main.js', 'node_modules/x/i.js', '.git/HEAD', 'README.md'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . .') },
        dockerignore: 'node_modules\n.git\n',
      },
    },
    {
      label: 'RUN --mount=type=bind with source, on an imported base image',
      shape: {
        files: ['Dockerfile', 'scripts/build.sh', 'scripts/lib/x.sh', 'other.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'RUN --mount=type=bind,source=scripts,target=/s ls /s', 'COPY other.txt /') },
      },
    },
    {
      label: 'RUN --mount=type=bind without source: the whole context',
      shape: {
        files: ['Dockerfile', 'a', 'b/c'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'RUN --mount=type=bind,target=/s ls /s') },
        dockerignore: 'b\n',
      },
    },
    {
      // convert_runmount.go records path.Join("/", source) for every mount with no from= before it
      // looks at the type: a tmpfs mount, which reads nothing, still asks for the whole context.
      label: 'RUN --mount=type=tmpfs: BuildKit still requests the whole context (a quirk)',
      shape: {
        files: ['Dockerfile', 'app.txt', 'big/data.bin', 'other.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY app.txt /', 'RUN --mount=type=tmpfs,target=/cache true') },
      },
    },
    {
      label: 'RUN --mount=type=cache and type=secret: nothing requested from the context',
      shape: {
        files: ['Dockerfile', 'app.txt', 'big/data.bin', 'other.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY app.txt /', 'RUN --mount=type=cache,target=/cache --mount=type=secret,id=tok true') },
      },
    },
    {
      label: 'symlink to a file as a COPY source',
      shape: {
        files: ['Dockerfile', 'real/file.txt', 'other.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY lnk /x') },
        symlinks: { lnk: 'real/file.txt' },
      },
      build: 'ok',
    },
    {
      // node-red-docker's .docker/healthcheck.js -> ../docker-custom/healthcheck.js: with the
      // target's directory excluded, the link is sent and its target is not.
      label: 'symlink as a COPY source whose target the ignore file excludes',
      shape: {
        files: ['Dockerfile', 'real/file.txt', 'other.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY lnk /x') },
        symlinks: { lnk: 'real/file.txt' },
        dockerignore: 'real\n',
      },
      build: 'fails',
    },
    {
      label: 'a dangling symlink as a COPY source',
      shape: {
        files: ['Dockerfile', 'other.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY lnk /x') },
        symlinks: { lnk: 'nowhere/file.txt' },
      },
      build: 'fails',
    },
    {
      label: 'an absolute symlink as a COPY source: its target read from the context root',
      shape: {
        files: ['Dockerfile', 'real/f'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY abs /x') },
        symlinks: { abs: '/real/f' },
      },
      build: 'ok',
    },
    {
      label: 'symlink to a directory as a COPY source (lnk -> real/dir: sends real/, real/dir/, real/dir/a)',
      shape: {
        files: ['Dockerfile', 'real/dir/a', 'real/other'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY lnk/ /x/') },
        symlinks: { lnk: 'real/dir' },
      },
      build: 'ok',
    },
    {
      label: 'symlink as the parent of a source (ln/f with ln -> real: sends ln, real/, real/f)',
      shape: {
        files: ['Dockerfile', 'real/f', 'real/g'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY ln/f /f') },
        symlinks: { ln: 'real' },
      },
      build: 'ok',
    },
    {
      label: 'symlinks: absolute, escaping, dangling, chained, a cycle',
      shape: {
        files: ['Dockerfile', 'data/x', 'data/y/z'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY abs /a', 'COPY esc /e', 'COPY dang /d', 'COPY chain /c', 'COPY loop1 /l') },
        symlinks: { abs: '/data/y', esc: '../../data/x', dang: 'nowhere', chain: 'abs', loop1: 'loop2', loop2: 'loop1' },
      },
    },
    {
      label: 'wildcard source through a symlinked directory and a wildcard matching links',
      shape: {
        files: ['Dockerfile', 'real/a.txt', 'real/b.md', 'pool/p.txt'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY lnk/*.txt /t/', 'COPY l* /l/') },
        symlinks: { lnk: 'real', link2: 'pool' },
      },
    },
    {
      label: 'hard links: the second name is sent as a link, its content not requested',
      shape: {
        files: ['Dockerfile', 'a', 'dir/c'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY a b dir /x/'), a: big(5000, 'a') },
        hardlinks: { b: 'a', 'dir/d': 'dir/c', 'dir/e': 'a' },
      },
    },
    {
      label: 'empty files, an empty directory, files at and over 32 KiB',
      shape: {
        files: ['Dockerfile', 'empty1', 'empty2', 'k32', 'k32p1', 'k100', 'm1'],
        dirs: ['emptydir'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . /'), empty1: '', empty2: '', k32: big(32768), k32p1: big(32769), k100: big(100_000), m1: big(1_100_000) },
      },
    },
    {
      label: 'xattrs (user.*): carried in each Stat, not read by ctx-audit',
      shape: { files: ['Dockerfile', 'x', 'd/y'], fileContents: { Dockerfile: df('FROM scratch', 'COPY x d /') } },
      setup: (ctx) => {
        setXattr(join(ctx, 'x'), 'user.note', 'hello');
        setXattr(join(ctx, 'd'), 'user.dir', 'v'.repeat(200));
      },
      xattrs: true,
    },
    {
      label: '.dockerignore absent (2B load), nested FollowPaths (COPY a and COPY a/b)',
      shape: {
        files: ['Dockerfile', 'a/b/c', 'a/d', 'ab'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY a/b /x', 'COPY a /y', 'COPY ab /z') },
      },
    },
    {
      label: '.dockerignore is a symlink (its target is loaded too)',
      shape: {
        files: ['Dockerfile', 'conf/ignore', 'a', 'b'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . /'), 'conf/ignore': 'b\n' },
        symlinks: { '.dockerignore': 'conf/ignore' },
      },
    },
    {
      label: 'the ignore file excludes the Dockerfile and itself (no build-file protection)',
      shape: {
        files: ['Dockerfile', 'a', 'b'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') },
        dockerignore: 'Dockerfile\n.dockerignore\nb\n',
      },
    },
    {
      label: 'no stage reads the context: no context transfer',
      shape: { files: ['Dockerfile', 'a'], fileContents: { Dockerfile: df('FROM scratch AS s', 'FROM scratch', 'COPY --from=s / /') } },
    },
    {
      label: 'non-UTF-8 ignore line and file names',
      shape: {
        files: ['Dockerfile', 'caf\xe9', 'caf\xc3\xa9', 'plain'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') },
        dockerignore: Buffer.from('caf\xe9\n', 'latin1'),
        nameEncoding: 'bytes',
      },
    },
    {
      label: 'non-ASCII names in COPY and RUN --mount sources',
      shape: {
        files: ['Dockerfile', 'é/x', 'ü.txt', 'n.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY ü.txt /', 'RUN --mount=type=bind,source=é,target=/m ls /m') },
      },
    },
    {
      label: 'owners, setuid/setgid/sticky modes, old, zero, negative and fractional mtimes',
      shape: {
        files: ['Dockerfile', 'a', 'b', 'c', 'd/e', 'neg', 'frac'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') },
        modes: { a: 0o4755, b: 0o2644, d: 0o1777, c: 0o600 },
      },
      setup: (ctx) => {
        chownSync(join(ctx, 'a'), 1000, 1000);
        chownSync(join(ctx, 'd/e'), 123456, 70000);
        utimesSync(join(ctx, 'b'), 0, 0);
        utimesSync(join(ctx, 'c'), 86400 * 3, 86400 * 3);
        utimesSync(join(ctx, 'neg'), -86400, -86400); // before 1970: a negative int64, 10 varint bytes
        utimesSync(join(ctx, 'frac'), 1.5, 1.5); // 1.5e9 ns
      },
    },
    {
      label: 'special files: a FIFO, a character device and a socket (sent as entries, never read)',
      shape: { files: ['Dockerfile', 'a'], dirs: ['dev'], fileContents: { Dockerfile: df('FROM scratch', 'COPY a dev /') } },
      setup: (ctx) => {
        const sock = ['-MSocket', '-e', 'socket(my $s, PF_UNIX, SOCK_STREAM, 0) or die "$!"; bind($s, sockaddr_un($ARGV[0])) or die "$!"', join(ctx, 'dev/sock')];
        for (const [cmd, args] of [['mkfifo', [join(ctx, 'dev/fifo')]], ['mknod', [join(ctx, 'dev/null0'), 'c', '1', '3']], ['perl', sock]] as const) {
          const r = spawnSync(cmd, [...args]);
          if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
        }
      },
    },
    {
      label: 'special files under COPY . . (the whole-context walk)',
      shape: { files: ['Dockerfile', 'a'], dirs: ['dev'], fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') } },
      setup: (ctx) => {
        const sock = ['-MSocket', '-e', 'socket(my $s, PF_UNIX, SOCK_STREAM, 0) or die "$!"; bind($s, sockaddr_un($ARGV[0])) or die "$!"', join(ctx, 'dev/sock')];
        for (const [cmd, args] of [['mkfifo', [join(ctx, 'dev/fifo')]], ['mknod', [join(ctx, 'dev/null0'), 'c', '1', '3']], ['perl', sock]] as const) {
          const r = spawnSync(cmd, [...args]);
          if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
        }
      },
    },
    {
      label: 'many entries (stream index past 127 and 16383 is not needed: past 127)',
      shape: {
        files: ['Dockerfile', ...Array.from({ length: 150 }, (_, i) => `many/f${String(i).padStart(3, '0')}`)],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY many /m') },
      },
    },
    {
      label: 'ADD of a local directory and a local file',
      shape: { files: ['Dockerfile', 'site/index.html', 'x.tar.txt'], fileContents: { Dockerfile: df('FROM scratch', 'ADD site /s', 'ADD x.tar.txt /') } },
    },
    {
      label: 'excluded source and a missing source (the build fails after the transfer)',
      shape: { files: ['Dockerfile', 'kept', 'gone.log'], fileContents: { Dockerfile: df('FROM scratch', 'COPY kept gone.log /') }, dockerignore: '*.log\n' },
    },
    {
      label: 'a COPY source that looks like a git address',
      shape: { files: ['Dockerfile', 'x.git', 'y'], fileContents: { Dockerfile: df('FROM scratch', 'COPY x.git /', 'COPY y /') } },
    },
    {
      label: 'include pruning: ** in a source, dot files',
      shape: {
        files: ['Dockerfile', 'a/b/c.go', 'a/d.go', '.env', '.hidden/x'],
        fileContents: { Dockerfile: df('FROM scratch', 'COPY **/*.go /g/', 'COPY .env .hidden /h/') },
      },
    },
    {
      // solana-playground's client/Dockerfile: ONBUILD triggers of a stage run in a later stage of
      // the same file built FROM it: their sources are requested (the child's), and one missing fails.
      label: 'ONBUILD COPY in a base stage runs in the stage built FROM it: its source is requested',
      shape: {
        files: ['Dockerfile', 'app/main.py', 'other/x.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE} AS base`, 'ONBUILD COPY app /app', '', 'FROM base', 'RUN ["/bin/sh", "-c", "test -f /app/main.py"]') },
      },
      build: 'ok',
    },
    {
      label: 'an ONBUILD COPY whose source is missing fails the stage built FROM it',
      shape: {
        files: ['Dockerfile', 'other/x.txt'],
        fileContents: { Dockerfile: df(`FROM ${BASE} AS base`, 'ONBUILD COPY app /app', '', 'FROM base') },
      },
      build: 'fails',
    },
    ...unreadableCases(),
  ];
}

/**
 * Paths uid 65534 cannot read (a root-owned data directory a Compose volume left in the project):
 * the legacy CLI refuses the context on any of them, even one the ignore file excludes (R19), while
 * BuildKit's client only fails on a directory its walk enters, and sends a file it cannot open empty.
 */
function unreadableCases(): BkCase[] {
  const lock = (...paths: string[]) => (ctx: string) => {
    for (const p of paths) chmodSync(join(ctx, p), 0);
  };
  const files = ['Dockerfile', 'sub/a', 'secret.txt', 'locked/x'];
  return [
    {
      label: 'uid 65534: an unreadable directory and file nothing requests: BuildKit builds, the legacy CLI refuses',
      shape: { files, fileContents: { Dockerfile: df('FROM scratch', 'COPY sub /sub') } },
      setup: lock('secret.txt', 'locked'),
      asNobody: true,
      build: 'ok',
      legacyRefused: "/locked'",
    },
    {
      label: 'uid 65534: an unreadable directory the ignore file excludes is never entered (COPY . /)',
      shape: { files: ['Dockerfile', 'sub/a', 'locked/x'], fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') }, dockerignore: 'locked\n' },
      setup: lock('locked'),
      asNobody: true,
      build: 'ok',
      legacyRefused: "/locked'",
    },
    {
      label: 'uid 65534: a requested file it cannot open is sent empty (STAT with its size, no data)',
      shape: { files: ['Dockerfile', 'sub/a', 'secret.txt'], fileContents: { Dockerfile: df('FROM scratch', 'COPY secret.txt /s', 'COPY sub /sub'), 'secret.txt': 'not for uid 65534\n' } },
      setup: lock('secret.txt'),
      asNobody: true,
      build: 'ok',
      legacyRefused: "/secret.txt'",
    },
    {
      label: 'uid 65534: COPY . / enters an unreadable directory: the client fails',
      shape: { files, fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') } },
      setup: lock('locked'),
      asNobody: true,
      build: 'refused',
    },
    {
      label: 'uid 65534: an excluded unreadable directory entered for a wildcard exception fails the client',
      shape: { files: ['Dockerfile', 'sub/keep', 'locked/x'], fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') }, dockerignore: 'locked\n!**/keep\n' },
      setup: lock('locked'),
      asNobody: true,
      build: 'refused',
    },
    {
      label: 'uid 65534: a wildcard source prunes nothing: COPY su* enters the unreadable directory beside it',
      shape: { files, fileContents: { Dockerfile: df('FROM scratch', 'COPY su* /x/') } },
      setup: lock('locked'),
      asNobody: true,
      build: 'refused',
    },
    {
      // The review of 94b8ad9: with a `!` line BuildKit's view is a walk of its own, which threw the
      // legacy check's "can't stat" as an internal error.
      label: 'uid 65534: an ignore file with an exception and an unreadable directory nothing requests: BuildKit builds',
      shape: { files, fileContents: { Dockerfile: df('FROM scratch', 'COPY sub /sub') }, dockerignore: '*.log\n!keep.log\n' },
      setup: lock('locked'),
      asNobody: true,
      build: 'ok',
      legacyRefused: "/locked'",
    },
    {
      label: 'uid 65534: an ignore file with an exception, COPY . / entering an unreadable directory: the client fails',
      shape: { files, fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') }, dockerignore: 'locked\n!locked\n' },
      setup: lock('locked'),
      asNobody: true,
      build: 'refused',
    },
    {
      // Readable but not searchable (r without x): its names are listed, their lstat fails.
      label: 'uid 65534: COPY . / enters a directory it may list but not search: the client fails on lstat',
      shape: { files, fileContents: { Dockerfile: df('FROM scratch', 'COPY . /') } },
      setup: (ctx: string) => chmodSync(join(ctx, 'locked'), 0o744),
      asNobody: true,
      build: 'refused',
    },
    {
      label: 'uid 65534: a Dockerfile it cannot read is sent empty, and the build stops',
      shape: { files: ['Dockerfile', 'sub/a'], fileContents: { Dockerfile: df('FROM scratch', 'COPY sub /sub') } },
      setup: (ctx: string) => chmodSync(join(ctx, 'Dockerfile'), 0o600),
      asNobody: true,
      build: 'refused',
    },
    {
      label: 'uid 65534: an unreadable directory below a requested one (the error names its path)',
      shape: { files: ['Dockerfile', 'sub/a', 'sub/in/locked/x', 'other/y'], fileContents: { Dockerfile: df('FROM scratch', 'COPY sub /sub') } },
      setup: lock('sub/in/locked'),
      asNobody: true,
      build: 'refused',
    },
  ];
}

/** Cases whose figure sits on BuildKit's rounding edges: one padded file, sized until the figure is `target`. */
export function roundingCases(): BkCase[] {
  return [999, 1000, 1005, 1125, 1375, 99_995, 1_125_000].map((target) => ({
    label: `rounding: figure ${target}`,
    shape: { files: ['Dockerfile', 'pad'], fileContents: { Dockerfile: df('FROM scratch', 'COPY pad /') } },
    figureTarget: target,
  }));
}

// ---------------------------------------------------------------------------------------------
// Random cases

const NAMES = ['a', 'b', 'src', 'lib', 'x.txt', 'y.md', 'node_modules', 'keep', 'é', 'sp ace', '.env', 'z.log'];

export function randomCase(seed: number, index: number): BkCase {
  const rnd = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const files = new Set<string>();
  const dirs = new Set<string>();
  const contents: Record<string, string> = {};
  const grow = (prefix: string, depth: number) => {
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      const name = pick(NAMES);
      const p = prefix ? `${prefix}/${name}` : name;
      if (files.has(p) || dirs.has(p)) continue;
      if (depth < 3 && chance(0.35)) {
        dirs.add(p);
        grow(p, depth + 1);
      } else {
        files.add(p);
        const r = rnd();
        contents[p] = r < 0.15 ? '' : r < 0.25 ? 'x'.repeat(30_000 + Math.floor(rnd() * 40_000)) : `${p}\n`.repeat(1 + Math.floor(rnd() * 20));
      }
    }
  };
  grow('', 0);
  const all = [...files, ...dirs];
  const symlinks: Record<string, string> = {};
  const hardlinks: Record<string, string> = {};
  for (let i = 0, n = Math.floor(rnd() * 3); i < n && all.length > 0; i++) {
    const name = `ln${i}`;
    const t = pick(all);
    symlinks[chance(0.3) && dirs.size > 0 ? `${pick([...dirs])}/${name}` : name] = chance(0.15) ? 'missing' : chance(0.2) ? `/${t}` : t;
  }
  const fileList = [...files];
  if (fileList.length > 0 && chance(0.3)) hardlinks[`hl${index % 3}`] = pick(fileList);
  const ignore: string[] = [];
  for (let i = 0, n = Math.floor(rnd() * 4); i < n; i++) {
    const base = pick([...all, '*.txt', '**/*.md', 'node_modules', '**/keep', 'src/*', '*.log']);
    ignore.push(chance(0.25) ? `!${base}` : base);
  }
  const sources: string[] = [];
  const usable = [...all, ...Object.keys(symlinks), ...Object.keys(hardlinks)];
  const nCopies = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < nCopies; i++) {
    const r = rnd();
    if (r < 0.06) sources.push('.');
    else if (r < 0.2) sources.push(pick(['*.txt', '*', 'src/*', '*/x.txt', 'l*']));
    else if (usable.length > 0) sources.push(pick(usable));
  }
  // A bind mount's source is a CSV field: a space would make the RUN line a frontend error.
  const useRun = chance(0.1) && sources.length > 0 && !sources[0].includes(' ');
  const lines = [`FROM ${useRun ? BASE : 'scratch'}`];
  sources.forEach((s, i) => {
    if (useRun && i === 0) lines.push(`RUN --mount=type=bind,source=${s},target=/m true`);
    else lines.push(`COPY ${s.includes(' ') ? JSON.stringify([s, `/c${i}/`]) : `${s} /c${i}/`}`);
  });
  if (sources.length === 0) lines.push('COPY Dockerfile /');
  const fileArr = ['Dockerfile', ...files];
  contents.Dockerfile = df(...lines);
  const hasIgnore = ignore.length > 0 || chance(0.5);
  return {
    label: `random #${index}`,
    shape: { files: fileArr, fileContents: contents, dirs: [...dirs], symlinks, hardlinks, dockerignore: hasIgnore ? ignore.join('\n') + '\n' : null },
  };
}
