// session::MessageLibrary: saved messages, their bytes, unique names, and the JSON file that
// the global library, export and import use.

#include "session/messagelibrary.h"
#include "session/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using session::LineEnding;
using session::MessageLibrary;
using session::SavedMessage;

namespace {

MessageLibrary sample()
{
    MessageLibrary library;
    library.add({.name = u"ping"_s, .kind = SavedMessage::Kind::Text, .content = u"PING\\r\\n"_s});
    library.add({.name = u"hello"_s,
                 .kind = SavedMessage::Kind::Text,
                 .content = u"hi"_s,
                 .lineEnding = LineEnding::CrLf});
    library.add({.name = u"bytes"_s, .kind = SavedMessage::Kind::Hex, .content = u"00 ff"_s});
    library.add({.name = u"b64"_s, .kind = SavedMessage::Kind::Base64, .content = u"aGk="_s});
    library.add({.name = u"request"_s,
                 .kind = SavedMessage::Kind::File,
                 .content = u"/tmp/request.bin"_s});
    return library;
}

} // namespace

class tst_MessageLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadDecodesEachKind();
    void invalidPayloadSaysWhy();
    void namesStayUnique();
    void replaceKeepsItsOwnName();
    void jsonRoundTrips();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void entriesThatAreNotMessagesAreKeptAsWritten();
    void saveLoadAndImport();
    void globalPathIsInTheAppDataFolder();
    void workspaceKeepsItsMessages();
};

void tst_MessageLibrary::payloadDecodesEachKind()
{
    const MessageLibrary library = sample();
    QCOMPARE(library.at(0).payload().bytes, QByteArray("PING\r\n"));
    QCOMPARE(library.at(1).payload().bytes, QByteArray("hi\r\n"));
    QCOMPARE(library.at(2).payload().bytes, QByteArray("\x00\xff", 2));
    QCOMPARE(library.at(3).payload().bytes, QByteArray("hi"));
    QVERIFY(!library.at(4).payload().isValid()); // a file is streamed, never one payload
}

void tst_MessageLibrary::invalidPayloadSaysWhy()
{
    const SavedMessage bad {.name = u"bad"_s, .kind = SavedMessage::Kind::Hex, .content = u"0g"_s};
    const session::PayloadResult result = bad.payload();
    QVERIFY(!result.isValid());
    QCOMPARE(result.position, 1);
}

void tst_MessageLibrary::namesStayUnique()
{
    MessageLibrary library;
    QCOMPARE(library.add({.name = u"ping"_s}), 0);
    library.add({.name = u"ping"_s});
    library.add({.name = u" ping "_s});
    library.add({.name = QString()});
    QCOMPARE(library.at(0).name, u"ping"_s);
    QCOMPARE(library.at(1).name, u"ping (2)"_s);
    QCOMPARE(library.at(2).name, u"ping (3)"_s);
    QCOMPARE(library.at(3).name, u"message"_s);
    library.remove(1);
    QCOMPARE(library.size(), 3);
    QCOMPARE(library.uniqueName(u"ping"_s), u"ping (2)"_s);
}

void tst_MessageLibrary::replaceKeepsItsOwnName()
{
    MessageLibrary library = sample();
    SavedMessage edited = library.at(0);
    edited.content = u"PONG"_s;
    library.replace(0, edited);
    QCOMPARE(library.at(0).name, u"ping"_s); // its own name is no clash
    edited.name = u"hello"_s;
    library.replace(0, edited);
    QCOMPARE(library.at(0).name, u"hello (2)"_s);
}

void tst_MessageLibrary::jsonRoundTrips()
{
    const MessageLibrary library = sample();
    MessageLibrary read;
    QString error;
    QVERIFY2(MessageLibrary::fromJson(library.toJson(), &read, &error), qPrintable(error));
    QCOMPARE(read, library);
    const QJsonObject root = QJsonDocument::fromJson(library.toJson()).object();
    QCOMPARE(root[u"format"_s].toString(), u"netbench-messages"_s);
    QCOMPARE(root[u"version"_s].toInt(), 1);
    const QJsonObject first = root[u"messages"_s].toArray().at(1).toObject();
    QCOMPARE(first[u"kind"_s].toString(), u"text"_s);
    QCOMPARE(first[u"lineEnding"_s].toString(), u"crlf"_s);
}

