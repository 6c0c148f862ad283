#!/usr/bin/env bash
# Benchmark of Jeto's console path: a fake `vagrant up` prints N numbered lines, Jeto stores
# them and streams them over SSE to a follower that checks every line arrives once, in order.
#
# Usage: bench/console-stream.sh [--lines N] [--console-max-bytes B|default] [--xmx SIZE]
#                                [--timeout SECONDS] [--follower-delay S] [--follower-rate R]
#                                [--h2-write-delay MS] [--keep] [--help]
#   --lines N              lines the fake vagrant prints on `up` (default 1000000)
#   --console-max-bytes B  JETO_CONSOLE_MAX_BYTES for the service (default 100000000, enough to
#                          keep 1,000,000 lines); `default` leaves it unset (Jeto's 8 MiB cap)
#   --xmx SIZE             the service's -Xmx (default 256m)
#   --timeout SECONDS      limit for the follower and for each wait (default 900)
#   --follower-delay S     connect the follower S seconds after the command started (0)
#   --follower-rate R      the follower reads at most R lines/s, a slow client (0: no limit)
#   --h2-write-delay MS    run on JETO_DB_URL=jdbc:h2:file:<data>/jeto;DB_CLOSE_ON_EXIT=FALSE;
#                          WRITE_DELAY=MS instead of the built-in URL (to weigh WRITE_DELAY=0)
#   --keep                 keep the work directory (logs, gc log, database) afterwards
#
# Everything listens on 127.0.0.1 only. The service runs from bootstrap/target/jeto.jar, built
# first (mvn -o package -DskipTests) when it is missing. Prints the follower's figures, the
# wall time, lines/s, and the service's heap: peak before a GC from -Xlog:gc, peak sampled by
# jstat every 0.5 s, and `jcmd GC.heap_info` at the end.
set -Eeuo pipefail

lines=1000000 cap=100000000 xmx=256m limit=900 keep=false delay=0 rate=0 write_delay=""
while (($#)); do
  case "$1" in
    --lines) lines=$2; shift 2 ;;
    --console-max-bytes) cap=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    --follower-delay) delay=$2; shift 2 ;;
    --follower-rate) rate=$2; shift 2 ;;
    --h2-write-delay) write_delay=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,/^set -Eeuo/{/^set/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) echo "console-stream: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
[[ $lines =~ ^[0-9]+$ ]] && ((lines > 0)) || { echo "console-stream: --lines must be a positive number" >&2; exit 2; }
[[ $limit =~ ^[0-9]+$ ]] || { echo "console-stream: --timeout must be seconds" >&2; exit 2; }
[[ $delay =~ ^[0-9]+$ ]] || { echo "console-stream: --follower-delay must be seconds" >&2; exit 2; }
[[ $rate =~ ^[0-9]+$ ]] || { echo "console-stream: --follower-rate must be lines/s" >&2; exit 2; }

# Only the settings below reach the service, whatever the caller's environment holds.
for variable in $(compgen -e | grep '^JETO_' || true); do unset "$variable"; done
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] || { echo "console-stream: set JAVA_HOME to a JDK 21+" >&2; exit 2; }
java=$JAVA_HOME/bin/java
jar=$root/bootstrap/target/jeto.jar

say() { echo "console-stream: $*"; }

if [ ! -f "$jar" ]; then
  say "building $jar (mvn -B -o -q package -DskipTests)"
  (cd "$root" && timeout 1200 mvn -B -o -q package -DskipTests) || { echo "console-stream: build failed" >&2; exit 1; }
fi

work=$(mktemp -d /tmp/jeto-bench.XXXXXX)
service_pid="" jstat_pid=""
cleanup() {
  local rc=$?
  if [ -n "$jstat_pid" ]; then kill "$jstat_pid" 2>/dev/null || true; fi
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill -TERM "$service_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$service_pid" 2>/dev/null || true
  fi
  if $keep; then say "kept $work"; else rm -rf "$work"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The fake vagrant: `up` prints the numbered lines as fast as seq can write them. The count is
# written into the script, not passed as a host parameter: Jeto masks host parameter values
# (4 characters or more) in every console line, which would turn "bench line 1000000" into
# "bench line ********".
mkdir -p "$work/bin" "$work/data/workspaces/bench"
cat >"$work/bin/vagrant" <<'FAKE'
#!/bin/bash
state=$(cat .bench-state 2>/dev/null || echo not_created)
case "$1" in
  status)
    echo "1796399582,default,metadata,provider,lxc"
    echo "1796399582,default,provider-name,lxc"
    echo "1796399582,default,state,$state"
    echo "1796399582,default,state-human-short,${state/_/ }"
    ;;
  ssh-config) [ "$state" = running ] || exit 1; printf 'Host default\n  HostName 10.0.3.77\n' ;;
  up)
    seq -f 'bench line %.0f' 1 @LINES@
    echo running > .bench-state
    ;;
  *) echo "==> default: $1 done" ;;
