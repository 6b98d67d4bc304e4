#pragma once

#include <QAbstractEventDispatcher>

#include <cstdint>
#include <memory>

namespace netcore {

class PollClient;

// Qt's event dispatcher for a thread that runs the network and nothing else (no windows):
// one epoll_wait() per turn of the loop, with the earliest timer as its timeout. Socket
// notifiers, the wake-up eventfd and netcore's sockets share that one epoll set, so a wake-up
// costs one system call where Qt's GLib dispatcher makes a poll() and its bookkeeping first.
//
// Install it before the thread runs: QThread::setEventDispatcher() before start(), or
// QCoreApplication::setEventDispatcher() before the application object exists.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // How many times a turn sends posted events before it waits: what the handlers of one
    // sending post to this thread is sent in the next, up to this bound (see processEvents()).
    static constexpr int MaxPostedPassesPerTurn = 4;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    // netcore's own sockets (EventPoller) on this dispatcher's epoll set: readiness goes
    // straight to the client in the same turn, without a QSocketNotifier and a second
    // epoll_wait() in between. interest is PollClient::Interest; returns 0 or an errno.
    int watch(int fd, PollClient *client, std::uint32_t interest);
    int rewatch(int fd, PollClient *client, std::uint32_t interest);
    // Safe from inside pollEvent(): events of this turn still due to the client are dropped.
    // inKernelSet: as EventPoller::remove().
    void unwatch(int fd, PollClient *client, bool inKernelSet = true);

    // The switch read where network threads are made: unset or `epoll` gives a new
    // EpollEventDispatcher for the caller to install; NETBENCH_EVENT_DISPATCHER=qt gives nullptr
    // (keep Qt's own dispatcher, the fallback). Any other value is reported once on stderr and
    // means `epoll`.
    static QAbstractEventDispatcher *createIfChosen();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace netcore
