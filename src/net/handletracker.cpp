#include "handletracker.h"

#include <QCoreApplication>
#include <QThread>

namespace netcore {

namespace {
thread_local HandleTracker *threadTracker = nullptr;
} // namespace

HandleTracker *HandleTracker::forCurrentThread()
{
    if (!threadTracker) {
        threadTracker = new HandleTracker;
        QObject::connect(QThread::currentThread(), &QThread::finished, threadTracker, [] {
            delete threadTracker;
            threadTracker = nullptr;
        });
    }
    return threadTracker;
}

void HandleTracker::acquire()
{
    ++m_active;
}

void HandleTracker::release()
{
    Q_ASSERT(m_active > 0);
    if (--m_active == 0)
        reportIfIdle();
}

void HandleTracker::reportIfIdle()
{
    // Never while Qt tears the application down: this is reached from destructors of queued
    // calls that Qt deletes unrun with the event queue locked, where posting would deadlock.
    if (!isIdle() || m_reportQueued || QCoreApplication::closingDown())
        return;
    m_reportQueued = true;
    // Queued without a PendingDelivery of its own: it must not count itself.
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_reportQueued = false;
                if (isIdle())
                    Q_EMIT becameIdle();
            },
            Qt::QueuedConnection);
}

void TrackedHandle::set(bool hold)
{
    if (hold == m_held)
        return;
    m_held = hold;
    if (hold)
        HandleTracker::forCurrentThread()->acquire();
    else
        HandleTracker::forCurrentThread()->release();
}

} // namespace netcore
