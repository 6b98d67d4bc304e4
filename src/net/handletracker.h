#pragma once

#include <QObject>
#include <QPointer>

namespace netcore {

// Counts what keeps this thread's loop alive, as libuv's uv_loop_alive() sees it: the handles
// (servers, sockets) that are active and ref'd, and the deliveries queued for a later turn
// (a 'close' after destroy(), an answer to a lookup), which like libuv's requests count even
// for an unref'd handle. The script runtime ends a run when both and its own timers reach
// zero; unref() on a handle removes it from the first count.
class HandleTracker final : public QObject
{
    Q_OBJECT
public:
    static HandleTracker *forCurrentThread();

    int activeCount() const { return m_active; }
    int pendingDeliveries() const { return m_pendingDeliveries; }

    // Used by Server and Socket when their "active and ref'd" state changes.
    void acquire();
    void release();

    bool isIdle() const { return m_active == 0 && m_pendingDeliveries == 0; }

Q_SIGNALS:
    // Emitted (queued) when both counts have dropped to zero.
    void becameIdle();

private:
    friend class PendingDelivery;
    HandleTracker() = default;
    void reportIfIdle();

    int m_active = 0;
    int m_pendingDeliveries = 0;
    bool m_reportQueued = false;
};

// One queued delivery of this thread: while any copy of it exists (captured by a queued call,
// which Qt destroys after running it or with its deleted receiver), the tracker counts it. A
// copy that outlives its thread's tracker (destroyed with the thread's leftover events) counts
// for nothing.
class PendingDelivery final
{
public:
    PendingDelivery()
        : m_tracker(HandleTracker::forCurrentThread())
    {
        ++m_tracker->m_pendingDeliveries;
    }
    PendingDelivery(const PendingDelivery &other)
        : m_tracker(other.m_tracker)
    {
        if (m_tracker)
            ++m_tracker->m_pendingDeliveries;
    }
    PendingDelivery &operator=(const PendingDelivery &) = delete;
    ~PendingDelivery()
    {
        if (m_tracker && --m_tracker->m_pendingDeliveries == 0)
            m_tracker->reportIfIdle();
    }

private:
    QPointer<HandleTracker> m_tracker;
};

// Runs fn on a later turn of context's thread, unless context is deleted first; counted as a
// pending delivery until then.
template<typename Fn> void runLater(QObject *context, Fn &&fn)
{
    QMetaObject::invokeMethod(
            context, [pending = PendingDelivery(), fn = std::forward<Fn>(fn)]() mutable { fn(); },
            Qt::QueuedConnection);
}

// RAII-free helper: owns one unit of the tracker count while 'held' is true.
class TrackedHandle final
{
public:
    TrackedHandle() = default;
    TrackedHandle(const TrackedHandle &) = delete;
    TrackedHandle &operator=(const TrackedHandle &) = delete;
    ~TrackedHandle() { set(false); }
    void set(bool hold);
    bool isHeld() const { return m_held; }

private:
    bool m_held = false;
};

} // namespace netcore
