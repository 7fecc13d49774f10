#!/usr/bin/env bash
# make certify-demo: starts the example vendor (conformant mode) on a free
# loopback port, certifies it with hookcert certify against the bundled
# example definition, and stops it. Extra arguments go to hookcert certify
# (e.g. --mode is not one: run the vendor yourself for the broken modes).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${VENDOR_MODE:-conformant}"
mkdir -p out bin
go build -o bin/hookcert ./cmd/hookcert
go build -o bin/vendor ./examples/vendorapi
log="$(mktemp)"
bin/vendor --mode "$mode" --addr 127.0.0.1:0 2>"$log" &
vendor=$!
trap 'kill "$vendor" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do # at most 10 s for the vendor to listen
  grep -q " on http" "$log" && break
  sleep 0.1
done
url="$(sed -n 's/.* on \(http[^ ]*\).*/\1/p' "$log")"
[ -n "$url" ] || { echo "certify-demo: the vendor did not start:" >&2; cat "$log" >&2; exit 2; }
echo "certify-demo: vendor in mode $mode at $url" >&2
bin/hookcert certify --webhook examples/enrich/webhook.yaml \
  --url "$url?source=marketo&campaign={{campaign.name}}" \
  --token "my.Enrich API Key=demo-key" --token "campaign.name=Enrich on signup" \
  --out out/certify "$@"
