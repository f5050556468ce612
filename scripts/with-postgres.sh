#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server: initdb + pg_ctl on a free local port,
# removed afterwards. The server's URL is passed as VOORDEUR_TEST_DATABASE_URL and DATABASE_URL_SERVER.
#   scripts/with-postgres.sh npx vitest run
set -euo pipefail

pgbin=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$d/initdb" ]; then pgbin="$d"; break; fi
done
if [ -z "$pgbin" ] && command -v initdb >/dev/null; then pgbin="$(dirname "$(command -v initdb)")"; fi
if [ -z "$pgbin" ]; then
  echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 3
fi

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
dir=$(mktemp -d /tmp/voordeur-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" = "0" ]; then
  # initdb refuses to run as root: run the server as the postgres system user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi

cleanup() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -U voordeur --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null

url="postgres://voordeur@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $port"
VOORDEUR_TEST_DATABASE_URL="$url" DATABASE_URL_SERVER="$url" "$@"
