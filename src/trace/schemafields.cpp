#include "schemafields.h"

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace trace {

namespace {

using Role = FieldSpec::Role;
using Type = FieldSpec::Type;

constexpr FieldSpec BytesFields[] = {{"bytes"_L1, Role::Value, Type::Integer, true}};
constexpr FieldSpec TimeoutFields[] = {{"ms"_L1, Role::Value, Type::Integer, true}};
constexpr FieldSpec NoDelayFields[] = {{"noDelay"_L1, Role::Value, Type::Boolean, true}};
constexpr FieldSpec KeepAliveFields[] = {
        {"enable"_L1, Role::Value, Type::Boolean, true},
        {"initialDelay"_L1, Role::Extra, Type::Integer, true},
};
constexpr FieldSpec CloseFields[] = {{"hadError"_L1, Role::Value, Type::Boolean}};
// Text is "host" when there is a port, "path" otherwise (see the writer).
constexpr FieldSpec ConnectCallFields[] = {
        {"port"_L1, Role::Value, Type::Integer},
        {"host"_L1, Role::Text, Type::String},
        {"path"_L1, Role::Text, Type::String},
};
constexpr FieldSpec ListenCallFields[] = {
        {"port"_L1, Role::Value, Type::Integer}, {"backlog"_L1, Role::Extra, Type::Integer},
        {"host"_L1, Role::Text, Type::String},   {"path"_L1, Role::Text, Type::String},
        {"fd"_L1, Role::FdText, Type::Integer},
};
constexpr FieldSpec LookupFields[] = {
        {"host"_L1, Role::Text, Type::String},
        {"family"_L1, Role::Extra, Type::Integer},
};
constexpr FieldSpec EncodingFields[] = {{"encoding"_L1, Role::Text, Type::String}};
constexpr FieldSpec ReconnectFields[] = {
        {"attempt"_L1, Role::Value, Type::Integer, true},
        {"delayMs"_L1, Role::Extra, Type::Integer, true},
};

} // namespace

std::span<const FieldSpec> fieldSpecs(NetEvent event)
{
    switch (event) {
    case NetEvent::Data:
    case NetEvent::WriteCall: return BytesFields;
    case NetEvent::SetTimeoutCall: return TimeoutFields;
    case NetEvent::SetNoDelayCall: return NoDelayFields;
    case NetEvent::SetKeepAliveCall: return KeepAliveFields;
    case NetEvent::Close: return CloseFields;
    case NetEvent::ConnectCall: return ConnectCallFields;
    case NetEvent::ListenCall: return ListenCallFields;
    case NetEvent::Lookup: return LookupFields;
    case NetEvent::SetEncodingCall: return EncodingFields;
    case NetEvent::ReconnectCall: return ReconnectFields;
    default: return {};
    }
}

} // namespace trace
