#!/usr/bin/env bash
# Installs planlint for the GitHub Action (action.yml), in two steps on either
# side of the action's cache step:
#
#   install.sh plan      decides what to install and where; writes the cache
#                        key and paths to $GITHUB_OUTPUT
#   install.sh install   installs it there, unless the cache (or a runner's
#                        tool cache) already holds it; puts it on $GITHUB_PATH
#
# A release is downloaded: the `version` input (PLANLINT_VERSION), or, when
# that is empty, the release the action's own ref names (`@v0.1.0`, or a
# moving tag such as `@v0`). The archive for the runner's OS and architecture
# is checked against the SHA-256 the release publishes beside it before
# anything is unpacked. Any other ref (a branch, a commit, `uses: ./`) is not
# a release: planlint is built from the action's own source with cargo.
#
# Environment: PLANLINT_VERSION, PLANLINT_ACTION_REF (github.action_ref, which
# GitHub leaves empty in some composite actions; the action's folder name is
# the fallback), RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, RUNNER_TOOL_CACHE,
# GITHUB_OUTPUT, GITHUB_PATH, and PLANLINT_RELEASES_URL for a mirror of the
# releases (the default is planlint's GitHub releases).
set -euo pipefail

# Whether the binary $1 says it is planlint $2: `planlint X.Y.Z`, with the
# commit it was built from when that was known.
is_version() {
  "$1" --version 2>/dev/null | grep -qE "^planlint ${2//./\\.}( \(.*\))?$"
}

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
releases_url=${PLANLINT_RELEASES_URL:-https://github.com/planlint/planlint/releases/download}
releases_url=${releases_url%/}

fail() {
  echo "::error title=planlint install::$*" >&2
  exit 1
}

# Writes NAME=VALUE to the step's outputs (a multi-line VALUE as a heredoc).
output() {
  [ -n "${GITHUB_OUTPUT:-}" ] || return 0
  if [[ "$2" == *$'\n'* ]]; then
    printf '%s<<PLANLINT_EOF\n%s\nPLANLINT_EOF\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  else
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  fi
}

# The package version in the action's Cargo.toml.
source_version() {
  sed -n 's/^version = "\(.*\)"$/\1/p' "$source_dir/Cargo.toml" | head -n 1
}

# The release to download, or nothing when planlint is to be built.
release_version() {
  local version=${PLANLINT_VERSION:-}
  if [ -n "$version" ]; then
    version=${version#v}
    [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] ||
      fail "version \`${PLANLINT_VERSION}\` is not a release such as 0.1.0"
    echo "$version"
    return
  fi
  local ref=${PLANLINT_ACTION_REF:-}
  # Actions are unpacked into _actions/OWNER/REPO/REF.
  if [ -z "$ref" ] && [[ "$source_dir" == */_actions/*/*/* ]]; then
    ref=${source_dir##*/}
  fi
  # A release tag (v0.1.0) or a moving tag (v0, v0.1): the source at that tag
  # is the release whose version its Cargo.toml holds.
  if [[ "$ref" =~ ^v[0-9]+(\.[0-9]+){0,2}$ ]]; then
    local have
    have=$(source_version)
    if [ "$have" = "${ref#v}" ] || [[ "$have" == "${ref#v}".* ]]; then
      echo "$have"
    fi
  fi
}

# The release target for this runner, as the release archives name it.
release_target() {
  local os=${RUNNER_OS:-$(uname -s)} arch=${RUNNER_ARCH:-$(uname -m)}
  case "$os/$arch" in
    Linux/X64 | Linux/x86_64) echo x86_64-unknown-linux-musl ;;
    Linux/ARM64 | Linux/aarch64) echo aarch64-unknown-linux-musl ;;
    macOS/X64 | Darwin/x86_64) echo x86_64-apple-darwin ;;
    macOS/ARM64 | Darwin/arm64) echo aarch64-apple-darwin ;;
    # Windows on Arm runs x86_64 programs.
    Windows/X64 | Windows/ARM64) echo x86_64-pc-windows-msvc ;;
    *) fail "no planlint release for $os on $arch; leave \`version\` empty and use the action at a branch or commit to build from source" ;;
  esac
}

exe() {
  case "$1" in
    *-windows-*) echo planlint.exe ;;
    *) echo planlint ;;
  esac
}

# A digest of the source cargo builds from, so a new commit builds anew.
source_digest() {
  (
    cd "$source_dir"
    find Cargo.toml Cargo.lock src rules -type f -print0 | LC_ALL=C sort -z |
      xargs -0 cat | sha256
  ) | cut -c 1-16
}

