#include "epolleventdispatcher.h"

#include "epolltimerlist.h"
#include "eventpoller.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QSocketNotifier>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace netcore {

namespace {

// What an epoll event's 64 bits of data stand for: the wake-up eventfd (0), a descriptor with
// socket notifiers (fd << 1 | 1), or else a PollClient of netcore (an aligned pointer).
constexpr std::uint64_t WakeUpTag = 0;
constexpr std::uint64_t NotifierTag = 1;
// Bounded work per wake-up, as netcore's sockets: level-triggered, the rest comes next turn.
constexpr int MaxEventsPerTurn = 256;

// Its address names the calling thread (see EpollEventDispatcher::wakeUp()).
thread_local const char threadToken = 0;

std::uint64_t notifierData(int fd)
{
    return (std::uint64_t(fd) << 1) | NotifierTag;
}

std::uint32_t epollEventsFor(QSocketNotifier::Type type)
{
    switch (type) {
    case QSocketNotifier::Read: return EPOLLIN;
    case QSocketNotifier::Write: return EPOLLOUT;
    case QSocketNotifier::Exception: return EPOLLPRI;
    }
    return 0;
}

// Which notifiers of a descriptor an epoll event wakes. An error or hang-up wakes every
// notifier, as Qt's poll() dispatcher does: epoll reports them whatever was asked for, so a
// notifier left out would have the loop wake at once, turn after turn, with nothing to deliver.
bool wakes(QSocketNotifier::Type type, std::uint32_t events)
{
    if (events & (EPOLLHUP | EPOLLERR))
        return true;
    switch (type) {
    case QSocketNotifier::Read: return events & EPOLLIN;
    case QSocketNotifier::Write: return events & EPOLLOUT;
    case QSocketNotifier::Exception: return events & EPOLLPRI;
    }
    return false;
}

} // namespace

struct EpollEventDispatcher::Private
{
    struct Descriptor
    {
        std::array<QSocketNotifier *, 3> notifiers {}; // by QSocketNotifier::Type
        std::uint32_t registeredEvents = 0;
        // Our own duplicate of the descriptor, the one in the epoll set. The kernel keeps a
        // registration for as long as the file is open, not the number: had we registered the
        // application's descriptor and it been closed before its notifier while a duplicate
        // lived on (a fork, a dup()), that registration could never be removed, and would wake
        // the loop for ever or wake whichever notifier got the number next.
        int watched = -1;
        // epoll refuses regular files (EPERM); poll() calls them always ready, so do we.
        bool alwaysReady = false;
    };

    int epollFd = -1;
    int wakeUpFd = -1;
    std::atomic<bool> wakeUpPending {false};
    std::atomic<bool> interrupted {false};
    // The thread running processEvents() (its threadToken), and whether it called wakeUp()
    // since its turn began (only that thread touches the flag).
    std::atomic<const char *> loopThread {nullptr};
    bool wokenFromItsThread = false;
    // Set once aboutToBlock() or awake() has a receiver, never cleared: until then a turn skips
    // emitting them (two signal emissions a turn were 7 % of a ping-pong round trip).
    std::atomic<bool> sleepIsWatched {false};

    std::unordered_map<int, Descriptor> descriptors;
    std::unordered_set<int> alwaysReady;
    EpollTimerList timers;
    // What one turn delivers: a notifier's activation or a netcore client's readiness.
    struct Activation
    {
        QSocketNotifier *notifier = nullptr;
        PollClient *client = nullptr;
        std::uint32_t ready = 0; // for the client: PollClient::Interest bits
    };
    // The activations still due in each processEvents() on the stack (nested loops), one list
    // per depth kept from turn to turn (no allocation per turn): a notifier disabled or
    // deleted, or a client unwatched, before its turn is struck from all.
    std::vector<std::unique_ptr<std::vector<Activation>>> activationLists;
    std::size_t activationDepth = 0;

    void update(int fd, Descriptor &descriptor);
    void forget(QSocketNotifier *notifier);
    void forget(PollClient *client);
    void drainWakeUps();
    int waitForWakeUpOnly(epoll_event *events, int timeoutMs) const;
    int activate(const epoll_event *events, int count);
};

