// netcore::isIP / isIPv4 / isIPv6, cross-checked against the C library's inet_pton().
//
// Input: the text to judge, one character per byte (Latin-1), and once more read as UTF-8.
//
// Checks:
// - isIPv4(text) is inet_pton(AF_INET): both take exactly four decimal octets, each 0-255
//   without a leading zero, which is Node's IPv4 regular expression;
// - isIPv6(text) is inet_pton(AF_INET6) of the part before a '%', with Node's zone rule for the
//   part after it (one or more of letters, digits, '-', '.', ':'); inet_pton knows no zones;
// - isIP() is 4, 6 or 0 as the two say, and never both;
// - non-ASCII text (read as UTF-8) is never an address.

#include "fuzzcheck.h"

#include "net/ipaddress.h"

#include <arpa/inet.h>

#include <algorithm>

#include <string>

namespace {

bool isNodeZone(const std::string &zone)
{
    if (zone.empty())
        return false;
    for (const char c : zone) {
        const bool allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z') || c == '-' || c == '.' || c == ':';
        if (!allowed)
            return false;
    }
    return true;
}

bool libcIPv4(const std::string &text)
{
    in_addr address;
    return inet_pton(AF_INET, text.c_str(), &address) == 1;
}

bool libcIPv6(const std::string &text)
{
    const size_t percent = text.find('%');
    if (percent != std::string::npos && !isNodeZone(text.substr(percent + 1)))
        return false;
    in6_addr address;
    return inet_pton(AF_INET6, text.substr(0, percent).c_str(), &address) == 1;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

void checkConsistent(const QString &text)
{
    const bool v4 = netcore::isIPv4(text);
    const bool v6 = netcore::isIPv6(text);
    FUZZ_CHECK(!(v4 && v6));
    FUZZ_CHECK(netcore::isIP(text) == (v4 ? 4 : v6 ? 6 : 0));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    const QString latin1 = QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
    checkConsistent(latin1);
    // inet_pton() stops at a NUL; netcore sees the whole text.
    if (bytes.find('\0') == std::string::npos) {
        FUZZ_CHECK(netcore::isIPv4(latin1) == libcIPv4(bytes));
        FUZZ_CHECK(netcore::isIPv6(latin1) == libcIPv6(bytes));
    }

    const QString utf8 = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    checkConsistent(utf8);
    if (!isAscii(utf8))
        FUZZ_CHECK(netcore::isIP(utf8) == 0);
    return 0;
}
