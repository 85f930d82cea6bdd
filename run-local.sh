#!/usr/bin/env bash
# Runs the whole suite locally with only a JDK: builds the jars, then starts an embedded PostgreSQL
# (data kept in .local/pgdata) and every service; prints the Swagger UI address and a development
# token. Ctrl-C stops everything. --demo loads the seed report's demo data; --keycloak starts
# Keycloak 26 (Java 21+: /usr/lib/jvm/temurin-25-jdk-amd64, or KEYCLOAK_JAVA_HOME) with the dev
# realm of dev/keycloak on port 8180 (the port base + 100) and points the services and the gateway at it.
set -euo pipefail
cd "$(dirname "$0")"
profiles=()
for arg in "$@"; do
  if [[ "$arg" == "--keycloak" ]]; then profiles=(-Pkeycloak); fi
done
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true -Dquarkus.container-image.build=false "${profiles[@]}"
exec java ${JAVA_OPTS:-} -jar local-stack/target/local-stack.jar "$@"
