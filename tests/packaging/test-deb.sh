#!/usr/bin/env bash
# Builds the .deb with scripts/package (or takes one) and checks it:
#   1. control fields: name, version, architecture, Depends / Recommends;
#   2. every shared library the executables need comes from a package named in Depends;
#   3. the file list (executables, desktop file, metainfo, icons, unit, man page, docs);
#   4. dpkg -i into a scratch root whose package database is a copy of this machine's, so dpkg
#      really checks Depends against installed packages; then dpkg -L / -s there;
#   5. the installed executables run: soar-imapd --version / --help / usage error / analyze of
#      an .eml and an Outlook .msg; soar-imap --version and a short offscreen start.
# Usage: test-deb.sh SOURCE_DIR VERSION [PATH.deb]
# With SOAR_PACKAGE_FROM_BUILD=DIR it packs that existing build tree (scripts/package --from-build)
# instead of making a Release build first; the tree must be configured like a shipped build
# (CMAKE_BUILD_TYPE=Release, SOAR_TEST_HOOKS=OFF), which is checked.
# With SOAR_PACKAGE_TEST_SYSTEM_INSTALL=1 (a throwaway CI container, as root) it also installs
# the package on the real system with dpkg -i, runs /usr/bin/soar-imapd and removes it again.
set -uo pipefail
src=${1:?usage: test-deb.sh SOURCE_DIR VERSION [PATH.deb]}
version=${2:?usage: test-deb.sh SOURCE_DIR VERSION [PATH.deb]}
deb=${3:-}
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
pass() { echo "ok: $*"; }
finish() {
  if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
  fi
  exit 0
}

if [ -z "$deb" ]; then
  if [ -n "${SOAR_PACKAGE_FROM_BUILD:-}" ]; then
    cache="$SOAR_PACKAGE_FROM_BUILD/CMakeCache.txt"
    grep -qx 'CMAKE_BUILD_TYPE:STRING=Release' "$cache" \
      || { echo "FAIL: $SOAR_PACKAGE_FROM_BUILD is not a Release build; only the build that ships may be packed" >&2; exit 1; }
    grep -qx 'SOAR_TEST_HOOKS:BOOL=OFF' "$cache" \
      || { echo "FAIL: $SOAR_PACKAGE_FROM_BUILD has SOAR_TEST_HOOKS on; only the build that ships may be packed" >&2; exit 1; }
    deb=$("$src/scripts/package" --from-build "$SOAR_PACKAGE_FROM_BUILD" | tail -n 1)
  else
    deb=$("$src/scripts/package" | tail -n 1)
  fi
  [ -f "$deb" ] || { echo "FAIL: scripts/package did not print a .deb path (got '$deb')" >&2; exit 1; }
fi
echo "package: $deb"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- 1. control fields --------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = soar-imap ] || fail "Package is '$(field Package)', expected soar-imap"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Section)" = mail ] || fail "Section is '$(field Section)', expected mail"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# Names only, one a line: "libqt6core6 (>= 6.4.0), a | b" -> libqt6core6, a, b
dependNames=$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/:any//; s/^ +//; s/ +$//' | grep -v '^$' | sort -u)
# What Qt loads at run time (dpkg-shlibdeps cannot see plugins) and the libraries we link.
for p in libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 \
  libqt6keychain1 libgmime-3.0-0 libgsf-1-114 libpsl5 libxml2; do
  grep -qx "$p" <<<"$dependNames" || fail "Depends lacks $p"
done
grep -q 'gnome-keyring' <<<"$(field Recommends)" || fail "Recommends lacks a Secret Service (gnome-keyring)"
[ $failures -eq 0 ] && pass "control fields"

# --- 3. file list -------------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
expected=(
  /usr/bin/soar-imap
  /usr/bin/soar-imapd
  /usr/share/applications/soar-imap.desktop
  /usr/share/metainfo/io.github.soarimap.SoarImap.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/soar-imap.svg
  /usr/share/icons/hicolor/48x48/apps/soar-imap.png
  /usr/share/icons/hicolor/128x128/apps/soar-imap.png
  /usr/share/icons/hicolor/256x256/apps/soar-imap.png
  /usr/lib/systemd/user/soar-imapd.service
  /usr/share/man/man1/soar-imapd.1.gz
  /usr/share/man/man1/soar-imap.1.gz
  /usr/share/doc/soar-imap/README.md
  /usr/share/doc/soar-imap/CHANGELOG.md
  /usr/share/doc/soar-imap/cli.md
  /usr/share/doc/soar-imap/configuration.md
  /usr/share/doc/soar-imap/daemon.md
)
for f in "${expected[@]}"; do
  grep -qx -- "$f" <<<"$contents" || fail "the package lacks $f"
