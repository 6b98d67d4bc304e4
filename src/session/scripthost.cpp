#include "scripthost.h"

#include "threadobserver.h"

#include "script/scriptrunner.h"

namespace session {

ScriptHost::ScriptHost(trace::TraceRecorder &recorder, EndpointRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_registry(registry)
{ }

ScriptHost::~ScriptHost() = default;

void ScriptHost::attachToThread()
{
    m_observer = std::make_unique<ThreadObserver>(m_recorder, m_registry, this, nullptr);
    m_observer->install();
}

void ScriptHost::detachFromThread()
{
    if (m_observer)
        m_observer->uninstall();
}

void ScriptHost::run(const QString &path, const QStringList &arguments)
{
    auto stop = std::make_shared<script::StopHandle>();
    auto input = std::make_shared<script::ScriptInput>();
    {
        QMutexLocker lock(&m_stopMutex);
        m_stop = stop;
        m_input = input;
    }
    Q_EMIT started(path);
    script::RunOptions options;
    options.scriptPath = path;
    options.arguments = arguments;
    options.stopHandle = stop;
    options.input = input;
    options.maxMemory = m_maxMemory.load();
    options.allowDescriptorAdoption = false; // the window's own descriptors are not the script's
    options.output = [this](script::OutputChannel channel, const QByteArray &bytes) {
        Q_EMIT output(channel == script::OutputChannel::StandardError, bytes);
    };
    const int code = script::runScript(options);
    {
        QMutexLocker lock(&m_stopMutex);
        m_stop.reset();
        m_input.reset();
    }
    Q_EMIT finished(code);
}

void ScriptHost::stop()
{
    QMutexLocker lock(&m_stopMutex);
    if (m_stop)
        m_stop->requestStop();
}

void ScriptHost::writeInput(const QByteArray &bytes)
{
    QMutexLocker lock(&m_stopMutex);
    if (m_input)
        m_input->write(bytes);
}

bool ScriptHost::isRunning() const
{
    QMutexLocker lock(&m_stopMutex);
    return m_stop != nullptr;
}

} // namespace session
