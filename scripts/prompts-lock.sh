#!/usr/bin/env bash
# Records (or, with --check, verifies) the SHA-256 of every prompt in templates/prompts/ in
# templates/prompts/prompts.lock, so a prompt cannot change without the change being reviewed.
# Usage: scripts/prompts-lock.sh [--check]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/templates/prompts"
lock="$dir/prompts.lock"
current() { (cd "$dir" && LC_ALL=C ls -1 -- *.prompt | LC_ALL=C sort | xargs sha256sum); }
case "${1:-}" in
  --check)
    if [ ! -f "$lock" ]; then echo "prompts-lock: $lock is missing; run 'make prompts-lock'" >&2; exit 1; fi
    if ! diff -u "$lock" <(current) >&2; then
      echo "prompts-lock: a prompt changed without the lock; review the change, then run 'make prompts-lock'" >&2
      exit 1
    fi
    echo "prompts-lock: $(wc -l <"$lock") prompts match $lock" ;;
  "")
    current >"$lock"
    echo "prompts-lock: wrote $lock" ;;
  *) echo "usage: scripts/prompts-lock.sh [--check]" >&2; exit 64 ;;
esac
