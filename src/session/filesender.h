#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

namespace netcore {
class Socket;
class NetError;
} // namespace netcore

namespace session {

// Streams a file into a socket with Node's backpressure: write() 64 KiB chunks until it
// returns false, then wait for drained() before reading on. Memory stays bounded by the
// socket's high-water mark plus one chunk, whatever the file's size.
//
// Engine side: lives on the socket's thread and uses no widgets. Signals are never emitted from
// inside start() or cancel(), so the caller may hold a lock around them.
class FileSender final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 ChunkSize = 64 * 1024;
    static constexpr int ProgressIntervalMs = 50;

    FileSender(netcore::Socket *socket, const QString &path, bool endAfter,
               QObject *parent = nullptr);
    ~FileSender() override;

    // Opens the file and starts sending on the next turn of the loop. On failure returns false
    // with a readable *error; nothing is sent and no signal follows.
    bool start(QString *error);
    // Stops reading; finished(cancelledError()) follows. Bytes already queued still go out.
    void cancel();

    // The error finished() carries after cancel(); compare with it, it is not translated.
    static QString cancelledError();

    qint64 bytesSent() const { return m_sent; }
    qint64 totalBytes() const { return m_total; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Bytes handed to the socket so far. At most every ProgressIntervalMs, plus the last.
    void progress(qint64 sent, qint64 total);
    // Exactly once after a successful start(): empty when every byte was taken by the kernel
    // (and end() called when asked), cancelledError(), or why the socket stopped.
    void finished(const QString &error);

private:
    void schedulePump();
    void pump();
    void onLastChunkWritten(const netcore::NetError &error);
    void reportProgress(bool force);
    void finish(const QString &error);

    QPointer<netcore::Socket> m_socket;
    QFile m_file;
    bool m_endAfter = false;
    bool m_started = false;
    bool m_pumpQueued = false;
    bool m_waitingForDrain = false;
    bool m_allQueued = false; // the last chunk was handed to write()
    bool m_finished = false;
    qint64 m_sent = 0;
    qint64 m_total = 0;
    qint64 m_reportedSent = -1;
    QElapsedTimer m_progressClock;
};

} // namespace session
