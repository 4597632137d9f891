#!/usr/bin/env bash
# Installs the Debian 12 packages kg needs to build, test and render.
# Does nothing (and needs no network) when everything is already present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  librocksdb-dev libboost-graph-dev libicu-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libcli11-dev
  libcld2-dev libmecab-dev mecab-ipadic-utf8 libstemmer-dev
  libhunspell-dev hunspell-pl hunspell-ar
  graphviz python3 python3-jsonschema
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "kg: installing missing packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
