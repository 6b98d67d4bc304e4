#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a signal on the event loop (the self-pipe trick), so that a
// mode can close its sockets, unlink its Unix socket and flush its trace before it exits.
// While no watcher lives the default actions apply. One watcher at a time.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void signalled(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};
