#include "resolver.h"

#include "handletracker.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <netdb.h>
#include <sys/socket.h>

namespace netcore {

namespace {

// Lives on the caller's thread and carries the answer back there; a pending delivery of that
// thread until it is deleted (there, after the answer or without one).
class LookupRelay final : public QObject
{
public:
    QPointer<QObject> context;
    LookupDone done;
    PendingDelivery pending;
};

struct LookupResult
{
    int eaiError = 0;
    QList<ResolvedAddress> addresses;
};

LookupResult resolve(const QByteArray &host, int family, int hints)
{
    addrinfo request{};
    request.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
    request.ai_socktype = SOCK_STREAM;
    request.ai_flags = hints;
    addrinfo *list = nullptr;
    LookupResult result;
    result.eaiError = ::getaddrinfo(host.constData(), nullptr, &request, &list);
    if (result.eaiError != 0)
        return result;
    for (const addrinfo *entry = list; entry; entry = entry->ai_next) {
        const QHostAddress address(entry->ai_addr);
        if (address.isNull())
            continue;
        ResolvedAddress resolved{address.toString(),
                                 address.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4};
        if (!result.addresses.contains(resolved))
            result.addresses.append(resolved);
    }
    ::freeaddrinfo(list);
    if (result.addresses.isEmpty())
        result.eaiError = EAI_NONAME;
    return result;
}

} // namespace

void lookupHost(const QString &host, int family, int hints, QObject *context, LookupDone done)
{
    std::shared_ptr<LookupRelay> relay(new LookupRelay, [](LookupRelay *r) { r->deleteLater(); });
    relay->context = context;
    relay->done = std::move(done);
    // Internationalised names go to the resolver in their ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(host);
    const QByteArray name = ace.isEmpty() ? host.toUtf8() : ace;
    // A pool of its own: slow DNS answers must not hold up the application's global pool.
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(8);
        return threads;
    }();
    pool->start([relay, name, family, hints, host] {
        const LookupResult result = resolve(name, family, hints);
        QMetaObject::invokeMethod(relay.get(), [relay, result, host] {
            if (!relay->context)
                return;
            const NetError error = result.eaiError ? NetError::fromGetAddrInfo(result.eaiError, host)
                                                   : NetError();
            relay->done(error, result.addresses);
        }, Qt::QueuedConnection);
    });
}

} // namespace netcore