void EpollEventDispatcher::Private::update(int fd, Descriptor &descriptor)
{
    std::uint32_t wanted = 0;
    for (int type = 0; type < 3; ++type) {
        if (descriptor.notifiers[type])
            wanted |= epollEventsFor(QSocketNotifier::Type(type));
    }
    if (wanted == 0) {
        if (descriptor.watched >= 0) {
            // Closing it alone would not do: the registration lasts while the application's
            // descriptor keeps the file open.
            epoll_event unused {};
            ::epoll_ctl(epollFd, EPOLL_CTL_DEL, descriptor.watched, &unused);
            ::close(descriptor.watched);
        }
        alwaysReady.erase(fd);
        descriptors.erase(fd);
        return;
    }
    if (wanted == descriptor.registeredEvents)
        return;
    if (descriptor.alwaysReady) {
        descriptor.registeredEvents = wanted;
        return;
    }
    epoll_event event {};
    event.events = wanted;
    event.data.u64 = notifierData(fd);
    int result = 0;
    if (descriptor.watched < 0) {
        descriptor.watched = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
        result = descriptor.watched < 0
                ? -1
                : ::epoll_ctl(epollFd, EPOLL_CTL_ADD, descriptor.watched, &event);
    } else {
        result = ::epoll_ctl(epollFd, EPOLL_CTL_MOD, descriptor.watched, &event);
    }
    if (result < 0 && errno == EPERM) {
        ::close(std::exchange(descriptor.watched, -1));
        descriptor.alwaysReady = true;
        alwaysReady.insert(fd);
        result = 0;
    }
    if (result < 0) {
        qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
        return;
    }
    descriptor.registeredEvents = wanted;
}

void EpollEventDispatcher::Private::forget(QSocketNotifier *notifier)
{
    for (std::size_t depth = 0; depth < activationDepth; ++depth) {
        for (Activation &entry : *activationLists[depth]) {
            if (entry.notifier == notifier)
                entry.notifier = nullptr;
        }
    }
}

void EpollEventDispatcher::Private::forget(PollClient *client)
{
    for (std::size_t depth = 0; depth < activationDepth; ++depth) {
        for (Activation &entry : *activationLists[depth]) {
            if (entry.client == client)
                entry.client = nullptr;
        }
    }
}

void EpollEventDispatcher::Private::drainWakeUps()
{
    // Read, then cleared. Cleared first, a wakeUp() between the two wrote and its write was read
    // away here with the flag left set: every later wakeUp() skipped its write and the thread
    // slept with events posted. A wakeUp() that finds the flag still set posted its event
    // before the next turn's sendPostedEvents(), which takes it.
    eventfd_t count = 0;
    ::eventfd_read(wakeUpFd, &count);
    wakeUpPending.store(false, std::memory_order_release);
}

int EpollEventDispatcher::Private::waitForWakeUpOnly(epoll_event *events, int timeoutMs) const
{
    // The epoll set would return at once, turn after turn, while an excluded descriptor stays
    // ready; as Qt's own dispatchers, wait for the wake-up and the timers alone.
    pollfd wakeUp {wakeUpFd, POLLIN, 0};
    const int result = ::poll(&wakeUp, 1, timeoutMs);
    if (result <= 0)
        return result;
    events[0].events = EPOLLIN;
    events[0].data.u64 = WakeUpTag;
    return 1;
}

