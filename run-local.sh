#!/usr/bin/env bash
# Runs the whole suite locally with only a JDK: builds the jars, then starts an embedded PostgreSQL
# (data kept in .local/pgdata) and every service; prints the Swagger UI address and a development
# token. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
exec java ${JAVA_OPTS:-} -jar local-stack/target/local-stack.jar "$@"
