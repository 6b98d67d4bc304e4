// Shared by bench/netcore_bench.cpp and bench/epoll_ceiling.cpp: command-line parameters,
// the monotonic clock, RSS, RLIMIT_NOFILE and the one-line JSON result. No Qt here.
#pragma once

#include <sys/resource.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace bench {

// "key=value" arguments after the workload name.
class Params
{
public:
    Params(int argc, char **argv, int first)
    {
        for (int i = first; i < argc; ++i) {
            const char *eq = std::strchr(argv[i], '=');
            if (!eq) {
                std::fprintf(stderr, "bad argument %s (want key=value)\n", argv[i]);
                std::exit(2);
            }
            m_values[std::string(argv[i], size_t(eq - argv[i]))] = eq + 1;
        }
    }
    long long num(const std::string &key, long long def) const
    {
        auto it = m_values.find(key);
        return it == m_values.end() ? def : std::strtoll(it->second.c_str(), nullptr, 10);
    }
    std::string str(const std::string &key, const std::string &def) const
    {
        auto it = m_values.find(key);
        return it == m_values.end() ? def : it->second;
    }

private:
    std::map<std::string, std::string> m_values;
};

inline double nowMs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of this process (all threads, user + system), ms.
inline double cpuMs()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3
            + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

// The timed section: startClock() when it begins, stopClock() when it ends. Both return
// nowMs(); the CPU time spent in between is added to the result line as "cpu_ms", a figure
// that other load on the machine disturbs less than the wall-clock one.
inline double g_cpuStart = -1;
inline double g_cpuSpent = -1;
inline double startClock()
{
    g_cpuStart = cpuMs();
    return nowMs();
}
inline double stopClock()
{
    const double wall = nowMs();
    if (g_cpuStart >= 0)
        g_cpuSpent = cpuMs() - g_cpuStart;
    return wall;
}

// Resident set size from /proc/self/statm, in bytes.
inline long long rssBytes()
{
    FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    long long size = 0, resident = 0;
    if (std::fscanf(f, "%lld %lld", &size, &resident) != 2)
        resident = -1;
    std::fclose(f);
    return resident < 0 ? -1 : resident * sysconf(_SC_PAGESIZE);
}

// Raises the soft RLIMIT_NOFILE to the hard limit; returns the new soft limit.
inline long long raiseFileLimit()
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return -1;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    return (long long)rl.rlim_cur;
}

// A private temp dir for Unix socket paths, removed by cleanup().
class TempDir
{
public:
    ~TempDir() { cleanup(); }
    std::string socketPath(const char *prefix)
    {
        if (m_dir.empty()) {
            const char *base = std::getenv("TMPDIR");
            std::string tmpl = std::string(base && *base ? base : "/tmp") + "/" + prefix + "XXXXXX";
            std::vector<char> buf(tmpl.begin(), tmpl.end());
            buf.push_back('\0');
            if (!mkdtemp(buf.data())) {
                std::perror("mkdtemp");
                std::exit(1);
            }
            m_dir = buf.data();
        }
        return m_dir + "/sock";
    }
    void cleanup()
    {
        if (m_dir.empty())
            return;
        ::unlink((m_dir + "/sock").c_str());
        ::rmdir(m_dir.c_str());
        m_dir.clear();
    }

private:
    std::string m_dir;
};

// {"impl":...,"workload":...,"metrics":{...},extra...} on one line of stdout.
inline void printResult(const char *impl, const std::string &workload,
                        const std::vector<std::pair<std::string, double>> &metrics,
                        const std::vector<std::pair<std::string, double>> &extra = {})
{
    std::string line = std::string("{\"impl\":\"") + impl + "\",\"workload\":\"" + workload
            + "\",\"metrics\":{";
    char num[64];
    bool first = true;
    for (const auto &[key, value] : metrics) {
        std::snprintf(num, sizeof num, "%.6g", value);
        line += (first ? "\"" : ",\"") + key + "\":" + num;
        first = false;
    }
    line += "}";
    std::vector<std::pair<std::string, double>> all = extra;
    if (g_cpuSpent >= 0)
        all.emplace_back("cpu_ms", g_cpuSpent);
    for (const auto &[key, value] : all) {
        std::snprintf(num, sizeof num, "%.10g", value);
        line += ",\"" + key + "\":" + num;
    }
    line += "}\n";
    std::fputs(line.c_str(), stdout);
    std::fflush(stdout);
}

} // namespace bench
