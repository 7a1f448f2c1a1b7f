#!/usr/bin/env bash
# Unpacks the second IMAP server of the test rig, GNU Mailutils imap4d from Debian 12, into a
# cache directory. Its package conflicts with dovecot-imapd (both provide imap-server), so it
# is never installed: `apt-get download` + `dpkg-deb -x`, run from the rig's directory with a
# config of its own. Its libraries (libmailutils9) do not conflict and come from scripts/deps.
#   tests/rig/servers.sh        # prints the path of the imap4d binary; downloads it once
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${SOAR_RIG_SERVERS_DIR:-$here/../../build/rig-servers}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
imap4d=$cache/root/usr/sbin/imap4d

if [ ! -x "$imap4d" ]; then
  work=$(mktemp -d "$cache/download.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  # apt's sandbox user must be able to write the download directory.
  chmod 777 "$work"
  (cd "$work" && apt-get download -qq mailutils-imap4d >/dev/null) || {
    echo "rig: could not download mailutils-imap4d with apt-get (is the Debian 12 archive reachable?)" >&2
    exit 1
  }
  mkdir -p "$cache/root"
  dpkg-deb -x "$work"/mailutils-imap4d_*.deb "$cache/root"
fi
"$imap4d" --version >/dev/null 2>&1 || {
  echo "rig: $imap4d does not run; is libmailutils9 installed (scripts/deps)?" >&2
  exit 1
}
echo "$imap4d"
