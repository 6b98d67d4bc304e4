#include "eventpoller.h"

#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <unistd.h>

#ifdef __linux__
#include <sys/epoll.h>
#else
#include <QHash>
#endif

namespace netcore {

namespace {
thread_local EventPoller *threadPoller = nullptr;
// Bounded work per wake-up: one busy peer cannot starve the others or the window.
constexpr int MaxEventsPerWakeUp = 128;
} // namespace

#ifdef __linux__

int watchInEpollSet(int epollFd, int operation, int fd, PollClient *client, std::uint32_t interest)
{
    epoll_event event {};
    if (interest & PollClient::Read)
        event.events |= EPOLLIN;
    if (interest & PollClient::Write)
        event.events |= EPOLLOUT;
    event.data.ptr = client;
    if (event.events == 0) {
        if (operation == EPOLL_CTL_MOD)
            ::epoll_ctl(epollFd, EPOLL_CTL_DEL, fd, &event);
        return 0;
    }
    if (::epoll_ctl(epollFd, operation, fd, &event) == 0)
        return 0;
    if (operation == EPOLL_CTL_MOD && errno == ENOENT) // out of the set while it asked for nothing
        return ::epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &event) == 0 ? 0 : errno;
    return errno;
}

struct EventPoller::Backend
{
    // On a thread run by EpollEventDispatcher the sockets join its epoll set instead: one
    // epoll_wait() per turn rather than the dispatcher's and then this set's.
    QPointer<EpollEventDispatcher> shared;
    int epollFd = -1;
    epoll_event events[MaxEventsPerWakeUp];
    int eventCount = 0; // of the batch being dispatched
    int position = 0;
};

EventPoller::EventPoller()
    : m_backend(std::make_unique<Backend>())
{
    m_backend->shared = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
    if (m_backend->shared)
        return;
    m_backend->epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_backend->epollFd < 0)
        qFatal("netcore: epoll_create1 failed: %s", strerror(errno));
    m_notifier = new QSocketNotifier(m_backend->epollFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EventPoller::dispatch);
}

EventPoller::~EventPoller()
{
    delete m_notifier;
    if (m_backend->epollFd >= 0)
        ::close(m_backend->epollFd);
    if (threadPoller == this)
        threadPoller = nullptr;
}

int EventPoller::add(int fd, PollClient *client, std::uint32_t interest)
{
    if (m_backend->shared)
        return m_backend->shared->watch(fd, client, interest);
    return watchInEpollSet(m_backend->epollFd, EPOLL_CTL_ADD, fd, client, interest);
}

int EventPoller::modify(int fd, PollClient *client, std::uint32_t interest)
{
    if (m_backend->shared)
        return m_backend->shared->rewatch(fd, client, interest);
    return watchInEpollSet(m_backend->epollFd, EPOLL_CTL_MOD, fd, client, interest);
}

void EventPoller::remove(int fd, PollClient *client, bool inKernelSet)
{
    if (m_backend->shared) {
        m_backend->shared->unwatch(fd, client, inKernelSet);
        return;
    }
    epoll_event unused {};
    if (inKernelSet)
        ::epoll_ctl(m_backend->epollFd, EPOLL_CTL_DEL, fd, &unused);
    // Forget events of this batch that are still to be delivered to the client.
    for (int i = m_backend->position; i < m_backend->eventCount; ++i) {
        if (m_backend->events[i].data.ptr == client)
            m_backend->events[i].data.ptr = nullptr;
    }
}

void EventPoller::dispatch()
{
    Backend &backend = *m_backend;
    int count;
    do {
        count = ::epoll_wait(backend.epollFd, backend.events, MaxEventsPerWakeUp, 0);
    } while (count < 0 && errno == EINTR);
    backend.eventCount = qMax(count, 0);
    for (backend.position = 0; backend.position < backend.eventCount;) {
        const epoll_event &event = backend.events[backend.position++];
        auto *client = static_cast<PollClient *>(event.data.ptr);
        if (!client)
            continue;
        std::uint32_t ready = 0;
        // Errors and hang-ups are delivered as readiness; the next syscall reports them.
        if (event.events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            ready |= PollClient::Read;
        if (event.events & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            ready |= PollClient::Write;
        client->pollEvent(ready);
    }
    backend.eventCount = 0;
    backend.position = 0;
}

#else

// Portable fallback: one QSocketNotifier pair per descriptor. Correct, not as scalable.
struct EventPoller::Backend
{
    struct Entry
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    QHash<int, Entry> entries;
};

EventPoller::EventPoller()
    : m_backend(std::make_unique<Backend>())
{ }

EventPoller::~EventPoller()
{
    if (threadPoller == this)
        threadPoller = nullptr;
}

int EventPoller::add(int fd, PollClient *client, std::uint32_t interest)
{
    Backend::Entry entry;
    entry.read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    entry.write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(entry.read, &QSocketNotifier::activated, this,
            [client] { client->pollEvent(PollClient::Read); });
    connect(entry.write, &QSocketNotifier::activated, this,
            [client] { client->pollEvent(PollClient::Write); });
    m_backend->entries.insert(fd, entry);
    return modify(fd, client, interest);
}

int EventPoller::modify(int fd, PollClient *, std::uint32_t interest)
{
    const auto it = m_backend->entries.constFind(fd);
    if (it == m_backend->entries.cend())
        return ENOENT;
    it->read->setEnabled(interest & PollClient::Read);
    it->write->setEnabled(interest & PollClient::Write);
    return 0;
}

void EventPoller::remove(int fd, PollClient *, bool)
{
    const Backend::Entry entry = m_backend->entries.take(fd);
    if (!entry.read)
        return;
    entry.read->setEnabled(false);
    entry.write->setEnabled(false);
    entry.read->deleteLater();
    entry.write->deleteLater();
}

void EventPoller::dispatch() { }

#endif

EventPoller *EventPoller::forCurrentThread()
{
    if (!threadPoller) {
        threadPoller = new EventPoller;
        // Dies with its thread's event loop: finished() for worker threads, app exit otherwise.
        QThread *thread = QThread::currentThread();
        QObject::connect(thread, &QThread::finished, threadPoller, &QObject::deleteLater);
    }
    return threadPoller;
}

} // namespace netcore
