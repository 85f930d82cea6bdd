#!/usr/bin/env bash
# Time to render the minutes of a session with 30 statements and 20 directives as PDF (and as HTML),
# measured with wrk on GET /api/surveys/{id}/minutes. Needs survey-service, cadre-service and
# indicators-service running, e.g. ./run-local.sh. Creates its own session under Đắk Song (665).
# Usage: bench/render-minutes.sh [survey-service-url]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8083}"
TOKEN="$(dev/mint-token.sh bench admin)"
AUTH=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")
post() { curl -sf "${AUTH[@]}" -d "$2" "$BASE$1"; }

session=$(post /api/surveys '{"title":"Khảo sát đo thời gian kết xuất biên bản","superiorBody":"Tỉnh ủy Đắk Nông",
  "leadingBody":"Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh","hostUnitCode":"665",
  "hostBody":"Ban Thường vụ Huyện ủy Đắk Song","startsAt":"2019-11-28T08:00:00+07:00",
  "place":"Huyện ủy Đắk Song","purpose":"Đo thời gian kết xuất biên bản",
  "reviewedTerm":"2015-2020","plannedTerm":"2020-2025","minutesNumber":"99-BB/TBND"}' | jq .id)
S="/api/surveys/$session"
leader=$(post "$S/participants" '{"fullName":"Hà Trung Ký","title":"Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy","role":"DELEGATION_LEADER"}' | jq .id)
speakers=("$leader")
for i in $(seq 1 11); do
  speakers+=("$(post "$S/participants" "{\"fullName\":\"Đại biểu số $i\",\"title\":\"Trưởng phòng\",\"organization\":\"Sở, ngành số $i\",\"role\":\"HOST_MEMBER\"}" | jq .id)")
done
secretary=$(post "$S/participants" '{"fullName":"Thư ký đoàn","role":"SECRETARY"}' | jq .id)
curl -sf "${AUTH[@]}" -X POST -o /dev/null "$BASE$S/dossier"
curl -sf "${AUTH[@]}" -X POST -o /dev/null "$BASE$S/hold"
text="Ý kiến về kết quả thực hiện nghị quyết: tăng trưởng bình quân 11,4%; thu ngân sách tăng 8,8%/năm; cần khắc phục hạn chế về quản lý, bảo vệ và phát triển rừng, nắm bắt tư tưởng cán bộ, đảng viên."
for i in $(seq 1 30); do
  post "$S/statements" "{\"speakerId\":${speakers[$((i % 12))]},\"kind\":\"OPINION\",\"text\":\"$i. $text\"}" > /dev/null
done
for i in $(seq 1 20); do
  post "$S/directives" "{\"text\":\"Nhiệm vụ số $i: rà soát, tổ chức thực hiện và báo cáo kết quả\",\"responsibleBody\":\"Ban Thường vụ Huyện ủy Đắk Song\",\"responsibleUnitCode\":\"665\",\"deadline\":\"2020-0$((1 + i % 9))-28\"}" > /dev/null
done
curl -sf "${AUTH[@]}" -X PUT -o /dev/null -d "{\"text\":\"Kết luận của trưởng đoàn.\",\"concludedById\":$leader}" "$BASE$S/conclusion"
curl -sf "${AUTH[@]}" -X POST -o /dev/null "$BASE$S/conclude"
curl -sf "${AUTH[@]}" -o /dev/null -d "{\"secretaryId\":$secretary,\"chairId\":$leader}" "$BASE$S/sign"
size=$(curl -sf -H "Authorization: Bearer $TOKEN" -H "Accept: application/pdf" "$BASE$S/minutes" | wc -c)
echo "session $session: 13 participants, 30 statements, 20 directives, signed; minutes PDF $size bytes"
curl -sf -H "Authorization: Bearer $TOKEN" -H "Accept: application/pdf" -o /dev/null -w "one render: %{time_total} s\n" "$BASE$S/minutes"

echo "== minutes as PDF, 1 connection, 20 s"
wrk -t1 -c1 -d20s --latency -H "Authorization: Bearer $TOKEN" -H "Accept: application/pdf" "$BASE$S/minutes"
echo "== minutes as HTML, 1 connection, 10 s"
wrk -t1 -c1 -d10s --latency -H "Authorization: Bearer $TOKEN" -H "Accept: text/html" "$BASE$S/minutes"
