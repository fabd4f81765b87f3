#!/usr/bin/env bash
# Cost of a program's health (the coordinator's health view, and the hourly nudge scan that reads it):
# one program of [relationships] on a fresh server with embedded Derby; prints the scan's CPU and time.
#   bench/health.sh [relationships] [server jar]     (default 1000, the built server.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
[ -n "${2:-}" ] || [ -f "$jar" ] || mvn -B -q -DskipTests install
exec python3 bench/health.py "$@"
