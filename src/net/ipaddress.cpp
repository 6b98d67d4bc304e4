#include "ipaddress.h"

#include <QList>
#include <QStringView>

#include <algorithm>

// Node decides with two regular expressions (lib/internal/net.js). This parser accepts the same
// language: ASCII only, no leading zeros in IPv4 octets, IPv4 only as the last 32 bits of an
// IPv6 address, and "::" standing for at least one group. QHostAddress is more lenient.

namespace netcore {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isOctet(QStringView text)
{
    if (text.isEmpty() || text.size() > 3 || !std::all_of(text.begin(), text.end(), isAsciiDigit))
        return false;
    if (text.size() > 1 && text.front() == u'0')
        return false;
    return text.toInt() <= 255;
}

// Walks the text in place: every connect() and listen() with an address asks, so no list.
bool isDottedQuad(QStringView text)
{
    int octets = 0;
    qsizetype start = 0;
    for (qsizetype dot = text.indexOf(u'.');; dot = text.indexOf(u'.', start)) {
        const QStringView octet = dot < 0 ? text.sliced(start) : text.sliced(start, dot - start);
        if (++octets > 4 || !isOctet(octet))
            return false;
        if (dot < 0)
            return octets == 4;
        start = dot + 1;
    }
}

bool isHexGroup(QStringView text)
{
    return !text.isEmpty() && text.size() <= 4
            && std::all_of(text.begin(), text.end(), isAsciiHexDigit);
}

// Counts the 16-bit groups in a ':'-separated run ("" has none); a dotted quad, allowed only at
// the very end of the address, counts as two. Returns -1 if the run is malformed.
int groupCount(QStringView text, bool quadAllowed)
{
    if (text.isEmpty())
        return 0;
    const QList<QStringView> groups = text.split(u':');
    int count = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const bool last = i == groups.size() - 1;
        if (last && quadAllowed && isDottedQuad(groups[i]))
            count += 2;
        else if (isHexGroup(groups[i]))
            count += 1;
        else
            return -1;
    }
    return count;
}

// Node accepts any non-empty run of letters, digits, '-', '.' and ':' as the zone.
bool isZone(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-'
                || c == u'.' || c == u':';
    });
}

bool isIPv6Address(QStringView text)
{
    const qsizetype gap = text.indexOf(u"::");
    if (gap < 0)
        return groupCount(text, true) == 8;
    const QStringView tail = text.sliced(gap + 2);
    if (tail.contains(u"::"))
        return false;
    const int before = groupCount(text.first(gap), false);
    const int after = groupCount(tail, true);
    return before >= 0 && after >= 0 && before + after <= 7;
}

} // namespace

int isIP(const QString &input)
{
    if (isIPv4(input))
        return 4;
    if (isIPv6(input))
        return 6;
    return 0;
}

bool isIPv4(const QString &input)
{
    return isDottedQuad(input);
}

bool isIPv6(const QString &input)
{
    QStringView text(input);
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0) {
        if (!isZone(text.sliced(percent + 1)))
            return false;
        text = text.first(percent);
    }
    return isIPv6Address(text);
}

} // namespace netcore
