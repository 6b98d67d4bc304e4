// The conversation view over a real loopback exchange recorded by a TraceRecorder: both
// directions in order with their markers, the text encodings and the hex dump, the cap's
// "not captured" note, bounded rendering of a 16 MiB transcript, copy and save.

#include "gui/conversationwidget.h"
#include "gui/statustext.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/tracerecorder.h"

#include "filesizelimit.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <optional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using gui::ConversationWidget;
using trace::Direction;

namespace {

struct Recorded
{
    quint64 clientId = 0;
    trace::Transcript transcript;
    QList<trace::TraceRecord> records;
};

// A client sends `request`, the server answers `reply` and ends; the client ends; both close.
void exchange(const QByteArray &request, const QByteArray &reply, qint64 cap, Recorded *out)
{
    trace::RecorderOptions options;
    options.transcripts.capPerDirection = cap;
    trace::TraceRecorder recorder(options);
    netcore::NetObserver::install(&recorder);
    {
        netcore::Server server;
        QSignalSpy listening(&server, &netcore::Server::listening);
        QVERIFY(!server.listen(netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
        QVERIFY(listening.wait(5000));
        QObject::connect(&server, &netcore::Server::newConnection, &server,
                         [reply, size = request.size()](netcore::Socket *socket) {
                             auto got = std::make_shared<qsizetype>(0);
                             QObject::connect(socket, &netcore::Socket::dataReceived, socket,
                                              [socket, reply, size, got](const QByteArray &d) {
                                                  *got += d.size();
                                                  if (*got == size)
                                                      socket->end(reply);
                                              });
                         });
        netcore::Socket client;
        QByteArray received;
        QObject::connect(&client, &netcore::Socket::dataReceived, &client,
                         [&received](const QByteArray &d) { received += d; });
        QObject::connect(&client, &netcore::Socket::ended, &client, [&client] { client.end(); });
        QSignalSpy closed(&client, &netcore::Socket::closed);
        QVERIFY(!client.connectTo(server.address().port(), u"127.0.0.1"_s));
        QSignalSpy connected(&client, &netcore::Socket::connected);
        QVERIFY(connected.wait(5000));
        client.write(request);
        QVERIFY(closed.wait(20000));
        QCOMPARE(received, reply);
        QTRY_COMPARE(server.connectionCount(), 0);
        out->clientId = client.id();
    }
    netcore::NetObserver::install(nullptr);
    out->transcript = *recorder.transcript(out->clientId);
    for (const trace::TraceRecord &record : recorder.eventsSince(0)) {
        if (record.endpointId == out->clientId)
            out->records.append(record);
    }
}

} // namespace

class tst_ConversationWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsBothDirectionsInOrderWithMarkers();
    void textEncodings();
    void hexViewDumpsEachChunkAtItsStreamOffset();
    // Line endings and control bytes are visible without choosing anything.
    void escapesAreShownByDefault();
    // A narrow panel gets fewer bytes per line, never a cut line.
    void hexDumpWrapsToThePanelWidth();
    void notesWhatTheCapDidNotCapture();
    void largeTranscriptRendersABoundedView();
    void copyAndSave();
    void failedSavesSayWhy_data();
    void failedSavesSayWhy();
    void emptyAndCleared();
    void screenshot();

private:
    ConversationWidget *m_widget = nullptr;
    QStringList m_warnings;
};

void tst_ConversationWidget::init()
{
    m_widget = new ConversationWidget;
    m_warnings.clear();
    m_widget->setWarnFunction(
            [this](QWidget *, const QString &, const QString &text) { m_warnings.append(text); });
    m_widget->resize(760, 420);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
}

void tst_ConversationWidget::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
}

