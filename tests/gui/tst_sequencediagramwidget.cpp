// SequenceDiagramWidget offscreen over a real loopback conversation: selection both ways with
// the event stream, the filters, zoom, SVG and PNG export through the buttons.

#include "gui/eventstreamwidget.h"
#include "gui/mainwindow.h"
#include "gui/sequencediagramwidget.h"
#include "gui/sequenceview.h"
#include "gui/tracereviewwindow.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/jsonlwriter.h"
#include "trace/tracerecorder.h"

#include "../net/testpeers.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using gui::EventStreamWidget;
using gui::SequenceDiagramWidget;
using gui::SequenceView;
using Kind = gui::SequenceItem::Kind;
using netcore::NetEvent;

class tst_SequenceDiagramWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clickSelectsTheRecordInTheStream();
    void streamSelectionSelectsTheItem();
    void filtersKeepTheSelection();
    void zoomButtonsAndCtrlWheel();
    void exportsThroughTheButtons();
    void selectionSurvivesTheCap();
    void windowDockShowsTheLiveConversation();
    void reviewShowsTheFilesConversation();

private:
    QList<trace::TraceRecord> m_records;
    quint64 m_client = 0, m_accepted = 0;
    std::unique_ptr<trace::TraceRecorder> m_recorder;
};

// One conversation: connect, "hello" each way, the client ends.
void tst_SequenceDiagramWidget::initTestCase()
{
    m_recorder = std::make_unique<trace::TraceRecorder>();
    netcore::NetObserver::install(m_recorder.get());
    netcore::Server server;
    QVERIFY(testpeers::listenAndWait(server, netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    netcore::Socket client;
    netcore::Socket *accepted = testpeers::connectAndAccept(server, client);
    QVERIFY(accepted);
    connect(accepted, &netcore::Socket::dataReceived, accepted,
            [accepted](const QByteArray &data) { accepted->write(data); });
    QSignalSpy echoed(&client, &netcore::Socket::dataReceived);
    client.write(QByteArray("hello"));
    QVERIFY(echoed.wait(5000));
    QSignalSpy closed(&client, &netcore::Socket::closed);
    client.end();
    QVERIFY(closed.wait(5000));
    QTRY_COMPARE(server.connectionCount(), 0);
    m_client = client.id();
    m_accepted = accepted->id();
    m_records = m_recorder->eventsSince(0);
    netcore::NetObserver::install(nullptr);
}

void tst_SequenceDiagramWidget::cleanupTestCase()
{
    m_recorder.reset();
}

static quint64 seqOf(const QList<trace::TraceRecord> &records, quint64 id, NetEvent event)
{
    for (const trace::TraceRecord &r : records) {
        if (r.endpointId == id && r.event == event)
            return r.seq;
    }
    return 0;
}

void tst_SequenceDiagramWidget::clickSelectsTheRecordInTheStream()
{
    EventStreamWidget stream;
    SequenceDiagramWidget diagram;
    diagram.follow(&stream);
    stream.appendRecords(m_records, 0);
    diagram.appendRecords(m_records);
    diagram.resize(900, 700);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diagram));
    QSignalSpy selected(&stream, &EventStreamWidget::recordSelected);

    // Click the FIN arrow's row: the stream's current row is the accepted socket's 'end'.
    const quint64 finSeq = seqOf(m_records, m_accepted, NetEvent::End);
    const qsizetype row = diagram.layout().rowForSeq(finSeq);
    QCOMPARE(diagram.layout().item(row).kind, Kind::Fin);
    SequenceView *view = diagram.view();
    view->verticalScrollBar()->setValue(0);
    const auto &g = view->geometry();
    const int y = int(g.headerHeight() + g.rowY(row)) - view->verticalScrollBar()->value();
    QVERIFY(y < view->viewport()->height());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(50, y));
    QCOMPARE(diagram.selectedSeq(), finSeq);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().value<trace::TraceRecord>().seq, finSeq);
    const QModelIndex current = stream.findChild<QTableView *>()->currentIndex();
    QCOMPARE(stream.model()->record(current.row()).seq, finSeq);

    // Down arrow: the next row, also in the stream.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(diagram.selectedSeq(), diagram.layout().seqOfRow(row + 1));
    QCOMPARE(selected.last().first().value<trace::TraceRecord>().seq,
             diagram.layout().seqOfRow(row + 1));
}

void tst_SequenceDiagramWidget::streamSelectionSelectsTheItem()
{
    EventStreamWidget stream;
    SequenceDiagramWidget diagram;
    diagram.follow(&stream);
    QSignalSpy activated(&diagram, &SequenceDiagramWidget::recordActivated);
    stream.appendRecords(m_records, 0);
    diagram.appendRecords(m_records);
    // Every record, picked in the stream's table, selects its item.
    QTableView *table = stream.findChild<QTableView *>();
    for (int row = 0; row < stream.model()->rowCount(); ++row) {
        table->setCurrentIndex(stream.model()->index(row, 0));
        QCOMPARE(diagram.selectedSeq(), stream.model()->record(row).seq);
    }
    QCOMPARE(activated.count(), 0); // the way back is quiet: no ping-pong
    QVERIFY(stream.selectRecord(m_records[2].seq));
    QCOMPARE(diagram.selectedSeq(), m_records[2].seq);
    QVERIFY(!stream.selectRecord(m_records.last().seq + 100));
}

