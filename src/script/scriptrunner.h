#pragma once

#include "scriptinput.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace script {

enum class OutputChannel { StandardOutput, StandardError };

// Receives console output and error reports, already encoded as UTF-8.
using OutputHandler = std::function<void(OutputChannel channel, const QByteArray &bytes)>;

class Runtime;

// Lets another thread end a run, as Ctrl+C ends node: the script's JavaScript is interrupted at
// once (even inside an endless loop) and the run ends with exitCode (130, as a shell reports
// SIGINT; 143 for SIGTERM), without 'exit' listeners, as node's default signal action. Safe to
// call before the run starts (it then ends as soon as it begins) and after it ended (nothing
// happens).
class StopHandle final
{
public:
    void requestStop(int exitCode = 130);
    bool isStopRequested() const;

private:
    friend class Runtime;
    void attach(Runtime *runtime);
    void detach();

    mutable QMutex m_mutex;
    Runtime *m_runtime = nullptr;
    bool m_stopRequested = false;
    int m_exitCode = 130;
};

struct RunOptions
{
    QString scriptPath;
    QStringList arguments; // process.argv after [execPath, scriptPath]
    // Where console output and error reports go; unset: the process's stdout and stderr.
    OutputHandler output;
    // Set to be able to stop the run from another thread.
    std::shared_ptr<StopHandle> stopHandle;
    // Set to give the script a process.stdin that reads what the host writes into it (the
    // window's Lessons panel); unset: the script has no process.stdin.
    std::shared_ptr<ScriptInput> input;
    // The most memory (resident size, bytes) the process may hold while the script runs; past
    // it the run ends with exit code 134 and a report, as node's at its heap limit. 0: half the
    // physical memory, at most 4 GiB. Under an RLIMIT_AS, the run also ends before the address
    // space reaches it (see MemoryGuard).
    qint64 maxMemory = 0;
    // Whether `new net.Socket({fd})` and `server.listen({fd})` may take over a descriptor of
    // the process, as in Node. Off, they throw ERR_ACCESS_DENIED: the window turns it off so
    // that a script cannot take its own sockets, pipes or files.
    bool allowDescriptorAdoption = true;
};

// Runs a Node-style script on the current thread's event loop (a QCoreApplication must exist)
// until nothing keeps it alive, as Node does. Returns the process exit code. Console output
// goes to stdout/stderr; errors in the script are reported there, never thrown.
int runScript(const RunOptions &options);

} // namespace script
