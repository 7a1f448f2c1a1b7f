#!/usr/bin/env bash
# The private test rig: a real Dovecot on 127.0.0.1 with its own config, certificates, users
# and Maildirs under one directory, and a second real server, GNU Mailutils imap4d (mbox
# folders; unpacked by tests/rig/servers.sh), with the same users and certificates. Usage:
#   tests/rig/rig.sh start DIR   # writes DIR/env.sh with the ports and paths for the tests
#   tests/rig/rig.sh stop DIR
# It never touches the system Dovecot. Ports are chosen at start.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    if port_is_free "$p" && [[ " ${picked[*]:-} " != *" $p "* ]]; then picked+=("$p"); echo "$p"; return 0; fi
  done
  echo "rig: no free port found" >&2; return 1
}

make_certs() {
  local d=$1/tls
  mkdir -p "$d"
  # A private CA and a server certificate for localhost / 127.0.0.1 signed by it, plus a
  # second, unrelated CA that tests use to prove verification really fails.
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=soar-imap test CA" \
    -keyout "$d/ca.key" -out "$d/ca.crt" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=unrelated test CA" \
    -keyout "$d/wrong-ca.key" -out "$d/wrong-ca.crt" -addext "basicConstraints=critical,CA:TRUE" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$d/server.key" -out "$d/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' > "$d/server.ext"
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -days 30 \
    -extfile "$d/server.ext" -out "$d/server.crt" 2>/dev/null
  openssl x509 -in "$d/server.crt" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g' | tr 'A-F' 'a-f' > "$d/server.sha256"
  # The same server, signed by the same CA, but expired yesterday (-days -1 ends before it begins).
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -days -1 \
    -extfile "$d/server.ext" -out "$d/expired.crt" 2>/dev/null
}

# GNU Mailutils imap4d: users alice, bob and carol of the virtual domain rig.test (log in as
# alice@rig.test) with the Dovecot users' passwords, one mbox file per folder under
# imap4d/home/USER. Its SEARCH TEXT does not look into the headers of MIME parts and its IDLE
# never reports new mail: the two client problems the second server exists to catch.
start_imap4d() {
  local imap4d mu=$dir/imap4d
  imap4d=$("$(dirname "$0")/servers.sh")
  mkdir -p "$mu/virt" "$mu/home"
  local user
  for user in alice bob carol; do
    mkdir -p "$mu/home/$user"
    : > "$mu/home/$user/INBOX"   # imap4d does not create the INBOX mbox on APPEND
    echo "$user:$(openssl passwd -6 "$user-secret"):$uid:$gid:$user:$mu/home/$user:/bin/false" >> "$mu/virt/rig.test"
  done
  chown -R "$mail_user:$mail_group" "$mu/home"
  cat > "$mu/imap4d.conf" <<CONF
logging { syslog false; severity info; };
mode daemon;
foreground true;
pidfile "$mu/imap4d.pid";
max-children 64;
server 127.0.0.1:$mu_imap_port { tls-mode ondemand; };
server 127.0.0.1:$mu_imaps_port { tls-mode connection; };
tls { ssl-certificate-file "$dir/tls/server.crt"; ssl-key-file "$dir/tls/server.key"; };
tls-file-checks { key-file none; cert-file none; ca-file none; };
auth { authorization virtdomain; authentication generic; };
virtdomain { passwd-dir "$mu/virt"; };
mailbox { mailbox-type "mbox"; };
CONF
  # A server stuck on TLS 1.0 (STARTTLS and implicit TLS), for the "TLS version too old" error.
  sed -e "s#^pidfile .*#pidfile \"$mu/imap4d-oldtls.pid\";#" \
      -e "s#^server 127.0.0.1:$mu_imap_port #server 127.0.0.1:$old_imap_port #" \
      -e "s#^server 127.0.0.1:$mu_imaps_port #server 127.0.0.1:$old_imaps_port #" \
      -e "s#^tls { \(.*\) };#tls { \1 ssl-priorities \"NORMAL:-VERS-ALL:+VERS-TLS1.0\"; };#" \
      "$mu/imap4d.conf" > "$mu/imap4d-oldtls.conf"
  "$imap4d" --no-site-config --config-file="$mu/imap4d.conf" > "$mu/imap4d.log" 2>&1 &
  "$imap4d" --no-site-config --config-file="$mu/imap4d-oldtls.conf" > "$mu/imap4d-oldtls.log" 2>&1 &
  local port
  for port in "$mu_imap_port" "$mu_imaps_port" "$old_imap_port" "$old_imaps_port"; do
    for _ in $(seq 1 100); do
      port_is_free "$port" || break
      sleep 0.05
    done
    port_is_free "$port" && { echo "rig: imap4d did not listen on $port; see $mu/imap4d.log" >&2; cat "$mu/imap4d.log" >&2 || true; exit 1; }
  done
  return 0
}

