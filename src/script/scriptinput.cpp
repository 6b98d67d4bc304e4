#include "scriptinput.h"

#include <utility>

namespace script {

void ScriptInput::write(const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    if (m_ended || bytes.isEmpty())
        return;
    m_pending += bytes;
    // Under the lock: the reader cannot be destroyed while it is being told.
    if (m_notify)
        m_notify();
}

void ScriptInput::end()
{
    QMutexLocker lock(&m_mutex);
    if (m_ended)
        return;
    m_ended = true;
    if (m_notify)
        m_notify();
}

void ScriptInput::setNotifier(std::function<void()> notify)
{
    QMutexLocker lock(&m_mutex);
    m_notify = std::move(notify);
}

QByteArray ScriptInput::take(bool *ended)
{
    QMutexLocker lock(&m_mutex);
    *ended = m_ended;
    return std::exchange(m_pending, QByteArray());
}

} // namespace script
