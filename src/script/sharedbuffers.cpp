#include "sharedbuffers.h"

#include <QJSEngine>

namespace script {

namespace {
// Sweeping walks every entry: done when what the registry holds has doubled since the last
// sweep (plus this much), so it costs O(1) per allocation.
constexpr qint64 SweepSlack = 64 * 1024 * 1024;
} // namespace

QJSValue SharedBuffers::allocate(QJSEngine *engine, qsizetype size, bool zeroed)
{
    if (m_held > 2 * m_heldAfterSweep + SweepSlack)
        sweep();
    QByteArray bytes = zeroed ? QByteArray(size, '\0') : QByteArray(size, Qt::Uninitialized);
    const int id = ++m_nextId;
    QJSValue made = engine->newArray(2);
    made.setProperty(0, engine->toScriptValue(bytes));
    made.setProperty(1, id);
    m_held += size;
    m_buffers.insert(id, std::move(bytes));
    return made;
}

void SharedBuffers::sweep()
{
    for (auto it = m_buffers.begin(); it != m_buffers.end();) {
        if (it->isDetached()) {
            m_held -= it->size();
            it = m_buffers.erase(it);
        } else {
            ++it;
        }
    }
    m_heldAfterSweep = m_held;
}

} // namespace script
