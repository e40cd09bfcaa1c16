#!/usr/bin/env bash
# Sale day on one machine: two Kefu nodes (separate JVMs, each with its own data directory) on
# PostgreSQL and Redis behind HAProxy. Runs the scenario of README "Sale day: several nodes":
#   1. load through the balancer, one node killed with SIGKILL mid-load, then the counts
#      (acknowledged vs stored turns, socket reconnections, gaps/duplicates, rerouted customers);
#   2. a rolling restart (each node drained in HAProxy, stopped gracefully, restarted) under load:
#      failed turns must be 0;
#   3. (not with --quick) `bench` through the balancer with two nodes, then with one, and the CPU
#      of every process meanwhile.
# Exits non-zero when a target is missed.
#
#   scripts/sale-day.sh           the full run (several minutes)
#   scripts/sale-day.sh --quick   the reduced run CI uses (no bench, fewer customers, shorter load)
#
# Settings (environment): SALE_DAY_DB (database, dropped and created; default kefu_saleday),
# SALE_DAY_REDIS_DB (Redis database index, default 0), SALE_DAY_PORT (first of four ports: node a,
# node b, balancer, HAProxy admin; default 18110), SALE_DAY_DIR (work directory, default
# /tmp/kefu-sale-day; data directories are kept between runs so nodes load their models instead
# of training), PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres), REDIS_HOST (127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=false
[ "${1:-}" = "--quick" ] && QUICK=true
DB="${SALE_DAY_DB:-kefu_saleday}"
REDIS_DB="${SALE_DAY_REDIS_DB:-0}"
BASE_PORT="${SALE_DAY_PORT:-18110}"
PORT_A=$BASE_PORT PORT_B=$((BASE_PORT + 1)) LB_PORT=$((BASE_PORT + 2)) ADMIN_PORT=$((BASE_PORT + 3))
WORK="${SALE_DAY_DIR:-/tmp/kefu-sale-day}"
PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
REDIS_HOST="${REDIS_HOST:-127.0.0.1}"
ADMIN_TOKEN="sale-day-admin-token"
HEARTBEAT_TIMEOUT=20
LB="http://127.0.0.1:$LB_PORT"
# a JDK >= 21, as ./kefu finds one: JAVA_HOME if it is one, else the newest under /usr/lib/jvm
java_ok() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if ! java_ok "${JAVA_HOME:-}"; then
  JAVA_HOME=""
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do java_ok "${jdk%/}" && { JAVA_HOME="${jdk%/}"; break; }; done
  [ -n "$JAVA_HOME" ] || { echo "sale-day needs a JDK 21 or newer (JAVA_HOME)" >&2; exit 1; }
fi
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
declare -A PID=()
HAPROXY_PID=""
DRIVER=""

log() { echo "== $(date -u +%H:%M:%S) $*"; }

