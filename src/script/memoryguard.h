#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace script {

// Watches the process's memory from a thread of its own while a script runs, and calls
// exceeded() once when it passes the limit. Qt 6.4's engine cannot fail an allocation
// gracefully: when the kernel refuses it memory for its heap it crashes (WTF's CRASH()), and a
// string or array too large for malloc throws std::bad_alloc through the engine. So the runtime
// stops a script before that happens, as V8 ends node at its heap limit: a resident size past
// the limit, or an address space near RLIMIT_AS (which would make the kernel refuse first).
class MemoryGuard final
{
public:
    struct Limits
    {
        qint64 residentBytes = 0;     // 0: no limit on the resident size
        qint64 addressSpaceBytes = 0; // 0: no limit on the address space
    };
    struct Usage
    {
        qint64 residentBytes = 0;
        qint64 addressSpaceBytes = 0;
    };

    // The limits for a run: maxMemory (the resident size; 0 for the default, see
    // defaultMaxMemory()) and, under an RLIMIT_AS, its soft value less a reserve for the
    // allocations that come between two looks.
    static Limits limitsFor(qint64 maxMemory);
    // Half the physical memory, at most 4 GiB (V8's heap limit on a large machine).
    static qint64 defaultMaxMemory();
    static Usage currentUsage();

    MemoryGuard(const Limits &limits, std::function<void(const Usage &)> exceeded);
    ~MemoryGuard(); // stops the watching thread

    const Limits &limits() const { return m_limits; }
    // True when usage is past the limits (what the thread checks; callable from any thread).
    bool isExceeded(const Usage &usage) const;
    // Whether bytes more may be allocated without coming near the limits (within a sixteenth:
    // the stop is for the engine's heap, an allocation that can fail is refused first): judged
    // on the usage the thread saw last plus what was allowed since, or on the usage now when
    // fresh. When it answers yes, the bytes count as allocated.
    bool allows(qint64 bytes, bool fresh = false);

private:
    void watch();

    Limits m_limits;
    std::function<void(const Usage &)> m_exceeded;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<qint64> m_lastResident = 0;
    std::atomic<qint64> m_lastAddressSpace = 0;
    std::atomic<qint64> m_allowedSinceLook = 0;
    std::thread m_thread;
};

} // namespace script