done
# Nothing outside /usr (no /etc, no /home leftovers from a build tree).
stray=$(grep -vE '^/usr(/|$)|^/$' <<<"$contents")
[ -z "$stray" ] || fail "files outside /usr: $stray"
pass "file list (${#expected[@]} expected paths, $(wc -l <<<"$contents") entries)"

# --- 4. dpkg -i into a scratch root ---------------------------------------------------------
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
cp /var/lib/dpkg/status "$root/var/lib/dpkg/status" # installed packages: Depends are checked against them
touch "$root/var/lib/dpkg/available"
# --no-triggers: man-db / icon cache triggers would run inside the scratch root, which has no shell.
if dpkg --root="$root" --no-triggers --force-not-root -i "$deb" >"$work/dpkg.log" 2>&1; then
  pass "dpkg -i into a scratch root (Depends satisfied by this machine's packages)"
else
  fail "dpkg -i into a scratch root:"$'\n'"$(grep -v "files list file for package" "$work/dpkg.log")"
  finish
fi
status=$(dpkg --root="$root" -s soar-imap 2>&1 | sed -n 's/^Status: //p')
[ "$status" = "install ok installed" ] || fail "dpkg -s soar-imap: status '$status'"
listed=$(dpkg --root="$root" -L soar-imap)
for f in "${expected[@]}"; do
  grep -qx -- "$f" <<<"$listed" || fail "dpkg -L soar-imap lacks $f"
  [ -e "$root$f" ] || fail "$f is listed but not installed"
done
pass "dpkg -s / dpkg -L"
for exe in soar-imap soar-imapd; do
  [ -x "$root/usr/bin/$exe" ] || fail "/usr/bin/$exe is not executable"
  missing=$(ldd "$root/usr/bin/$exe" | grep 'not found')
  [ -z "$missing" ] || fail "$exe: libraries not found: $missing"
done

