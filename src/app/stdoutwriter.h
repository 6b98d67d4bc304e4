#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>
#include <thread>

// Writes to standard output without ever blocking the event loop: chunks are queued and a
// thread of its own does blocking write()s, so a full pipe, a slow terminal or a regular file
// are all handled alike and the descriptor's flags (shared with the parent shell, and often
// with stderr) stay as they are. Backpressure follows Node's stream rules: write() returns
// false once HighWaterMark bytes wait, and drained() follows when they have gone below
// LowWaterMark.
class StdoutWriter final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 HighWaterMark = 1024 * 1024;
    static constexpr qint64 LowWaterMark = 256 * 1024;

    explicit StdoutWriter(int fd, QObject *parent = nullptr);
    // Unwritten bytes are dropped. A writing thread stuck on a full pipe is left to finish
    // (or die with the process) rather than block the caller.
    ~StdoutWriter() override;

    bool write(const QByteArray &data);
    // finished() follows once everything queued so far has been written, or writing failed.
    void finish();
    qint64 queuedBytes() const;

Q_SIGNALS:
    void drained();
    void finished();
    // errno of the failed write (EPIPE when the reader went away). Later data is dropped.
    void failed(int errnoValue);

private:
    struct Shared;
    static void writeLoop(std::shared_ptr<Shared> shared, int fd);

    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};
