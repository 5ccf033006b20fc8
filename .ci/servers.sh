# Sourced by test.sh: throwaway PostgreSQL 15 and MariaDB servers on free loopback ports in temp
# dirs. Exports SF_TEST_PG_URL and SF_TEST_MYSQL_URL (random passwords, never printed).

sf_free_port() {
    local p
    for _ in $(seq 1 200); do
        p=$(( (RANDOM % 20000) + 30000 ))
        (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo "$p"; return 0; }
    done
    return 1
}

sf_pg_start() {
    local bin; bin=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)
    [ -x "$bin/initdb" ] || bin=/usr/lib/postgresql/15/bin
    local as=()
    SF_PG_DIR=$(mktemp -d /tmp/sf-pg.XXXXXX)
    if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); chown postgres:postgres "$SF_PG_DIR"; fi
    chmod 755 "$SF_PG_DIR"
    SF_PG_PORT=$(sf_free_port)
    local pw; pw=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    # The password file is 0600 from its creation and owned by the user initdb runs as.
    (umask 077; printf '%s\n' "$pw" > "$SF_PG_DIR/pw")
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$SF_PG_DIR/pw"; fi
    "${as[@]}" "$bin/initdb" -D "$SF_PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$SF_PG_DIR/pw" --encoding=UTF8 --locale=C --no-sync >"$SF_PG_DIR/initdb.log" 2>&1 \
        || { cat "$SF_PG_DIR/initdb.log"; return 1; }
    rm -f "$SF_PG_DIR/pw"
    "${as[@]}" "$bin/pg_ctl" -D "$SF_PG_DIR/data" -l "$SF_PG_DIR/server.log" -w -t 60 \
        -o "-p $SF_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$SF_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$SF_PG_DIR/server.log"; return 1; }
    SF_PG_BIN=$bin
    export SF_TEST_PG_URL="postgres://postgres:$pw@127.0.0.1:$SF_PG_PORT/postgres"
    export SF_TEST_PG_SOCKET_DIR="$SF_PG_DIR" SF_TEST_PG_PORT="$SF_PG_PORT" SF_TEST_PG_BIN="$bin"
    echo "test.sh: PostgreSQL 15 on 127.0.0.1:$SF_PG_PORT ($SF_PG_DIR)"
}

sf_pg_stop() {
    [ -n "${SF_PG_DIR:-}" ] || return 0
    local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$SF_PG_BIN/pg_ctl" -D "$SF_PG_DIR/data" -m immediate -w -t 60 stop >/dev/null 2>&1
    rm -rf "$SF_PG_DIR"; unset SF_PG_DIR
}

sf_my_start() {
    local user=(); [ "$(id -u)" = 0 ] && user=(--user=root)
    SF_MY_DIR=$(mktemp -d /tmp/sf-my.XXXXXX)
    SF_MY_PORT=$(sf_free_port)
    mariadb-install-db --no-defaults "${user[@]}" --datadir="$SF_MY_DIR/data" \
        --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
        >"$SF_MY_DIR/install.log" 2>&1 || { cat "$SF_MY_DIR/install.log"; return 1; }
    mariadbd --no-defaults "${user[@]}" --datadir="$SF_MY_DIR/data" \
        --port="$SF_MY_PORT" --bind-address=127.0.0.1 --socket="$SF_MY_DIR/mariadb.sock" \
        --pid-file="$SF_MY_DIR/mariadb.pid" --log-error="$SF_MY_DIR/error.log" --skip-name-resolve \
        --skip-log-bin --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci 2>"$SF_MY_DIR/stderr.log" &
    SF_MY_PID=$!
    local i ok=0
    for i in $(seq 1 600); do
        if mariadb --no-defaults --socket="$SF_MY_DIR/mariadb.sock" -u"$(id -un)" -e 'SELECT 1' >/dev/null 2>&1; then ok=1; break; fi
        kill -0 "$SF_MY_PID" 2>/dev/null || break
        sleep 0.1
    done
    [ $ok = 1 ] || { cat "$SF_MY_DIR"/stderr.log "$SF_MY_DIR"/error.log 2>/dev/null; return 1; }
    local pw; pw=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    # The statement goes through stdin (printf is a builtin), so the password is never on a command line.
    printf "CREATE DATABASE sf_test; CREATE USER 'sf'@'127.0.0.1' IDENTIFIED BY '%s';\n%s\n" "$pw" \
        "GRANT ALL ON *.* TO 'sf'@'127.0.0.1' WITH GRANT OPTION;" |
        mariadb --no-defaults --socket="$SF_MY_DIR/mariadb.sock" -u"$(id -un)" || return 1
    export SF_TEST_MYSQL_URL="mysql://sf:$pw@127.0.0.1:$SF_MY_PORT/sf_test"
    export SF_TEST_MYSQL_SOCKET="$SF_MY_DIR/mariadb.sock"
    echo "test.sh: MariaDB on 127.0.0.1:$SF_MY_PORT ($SF_MY_DIR)"
}

sf_my_stop() {
    [ -n "${SF_MY_PID:-}" ] || return 0
    kill -TERM "$SF_MY_PID" 2>/dev/null; wait "$SF_MY_PID" 2>/dev/null
    rm -rf "$SF_MY_DIR"; unset SF_MY_PID SF_MY_DIR
}
