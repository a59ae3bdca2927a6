#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (which never downloads a browser).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "== installing Debian chromium"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
