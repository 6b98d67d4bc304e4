#pragma once

#include "options.h"

class QObject;

namespace netcore {

// dns.lookup(host, {family, hints, all: true}): getaddrinfo() on a worker thread, never on
// the loop thread. done runs on the calling thread on a later turn, and not at all if context
// was deleted first (context must live on the calling thread). Until then the lookup counts
// as a pending delivery of this thread. Addresses come in the resolver's order. Nothing
// waits for a lookup still running when the application exits.
void lookupHost(const QString &host, int family, int hints, QObject *context, LookupDone done);

} // namespace netcore
