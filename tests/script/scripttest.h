#pragma once

// Helpers for the script runtime's tests: write a script into a temporary folder, run it
// in-process with script::runScript() (capturing its output), and, where node is installed,
// run the same file under node for comparison.

#include <script/scriptrunner.h>
#include <trace/jsonlreader.h>
#include <trace/tracesession.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace scripttest {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

class ScriptDir
{
public:
    ScriptDir() { QVERIFY(m_dir.isValid()); }

    // Writes name (may contain sub-folders) with the given text; returns its absolute path.
    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

    QString path(const QString &name = {}) const
    {
        return name.isEmpty() ? m_dir.path() : m_dir.filePath(name);
    }

private:
    QTemporaryDir m_dir;
};

// Runs with the given options (scriptPath set), capturing the output.
inline Result run(script::RunOptions options)
{
    Result result;
    QByteArray out;
    QByteArray err;
    options.output = [&](script::OutputChannel channel, const QByteArray &bytes) {
        (channel == script::OutputChannel::StandardOutput ? out : err).append(bytes);
    };
    result.exitCode = script::runScript(options);
    result.out = QString::fromUtf8(out);
    result.err = QString::fromUtf8(err);
    return result;
}

inline Result run(const QString &scriptPath, const QStringList &arguments = {})
{
    script::RunOptions options;
    options.scriptPath = scriptPath;
    options.arguments = arguments;
    return run(options);
}

// Runs the script as `netbench run --trace FILE` does, with the trace written to tracePath,
// and reads the trace back. A trace that cannot start is in Result::err.
struct TracedResult
{
    Result run;
    trace::JsonlReadResult trace;
};

inline TracedResult runTraced(const QString &scriptPath, const QString &tracePath)
{
    TracedResult result;
    {
        trace::TraceOptions options;
        options.jsonlPath = tracePath;
        trace::TraceSession session(options);
        QString error;
        if (!session.start(&error)) {
            result.run.err = error;
            return result;
        }
        result.run = run(scriptPath);
    } // the session ends here and flushes the file
    result.trace = trace::JsonlReader::readFile(tracePath);
    return result;
}

inline QString nodePath()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

// The same script under node: stdout, stderr and exit code. exitCode is -1 without node.
inline Result runNode(const QString &scriptPath, const QStringList &arguments = {})
{
    Result result;
    const QString node = nodePath();
    if (node.isEmpty())
        return result;
    QProcess process;
    process.setWorkingDirectory(QFileInfo(scriptPath).absolutePath());
    process.start(node, QStringList {scriptPath} + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace scripttest

// Runs source as a script and compares stdout with expected; where node is installed the
// same file must print the same under node (the expectation is Node's, not ours).
#define SCRIPT_COMPARE_WITH_NODE(dir, name, source, expected) \
    do { \
        const QString scriptFile_ = (dir).write(QStringLiteral(name), source); \
        const scripttest::Result ours_ = scripttest::run(scriptFile_); \
        QCOMPARE(ours_.err, QString()); \
        QCOMPARE(ours_.out, QString::fromUtf8(expected)); \
        QCOMPARE(ours_.exitCode, 0); \
        const scripttest::Result node_ = scripttest::runNode(scriptFile_); \
        if (node_.exitCode >= 0) \
            QCOMPARE(node_.out, QString::fromUtf8(expected)); \
    } while (false)
