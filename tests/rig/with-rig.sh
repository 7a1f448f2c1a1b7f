#!/usr/bin/env bash
# Runs a command with the whole test rig up: a private D-Bus session with an unlocked GNOME
# Keyring (Secret Service) and the private Dovecot. Everything is stopped on every exit path.
#   tests/rig/with-rig.sh ctest --test-dir build/test --output-on-failure
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${SOAR_RIG_IN_DBUS:-}" ]; then
  export SOAR_RIG_IN_DBUS=1
  exec dbus-run-session -- "$0" "$@"
fi

rig_dir=$(mktemp -d /tmp/soar-rig.XXXXXX)
keyring_pid=""
cleanup() {
  local status=$?
  "$here/rig.sh" stop "$rig_dir" || true
  [ -n "$keyring_pid" ] && kill "$keyring_pid" 2>/dev/null || true
  rm -rf "$rig_dir"
  exit $status
}
trap cleanup EXIT INT TERM

# A keyring of our own: HOME points into the rig so the user's real keyrings are never touched.
export HOME_BEFORE_RIG=${HOME:-}
export XDG_DATA_HOME=$rig_dir/xdg-data
export XDG_CONFIG_HOME=$rig_dir/xdg-config
export XDG_CACHE_HOME=$rig_dir/xdg-cache
export XDG_RUNTIME_DIR=$rig_dir/xdg-runtime
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'rig-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
keyring_pid=${GNOME_KEYRING_PID:-$(pgrep -n -f 'gnome-keyring-daemon' || true)}

"$here/rig.sh" start "$rig_dir"
# shellcheck disable=SC1091
source "$rig_dir/env.sh"
export SOAR_RIG_KEYRING=1

"$@"
