#pragma once

// A full descriptor table for the tests of what netcore does when the process runs out of
// descriptors (EMFILE): fills the table under a lowered soft RLIMIT_NOFILE and gives
// everything back (and the limit) when released or destroyed, so a failing check leaves the
// process usable.

#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

class DescriptorShortage final
{
public:
    DescriptorShortage() { ::getrlimit(RLIMIT_NOFILE, &m_saved); }
    ~DescriptorShortage() { release(); }
    DescriptorShortage(const DescriptorShortage &) = delete;
    DescriptorShortage &operator=(const DescriptorShortage &) = delete;

    // Returns false if the table could not be filled.
    bool fill()
    {
        const int probe = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (probe < 0)
            return false;
        rlimit lowered = m_saved;
        lowered.rlim_cur = std::min<rlim_t>(m_saved.rlim_cur, rlim_t(probe) + 64);
        if (::setrlimit(RLIMIT_NOFILE, &lowered) != 0) {
            ::close(probe);
            return false;
        }
        m_fillers.push_back(probe);
        for (;;) {
            const int fd = ::dup(probe);
            if (fd < 0)
                return errno == EMFILE;
            m_fillers.push_back(fd);
        }
    }

    void release()
    {
        for (const int fd : m_fillers)
            ::close(fd);
        m_fillers.clear();
        ::setrlimit(RLIMIT_NOFILE, &m_saved);
    }

private:
    rlimit m_saved {};
    std::vector<int> m_fillers;
};
