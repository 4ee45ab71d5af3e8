#!/usr/bin/env bash
# Builds the Teams app package to upload ("sideload") in Teams: manifest.json and the two icons,
# zipped at the top level, with the Azure Bot's app id filled in.
#
#   TEAMS_APP_ID=<Microsoft App ID> [TEAMS_DEVELOPER_URL=https://your.site] teams/package.sh [OUTPUT_DIR]
#
# Writes OUTPUT_DIR/partnership-bot-teams.zip (default: target/teams/).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out_dir="${1:-$here/../target/teams}"
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'

app_id="${TEAMS_APP_ID:-}"
if [[ ! "$app_id" =~ $guid ]]; then
  echo "package.sh: set TEAMS_APP_ID to the Azure Bot's Microsoft App ID (a GUID such as 00000000-0000-0000-0000-000000000000)" >&2
  exit 2
fi
developer_url="${TEAMS_DEVELOPER_URL:-https://example.com}"
developer_url="${developer_url%/}"
if [[ ! "$developer_url" =~ ^https://[A-Za-z0-9.:/_~-]+$ ]]; then
  echo "package.sh: TEAMS_DEVELOPER_URL must be a plain https:// URL (it gets /privacy and /terms appended)" >&2
  exit 2
fi
if [[ -z "${TEAMS_DEVELOPER_URL:-}" ]]; then
  echo "package.sh: TEAMS_DEVELOPER_URL is not set; the app's website, privacy and terms links point at $developer_url" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s|{{TEAMS_APP_ID}}|$app_id|g" -e "s|{{TEAMS_DEVELOPER_URL}}|$developer_url|g" \
  "$here/manifest.json" > "$work/manifest.json"
if grep -q '{{' "$work/manifest.json"; then
  echo "package.sh: manifest.json still has a {{placeholder}} this script does not fill in" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$work/"

mkdir -p "$out_dir"
zip_file="$(cd "$out_dir" && pwd)/partnership-bot-teams.zip"
rm -f "$zip_file"
if command -v zip >/dev/null 2>&1; then
  (cd "$work" && zip -q -X "$zip_file" manifest.json color.png outline.png)
else
  (cd "$work" && python3 -m zipfile -c "$zip_file" manifest.json color.png outline.png)
fi
echo "Wrote $zip_file: upload it in Teams (Apps > Manage your apps > Upload an app)."