int EpollEventDispatcher::Private::activate(const epoll_event *events, int count)
{
    if (activationDepth == activationLists.size())
        activationLists.push_back(std::make_unique<std::vector<Activation>>());
    std::vector<Activation> &pending = *activationLists[activationDepth];
    pending.clear();
    for (int i = 0; i < count; ++i) {
        const std::uint64_t data = events[i].data.u64;
        const std::uint32_t ready = events[i].events;
        if (data == WakeUpTag)
            continue;
        if ((data & 1) != NotifierTag) {
            // As EventPoller's own set: errors and hang-ups are readiness, the next syscall
            // reports them.
            std::uint32_t interest = 0;
            if (ready & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
                interest |= PollClient::Read;
            if (ready & (EPOLLOUT | EPOLLHUP | EPOLLERR))
                interest |= PollClient::Write;
            pending.push_back({nullptr, static_cast<PollClient *>(events[i].data.ptr), interest});
            continue;
        }
        const auto it = descriptors.find(int(data >> 1));
        if (it == descriptors.end())
            continue;
        for (int type = 0; type < 3; ++type) {
            if (it->second.notifiers[type] && wakes(QSocketNotifier::Type(type), ready))
                pending.push_back({it->second.notifiers[type], nullptr, 0});
        }
    }
    for (const int fd : alwaysReady) {
        const Descriptor &descriptor = descriptors.at(fd);
        for (int type = 0; type < 2; ++type) {
            if (descriptor.notifiers[type])
                pending.push_back({descriptor.notifiers[type], nullptr, 0});
        }
    }
    if (pending.empty())
        return 0;

    ++activationDepth;
    int activated = 0;
    for (Activation &entry : pending) {
        if (entry.client) {
            PollClient *client = std::exchange(entry.client, nullptr);
            client->pollEvent(entry.ready);
            ++activated;
        } else if (entry.notifier) {
            QSocketNotifier *notifier = std::exchange(entry.notifier, nullptr);
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            ++activated;
        }
    }
    --activationDepth;
    return activated;
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , d(std::make_unique<Private>())
{
    d->epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    d->wakeUpFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (d->epollFd < 0 || d->wakeUpFd < 0)
        qFatal("EpollEventDispatcher: cannot create its epoll set: %s", std::strerror(errno));
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.u64 = WakeUpTag;
    if (::epoll_ctl(d->epollFd, EPOLL_CTL_ADD, d->wakeUpFd, &event) < 0)
        qFatal("EpollEventDispatcher: cannot watch its eventfd: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    for (const auto &[fd, descriptor] : d->descriptors) {
        if (descriptor.watched >= 0)
            ::close(descriptor.watched);
    }
    ::close(d->wakeUpFd);
    ::close(d->epollFd);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    d->loopThread.store(&threadToken, std::memory_order_relaxed);
    d->interrupted.store(false, std::memory_order_relaxed);
    d->wokenFromItsThread = false;
    QCoreApplication::sendPostedEvents();
    // sendPostedEvents() leaves what its handlers post for a later call. A short chain of them
    // (a close that starts the next connect, whose dial then registers its descriptor) is sent
    // before the wait, as Node drains its next-tick queue before polling: one turn instead of
    // one per link, and the order against I/O is the same. Bounded, so that a handler that
    // posts itself again does not keep the loop from I/O and timers.
    for (int pass = 1; pass < MaxPostedPassesPerTurn && d->wokenFromItsThread
         && !d->interrupted.load(std::memory_order_relaxed);
         ++pass) {
        d->wokenFromItsThread = false;
        QCoreApplication::sendPostedEvents();
    }

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    // A wakeUp() (a posted event, QEventLoop::exit) since the posted events were sent is in
    // the eventfd, so the wait below returns at once: no event is left waiting for a turn.
    int timeoutMs = 0;
    if ((flags & QEventLoop::WaitForMoreEvents) && !d->interrupted.load(std::memory_order_relaxed)
        && !(includeNotifiers && !d->alwaysReady.empty())) {
        // No clock read without timers: a turn of netcore's sockets needs none.
        timeoutMs = includeTimers && !d->timers.isEmpty() ? d->timers.waitMs(EpollTimerList::now())
                                                          : -1;
    }
    // Announced for every turn that may wait, as Qt's dispatchers do, also when something is
    // ready already: a loop that cannot sleep shows as many short turns.
    const bool announceSleep = (flags & QEventLoop::WaitForMoreEvents)
            && d->sleepIsWatched.load(std::memory_order_relaxed);
    if (announceSleep)
        Q_EMIT aboutToBlock();
    // Posted by this thread while the posted events were sent or from aboutToBlock(): due now.
    if (d->wokenFromItsThread)
        timeoutMs = 0;

    epoll_event events[MaxEventsPerTurn];
    int count = includeNotifiers ? ::epoll_wait(d->epollFd, events, MaxEventsPerTurn, timeoutMs)
                                 : d->waitForWakeUpOnly(events, timeoutMs);
    if (count < 0) {
        if (errno != EINTR)
            qWarning("EpollEventDispatcher: waiting for events: %s", std::strerror(errno));
        count = 0;
    }
    if (announceSleep)
        Q_EMIT awake();

    int handled = 0;
    bool wokenFromAnotherThread = false;
    for (int i = 0; i < count; ++i) {
        if (events[i].data.u64 == WakeUpTag) {
            d->drainWakeUps();
            wokenFromAnotherThread = true;
            ++handled;
        }
    }
    if (includeNotifiers)
        handled += d->activate(events, count);
    if (includeTimers && !d->timers.isEmpty())
        handled += d->timers.activateDue(EpollTimerList::now());
    // What another thread posted is sent in the turn its wake-up ended, as Qt's GLib dispatcher
    // does: left to the next turn, an event posted before the eventfd was read would be sent
    // there with no wake-up left, and a loop that returns only after an event arrives (as in
    // `while (!done) processEvents(WaitForMoreEvents)`) slept on with it delivered. After the
    // I/O: its handlers may delete the clients this turn's events point to.
    if (wokenFromAnotherThread && !d->interrupted.load(std::memory_order_relaxed))
        QCoreApplication::sendPostedEvents();
    return handled > 0;
}

void EpollEventDispatcher::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&QAbstractEventDispatcher::aboutToBlock)
        || signal == QMetaMethod::fromSignal(&QAbstractEventDispatcher::awake))
        d->sleepIsWatched.store(true, std::memory_order_relaxed);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Private::Descriptor &descriptor = d->descriptors[fd];
    QSocketNotifier *&slot = descriptor.notifiers[notifier->type()];
    if (slot && slot != notifier)
        qWarning("EpollEventDispatcher: a second %s notifier for descriptor %d replaces the first",
                 notifier->type() == QSocketNotifier::Read            ? "read"
                         : notifier->type() == QSocketNotifier::Write ? "write"
                                                                      : "exception",
                 fd);
    slot = notifier;
    d->update(fd, descriptor);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    d->forget(notifier);
    const int fd = int(notifier->socket());
    const auto it = d->descriptors.find(fd);
    if (it == d->descriptors.end() || it->second.notifiers[notifier->type()] != notifier)
        return;
    it->second.notifiers[notifier->type()] = nullptr;
    d->update(fd, it->second);
}

