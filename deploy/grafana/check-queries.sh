#!/bin/sh
# Checks that every PromQL expression of the Grafana dashboards parses, by putting each one in a
# throwaway recording rule file and running `promtool check rules` on it.
# Grafana's range variables are replaced by a fixed duration first.
# Usage: deploy/grafana/check-queries.sh [DASHBOARD.json ...]  (default: every dashboard here)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
for tool in jq promtool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-queries: $tool is required (Debian packages: jq, prometheus)" >&2
        exit 1
    fi
done
[ "$#" -gt 0 ] || set -- "$here"/dashboards/*.json

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
rules="$work/queries.rules.yml"

count=0
{
    echo "groups:"
    echo "  - name: dashboard-queries"
    echo "    rules:"
    for dashboard in "$@"; do
        # Each expression becomes a YAML string via jq's JSON quoting (JSON strings are valid YAML).
        jq -r '[.. | objects | select(has("expr")) | .expr] | .[]
               | gsub("\\$__rate_interval|\\$__interval|\\$__range"; "5m")
               | "      - record: dashboard:query:check\n        expr: " + (. | tojson)' "$dashboard"
    done
} >"$rules"
count=$(grep -c 'record: dashboard:query:check' "$rules" || true)
if [ "$count" -eq 0 ]; then
    echo "check-queries: no expressions found in $*" >&2
    exit 1
fi
if promtool check rules "$rules" >"$work/out" 2>&1; then
    echo "check-queries: $count dashboard expressions parse"
else
    cat "$work/out" >&2
    echo "check-queries: see the rule file above for the failing expression" >&2
    cat -n "$rules" >&2
    exit 1
fi
