#pragma once

#include <QString>
#include <QStringList>

namespace script {

struct RunOptions
{
    QString scriptPath;
    QStringList arguments;  // process.argv after [execPath, scriptPath]
};

// Runs a Node-style script on the current thread's event loop (a QCoreApplication must exist)
// until nothing keeps it alive, as Node does. Returns the process exit code. Console output
// goes to stdout/stderr; errors in the script are reported there, never thrown.
int runScript(const RunOptions &options);

} // namespace script
