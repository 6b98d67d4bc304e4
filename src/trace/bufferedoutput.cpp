#include "bufferedoutput.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace trace {

BufferedOutput::BufferedOutput()
{
    // Room for a full buffer plus a long last line, so appends do not reallocate.
    m_buffer.reserve(FlushThreshold + 16 * 1024);
}

BufferedOutput::~BufferedOutput()
{
    flush();
}

bool BufferedOutput::open(const QString &path, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        m_file.close();
    m_error.clear();
    m_buffer.resize(0);
    m_lineBuffered = path == "-"_L1;
    bool opened = false;
    if (m_lineBuffered) {
        opened = m_file.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered,
                             QFileDevice::DontCloseHandle);
    } else {
        m_file.setFileName(path);
        opened = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered);
    }
    if (!opened && error)
        *error = u"%1: %2"_s.arg(path, m_file.errorString());
    return opened;
}

bool BufferedOutput::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.isOpen();
}

void BufferedOutput::flush()
{
    QMutexLocker lock(&m_mutex);
    writeBufferLocked();
}

QString BufferedOutput::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void BufferedOutput::writeBufferLocked()
{
    qsizetype done = 0;
    while (m_file.isOpen() && done < m_buffer.size()) {
        const qint64 written = m_file.write(m_buffer.constData() + done, m_buffer.size() - done);
        if (written <= 0) {
            m_error = m_file.errorString();
            m_file.close(); // stop: a full disk or a closed pipe will not get better
            break;
        }
        done += written;
    }
    // resize(0), unlike clear(), keeps the capacity.
    m_buffer.resize(0);
}

} // namespace trace
