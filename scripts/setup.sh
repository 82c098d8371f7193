#!/usr/bin/env bash
# Shared set-up for scripts/run, scripts/test, scripts/test-slow and scripts/bench.
#
#   source scripts/setup.sh      (what those scripts do)
#   bash scripts/setup.sh        (set up without starting anything)
#
# 1. finds a Python >= 3.11, creates .venv in the repository root (recreates it when broken);
# 2. runs `pip install -e ".[test]"`, but only when pyproject.toml changed since the last
#    install (a stamp with its hash is kept in .venv), so repeated runs are fast;
# 3. checks, by really using them, the system libraries Qt (offscreen and xcb) and WeasyPrint
#    (Pango, HarfBuzz subset, fontconfig, a font) need; when one is missing and we are root
#    with apt-get, installs the Debian packages, otherwise stops with the command to run.
#
# Progress goes to stderr, so `scripts/run list --json` keeps a clean stdout.
# Afterwards: the working directory is the repository root; PRAATPLAAT_ROOT, PRAATPLAAT_VENV
# and PRAATPLAAT_CALLER_PWD (where the user started the command) are set.
#
# Environment knobs:
#   PRAATPLAAT_PYTHON=/path/to/python   use this interpreter to create .venv
#   PRAATPLAAT_SETUP_NO_APT=1           never run apt-get; only say what to install
#   PRAATPLAAT_SETUP_RECHECK=1          check the system libraries even if nothing changed

set -euo pipefail

PRAATPLAAT_CALLER_PWD="$PWD"
PRAATPLAAT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PRAATPLAAT_VENV="$PRAATPLAAT_ROOT/.venv"
cd "$PRAATPLAAT_ROOT"

# Bump when the install steps change, to force one reinstall everywhere.
_PP_SETUP_VERSION=1
_PP_INSTALL_STAMP="$PRAATPLAAT_VENV/.praatplaat-install.stamp"
_PP_SYSLIBS_STAMP="$PRAATPLAAT_VENV/.praatplaat-syslibs.stamp"

# Debian packages Qt (PySide6-Essentials, offscreen + xcb) and WeasyPrint need.
_PP_DEB_PACKAGES=(
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core
)

_pp_say() { printf 'praatplaat: %s\n' "$*" >&2; }

# _pp_die "Dutch text" "English text" [extra lines...]
_pp_die() {
    {
        printf '\npraatplaat: %s\n' "$1"
        printf 'praatplaat: %s\n' "$2"
        shift 2
        local line
        for line in "$@"; do printf '  %s\n' "$line"; done
    } >&2
    exit 1
}

# ---------------------------------------------------------------------------- lock
# Two commands started at once must not build .venv at the same time.
_pp_lock_fd=""
if command -v flock >/dev/null 2>&1; then
    _pp_lock_file="${TMPDIR:-/tmp}/praatplaat-setup-$(id -u)-$(printf '%s' "$PRAATPLAAT_ROOT" | cksum | cut -d' ' -f1).lock"
    if { exec {_pp_lock_fd}>"$_pp_lock_file"; } 2>/dev/null; then
        flock "$_pp_lock_fd"
    else
        _pp_lock_fd=""
    fi
fi
_pp_unlock() {
    if [[ -n "$_pp_lock_fd" ]]; then
        flock -u "$_pp_lock_fd" || true
        exec {_pp_lock_fd}>&- || true
        _pp_lock_fd=""
    fi
}

# ------------------------------------------------------------------------- python
# Prints "VERSION" when $1 is a usable Python >= 3.11 with venv/ensurepip; exit 1 when it
# is >= 3.11 but lacks venv support (Debian's python3-venv), exit 2 when unusable.
_pp_probe_python() {
    local out
    out="$("$1" -c '
import sys
if sys.version_info < (3, 11):
    raise SystemExit(2)
print("%d.%d.%d" % sys.version_info[:3])
try:
    import ensurepip, venv  # noqa: F401
except ImportError:
    raise SystemExit(1)
' 2>/dev/null)" && { printf '%s\n' "$out"; return 0; }
    local rc=$?
    [[ $rc -eq 1 && -n "$out" ]] && { printf '%s\n' "$out"; return 1; }
    return 2
}

