#!/usr/bin/env bash
# Starts the local backends the sidecar and its tests use, when they are not already listening:
# Redis on 6379, PostgreSQL on 5432 (trust auth, user postgres, database test) and NATS with
# JetStream on 4222. Installs the Debian packages when missing. Data lives under .local/ (ignored).
# Idempotent: a backend that already answers is left alone.
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

start_redis
start_postgres
start_nats
