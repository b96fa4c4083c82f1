#!/usr/bin/env bash
# Which documented operations of a service the integration tests saw succeed, from the report
# OpenApiConformanceExtension leaves in <module>/target/openapi-conformance/ after `verify`.
# Usage: platform/platform-test/scripts/openapi-coverage.sh registration-service
set -euo pipefail
report="${1:?module directory}/target/openapi-conformance"
awk -F'\t' '
  NR == FNR { seen[$1 FS $2 FS $3]; next }
  {
    ok = 0; n = split($3, codes, ",")
    for (i = 1; i <= n; i++) if (($1 FS $2 FS codes[i]) in seen) ok = 1
    total++; covered += ok
    print (ok ? "seen     " : "NOT SEEN ") $1 " " $2 " (" $3 ")"
  }
  END { printf "%d of %d operations seen answering their documented success code\n", covered, total }
' <(sort -u "$report/answered.tsv") "$report/operations.tsv"
