#!/usr/bin/env bash
# Checks reqeng.cron the way cron reads it: every entry line has five time fields, a user and a
# command, no unescaped % (cron turns it into a newline), and the file ends with a newline.
# Usage: deploy/cron/check-cron.sh [FILE]
set -euo pipefail

file=${1:-$(dirname "$0")/reqeng.cron}
status=0
[ -z "$(tail -c 1 "$file")" ] || { echo "$file: no newline at the end" >&2; status=1; }
while IFS= read -r line; do
  case "$line" in '' | '#'*) continue ;; esac
  [[ "$line" =~ ^[A-Z_]+= ]] && continue
  read -r -a fields <<<"$line"
  if [ "${#fields[@]}" -lt 7 ]; then echo "entry with too few fields: $line" >&2; status=1; fi
  for field in "${fields[@]:0:5}"; do
    [[ "$field" =~ ^[0-9*/,-]+$ ]] || { echo "bad time field '$field' in: $line" >&2; status=1; }
  done
  [[ "$line" != *%* ]] || { echo "unescaped % in: $line" >&2; status=1; }
done <"$file"
exit "$status"