_pp_find_python() {
    local candidates=() cand path version rc
    [[ -n "${PRAATPLAAT_PYTHON:-}" ]] && candidates+=("$PRAATPLAAT_PYTHON")
    candidates+=(python3.13 python3.12 python3.11 python3)
    _pp_python=""
    _pp_python_novenv=""
    for cand in "${candidates[@]}"; do
        path="$(command -v "$cand" 2>/dev/null)" || continue
        rc=0
        version="$(_pp_probe_python "$path")" || rc=$?
        if [[ $rc -eq 0 ]]; then
            _pp_python="$path"
            _pp_say "Python $version gevonden / found: $path"
            return 0
        elif [[ $rc -eq 1 && -z "$_pp_python_novenv" ]]; then
            _pp_python_novenv="$path:$version"
        fi
    done
    return 1
}

_pp_is_root_with_apt() {
    [[ "$(id -u)" == 0 && -z "${PRAATPLAAT_SETUP_NO_APT:-}" ]] && command -v apt-get >/dev/null 2>&1
}

_pp_apt_updated=""
_pp_apt_update_once() {
    if [[ -z "$_pp_apt_updated" ]]; then
        _pp_say "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
            || _pp_die "apt-get update is mislukt (geen internet?)." \
                       "apt-get update failed (no network?)."
        _pp_apt_updated=1
    fi
}

# Echo the installable Debian name of $1 ("…t64" on newer Debian/Ubuntu), or nothing.
_pp_apt_name() {
    local name candidate
    for name in "$1" "${1}t64"; do
        candidate="$(apt-cache policy "$name" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | head -n1)"
        if [[ -n "$candidate" && "$candidate" != "(none)" ]]; then
            printf '%s\n' "$name"
            return 0
        fi
    done
    return 1
}

