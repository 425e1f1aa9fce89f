#!/usr/bin/env bash
# Runs the sharded batch on Kubernetes and merges it: applies the Indexed Job, waits until every
# index has completed, then applies the merge Job and waits for it. Inputs are expected under
# /inputs of the reqeng-data volume; the merged result is in /outputs of it.
# Usage: deploy/kubernetes/run.sh [NAMESPACE]
set -euo pipefail

namespace=${1:-default}
here=$(cd "$(dirname "$0")" && pwd)
kube() { kubectl --namespace "$namespace" "$@"; }

# Waits until Job $1 is Complete (returns 0) or Failed (prints its pods' logs, returns 1).
await() {
  local state
  while :; do
    state=$(kube get job "$1" -o jsonpath='{range .status.conditions[?(@.status=="True")]}{.type} {end}')
    case " $state " in
    *" Complete "*) return 0 ;;
    *" Failed "*)
      echo "job $1 failed:" >&2
      kube logs --selector "job-name=$1" --tail 20 >&2 || true
      return 1
      ;;
    esac
    sleep 10
  done
}

# Jobs are immutable: remove the previous batch's Jobs (not the volume) before starting again.
kube delete job reqeng-shards reqeng-merge --ignore-not-found
kube apply -f "$here/reqeng-shards.yaml"
await reqeng-shards
kube apply -f "$here/reqeng-merge.yaml"
await reqeng-merge
kube logs job/reqeng-merge
