#!/usr/bin/env bash
# Starts the local backends the sidecar and its tests use, when they are not already listening:
# Redis on 6379, PostgreSQL on 5432 (trust auth, user postgres, database test) and NATS with
# JetStream on 4222. Installs the Debian packages when missing. Data lives under .local/ (ignored).
# Idempotent: a backend that already answers is left alone.
#
# --cluster also starts a Redis Cluster (3 masters + 3 replicas, ports 7000-7005) and a 3-node NATS
# cluster with JetStream on each node (ports 4232-4234), and prints how to point the sidecar at
# them; --stop-cluster stops both and removes their data.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/.local"
mkdir -p "$data"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # port name
  for _ in $(seq 1 100); do listening "$1" && return 0; sleep 0.1; done
  echo "backends: $2 did not start on port $1; see $data/$2.log" >&2
  exit 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
ensure_package() { # binary package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ -x "$1" ] && return 0
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  echo "backends: installing $2"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

start_redis() {
  listening 6379 && return 0
  ensure_package redis-server redis-server
  mkdir -p "$data/redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir "$data/redis" --logfile "$data/redis.log"
  wait_for 6379 redis
  echo "backends: redis started on 6379"
}

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }; done
  return 1
}

start_postgres() {
  listening 5432 && return 0
  pg_bin >/dev/null || ensure_package /nonexistent/pg_ctl postgresql
  local bin run_as=()
  bin="$(pg_bin)"
  # initdb and postgres refuse to run as root: run them as the postgres system user.
  if [ "$(id -u)" = 0 ]; then run_as=(runuser -u postgres --); fi
  if [ ! -f "$data/postgres/PG_VERSION" ]; then
    mkdir -p "$data/postgres"
    [ "$(id -u)" = 0 ] && chown postgres "$data/postgres"
    "${run_as[@]}" "$bin/initdb" -D "$data/postgres" -U postgres --auth=trust -E UTF8 >"$data/postgres-init.log"
  fi
  touch "$data/postgres.log"
  [ "$(id -u)" = 0 ] && chown postgres "$data/postgres.log"
  "${run_as[@]}" "$bin/pg_ctl" -D "$data/postgres" -l "$data/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p 5432 -k /tmp" start >/dev/null
  wait_for 5432 postgres
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE test"
  echo "backends: postgres started on 5432"
}

start_nats() {
  listening 4222 && return 0
  ensure_package nats-server nats-server
  local bin
  bin="$(command -v nats-server || echo /usr/sbin/nats-server)"
  mkdir -p "$data/nats"
  nohup setsid "$bin" -a 127.0.0.1 -p 4222 -js -sd "$data/nats" >"$data/nats.log" 2>&1 &
  wait_for 4222 nats
  echo "backends: nats (JetStream) started on 4222"
}

REDIS_CLUSTER_PORTS=(7000 7001 7002 7003 7004 7005)
NATS_CLUSTER_PORTS=(4232 4233 4234)

start_redis_cluster() {
  ensure_package redis-server redis-server
  local port seeds=()
  for port in "${REDIS_CLUSTER_PORTS[@]}"; do
    seeds+=("127.0.0.1:$port")
    listening "$port" && continue
    mkdir -p "$data/redis-cluster/$port"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --cluster-enabled yes \
      --cluster-config-file "$data/redis-cluster/$port/nodes.conf" --cluster-node-timeout 5000 \
      --save "" --appendonly no --dir "$data/redis-cluster/$port" --logfile "$data/redis-cluster/$port.log" \
      --pidfile "$data/redis-cluster/$port.pid"
    wait_for "$port" "redis-cluster/$port"
  done
  if ! redis-cli -p 7000 cluster info | grep -q cluster_state:ok; then
    redis-cli --cluster create "${seeds[@]}" --cluster-replicas 1 --cluster-yes >"$data/redis-cluster/create.log"
    for _ in $(seq 1 100); do redis-cli -p 7000 cluster info | grep -q cluster_state:ok && break; sleep 0.1; done
  fi
  echo "backends: redis cluster up on 7000-7005"
}

start_nats_cluster() {
  ensure_package nats-server nats-server
  local bin i port routes=""
  bin="$(command -v nats-server || echo /usr/sbin/nats-server)"
  for i in 0 1 2; do routes+="${routes:+,}nats://127.0.0.1:$((6232 + i))"; done
  for i in 0 1 2; do
    port="${NATS_CLUSTER_PORTS[$i]}"
    listening "$port" && continue
    mkdir -p "$data/nats-cluster/n$i"
    nohup setsid "$bin" -a 127.0.0.1 -p "$port" -n "n$i" -js -sd "$data/nats-cluster/n$i" --cluster_name isa \
      --cluster "nats://127.0.0.1:$((6232 + i))" --routes "$routes" -P "$data/nats-cluster/n$i.pid" \
      >"$data/nats-cluster/n$i.log" 2>&1 &
    wait_for "$port" "nats-cluster/n$i"
  done
  echo "backends: nats cluster (JetStream) up on 4232-4234"
}

stop_clusters() {
  local pidfile
  for pidfile in "$data"/redis-cluster/*.pid "$data"/nats-cluster/*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  sleep 0.5
  rm -rf "$data/redis-cluster" "$data/nats-cluster"
  echo "backends: clusters stopped"
}

case "${1:-}" in
  --stop-cluster) stop_clusters; exit 0 ;;
esac

start_redis
start_postgres
start_nats

if [ "${1:-}" = "--cluster" ]; then
  start_redis_cluster
  start_nats_cluster
  cat <<EOT

Point the sidecar at the clusters:
  isa-sidecar serve --dev \\
    --redis-cluster 127.0.0.1:7000,127.0.0.1:7001,127.0.0.1:7002 \\
    --nats-url nats://127.0.0.1:4232,nats://127.0.0.1:4233,nats://127.0.0.1:4234 --nats-bucket-replicas 3
Stop them: npm run backends -- --stop-cluster
EOT
fi
