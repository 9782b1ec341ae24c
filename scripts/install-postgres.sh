#!/usr/bin/env bash
# Installs the PostgreSQL server the store's tests start throw-away clusters of (keeper/store/pgtest):
# Debian's postgresql package, only when no /usr/lib/postgresql/*/bin/initdb is there yet, so a second
# run costs a glob. Needs root (or sudo) to install; as root, the tests run the server as the package's
# postgres user. Prints the server's bin directory (what PGTEST_BINDIR may name).
# Only Debian's own packages are used; the cluster the package may create and start is left alone
# (the tests never use it).
set -euo pipefail

find_bindir() {
  local d best="" bestv=-1 v
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] || continue
    v="$(basename "$(dirname "$d")")"
    if [[ "$v" =~ ^[0-9]+$ ]] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  [ -n "$best" ] && echo "$best"
}

if bindir="$(find_bindir)"; then
  echo "$bindir"
  exit 0
fi

echo "install-postgres: installing Debian's postgresql package" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-postgres: not root and no sudo: install the postgresql package" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends postgresql >&2

if ! bindir="$(find_bindir)"; then
  echo "install-postgres: postgresql installed but no /usr/lib/postgresql/*/bin/initdb" >&2
  exit 1
fi
echo "$bindir"
