#include "sharedbuffers.h"

#include <QJSEngine>

#include <cstring>

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

bool SharedBuffers::fill(int id, qsizetype from, qsizetype to, const QByteArray &pattern)
{
    const auto it = m_buffers.constFind(id);
    if (it == m_buffers.constEnd() || from < 0 || to > it->size() || from > to
        || pattern.isEmpty()) {
        return false;
    }
    // constData(): writing through data() would detach the array from the ArrayBuffer.
    char *bytes = const_cast<char *>(it->constData());
    if (pattern.size() == 1) {
        std::memset(bytes + from, pattern.front(), size_t(to - from));
        return true;
    }
    // The pattern once, then the filled part doubled until the range is full.
    qsizetype filled = qMin(pattern.size(), to - from);
    std::memcpy(bytes + from, pattern.constData(), size_t(filled));
    while (filled < to - from) {
        const qsizetype step = qMin(filled, to - from - filled);
        std::memcpy(bytes + from + filled, bytes + from, size_t(step));
        filled += step;
    }
    return true;
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
