#!/usr/bin/env bash
# Installs what the tests need, starts the real servers they use, runs every test project and prints one
# closing line "N passed, N failed, N skipped". Used by developers, by .ci/run and by the GitHub workflow.
#
#   ./test.sh                 everything
#   ./test.sh --filter Search  passes --filter to dotnet test (handy while working on one module)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
filter=()
if [ "${1:-}" = "--filter" ] && [ -n "${2:-}" ]; then filter=(--filter "$2"); fi

log() { printf '[test.sh] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- 1. Prerequisites from Debian's packages (only what is missing) -----------------------------------------
# A browser: FB_CHROMIUM, then Debian's Chromium, then Google Chrome (GitHub's Ubuntu runner); never Ubuntu's
# chromium-browser snap shim. The E2E tests read FB_CHROMIUM (tests/FamilyBridge.E2E/Infrastructure/ChromiumLocator.cs).
find_browser() {
  local b
  for b in "${FB_CHROMIUM:-}" /usr/bin/chromium /usr/bin/google-chrome /usr/bin/google-chrome-stable /opt/google/chrome/chrome /usr/bin/chromium-browser; do
    if [ -n "$b" ] && [ -x "$b" ] && ! LC_ALL=C grep -q snap <(head -c 512 "$b"); then echo "$b"; return 0; fi
  done
  return 1
}
# PostgreSQL's server binaries: FB_PG_BIN, then pg_config --bindir, then Debian's newest /usr/lib/postgresql/*/bin.
find_pgbin() {
  local d
  for d in "${FB_PG_BIN:-}" "$(pg_config --bindir 2>/dev/null || true)" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}
missing=()
find_browser >/dev/null || missing+=(chromium chromium-driver)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
find_pgbin >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }

# --- 2. A throwaway PostgreSQL cluster on loopback ---------------------------------------------------------
pgbin=$(find_pgbin) || { log "PostgreSQL's initdb not found: install postgresql or set FB_PG_BIN"; exit 1; }
FB_CHROMIUM=$(find_browser) || { log "no Chromium or Chrome found: install chromium or set FB_CHROMIUM"; exit 1; }
export FB_CHROMIUM
export Backup__PostgresBinPath="$pgbin"  # backup tests dump with the same PostgreSQL version as the server
log "browser $FB_CHROMIUM; PostgreSQL from $pgbin"
work=$(mktemp -d /tmp/familybridge-test.XXXXXX)
chmod 755 "$work"  # the postgres user must reach its data folder inside
pgdir="$work/pg"
pgport=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
pgpass=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
pg_as() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  if [ -f "$pgdir/data/postmaster.pid" ]; then pg_as "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [ -f "$work/redis/redis.pid" ]; then kill "$(cat "$work/redis/redis.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$pgdir"
printf '%s\n' "$pgpass" > "$pgdir/pw"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$pgdir"; fi
pg_as "$pgbin/initdb" -D "$pgdir/data" -U postgres --pwfile="$pgdir/pw" --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
pg_as "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir -c fsync=off -c max_connections=200" start >/dev/null
export FB_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=$pgpass"
log "PostgreSQL on 127.0.0.1:$pgport"

# --- 2b. Redis on loopback, and where redis-server and nginx are -------------------------------------------
# FB_TEST_REDIS is a running server tests may share; the two-node suite starts (and stops) its own Redis and
# nginx from FB_REDIS_SERVER and FB_NGINX, because it turns Redis off on purpose.
FB_REDIS_SERVER=$(command -v redis-server) || { log "redis-server not found: install redis-server"; exit 1; }
FB_NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$FB_NGINX" ] || { log "nginx not found: install nginx-light"; exit 1; }
export FB_REDIS_SERVER FB_NGINX
redisport=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$work/redis"
"$FB_REDIS_SERVER" --bind 127.0.0.1 --port "$redisport" --save '' --appendonly no --daemonize yes \
  --pidfile "$work/redis/redis.pid" --logfile "$work/redis/redis.log" --dir "$work/redis" >/dev/null
for _ in $(seq 1 50); do [ -s "$work/redis/redis.pid" ] && break; sleep 0.1; done
export FB_TEST_REDIS="127.0.0.1:$redisport"
log "Redis on $FB_TEST_REDIS; nginx at $FB_NGINX"

# --- 3. Build once, then run each test project -------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$(date +%s)
dotnet build FamilyBridge.sln -nologo -v quiet -clp:ErrorsOnly
log "build took $(( $(date +%s) - start )) s"

passed=0; failed=0; skipped=0; broken=0
for project in tests/*/*.csproj; do
  out="$work/$(basename "$project" .csproj).log"
  log "running $project"
  set +e
  dotnet test "$project" --no-build -nologo --blame-hang-timeout 5m "${filter[@]}" 2>&1 | tee "$out"
  code=${PIPESTATUS[0]}
  set -e
  line=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+' "$out" | tail -n 1 || true)
  if [ -z "$line" ]; then
    # No summary: the run crashed, or a filter matched nothing in this project.
    if [ "$code" -ne 0 ] && ! grep -q 'No test matches the given testcase filter' "$out"; then broken=$((broken + 1)); fi
    continue
  fi
  f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")
  p=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")
  s=$(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then broken=$((broken + 1)); fi
done
log "tests took $(( $(date +%s) - start )) s in all"
[ "$broken" -eq 0 ] || log "$broken test run(s) ended abnormally (see the output above)"
failed=$((failed + broken))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
