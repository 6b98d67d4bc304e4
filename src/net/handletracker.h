#pragma once

#include <QObject>

namespace netcore {

// Counts the handles (servers, sockets) of this thread that keep the loop alive: active and
// ref'd, as libuv's uv_loop_alive() sees them. The script runtime ends a run when this and its
// own timers reach zero; unref() on a handle removes it from the count.
class HandleTracker final : public QObject
{
    Q_OBJECT
public:
    static HandleTracker *forCurrentThread();

    int activeCount() const { return m_active; }

    // Used by Server and Socket when their "active and ref'd" state changes.
    void acquire();
    void release();

Q_SIGNALS:
    // Emitted (queued) when the count drops to zero.
    void becameIdle();

private:
    HandleTracker() = default;
    int m_active = 0;
};

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
