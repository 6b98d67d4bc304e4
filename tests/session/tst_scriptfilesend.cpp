// A file sent from the window into a socket of a running script, when the script stops (or
// the window closes) mid-send: the sender lives on the script thread as the socket's child,
// so the script's end must end the send with a reason, and nothing of it may outlive the
// socket, the thread or the engine.

#include "session/enginethread.h"
#include "session/scripthost.h"
#include "threadspy.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;
// Far more than the loopback buffers of a peer that never reads can take.
constexpr qint64 FileBytes = 64 * 1024 * 1024;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

QString bigFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"big.bin"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(FileBytes)) // sparse: quick to make
        return {};
    return path;
}

// A server that never reads (paused on connect) and a client connected to it: a file sent
// into either socket stalls once the kernel's buffers are full. It never ends by itself.
const QByteArray StalledPair
        = "const net = require('net');\n"
          "const server = net.createServer({ pauseOnConnect: true }, () => {});\n"
          "server.listen(0, '127.0.0.1', () => {\n"
          "  const client = net.connect(server.address().port, '127.0.0.1');\n"
          "  client.pause();\n"
          "  server.on('connection', () => console.log('connected'));\n"
          "});\n";

} // namespace

class tst_ScriptFileSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stoppingTheScriptEndsItsFileSends();
    void closingTheWindowMidSendEndsCleanly();

private:
    // Runs the stalled pair and starts a file send on each of its endpoints; returns the ids
    // whose send has stalled part way (the two sockets).
    QSet<quint64> startStalledSends(ThreadSpy &finishedSends);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::EngineThread> m_engine;
};

void tst_ScriptFileSend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<session::EngineThread>();
}

QSet<quint64> tst_ScriptFileSend::startStalledSends(ThreadSpy &finishedSends)
{
    const QString script = writeFile(*m_dir, u"pair.js"_s, StalledPair);
    const QString big = bigFile(*m_dir);
    if (script.isEmpty() || big.isEmpty())
        return {};
    ThreadSpy outputs(m_engine->scriptHost(), &session::ScriptHost::output);
    ThreadSpy progress(m_engine->engine(), &session::Engine::fileSendProgress);
    if (!m_engine->runScript(script)
        || !QTest::qWaitFor([&] { return allOutput(outputs).contains("connected"); }, Timeout))
        return {};
    // The script's server, client and accepted socket; the server's send is refused at once.
    const QList<quint64> ids = m_engine->registry().ids();
    for (const quint64 id : ids)
        m_engine->post([id, big](session::Engine &e) { e.sendFile(id, big, false); });
    QSet<quint64> sending;
    // Both sockets' sends have started; neither can finish, as nobody reads.
    [[maybe_unused]] const bool stalled = QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &arguments : std::as_const(progress)) {
                    if (arguments.at(1).toLongLong() > 0)
                        sending.insert(arguments.at(0).toULongLong());
                }
                return sending.size() == 2 && finishedSends.size() == ids.size() - 2;
            },
            Timeout);
    return sending;
}

// The window's Stop while both sends are stalled: the script ends (130), and each send
// finishes with a reason, once; the next script runs.
void tst_ScriptFileSend::stoppingTheScriptEndsItsFileSends()
{
    ThreadSpy finishedSends(m_engine->engine(), &session::Engine::fileSendFinished);
    ThreadSpy finished(m_engine->scriptHost(), &session::ScriptHost::finished);
    const QSet<quint64> sending = startStalledSends(finishedSends);
    QCOMPARE(sending.size(), 2);
    const qsizetype refused = finishedSends.size();
    m_engine->stopScript();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constFirst().at(0).toInt(), 130);
    QTRY_COMPARE_WITH_TIMEOUT(finishedSends.size(), refused + 2, Timeout);
    QSet<quint64> ended;
    for (qsizetype i = refused; i < finishedSends.size(); ++i) {
        ended.insert(finishedSends.at(i).at(0).toULongLong());
        QVERIFY2(!finishedSends.at(i).at(1).toString().isEmpty(), "a stopped send says why");
    }
    QCOMPARE(ended, sending);

    const QString next = writeFile(*m_dir, u"next.js"_s, "console.log('next', 1 + 1);\n");
    ThreadSpy outputs(m_engine->scriptHost(), &session::ScriptHost::output);
    QVERIFY(m_engine->runScript(next));
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constLast().at(0).toInt(), 0);
    QCOMPARE(allOutput(outputs), QByteArray("next 2\n"));
}

// The window closes (the engine threads go) while both sends are stalled in a running
// script: everything is deleted on its own thread, without a crash or a hang.
void tst_ScriptFileSend::closingTheWindowMidSendEndsCleanly()
{
    ThreadSpy finishedSends(m_engine->engine(), &session::Engine::fileSendFinished);
    QCOMPARE(startStalledSends(finishedSends).size(), 2);
    m_engine.reset();
}

QTEST_GUILESS_MAIN(tst_ScriptFileSend)
#include "tst_scriptfilesend.moc"
