#include "jsonlreader.h"

#include "boundedfile.h"

#include "schemafields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace trace {

QString JsonlError::toString() const
{
    return line > 0 ? u"line %1: %2"_s.arg(line).arg(message) : message;
}

namespace {

using Role = FieldSpec::Role;
using Type = FieldSpec::Type;

// Reads one JSON object into a TraceRecord; the first problem stops it and is kept.
class LineParser
{
public:
    explicit LineParser(const QJsonObject &object)
        : m_object(object)
    { }

    std::optional<TraceRecord> parse(QString *error);

private:
    bool fail(const QString &message);
    bool integer(const QJsonObject &object, QLatin1StringView key, qint64 *out, bool required,
                 qint64 minimum = std::numeric_limits<qint64>::min());
    bool string(const QJsonObject &object, QLatin1StringView key, QString *out, bool required);
    bool header(TraceRecord *record);
    bool scalarFields(TraceRecord *record, TraceDetails *details);
    bool field(const FieldSpec &spec, TraceRecord *record, TraceDetails *details);
    bool readAddress(QLatin1StringView key, std::optional<TraceAddress> *out);
    bool readError(std::optional<TraceError> *out);
    bool readPreview(TraceRecord *record);
    bool readWriteOutcome(netcore::WriteOutcome *out);

    QJsonObject m_object;
    QString m_error;
};

bool LineParser::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool LineParser::integer(const QJsonObject &object, QLatin1StringView key, qint64 *out,
                         bool required, qint64 minimum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return !required || fail(u"\"%1\" is missing"_s.arg(key));
    constexpr qint64 NotInteger = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(NotInteger);
    if (!value.isDouble() || number == NotInteger)
        return fail(u"\"%1\" must be an integer"_s.arg(key));
    if (number < minimum)
        return fail(u"\"%1\" must be at least %2"_s.arg(key).arg(minimum));
    *out = number;
    return true;
}

bool LineParser::string(const QJsonObject &object, QLatin1StringView key, QString *out,
                        bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return !required || fail(u"\"%1\" is missing"_s.arg(key));
    if (!value.isString())
        return fail(u"\"%1\" must be a string"_s.arg(key));
    *out = value.toString();
    return true;
}

bool LineParser::header(TraceRecord *record)
{
    qint64 version = 0, seq = 0, id = 0;
    QString kind, type, name;
    if (!integer(m_object, "v"_L1, &version, true))
        return false;
    if (version != SchemaVersion)
        return fail(u"schema version %1 is not supported (this reader knows %2)"_s.arg(version).arg(
                SchemaVersion));
    if (!integer(m_object, "seq"_L1, &seq, true, 1)
        || !integer(m_object, "t_ns"_L1, &record->monoNs, true, 0)
        || !integer(m_object, "wall_ms"_L1, &record->wallMs, true)
        || !integer(m_object, "id"_L1, &id, true, 0) || !string(m_object, "kind"_L1, &kind, true)
        || !string(m_object, "type"_L1, &type, true) || !string(m_object, "name"_L1, &name, true))
        return false;
    record->seq = quint64(seq);
    record->endpointId = quint64(id);
    const std::optional<netcore::EndpointKind> endpointKind = kindFromName(kind);
    if (!endpointKind)
        return fail(u"\"kind\" must be \"server\" or \"socket\", not \"%1\""_s.arg(kind));
    if (type != "event"_L1 && type != "call"_L1)
        return fail(u"\"type\" must be \"event\" or \"call\", not \"%1\""_s.arg(type));
    const std::optional<netcore::NetEvent> event = eventFromName(name, type == "call"_L1);
    if (!event)
        return fail(u"\"%1\" is not a known %2 name"_s.arg(name, type));
    record->kind = *endpointKind;
    record->event = *event;
    return true;
}

bool LineParser::field(const FieldSpec &spec, TraceRecord *record, TraceDetails *details)
{
    const QJsonValue value = m_object.value(spec.key);
    if (value.isUndefined())
        return true;
    qint64 number = -1;
    if (spec.type == Type::Boolean) {
        if (!value.isBool())
            return fail(u"\"%1\" must be true or false"_s.arg(spec.key));
        number = value.toBool() ? 1 : 0;
    } else if (spec.type == Type::Integer) {
        if (!integer(m_object, spec.key, &number, true))
            return false;
    } else if (!string(m_object, spec.key, &details->text, true)) {
        return false;
    }
    if (spec.role == Role::Value)
        record->value = number;
    else if (spec.role == Role::Extra)
        record->extra = number;
    else if (spec.role == Role::FdText && (number < 0 || number > std::numeric_limits<int>::max()))
        return fail(u"\"%1\" must be a descriptor, 0 or more"_s.arg(spec.key));
    else if (spec.role == Role::FdText)
        details->fd = int(number);
    return true;
}

bool LineParser::scalarFields(TraceRecord *record, TraceDetails *details)
{
    for (const FieldSpec &spec : fieldSpecs(record->event)) {
        if (!field(spec, record, details))
            return false;
    }
    const FieldSpec fallbacks[] = {{FallbackValueKey, Role::Value, Type::Integer},
                                   {FallbackExtraKey, Role::Extra, Type::Integer},
                                   {FallbackTextKey, Role::Text, Type::String}};
    for (const FieldSpec &spec : fallbacks) {
        if (!field(spec, record, details))
            return false;
    }
    // The text of listen({fd}) is "fd N", whatever other text keys the line has.
    if (details->fd >= 0)
        details->text = FdTextPrefix + QString::number(details->fd);
    qint64 related = 0;
    if (!integer(m_object, "socket"_L1, &related, false, 1))
        return false;
    record->relatedId = quint64(related);
    const QJsonValue internal = m_object.value("internal"_L1);
    if (!internal.isUndefined() && !internal.isBool())
        return fail(u"\"internal\" must be a boolean"_s);
    record->internal = internal.toBool(false);
    if (record->carriesData() && !m_object.contains("bytes"_L1))
        return fail(u"\"bytes\" is missing"_s);
    return !record->carriesData() || record->value >= 0 || fail(u"\"bytes\" must be at least 0"_s);
}

bool LineParser::readAddress(QLatin1StringView key, std::optional<TraceAddress> *out)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail(u"\"%1\" must be an object"_s.arg(key));
    const QJsonObject object = value.toObject();
    TraceAddress result;
    if (object.contains("path"_L1)) {
        if (!string(object, "path"_L1, &result.path, true))
            return false;
        *out = result;
        return true;
    }
    qint64 port = 0;
    if (!string(object, "address"_L1, &result.address, true)
        || !string(object, "family"_L1, &result.family, true)
        || !integer(object, "port"_L1, &port, true, 0))
        return false;
    if (result.family != "IPv4"_L1 && result.family != "IPv6"_L1)
        return fail(u"\"%1.family\" must be \"IPv4\" or \"IPv6\""_s.arg(key));
    if (port > 65535)
        return fail(u"\"%1.port\" must be below 65536"_s.arg(key));
    result.port = int(port);
    *out = result;
    return true;
}