esac
FAKE
sed -i "s/@LINES@/$lines/" "$work/bin/vagrant"
chmod 700 "$work/bin/vagrant"
printf 'Vagrant.configure("2") do |config|\n  config.vm.box = "local/deb12"\nend\n' \
  >"$work/data/workspaces/bench/Vagrantfile"

key=jeto_bench-administrator-key-0001
env_args=(JETO_PORT=0 JETO_BIND=127.0.0.1 "JETO_DATA=$work/data" "JETO_ADMIN_KEY=$key"
  "JETO_VAGRANT=$work/bin/vagrant")
if [ "$cap" != default ]; then env_args+=("JETO_CONSOLE_MAX_BYTES=$cap"); fi
if [ -n "$write_delay" ]; then
  [[ $write_delay =~ ^[0-9]+$ ]] || { echo "console-stream: --h2-write-delay must be milliseconds" >&2; exit 2; }
  env_args+=("JETO_DB_URL=jdbc:h2:file:$work/data/jeto;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=$write_delay")
fi

say "service: -Xmx$xmx, console cap ${cap}, $lines lines, work dir $work"
env "${env_args[@]}" "$java" "-Xmx$xmx" "-Xlog:gc:file=$work/gc.log:uptime" \
  -jar "$jar" >"$work/jeto.log" 2>&1 &
service_pid=$!

port=""
for _ in $(seq 1 $((limit * 2))); do
  port=$(sed -n 's/.*Jeto listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/jeto.log" | head -n1)
  [ -n "$port" ] && break
  kill -0 "$service_pid" 2>/dev/null || { cat "$work/jeto.log" >&2; echo "console-stream: service exited" >&2; exit 1; }
  sleep 0.5
done
[ -n "$port" ] || { tail -n 30 "$work/jeto.log" >&2; echo "console-stream: service did not start" >&2; exit 1; }
api=http://127.0.0.1:$port/api
say "service pid $service_pid on 127.0.0.1:$port"

"$JAVA_HOME/bin/jstat" -gc "$service_pid" 500 >"$work/jstat.log" 2>&1 &
jstat_pid=$!

call() { # METHOD PATH [BODY] -> body on stdout; fails on a non-2xx answer
  local method=$1 path=$2 body=${3:-}
  curl -sS --fail-with-body --max-time 60 -X "$method" -H "X-JETO-KEY: $key" \
    -H 'Content-Type: application/json' ${body:+--data "$body"} "$api$path"
}
id_of() { sed -n 's/^{"id":\([0-9]*\).*/\1/p'; }

host=$(call POST /hosts "{\"name\":\"bench\",\"provider\":\"lxc\",\"params\":{}}" | id_of)
instance=$(call POST /instances "{\"name\":\"bench\",\"host\":$host,\"environment\":\"bench\",\"path\":\"$work/data/workspaces/bench\"}" | id_of)
[ -n "$host" ] && [ -n "$instance" ] || { echo "console-stream: could not create host/instance" >&2; exit 1; }

# Compiled before the command starts, so that the follower connects within a fraction of a second.
"$JAVA_HOME/bin/javac" -d "$work/follower" "$root/bench/ConsoleFollower.java"

t0=$(date +%s%N)
command=$(call POST "/instances/$instance/commands" '{"action":"start"}' | id_of)
[ -n "$command" ] || { echo "console-stream: could not start the command" >&2; exit 1; }
say "following command $command of instance $instance"

strict=()
if [ "$cap" != default ] && ((delay == 0 && rate == 0)); then strict=(--strict); fi
if ((delay > 0)); then say "follower waits ${delay} s before connecting"; sleep "$delay"; fi
set +e
timeout $((limit + 30)) "$java" -Xmx512m -cp "$work/follower" ConsoleFollower \
  --url "$api/instances/$instance/commands/$command/console" --key "$key" \
  --expect "$lines" --prefix 'bench line ' --timeout-seconds "$limit" --max-lines-per-s "$rate" "${strict[@]}" >"$work/follower.out"
follower_rc=$?
set -e
t1=$(date +%s%N)

# Heap figures of the streaming phase, taken before the single-command GET below (which builds
# the whole console in memory and so has its own peak).
sleep 1
cp "$work/gc.log" "$work/gc-stream.log"
jstat_stream_rows=$(wc -l <"$work/jstat.log")
heap_info=$("$JAVA_HOME/bin/jcmd" "$service_pid" GC.heap_info 2>&1 || true)

# The command as stored once it ended: state, and how much of the console was kept.
# The single-command view holds the whole console; it may fail where streaming did not.
stored_view="ok"
if stored=$(call GET "/instances/$instance/commands/$command" 2>"$work/get.err"); then
  state=$(sed -n 's/.*"state":"\([a-z]*\)".*/\1/p' <<<"${stored:0:400}")
  kept_lines=$(printf '%s' "$stored" | grep -o 'bench line [0-9]*' | wc -l || true)
  stored_marker=$(printf '%s' "$stored" | grep -o '\[jeto\] [0-9]* bytes of output dropped here[^"\\]*' | head -n1 || true)
else
  stored_view="FAILED: $(tr '\n' ' ' <"$work/get.err") $(grep -m1 -o 'OutOfMemoryError[^"]*' "$work/jeto.log" || true)"
  state=$(call GET "/instances/$instance/commands" 2>/dev/null | sed -n 's/^\[{"id":[0-9]*,[^]]*"state":"\([a-z]*\)".*/\1/p' || true)
  kept_lines="?" stored_marker=""