void tst_ConversationWidget::showsBothDirectionsInOrderWithMarkers()
{
    Recorded r;
    exchange("GET / HTTP/1.0\r\n\r\n", "HTTP/1.0 200 OK\r\n\r\nhello", 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    m_widget->setConversation(r.clientId, r.transcript, r.records);
    const QString text = m_widget->renderedText();
    const QStringList expectedOrder
            = {u"● connected"_s,         u"→ sent 18 bytes"_s, u"GET / HTTP/1.0"_s,
               u"← received 24 bytes"_s, u"HTTP/1.0 200 OK"_s, u"hello"_s,
               u"← FIN received"_s,      u"→ end() called"_s,  u"■ closed"_s};
    qsizetype at = 0;
    for (const QString &part : expectedOrder) {
        const qsizetype found = text.indexOf(part, at);
        QVERIFY2(found >= 0, qPrintable(part + u"\n---\n"_s + text));
        at = found + part.size();
    }
    QVERIFY2(text.contains(u" ms"_s), qPrintable(text)); // chunk times from the records
    QVERIFY(!text.contains(u"not captured"_s));
    // Colours differ by direction.
    auto *view = m_widget->findChild<QPlainTextEdit *>(u"textView"_s);
    QTextDocument *document = view->document();
    QColor sentColor, receivedColor;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(u"GET"_s))
            sentColor = block.begin().fragment().charFormat().foreground().color();
        if (block.text().startsWith(u"HTTP"_s))
            receivedColor = block.begin().fragment().charFormat().foreground().color();
    }
    QVERIFY(sentColor.isValid() && receivedColor.isValid());
    QVERIFY(sentColor != receivedColor);
    const QString summary = m_widget->findChild<gui::StatusText *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"closed"_s), qPrintable(summary));
}