start() {
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  chmod 755 "$dir"
  picked=()
  local imap_port imaps_port nostarttls_port mu_imap_port mu_imaps_port old_imap_port old_imaps_port
  imap_port=$(pick_port); imaps_port=$(pick_port); nostarttls_port=$(pick_port)
  mu_imap_port=$(pick_port); mu_imaps_port=$(pick_port); old_imap_port=$(pick_port); old_imaps_port=$(pick_port)

  local mail_user mail_group login_user internal_user
  if [ "$(id -u)" -eq 0 ]; then
    # Dovecot refuses to run mail processes as root: use Debian's unprivileged users.
    mail_user=mail; mail_group=mail; login_user=dovenull; internal_user=dovecot
  else
    mail_user=$(id -un); mail_group=$(id -gn); login_user=$mail_user; internal_user=$mail_user
  fi
  local uid gid
  uid=$(id -u "$mail_user"); gid=$(id -g "$mail_user")

  make_certs "$dir"
  chmod 644 "$dir/tls/server.key"   # read by Dovecot's config parser running as root only; dir is private to the rig
  mkdir -p "$dir/run" "$dir/state" "$dir/mail" "$dir/home"
  chown "$mail_user:$mail_group" "$dir/mail" "$dir/home"

  # Users: alice and bob with plain passwords; carol exists to test the master login.
  # The master user "admin" may log in as anyone (SASL PLAIN authorization identity).
  cat > "$dir/passwd" <<PW
alice:{PLAIN}alice-secret::::::
bob:{PLAIN}bob-secret::::::
carol@example.test:{PLAIN}carol-secret::::::
PW
  echo "admin:{PLAIN}master-secret" > "$dir/master-users"

  cat > "$dir/dovecot.conf" <<CONF
instance_name = soar-rig-$imap_port
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = $login_user
default_internal_user = $internal_user
first_valid_uid = $uid
last_valid_uid = $uid
ssl = yes
ssl_cert = <$dir/tls/server.crt
ssl_key = <$dir/tls/server.key
ssl_dh = </usr/share/dovecot/dh.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_master_user_separator = *
mail_location = maildir:$dir/mail/%u
mail_privileged_group =
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
  }
  mailbox Junk {
    special_use = \\Junk
  }
  mailbox Sent {
    special_use = \\Sent
  }
  mailbox Trash {
    special_use = \\Trash
  }
}
passdb {
  driver = passwd-file
  master = yes
  args = scheme=PLAIN $dir/master-users
  pass = yes
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN $dir/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps_port
    ssl = yes
  }
}
service imap {
  process_limit = 64
}
protocol imap {
  mail_max_userip_connections = 50
  imap_idle_notify_interval = 2 mins
}
CONF

  # A second instance with TLS turned off entirely: a server that does not offer STARTTLS.
  sed -e "s/^instance_name = .*/instance_name = soar-rig-nostarttls-$imap_port/" \
      -e "s#^base_dir = .*#base_dir = $dir/run-nostarttls#" \
      -e "s/^ssl = yes/ssl = no/" \
      -e "/^ssl_/d" \
      -e "s/port = $imap_port/port = $nostarttls_port/" \
      -e "/inet_listener imaps {/,/}/d" \
      "$dir/dovecot.conf" > "$dir/dovecot-nostarttls.conf"
  mkdir -p "$dir/run-nostarttls"

  dovecot -c "$dir/dovecot.conf"
  dovecot -c "$dir/dovecot-nostarttls.conf"

  for port in "$imap_port" "$imaps_port" "$nostarttls_port"; do
    for _ in $(seq 1 100); do
      port_is_free "$port" || break
      sleep 0.05
    done
    port_is_free "$port" && { echo "rig: Dovecot did not listen on $port; see $dir/dovecot.log" >&2; cat "$dir/dovecot.log" >&2 || true; exit 1; }
  done

  start_imap4d

  # Warm up: the first login process waits for the auth process; let that happen now, not in a test.
  for port in "$imap_port" "$nostarttls_port"; do
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    timeout 10 grep -q -m1 'ready' <&3 || echo "rig: no greeting on $port yet" >&2
    exec 3>&-
  done

  cat > "$dir/env.sh" <<ENV
export SOAR_RIG_DIR=$dir
export SOAR_RIG_HOST=127.0.0.1
export SOAR_RIG_IMAP_PORT=$imap_port
export SOAR_RIG_IMAPS_PORT=$imaps_port
export SOAR_RIG_NOSTARTTLS_PORT=$nostarttls_port
export SOAR_RIG_CA=$dir/tls/ca.crt
export SOAR_RIG_WRONG_CA=$dir/tls/wrong-ca.crt
export SOAR_RIG_EXPIRED_CERT=$dir/tls/expired.crt
export SOAR_RIG_SERVER_KEY=$dir/tls/server.key
export SOAR_RIG_SERVER_SHA256=$(cat "$dir/tls/server.sha256")
export SOAR_RIG_DOVECOT_CONF=$dir/dovecot.conf
export SOAR_RIG_IMAP4D_IMAP_PORT=$mu_imap_port
export SOAR_RIG_IMAP4D_IMAPS_PORT=$mu_imaps_port
export SOAR_RIG_IMAP4D_DOMAIN=rig.test
export SOAR_RIG_OLDTLS_IMAP_PORT=$old_imap_port
export SOAR_RIG_OLDTLS_IMAPS_PORT=$old_imaps_port
export SOAR_RIG_IMAP4D_HOME=$dir/imap4d/home
export SOAR_RIG_OAUTH_DOVECOT=$(cd "$(dirname "$0")" && pwd)/oauth-dovecot.sh
ENV
  echo "rig: Dovecot on 127.0.0.1: imap $imap_port (STARTTLS), imaps $imaps_port, no-STARTTLS $nostarttls_port"
  echo "rig: imap4d on 127.0.0.1: imap $mu_imap_port (STARTTLS), imaps $mu_imaps_port; TLS 1.0 only: $old_imap_port, $old_imaps_port"
}

stop() {
  local pidfile
  for pidfile in "$dir/run/master.pid" "$dir/run-nostarttls/master.pid" "$dir/imap4d/imap4d.pid" "$dir/imap4d/imap4d-oldtls.pid"; do
    [ -f "$pidfile" ] || continue
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$pid" 2>/dev/null || true
  done
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
