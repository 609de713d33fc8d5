#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through chromedriver; nothing is downloaded at run time.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[sikerja] installing chromium and chromium-driver (Debian packages) for the browser tests ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "[sikerja] The browser tests need Chromium and its driver. Install them with:" >&2
echo "    sudo apt-get install -y chromium chromium-driver" >&2
exit 1
