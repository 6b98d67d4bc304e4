#include "scriptrunner.h"

#include "runtime.h"

namespace script {

void StopHandle::requestStop()
{
    QMutexLocker lock(&m_mutex);
    m_stopRequested = true;
    if (m_runtime)
        m_runtime->requestStop();
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
        runtime->requestStop();
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
