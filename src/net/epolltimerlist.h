#pragma once

#include <QAbstractEventDispatcher>

#include <cstdint>
#include <map>
#include <unordered_map>

namespace netcore {

// The timers of one EpollEventDispatcher, ordered by when they fire, with Qt's precision
// types: a PreciseTimer fires on the millisecond; a CoarseTimer may fire up to 5 % of its
// interval early or late, on a round boundary so that timers wake the thread together
// (below 20 ms that is under a millisecond: it is precise); a VeryCoarseTimer, and a coarse
// one of 20 s or more, fires on a whole second with its interval rounded to whole seconds.
class EpollTimerList
{
public:
    // Nanoseconds of the monotonic clock.
    static std::int64_t now();

    void add(int timerId, qint64 intervalMs, Qt::TimerType type, QObject *object, std::int64_t now);
    bool remove(int timerId);
    bool removeAll(QObject *object);
    QList<QAbstractEventDispatcher::TimerInfo> timersOf(QObject *object) const;
    bool isEmpty() const { return m_timers.empty(); }
    // Milliseconds until the timer is due (0 when overdue), -1 for an unknown timer.
    int remainingMs(int timerId, std::int64_t now) const;
    // How long epoll_wait may sleep, rounded up to the millisecond: -1 without timers that may
    // fire (a timer whose timeout is running may not).
    int waitMs(std::int64_t now) const;

    // Sends a QTimerEvent to each timer due at `now`, each at most once: a timer started or
    // restarted inside a timeout waits for the next pass, one killed is not delivered, and one
    // whose own timeout is still running (a nested event loop) is skipped. Returns how many.
    int activateDue(std::int64_t now);

private:
    struct Timer
    {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer; // as registered
        Qt::TimerType effectiveType = Qt::CoarseTimer;
        std::int64_t nominal = 0; // the exact schedule: start + k * interval
        std::int64_t fireAt = 0;  // nominal moved within the allowed slack
        std::uint64_t serial = 0; // distinguishes a timer id reused from inside a pass
        bool inTimeout = false;
    };

    void schedule(int timerId, Timer &timer);
    void unschedule(int timerId, const Timer &timer);

    std::unordered_map<int, Timer> m_timers;
    std::multimap<std::int64_t, int> m_byFireTime;
    std::uint64_t m_nextSerial = 1;
};

} // namespace netcore
