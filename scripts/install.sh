#!/usr/bin/env bash
# Install DiploKG into .venv (Python packages from PyPI, the web page's front-end packages from npm).
# With --test, also what the tests need: pytest and friends, Debian's Chromium for the browser tests,
# and a Java runtime for the HermiT reasoner if the machine has none.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${extras}"

if [ -f package.json ]; then
  if command -v npm >/dev/null 2>&1; then
    npm ci --no-audit --no-fund --silent
  else
    echo "install.sh: npm not found; the SPARQL editor page needs it (apt-get install nodejs npm)" >&2
    exit 1
  fi
fi

if [ "${1:-}" = "--test" ]; then
  need=()
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
      echo "install.sh: please install ${need[*]} (Debian packages) for the full test suite" >&2
    fi
  fi
fi
echo "installed: $(.venv/bin/kg --version)"
