#!/usr/bin/env bash
# Submits the reqeng job array and its merge job, which waits for the whole array with afterok.
# Run from the directory that holds inputs/ and templates/ (it becomes the jobs' working directory).
# Usage: deploy/slurm/submit.sh [SHARDS]     (default 4; the array then is 0-(SHARDS-1))
set -euo pipefail

shards=${1:-4}
here=$(cd "$(dirname "$0")" && pwd)
# --parsable prints just the job id; for an array it is the id afterok waits on for every task.
array=$(sbatch --parsable --array="0-$((shards - 1))" "$here/reqeng-array.sbatch")
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --export="ALL,REQENG_SHARDS=$shards" "$here/reqeng-merge.sbatch")
echo "submitted array job $array ($shards shards) and merge job $merge (afterok:$array)"