# --- 2. every directly linked library's package is in Depends ------------------------------
# Direct NEEDED entries only: what those libraries need in turn is their packages' business.
before=$failures
for exe in soar-imap soar-imapd; do
  paths=$(ldd "$root/usr/bin/$exe")
  for soname in $(objdump -p "$root/usr/bin/$exe" | awk '$1 == "NEEDED" {print $2}'); do
    # "libfoo.so.1 => /lib/.../libfoo.so.1 (0x...)", or "/lib64/ld-linux-x86-64.so.2 (0x...)"
    lib=$(awk -v so="$soname" '$1 == so && $3 ~ /^\// {print $3} $1 ~ "/" so "$" {print $1}' <<<"$paths")
    [ -n "$lib" ] || { fail "$exe: $soname is not found"; continue; }
    owner=$(dpkg -S "$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null)
    owner=${owner%%:*}
    [ -n "$owner" ] || { fail "$exe needs $lib, which no package owns"; continue; }
    # A package may be named by a virtual name it provides (libspdlog1.10 provides libspdlog1.10-fmt9).
    provides=$(dpkg-query -W -f='${Provides}' "$owner" 2>/dev/null | tr ',' '\n' | sed -E 's/\(.*\)//; s/ //g')
    covered=0
    for name in $owner $provides; do
      grep -qx "$name" <<<"$dependNames" && covered=1
    done
    [ $covered -eq 1 ] || fail "$exe links $soname from $owner, which Depends does not name"
  done
done
[ $failures -eq "$before" ] && pass "every directly linked library's package is in Depends"

# --- 5. the installed executables run ------------------------------------------------------
home="$work/home"
mkdir -p "$home"
run() { env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$work" "$@"; }
out=$(run "$root/usr/bin/soar-imapd" --version)
[ "$out" = "soar-imapd $version" ] && pass "soar-imapd --version: $out" || fail "soar-imapd --version printed '$out'"
run "$root/usr/bin/soar-imapd" --help | grep -q '^Usage: soar-imapd' || fail "soar-imapd --help shows no usage"
run "$root/usr/bin/soar-imapd" >/dev/null 2>&1
rc=$?
[ $rc -eq 2 ] || fail "soar-imapd without a command exited $rc, expected 2"
out=$(run "$root/usr/bin/soar-imapd" --data-dir "$work/data" analyze "$src/tests/data/mime/rfc822_attachment.eml")
grep -q '^Format:' <<<"$out" && pass "soar-imapd analyze .eml (GMime)" || fail "soar-imapd analyze .eml printed: $out"
out=$(run "$root/usr/bin/soar-imapd" --data-dir "$work/data" analyze "$src/tests/data/msg/msgreader__msgInMsg.msg" --json)
grep -q '"format"' <<<"$out" && pass "soar-imapd analyze .msg (libgsf)" || fail "soar-imapd analyze .msg printed: $out"
out=$(run QT_QPA_PLATFORM=offscreen "$root/usr/bin/soar-imap" --version 2>&1)
grep -q "soar-imap $version" <<<"$out" && pass "soar-imap --version: $out" || fail "soar-imap --version printed '$out'"
# A short start of the whole app offscreen: settings, store (SQLite plugin), window; then a
# desktop logout's SIGTERM, which must stop it cleanly. The log line says the start is done.
# exec: $! must be the app itself, not a subshell that a SIGTERM would end instead of the app.
(exec env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen \
  "$root/usr/bin/soar-imap" --config "$work/settings.json" --data-dir "$work/data" >"$work/app.log" 2>&1) &
app=$!
for _ in $(seq 300); do
  grep -q 'soar-imap .* starting' "$work/data/logs/soar-imap.log" 2>/dev/null && [ -f "$work/data/mail.db" ] && break
  kill -0 $app 2>/dev/null || break
  sleep 0.1
done
kill -TERM $app 2>/dev/null
wait $app
rc=$?
[ $rc -eq 0 ] && [ -f "$work/data/mail.db" ] && pass "soar-imap starts offscreen and stops on SIGTERM" \
  || fail "soar-imap offscreen start exited $rc:"$'\n'"$(cat "$work/app.log")"

# --- 6. no test hooks in what ships ---------------------------------------------------------
# The crash points (SOAR_CRASH_AT, exit 86) and the old --quit-after-ms smoke switch exist
# only in test builds; the strings they need are absent from the shipped executables.
for exe in soar-imap soar-imapd; do
  if grep -aq -e SOAR_CRASH_AT -e 'exiting on purpose' "$root/usr/bin/$exe"; then
    fail "$exe honours SOAR_CRASH_AT (built with SOAR_TEST_HOOKS)"
  fi
done
grep -aq 'quit-after-ms' "$root/usr/bin/soar-imap" && fail "soar-imap still has --quit-after-ms"
out=$(run QT_QPA_PLATFORM=offscreen "$root/usr/bin/soar-imap" --data-dir "$work/data2" --quit-after-ms 1 2>&1)
rc=$?
[ $rc -eq 1 ] && grep -q "Unknown option 'quit-after-ms'" <<<"$out" \
  && pass "no test hooks: no SOAR_CRASH_AT, --quit-after-ms refused" \
  || fail "soar-imap --quit-after-ms exited $rc: $out"

# The installed unit: systemd-analyze checks its syntax, that ExecStart is executable and that
# Documentation=man:soar-imapd(1) resolves. ExecStart is pointed at the scratch root for that.
if command -v systemd-analyze >/dev/null; then
  mkdir -p "$work/unit"
  sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" "$root/usr/lib/systemd/user/soar-imapd.service" \
    >"$work/unit/soar-imapd.service"
  if out=$(cd "$work" && MANPATH="$root/usr/share/man" systemd-analyze verify "$work/unit/soar-imapd.service" 2>&1) && [ -z "$out" ]; then
    pass "systemd-analyze verify soar-imapd.service"
  else
    fail "systemd-analyze verify soar-imapd.service:"$'\n'"$out"
  fi
fi

# --- optional: the real system -------------------------------------------------------------
if [ "${SOAR_PACKAGE_TEST_SYSTEM_INSTALL:-0}" = 1 ]; then
  if dpkg -i "$deb" && [ "$(/usr/bin/soar-imapd --version)" = "soar-imapd $version" ] && dpkg -L soar-imap | grep -qx /usr/bin/soar-imapd; then
    pass "dpkg -i on this system, /usr/bin/soar-imapd --version, dpkg -L"
  else
    fail "dpkg -i on this system"
  fi
  dpkg -r soar-imap >/dev/null || fail "dpkg -r soar-imap"
fi
finish
