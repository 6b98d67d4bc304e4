#include "recenttargets.h"

#include <QSettings>

namespace gui {

namespace {

QStringList normalised(const QStringList &list, int capacity)
{
    QStringList result;
    for (const QString &entry : list) {
        if (result.size() >= capacity)
            break;
        if (!entry.isEmpty() && !result.contains(entry))
            result.append(entry);
    }
    return result;
}

} // namespace

RecentTargets::RecentTargets(const QString &key, int capacity)
    : m_key(key)
    , m_capacity(std::max(capacity, 0))
{ }

QStringList RecentTargets::load() const
{
    // The file is shared with other versions and hand edits: clean what it holds.
    return normalised(QSettings().value(m_key).toStringList(), m_capacity);
}

void RecentTargets::save(const QStringList &targets) const
{
    QSettings().setValue(m_key, normalised(targets, m_capacity));
}

QStringList RecentTargets::remember(const QString &target) const
{
    const QStringList list = withFirst(load(), target, m_capacity);
    save(list);
    return list;
}

void RecentTargets::clear() const
{
    QSettings().remove(m_key);
}

QStringList RecentTargets::withFirst(const QStringList &list, const QString &target, int capacity)
{
    QStringList result {target};
    result.append(list);
    return normalised(result, capacity);
}

} // namespace gui