void tst_ConversationWidget::textEncodings()
{
    Recorded r;
    exchange("caf\xc3\xa9\r\n\x01"_ba, "\xe9t\xe9\n"_ba, 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    m_widget->setConversation(r.clientId, r.transcript, r.records);
    auto *combo = m_widget->findChild<QComboBox *>(u"encodingCombo"_s);
    QCOMPARE(combo->count(), 3);
    m_widget->setEncoding(gui::ConversationEncoding::Utf8);
    QString text = m_widget->renderedText();
    QVERIFY2(text.contains(u"café\n\u2401"_s), qPrintable(text));
    QVERIFY(text.contains(QChar(0xfffd))); // Latin-1 bytes are not UTF-8
    m_widget->setEncoding(gui::ConversationEncoding::Latin1);
    text = m_widget->renderedText();
    QVERIFY2(text.contains(u"Ã©"_s), qPrintable(text));
    QVERIFY(text.contains(u"été"_s));
    m_widget->setEncoding(gui::ConversationEncoding::Escaped);
    text = m_widget->renderedText();
    QVERIFY2(text.contains(u"caf\\xc3\\xa9\\r\\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"\\x01"_s));
    QVERIFY(text.contains(u"\\xe9t\\xe9\\n"_s));
}

void tst_ConversationWidget::escapesAreShownByDefault()
{
    Recorded r;
    exchange("GET / HTTP/1.0\r\n\x01\r\n", "ok\n", 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    ConversationWidget fresh;
    fresh.setConversation(r.clientId, r.transcript, r.records);
    const QString text = fresh.renderedText();
    QVERIFY2(text.contains(u"GET / HTTP/1.0\\r\\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\\x01\\r\\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"ok\\n"_s), qPrintable(text));
    QCOMPARE(fresh.findChild<QComboBox *>(u"encodingCombo"_s)->currentData().toInt(),
             int(gui::ConversationEncoding::Escaped));
}

void tst_ConversationWidget::hexDumpWrapsToThePanelWidth()
{
    Recorded r;
    exchange(QByteArray(40, 'x'), "ok", 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    m_widget->setConversation(r.clientId, r.transcript, r.records);
    m_widget->findChild<QTabWidget *>(u"viewTabs"_s)->setCurrentIndex(1);
    auto *view = m_widget->findChild<QPlainTextEdit *>(u"hexView"_s);
    const auto longestLine = [view] {
        qsizetype longest = 0;
        for (const QString &line : view->toPlainText().split(u'\n'))
            longest = qMax(longest, line.size());
        return longest;
    };
    const auto columns = [view] {
        return (view->viewport()->width() - 2 * int(view->document()->documentMargin()))
                / view->fontMetrics().horizontalAdvance(u'0');
    };
    QVERIFY(columns() > 80); // wide: the classic 16 bytes per line
    QVERIFY(view->toPlainText().contains(u"00000010  78"_s));
    for (const int width : {460, 330}) {
        m_widget->resize(width, 420);
        QTRY_VERIFY2(longestLine() <= columns(),
                     qPrintable(u"%1 columns:\n"_s.arg(columns()) + view->toPlainText()));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    }
    // Fewer bytes per line now: a line starts at offset 8 (or 4).
    QVERIFY2(view->toPlainText().contains(u"00000008  78"_s)
                     || view->toPlainText().contains(u"00000004  78"_s),
             qPrintable(view->toPlainText()));
}

void tst_ConversationWidget::hexViewDumpsEachChunkAtItsStreamOffset()
{
    Recorded r;
    exchange("0123456789abcdefXYZ", "ok", 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    m_widget->setConversation(r.clientId, r.transcript, r.records);
    m_widget->findChild<QTabWidget *>(u"viewTabs"_s)->setCurrentIndex(1);
    const QString hex = m_widget->findChild<QPlainTextEdit *>(u"hexView"_s)->toPlainText();
    QVERIFY2(
            hex.contains(
                    u"00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|"_s),
            qPrintable(hex));
    QVERIFY(hex.contains(u"00000010  58 59 5a"_s));
    QVERIFY(hex.contains(u"00000000  6f 6b"_s));
    QVERIFY(hex.contains(u"→ sent"_s));
    QVERIFY(hex.contains(u"← received"_s));
    QVERIFY(hex.contains(u"■ closed"_s));
    QCOMPARE(m_widget->renderedHexDump(), hex);
}

void tst_ConversationWidget::notesWhatTheCapDidNotCapture()
{
    Recorded r;
    exchange(QByteArray(300, 'q'), QByteArray(10, 'r'), 100, &r);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.transcript.stats.uncaptured(Direction::Out), 200);
    m_widget->setConversation(r.clientId, r.transcript, r.records);
    const QString text = m_widget->renderedText();
    QVERIFY2(text.contains(u"200 bytes of this chunk not captured"_s), qPrintable(text));
    QVERIFY(text.contains(QString(100, u'q')));
    QVERIFY(!text.contains(QString(101, u'q')));
    QVERIFY(m_widget->findChild<gui::StatusText *>(u"summaryLabel"_s)
                    ->text()
                    .contains(u"200 bytes not captured"_s));
}

void tst_ConversationWidget::largeTranscriptRendersABoundedView()
{
    // A full 16 MiB transcript in many chunks, as a fast sender leaves it.
    trace::Transcript transcript;
    const qint64 chunk = 64 * 1024;
    const qint64 total = 16 * 1024 * 1024;
    transcript.bytes[int(Direction::Out)] = QByteArray(total, 'a');
    transcript.bytes[int(Direction::Out)].replace(total - 5, 5, "LAST!");
    transcript.bytes[int(Direction::Out)].replace(0, 6, "FIRST!");
    quint64 seq = 1;
    transcript.entries.append(
            {seq++, 0, 0, 0, trace::TranscriptEntry::Kind::Connected, Direction::In});
    for (qint64 offset = 0; offset < total; offset += chunk)
        transcript.entries.append(
                {seq++, offset, chunk, chunk, trace::TranscriptEntry::Kind::Data, Direction::Out});
    transcript.entries.append(
            {seq++, 0, 0, 0, trace::TranscriptEntry::Kind::Closed, Direction::In});
    transcript.stats.endpointId = 7;
    transcript.stats.totalBytes[int(Direction::Out)] = total;
    transcript.stats.capturedBytes[int(Direction::Out)] = total;

    // Bounded output, not a time, is what is checked: the rendered text stays within the budget.
    m_widget->setConversation(7, transcript, {});
    QString text = m_widget->renderedText();
    m_widget->setEncoding(gui::ConversationEncoding::Escaped);
    text = m_widget->renderedText();
    const QString hex = m_widget->renderedHexDump();
    const qint64 budget = ConversationWidget::DefaultRenderBudget;
    QVERIFY(text.size() < 4 * 2 * budget + 10000);
    QVERIFY(hex.size() < 6 * 2 * budget);
    QVERIFY(text.contains(u"FIRST!"_s));
    QVERIFY(text.contains(u"LAST!"_s));
    QVERIFY2(text.contains(u"not shown here"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(u"● connected"_s));
    QVERIFY(text.contains(u"■ closed"_s));
    QVERIFY(hex.contains(u"00fffff0  61 61 61 61 61 61 61 61  61 61 61 4c 41 53 54 21"_s));

    // Saving writes everything, not just what is shown.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.txt"_s);
    m_widget->setEncoding(gui::ConversationEncoding::Latin1);
    QVERIFY(m_widget->saveAsText(path));
    QVERIFY(QFileInfo(path).size() > total);
}

void tst_ConversationWidget::copyAndSave()
{
    Recorded r;
    exchange(QByteArray("ping\x00\xff", 6), "pong", 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    m_widget->setConversation(r.clientId, r.transcript, r.records);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), m_widget->renderedText());
    QVERIFY(QApplication::clipboard()->text().contains(u"pong"_s));

    QTemporaryDir dir;
    QStringList asked;
    m_widget->setSaveFileFunction([&](QWidget *, const QString &, const QString &suggested) {
        asked.append(suggested);
        return dir.filePath(suggested);
    });
    QSignalSpy saved(m_widget, &ConversationWidget::saved);
    for (const char *name : {"saveSentAction", "saveReceivedAction", "saveTextAction"}) {
        auto *action = m_widget->findChild<QAction *>(QLatin1StringView(name));
        QVERIFY2(action, name);
        action->trigger();
    }
    QCOMPARE(saved.count(), 3);
    QCOMPARE(asked.size(), 3);
    auto contents = [&](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QCOMPARE(contents(asked.at(0)), QByteArray("ping\x00\xff", 6));
    QCOMPARE(contents(asked.at(1)), QByteArray("pong"));
    const QString text = QString::fromUtf8(contents(asked.at(2)));
    QVERIFY(text.contains(u"→ sent 6 bytes"_s));
    QVERIFY(text.contains(u"■ closed"_s));

    QSignalSpy failed(m_widget, &ConversationWidget::saveFailed);
    QVERIFY(!m_widget->saveRawBytes(Direction::In, dir.filePath(u"no/such/dir/x"_s)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_warnings.size(), 1); // shown, not only signalled
}

void tst_ConversationWidget::failedSavesSayWhy_data()
{
    QTest::addColumn<bool>("asText");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    for (const bool asText : {false, true}) {
        const char *what = asText ? "text" : "bytes";
        QTest::addRow("%s to a FIFO", what) << asText << u"fifo"_s << u"not a regular file"_s;
        QTest::addRow("%s on a full disk", what) << asText << u"full"_s << u"File too large"_s;
    }
}

// A save that cannot be done says why (with the path), claims nothing, and leaves what was at
// the path: QSaveFile alone replaced a FIFO with a file, and lost a failed flush.
void tst_ConversationWidget::failedSavesSayWhy()
{
    QFETCH(bool, asText);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    Recorded r;
    exchange("ping, a few more bytes than the limit", "pong", 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    m_widget->setConversation(r.clientId, r.transcript, r.records);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"target"_s);
    const QByteArray nativePath = QFile::encodeName(path);
    if (target == u"fifo"_s) {
        QCOMPARE(::mkfifo(nativePath.constData(), 0600), 0);
    } else {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QSignalSpy saved(m_widget, &ConversationWidget::saved);
    QSignalSpy failed(m_widget, &ConversationWidget::saveFailed);
    bool ok = true;
    {
        std::optional<FileSizeLimit> limit;
        if (target == u"full"_s) {
            limit.emplace(8);
            QVERIFY(limit->isActive());
        }
        ok = asText ? m_widget->saveAsText(path) : m_widget->saveRawBytes(Direction::Out, path);
    }
    QVERIFY(!ok);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.constFirst().contains(path) && m_warnings.constFirst().contains(reason),
             qPrintable(m_warnings.constFirst()));
    struct stat status
    { };
    QCOMPARE(::stat(nativePath.constData(), &status), 0);
    if (target == u"fifo"_s) {
        QVERIFY(S_ISFIFO(status.st_mode));
    } else {
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), "old");
    }
}

void tst_ConversationWidget::emptyAndCleared()
{
    QVERIFY(!m_widget->findChild<QPushButton *>(u"copyButton"_s)->isEnabled());
    QVERIFY(m_widget->renderedText().isEmpty());
    m_widget->setConversation(3, trace::Transcript {}, {});
    QVERIFY(m_widget->renderedText().contains(u"Nothing recorded"_s));
    m_widget->clear();
    QVERIFY(m_widget->renderedText().isEmpty());
    QCOMPARE(m_widget->endpointId(), 0u);
}

void tst_ConversationWidget::screenshot()
{
    Recorded r;
    exchange("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
             "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello\x00\x01", 1 << 20, &r);
    if (QTest::currentTestFailed())
        return;
    m_widget->setConversation(r.clientId, r.transcript, r.records);
    QVERIFY(m_widget->grab().save(u"/tmp/conversation-text.png"_s));
    m_widget->findChild<QTabWidget *>(u"viewTabs"_s)->setCurrentIndex(1);
    QVERIFY(m_widget->grab().save(u"/tmp/conversation-hex.png"_s));
}

QTEST_MAIN(tst_ConversationWidget)
#include "tst_conversationwidget.moc"
