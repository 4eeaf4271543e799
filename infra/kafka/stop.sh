#!/usr/bin/env bash
# Stops the broker started by start.sh (its data stays, so a restart keeps topics and offsets).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${KAFKA_DIR:-$(cd "$here/../.." && pwd)/.kafka}"
pid_file="$dir/kafka.pid"
[ -f "$pid_file" ] || { echo "kafka: not started from $dir"; exit 0; }
pid="$(cat "$pid_file")"
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
fi
rm -f "$pid_file"
echo "kafka: stopped"
