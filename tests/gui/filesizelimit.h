#pragma once

#include <QtGlobal>

#include <csignal>
#include <sys/resource.h>

// While it lives, files this process writes cannot grow past a few bytes: a write past the
// limit fails with EFBIG, as one on a full disk fails with ENOSPC (SIGXFSZ is ignored, as by
// a program that checks its writes). For tests of write failures on regular files.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit {bytes, m_previous.rlim_max};
        m_active = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    bool isActive() const { return m_active; }

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};
