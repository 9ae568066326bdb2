#!/usr/bin/env bash
# HTTP benchmark (figures, not a test): the site against a static copy of its own lesson page, measured in the
# same run on the same machine, so every figure is a share of what Kestrel's static files do here and now.
#
#   bench/http/run.sh [seconds per wrk run, default 10] [connections, default 64] [rounds, default 2]
#
# Builds Release (publish), starts the site with Production settings on a fresh App_Data (cold start), stops it
# and starts it again (second start), signs a reader in, saves the anonymous lesson page's bytes, serves them from
# a minimal Kestrel UseStaticFiles app, then alternates wrk runs and prints req/s, p50/p99 and each page's share of
# the static copy's req/s, plus the site's peak RSS. Needs wrk (apt-get install wrk), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
connections=${2:-64}
rounds=${3:-2}
lesson=/understanding-substance-use/what-a-substance-use-disorder-is
search='/search?q=naloxone'

for tool in wrk curl python3; do command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }; done
work=$(mktemp -d /tmp/familybridge-http-bench.XXXXXX)
site_pid=""; static_pid=""
stop() { if [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; then kill -TERM "$1"; wait "$1" 2>/dev/null || true; fi; }
cleanup() { stop "$site_pid"; stop "$static_pid"; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }
log() { printf '[bench] %s\n' "$*" >&2; }

log "publishing Release builds into $work"
# ReadyToRun (FB_BENCH_R2R=0 to leave it out): the site's and its packages' code is compiled ahead of time, so a start
# spends its time on the site's own work instead of the JIT compiling thousands of methods on 2 busy cores.
r2r=()
[ "${FB_BENCH_R2R:-1}" = 0 ] || r2r=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true)
dotnet publish src/FamilyBridge.Web -c Release "${r2r[@]}" -nologo -v quiet -clp:ErrorsOnly -o "$work/site" >/dev/null
dotnet publish bench/FamilyBridge.StaticCopy -c Release -nologo -v quiet -clp:ErrorsOnly -o "$work/static-app" >/dev/null

site_port=$(free_port)
site="http://127.0.0.1:$site_port"
# Sets site_pid and started_ms (process start to the first 200 of /); not run in a subshell, so site_pid stays.
start_site() {
  local started; started=$(now_ms)
  # Site:BaseUrl is required outside Development (emailed links are built from it); here it is the bench's address.
  (cd "$work/site" && ASPNETCORE_ENVIRONMENT=Production AppData__Path="$work/App_Data" Site__BaseUrl="$site/" \
    exec dotnet FamilyBridge.Web.dll --urls "$site" >>"$work/site.log" 2>&1) &
  site_pid=$!
  until curl -sf -o /dev/null "$site/"; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log" >&2; exit 1; }
    sleep 0.02
  done
  started_ms=$(( $(now_ms) - started ))
}

start_site
cold=$started_ms
stop "$site_pid"
python3 -c 'import secrets; print("Quiet harbor " + secrets.token_hex(12))' > "$work/pw"  # not a common password: the policy refuses those
(cd "$work/site" && AppData__Path="$work/App_Data" Site__BaseUrl="$site/" dotnet FamilyBridge.Web.dll setup --site-name FamilyBridge \
  --admin-email bench@example.org --admin-password-file "$work/pw" >"$work/setup.log" 2>&1) || { cat "$work/setup.log" >&2; exit 1; }
log_lines=$(wc -l <"$work/site.log")
start_site
second=$started_ms
log "cold start ${cold} ms, second start ${second} ms (process start to the first 200 of /)"

