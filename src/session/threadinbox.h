#pragma once

#include <QObject>

#include <deque>
#include <functional>
#include <mutex>

namespace session {

// Calls queued from any thread to run, in order, on the thread this object lives on (as
// QMetaObject::invokeMethod(..., Qt::QueuedConnection) would). The call itself is handed over
// under a std::mutex rather than inside Qt's event: Qt is not built with ThreadSanitizer, so
// the lock of its event queue is invisible to TSan, which would take every queued lambda's
// captures for a race. The event that says "one more call" carries no data of ours.
class ThreadInbox final : public QObject
{
    Q_OBJECT
public:
    explicit ThreadInbox(QObject *parent = nullptr);

    // Thread-safe. Calls left when the inbox is deleted are dropped unrun.
    void post(std::function<void()> call);
    // post(), then waits until call has run; what it did is seen by the caller, by TSan too
    // (a std::future, where a BlockingQueuedConnection waits on a semaphore inside Qt). Never
    // from the inbox's own thread, and only while that thread runs its event loop.
    void postAndWait(std::function<void()> call);

private:
    Q_INVOKABLE void runNext();

    std::mutex m_mutex;
    std::deque<std::function<void()>> m_calls;
};

} // namespace session