bool LineParser::readError(std::optional<TraceError> *out)
{
    const QJsonValue value = m_object.value("error"_L1);
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail(u"\"error\" must be an object"_s);
    const QJsonObject object = value.toObject();
    TraceError result;
    qint64 errnoValue = 0, port = -1;
    if (!string(object, "name"_L1, &result.name, true)
        || !string(object, "code"_L1, &result.code, false)
        || !integer(object, "errno"_L1, &errnoValue, false)
        || !string(object, "syscall"_L1, &result.syscall, false)
        || !string(object, "address"_L1, &result.address, false)
        || !integer(object, "port"_L1, &port, false, 0)
        || !string(object, "hostname"_L1, &result.hostname, false)
        || !string(object, "message"_L1, &result.message, true))
        return false;
    if (errnoValue < std::numeric_limits<int>::min() || errnoValue > std::numeric_limits<int>::max()
        || port > 65535)
        return fail(u"\"error.errno\" or \"error.port\" is out of range"_s);
    result.errnoValue = int(errnoValue);
    result.port = int(port);
    *out = result;
    return true;
}

bool LineParser::readPreview(TraceRecord *record)
{
    const QJsonValue value = m_object.value("preview"_L1);
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail(u"\"preview\" must be an object"_s);
    QString hex;
    if (!string(value.toObject(), "hex"_L1, &hex, true))
        return false;
    const QByteArray latin1 = hex.toLatin1();
    const QByteArray bytes = QByteArray::fromHex(latin1);
    const bool wellFormed = hex.size() % 2 == 0 && bytes.toHex() == latin1;
    if (!wellFormed)
        return fail(u"\"preview.hex\" must be lowercase hex digits, two per byte"_s);
    if (bytes.size() > PreviewCapacity || bytes.size() > record->value)
        return fail(u"\"preview.hex\" is longer than the record's bytes allow"_s);
    record->setPreview(bytes);
    return true;
}

