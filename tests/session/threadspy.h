#pragma once

// QSignalSpy for a sender on another thread (the engine's, the script's). QSignalSpy records
// with a direct connection, so it appends on the emitting thread while the test thread reads
// the list: a data race. ThreadSpy receives through a queued connection instead, so its list
// is only ever touched by the thread that made it; waiting runs that thread's event loop.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTest>
#include <QVariant>

#include <type_traits>

class ThreadSpy : public QObject, public QList<QList<QVariant>>
{
public:
    template<typename Sender, typename Owner, typename... Args>
    ThreadSpy(const Sender *sender, void (Owner::*signal)(Args...))
    {
        connect(
                sender, signal, this,
                [this](const std::decay_t<Args> &...args) {
                    append(QList<QVariant> {QVariant::fromValue(args)...});
                },
                Qt::QueuedConnection);
    }

    // True once one more emission than now has arrived, within timeout ms.
    bool wait(int timeout)
    {
        const qsizetype seen = size();
        return QTest::qWaitFor([&] { return size() > seen; }, timeout);
    }
};

// All the output a script run produced (ScriptHost::output's text argument), once it finished.
inline QByteArray allOutput(const ThreadSpy &output)
{
    QByteArray text;
    for (const QList<QVariant> &arguments : output)
        text += arguments.at(1).toByteArray();
    return text;
}
