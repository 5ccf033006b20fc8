#!/usr/bin/env bash
# Applies .clang-format to every tracked C++ file (what .ci/run checks). Usage: .ci/format.sh
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files '*.cpp' '*.h' | xargs clang-format -i --style=file