// write calls: ok, bufferSize and highWaterMark come together; traces written before them
// have none of the three.
bool LineParser::readWriteOutcome(netcore::WriteOutcome *out)
{
    const QJsonValue ok = m_object.value("ok"_L1);
    if (ok.isUndefined() && !m_object.contains("bufferSize"_L1)
        && !m_object.contains("highWaterMark"_L1))
        return true;
    if (!ok.isBool())
        return fail(ok.isUndefined() ? u"\"ok\" is missing"_s : u"\"ok\" must be true or false"_s);
    netcore::WriteOutcome outcome;
    if (!integer(m_object, "bufferSize"_L1, &outcome.bufferSize, true, 0)
        || !integer(m_object, "highWaterMark"_L1, &outcome.highWaterMark, true, 0))
        return false;
    outcome.accepted = ok.toBool() ? 1 : 0;
    *out = outcome;
    return true;
}

std::optional<TraceRecord> LineParser::parse(QString *error)
{
    TraceRecord record;
    auto details = std::make_shared<TraceDetails>();
    const bool ok = header(&record) && scalarFields(&record, details.get())
            && readAddress("local"_L1, &details->local)
            && readAddress("remote"_L1, &details->remote) && readError(&details->error)
            && (!record.carriesData() || readPreview(&record))
            && (record.event != netcore::NetEvent::WriteCall || readWriteOutcome(&record.write));
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    if (!(*details == TraceDetails()))
        record.details = std::move(details);
    return record;
}

QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line.trimmed();
}

void addError(JsonlReadResult *result, qsizetype line, const QString &message)
{
    ++result->badLines;
    if (result->errors.size() < JsonlReader::MaxErrors)
        result->errors.append({line, message});
}

// Reads and drops the rest of an overlong line, at most budget bytes; returns how many it read.
qint64 skipRestOfLine(QIODevice *device, QByteArray *scratch, qint64 budget)
{
    qint64 skipped = 0;
    while (skipped < budget && !device->atEnd()) {
        const qint64 n = device->readLine(scratch->data(),
                                          qMin<qint64>(scratch->size(), budget - skipped + 1));
        if (n <= 0)
            break;
        skipped += n;
        if (scratch->at(n - 1) == '\n')
            break;
    }
    return skipped;
}

} // namespace

std::optional<TraceRecord> JsonlReader::parseLine(QByteArrayView line, QString *error)
{
    if (line.size() > MaxLineLength) {
        if (error)
            *error = u"the line is longer than %1 bytes"_s.arg(MaxLineLength);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"not JSON (%1 at column %2)"_s.arg(parseError.errorString())
                             .arg(parseError.offset + 1);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    return LineParser(document.object()).parse(error);
}

JsonlReadResult JsonlReader::read(QIODevice *device, qint64 maxBytes)
{
    JsonlReadResult result;
    QByteArray buffer(MaxLineLength + 2, Qt::Uninitialized);
    qint64 total = 0; // every byte read counts against maxBytes, skipped ones too
    const auto stopTooLarge = [&result, maxBytes] {
        addError(&result, 0,
                 u"the trace is larger than %1 bytes; the rest was not read"_s.arg(maxBytes));
    };
    while (device && !device->atEnd()) {
        if (total >= maxBytes) {
            stopTooLarge();
            break;
        }
        const qint64 n = device->readLine(buffer.data(),
                                          qMin<qint64>(buffer.size(), maxBytes - total + 1));
        if (n < 0) {
            addError(&result, result.lines + 1, u"read error: %1"_s.arg(device->errorString()));
            break;
        }
        if (n == 0)
            break;
        total += n;
        const QByteArrayView raw(buffer.constData(), n);
        if (!raw.endsWith('\n') && total >= maxBytes && !device->atEnd()) {
            stopTooLarge(); // the limit cut this line: it is not reported as malformed
            break;
        }
        const qsizetype number = ++result.lines;
        if (!raw.endsWith('\n') && n > MaxLineLength) {
            total += skipRestOfLine(device, &buffer, maxBytes - total);
            addError(&result, number, u"the line is longer than %1 bytes"_s.arg(MaxLineLength));
            continue;
        }
        const QByteArrayView line = trimmed(raw);
        if (line.isEmpty())
            continue;
        QString error;
        if (std::optional<TraceRecord> record = parseLine(line, &error))
            result.records.append(std::move(*record));
        else
            addError(&result, number, error);
    }
    return result;
}

JsonlReadResult JsonlReader::readFile(const QString &path)
{
    QFile file;
    FileError error;
    if (!openBoundedFile(&file, path, MaxFileSize, &error)) {
        JsonlReadResult result;
        addError(&result, 0, error.message);
        return result;
    }
    return read(&file);
}

} // namespace trace
