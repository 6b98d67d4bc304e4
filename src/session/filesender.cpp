#include "filesender.h"

#include "regularfile.h"

#include "net/socket.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace session {

namespace {
// Chunks written per turn of the loop while the socket keeps accepting them, so a fast local
// peer cannot keep the engine thread from its other sockets.
constexpr int MaxChunksPerPass = 16;
} // namespace

FileSender::FileSender(netcore::Socket *socket, const QString &path, bool endAfter, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_file(path)
    , m_endAfter(endAfter)
{ }

FileSender::~FileSender() = default;

QString FileSender::cancelledError()
{
    return u"cancelled"_s;
}

bool FileSender::start(QString *error)
{
    auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_started)
        return refuse(tr("This file send has already started."));
    if (!m_socket || m_socket->isDestroyed() || !m_socket->isWritable())
        return refuse(tr("The connection is not writable."));
    // A device or FIFO never ends (or blocks on open): only a regular file, and only the size
    // it has now (bytes appended meanwhile are not sent).
    QString problem;
    if (!openRegularFile(&m_file, std::numeric_limits<qint64>::max(), &problem))
        return refuse(problem);
    m_started = true;
    m_total = m_file.size();

    connect(m_socket, &netcore::Socket::drained, this, [this] {
        if (!m_waitingForDrain)
            return;
        m_waitingForDrain = false;
        pump();
    });
    connect(m_socket, &netcore::Socket::errorOccurred, this,
            [this](const netcore::NetError &socketError) { finish(socketError.message()); });
    connect(m_socket, &netcore::Socket::closed, this,
            [this] { finish(tr("The connection closed before the file was sent.")); });
    schedulePump();
    return true;
}

void FileSender::cancel()
{
    if (!m_started || m_finished)
        return;
    finish(cancelledError());
}

void FileSender::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
}

void FileSender::pump()
{
    if (m_finished || m_allQueued || m_waitingForDrain || !m_socket)
        return;
    if (!m_progressClock.isValid()) {
        m_progressClock.start();
        reportProgress(true);
    }
    for (int pass = 0; pass < MaxChunksPerPass; ++pass) {
        const qint64 wanted = qMin(ChunkSize, m_total - m_sent);
        const QByteArray chunk = m_file.read(wanted);
        if (chunk.size() < wanted) { // an error, or the file shrank
            finish(tr("Cannot read %1: %2")
                           .arg(m_file.fileName(),
                                m_file.error() != QFileDevice::NoError
                                        ? m_file.errorString()
                                        : tr("it is shorter than when the send started")));
            return;
        }
        const bool last = m_sent + chunk.size() >= m_total;
        bool accepted = true;
        if (last) {
            m_allQueued = true;
            QPointer<FileSender> self(this);
            auto done = [self](const netcore::NetError &writeError) {
                if (self)
                    self->onLastChunkWritten(writeError);
            };
            // Even an empty last chunk goes through write(): its callback tells when the
            // queue has reached the kernel.
            accepted = m_socket->write(chunk, done);
            m_sent += chunk.size();
            if (m_endAfter)
                m_socket->end();
            reportProgress(true);
            return;
        }
        accepted = m_socket->write(chunk);
        m_sent += chunk.size();
        reportProgress(false);
        if (!accepted) {
            m_waitingForDrain = true;
            reportProgress(
                    true); // a stall may last: show how far it got, not where it was 50 ms ago
            return;
        }
    }
    schedulePump();
}

void FileSender::onLastChunkWritten(const netcore::NetError &error)
{
    finish(error ? error.message() : QString());
}

void FileSender::reportProgress(bool force)
{
    if (m_sent == m_reportedSent)
        return;
    if (!force && m_progressClock.elapsed() < ProgressIntervalMs)
        return;
    m_progressClock.restart();
    m_reportedSent = m_sent;
    Q_EMIT progress(m_sent, qMax(m_total, m_sent));
}

void FileSender::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_file.close();
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
    // Queued: cancel() and socket signals may arrive while the caller holds its own lock.
    QMetaObject::invokeMethod(
            this,
            [this, error] {
                reportProgress(true);
                Q_EMIT finished(error);
            },
            Qt::QueuedConnection);
}

} // namespace session
