#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace script {

enum class OutputChannel { StandardOutput, StandardError };

// Receives console output and error reports, already encoded as UTF-8.
using OutputHandler = std::function<void(OutputChannel channel, const QByteArray &bytes)>;

struct RunOptions
{
    QString scriptPath;
    QStringList arguments;  // process.argv after [execPath, scriptPath]
    // Where console output and error reports go; unset: the process's stdout and stderr.
    OutputHandler output;
};

// Runs a Node-style script on the current thread's event loop (a QCoreApplication must exist)
// until nothing keeps it alive, as Node does. Returns the process exit code. Console output
// goes to stdout/stderr; errors in the script are reported there, never thrown.
int runScript(const RunOptions &options);

} // namespace script
