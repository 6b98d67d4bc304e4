#include "stdinreader.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;

} // namespace

StdinReader::StdinReader(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
{
    m_fileTimer.setInterval(0);
    connect(&m_fileTimer, &QTimer::timeout, this, &StdinReader::readChunk);
}

void StdinReader::start()
{
    if (m_started)
        return;
    m_started = true;
    struct stat info = {};
    if (::fstat(m_fd, &info) != 0) {
        // No standard input at all (closed by the caller): the same as an empty one.
        QTimer::singleShot(0, this, &StdinReader::finish);
        return;
    }
    if (!S_ISREG(info.st_mode) && !S_ISBLK(info.st_mode)) {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::readChunk);
    }
    updateWatch();
}

void StdinReader::pause()
{
    m_paused = true;
    updateWatch();
}

void StdinReader::resume()
{
    m_paused = false;
    updateWatch();
}

void StdinReader::updateWatch()
{
    const bool wanted = m_started && !m_paused && !m_atEnd;
    if (m_notifier)
        m_notifier->setEnabled(wanted);
    else if (wanted && !m_fileTimer.isActive())
        m_fileTimer.start();
    else if (!wanted)
        m_fileTimer.stop();
}

// One read per wake-up: after a notifier said "readable" it returns without blocking, and a
// consumer that pauses us in its dataRead() slot is heard before the next one.
void StdinReader::readChunk()
{
    if (m_paused || m_atEnd)
        return;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    ssize_t count = 0;
    do {
        count = ::read(m_fd, chunk.data(), size_t(chunk.size()));
    } while (count < 0 && errno == EINTR);
    if (count > 0) {
        // A short read gets a buffer of its own size: queued chunks must not pin 64 KiB each.
        if (count < ChunkSize / 2)
            chunk = QByteArray(chunk.constData(), qsizetype(count));
        else
            chunk.truncate(qsizetype(count));
        m_bytesRead += count;
        Q_EMIT dataRead(chunk);
    } else if (count == 0) {
        finish();
    } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
        const int error = errno;
        Q_EMIT failed(QCoreApplication::translate("StdinReader", "cannot read standard input: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(error))));
        finish();
    }
}

qint64 StdinReader::unreadBytes() const
{
    if (m_atEnd)
        return 0;
    struct stat info = {};
    if (::fstat(m_fd, &info) != 0)
        return 0;
    if (S_ISREG(info.st_mode)) {
        const off_t position = ::lseek(m_fd, 0, SEEK_CUR);
        return position < 0 ? 0 : qMax<qint64>(0, info.st_size - position);
    }
    int pending = 0;
    if (::ioctl(m_fd, FIONREAD, &pending) != 0)
        return 0;
    return pending;
}

void StdinReader::finish()
{
    if (m_atEnd)
        return;
    m_atEnd = true;
    updateWatch();
    Q_EMIT ended();
}