int EpollEventDispatcher::watch(int fd, PollClient *client, std::uint32_t interest)
{
    return watchInEpollSet(d->epollFd, EPOLL_CTL_ADD, fd, client, interest);
}

int EpollEventDispatcher::rewatch(int fd, PollClient *client, std::uint32_t interest)
{
    return watchInEpollSet(d->epollFd, EPOLL_CTL_MOD, fd, client, interest);
}

void EpollEventDispatcher::unwatch(int fd, PollClient *client, bool inKernelSet)
{
    epoll_event unused {};
    if (inKernelSet)
        ::epoll_ctl(d->epollFd, EPOLL_CTL_DEL, fd, &unused);
    d->forget(client);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    d->timers.add(timerId, interval, timerType, object, EpollTimerList::now());
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return d->timers.remove(timerId);
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return d->timers.removeAll(object);
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    return d->timers.timersOf(object);
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    return d->timers.remainingMs(timerId, EpollTimerList::now());
}

void EpollEventDispatcher::wakeUp()
{
    // From the loop's own thread (an event it posts to itself, deleteLater(), a socket's
    // runLater()) the loop is awake, and its next turn begins by sending the posted events:
    // nothing to write, only the wait of a turn already under way must not block. That saves
    // an eventfd write, an epoll event and an eventfd read for each such turn.
    if (d->loopThread.load(std::memory_order_relaxed) == &threadToken) {
        d->wokenFromItsThread = true;
        return;
    }
    // Any other thread. One write per sleep is enough: the flag is cleared when the loop drains
    // it.
    if (!d->wakeUpPending.exchange(true, std::memory_order_acq_rel))
        ::eventfd_write(d->wakeUpFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    d->interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

QAbstractEventDispatcher *EpollEventDispatcher::createIfChosen()
{
    const QByteArray choice = qgetenv("NETBENCH_EVENT_DISPATCHER");
    if (choice == "qt")
        return nullptr;
    if (!choice.isEmpty() && choice != "epoll") {
        static std::once_flag reported;
        std::call_once(reported, [&choice] {
            std::fprintf(stderr,
                         "netbench: NETBENCH_EVENT_DISPATCHER=%s is neither epoll nor qt; "
                         "using netbench's epoll event dispatcher\n",
                         choice.constData());
        });
    }
    return new EpollEventDispatcher;
}

} // namespace netcore
