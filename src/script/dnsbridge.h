#pragma once

#include "bridge.h"

namespace script {

// dns.lookup()'s native half: netcore's resolver (getaddrinfo() on a worker thread). Each
// answer comes back to js/dns.js as a Lookup event (requestId, error or null, addresses).
class DnsBridge final : public Bridge
{
    Q_OBJECT
public:
    explicit DnsBridge(Runtime *runtime);

    bool isAwaitingEvents() const override { return m_pending > 0; }

    // family 0, 4 or 6; hints: getaddrinfo() ai_flags. The addresses are an array of
    // {address, family} in the resolver's order.
    Q_INVOKABLE void lookup(const QString &host, int family, int hints, int requestId);

private:
    int m_pending = 0;
};

} // namespace script
