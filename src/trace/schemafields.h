#pragma once

#include "net/netobserver.h"

#include <QLatin1StringView>

#include <span>

namespace trace {

// Which JSON key carries a record's value, extra and text for each event: one table that the
// writer and the reader share, so they cannot drift apart. SCHEMA.md documents the same.
struct FieldSpec
{
    enum class Role : quint8 { Value, Extra, Text, FdText };
    enum class Type : quint8 { Integer, Boolean, String };

    QLatin1StringView key;
    Role role;
    Type type;
    bool always = false; // written even when the value is -1
};

std::span<const FieldSpec> fieldSpecs(netcore::NetEvent event);

// Keys for what the table has no key for, so no record loses data.
inline constexpr QLatin1StringView FallbackValueKey {"value"};
inline constexpr QLatin1StringView FallbackExtraKey {"extra"};
inline constexpr QLatin1StringView FallbackTextKey {"text"};

// listen({fd}) arrives as the text "fd N" with TraceDetails::fd set; the schema writes it as
// "fd": N. Only fd says which: a Unix socket path may read "fd N" too.
inline constexpr QLatin1StringView FdTextPrefix {"fd "};

} // namespace trace
