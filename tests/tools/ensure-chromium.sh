#!/usr/bin/env bash
# Before the end-to-end suite: make sure a Chromium is there. On a fresh Debian machine (as root)
# it installs Debian's package; anywhere else it says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the end-to-end tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "No Chromium at $browser: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH" >&2
exit 1
