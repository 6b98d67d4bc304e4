#include "stdoutwriter.h"

#include <QMetaObject>

#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <poll.h>
#include <unistd.h>

// State shared by the object (on the loop thread) and its writing thread.
struct StdoutWriter::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<QByteArray> queue;
    qint64 queuedBytes = 0;
    bool needDrain = false;
    bool finishing = false;
    bool stopping = false;
    bool busy = false; // the thread is inside write(), without the lock
    int error = 0;
    StdoutWriter *owner = nullptr; // cleared by the destructor; guarded by mutex

    // Emits the owner's signal on the owner's thread, unless the owner is gone. Call with mutex
    // held. By name, so that the queued call holds nothing written here and read there: Qt's
    // queue is not visible to ThreadSanitizer (Qt is not built with it).
    template<typename... Args> void emitQueued(const char *signal, Args... args)
    {
        if (owner)
            QMetaObject::invokeMethod(owner, signal, Qt::QueuedConnection, args...);
    }
};

namespace {

// 0, or the errno that stopped it. A descriptor someone else made non-blocking (the flags
// are shared with whoever gave it to us) is waited on, as a blocking write would.
int writeAll(int fd, const QByteArray &data)
{
    const char *next = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                pollfd writable = {fd, POLLOUT, 0};
                if (::poll(&writable, 1, -1) >= 0 || errno == EINTR)
                    continue;
            }
            return errno;
        }
        next += written;
        left -= qsizetype(written);
    }
    return 0;
}

} // namespace

StdoutWriter::StdoutWriter(int fd, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
    m_thread = std::thread(&StdoutWriter::writeLoop, m_shared, fd);
}

StdoutWriter::~StdoutWriter()
{
    bool busy = false;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
        m_shared->stopping = true;
        busy = m_shared->busy;
    }
    m_shared->wake.notify_one();
    if (busy)
        m_thread.detach(); // it owns a reference to the shared state and stops after write()
    else
        m_thread.join();
}

bool StdoutWriter::write(const QByteArray &data)
{
    if (data.isEmpty())
        return true;
    const std::lock_guard lock(m_shared->mutex);
    if (m_shared->error != 0 || m_shared->finishing)
        return true; // dropped: failed() was reported, or finish() was called
    m_shared->queue.push_back(data);
    m_shared->queuedBytes += data.size();
    m_shared->wake.notify_one();
    if (m_shared->queuedBytes < HighWaterMark)
        return true;
    m_shared->needDrain = true;
    return false;
}

void StdoutWriter::finish()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->finishing = true;
    m_shared->wake.notify_one();
}

qint64 StdoutWriter::queuedBytes() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->queuedBytes;
}

void StdoutWriter::writeLoop(std::shared_ptr<Shared> shared, int fd)
{
    std::unique_lock lock(shared->mutex);
    for (;;) {
        shared->wake.wait(lock, [&] {
            return shared->stopping || shared->finishing || !shared->queue.empty();
        });
        if (shared->stopping)
            return;
        if (shared->queue.empty()) { // finishing, and everything is out
            shared->emitQueued("finished");
            return;
        }
        const QByteArray chunk = std::move(shared->queue.front());
        shared->queue.pop_front();
        int error = 0;
        if (shared->error == 0) {
            shared->busy = true;
            lock.unlock();
            error = writeAll(fd, chunk);
            lock.lock();
            shared->busy = false;
        }
        shared->queuedBytes -= chunk.size();
        if (error != 0 && shared->error == 0) {
            shared->error = error;
            shared->emitQueued("failed", Q_ARG(int, error));
        }
        if (shared->needDrain && shared->queuedBytes <= LowWaterMark) {
            shared->needDrain = false;
            shared->emitQueued("drained");
        }
    }
}
