#include "memoryguard.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace script {

namespace {

constexpr qint64 MiB = 1024 * 1024;
// How fast a script can grow between two looks, at most: a tight loop of allocations in the
// engine reaches about 1 GiB/s on a fast machine. The thread looks more often as the headroom
// shrinks.
constexpr qint64 FastestGrowthPerMs = 2 * MiB;
constexpr qint64 ShortestIntervalMs = 1;
constexpr qint64 LongestIntervalMs = 50;

} // namespace

qint64 MemoryGuard::defaultMaxMemory()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    const qint64 half = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize / 2 : 4096 * MiB;
    return std::min<qint64>(half, 4096 * MiB);
}

MemoryGuard::Limits MemoryGuard::limitsFor(qint64 maxMemory)
{
    Limits limits;
    limits.residentBytes = maxMemory > 0 ? maxMemory : defaultMaxMemory();
    struct rlimit addressSpace = {};
    if (::getrlimit(RLIMIT_AS, &addressSpace) == 0 && addressSpace.rlim_cur != RLIM_INFINITY) {
        // An eighth of the limit is kept back: one allocation of the engine (a growing array's
        // storage, a string being flattened) can take a large piece at once.
        const qint64 soft = qint64(addressSpace.rlim_cur);
        limits.addressSpaceBytes = soft - std::max(soft / 8, 32 * MiB);
    }
    return limits;
}

MemoryGuard::Usage MemoryGuard::currentUsage()
{
    Usage usage;
    // /proc/self/statm: size and resident, in pages. Read with stdio: no allocation, as the
    // process may be out of memory.
    FILE *statm = std::fopen("/proc/self/statm", "re");
    if (!statm)
        return usage;
    long long size = 0;
    long long resident = 0;
    if (std::fscanf(statm, "%lld %lld", &size, &resident) == 2) {
        const qint64 pageSize = ::sysconf(_SC_PAGESIZE);
        usage.addressSpaceBytes = size * pageSize;
        usage.residentBytes = resident * pageSize;
    }
    std::fclose(statm);
    return usage;
}

MemoryGuard::MemoryGuard(const Limits &limits, std::function<void(const Usage &)> exceeded)
    : m_limits(limits)
    , m_exceeded(std::move(exceeded))
    , m_thread([this] { watch(); })
{ }

MemoryGuard::~MemoryGuard()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool MemoryGuard::isExceeded(const Usage &usage) const
{
    return (m_limits.residentBytes > 0 && usage.residentBytes > m_limits.residentBytes)
            || (m_limits.addressSpaceBytes > 0
                && usage.addressSpaceBytes > m_limits.addressSpaceBytes);
}

bool MemoryGuard::allows(qint64 bytes, bool fresh)
{
    Usage usage = fresh ? currentUsage()
                        : Usage {m_lastResident.load(std::memory_order_relaxed),
                                 m_lastAddressSpace.load(std::memory_order_relaxed)};
    const qint64 projected = bytes + (fresh ? 0 : m_allowedSinceLook.load());
    const auto nearLimit
            = [](qint64 used, qint64 limit) { return limit > 0 && used > limit - limit / 16; };
    if (nearLimit(usage.residentBytes + projected, m_limits.residentBytes)
        || nearLimit(usage.addressSpaceBytes + projected, m_limits.addressSpaceBytes)) {
        return false;
    }
    m_allowedSinceLook += bytes;
    return true;
}

void MemoryGuard::watch()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        const Usage usage = currentUsage();
        m_lastResident.store(usage.residentBytes, std::memory_order_relaxed);
        m_lastAddressSpace.store(usage.addressSpaceBytes, std::memory_order_relaxed);
        m_allowedSinceLook.store(0);
        if (isExceeded(usage)) {
            m_exceeded(usage);
            return;
        }
        qint64 headroom = m_limits.residentBytes > 0 ? m_limits.residentBytes - usage.residentBytes
                                                     : LongestIntervalMs * FastestGrowthPerMs;
        if (m_limits.addressSpaceBytes > 0)
            headroom = std::min(headroom, m_limits.addressSpaceBytes - usage.addressSpaceBytes);
        const qint64 intervalMs
                = std::clamp(headroom / FastestGrowthPerMs, ShortestIntervalMs, LongestIntervalMs);
        m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stopping; });
    }
}

} // namespace script
