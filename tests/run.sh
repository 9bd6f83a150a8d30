#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, then runs every test project.
# Needs a Debian machine with the .NET SDK; run as root or with sudo for the one-time package install.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/dnsmasq ] || missing+=(dnsmasq-base)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
fc-list 2>/dev/null | grep -q . || missing+=(fonts-dejavu-core fontconfig)
[ -f /usr/share/hunspell/sv_SE.dic ] || missing+=(hunspell-sv)
# The unit and integration suite's second run starts a throwaway PostgreSQL cluster from these binaries.
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql)
# The Redis bus tests (issue 14) start their own redis-server on a free loopback port; the service is not used.
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
# The multi-node browser suite puts its own nginx (deploy/nginx.conf.template) in front of two app nodes.
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

dotnet build ChatDesk.sln -warnaserror
# One suite at a time, every suite run even after a failure (the exit code says whether any failed): the browser
# suite waits as a user does, and a unit run beside it on two cores starves its pages.
failed=0
echo "Unit and integration tests (SQLite):"
dotnet test tests/ChatDesk.Tests --no-build --logger "console;verbosity=minimal" || failed=1

echo "Browser tests (one node):"
dotnet test tests/ChatDesk.EndToEnd --no-build --logger "console;verbosity=minimal" --filter "FullyQualifiedName!~ChatDesk.EndToEnd.MultiNode" || failed=1

# The multi-node browser suite (issue 14): PostgreSQL, Redis, two app nodes and nginx on loopback (about 3 minutes).
# A run of its own, so its cluster never shares the machine with the single-node browser tests' app.
echo "Multi-node browser tests:"
dotnet test tests/ChatDesk.EndToEnd --no-build --logger "console;verbosity=minimal" --filter "FullyQualifiedName~ChatDesk.EndToEnd.MultiNode" || failed=1

# The unit and integration suite again over PostgreSQL (each test on a fresh database of a throwaway cluster).
echo "Unit and integration tests on PostgreSQL:"
CHATDESK_TEST_DATABASE=Postgres dotnet test tests/ChatDesk.Tests --no-build --logger "console;verbosity=minimal" || failed=1

# The FAQ relevance table (the README's), measured now on the shared sets; FaqRelevanceTests above hold its floors.
echo "FAQ relevance on the shared sets:"
dotnet run --project tests/ChatDesk.Relevance --no-build

exit "$failed"