void tst_SequenceDiagramWidget::filtersKeepTheSelection()
{
    SequenceDiagramWidget diagram;
    diagram.appendRecords(m_records);
    const quint64 finSeq = seqOf(m_records, m_accepted, NetEvent::End);
    QVERIFY(diagram.selectRecord(finSeq));
    auto *hideData = diagram.findChild<QCheckBox *>(u"sequenceHideData"_s);
    auto *hideInternal = diagram.findChild<QCheckBox *>(u"sequenceHideInternal"_s);
    QVERIFY(hideData && hideInternal);
    hideData->setChecked(true);
    QCOMPARE(diagram.layout().rowForSeq(seqOf(m_records, m_accepted, NetEvent::Data)), -1);
    QCOMPARE(diagram.layout().rowForSeq(seqOf(m_records, m_client, NetEvent::WriteCall)), -1);
    QCOMPARE(diagram.selectedSeq(), finSeq);
    hideInternal->setChecked(true);
    for (qsizetype row = 0; row < diagram.layout().itemCount(); ++row)
        QVERIFY(!diagram.layout().item(row).internal);
    QCOMPARE(diagram.selectedSeq(), finSeq);
    // A hidden record cannot be selected.
    QVERIFY(!diagram.selectRecord(seqOf(m_records, m_accepted, NetEvent::Data)));
    hideData->setChecked(false);
    hideInternal->setChecked(false);
    QCOMPARE(diagram.layout().itemCount(), m_records.size());
}

void tst_SequenceDiagramWidget::zoomButtonsAndCtrlWheel()
{
    SequenceDiagramWidget diagram;
    diagram.appendRecords(m_records);
    diagram.resize(700, 500);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diagram));
    SequenceView *view = diagram.view();
    const int range = view->verticalScrollBar()->maximum();
    diagram.findChild<QToolButton *>(u"sequenceZoomIn"_s)->click();
    QCOMPARE(view->zoom(), 1.25);
    QVERIFY(view->verticalScrollBar()->maximum() > range);
    diagram.findChild<QToolButton *>(u"sequenceZoomOut"_s)->click();
    QCOMPARE(view->zoom(), 1.0);
    QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), {},
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > 1.1);
    view->setZoom(100);
    QCOMPARE(view->zoom(), SequenceView::MaxZoom);
}

void tst_SequenceDiagramWidget::exportsThroughTheButtons()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SequenceDiagramWidget diagram;
    QString answer;
    QStringList warnings;
    gui::UserPrompts prompts;
    prompts.saveFileName = [&answer](QWidget *, const QString &, const QString &, const QString &) {
        return answer;
    };
    prompts.warn = [&warnings](QWidget *, const QString &, const QString &text) {
        warnings.append(text);
    };
    diagram.setPrompts(prompts);
    diagram.appendRecords(m_records);
    diagram.resize(900, 600);

    answer = dir.filePath(u"d.svg"_s);
    diagram.findChild<QToolButton *>(u"sequenceExportSvg"_s)->click();
    QFile svg(answer);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray svgText = svg.readAll();
    QVERIFY(svgText.startsWith("<?xml"));
    QVERIFY(svgText.contains(QByteArray(QByteArray("client #") + QByteArray::number(m_client))));
    QVERIFY(svgText.contains("5 B &quot;hello&quot;"));

    answer = dir.filePath(u"d.png"_s);
    diagram.findChild<QToolButton *>(u"sequenceExportPng"_s)->click();
    QImage png(answer);
    QVERIFY(!png.isNull());
    const QImage rendered = diagram.renderImage();
    QCOMPARE(png.size(), rendered.size());
    QVERIFY(png.width() >= 3 * 200 && png.height() > m_records.size() * 22);
    // Something is drawn: the data arrows' colour appears.
    bool green = false;
    for (int y = 0; y < png.height() && !green; ++y) {
        for (int x = 0; x < png.width() && !green; ++x)
            green = png.pixelColor(x, y) == QColor(0x2e, 0x8b, 0x3a);
    }
    QVERIFY(green);
    QVERIFY(warnings.isEmpty());

    // A path that cannot be written is said, not claimed as a success.
    answer = dir.filePath(u"missing/d.svg"_s);
    diagram.findChild<QToolButton *>(u"sequenceExportSvg"_s)->click();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"missing/d.svg"_s));
}

void tst_SequenceDiagramWidget::selectionSurvivesTheCap()
{
    QVERIFY(m_records.size() >= 18);
    SequenceDiagramWidget diagram;
    diagram.setMaxRecords(16);
    diagram.appendRecords(m_records.mid(0, 14));
    const quint64 selected = m_records[13].seq;
    QVERIFY(diagram.selectRecord(selected));
    // Past the cap the oldest half goes (but for what pairs the connection's ends) and the
    // rows move up: the selection moves with them.
    diagram.appendRecords(m_records.mid(14, 4));
    QVERIFY(diagram.layout().records().size() < 14u);
    QCOMPARE(diagram.layout().records().back().seq, m_records[17].seq);
    QCOMPARE(diagram.selectedSeq(), selected);
}