_pp_apt_install() {  # packages...
    local wanted=() pkg name
    _pp_apt_update_once
    for pkg in "$@"; do
        if name="$(_pp_apt_name "$pkg")"; then
            wanted+=("$name")
        else
            _pp_say "pakket / package '$pkg' niet beschikbaar / not available, overgeslagen / skipped"
        fi
    done
    [[ ${#wanted[@]} -gt 0 ]] || return 0
    _pp_say "apt-get install ${wanted[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" >&2
}

# ---------------------------------------------------------------------------- venv
_pp_venv_ok() {
    [[ -x "$PRAATPLAAT_VENV/bin/python" ]] \
        && "$PRAATPLAAT_VENV/bin/python" -c \
            'import sys; raise SystemExit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

_pp_create_venv() {
    if ! _pp_find_python; then
        if [[ -n "$_pp_python_novenv" ]] && _pp_is_root_with_apt; then
            local version="${_pp_python_novenv##*:}"
            _pp_say "Python ${version} mist venv; installeren / lacks venv; installing"
            _pp_apt_install "python${version%.*}-venv" || true
            _pp_find_python || true
        fi
        if [[ -z "$_pp_python" ]]; then
            if [[ -n "$_pp_python_novenv" ]]; then
                local version="${_pp_python_novenv##*:}"
                _pp_die "Python ${version} (${_pp_python_novenv%:*}) kan geen virtuele omgeving maken." \
                        "Python ${version} cannot create a virtual environment." \
                        "Debian/Ubuntu: sudo apt-get install python${version%.*}-venv"
            fi
            _pp_die "Geen Python 3.11 of nieuwer gevonden (gezocht: python3.13, python3.12, python3.11, python3)." \
                    "No Python 3.11 or newer found (looked for python3.13, python3.12, python3.11, python3)." \
                    "Installeer Python 3.11+ / install Python 3.11+: https://www.python.org/downloads/" \
                    "Debian 12: sudo apt-get install python3 python3-venv" \
                    "Of wijs er een aan / or point to one: PRAATPLAAT_PYTHON=/pad/naar/python3.11"
        fi
    fi
    if [[ -e "$PRAATPLAAT_VENV" ]]; then
        _pp_say ".venv is kapot, opnieuw aanmaken / .venv is broken, recreating"
        rm -rf -- "$PRAATPLAAT_VENV"
    else
        _pp_say ".venv aanmaken / creating .venv"
    fi
    "$_pp_python" -m venv "$PRAATPLAAT_VENV" >&2 \
        || _pp_die "Het aanmaken van .venv is mislukt." "Creating .venv failed."
}

if ! _pp_venv_ok; then
    _pp_create_venv
fi

# One quick probe: the install key (pyproject.toml, Python, location) and whether the package
# is importable from this checkout.
_pp_probe="$("$PRAATPLAAT_VENV/bin/python" - "$PRAATPLAAT_ROOT" "$_PP_SETUP_VERSION" <<'PY'
import hashlib, os, sys
root, setup_version = sys.argv[1], sys.argv[2]
h = hashlib.sha256()
with open(os.path.join(root, "pyproject.toml"), "rb") as f:
    h.update(f.read())
h.update(f"\0{sys.version}\0{root}\0{setup_version}".encode())
key = h.hexdigest()
try:
    import importlib.util
    spec = importlib.util.find_spec("praatplaat_app")
    origin = spec.origin if spec else ""
    imported = bool(origin) and os.path.realpath(origin).startswith(os.path.realpath(root) + os.sep)
except Exception:
    imported = False
print(key)
print("installed" if imported else "missing")
PY
)" || _pp_die ".venv werkt niet; verwijder de map .venv en probeer opnieuw." \
              ".venv does not work; delete the .venv folder and try again."
_pp_install_key="$(sed -n 1p <<<"$_pp_probe")"
_pp_installed="$(sed -n 2p <<<"$_pp_probe")"

_pp_did_something=""
if [[ "$_pp_installed" != installed || ! -x "$PRAATPLAAT_VENV/bin/praatplaat" \
      || "$(cat "$_PP_INSTALL_STAMP" 2>/dev/null || true)" != "$_pp_install_key" ]]; then
    _pp_did_something=1
    rm -f -- "$_PP_INSTALL_STAMP" "$_PP_SYSLIBS_STAMP"
    if ! "$PRAATPLAAT_VENV/bin/python" -m pip --version >/dev/null 2>&1; then
        _pp_say "pip ontbreekt in .venv / pip missing in .venv"
        _pp_create_venv
    fi
    _pp_say "pakketten installeren / installing packages: pip install -e \".[test]\""
    _pp_started=$SECONDS
    # (Some machines' pip configuration names index folders that do not exist: pip warns
    # about each one; those lines are noise here.)
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$PRAATPLAAT_VENV/bin/python" -m pip install -q -e ".[test]" \
        > >(cat >&2) 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2) \
        || _pp_die "pip install is mislukt (zie hierboven). Controleer de internetverbinding." \
                   "pip install failed (see above). Check the network connection."
    printf '%s\n' "$_pp_install_key" >"$_PP_INSTALL_STAMP.tmp"
    mv -f -- "$_PP_INSTALL_STAMP.tmp" "$_PP_INSTALL_STAMP"
    _pp_say "pakketten geïnstalleerd / packages installed ($((SECONDS - _pp_started)) s)"
fi

# -------------------------------------------------------------------- system libraries
# Prints "missing SONAME" and "fail CHECK: detail" lines; exits 1 when anything fails.
_pp_check_system() {
    "$PRAATPLAAT_VENV/bin/python" - <<'PY'
import ctypes, importlib.util, os, shutil, subprocess, sys, tempfile
from pathlib import Path

problems = []
missing = set()

# 1. Which shared libraries cannot be found (names the packages to install).
spec = importlib.util.find_spec("PySide6")
if spec is None or not spec.submodule_search_locations:
    problems.append("pyside6: PySide6 is not installed in .venv")
else:
    pyside = Path(list(spec.submodule_search_locations)[0])
    files = [*pyside.glob("QtCore*.so"), *pyside.glob("QtGui*.so"), *pyside.glob("QtWidgets*.so"),
             pyside / "Qt/lib/libQt6XcbQpa.so.6",
             pyside / "Qt/plugins/platforms/libqoffscreen.so",
             pyside / "Qt/plugins/platforms/libqxcb.so"]
    if shutil.which("ldd"):
        for f in files:
            if f.exists():
                out = subprocess.run(["ldd", str(f)], capture_output=True, text=True).stdout
                for line in out.splitlines():
                    if "=> not found" in line:
                        missing.add(line.split()[0])
for soname in ("libgobject-2.0.so.0", "libpango-1.0.so.0", "libpangoft2-1.0.so.0",
               "libharfbuzz.so.0", "libharfbuzz-subset.so.0", "libfontconfig.so.1"):
    try:
        ctypes.CDLL(soname)
    except OSError:
        missing.add(soname)

# 2. Really use them, each in its own process (a missing Qt plugin aborts the process).
checks = {
    "qt-import": ("import PySide6.QtWidgets", {}),
    "qt-offscreen": (
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication([])\n"
        "w = QMainWindow(); w.resize(200, 100); w.show(); app.processEvents()\n"
        "assert not w.grab().isNull(), 'grab() gave an empty image'\n",
        {"QT_QPA_PLATFORM": "offscreen"},
    ),
    # Without a display the xcb plugin loads and then cannot connect: that is fine. When its
    # libraries are missing Qt says it "could not load" the plugin "even though it was found".
    "qt-xcb": (
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n",
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": os.environ.get("DISPLAY") or ":97",
         "QT_DEBUG_PLUGINS": "0"},
    ),
    "weasyprint": (
        "import weasyprint\n"
        "pdf = weasyprint.HTML(string='<p>Praatplaat: één cliënt</p>').write_pdf(uncompressed_pdf=True)\n"
        "assert pdf.startswith(b'%PDF'), 'no PDF written'\n"
        "assert b'/FontFile' in pdf, 'no font embedded: install a font (fonts-dejavu-core)'\n",
        {},
    ),
}
running = {}
with tempfile.TemporaryDirectory() as tmp:
    for name, (code, extra) in checks.items():
        env = {**os.environ, "XDG_RUNTIME_DIR": tmp, "HOME": os.environ.get("HOME", tmp), **extra}
        running[name] = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=tmp,
                                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for name, proc in running.items():
        try:
            out, _ = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
            problems.append(f"{name}: timed out")
            continue
        if name == "qt-xcb":
            if "could not connect to display" in out or (proc.returncode == 0 and "even though" not in out):
                continue
        elif proc.returncode == 0:
            continue
        last = [l for l in out.strip().splitlines() if l.strip()][-3:]
        problems.append(f"{name}: " + " | ".join(last)[:400])

for soname in sorted(missing):
    print("missing", soname)
for problem in problems:
    print("fail", problem)
raise SystemExit(1 if (missing or problems) else 0)
PY
}

# Debian package for a shared library name.
_pp_package_for() {
    case "$1" in
        libEGL.so.*) echo libegl1 ;;
        libGL.so.*) echo libgl1 ;;
        libGLX.so.*) echo libglx0 ;;
        libOpenGL.so.*) echo libopengl0 ;;
        libxkbcommon.so.*) echo libxkbcommon0 ;;
        libxkbcommon-x11.so.*) echo libxkbcommon-x11-0 ;;
        libfontconfig.so.*) echo libfontconfig1 ;;
        libfreetype.so.*) echo libfreetype6 ;;
        libdbus-1.so.*) echo libdbus-1-3 ;;
        libglib-2.0.so.*|libgthread-2.0.so.*|libgobject-2.0.so.*|libgio-2.0.so.*) echo libglib2.0-0 ;;
        libX11.so.*) echo libx11-6 ;;
        libX11-xcb.so.*) echo libx11-xcb1 ;;
        libxcb.so.*) echo libxcb1 ;;
        libxcb-cursor.so.*) echo libxcb-cursor0 ;;
        libxcb-icccm.so.*) echo libxcb-icccm4 ;;
        libxcb-keysyms.so.*) echo libxcb-keysyms1 ;;
        libxcb-image.so.*) echo libxcb-image0 ;;
        libxcb-render-util.so.*) echo libxcb-render-util0 ;;
        libxcb-render.so.*) echo libxcb-render0 ;;
        libxcb-shape.so.*) echo libxcb-shape0 ;;
        libxcb-shm.so.*) echo libxcb-shm0 ;;
        libxcb-sync.so.*) echo libxcb-sync1 ;;
        libxcb-util.so.*) echo libxcb-util1 ;;
        libxcb-xfixes.so.*) echo libxcb-xfixes0 ;;
        libxcb-xinerama.so.*) echo libxcb-xinerama0 ;;
        libxcb-randr.so.*) echo libxcb-randr0 ;;
        libxcb-xkb.so.*) echo libxcb-xkb1 ;;
        libSM.so.*) echo libsm6 ;;
        libICE.so.*) echo libice6 ;;
        libpango-1.0.so.*) echo libpango-1.0-0 ;;
        libpangoft2-1.0.so.*) echo libpangoft2-1.0-0 ;;
        libharfbuzz.so.*) echo libharfbuzz0b ;;
        libharfbuzz-subset.so.*) echo libharfbuzz-subset0 ;;
        *) return 1 ;;
    esac
}

