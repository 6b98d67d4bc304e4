#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

// One run of the netbench executable, driven by a test. Standard output and standard error
// are collected as they arrive (the event loop runs while a test waits, so two processes
// piping into each other never stall on a full pipe).
class NetbenchProcess final
{
public:
    NetbenchProcess()
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { out += process.readAllStandardOutput(); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                         [this] { err += process.readAllStandardError(); });
    }
    ~NetbenchProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    NetbenchProcess(const NetbenchProcess &) = delete;
    NetbenchProcess &operator=(const NetbenchProcess &) = delete;

    // NETBENCH_UNDER_TEST in the environment names another executable to test (an older
    // build, to see a new test fail on the old code).
    bool start(const QStringList &arguments)
    {
        const QString other = qEnvironmentVariable("NETBENCH_UNDER_TEST");
        process.start(other.isEmpty() ? QStringLiteral(NETBENCH_EXECUTABLE) : other, arguments);
        return process.waitForStarted(10000);
    }

    // Writes data to standard input, then closes it once everything is written (end of input).
    void sendAndClose(const QByteArray &data)
    {
        if (!data.isEmpty())
            process.write(data);
        process.closeWriteChannel();
    }

    // Waits for "netbench: listening on ADDRESS" on standard error; ADDRESS, or empty.
    QString waitForListening(int timeoutMs = 10000)
    {
        static const QRegularExpression pattern(QStringLiteral("listening on (\\S+)\\n"));
        QRegularExpressionMatch match;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
                [&] {
                    match = pattern.match(QString::fromUtf8(err));
                    return match.hasMatch() || process.state() == QProcess::NotRunning;
                },
                timeoutMs);
        return match.captured(1);
    }

    bool waitForExit(int timeoutMs = 60000)
    {
        const bool exited = QTest::qWaitFor(
                [this] { return process.state() == QProcess::NotRunning; }, timeoutMs);
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        return exited;
    }

    // Exit code of a normal exit; -1 when it crashed or was killed by a signal.
    int exitCode() const
    {
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QProcess process;
    QByteArray out;
    QByteArray err;
};
