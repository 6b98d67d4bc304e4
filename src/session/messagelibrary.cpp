#include "messagelibrary.h"

#include "regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace session {

namespace {

constexpr int FormatVersion = 1;
const QString Format = u"netbench-messages"_s;

// lupdate finds the strings through a class's tr(): the context is session::MessageLibrary.
struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(session::MessageLibrary)
};

constexpr std::pair<SavedMessage::Kind, const char *> KindNames[] = {
        {SavedMessage::Kind::Text, "text"},
        {SavedMessage::Kind::Hex, "hex"},
        {SavedMessage::Kind::Base64, "base64"},
        {SavedMessage::Kind::File, "file"},
};

constexpr std::pair<LineEnding, const char *> LineEndingNames[] = {
        {LineEnding::None, "none"},
        {LineEnding::Lf, "lf"},
        {LineEnding::CrLf, "crlf"},
        {LineEnding::Cr, "cr"},
};

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::pair<Enum, const char *> (&names)[N], const QString &name)
{
    for (const auto &[value, text] : names) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString toName(const std::pair<Enum, const char *> (&names)[N], Enum value)
{
    for (const auto &[candidate, text] : names) {
        if (candidate == value)
            return QLatin1StringView(text);
    }
    return {};
}

} // namespace

PayloadResult SavedMessage::payload() const
{
    switch (kind) {
    case Kind::Text: return payloadcodec::decodeText(content, lineEnding);
    case Kind::Hex: return payloadcodec::decodeHex(content);
    case Kind::Base64: return payloadcodec::decodeBase64(content);
    case Kind::File: break;
    }
    PayloadResult result;
    result.error = LibraryText::tr("A file is sent by streaming it, not as one payload.");
    return result;
}

QString savedMessageKindName(SavedMessage::Kind kind)
{
    return toName(KindNames, kind);
}

qsizetype MessageLibrary::add(SavedMessage message)
{
    message.name = uniqueName(message.name);
    m_messages.append(std::move(message));
    return m_messages.size() - 1;
}

void MessageLibrary::replace(qsizetype index, SavedMessage message)
{
    message.name = uniqueName(message.name, index);
    m_messages[index] = std::move(message);
}

void MessageLibrary::remove(qsizetype index)
{
    m_messages.removeAt(index);
}

QString MessageLibrary::uniqueName(const QString &name, qsizetype ignoredIndex) const
{
    const QString base = name.trimmed().isEmpty() ? LibraryText::tr("message") : name.trimmed();
    const auto taken = [this, ignoredIndex](const QString &candidate) {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            if (i != ignoredIndex && m_messages.at(i).name == candidate)
                return true;
        }
        return false;
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = u"%1 (%2)"_s.arg(base).arg(n);
    return candidate;
}

QJsonArray MessageLibrary::toJsonArray() const
{
    QJsonArray array;
    for (const SavedMessage &message : m_messages) {
        QJsonObject o {{u"name"_s, message.name},
                       {u"kind"_s, savedMessageKindName(message.kind)},
                       {u"content"_s, message.content}};
        if (message.kind == SavedMessage::Kind::Text)
            o[u"lineEnding"_s] = toName(LineEndingNames, message.lineEnding);
        array.append(o);
    }
    for (const auto &entry : m_unreadable)
        array.append(entry);
    return array;
}

MessageLibrary MessageLibrary::fromJsonArray(const QJsonArray &array)
{
    MessageLibrary library;
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        const std::optional<SavedMessage::Kind> kind = fromName(KindNames, o[u"kind"_s].toString());
        const QString name = o[u"name"_s].toString();
        if (!kind || name.trimmed().isEmpty() || !o[u"content"_s].isString()) {
            library.m_unreadable.append(value);
            continue;
        }
        SavedMessage message {.name = name, .kind = *kind, .content = o[u"content"_s].toString()};
        message.lineEnding = fromName(LineEndingNames, o[u"lineEnding"_s].toString())
                                     .value_or(LineEnding::None);
        library.add(std::move(message));
    }
    return library;
}

QByteArray MessageLibrary::toJson() const
{
    const QJsonObject root {
            {u"format"_s, Format}, {u"version"_s, FormatVersion}, {u"messages"_s, toJsonArray()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool MessageLibrary::fromJson(const QByteArray &json, MessageLibrary *library, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = LibraryText::tr("Not valid JSON (offset %1): %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root[u"format"_s].toString() != Format) {
        *error = LibraryText::tr("Not a file of netbench messages (no \"format\": \"%1\").")
                         .arg(Format);
        return false;
    }
    if (const int version = root[u"version"_s].toInt(); version != FormatVersion) {
        *error = LibraryText::tr("Messages of version %1; this netbench reads version %2.")
                         .arg(version)
                         .arg(FormatVersion);
        return false;
    }
    *library = fromJsonArray(root[u"messages"_s].toArray());
    return true;
}

bool MessageLibrary::save(const QString &path, QString *error) const
{
    const QByteArray json = toJson();
    return writeRegularFile(
            path, [&json](const WriteFunction &write) { write(json); }, error);
}

bool MessageLibrary::load(const QString &path, MessageLibrary *library, QString *error)
{
    QFile file(path);
    if (!openRegularFile(&file, MaxFileBytes, error))
        return false;
    const QByteArray json = file.readAll();
    if (!fromJson(json, library, error)) {
        *error = LibraryText::tr("%1: %2").arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    return true;
}

qsizetype MessageLibrary::importFile(const QString &path, QString *error, qsizetype *unreadable)
{
    MessageLibrary imported;
    if (!load(path, &imported, error))
        return -1;
    if (unreadable)
        *unreadable = imported.unreadableCount();
    for (const SavedMessage &message : std::as_const(imported.m_messages))
        add(message);
    return imported.size();
}

QString MessageLibrary::globalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/messages.json"_s;
}

} // namespace session
