#!/usr/bin/env bash
# Installs the system packages Roamwire needs to build and test (Debian/Ubuntu, as root or with sudo).
set -euo pipefail
packages=(libsqlite3-dev libssl-dev libxml2-dev zlib1g-dev openssl curl)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "swift 6.1 or later must be on PATH" >&2; exit 1; }

# The OpenAPI document test validates the served document with openapi-spec-validator.
if ! python3 -c 'import openapi_spec_validator' 2>/dev/null; then
    echo "installing: openapi-spec-validator (Python)"
    python3 -m pip install --quiet openapi-spec-validator
fi
