#!/usr/bin/env bash
# Builds with ThreadSanitizer (preset "tsan", into build-tsan/) and runs the tests that run
# project code on more than one thread (CTest label "threads": the window's engine and script
# threads, the resolver's pool, netbench's signal and stdout threads). Extra arguments go to
# ctest, e.g. `bash packaging/tsan.sh -R session.tst_engine`.
# A command, not part of CI: Qt is not built with TSan, so the synchronisation inside Qt is
# invisible to it. The preset's TSAN_OPTIONS ignore what Qt and GLib do inside themselves
# (ignore_noninstrumented_modules), the project hands data between threads only where TSan
# sees it (session::ThreadInbox, std::mutex, std::future), and tests/sanitizers/tsan.supp names
# the few hand-offs left that are Qt's own, each with its reason.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash packaging/install-deps.sh
cmake --preset tsan
cmake --build --preset tsan
exec ctest --preset tsan --no-label-summary "$@"
