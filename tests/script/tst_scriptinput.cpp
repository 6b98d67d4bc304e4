// process.stdin fed by the host (RunOptions::input): what the host writes arrives as 'data'
// (Buffers, or strings after setEncoding()), its end as 'end'; a flowing stdin keeps the run
// alive and a paused one does not; without an input the script has no process.stdin. The
// same script under node with the same bytes on its standard input prints the same.

#include "scripttest.h"

#include <QProcess>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

namespace {

// Reads lines; answers each one; pauses at "quit" (which lets the run end).
constexpr char LineReader[] = R"(
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (text) => {
    rest += text;
    let newline;
    while ((newline = rest.indexOf('\n')) >= 0) {
        const line = rest.slice(0, newline);
        rest = rest.slice(newline + 1);
        console.log('line ' + JSON.stringify(line));
        if (line === 'quit')
            process.stdin.pause();
    }
});
process.stdin.on('end', () => console.log('end'));
console.log('ready');
)";

scripttest::Result runNodeWithInput(const QString &scriptPath, const QByteArray &input)
{
    scripttest::Result result;
    const QString node = scripttest::nodePath();
    if (node.isEmpty())
        return result;
    QProcess process;
    process.start(node, {scriptPath});
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    return result;
}

} // namespace

class tst_ScriptInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenBeforeTheRunArrivesThenEnd();
    void aFlowingStdinKeepsTheRunAliveUntilPaused();
    void bytesAsBuffersWithoutEncoding();
    void noInputNoStdin();
};

void tst_ScriptInput::writtenBeforeTheRunArrivesThenEnd()
{
    ScriptDir dir;
    const QString path = dir.write(u"reader.js"_s, LineReader);
    auto input = std::make_shared<script::ScriptInput>();
    input->write("one\ntw");
    input->write("o\n");
    input->end();
    script::RunOptions options;
    options.scriptPath = path;
    options.input = input;
    const scripttest::Result ours = scripttest::run(options);
    const QString expected = u"ready\nline \"one\"\nline \"two\"\nend\n"_s;
    QCOMPARE(ours.err, QString());
    QCOMPARE(ours.out, expected);
    QCOMPARE(ours.exitCode, 0);
    const scripttest::Result node = runNodeWithInput(path, "one\ntwo\n");
    if (node.exitCode >= 0)
        QCOMPARE(node.out, expected);
}

// The host writes from another thread, each line after the script answered the last: the run
// waits for it (nothing else keeps it alive) and ends once the script pauses stdin.
void tst_ScriptInput::aFlowingStdinKeepsTheRunAliveUntilPaused()
{
    ScriptDir dir;
    const QString path = dir.write(u"reader.js"_s, LineReader);
    auto input = std::make_shared<script::ScriptInput>();
    const QList<QByteArray> lines {"next\n", "next\n", "quit\n"};
    int written = 0;
    std::thread writer;
    QByteArray out;
    script::RunOptions options;
    options.scriptPath = path;
    options.input = input;
    options.output = [&](script::OutputChannel, const QByteArray &bytes) {
        out += bytes;
        if (written < lines.size()) {
            if (writer.joinable())
                writer.join();
            writer = std::thread([input, line = lines.at(written)] { input->write(line); });
            ++written;
        }
    };
    const int code = script::runScript(options);
    if (writer.joinable())
        writer.join();
    QCOMPARE(QString::fromUtf8(out), u"ready\nline \"next\"\nline \"next\"\nline \"quit\"\n"_s);
    QCOMPARE(code, 0);
    QCOMPARE(written, 3);
}

void tst_ScriptInput::bytesAsBuffersWithoutEncoding()
{
    ScriptDir dir;
    const QString path = dir.write(u"bytes.js"_s, R"(
process.stdin.on('data', (chunk) => console.log(Buffer.isBuffer(chunk), chunk.length, chunk[0]));
process.stdin.on('end', () => console.log('end', process.stdin.readableEnded));
)");
    auto input = std::make_shared<script::ScriptInput>();
    input->write(QByteArray("\xff\x01", 2));
    input->end();
    script::RunOptions options;
    options.scriptPath = path;
    options.input = input;
    const scripttest::Result ours = scripttest::run(options);
    const QString expected = u"true 2 255\nend true\n"_s;
    QCOMPARE(ours.out, expected);
    QCOMPARE(ours.exitCode, 0);
    const scripttest::Result node = runNodeWithInput(path, QByteArray("\xff\x01", 2));
    if (node.exitCode >= 0)
        QCOMPARE(node.out, expected);
}

void tst_ScriptInput::noInputNoStdin()
{
    ScriptDir dir;
    const scripttest::Result ours
            = scripttest::run(dir.write(u"none.js"_s, "console.log(process.stdin);\n"));
    QCOMPARE(ours.out, u"undefined\n"_s);
    QCOMPARE(ours.exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_ScriptInput)
#include "tst_scriptinput.moc"