void tst_MessageLibrary::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{") << u"Not valid JSON"_s;
    QTest::newRow("a workspace") << QByteArray(R"({"format":"netbench-workspace","version":1})")
                                 << u"Not a file of netbench messages"_s;
    QTest::newRow("newer") << QByteArray(R"({"format":"netbench-messages","version":2})")
                           << u"Messages of version 2"_s;
}

void tst_MessageLibrary::badFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    MessageLibrary library = sample();
    QString message;
    QVERIFY(!MessageLibrary::fromJson(json, &library, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(library, sample()); // untouched
}

// What cannot be read is neither a message nor lost: it is counted, and written back as it was.
void tst_MessageLibrary::entriesThatAreNotMessagesAreKeptAsWritten()
{
    const QJsonArray array = QJsonDocument::fromJson(R"([
        {"name":"ok","kind":"hex","content":"01"},
        {"name":"","kind":"text","content":"x"},
        {"name":"odd","kind":"morse","content":"..."},
        {"name":"nocontent","kind":"text"},
        42
    ])")
                                     .array();
    const MessageLibrary library = MessageLibrary::fromJsonArray(array);
    QCOMPARE(library.size(), 1);
    QCOMPARE(library.at(0).name, u"ok"_s);
    QCOMPARE(library.unreadableCount(), 4);
    const QJsonArray written = library.toJsonArray();
    QCOMPARE(written.size(), 5);
    for (qsizetype i = 1; i < array.size(); ++i)
        QVERIFY2(written.contains(array.at(i)), qPrintable(QString::number(i)));

    // Imported from a file, they are counted and left out: the file still has them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"odd.json"_s);
    QString error;
    QVERIFY2(library.save(path, &error), qPrintable(error));
    MessageLibrary mine;
    qsizetype unreadable = 0;
    QCOMPARE(mine.importFile(path, &error, &unreadable), 1);
    QCOMPARE(unreadable, 4);
    QCOMPARE(mine.unreadableCount(), 0);
}

void tst_MessageLibrary::saveLoadAndImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"messages.json"_s);
    QString error;
    QVERIFY2(sample().save(path, &error), qPrintable(error));
    MessageLibrary loaded;
    QVERIFY2(MessageLibrary::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, sample());

    MessageLibrary mine;
    mine.add({.name = u"ping"_s, .content = u"mine"_s});
    QCOMPARE(mine.importFile(path, &error), 5);
    QCOMPARE(mine.size(), 6);
    QCOMPARE(mine.at(0).content, u"mine"_s);
    QCOMPARE(mine.at(1).name, u"ping (2)"_s); // an imported name never replaces one of ours
    QCOMPARE(mine.at(1).content, u"PING\\r\\n"_s);

    QCOMPARE(mine.importFile(dir.filePath(u"missing.json"_s), &error), -1);
    QVERIFY(!error.isEmpty());
    QCOMPARE(mine.importFile(u"/dev/zero"_s, &error), -1); // never read forever
    QCOMPARE(mine.size(), 6);
}

void tst_MessageLibrary::globalPathIsInTheAppDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(MessageLibrary::globalPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/'));
    QVERIFY(MessageLibrary::globalPath().endsWith(u"/messages.json"_s));
}

// A workspace file carries the workspace's own messages; one written before they existed has
// none.
void tst_MessageLibrary::workspaceKeepsItsMessages()
{
    session::Workspace workspace;
    workspace.messages = sample();
    session::Workspace read;
    QString error;
    QVERIFY2(session::Workspace::fromJson(workspace.toJson(), &read, &error), qPrintable(error));
    QCOMPARE(read.messages, sample());
    QVERIFY2(session::Workspace::fromJson(R"({"format":"netbench-workspace","version":1})", &read,
                                          &error),
             qPrintable(error));
    QVERIFY(read.messages.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MessageLibrary)
#include "tst_messagelibrary.moc"
