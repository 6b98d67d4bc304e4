#include "epolltimerlist.h"

#include <QCoreApplication>
#include <QTimerEvent>

#include <climits>
#include <cstdlib>
#include <ctime>
#include <vector>

namespace netcore {

namespace {

constexpr std::int64_t NsPerMs = 1'000'000;
constexpr std::int64_t NsPerSecond = 1'000'000'000;

Qt::TimerType effectiveTypeOf(qint64 intervalMs, Qt::TimerType type)
{
    if (intervalMs == 0)
        return Qt::PreciseTimer; // a zero timer runs on every turn, whatever it asked for
    if (type == Qt::CoarseTimer && intervalMs <= 20)
        return Qt::PreciseTimer; // 5 % of 20 ms is below the millisecond a wait can resolve
    if (type == Qt::CoarseTimer && intervalMs >= 20'000)
        return Qt::VeryCoarseTimer; // 5 % of 20 s is a second
    return type;
}

std::int64_t roundToMultiple(std::int64_t value, std::int64_t step)
{
    return (value + step / 2) / step * step;
}

// The roundest time within 5 % of the interval around `nominal`: the larger the boundary, the
// more coarse timers of the thread fall on the same wake-up.
std::int64_t coarseFireTime(std::int64_t nominal, qint64 intervalMs)
{
    const std::int64_t slack = intervalMs * NsPerMs / 20;
    for (const std::int64_t boundaryMs : {1000, 500, 250, 200, 100, 50, 25, 20, 10, 5, 2}) {
        const std::int64_t candidate = roundToMultiple(nominal, boundaryMs * NsPerMs);
        if (std::llabs(candidate - nominal) <= slack)
            return candidate;
    }
    return nominal;
}

} // namespace

std::int64_t EpollTimerList::now()
{
    timespec time {};
    ::clock_gettime(CLOCK_MONOTONIC, &time);
    return std::int64_t(time.tv_sec) * NsPerSecond + time.tv_nsec;
}

void EpollTimerList::add(int timerId, qint64 intervalMs, Qt::TimerType type, QObject *object,
                         std::int64_t now)
{
    remove(timerId);
    Timer timer;
    timer.object = object;
    timer.intervalMs = intervalMs;
    timer.type = type;
    timer.effectiveType = effectiveTypeOf(intervalMs, type);
    if (timer.effectiveType == Qt::VeryCoarseTimer) {
        // Whole seconds, at least one: a sub-second very coarse timer must not spin the loop.
        timer.intervalMs = std::max<qint64>(1, (intervalMs + 500) / 1000) * 1000;
    }
    timer.nominal = now + timer.intervalMs * NsPerMs;
    timer.serial = m_nextSerial++;
    auto [it, inserted] = m_timers.emplace(timerId, timer);
    Q_UNUSED(inserted);
    schedule(timerId, it->second);
}

void EpollTimerList::schedule(int timerId, Timer &timer)
{
    switch (timer.effectiveType) {
    case Qt::PreciseTimer: timer.fireAt = timer.nominal; break;
    case Qt::CoarseTimer: timer.fireAt = coarseFireTime(timer.nominal, timer.intervalMs); break;
    case Qt::VeryCoarseTimer: timer.fireAt = roundToMultiple(timer.nominal, NsPerSecond); break;
    }
    m_byFireTime.emplace(timer.fireAt, timerId);
}

void EpollTimerList::unschedule(int timerId, const Timer &timer)
{
    auto [first, last] = m_byFireTime.equal_range(timer.fireAt);
    for (auto it = first; it != last; ++it) {
        if (it->second == timerId) {
            m_byFireTime.erase(it);
            return;
        }
    }
}

bool EpollTimerList::remove(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    unschedule(timerId, it->second);
    m_timers.erase(it);
    return true;
}

bool EpollTimerList::removeAll(QObject *object)
{
    bool removed = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            unschedule(it->first, it->second);
            it = m_timers.erase(it);
            removed = true;
        } else {
            ++it;
        }
    }
    return removed;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollTimerList::timersOf(QObject *object) const
{
    QList<QAbstractEventDispatcher::TimerInfo> timers;
    for (const auto &[timerId, timer] : m_timers) {
        if (timer.object == object)
            timers.append({timerId, int(timer.intervalMs), timer.type});
    }
    return timers;
}

int EpollTimerList::remainingMs(int timerId, std::int64_t now) const
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const std::int64_t remaining = it->second.fireAt - now;
    if (remaining <= 0)
        return 0;
    return int(std::min<std::int64_t>((remaining + NsPerMs - 1) / NsPerMs, INT_MAX));
}

int EpollTimerList::waitMs(std::int64_t now) const
{
    // A timer whose timeout is still running (a nested loop inside it) may not fire, so it
    // does not wake the loop either: the next one does.
    auto next = m_byFireTime.begin();
    while (next != m_byFireTime.end() && m_timers.at(next->second).inTimeout)
        ++next;
    if (next == m_byFireTime.end())
        return -1;
    const std::int64_t remaining = next->first - now;
    if (remaining <= 0)
        return 0;
    // Rounded up: waking before the timer is due would only cost a turn that fires nothing.
    return int(std::min<std::int64_t>((remaining + NsPerMs - 1) / NsPerMs, INT_MAX));
}

int EpollTimerList::activateDue(std::int64_t now)
{
    struct Due
    {
        int timerId;
        std::uint64_t serial;
    };
    std::vector<Due> due;
    for (auto it = m_byFireTime.begin(); it != m_byFireTime.end() && it->first <= now; ++it)
        due.push_back({it->second, m_timers.at(it->second).serial});

    int activated = 0;
    for (const Due &entry : due) {
        auto it = m_timers.find(entry.timerId);
        // Killed, restarted, already fired by a nested loop, or its timeout is still running.
        if (it == m_timers.end() || it->second.serial != entry.serial || it->second.fireAt > now
            || it->second.inTimeout)
            continue;
        Timer &timer = it->second;
        unschedule(entry.timerId, timer);
        timer.nominal += timer.intervalMs * NsPerMs;
        // Late by more than an interval (a long slot, a suspended machine): start over from
        // now rather than firing a burst to catch up.
        if (timer.nominal < now)
            timer.nominal = now + timer.intervalMs * NsPerMs;
        schedule(entry.timerId, timer);
        timer.inTimeout = true;
        QObject *object = timer.object;

        QTimerEvent event(entry.timerId);
        QCoreApplication::sendEvent(object, &event);
        ++activated;

        it = m_timers.find(entry.timerId);
        if (it != m_timers.end() && it->second.serial == entry.serial)
            it->second.inTimeout = false;
    }
    return activated;
}

} // namespace netcore
