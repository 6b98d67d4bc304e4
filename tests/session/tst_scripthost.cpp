// The window runs scripts on a thread of its own process: whatever a script does (exhaust
// memory, spin forever, overflow its stack), that run ends with a report and an exit code, and
// the window goes on to run the next script.

#include "session/enginethread.h"
#include "session/scripthost.h"
#include "threadspy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

qint64 residentSize()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &source)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(source);
    return path;
}

} // namespace

class tst_ScriptHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void memoryExhaustionEndsTheRunNotTheWindow();
    void endlessLoopStops();
    void stackOverflowEndsTheRunWithItsError();

private:
    // Runs script on the window's script thread and waits for its end; returns the exit code.
    int runToEnd(const QString &script, QByteArray *output);
    void checkTheNextScriptRuns();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::EngineThread> m_engine;
};

void tst_ScriptHost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<session::EngineThread>();
}

int tst_ScriptHost::runToEnd(const QString &script, QByteArray *output)
{
    ThreadSpy outputs(m_engine->scriptHost(), &session::ScriptHost::output);
    ThreadSpy finished(m_engine->scriptHost(), &session::ScriptHost::finished);
    if (!m_engine->runScript(script))
        return -1;
    if (!finished.wait(Timeout))
        return -2;
    *output = allOutput(outputs);
    return finished.constFirst().at(0).toInt();
}

void tst_ScriptHost::checkTheNextScriptRuns()
{
    const QString next = writeScript(*m_dir, u"next.js"_s, "console.log('next', 1 + 1);\n");
    QByteArray output;
    QCOMPARE(runToEnd(next, &output), 0);
    QCOMPARE(output, QByteArray("next 2\n"));
}

void tst_ScriptHost::memoryExhaustionEndsTheRunNotTheWindow()
{
    // A limit a little above what the process holds now, so the test needs little memory.
    m_engine->scriptHost()->setMaxMemory(residentSize() + 256 * 1024 * 1024);
    const QString hungry
            = writeScript(*m_dir, u"hungry.js"_s,
                          "const held = [];\n"
                          "for (;;) held.push({ n: held.length, text: 'item ' + held.length });\n");
    QByteArray output;
    QCOMPARE(runToEnd(hungry, &output), 134);
    QVERIFY2(output.startsWith("FATAL ERROR: JavaScript heap out of memory: the process holds "),
             output.constData());
    m_engine->scriptHost()->setMaxMemory(0);
    checkTheNextScriptRuns();
}

void tst_ScriptHost::endlessLoopStops()
{
    const QString spin
            = writeScript(*m_dir, u"spin.js"_s, "console.log('spinning');\nfor (;;) {}\n");
    ThreadSpy outputs(m_engine->scriptHost(), &session::ScriptHost::output);
    ThreadSpy finished(m_engine->scriptHost(), &session::ScriptHost::finished);
    QVERIFY(m_engine->runScript(spin));
    QTRY_VERIFY_WITH_TIMEOUT(allOutput(outputs).contains("spinning"), Timeout);
    m_engine->stopScript(); // the window's Stop
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constFirst().at(0).toInt(), 130);
    checkTheNextScriptRuns();
}

void tst_ScriptHost::stackOverflowEndsTheRunWithItsError()
{
    // On the script thread, whose stack is not the main thread's.
    const QString deep = writeScript(*m_dir, u"deep.js"_s,
                                     "function down(n) { return [down(n + 1)]; }\ndown(0);\n");
    QByteArray output;
    QCOMPARE(runToEnd(deep, &output), 1);
    QVERIFY2(output.contains("RangeError: Maximum call stack size exceeded."), output.constData());
    checkTheNextScriptRuns();
}

QTEST_GUILESS_MAIN(tst_ScriptHost)
#include "tst_scripthost.moc"
