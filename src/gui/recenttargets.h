#pragma once

#include <QString>
#include <QStringList>

namespace gui {

// A most-recent-first list of strings kept in QSettings under one key: the New client dialog's
// recent targets. No duplicates, no empty entries, at most capacity() of them.
class RecentTargets final
{
public:
    static constexpr int DefaultCapacity = 10;

    explicit RecentTargets(const QString &key = QStringLiteral("client/recentTargets"),
                           int capacity = DefaultCapacity);

    QString key() const { return m_key; }
    int capacity() const { return m_capacity; }

    QStringList load() const;
    void save(const QStringList &targets) const;
    // Moves target to the front (adding it if new), saves, and returns the new list.
    QStringList remember(const QString &target) const;
    void clear() const;

    // The list with target first, duplicates and empties dropped, cut to capacity.
    static QStringList withFirst(const QStringList &list, const QString &target, int capacity);

private:
    QString m_key;
    int m_capacity;
};

} // namespace gui
