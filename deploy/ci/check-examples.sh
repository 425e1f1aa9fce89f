#!/usr/bin/env bash
# Checks the deployment examples: every YAML file parses (with PyYAML, all documents), the
# Kubernetes Jobs and the CI workflow have the fields the sharding relies on, every shell script and
# the shell embedded in the Jobs pass shellcheck (when it is installed), and the cron file is what
# cron reads. Exits non-zero on a finding.
# Usage: deploy/ci/check-examples.sh   (from the repository root)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root/deploy"
status=0

python3 - "$work" <<'PY' || status=1
import glob, sys, yaml

work, bad = sys.argv[1], []
for path in sorted(glob.glob("kubernetes/*.yaml") + glob.glob("ci/*.yml")):
    try:
        documents = [d for d in yaml.safe_load_all(open(path)) if d is not None]
    except yaml.YAMLError as error:
        bad.append(f"{path}: {error}")
        continue
    for document in documents:
        if document.get("kind") != "Job":
            continue
        name = document["metadata"]["name"]
        spec = document["spec"]
        if name == "reqeng-shards":
            if spec.get("completionMode") != "Indexed":
                bad.append(f"{path}: {name} is not an Indexed Job")
            script = spec["template"]["spec"]["containers"][0]["args"][0]
            if f"--shards {spec.get('completions')}" not in script:
                bad.append(f"{path}: --shards does not match completions {spec.get('completions')}")
        for container in spec["template"]["spec"]["containers"]:
            with open(f"{work}/{name}-{container['name']}.sh", "w") as embedded:
                embedded.write("#!/bin/sh\n" + container["args"][0])
    if path.startswith("ci/"):
        workflow = documents[0]
        if workflow["jobs"]["merge"].get("needs") != "shard":
            bad.append(f"{path}: the merge job does not wait for the shard jobs")
        shards = int(workflow["env"]["SHARDS"])
        if workflow["jobs"]["shard"]["strategy"]["matrix"]["index"] != list(range(shards)):
            bad.append(f"{path}: the shard matrix is not 0 … SHARDS-1")
print("\n".join(bad) if bad else f"deploy examples: YAML ok")
sys.exit(1 if bad else 0)
PY

if command -v shellcheck >/dev/null; then
  shellcheck kubernetes/*.sh slurm/*.sbatch slurm/*.sh parallel/*.sh cron/*.sh ci/*.sh || status=1
  shellcheck -s sh "$work"/*.sh || status=1
  [ "$status" -eq 0 ] && echo "deploy examples: shellcheck ok"
else
  echo "deploy examples: shellcheck not installed, scripts not linted (apt-get install shellcheck)"
fi
cron/check-cron.sh cron/reqeng.cron && echo "deploy examples: cron file ok" || status=1
exit "$status"
