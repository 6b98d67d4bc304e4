#include "scriptrunner.h"

#include "runtime.h"

namespace script {

void StopHandle::requestStop(int exitCode)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopRequested)
        return;
    m_stopRequested = true;
    m_exitCode = exitCode;
    if (m_runtime)
        m_runtime->requestStop(exitCode);
}

bool StopHandle::isStopRequested() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopRequested;
}

void StopHandle::attach(Runtime *runtime)
{
    QMutexLocker lock(&m_mutex);
    m_runtime = runtime;
    if (m_stopRequested)
        runtime->requestStop(m_exitCode);
}

void StopHandle::detach()
{
    QMutexLocker lock(&m_mutex);
    m_runtime = nullptr;
}

int runScript(const RunOptions &options)
{
    Runtime runtime(options);
    return runtime.run();
}

} // namespace script
