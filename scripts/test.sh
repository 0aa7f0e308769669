#!/usr/bin/env bash
# Builds everything (checking that every target imports only what it declares) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build
