#!/usr/bin/env bash
# One-command set-up for a fresh Debian 12 machine (run as root, or with sudo
# available). Installs only the Debian packages that are missing, configures
# and builds incrementally in ./build, then:
#   tools/dev.sh serve   starts triaged on 127.0.0.1:50051 with the bundled data
#   tools/dev.sh test    runs the whole test suite with ctest
#   tools/dev.sh build   only builds
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake g++ make pkg-config ccache clang-format
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libicu-dev libhunspell-dev hunspell-en-us hunspell-id hunspell-he
  libspdlog-dev libcld2-dev libgtest-dev libgmock-dev libbenchmark-dev
  python3-grpcio python3-protobuf
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "installing: ${missing[*]}" >&2
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  install_missing
  if [[ ! -f build/CMakeCache.txt ]]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build build -j"$(nproc)"
}

case "${1:-}" in
  serve)
    build
    shift
    exec build/triaged --listen "${TRIAGED_LISTEN:-127.0.0.1:50051}" "$@"
    ;;
  test)
    build
    cd build
    exec ctest --output-on-failure -j"$(nproc)"
    ;;
  build)
    build
    ;;
  *)
    echo "usage: tools/dev.sh serve|test|build" >&2
    exit 2
    ;;
esac
