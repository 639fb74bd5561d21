#!/usr/bin/env bash
# Packs a built planlint binary as a release asset, with its SHA-256 beside it:
#
#   integrations/release/archive.sh TARGET BINARY OUT
#
# writes OUT/planlint-TARGET.tar.gz (a .zip for Windows), holding
# planlint-TARGET/planlint (or planlint.exe), the README, the licences, the
# man page (planlint.1) and the shell completions (completions/), and
# OUT/planlint-TARGET.tar.gz.sha256 in `sha256sum` form. The release workflow
# runs it for every target; the GitHub Action's install script
# (integrations/action/install.sh) downloads and checks exactly these names.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: archive.sh TARGET BINARY OUT" >&2
  exit 2
fi
target=$1 binary=$2 out=$3
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
name="planlint-$target"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/$name" "$out"
out=$(cd "$out" && pwd)
case "$target" in
  *-windows-*)
    cp "$binary" "$work/$name/planlint.exe"
    archive="$name.zip"
    ;;
  *)
    cp "$binary" "$work/$name/planlint"
    chmod 755 "$work/$name/planlint"
    archive="$name.tar.gz"
    ;;
esac
cp "$root/README.md" "$work/$name/README.md"
cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$root/docs/planlint.1" "$work/$name/"
cp -R "$root/docs/completions" "$work/$name/completions"

rm -f "$out/$archive"
case "$archive" in
  *.zip)
    if command -v 7z >/dev/null; then
      (cd "$work" && 7z a -tzip "$out/$archive" "$name" >/dev/null)
    else
      (cd "$work" && zip -qr "$out/$archive" "$name")
    fi
    ;;
  *) tar -czf "$out/$archive" -C "$work" "$name" ;;
esac

(
  cd "$out"
  if command -v sha256sum >/dev/null; then
    sha256sum "$archive"
  else
    shasum -a 256 "$archive"
  fi
) >"$out/$archive.sha256"
cat "$out/$archive.sha256"
