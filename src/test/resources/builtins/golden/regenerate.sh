#!/bin/sh
# Regenerates every <name>.out beside its <name>.py from CPython 3.12 (the expected stdout of BuiltinsGoldenTest).
# Run from the repository root: sh src/test/resources/builtins/golden/regenerate.sh
set -e
cd "$(dirname "$0")"
for program in *.py; do
    PYENV_VERSION=3.12.1 python3 "$program" > "${program%.py}.out"
done
