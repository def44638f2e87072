#!/usr/bin/env bash
# setup-buildkit.sh - fetch and cache the real BuildKit that test/buildkit-oracle/ runs against.
#
# Usage: scripts/setup-buildkit.sh          (prints the engine directory on stdout)
#   env CTX_AUDIT_BUILDKIT_DIR  engine directory (default ${XDG_CACHE_HOME:-~/.cache}/ctx-audit/buildkit)
#
# Everything comes from Debian's archive and is unpacked with dpkg-deb -x; nothing is installed and
# the system's apt state is untouched (a private source list and private lists/cache directories):
#   trixie:   docker.io (dockerd 26.1.5 with its embedded BuildKit v0.13), docker-buildx (0.13.1)
#   bookworm: containerd, runc (dockerd runs them), busybox-static (an imported base image for RUN)
# The tests start the daemon themselves (private socket, vfs, no network) and always stop it.
# A finished cache holds a READY stamp; without it the cache is rebuilt from nothing.
set -euo pipefail

DIR=${CTX_AUDIT_BUILDKIT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ctx-audit/buildkit}
FS=$DIR/fs
BINS=(usr/sbin/dockerd usr/libexec/docker/cli-plugins/docker-buildx usr/bin/containerd usr/bin/containerd-shim-runc-v2 usr/sbin/runc bin/busybox)

ready() {
  [ -f "$DIR/READY" ] || return 1
  for b in "${BINS[@]}"; do [ -x "$FS/$b" ] || return 1; done
  "$FS/usr/sbin/dockerd" --version >/dev/null 2>&1 && "$FS/usr/libexec/docker/cli-plugins/docker-buildx" version >/dev/null 2>&1
}

if ready; then
  echo "setup-buildkit: cached in $DIR ($(cat "$DIR/READY"))" >&2
  echo "$DIR"
  exit 0
fi

for tool in apt-get dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "setup-buildkit: FAILED: $tool is required (Debian)" >&2; exit 1; }
done
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
[ -r "$KEYRING" ] || { echo "setup-buildkit: FAILED: $KEYRING is missing (apt-get install debian-archive-keyring)" >&2; exit 1; }
# The machine's own Debian mirror (one-line or deb822 sources), else the official one.
MIRROR=$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | grep -v -e snapshot -e security | head -1 | tr -d ' ' || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}

t0=$(date +%s)
mkdir -p "$(dirname "$DIR")"
WORK=$(mktemp -d "$DIR.tmp.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
APT=$WORK/apt
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$WORK/debs" "$WORK/fs"
{
  echo "deb [signed-by=$KEYRING] $MIRROR trixie main"
  echo "deb [signed-by=$KEYRING] $MIRROR bookworm main"
} >"$APT/sources.list"
A=(-o Dir::Etc::SourceList="$APT/sources.list" -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists="$APT/lists"
   -o Dir::Cache="$APT/cache" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -o Dir::Etc::Preferences=/dev/null
   -o Dir::Etc::PreferencesParts=/dev/null -o APT::Architecture=amd64)
echo "setup-buildkit: fetching from $MIRROR (trixie: docker.io docker-buildx; bookworm: containerd runc busybox-static)" >&2
apt-get "${A[@]}" update >"$WORK/update.log" 2>&1 || { cat "$WORK/update.log" >&2; echo "setup-buildkit: FAILED: apt-get update" >&2; exit 1; }
(cd "$WORK/debs" && apt-get "${A[@]}" download docker.io/trixie docker-buildx/trixie containerd/bookworm runc/bookworm busybox-static/bookworm) \
  >"$WORK/download.log" 2>&1 || { cat "$WORK/download.log" >&2; echo "setup-buildkit: FAILED: apt-get download" >&2; exit 1; }
for f in "$WORK"/debs/*.deb; do dpkg-deb -x "$f" "$WORK/fs"; done
for b in "${BINS[@]}"; do [ -x "$WORK/fs/$b" ] || { echo "setup-buildkit: FAILED: $b missing after unpacking" >&2; exit 1; }; done
VERSIONS="dockerd $("$WORK/fs/usr/sbin/dockerd" --version | sed -E 's/^Docker version ([^,]+).*/\1/'); buildx $("$WORK/fs/usr/libexec/docker/cli-plugins/docker-buildx" version | awk '{print $2}')"
echo "$VERSIONS" >"$WORK/READY"
(cd "$WORK/debs" && ls) >"$WORK/PACKAGES"
rm -rf "$WORK/apt"
# Replace the old cache (if any) only now that the new one is complete.
if [ -e "$DIR" ]; then mv "$DIR" "$WORK/old"; fi
mv "$WORK" "$DIR"
rm -rf "$DIR/old"
trap - EXIT
echo "setup-buildkit: ready in $DIR ($VERSIONS) after $(( $(date +%s) - t0 )) s, $(du -sh "$DIR" | cut -f1)" >&2
echo "$DIR"
