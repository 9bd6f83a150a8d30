#!/usr/bin/env bash
# ChatDesk on several nodes from one command, on a plain Debian machine (issue 14):
# PostgreSQL and Redis (Debian's packages, installed when missing, started as services), N ChatDesk nodes over both
# (each its own process and port) and nginx in front with sticky sessions and WebSockets (deploy/nginx.conf.template).
#
#   sudo deploy/run-cluster.sh start     # installs what is missing, publishes the app once, starts everything
#   sudo deploy/run-cluster.sh status    # which nodes answer /healthz, and through the proxy
#   sudo deploy/run-cluster.sh stop      # stops the nodes and this nginx (PostgreSQL and Redis stay up: they hold the data)
#
# Settings (environment): NODES (2), FIRST_PORT (5101: nodes on 5101, 5102, ...), LISTEN (0.0.0.0:8080),
# DB_NAME/DB_USER (chatdesk), DB_PASSWORD (made up once and kept in deploy/run/db-password), REDIS (127.0.0.1:6379),
# TLS_CERT/TLS_KEY (PEM files: nginx serves HTTPS, LISTEN then defaults to 0.0.0.0:443), APP_DIR (a published ChatDesk; default: dotnet publish into deploy/run/app), ASPNETCORE_ENVIRONMENT (Production),
# DEMO=1 (seed the demo data on an empty database). Any other ChatDesk setting passes through as an environment
# variable (Smtp__Host=..., DataProtection__CertificatePath=...), the same on every node.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
run="$root/deploy/run"
NODES=${NODES:-2}
FIRST_PORT=${FIRST_PORT:-5101}
if [ -n "${TLS_CERT:-}" ]; then LISTEN=${LISTEN:-0.0.0.0:443}; else LISTEN=${LISTEN:-0.0.0.0:8080}; fi
DB_NAME=${DB_NAME:-chatdesk}
DB_USER=${DB_USER:-chatdesk}
REDIS=${REDIS:-127.0.0.1:6379}
APP_DIR=${APP_DIR:-$run/app}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
as_postgres() { if [ -z "$sudo" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

install_missing() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
  [ -x /usr/bin/redis-server ] || missing+=(redis-server)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  command -v dotnet >/dev/null || { echo "dotnet is missing: install the .NET 10 SDK (or runtime with APP_DIR set), see the README." >&2; exit 1; }
}

start_services() {
  # Debian's own clusters and services (systemd, or the init scripts in a container).
  $sudo service postgresql start >/dev/null || $sudo pg_ctlcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main start
  $sudo service redis-server start >/dev/null || $sudo redis-server --daemonize yes --bind 127.0.0.1
  for _ in $(seq 30); do as_postgres psql -qAtc 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
  mkdir -p "$run"; chmod 700 "$run"
  [ -f "$run/db-password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$run/db-password")
  local password; password=$(cat "$run/db-password")
  # The role and the database, once; the app creates the schema (nodes that start together migrate one at a time).
  as_postgres psql -qAtc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1 ||
    as_postgres psql -qc "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$password'"
  as_postgres psql -qAtc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1 ||
    as_postgres psql -qc "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\""
}

publish() {
  [ -f "$APP_DIR/ChatDesk.dll" ] && return
  echo "Publishing ChatDesk into $APP_DIR"
  dotnet publish src/ChatDesk -c Release -o "$APP_DIR" -p:UseAppHost=false >/dev/null
}

start_nodes() {
  local password; password=$(cat "$run/db-password")
  export ChatDesk__Database=Postgres
  export ConnectionStrings__ChatDesk="Host=127.0.0.1;Database=$DB_NAME;Username=$DB_USER;Password=$password"
  export ChatDesk__Redis="$REDIS"
  if [ "${DEMO:-0}" = 1 ]; then export Demo__Seed=true; fi
  for i in $(seq 0 $((NODES - 1))); do
    local port=$((FIRST_PORT + i)) name="node-$((i + 1))"
    if [ -f "$run/$name.pid" ] && kill -0 "$(cat "$run/$name.pid")" 2>/dev/null; then echo "$name already runs"; continue; fi
    mkdir -p "$run/$name"
    # Each node its own working folder (logs); everything they share is in PostgreSQL and Redis.
    (cd "$run/$name" && ASPNETCORE_URLS="http://127.0.0.1:$port" nohup dotnet "$APP_DIR/ChatDesk.dll" >"$run/$name.log" 2>&1 &
      echo $! >"$run/$name.pid")
    echo "$name on 127.0.0.1:$port (log deploy/run/$name.log)"
  done
  for i in $(seq 0 $((NODES - 1))); do wait_healthy $((FIRST_PORT + i)); done
}

wait_healthy() {
  for _ in $(seq 120); do [ "$(curl -fs "http://127.0.0.1:$1/healthz" || true)" = Healthy ] && return; sleep 1; done
  echo "The node on port $1 did not become healthy; see deploy/run/node-*.log" >&2; exit 1
}

start_proxy() {
  mkdir -p "$run/nginx/logs" "$run/nginx/temp"
  local nodes=""
  for i in $(seq 0 $((NODES - 1))); do
    nodes+="        server 127.0.0.1:$((FIRST_PORT + i)) max_fails=1 fail_timeout=30s;"$'\n'
  done
  local user=www-data; id www-data >/dev/null 2>&1 || user=$(id -un)
  local listen=$LISTEN tls=""
  if [ -n "${TLS_CERT:-}" ]; then
    listen="$LISTEN ssl"; tls="        ssl_certificate $TLS_CERT; ssl_certificate_key ${TLS_KEY:?TLS_KEY too};"
  fi
  sed -e "s|@USER@|$user|" -e "s|@WORKERS@|auto|" -e "s|@LISTEN@|$listen|" -e "s|^@TLS@\$|$tls|" "$root/deploy/nginx.conf.template" |
    awk -v nodes="$nodes" '{ if ($0 == "@NODES@") printf "%s", nodes; else print }' >"$run/nginx/nginx.conf"
  if [ -f "$run/nginx/nginx.pid" ] && kill -0 "$(cat "$run/nginx/nginx.pid")" 2>/dev/null; then
    $sudo nginx -p "$run/nginx" -c "$run/nginx/nginx.conf" -e stderr -s reload
  else
    $sudo nginx -p "$run/nginx" -c "$run/nginx/nginx.conf" -e stderr
  fi
  echo "nginx on $LISTEN in front of $NODES nodes (sticky by client address, WebSockets proxied)"
}

status() {
  for pidfile in "$run"/node-*.pid; do
    [ -f "$pidfile" ] || continue
    local name; name=$(basename "$pidfile" .pid)
    kill -0 "$(cat "$pidfile")" 2>/dev/null && echo "$name: running (pid $(cat "$pidfile"))" || echo "$name: stopped"
  done
  curl -sI "http://127.0.0.1:${LISTEN##*:}/healthz" | grep -i '^x-chatdesk-node' || echo "proxy: not answering"
}

stop() {
  [ -f "$run/nginx/nginx.pid" ] && $sudo nginx -p "$run/nginx" -c "$run/nginx/nginx.conf" -e stderr -s quit || true
  for pidfile in "$run"/node-*.pid; do
    [ -f "$pidfile" ] || continue
    # SIGTERM: the host's graceful shutdown (open pages reconnect to another node through the proxy).
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
}

case "${1:-start}" in
  start) install_missing; start_services; publish; start_nodes; start_proxy ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: $0 start|status|stop" >&2; exit 2 ;;
esac
