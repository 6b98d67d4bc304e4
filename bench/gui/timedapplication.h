#pragma once

// What the window programs of bench/gui measure besides a probe timer's lateness: the longest
// single events the GUI thread handled, and what they were.

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QThread>

#include <vector>

// Times every event the GUI thread handles (outermost only) and keeps the slowest: what
// the window was doing when the probe fired late.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        qint64 us;
        QByteArray what;
    };
    std::vector<Slow> slowest; // every event that took thresholdUs or more
    qint64 thresholdUs = 20000;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads deliver their events through here too: only the GUI thread is timed.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        // The receiver may delete itself while handling the event: name it first.
        const char *className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const int type = int(event->type());
        QElapsedTimer clock;
        clock.start();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 us = clock.nsecsElapsed() / 1000;
        if (us >= thresholdUs) {
            QByteArray what = className;
            what += " \"" + objectName.toUtf8() + "\" event ";
            what += QByteArray::number(type);
            slowest.push_back({us, what});
        }
        return result;
    }

private:
    int m_depth = 0;
};
