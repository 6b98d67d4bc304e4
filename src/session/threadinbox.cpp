#include "threadinbox.h"

#include <future>
#include <memory>

namespace session {

ThreadInbox::ThreadInbox(QObject *parent)
    : QObject(parent)
{ }

void ThreadInbox::post(std::function<void()> call)
{
    // One event per call, posted in the order of the calls (under the same lock), so each call
    // runs at its own event: after everything the posting thread sent to this thread before.
    const std::lock_guard lock(m_mutex);
    m_calls.push_back(std::move(call));
    QMetaObject::invokeMethod(this, "runNext", Qt::QueuedConnection);
}

void ThreadInbox::postAndWait(std::function<void()> call)
{
    // The call and the promise travel inside the queued call (handed over under the mutex),
    // not as references to this frame: the inbox's thread reads only what the queue gave it.
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> finished = done->get_future();
    post([done, call = std::move(call)] {
        call();
        done->set_value();
    });
    finished.wait();
}

void ThreadInbox::runNext()
{
    std::function<void()> call;
    {
        const std::lock_guard lock(m_mutex);
        if (m_calls.empty())
            return;
        call = std::move(m_calls.front());
        m_calls.pop_front();
    }
    call();
}

} // namespace session