sha256() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$@" | cut -d ' ' -f 1
  else
    shasum -a 256 "$@" | cut -d ' ' -f 1
  fi
}

# Sets: mode, version, target, dir, key, paths, restore.
decide() {
  local cache_root=${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:?RUNNER_TEMP is not set}}
  version=$(release_version)
  if [ -n "$version" ]; then
    mode=download
    target=$(release_target)
    dir="$cache_root/planlint/$version/$target"
    key="planlint-$version-$target"
    paths=$dir
    restore=""
  else
    mode=build
    version=$(source_version)
    target="${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}"
    local digest
    digest=$(source_digest)
    dir="$cache_root/planlint/source-$digest/$target"
    key="planlint-build-$target-$digest"
    local cargo_home=${CARGO_HOME:-$HOME/.cargo}
    paths=$(printf '%s\n' "$dir" "$cargo_home/registry/index" \
      "$cargo_home/registry/cache" "$RUNNER_TEMP/planlint-target")
    # A cache from an older commit still holds the compiled dependencies.
    restore="planlint-build-$target-"
  fi
}

# Downloads URL to FILE, failing on any HTTP error.
download() {
  echo "Downloading $1"
  curl --fail --location --silent --show-error --retry 3 --output "$2" "$1"
}

install_release() {
  local asset work expected actual
  case "$target" in
    *-windows-*) asset="planlint-$target.zip" ;;
    *) asset="planlint-$target.tar.gz" ;;
  esac
  work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/planlint-download.XXXXXX")
  download "$releases_url/v$version/$asset" "$work/$asset" ||
    fail "cannot download planlint $version for $target"
  download "$releases_url/v$version/$asset.sha256" "$work/$asset.sha256" ||
    fail "cannot download the checksum of $asset"
  expected=$(cut -d ' ' -f 1 <"$work/$asset.sha256" | tr -d '\r' | tr 'A-F' 'a-f')
  actual=$(sha256 "$work/$asset")
  [[ "$expected" =~ ^[0-9a-f]{64}$ ]] ||
    fail "$asset.sha256 holds no SHA-256 checksum"
  if [ "$actual" != "$expected" ]; then
    rm -rf "$work"
    fail "checksum mismatch for $asset: expected $expected, got $actual; not installed"
  fi
  echo "SHA-256 $actual $asset: OK"

  mkdir -p "$work/unpacked"
  case "$asset" in
    *.zip)
      if command -v unzip >/dev/null; then
        unzip -q "$work/$asset" -d "$work/unpacked"
      else
        7z x -y -o"$work/unpacked" "$work/$asset" >/dev/null
      fi
      ;;
    *) tar -xzf "$work/$asset" -C "$work/unpacked" ;;
  esac
  local binary
  binary=$(find "$work/unpacked" -type f -name "$(exe "$target")" | head -n 1)
  [ -n "$binary" ] || fail "$asset holds no $(exe "$target")"
  mkdir -p "$dir/bin"
  mv "$binary" "$dir/bin/$(exe "$target")"
  chmod +x "$dir/bin/$(exe "$target")"
  rm -rf "$work"
}

install_from_source() {
  command -v cargo >/dev/null ||
    fail "planlint at this ref is not a release, and there is no cargo to build it; set \`version\` to a release"
  echo "Building planlint $version from $source_dir (not a release)"
  cargo install --locked --path "$source_dir" --root "$dir" \
    --target-dir "$RUNNER_TEMP/planlint-target"
}

main() {
  local mode version target dir key paths restore
  decide
  case "${1:-}" in
    plan)
      echo "planlint $version: $mode ($target)"
      output mode "$mode"
      output version "$version"
      output target "$target"
      output cache-key "$key"
      output cache-paths "$paths"
      output restore-keys "$restore"
      ;;
    install)
      local binary
      binary="$dir/bin/$(exe "$target")"
      if [ -x "$binary" ] && is_version "$binary" "$version"; then
        echo "planlint $version is already installed in $dir"
      elif [ "$mode" = download ]; then
        install_release
      else
        install_from_source
      fi
      is_version "$binary" "$version" ||
        fail "$binary is not planlint $version: $("$binary" --version 2>&1 || true)"
      echo "Installed $("$binary" --version) in $dir/bin"
      [ -z "${GITHUB_PATH:-}" ] || echo "$dir/bin" >>"$GITHUB_PATH"
      output path "$binary"
      ;;
    *)
      echo "usage: install.sh plan|install" >&2
      exit 2
      ;;
  esac
}

main "$@"
