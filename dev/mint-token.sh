#!/usr/bin/env bash
# Mints a development bearer token signed with dev/keys/private.pem (RS256), valid 12 hours.
# Usage: dev/mint-token.sh [user] [roles, comma-separated] [units, comma-separated]
set -euo pipefail
user="${1:-admin}"; roles="${2:-admin}"; units="${3:-}"
issuer="${JWT_ISSUER:-https://khaosat.local/issuer}"
key="$(dirname "$0")/keys/private.pem"
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
json_list() { local IFS=','; local out=""; for v in $1; do out="${out:+$out,}\"$v\""; done; echo "[$out]"; }
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"$issuer\",\"upn\":\"$user\",\"sub\":\"$user\",\"groups\":$(json_list "$roles"),\"units\":$(json_list "$units"),\"iat\":$now,\"exp\":$((now + 43200))}"
signing_input="$(printf '%s' "$header" | b64).$(printf '%s' "$payload" | b64)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" | b64)
echo "$signing_input.$signature"