fi
unset stored
if call GET /instances >/dev/null 2>&1; then after_view="the service still answers GET /api/instances"
else after_view="GET /api/instances now FAILS: $(grep -m1 -o 'The database has been closed' "$work/jeto.log" || echo 'see jeto.log')"; fi
sleep 1
kill "$jstat_pid" 2>/dev/null || true; wait "$jstat_pid" 2>/dev/null || true; jstat_pid=""

# Peak heap used just before a collection, from lines like "... 151M->23M(256M) 4.1ms".
gc_peak() { grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$1" | sed 's/M->.*//' | sort -n | tail -n1; }
gc_committed() { grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$1" | sed 's/.*(\([0-9]*\)M)/\1/' | sort -n | tail -n1; }
# jstat -gc columns S0U S1U EU OU are the used KiB of the spaces; their sum is the heap in use.
jstat_peak() {
  head -n "$2" "$1" | awk 'NR == 1 { for (i = 1; i <= NF; i++) hdr[i] = $i; next }
    $1 ~ /^[0-9.]+$/ { u = 0
      for (i = 1; i <= NF; i++) if (hdr[i] == "S0U" || hdr[i] == "S1U" || hdr[i] == "EU" || hdr[i] == "OU") u += $i
      if (u > max) max = u }
    END { printf "%.1f", max / 1024 }'
}
stream_gc_peak=$(gc_peak "$work/gc-stream.log")
stream_gc_committed=$(gc_committed "$work/gc-stream.log")
stream_gc_count=$(grep -c 'Pause' "$work/gc-stream.log" || true)
stream_jstat_peak=$(jstat_peak "$work/jstat.log" "$jstat_stream_rows")
all_gc_peak=$(gc_peak "$work/gc.log")
all_jstat_peak=$(jstat_peak "$work/jstat.log" 1000000000)
rss_kib=$(ps -o rss= -p "$service_pid" | tr -d ' ')
db_bytes=$(du -sb "$work/data" | cut -f1)

echo
echo "=== console-stream benchmark ==="
echo "machine                       : $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "lines written by fake vagrant : $lines"
echo "console cap (bytes)           : $cap"
echo "service heap limit            : -Xmx$xmx"
if [ -n "$write_delay" ]; then database="H2 with WRITE_DELAY=$write_delay"; else database="Jeto's built-in JETO_DB_URL"; fi
echo "database                      : $database"
echo "follower                      : delay ${delay} s, rate limit ${rate} lines/s (0 = none)"
echo "command state                 : $state"
echo "follower (exit $follower_rc):"
sed 's/^/    /' "$work/follower.out"
echo "POST start -> follower done   : $(( (t1 - t0) / 1000000 )) ms"
echo "GET of the single command     : $stored_view; afterwards $after_view"
echo "stored console after the end  : $kept_lines bench lines${stored_marker:+, marker: $stored_marker}"
echo "streaming: peak heap before GC: ${stream_gc_peak:-?} MiB (heap committed <= ${stream_gc_committed:-?} MiB; $stream_gc_count GC pauses)"
echo "streaming: peak heap (jstat)  : ${stream_jstat_peak:-?} MiB (sampled every 0.5 s)"
echo "incl. GET of the whole command: ${all_gc_peak:-?} MiB before GC, ${all_jstat_peak:-?} MiB jstat"
echo "service RSS at the end        : $((${rss_kib:-0} / 1024)) MiB"
echo "data directory (H2) size      : $((db_bytes / 1024 / 1024)) MiB"
echo "jcmd GC.heap_info after the stream:"
sed 's/^/    /' <<<"$heap_info"
exit "$follower_rc"
