#pragma once

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>

namespace trace {

// A file or stderr with our own buffer, so appending a line costs no allocation and no
// system call. Files are written when the buffer passes a threshold and on flush(); stderr
// is line-buffered (written after each append) so it interleaves with other diagnostics in
// order, as stdio's stderr does. The first write error stops output and is kept.
class BufferedOutput final
{
public:
    static constexpr qsizetype FlushThreshold = 64 * 1024;

    BufferedOutput();
    ~BufferedOutput(); // flushes
    Q_DISABLE_COPY_MOVE(BufferedOutput)

    // "-" is stderr; anything else is a file, created or truncated.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    bool isLineBuffered() const { return m_lineBuffered; }

    // fill(QByteArray &) appends one or more complete lines to the buffer.
    template<typename Fill> void append(Fill &&fill)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_file.isOpen())
            return;
        fill(m_buffer);
        if (m_lineBuffered || m_buffer.size() >= FlushThreshold)
            writeBufferLocked();
    }

    void flush();
    QString errorString() const; // empty while all is well

private:
    void writeBufferLocked();

    mutable QMutex m_mutex;
    QFile m_file;
    QByteArray m_buffer;
    bool m_lineBuffered = false;
    QString m_error;
};

} // namespace trace
