#pragma once

#include <QString>

namespace netcore {

// net.isIP(): 4, 6 or 0, with Node's rules (no leading zeros in IPv4 octets, IPv6 with an
// optional %zone, no brackets, no surrounding spaces).
int isIP(const QString &input);
bool isIPv4(const QString &input);
bool isIPv6(const QString &input);

} // namespace netcore
