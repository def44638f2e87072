#!/bin/sh
# `npm test` runs this first: everything the whole suite needs on a fresh Debian machine, so that
# the README's test command is all a new user has to know. Each piece is installed only when it is
# missing; nothing is ever skipped silently (a test whose tool is missing fails, naming the tool).
#   - npm dependencies (`npm ci`) when node_modules is missing;
#   - the docker CLI (Debian's docker.io): the differential suite's oracle (no daemon: the suite
#     runs its own stub daemon);
#   - Chromium: the HTML report's end-to-end test drives it through playwright-core;
#   - pre-commit: the hook is tested with the real tool;
#   - setpriv (util-linux): permission cases run docker and ctx-audit as an unprivileged user;
#   - a real BuildKit, cached outside the repository, when scripts/setup-buildkit.sh exists.
# As root with apt-get, missing packages are installed; otherwise this prints the one command that
# installs them and fails.
set -eu
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  echo "test-setup: node_modules is missing; running npm ci" >&2
  npm ci --no-audit --no-fund
fi

missing=""
command -v docker >/dev/null 2>&1 || missing="$missing docker.io"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v pre-commit >/dev/null 2>&1 || missing="$missing pre-commit"
command -v setpriv >/dev/null 2>&1 || missing="$missing util-linux"

if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-setup: installing Debian packages:$missing" >&2
    apt-get update -qq
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "test-setup: the test suite needs:$missing" >&2
    echo "test-setup: on Debian, run: sudo apt-get install -y$missing" >&2
    echo "test-setup: (for the unit and end-to-end tests alone: npm run test:quick)" >&2
    exit 1
  fi
  command -v docker >/dev/null 2>&1 || { echo "test-setup: FAILED: still no docker CLI" >&2; exit 1; }
  [ -x /usr/bin/chromium ] || { echo "test-setup: FAILED: still no /usr/bin/chromium" >&2; exit 1; }
  command -v pre-commit >/dev/null 2>&1 || { echo "test-setup: FAILED: still no pre-commit" >&2; exit 1; }
  command -v setpriv >/dev/null 2>&1 || { echo "test-setup: FAILED: still no setpriv" >&2; exit 1; }
fi

# The real BuildKit the BuildKit differential tests run against (fetched once, then cached).
if [ -f scripts/setup-buildkit.sh ]; then
  bash scripts/setup-buildkit.sh >/dev/null
fi
