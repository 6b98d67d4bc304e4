#pragma once

#include "options.h"

class QObject;

namespace netcore {

// dns.lookup(host, {family, hints, all: true}): getaddrinfo() on a worker thread, never on
// the loop thread. done runs on the calling thread on a later turn, and not at all if context
// was deleted first. Addresses come in the resolver's order.
void lookupHost(const QString &host, int family, int hints, QObject *context, LookupDone done);

} // namespace netcore
