// A script's socket.destroy(err) as netbench records it: the destroy call and the 'error'
// event carry the script's own error (code, message, errno, syscall), the error the script's
// listeners get, not a stand-in.

#include "scripttest.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray DestroysWithErrors = R"(
const net = require('net');
let accepted = 0;
const server = net.createServer(function (socket) {
    // The second client connects after the first closed: close after it.
    if (++accepted === 2)
        server.close();
});
server.listen(0, '127.0.0.1', function () {
    const client = net.connect(server.address().port, '127.0.0.1', function () {
        const error = new Error('write EPIPE');
        error.code = 'EPIPE';
        error.errno = -32;
        error.syscall = 'write';
        client.destroy(error);
    });
    client.on('error', function (e) { console.log('client ' + e.code + ' ' + e.message); });
    client.on('close', function () {
        const plain = net.connect(server.address().port, '127.0.0.1', function () {
            plain.destroy(new Error('just a message'));
        });
        plain.on('error', function (e) { console.log('plain ' + e.code + ' ' + e.message); });
    });
});
)";

} // namespace

class tst_DestroyTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void destroyRecordsCarryTheScriptsError();
};

void tst_DestroyTrace::destroyRecordsCarryTheScriptsError()
{
    scripttest::ScriptDir dir;
    const QString script = dir.write(u"destroy.js"_s, DestroysWithErrors);
    const QString tracePath = dir.path(u"destroy.jsonl"_s);
    const scripttest::TracedResult traced = scripttest::runTraced(script, tracePath);
    const scripttest::Result &result = traced.run;
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"client EPIPE write EPIPE\nplain undefined just a message\n"_s);

    QStringList recorded;
    const trace::JsonlReadResult &file = traced.trace;
    QCOMPARE(file.badLines, 0);
    for (const trace::TraceRecord &record : file.records) {
        if (record.event != netcore::NetEvent::DestroyCall
            && record.event != netcore::NetEvent::Error)
            continue;
        const trace::TraceError *error = record.error();
        if (!error)
            continue;
        recorded.append(u"%1 %2 %3 %4 %5"_s.arg(
                record.event == netcore::NetEvent::Error ? u"error"_s : u"destroy"_s,
                error->code.isEmpty() ? u"-"_s : error->code, QString::number(error->errnoValue),
                error->syscall.isEmpty() ? u"-"_s : error->syscall, error->message));
    }
    QCOMPARE(recorded,
             QStringList({u"destroy EPIPE -32 write write EPIPE"_s,
                          u"error EPIPE -32 write write EPIPE"_s, u"destroy - 0 - just a message"_s,
                          u"error - 0 - just a message"_s}));
}

QTEST_GUILESS_MAIN(tst_DestroyTrace)
#include "tst_destroytrace.moc"
