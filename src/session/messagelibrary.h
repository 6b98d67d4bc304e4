#pragma once

#include "payloadcodec.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace session {

// One saved message: a name and what to send, kept as the composer shows it (text with
// escapes, hex, base64 as typed, or a file's path), so it can be edited again.
struct SavedMessage
{
    enum class Kind { Text, Hex, Base64, File };

    QString name {};
    Kind kind = Kind::Text;
    QString content {};                       // the typed payload; for File, the file's path
    LineEnding lineEnding = LineEnding::None; // Text only: appended, and for typed line breaks

    // The bytes to send, or why they cannot be sent. Not for File: a file is streamed.
    PayloadResult payload() const;

    friend bool operator==(const SavedMessage &, const SavedMessage &) = default;
};

QString savedMessageKindName(SavedMessage::Kind kind); // "text", "hex", "base64", "file"

// A list of saved messages, in the user's order. The window keeps two: the workspace's (saved in
// the workspace file) and a global one (messages.json in the application's data folder). Both
// are exported and imported as a JSON file:
//   {"format":"netbench-messages","version":1,"messages":[{"name":"ping","kind":"text",
//    "content":"PING\\r\\n","lineEnding":"none"}, ...]}
class MessageLibrary final
{
public:
    // Far more than anyone saves; a larger file is refused unread.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    const QList<SavedMessage> &messages() const { return m_messages; }
    qsizetype size() const { return m_messages.size(); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    const SavedMessage &at(qsizetype index) const { return m_messages.at(index); }

    // Appends message, its name made unique ("ping" -> "ping (2)"); returns its index.
    qsizetype add(SavedMessage message);
    // Replaces the message at index; the name is made unique among the others.
    void replace(qsizetype index, SavedMessage message);
    void remove(qsizetype index);
    // name, or name with the first free " (N)" suffix, so no two messages share a name.
    QString uniqueName(const QString &name, qsizetype ignoredIndex = -1) const;

    // The messages, then the entries that could not be read, as they were.
    QJsonArray toJsonArray() const;
    // Entries that are not messages (no name, an unknown kind, no content) are not messages
    // of the library, but are kept as written, so that saving it again loses nothing.
    static MessageLibrary fromJsonArray(const QJsonArray &array);
    qsizetype unreadableCount() const { return m_unreadable.size(); }

    QByteArray toJson() const; // the export file
    // false with a readable *error for anything that is not a messages file of a known version.
    static bool fromJson(const QByteArray &json, MessageLibrary *library, QString *error);

    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, MessageLibrary *library, QString *error);
    // Adds the messages of the file at path (names made unique); the number added, or -1
    // with *error. Its entries that are not messages are left out and counted in *unreadable.
    qsizetype importFile(const QString &path, QString *error, qsizetype *unreadable = nullptr);

    // Where the global library lives: messages.json in QStandardPaths::AppDataLocation.
    static QString globalPath();

    friend bool operator==(const MessageLibrary &, const MessageLibrary &) = default;

private:
    QList<SavedMessage> m_messages;
    QJsonArray m_unreadable;
};

} // namespace session
