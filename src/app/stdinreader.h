#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

// Reads standard input on the event loop without blocking it, in chunks of up to 64 KiB.
// Pipes, sockets and terminals are read when a QSocketNotifier says they are readable; a
// regular file (which is always "readable", and which notifiers do not watch reliably) is
// read one chunk per turn of the loop. pause() stops reading until resume(): that is how a
// consumer that cannot keep up pushes back.
class StdinReader final : public QObject
{
    Q_OBJECT
public:
    explicit StdinReader(int fd, QObject *parent = nullptr);

    // Starts reading; later calls do nothing.
    void start();
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    bool isStarted() const { return m_started; }
    bool atEnd() const { return m_atEnd; }
    // Bytes standard input holds that were not read yet, as far as the kernel can tell: what
    // a pipe, socket or terminal has buffered, or the rest of a regular file. What a writer
    // has yet to write is unknowable.
    qint64 unreadBytes() const;
    // Bytes read (and handed on with dataRead()) so far.
    qint64 bytesRead() const { return m_bytesRead; }

Q_SIGNALS:
    void dataRead(const QByteArray &chunk);
    // The end of the input, or a read error (failed() came first).
    void ended();
    void failed(const QString &message);

private:
    void readChunk();
    void finish();
    void updateWatch();

    int m_fd;
    bool m_started = false;
    bool m_paused = false;
    bool m_atEnd = false;
    qint64 m_bytesRead = 0;
    QSocketNotifier *m_notifier = nullptr; // pipes, sockets, terminals
    QTimer m_fileTimer;                    // regular files and block devices
};
