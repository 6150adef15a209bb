#!/usr/bin/env bash
# Runs every Harrier test on a fresh Debian machine with the .NET SDK:
# installs what is missing (postgresql, chromium, nginx, node, the pinned dotnet tools), starts a throwaway PostgreSQL on 127.0.0.1
# (never as root, a free port, stopped on exit), checks both migration sets against the model, runs every test project,
# and ends with "N passed, N failed, N skipped". A missing PostgreSQL or browser fails the run; nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_packages() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx)
  if [ ${#need[@]} -gt 0 ]; then
    log "Installing ${need[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

PG_DIR="" PG_BIN="" PG_USER=""
stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -n "$PG_DIR" ]; then rm -rf "$PG_DIR"; fi
}
pg_run() { if [ -n "$PG_USER" ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/harrier-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then PG_USER=postgres; chown "$PG_USER" "$PG_DIR"; fi
  pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 30000 ))
    port_free "$port" || continue
    if pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 30 -l "$PG_DIR/server.log" \
        -o "-h 127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null; then
      export HARRIER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      log "PostgreSQL listening on 127.0.0.1:$port"
      return 0
    fi
  done
  echo "Could not start PostgreSQL; see $PG_DIR/server.log" >&2
  return 1
}

summarize() {
  local passed=0 failed=0 total=0 f p x t
  for f in "$RESULTS"/*.trx; do
    [ -e "$f" ] || continue
    t=$(grep -o '<Counters [^>]*' "$f" | grep -o ' total="[0-9]*"' | grep -o '[0-9]*' || echo 0)
    p=$(grep -o '<Counters [^>]*' "$f" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
    x=$(grep -o '<Counters [^>]*' "$f" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
    total=$((total + t)); passed=$((passed + p)); failed=$((failed + x))
  done
  echo "$passed passed, $failed failed, $((total - passed - failed)) skipped"
}

# Never fails: under `set -e` a failing command in an EXIT trap would replace the tests' exit status with its own.
cleanup() {
  if [ -n "${HOG_PID:-}" ]; then kill "$HOG_PID" 2>/dev/null || true; fi
  stop_postgres || true
}
trap cleanup EXIT
install_packages
log "Restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore Harrier.slnx --nologo -v q
# Garmin's JavaScript FIT SDK reads back the FIT workout files Harrier writes (tests/Harrier.Import.Tests/FitSdk).
npm ci --prefix tests/Harrier.Import.Tests/FitSdk --no-audit --no-fund --silent
start_postgres
export HARRIER_TEST_REQUIRE_SERVICES=1 HARRIER_TEST_CHROMIUM=${HARRIER_TEST_CHROMIUM:-$(command -v chromium)}

log "Building"
dotnet build Harrier.slnx --no-restore --nologo -v q -clp:ErrorsOnly

log "Checking that both migration sets match the model"
for provider in Sqlite Postgres; do
  if ! dotnet ef migrations has-pending-model-changes --no-build \
      --project "src/Harrier.Data.$provider" --startup-project "src/Harrier.Data.$provider" >/dev/null; then
    echo "$provider: the model has changes without a migration; see src/Harrier.Data/README.md" >&2
    exit 1
  fi
  echo "$provider: no pending model changes"
done

log "Testing"
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"
status=0
# A CPU-hungry process beside the tests (one busy core of two), so nothing passes only on an idle machine.
HOG_PID=""
if [ "${HARRIER_TEST_CPU_HOG:-1}" != "0" ]; then
  ( while :; do :; done ) &
  HOG_PID=$!
  echo "A busy loop (pid $HOG_PID) runs beside the tests."
fi
# Two lanes, one per core, the two longest projects first in each: beside the busy loop the browser tests take about 8 minutes
# and the HTTP tests 9.5, the rest 3 together; `dotnet test Harrier.slnx` started the two last. Every test project must be in a lane.
lane() {
  local lane_status=0
  for project in "$@"; do
    dotnet test "tests/$project" --no-build --nologo --logger "trx;LogFileName=$project.trx" --results-directory "$RESULTS" \
      -- RunConfiguration.TreatNoTestsAsError=true || lane_status=1
  done
  return $lane_status
}
LANE_A=(Harrier.E2E Harrier.Cli.Tests Harrier.Data.Tests)
LANE_B=(Harrier.Web.Tests Harrier.Import.Tests Harrier.Core.Tests)
for project in tests/*/*.csproj; do
  name=$(basename "$(dirname "$project")")
  if [[ ! " ${LANE_A[*]} ${LANE_B[*]} " == *" $name "* ]]; then
    echo "scripts/test.sh: tests/$name is in neither lane; add it to LANE_A or LANE_B." >&2
    exit 1
  fi
done
lane "${LANE_A[@]}" &
LANE_A_PID=$!
lane "${LANE_B[@]}" || status=$?
wait "$LANE_A_PID" || status=$?
if [ -n "$HOG_PID" ]; then kill "$HOG_PID" 2>/dev/null || true; HOG_PID=""; fi
summarize
exit $status
