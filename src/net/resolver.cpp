#include "resolver.h"

#include "handletracker.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <sys/socket.h>
#include <system_error>
#include <thread>

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
    LookupResult result;          // guarded by relayMutex; set before the answer is posted
};

// One lock for every request: a worker posts its answer while the relay cannot be deleted.
// A std::mutex, which ThreadSanitizer sees (Qt's locks are invisible to it: Qt is not built
// with it), also hands the lookups to the workers and the results back: a pool task carries
// no data of ours.
std::mutex relayMutex;

struct PendingLookup
{
    std::shared_ptr<LookupRequest> request;
    QByteArray name;
    int family = 0;
    int hints = 0;
};
// Guarded by relayMutex, oldest first. Never destroyed: a pool thread may still start after
// the statics are gone, as nothing waits for the pool at exit.
std::deque<PendingLookup> &pendingLookups()
{
    static auto *lookups = new std::deque<PendingLookup>;
    return *lookups;
}
// Set when the application object is destroyed: a worker that finishes after that (the
// process is exiting and never waits for it) leaves the answer unposted.
bool applicationGone = false;

void forgetAnswersAtExit()
{
    const std::lock_guard lock(relayMutex);
    applicationGone = true;
}

// Lives on the caller's thread, as a child of the context, and carries the answer there. It
// dies with the context (the answer then goes nowhere) or once it delivered; either way
// nothing is left in an event queue that could run code while Qt tears the queue down.
class LookupRelay final : public QObject
{
    Q_OBJECT
public:
    LookupRelay(QObject *context, const QString &host, LookupDone done)
        : QObject(context)
        , m_host(host)
        , m_done(std::move(done))
        , m_request(std::make_shared<LookupRequest>())
    {
        m_request->relay = this;
    }

    ~LookupRelay() override
    {
        const std::lock_guard lock(relayMutex);
        m_request->relay = nullptr;
    }

    std::shared_ptr<LookupRequest> request() const { return m_request; }

private:
    // On the caller's thread, queued by the worker once the result is in the request (by name:
    // the queued call carries nothing of ours). Qt lets a queued call delete its receiver.
    Q_INVOKABLE void deliver()
    {
        LookupResult result;
        {
            const std::lock_guard lock(relayMutex);
            result = std::move(m_request->result);
        }
        const LookupDone done = std::move(m_done);
        const QString host = m_host;
        // Gone before done runs: done may delete the context, which would delete it anyway.
        delete this;
        done(result.eaiError ? NetError::fromGetAddrInfo(result.eaiError, host) : NetError(),
             result.addresses);
    }

    QString m_host;
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

// The workers are plain threads, not a QThreadPool's: a QThread makes an event dispatcher as
// it starts, and Qt's GLib one aborts the process when it gets no descriptor for its wake-up
// pipe, so a lookup while the process is out of descriptors (EMFILE) would kill it instead of
// failing as Node's does. A pool of its own, too: slow DNS answers must not hold up the
// application's global pool, which QCoreApplication's destructor waits for. These threads are
// never waited for: a getaddrinfo() cannot be cancelled, and exit must not hang on it.
constexpr int MaxWorkers = 8;
constexpr std::chrono::seconds WorkerIdleTime {30}; // as long as QThreadPool keeps a thread

struct Workers
{
    std::condition_variable lookupQueued; // with relayMutex
    int running = 0;                      // guarded by relayMutex
    int waiting = 0;                      // guarded by relayMutex: idle, waiting for a lookup
};

// Never destroyed, as pendingLookups(): a detached worker may still wait on it at exit.
Workers &workers()
{
    static auto *pool = new Workers;
    return *pool;
}

// One worker: resolves the oldest lookup waiting, queues the answer to its relay if that still
// lives, and ends after WorkerIdleTime without work.
void runWorker()
{
    Workers &pool = workers();
    std::unique_lock lock(relayMutex);
    for (;;) {
        if (pendingLookups().empty()) {
            ++pool.waiting;
            const bool queued = pool.lookupQueued.wait_for(
                    lock, WorkerIdleTime, [] { return !pendingLookups().empty(); });
            --pool.waiting;
            if (!queued) {
                --pool.running;
                return;
            }
        }
        PendingLookup lookup = std::move(pendingLookups().front());
        pendingLookups().pop_front();
        lock.unlock();
        LookupResult result = resolve(lookup.name, lookup.family, lookup.hints);
        lock.lock();
        if (!lookup.request->relay || applicationGone)
            continue;
        lookup.request->result = std::move(result);
        // If Qt deletes the call unrun (the relay died, or the application is going), nothing
        // runs.
        QMetaObject::invokeMethod(lookup.request->relay, "deliver", Qt::QueuedConnection);
    }
}

// Hands a queued lookup to a waiting worker, or starts one. Called with relayMutex held.
// Without any worker (no thread could be started) the lookup is answered at once with
// EAI_AGAIN, never left waiting for ever.
void wakeOrStartWorker(const std::shared_ptr<LookupRequest> &request)
{
    static const bool forgetsAtExit = (qAddPostRoutine(forgetAnswersAtExit), true);
    Q_UNUSED(forgetsAtExit);
    Workers &pool = workers();
    if (std::size_t(pool.waiting) < pendingLookups().size() && pool.running < MaxWorkers) {
        try {
            std::thread(runWorker).detach();
            ++pool.running;
        } catch (const std::system_error &) {
            if (pool.running == 0) {
                pendingLookups().pop_back();
                request->result.eaiError = EAI_AGAIN;
                QMetaObject::invokeMethod(request->relay, "deliver", Qt::QueuedConnection);
                return;
            }
        }
    }
    pool.lookupQueued.notify_one();
}

} // namespace

void lookupHost(const QString &host, int family, int hints, QObject *context, LookupDone done)
{
    auto *relay = new LookupRelay(context, host, std::move(done));
    // Internationalised names go to the resolver in their ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(host);
    const QByteArray name = ace.isEmpty() ? host.toUtf8() : ace;
    const std::lock_guard lock(relayMutex);
    pendingLookups().push_back({relay->request(), name, family, hints});
    wakeOrStartWorker(relay->request());
}

} // namespace netcore

#include "resolver.moc"