cleanup() {
  for node in "${!PID[@]}"; do kill -9 "${PID[$node]}" 2>/dev/null || true; done
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  [ -n "$DRIVER" ] && kill "$DRIVER" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for port in "$PORT_A" "$PORT_B" "$LB_PORT" "$ADMIN_PORT"; do
  port_free "$port" || { echo "port $port is in use; set SALE_DAY_PORT to a free range" >&2; exit 1; }
done

if ! command -v haproxy >/dev/null 2>&1; then
  log "installing HAProxy (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi

if [ ! -s target/kefu.jar ] || [ -n "$(find src/main pom.xml -newer target/kefu.jar -print -quit)" ]; then
  log "building target/kefu.jar"
  ./kefu mvn -B -q -DskipTests package
fi

log "database $DB (fresh), Redis $REDIS_HOST db $REDIS_DB"
psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK/stop"

port_of() { if [ "$1" = a ]; then echo "$PORT_A"; else echo "$PORT_B"; fi; }

start_node() {
  local node=$1 port
  port=$(port_of "$node")
  mkdir -p "$WORK/data-$node"
  SPRING_PROFILES_ACTIVE=postgres,demo \
  KEFU_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" KEFU_DB_USER="$PGUSER" \
  KEFU_REDIS_HOST="$REDIS_HOST" SPRING_DATA_REDIS_DATABASE="$REDIS_DB" \
  KEFU_ADMIN_TOKEN="$ADMIN_TOKEN" KEFU_IDENTITY_SECRET="sale-day-identity-secret" \
  KEFU_ENCRYPTION_KEY="sale-day-encryption-key" KEFU_DATA_DIR="$WORK/data-$node" \
  SERVER_FORWARDHEADERSSTRATEGY=native KEFU_AGENTDESK_HEARTBEATTIMEOUT="${HEARTBEAT_TIMEOUT}s" \
  KEFU_SECURITY_MESSAGEBURSTPERCONVERSATION=1000000 KEFU_SECURITY_CONVERSATIONSPERMINUTEPERCLIENT=1000000 \
    "$JAVA" -jar target/kefu.jar --server.port="$port" >>"$WORK/node-$node.log" 2>&1 &
  PID[$node]=$!
}

await_ready() {
  local node=$1 port limit=${2:-300}
  port=$(port_of "$node")
  for _ in $(seq 1 "$limit"); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null && return 0
    kill -0 "${PID[$node]}" 2>/dev/null || { echo "node $node died; log:" >&2; tail -n 40 "$WORK/node-$node.log" >&2; exit 1; }
    sleep 1
  done
  echo "node $node not ready within $limit s" >&2; tail -n 40 "$WORK/node-$node.log" >&2; exit 1
}

haproxy_cmd() { echo "$1" | socat stdio "TCP:127.0.0.1:$ADMIN_PORT"; }

# the state HAProxy's health check gives a server: UP, DOWN, NOLB (draining), MAINT
# SIGTERM, then up to STOP_LIMIT seconds for the graceful shutdown; a node that hangs is a failure
# (and is killed, so the run goes on)
stop_gracefully() {
  kill -TERM "${PID[$1]}"
  for _ in $(seq 1 "${STOP_LIMIT:-60}"); do kill -0 "${PID[$1]}" 2>/dev/null || { wait "${PID[$1]}" 2>/dev/null || true; return 0; }; sleep 1; done
  echo "node $1 did not stop within ${STOP_LIMIT:-60} s of SIGTERM; thread dump in $WORK/node-$1.log, then SIGKILL" >&2
  kill -3 "${PID[$1]}" 2>/dev/null || true; sleep 1
  kill -9 "${PID[$1]}" 2>/dev/null || true; wait "${PID[$1]}" 2>/dev/null || true
  FAILED=1
}

server_status() { haproxy_cmd "show stat" | awk -F, -v s="$1" '$1=="kefu" && $2==s {print $18}'; }

await_in_balancer() {
  for _ in $(seq 1 60); do [ "$(server_status "$1" 2>/dev/null)" = UP ] && return 0; sleep 0.5; done
  echo "HAProxy does not see node $1 UP" >&2; exit 1
}

log "starting node a (port $PORT_A); a first start on an empty data directory trains the models"
start_node a
await_ready a
# node b starts from node a's trained models and index, as a replaced node starts from its volume
if [ ! -d "$WORK/data-b/nlu" ]; then
  mkdir -p "$WORK/data-b"
  cp -r "$WORK/data-a/." "$WORK/data-b/"
fi
log "starting node b (port $PORT_B)"
start_node b
await_ready b

cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 4000
    stats socket ipv4@127.0.0.1:$ADMIN_PORT level admin
defaults
    mode http
    option http-server-close
    option forwardfor
    option redispatch
    retries 3
    timeout connect 2s
    timeout check 5s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
frontend kefu
    bind 127.0.0.1:$LB_PORT
    default_backend kefu
backend kefu
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 2s fall 3 rise 2 on-marked-down shutdown-sessions
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
CFG
log "starting HAProxy on $LB_PORT (runtime API on $ADMIN_PORT)"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
sleep 1
kill -0 "$HAPROXY_PID" 2>/dev/null || { cat "$WORK/haproxy.log" >&2; exit 1; }
await_in_balancer a
await_in_balancer b

# moderate load (a turn every 2 s per customer): one node must carry it alone while the other restarts
if $QUICK; then CUSTOMERS=20 LOAD=30 KILL_AFTER=10; else CUSTOMERS=40 LOAD=45 KILL_AFTER=15; fi
FAILED=0

log "kill test: $CUSTOMERS customers through the balancer, node a killed (SIGKILL) after $KILL_AFTER s"
"$JAVA" -jar target/kefu.jar sale-day --url "$LB" --admin-token "$ADMIN_TOKEN" --customers "$CUSTOMERS" \
  --think-millis 2000 --agent-every 5 --duration "$LOAD" --agent-urls "http://127.0.0.1:$PORT_A,http://127.0.0.1:$PORT_B" \
  --kill-pid "${PID[a]}" --kill-url "http://127.0.0.1:$PORT_A" --kill-after "$KILL_AFTER" \
  --heartbeat-timeout "$HEARTBEAT_TIMEOUT" 2>"$WORK/kill-test.err" | tee "$WORK/kill-test.out" || FAILED=1
wait "${PID[a]}" 2>/dev/null || true

log "restarting node a with its data directory"
start_node a
await_ready a
await_in_balancer a

# --quick restarts node b only (node a has just come back from the kill); the full run both, in turn
if $QUICK; then ROLL=(b); else ROLL=(a b); fi
log "rolling restart under load: $CUSTOMERS customers; nodes ${ROLL[*]} drained, stopped gracefully, restarted in turn"
"$JAVA" -jar target/kefu.jar sale-day --url "$LB" --admin-token "$ADMIN_TOKEN" --customers "$CUSTOMERS" \
  --think-millis 2000 --agent-every 0 --stop-file "$WORK/stop" 2>"$WORK/rolling.err" >"$WORK/rolling.out" &
DRIVER=$!
sleep 5
for node in "${ROLL[@]}"; do
  log "draining node $node in HAProxy"
  haproxy_cmd "set server kefu/$node state drain" >/dev/null
  # turns in flight finish; new turns and sockets go to the other node
  sleep 2
  log "stopping node $node (SIGTERM: graceful shutdown)"
  stop_gracefully "$node"
  start_node "$node"
  await_ready "$node"
  haproxy_cmd "set server kefu/$node state ready" >/dev/null
  await_in_balancer "$node"
  log "node $node is back in the balancer"
  sleep 3
done
touch "$WORK/stop"
wait "$DRIVER" || FAILED=1
cat "$WORK/rolling.out"

if ! $QUICK; then
  cpu_ticks() { local total=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$total"; }
  percent() { echo "scale=0; 100 * $1 / $(getconf CLK_TCK) / $2" | bc; }
  redis_commands() { redis-cli -h "$REDIS_HOST" info stats | awk -F: '/^total_commands_processed/ {print $2+0}'; }
  commits() { psql -tA -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "SELECT xact_commit FROM pg_stat_database WHERE datname='$DB'"; }
  # bench through the balancer; CPU of every process (and Redis commands, PostgreSQL commits) over its load phase
  bench() {
    local label=$1; shift
    local nodes=("$@") n0=() n1=() i pg0 pg1 rd0 rd1 b0 b1 ops0 ops1 x0 x1 start seconds cpu=""
    : >"$WORK/bench-$label.err"
    "$JAVA" -jar target/kefu.jar bench --url "$LB" --customers 200 --duration 30 --think-millis "${THINK:-0}" \
      2>"$WORK/bench-$label.err" >"$WORK/bench-$label.out" &
    local bench_pid=$!
    # the bench first measures raw embedding throughput on its own; the nodes' load starts after that
    until grep -q "customers for" "$WORK/bench-$label.err" || ! kill -0 "$bench_pid" 2>/dev/null; do sleep 0.2; done
    start=$(date +%s.%N)
    for i in "${!nodes[@]}"; do n0[i]=$(cpu_ticks "${PID[${nodes[$i]}]}"); done
    b0=$(cpu_ticks "$bench_pid"); pg0=$(cpu_ticks $(pgrep -x postgres)); rd0=$(cpu_ticks $(pgrep -x redis-server))
    ops0=$(redis_commands); x0=$(commits)
    sleep 30 # the bench's 7 s warm-up and most of its 30 s (it must still run at the second sample)
    for i in "${!nodes[@]}"; do n1[i]=$(cpu_ticks "${PID[${nodes[$i]}]}"); done
    b1=$(cpu_ticks "$bench_pid"); pg1=$(cpu_ticks $(pgrep -x postgres)); rd1=$(cpu_ticks $(pgrep -x redis-server))
    ops1=$(redis_commands); x1=$(commits)
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    wait "$bench_pid" || true
    for i in "${!nodes[@]}"; do cpu+="node ${nodes[$i]} $(percent "$((n1[i] - n0[i]))" "$seconds")%, "; done
    echo "bench $label: $(tail -n1 "$WORK/bench-$label.out")"
    echo "  CPU under load (% of one core; the machine has $(nproc)): ${cpu}bench (load generator) $(percent "$((b1 - b0))" "$seconds")%, postgres (all databases) $(percent "$((pg1 - pg0))" "$seconds")%, redis $(percent "$((rd1 - rd0))" "$seconds")%"
    echo "  Redis commands/s $(echo "($ops1 - $ops0) / $seconds" | bc), $DB commits/s $(echo "($x1 - $x0) / $seconds" | bc), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  }
  log "bench through the balancer: two nodes, 200 customers, saturated"
  bench two-nodes a b
  log "bench through the balancer: one node (b in maintenance), 200 customers, saturated"
  haproxy_cmd "set server kefu/b state maint" >/dev/null
  bench one-node a
  haproxy_cmd "set server kefu/b state ready" >/dev/null
fi

if [ "$FAILED" -ne 0 ]; then log "sale day: a target was missed (see above; logs in $WORK)"; exit 1; fi
log "sale day: every target met"
