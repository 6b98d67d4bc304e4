#pragma once

// How often this thread's event loop went to sleep (aboutToBlock) in ms of running: a loop that
// spins (wakes up at once, for ever) sleeps thousands of times where a quiet one sleeps a few.
// A loop that never sleeps counts none. A count, not a time, so it does not depend on the
// machine's load.

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

inline int sleepsDuring(int ms)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    int sleeps = 0;
    const QMetaObject::Connection counting
            = QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher,
                               [&sleeps] { ++sleeps; });
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(counting);
    return sleeps;
}