void tst_SequenceDiagramWidget::windowDockShowsTheLiveConversation()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    gui::MainWindow window;
    window.show();
    auto *dock = window.findChild<QDockWidget *>(u"sequenceDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), u"Sequence Diagram"_s);
    QVERIFY(window.findChild<QMenu *>(u"menuView"_s)->actions().contains(dock->toggleViewAction()));
    SequenceDiagramWidget *diagram = window.sequenceDiagram();
    QVERIFY(dock->isAncestorOf(diagram));

    // A tab behind the conversation: hidden, it lays nothing out.
    QSignalSpy onScreen(dock, &QDockWidget::visibilityChanged);
    window.findChild<QDockWidget *>(u"conversationDock"_s)->raise();
    QVERIFY(onScreen.isEmpty() || !onScreen.last().first().toBool());
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    window.createListener(listener);
    QTRY_VERIFY_WITH_TIMEOUT(window.eventStream()->totalRecords() >= 2, 10000);
    const gui::SequenceLayout &layout = diagram->layout();
    QCOMPARE(layout.itemCount(), 0);
    // Shown, it lays out what the window holds, and follows from then on.
    dock->raise();
    QTRY_VERIFY(!onScreen.isEmpty() && onScreen.last().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
            !layout.lanes().isEmpty() && layout.laneSubtitle(0).startsWith(u"127.0.0.1:"_s), 10000);
    const int port = layout.laneSubtitle(0).section(u':', 1).toInt();
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    window.createClient(client);
    // The window's records reach the diagram: connect/accept arrows, three lanes side by side.
    const auto has = [&layout](Kind kind) {
        for (qsizetype row = 0; row < layout.itemCount(); ++row) {
            if (layout.item(row).kind == kind)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(has(Kind::Connect) && has(Kind::Accept), 10000);
    QCOMPARE(layout.laneOrder().size(), 3);
    QCOMPARE(layout.lanes()[layout.laneOrder()[1]].role, gui::SequenceLane::Role::Accepted);
    QCOMPARE(layout.lanes()[layout.laneOrder()[2]].role, gui::SequenceLane::Role::Client);
    // Clear Events clears the diagram too.
    window.findChild<QAction *>(u"actionClearEvents"_s)->trigger();
    QCOMPARE(layout.itemCount(), 0);
}

void tst_SequenceDiagramWidget::reviewShowsTheFilesConversation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"run.jsonl"_s);
    {
        trace::JsonlWriter writer;
        QString error;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        for (const trace::TraceRecord &r : std::as_const(m_records))
            writer.consume(r);
        writer.flush();
    }
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    gui::MainWindow window;
    QSignalSpy opened(&window, &gui::MainWindow::traceFileOpened);
    window.openTraceFile(path);
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().at(1).toBool());
    gui::TraceReviewWindow *review = window.reviewWindows().constLast();
    SequenceDiagramWidget *diagram = review->sequenceDiagram();
    QVERIFY(diagram);
    QCOMPARE(diagram->objectName(), u"reviewSequenceDiagram"_s);
    QCOMPARE(diagram->layout().itemCount(), m_records.size());
    QCOMPARE(diagram->layout().lanes().size(), 3);
    // The live window's diagram is not touched by a review.
    QCOMPARE(window.sequenceDiagram()->layout().itemCount(), 0);
    // Selection both ways with the review's own stream.
    const quint64 finSeq = seqOf(m_records, m_accepted, NetEvent::End);
    // The review's stream shows the selected endpoint's rows: pick the accepted socket.
    review->selectEndpoint(m_accepted);
    QVERIFY(review->eventStream()->selectRecord(finSeq));
    QCOMPARE(diagram->selectedSeq(), finSeq);
    QSignalSpy selected(review->eventStream(), &EventStreamWidget::recordSelected);
    const quint64 dataSeq = seqOf(m_records, m_accepted, NetEvent::Data);
    Q_EMIT diagram->recordActivated(dataSeq);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().value<trace::TraceRecord>().seq, dataSeq);
    // An item of another endpoint than the one the review's stream is narrowed to: the review
    // selects that endpoint, then the record.
    const quint64 listeningSeq = m_records.constFirst().seq;
    QVERIFY(!review->eventStream()->selectRecord(listeningSeq)); // hidden by the endpoint filter
    Q_EMIT diagram->recordActivated(listeningSeq);
    QCOMPARE(selected.last().first().value<trace::TraceRecord>().seq, listeningSeq);
    QCOMPARE(review->selectedEndpoint(), m_records.constFirst().endpointId);
    review->close();
}

QTEST_MAIN(tst_SequenceDiagramWidget)
#include "tst_sequencediagramwidget.moc"
