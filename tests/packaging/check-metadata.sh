#!/usr/bin/env bash
# Validates the desktop integration files and the man page, and checks that the man page and
# docs/cli.md still describe soar-imapd's real command line (commands, options, environment).
#   check-metadata.sh SOURCE_DIR VERSION
# Any warning counts as a failure: these files are read by software centres and man(1).
set -uo pipefail
src=${1:?usage: check-metadata.sh SOURCE_DIR VERSION}
version=${2:?usage: check-metadata.sh SOURCE_DIR VERSION}
pkg="$src/packaging"
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

desktop="$pkg/soar-imap.desktop"
metainfo="$pkg/io.github.soarimap.SoarImap.metainfo.xml"
man="$pkg/soar-imapd.1"

# desktop-file-validate exits 0 on warnings and hints; any output is a finding.
out=$(desktop-file-validate "$desktop" 2>&1)
if [ $? -ne 0 ] || [ -n "$out" ]; then fail "desktop-file-validate $desktop:"$'\n'"$out"; else pass "desktop-file-validate"; fi
grep -qx 'Exec=soar-imap' "$desktop" || fail "$desktop: Exec= must start the installed soar-imap"
grep -qx 'Icon=soar-imap' "$desktop" || fail "$desktop: Icon= must name the installed hicolor icon soar-imap"

# appstreamcli fails on errors only; warnings (W:) and infos (I:) fail here too. Pedantic
# notes (P:) are style hints such as the uppercase letters of a reverse-DNS id.
out=$(appstreamcli validate --no-net "$metainfo" 2>&1)
rc=$?
if [ $rc -ne 0 ] || grep -qE '^[EWI]: ' <<<"$out"; then fail "appstreamcli validate $metainfo:"$'\n'"$out"; else pass "appstreamcli validate"; fi
grep -q "<id>io.github.soarimap.SoarImap</id>" "$metainfo" || fail "$metainfo: the <id> must match the file name"
grep -q '<launchable type="desktop-id">soar-imap.desktop</launchable>' "$metainfo" \
  || fail "$metainfo: <launchable> must name soar-imap.desktop"
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo: no <release version=\"$version\"> (project version)"

# groff: -ww turns on all warnings, -z discards the output; anything on stderr is a finding.
for page in "$man" "$pkg/soar-imap.1"; do
  out=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
  if [ $? -ne 0 ] || [ -n "$out" ]; then fail "groff -man -ww $page:"$'\n'"$out"; else pass "groff -man -ww $(basename "$page")"; fi
  grep -qE "^\.TH SOAR-IMAPD? 1 .*\"soar-imap $version\"" "$page" || fail "$page: .TH must name soar-imap $version"
done

# The PNG icons: the size in the folder name must be the image's size (IHDR width/height).
for size in 48 128 256; do
  png="$pkg/icons/hicolor/${size}x${size}/apps/soar-imap.png"
  if [ ! -f "$png" ]; then
    fail "$png is missing (packaging/icons/render-icons.sh)"
    continue
  fi
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || fail "$png is $dims, expected ${size}x${size}"
done

# Drift: every command, option and environment variable in the code is in both references.
commands=$(grep -oE '\{QStringLiteral\("[a-z-]+"\), Command::' "$src/core/daemon/DaemonOptions.cpp" | grep -oE '"[a-z-]+"' | tr -d '"')
options=$(grep -oE 'QLatin1String\("--?[a-z-]+"\)' "$src/core/daemon/DaemonOptions.cpp" | grep -oE '"[^"]+"' | tr -d '"' | sort -u)
variables=$(grep -ohE '"SOAR_[A-Z_]*[A-Z]"' "$src/core/settings/EnvironmentSettings.cpp" "$src/core/settings/SecretResolver.cpp" | tr -d '"' | sort -u)
[ -n "$commands" ] && [ -n "$options" ] && [ -n "$variables" ] || fail "could not read the commands, options or variables from the sources"
manText=$(sed 's/\\-/-/g' "$man")
before=$failures
for word in $commands $options $variables; do
  grep -qF -- "$word" <<<"$manText" || fail "$man does not mention $word"
  grep -qF -- "$word" "$src/docs/cli.md" || fail "docs/cli.md does not mention $word"
done
# The desktop app's options (QCommandLineOption declarations in app/gui_main.cpp).
guiOptions=$(perl -0777 -ne 'print "--$1\n" while /QCommandLineOption\s+\w+\(\s*QStringLiteral\("([a-z-]+)"/g' "$src/app/gui_main.cpp")
[ -n "$guiOptions" ] || fail "could not read the desktop app's options from app/gui_main.cpp"
guiManText=$(sed 's/\\-/-/g' "$pkg/soar-imap.1")
for word in $guiOptions; do
  grep -qF -- "$word" <<<"$guiManText" || fail "soar-imap.1 does not mention $word"
  grep -qF -- "$word" "$src/docs/cli.md" || fail "docs/cli.md does not mention $word"
done
[ $failures -eq "$before" ] && pass "man pages and docs/cli.md mention $(wc -w <<<"$commands $options $variables $guiOptions") commands, options and variables"

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
