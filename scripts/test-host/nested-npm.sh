# Sourced by install.sh (and by test/harness/nestedNpm.test.ts): `nested_npm NODE_BIN_DIR ARGS…` runs npm under the
# Node in NODE_BIN_DIR, as if started from a plain shell.
#
# Why: under `npm test` or `npm start`, the parent npm exports its per-run settings to child processes as
# npm_config_* variables, and a nested npm reads them back as its own. code-server's postinstall takes the Node
# version from npm_config_user_agent, so it saw the parent's Node 20 and refused. Only those per-run variables
# go; what a user sets on purpose (registry, proxy, cafile, cache, userconfig) is kept.

nested_npm() {
  local node_bin="$1"
  shift
  local per_run=(npm_config_user_agent npm_config_local_prefix npm_config_global_prefix npm_config_prefix
    npm_config_node_gyp npm_config_npm_version npm_execpath npm_node_execpath npm_command INIT_CWD NODE)
  local name
  for name in $(compgen -e); do
    case "$name" in
      npm_lifecycle_* | npm_package_*) per_run+=("$name") ;;
    esac
  done
  local unset_args=()
  for name in "${per_run[@]}"; do
    unset_args+=(-u "$name")
  done
  env "${unset_args[@]}" PATH="$node_bin:$PATH" npm "$@"
}