# Sets _pp_needed (packages to install) and _pp_unknown (libraries without a known package)
# from the check's output in $1.
_pp_needed_packages() {
    local line soname pkg
    _pp_needed=()
    _pp_unknown=()
    while IFS= read -r line; do
        [[ "$line" == missing\ * ]] || continue
        soname="${line#missing }"
        if pkg="$(_pp_package_for "$soname")"; then
            _pp_needed+=("$pkg")
        else
            _pp_unknown+=("$soname")
        fi
    done <<<"$1"
    # Also every package of the base list that is not installed (fonts, for example, are not
    # a shared library a check could name).
    if command -v dpkg-query >/dev/null 2>&1; then
        for pkg in "${_PP_DEB_PACKAGES[@]}"; do
            if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' \
               && ! dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q 'ok installed'; then
                _pp_needed+=("$pkg")
            fi
        done
    fi
    if [[ ${#_pp_needed[@]} -gt 0 ]]; then
        mapfile -t _pp_needed < <(printf '%s\n' "${_pp_needed[@]}" | awk '!seen[$0]++')
    fi
}

# Changes whenever packages are installed or removed (dpkg) or the linker cache is rebuilt.
_pp_system_fingerprint() {
    "$PRAATPLAAT_VENV/bin/python" -c '
import hashlib, os
parts = []
for p in ("/var/lib/dpkg/status", "/etc/ld.so.cache"):
    try:
        st = os.stat(p)
        parts.append(f"{p}:{st.st_mtime_ns}:{st.st_size}")
    except OSError:
        parts.append(f"{p}:-")
print(hashlib.sha256("|".join(parts).encode()).hexdigest())'
}

_pp_system_key="$(_pp_system_fingerprint)"
if [[ -n "${PRAATPLAAT_SETUP_RECHECK:-}" \
      || "$(cat "$_PP_SYSLIBS_STAMP" 2>/dev/null || true)" != "$_pp_install_key $_pp_system_key" ]]; then
    _pp_did_something=1
    _pp_say "systeembibliotheken controleren / checking system libraries (Qt, WeasyPrint)"
    _pp_result="$(_pp_check_system)" && _pp_rc=0 || _pp_rc=$?
    if [[ $_pp_rc -ne 0 ]]; then
        _pp_needed_packages "$_pp_result"
        if _pp_is_root_with_apt && [[ ${#_pp_needed[@]} -gt 0 ]]; then
            _pp_say "ontbreekt / missing: $(sed 's/^missing //; s/^fail \([^:]*\):.*/\1 (check)/' <<<"$_pp_result" | tr '\n' ' ')"
            _pp_apt_install "${_pp_needed[@]}" \
                || _pp_die "apt-get install is mislukt (zie hierboven)." "apt-get install failed (see above)."
            _pp_result="$(_pp_check_system)" && _pp_rc=0 || _pp_rc=$?
            [[ $_pp_rc -eq 0 ]] || _pp_needed_packages "$_pp_result"
        fi
    fi
    if [[ $_pp_rc -ne 0 ]]; then
        _pp_details=()
        while IFS= read -r _pp_line; do
            [[ -n "$_pp_line" ]] && _pp_details+=("$_pp_line")
        done <<<"$_pp_result"
        if [[ ${#_pp_needed[@]} -gt 0 ]] && command -v apt-get >/dev/null 2>&1; then
            _pp_sudo="sudo "
            [[ "$(id -u)" == 0 ]] && _pp_sudo=""
            _pp_details+=("" "Installeer / install:"
                          "${_pp_sudo}apt-get install -y --no-install-recommends ${_pp_needed[*]}")
        elif [[ ${#_pp_needed[@]} -gt 0 ]]; then
            _pp_details+=("" "Installeer de pakketten die deze bibliotheken leveren / install the packages providing:"
                          "${_pp_needed[*]} (Debian-namen / Debian names)")
        fi
        if [[ ${#_pp_unknown[@]} -gt 0 ]]; then
            _pp_details+=("Ook nodig / also needed: ${_pp_unknown[*]}")
        fi
        _pp_die "Qt of WeasyPrint mist systeembibliotheken; zie hieronder." \
                "Qt or WeasyPrint is missing system libraries; see below." \
                "${_pp_details[@]}"
    fi
    # Taken again: it changed if apt-get installed something.
    _pp_system_key="$(_pp_system_fingerprint)"
    printf '%s %s\n' "$_pp_install_key" "$_pp_system_key" >"$_PP_SYSLIBS_STAMP"
fi

_pp_unlock
if [[ -n "$_pp_did_something" ]]; then
    _pp_say "klaar / ready"
fi
unset _pp_probe _pp_result _pp_rc _pp_did_something

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    _pp_say "omgeving in orde / environment ready: $PRAATPLAAT_VENV"
fi
