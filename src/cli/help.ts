export const HELP = `ctx-audit: see exactly what \`docker build\` will send, before you build.

Usage:
  ctx-audit [CONTEXT] [options]         audit the build context (default CONTEXT: .)
  ctx-audit ls [CONTEXT] [options]      list every entry Docker would send, in tar order
  ctx-audit tar [CONTEXT] -o FILE|-     write the exact context tar Docker would upload

Options (all commands):
  -f, --file PATH        Dockerfile, relative to the current directory like docker's -f
                         (default: CONTEXT/Dockerfile, then CONTEXT/dockerfile)
      --builder NAME     legacy | buildkit (default: legacy). The figures describe the legacy
                         builder (DOCKER_BUILDKIT=0); BuildKit's own rules are not computed yet.
      --debug            print a stack trace on unexpected errors
  -h, --help             show this help
      --version          print the version

Audit options:
      --format FORMAT    table (default) | json
      --fail-on LEVEL    error (default) | warning | info | never: exit 1 when a finding is at
                         or above LEVEL
      --top N            how many largest files / heaviest directories to show (default 10)

ls options:
  -l, --long             add type, mode, size and tar bytes
  -0, --null             separate names with NUL instead of newline (names may hold newlines)

tar options:
  -o, --output FILE      where to write the tar; - writes to stdout

Exit codes:
  0  ran, and no finding at or above --fail-on
  1  ran, and found something at or above --fail-on
  2  could not run: bad flag, missing context or Dockerfile, unreadable input, a pattern Docker rejects

Examples:
  ctx-audit                                 audit the current directory
  ctx-audit ./app -f docker/app.Dockerfile  a context with a Dockerfile elsewhere
  ctx-audit . --format json > context.json  machine-readable report
  ctx-audit ls . | grep node_modules        is anything from node_modules being sent?
  ctx-audit tar . -o - | tar tvf -          inspect the exact upload
`;