# Sign the reader in through the real form; wrk then sends the cookies it got.
curl -s -c "$work/jar" -b "$work/jar" -o "$work/login.html" "$site/account/login"
token=$(python3 -c 'import re,sys; print(re.search(r"name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"", open(sys.argv[1]).read()).group(1))' "$work/login.html")
status=$(curl -s -c "$work/jar" -b "$work/jar" -o /dev/null -w '%{http_code}' \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=bench@example.org" \
  --data-urlencode "Input.Password=$(cat "$work/pw")" "$site/account/login")
[ "$status" = 302 ] || { log "sign-in answered $status"; exit 1; }
cookie=$(python3 -c 'import sys
pairs=[]
for line in open(sys.argv[1]):
    line=line.strip()
    if line.startswith("#HttpOnly_"): line=line[len("#HttpOnly_"):]
    elif not line or line.startswith("#"): continue
    f=line.split("\t")
    if len(f)==7: pairs.append(f[5]+"="+f[6])
print("; ".join(pairs))' "$work/jar")
curl -s -H "Cookie: $cookie" "$site$lesson" | grep -q 'action="/account/logout"' || { log "the signed-in lesson page shows no sign-out form"; exit 1; }

mkdir -p "$work/static"
curl -sf -o "$work/static/lesson.html" "$site$lesson"
static_port=$(free_port)
(cd "$work/static-app" && exec dotnet FamilyBridge.StaticCopy.dll "$work/static" --urls "http://127.0.0.1:$static_port" >"$work/static.log" 2>&1) &
static_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$static_port/lesson.html"; do sleep 0.02; done
log "lesson page: $(wc -c <"$work/static/lesson.html") bytes; wrk -t2 -c$connections -d${duration}s, $rounds rounds"

# name|url|extra header
runs=(
  "anonymous lesson|$site$lesson|"
  "static copy|http://127.0.0.1:$static_port/lesson.html|"
  "signed-in lesson|$site$lesson|Cookie: $cookie"
  "home /|$site/|"
  "search naloxone|$site$search|"
)
declare -A rps p50 p99
for ((round = 1; round <= rounds; round++)); do
  for run in "${runs[@]}"; do
    IFS='|' read -r name url header <<<"$run"
    args=(-t2 "-c$connections" "-d${duration}s" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    out=$(wrk "${args[@]}" "$url")
    r=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    [ -z "$non2xx" ] || log "$name: $non2xx non-2xx responses"
    rps[$name]="${rps[$name]:-} $r"
    p50[$name]="${p50[$name]:-} $(awk '$1=="50%" {print $2}' <<<"$out")"
    p99[$name]="${p99[$name]:-} $(awk '$1=="99%" {print $2}' <<<"$out")"
  done
done

peak=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$site_pid/status")
rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$site_pid/status")
echo
echo "FamilyBridge HTTP benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t2 -c$connections -d${duration}s per run, $rounds alternating rounds; figures per round, share = median req/s / static copy's"
printf '%-18s %-28s %-34s %s\n' page req/s "p50 / p99" "share of static copy"
static_median=$(python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' ${rps["static copy"]})
for run in "${runs[@]}"; do
  IFS='|' read -r name _ _ <<<"$run"
  median=$(python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' ${rps[$name]})
  share=$(python3 -c 'import sys; print(f"{100*float(sys.argv[1])/float(sys.argv[2]):.1f} %")' "$median" "$static_median")
  printf '%-18s %-28s %-34s %s\n' "$name" "$(echo ${rps[$name]} | tr ' ' '/')" "$(echo ${p50[$name]} | tr ' ' '/') / $(echo ${p99[$name]} | tr ' ' '/')" "$share"
done
echo "cold start ${cold} ms; second start ${second} ms; site RSS ${rss} MB now, peak ${peak} MB"
# Read at the end: the console logger writes from its own queue, after the first 200 has already been seen.
phases=$(tail -n +"$((log_lines + 1))" "$work/site.log" | grep -o 'Start-up: .*' || true)
echo "second start, phase by phase (the site's own log):"
sed 's/^/  /' <<<"$phases"
# Where the memory is: the GC's view (managed heap) against the process's (RSS), from the runtime's own counters.
if command -v dotnet-counters >/dev/null; then
  dotnet-counters collect -p "$site_pid" --counters System.Runtime --format csv -o "$work/counters.csv" --duration 00:00:03 >/dev/null 2>&1 || true
  [ -f "$work/counters.csv" ] && awk -F, 'NR>1 && /heap|working-set|gc.heap.size|committed|fragmentation/ {print "  " $3 " = " $NF}' "$work/counters.csv" | sort -u | head -20
fi
