#!/usr/bin/env bash
# Before the end-to-end suites: make sure Chromium and Firefox ESR are there. On a fresh Debian
# machine (as root) it installs Debian's packages; anywhere else it says what to do.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"

missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
[ ${#missing[@]} = 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the end-to-end tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
for name in "${missing[@]}"; do
  case "$name" in
    chromium) echo "No Chromium at $chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH" >&2 ;;
    firefox-esr) echo "No Firefox ESR at $firefox: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox ESR, Developer Edition or Nightly (the unsigned build needs one)" >&2 ;;
  esac
done
exit 1
