#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (never a browser download, which cannot work
# offline). Installs it with apt-get when it is missing; needs root, as on CI and dev machines.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "ensure-chromium: /usr/bin/chromium missing; installing Debian's chromium package…" >&2
if [ "$(id -u)" != 0 ]; then
  echo "ensure-chromium: not root; install it yourself: sudo apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version 2>/dev/null | grep -i chromium >&2
