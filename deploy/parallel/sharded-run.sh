#!/usr/bin/env bash
# reqeng on one machine with GNU parallel: N processes, each `reqeng run --shard {}/N` into its own
# directory, then `reqeng merge` into outputs/. The one-liner this script wraps, for N=4:
#
#   parallel --halt now,fail=1 'reqeng run inputs --output shards/shard-{} --shard {}/4 || [ $? -eq 2 ]' ::: 0 1 2 3 \
#     && reqeng merge shards/shard-{0..3} --output outputs
#
# Each process already runs --jobs projects in parallel; sharding helps when one process cannot keep
# the cores busy, and it is the same split a cluster would use (the slices depend only on project
# paths and N). Exit 2 (documents written, some input files unusable) counts as success; any other
# failure stops the batch before the merge. `--jobs 1` keeps N processes on N cores.
# Usage: deploy/parallel/sharded-run.sh [SHARDS] [INPUTS] [OUTPUT]
set -euo pipefail

shards=${1:-4}
inputs=${2:-inputs}
output=${3:-outputs}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}
work="$output.shards"

# shellcheck disable=SC2016 # $? is for the shell parallel starts, not this one.
seq 0 $((shards - 1)) | parallel --halt now,fail=1 \
  'reqeng run {2} --output {3}/shard-{1} --shard {1}/{4} --jobs 1 || [ $? -eq 2 ]' \
  :::: - ::: "$inputs" ::: "$work" ::: "$shards"
mapfile -t directories < <(seq 0 $((shards - 1)) | sed "s|^|$work/shard-|")
reqeng merge "${directories[@]}" --output "$output"
