#!/usr/bin/env bash
# Installs what the browser and validator tests need from Debian's packages:
# Chromium (browser tests, Storybook tests, axe, Lighthouse) and a Java runtime
# (the Nu Html Checker), and Liberation fonts, metric-compatible with Times New Roman and Arial, so
# that the layout tests measure the same line lengths on every machine (a system with DejaVu alone
# sets the serif stack about 30 % wider). Does nothing when all are already there.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
fc-list 2>/dev/null | grep -q 'Liberation Serif' || missing+=(fonts-liberation2)

if [ ${#missing[@]} -eq 0 ]; then
  echo "System dependencies present: $(chromium --version 2>/dev/null | head -n1); java $(java -version 2>&1 | head -n1); Liberation fonts"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}. Install them with your system's package manager (or set CHROMIUM_PATH)." >&2
  exit 1
fi

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
