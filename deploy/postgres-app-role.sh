#!/bin/sh
# First start of the postgres container only: the app's own login role, which
# may read and write rows but not change tables (decision 026). Its grants
# are given by the migrate step (`npm run db:migrate`), after every migration.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE selfhelp_app LOGIN PASSWORD :'app_password';
SQL
