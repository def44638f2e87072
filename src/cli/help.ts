export const HELP = `ctx-audit: see exactly what \`docker build\` will send, before you build.

Usage:
  ctx-audit [CONTEXT] [options]         audit the build context (default CONTEXT: .)
  ctx-audit ls [CONTEXT] [options]      list what would be sent: BuildKit's request (default), or
                                        with --builder legacy every tar entry, in tar order
  ctx-audit tar [CONTEXT] -o FILE|-     write the exact context tar the legacy builder would upload
  ctx-audit rules [--format F]          list every rule (F: table, json, markdown)
  ctx-audit explain RULE                print one rule's docs (RULE: an id like CTX201 or a name)
  ctx-audit why PATH... [-C CONTEXT]    why each path is sent or not, per builder (ctx-audit why -h)
  ctx-audit suggest [CONTEXT]           verified .dockerignore changes as a diff; --allowlist, --write

CONTEXT is what docker build takes: a directory; - (stdin: a tar, .tar.gz, .tar.bz2 or .tar.xz,
or a Dockerfile alone); a git URL (https://host/repo.git#ref:dir, git://..., git@..., cloned with
your git); an http(s) URL of a tarball or Dockerfile (downloaded). A path to an archive works too.

Options (all commands):
  -f, --file PATH        Dockerfile, relative to the current directory like docker's -f
                         (default: CONTEXT/Dockerfile, then CONTEXT/dockerfile)
      --builder NAME     buildkit (default, as docker build since Engine 23) | legacy
                         (DOCKER_BUILDKIT=0): whose ignore file and sent set the findings and
                         ls describe; the summary shows both. tar is legacy-only.
      --target STAGE     only the stages STAGE needs count
      --build-arg K=V    ARG values for COPY/ADD sources (repeatable)
      --allow-outside-repo
                         read a context, Dockerfile, ignore file or Compose/Bake/config file
                         that resolves outside the repository (its git top level, else the
                         current directory); refused by default, since the repository may be
                         a stranger's. A command-line flag only, never read from a file.
      --debug            print a stack trace on unexpected errors
  -h, --help             show this help
      --version          print the version

Audit options:
      --compose [FILE]   every Compose service with a build (repeatable like compose -f;
                         no FILE: compose.yaml etc. found as Compose finds them)
      --bake FILE.json   every Bake target (docker buildx bake --print > FILE.json)
      --all [DIR]        every Dockerfile and Compose/Bake file under DIR (respects .gitignore)
      --build-context NAME=PATH
                         a BuildKit named context: checked for COPY --from=NAME
      --format FORMAT[=FILE]
                         table (default) | json | sarif | github | markdown | html; repeatable;
                         =FILE (or an --output FILE right after it) writes it to FILE; one
                         format may go to stdout; html is for one target (not with --compose,
                         --bake or --all)
  -o, --output FILE      write the --format just before it to FILE (alone: the table); an
                         --output before a --format is refused as ambiguous
      --fail-on LEVEL    error (default) | warning | info | never: exit 1 when a finding is at
                         or above LEVEL
      --max-file-size N  CTX001 threshold (default 10MB; accepts 500k, 10MB, 1GiB, bytes)
      --max-context-size N
                         CTX002 budget for the whole upload (default: none)
      --no-secret-scan   do not read file contents (CTX202)
      --config FILE      config file (default: .ctx-audit.json/.yaml found from CONTEXT up to the
                         repository root)
      --no-config        ignore any config file
      --baseline FILE    compare with a previous --format json report: files added, removed,
                         grown, the upload's growth, and which findings are new
      --max-growth N     with --baseline: exit 1 when the upload grew by more than N
                         (bytes, 10MB, or 5% of the baseline)
      --top N            how many largest files / heaviest directories to show (default 10)
      --compress         also give what \`docker build --compress\` sends (legacy builder: the
                         tar through Go's gzip, exact to the byte) and the figure it prints;
                         BuildKit ignores the flag. Costs one deflate pass over the upload
      --allow-url-contexts
                         with --compose/--bake/--all: clone (git) or download (http/https)
                         the URL contexts those files name and audit them; skipped by default.
                         A command-line flag only, never read from a file
      --measure-excluded total what the ignore file keeps out by walking the directories it
                         prunes (Docker never looks inside them; without it the report says
                         how many were not measured). --format html always measures
  -q, --quiet            table: only the verdict and one line per finding (for hooks)
      --color WHEN       auto (default: NO_COLOR, FORCE_COLOR, a terminal) | always | never
      --no-color         same as --color never

ls options:
  -l, --long             add type, mode, size and tar bytes (legacy tar entries)
  -0, --null             separate names with NUL instead of newline (names may hold newlines)

tar options:
  -o, --output FILE      where to write the tar; - writes to stdout
      --compress         write the gzip \`docker build --compress\` sends instead

Exit codes:
  0  ran, and no finding at or above --fail-on
  1  ran, and found something at or above --fail-on
  2  could not run: bad flag, missing context or Dockerfile, unreadable input, a pattern Docker rejects

Examples:
  ctx-audit                                 audit the current directory
  ctx-audit ./app -f docker/app.Dockerfile  a context with a Dockerfile elsewhere
  ctx-audit . --format json > context.json  machine-readable report
  ctx-audit --format github --format sarif=ctx.sarif     annotations to the log, SARIF to a file
  ctx-audit explain CTX303                  why \`node_modules\` in .dockerignore is not enough
  ctx-audit ls . | grep node_modules        is anything from node_modules being sent?
  ctx-audit tar . -o - | tar tvf -          inspect the exact upload
`;
