#!/usr/bin/env bash
# A private Dovecot whose logins are OAuth 2.0 bearer tokens (XOAUTH2 and OAUTHBEARER),
# validated by RFC 7662 introspection at a URL the calling test serves, or (local:KEYDIR) as
# JWTs whose signature Dovecot checks itself with the public keys in KEYDIR/<azp>/<alg>/<kid>
# (Dovecot's local validation; username from the "sub" claim). Each OAuth test starts its own,
# so tests run in parallel. Derived from the rig's config (certificates, users' uid).
#   tests/rig/oauth-dovecot.sh start DIR INTROSPECTION_URL   # prints the implicit-TLS port
#   tests/rig/oauth-dovecot.sh start DIR local:KEYDIR
#   tests/rig/oauth-dovecot.sh stop DIR
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start DIR URL | stop DIR" >&2; exit 2; }

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local url=${3:-}
  [ -n "$url" ] || { echo "oauth-dovecot: the introspection URL is missing" >&2; exit 2; }
  local rig_conf=${SOAR_RIG_DOVECOT_CONF:-}
  [ -f "$rig_conf" ] || { echo "oauth-dovecot: SOAR_RIG_DOVECOT_CONF is not set; run under tests/rig/with-rig.sh" >&2; exit 2; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  chmod 755 "$dir"
  mkdir -p "$dir/run" "$dir/state" "$dir/mail" "$dir/home"
  # The mail processes run as the rig's mail user (first_valid_uid).
  local uid
  uid=$(sed -n 's/^first_valid_uid = //p' "$rig_conf")
  chown "$uid" "$dir/mail" "$dir/home" 2>/dev/null || true

  local port=""
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    port_is_free "$port" && break
  done

  if [[ $url == local:* ]]; then
    cat > "$dir/oauth2.conf.ext" <<EXT
introspection_mode = local
local_validation_key_dict = fs:posix:prefix=${url#local:}/
username_attribute = sub
EXT
  else
    cat > "$dir/oauth2.conf.ext" <<EXT
introspection_mode = post
introspection_url = $url
username_attribute = username
active_attribute = active
active_value = true
force_introspection = yes
EXT
  fi

  # The rig's config without its password databases and listeners, plus ours.
  sed -e "s/^instance_name = .*/instance_name = soar-oauth-$port/" \
      -e "s#^base_dir = .*#base_dir = $dir/run#" \
      -e "s#^state_dir = .*#state_dir = $dir/state#" \
      -e "s#^log_path = .*#log_path = $dir/dovecot.log#" \
      -e "s#^info_log_path = .*#info_log_path = $dir/dovecot.log#" \
      -e "s#^mail_location = .*#mail_location = maildir:$dir/mail/%u#" \
      -e "s/^auth_mechanisms = .*/auth_mechanisms = xoauth2 oauthbearer/" \
      -e "/^auth_master_user_separator/d" \
      -e "/^passdb {/,/^}/d" \
      -e "/^userdb {/,/^}/d" \
      -e "/^service imap-login {/,/^}/d" \
      "$rig_conf" > "$dir/dovecot.conf"
  local gid
  gid=$(sed -n 's/.*args = uid=[0-9]* gid=\([0-9]*\).*/\1/p' "$rig_conf" | head -1)
  cat >> "$dir/dovecot.conf" <<CONF
auth_failure_delay = 0
auth_verbose = yes
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/oauth2.conf.ext
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/home/%u
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $port
    ssl = yes
  }
}
CONF

  # A free port can be taken by a parallel test between the check and Dovecot's bind: then
  # choose another and try again.
  local out attempt
  for attempt in 1 2 3 4 5; do
    dovecot -c "$dir/dovecot.conf" >"$dir/start.log" 2>&1 && break
    out=$(cat "$dir/start.log")
    grep -q 'Address already in use' <<<"$out" && [ "$attempt" -lt 5 ] || { echo "$out" >&2; exit 1; }
    local taken=$port
    for _ in $(seq 1 200); do
      port=$(( 20000 + RANDOM % 40000 ))
      port_is_free "$port" && break
    done
    sed -i -e "s/^instance_name = soar-oauth-$taken\$/instance_name = soar-oauth-$port/" \
           -e "s/^    port = $taken\$/    port = $port/" "$dir/dovecot.conf"
  done
  for _ in $(seq 1 100); do
    port_is_free "$port" || break
    sleep 0.05
  done
  port_is_free "$port" && { echo "oauth-dovecot: Dovecot did not listen on $port" >&2; cat "$dir/dovecot.log" >&2 || true; exit 1; }
  echo "$port"
}

stop() {
  local pidfile=$dir/run/master.pid
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
}

case "$cmd" in
  start) start "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 start DIR URL | stop DIR" >&2; exit 2 ;;
esac
