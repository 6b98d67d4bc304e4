#include "resolver.h"

#include "handletracker.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <netdb.h>
#include <sys/socket.h>

namespace netcore {

namespace {

struct LookupResult
{
    int eaiError = 0;
    QList<ResolvedAddress> addresses;
};

class LookupRelay;

// What a worker and the caller's thread share about one lookup. The worker holds it while
// getaddrinfo() runs; the relay, on the caller's thread, may be gone by the time it answers.
struct LookupRequest
{
    LookupRelay *relay = nullptr; // guarded by relayMutex
};

// One lock for every request: a worker posts its answer while the relay cannot be deleted.
Q_CONSTINIT QBasicMutex relayMutex;
// Set when the application object is destroyed: a worker that finishes after that (the
// process is exiting and never waits for it) leaves the answer unposted.
bool applicationGone = false;

void forgetAnswersAtExit()
{
    const QMutexLocker lock(&relayMutex);
    applicationGone = true;
}

// Lives on the caller's thread, as a child of the context, and carries the answer there. It
// dies with the context (the answer then goes nowhere) or once it delivered; either way
// nothing is left in an event queue that could run code while Qt tears the queue down.
class LookupRelay final : public QObject
{
public:
    LookupRelay(QObject *context, LookupDone done)
        : QObject(context)
        , m_done(std::move(done))
        , m_request(std::make_shared<LookupRequest>())
    {
        m_request->relay = this;
    }

    ~LookupRelay() override
    {
        const QMutexLocker lock(&relayMutex);
        m_request->relay = nullptr;
    }

    std::shared_ptr<LookupRequest> request() const { return m_request; }

    // On the caller's thread, from the queued answer (whose receiver this relay is: Qt lets a
    // queued call delete its receiver).
    void deliver(const LookupResult &result, const QString &host)
    {
        const LookupDone done = std::move(m_done);
        // Gone before done runs: done may delete the context, which would delete it anyway.
        delete this;
        done(result.eaiError ? NetError::fromGetAddrInfo(result.eaiError, host) : NetError(),
             result.addresses);
    }

private:
    LookupDone m_done;
    std::shared_ptr<LookupRequest> m_request;
    PendingDelivery m_pending; // the answer keeps the loop alive, as libuv's request does
};

LookupResult resolve(const QByteArray &host, int family, int hints)
{
    addrinfo request {};
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
        ResolvedAddress resolved {address.toString(),
                                  address.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4};
        if (!result.addresses.contains(resolved))
            result.addresses.append(resolved);
    }
    ::freeaddrinfo(list);
    if (result.addresses.isEmpty())
        result.eaiError = EAI_NONAME;
    return result;
}

// A pool of its own: slow DNS answers must not hold up the application's global pool, which
// QCoreApplication's destructor waits for. This one is never waited for: a getaddrinfo()
// cannot be cancelled, and exit must not hang on it.
QThreadPool *resolverPool()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(8);
        qAddPostRoutine(forgetAnswersAtExit);
        return threads;
    }();
    return pool;
}

} // namespace

void lookupHost(const QString &host, int family, int hints, QObject *context, LookupDone done)
{
    auto *relay = new LookupRelay(context, std::move(done));
    // Internationalised names go to the resolver in their ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(host);
    const QByteArray name = ace.isEmpty() ? host.toUtf8() : ace;
    resolverPool()->start([request = relay->request(), name, family, hints, host] {
        const LookupResult result = resolve(name, family, hints);
        const QMutexLocker lock(&relayMutex);
        if (!request->relay || applicationGone)
            return;
        // The queued call holds no object of ours: if Qt deletes it unrun (the relay died,
        // or the application is going), nothing runs.
        QMetaObject::invokeMethod(
                request->relay,
                [relay = request->relay, result, host] { relay->deliver(result, host); },
                Qt::QueuedConnection);
    });
}

} // namespace netcore
