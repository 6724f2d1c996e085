#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL cluster for the tests of shared projects (issue 19).
#
#   pg-cluster.sh start STATE   initdb in a new temporary folder, start it on a free local port
#                               (TCP on 127.0.0.1 only, TLS offered with a self-signed
#                               certificate), and write STATE: the folder, the port, the user
#   pg-cluster.sh stop STATE    stop that cluster and remove its folder
#
# Run as root, the cluster runs as the unprivileged user 'nobody' (PostgreSQL refuses root).
# Roles: uplan_admin (superuser, trusted), uplan_reader (may read, not write), uplan_pw
# (password 'secret-pw', checked by scram-sha-256: for the tests of ~/.pgpass).
set -euo pipefail

command=${1:?usage: pg-cluster.sh start|stop STATE}
state=${2:?usage: pg-cluster.sh start|stop STATE}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "pg-cluster.sh: PostgreSQL is not installed (initdb not found); run ./scripts/deps.sh" >&2
    exit 1
fi

as_owner=()
if [[ "$(id -u)" -eq 0 ]]; then
    as_owner=(runuser -u nobody --)
fi

stop() {
    [[ -f "$state" ]] || return 0
    local dir
    dir=$(sed -n 's/^dir=//p' "$state")
    if [[ -n "$dir" && -d "$dir/data" ]]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$state"
}

case "$command" in
start)
    stop
    dir=$(mktemp -d /tmp/uplan-pg.XXXXXX)
    chmod 755 "$dir"
    if [[ ${#as_owner[@]} -gt 0 ]]; then chown nobody "$dir"; fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U uplan_admin --auth=trust -E UTF8 \
        --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # TLS on offer: a self-signed certificate, made for this cluster.
    "${as_owner[@]}" openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
        -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
    "${as_owner[@]}" chmod 600 "$dir/data/server.key"
    cat >"$dir/data/pg_hba.conf" <<HBA
local all all trust
host all uplan_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    "${as_owner[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U uplan_admin -d postgres -qAt \
        -v ON_ERROR_STOP=1 >/dev/null <<SQL
CREATE ROLE uplan_reader LOGIN;
CREATE ROLE uplan_pw LOGIN PASSWORD 'secret-pw';
SQL
    printf 'dir=%s\nport=%s\nuser=uplan_admin\n' "$dir" "$port" >"$state"
    echo "pg-cluster.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pg-cluster.sh start|stop STATE" >&2
    exit 2
    ;;
esac
