// EventStreamWidget, offscreen, over records of real loopback traffic: a netcore Server and
// Socket on 127.0.0.1 in this thread with a TraceRecorder installed, fed through EventFeed.
// Filters by text, event and endpoint; the details pane; JSONL export read back by
// openTrace(); CSV export; double-click; capacity; follow.

#include "gui/eventfeed.h"
#include "gui/eventpresentation.h"
#include "gui/eventstreamwidget.h"
#include "gui/statustext.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/jsonlreader.h"
#include "trace/tracerecorder.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using gui::EventStreamWidget;
using netcore::NetEvent;
using trace::TraceRecord;

namespace {

struct Traffic
{
    quint64 serverId = 0;
    quint64 clientId = 0;
    quint64 acceptedId = 0;
    quint64 refusedId = 0;
};

// An echo of payload over 127.0.0.1, then a connect to the closed port (ECONNREFUSED).
void runTraffic(const QByteArray &payload, Traffic *traffic)
{
    int port = 0;
    {
        netcore::Server server;
        QSignalSpy listening(&server, &netcore::Server::listening);
        QSignalSpy serverClosed(&server, &netcore::Server::closed);
        QVERIFY(!server.listen(0, u"127.0.0.1"_s));
        QVERIFY(listening.wait(5000));
        QObject::connect(&server, &netcore::Server::newConnection, &server,
                         [traffic](netcore::Socket *socket) {
                             traffic->acceptedId = socket->id();
                             QObject::connect(
                                     socket, &netcore::Socket::dataReceived, socket,
                                     [socket](const QByteArray &data) { socket->write(data); });
                         });
        netcore::Socket client;
        QByteArray echoed;
        QSignalSpy clientClosed(&client, &netcore::Socket::closed);
        QObject::connect(&client, &netcore::Socket::dataReceived, &client,
                         [&echoed](const QByteArray &data) { echoed += data; });
        port = server.address().port();
        QVERIFY(!client.connectTo(port, u"127.0.0.1"_s));
        QSignalSpy connected(&client, &netcore::Socket::connected);
        QVERIFY(connected.wait(5000));
        client.write(payload);
        QTRY_COMPARE(echoed.size(), payload.size());
        client.end();
        QTRY_COMPARE(clientClosed.count(), 1);
        QTRY_COMPARE(server.connectionCount(), 0);
        server.close();
        QTRY_COMPARE(serverClosed.count(), 1);
        traffic->serverId = server.id();
        traffic->clientId = client.id();
    }
    netcore::Socket refused;
    QSignalSpy failed(&refused, &netcore::Socket::errorOccurred);
    QSignalSpy closed(&refused, &netcore::Socket::closed);
    QVERIFY(!refused.connectTo(port, u"127.0.0.1"_s));
    QVERIFY(failed.wait(5000));
    QTRY_COMPARE(closed.count(), 1);
    traffic->refusedId = refused.id();
}

qsizetype countIf(const QList<TraceRecord> &records, auto &&predicate)
{
    return std::count_if(records.cbegin(), records.cend(), predicate);
}

} // namespace

class EventStreamWidgetTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsLiveRecords();
    void filterByText();
    void filterByEventKind();
    void filterByEndpoint();
    void hideAutomaticRows();
    void detailsOfSelectedRecord();
    void doubleClickActivatesEndpoint();
    void exportJsonlAndReview();
    void exportCsv();
    void openTraceRefusesBadFile();
    void capacityDropsOldest();
    void followKeepsTailInView();
    void floodStaysResponsive();
    void endpointFilterKeepsItsWidth();

private:
    template<typename T> T *find(const QString &name) const
    {
        auto *child = m_widget->findChild<T *>(name);
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }

    trace::TraceRecorder m_recorder;
    Traffic m_traffic;
    QList<TraceRecord> m_records; // what the recorder holds after the traffic
    std::unique_ptr<EventStreamWidget> m_widget;
    QTemporaryDir m_dir;
};

void EventStreamWidgetTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    netcore::NetObserver::install(&m_recorder);
    runTraffic("hello event stream", &m_traffic);
    netcore::NetObserver::install(nullptr);
    QVERIFY(!QTest::currentTestFailed());
    m_records = m_recorder.eventsSince(0);
    QVERIFY(m_records.size() > 20);
}

void EventStreamWidgetTest::init()
{
    m_widget = std::make_unique<EventStreamWidget>();
    m_widget->resize(1000, 600);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    gui::EventFeed feed(&m_recorder);
    connect(&feed, &gui::EventFeed::recordsArrived, m_widget.get(),
            &EventStreamWidget::appendRecords);
    feed.setMaxBatch(7); // several batches
    for (int i = 0; i < 1000 && feed.lastSeq() < m_records.constLast().seq; ++i)
        feed.pullNow();
    QCOMPARE(m_widget->totalRecords(), m_records.size());
}

void EventStreamWidgetTest::cleanup()
{
    if (QTest::currentTestFailed() || qEnvironmentVariableIsSet("NETBENCH_GRAB")) {
        const QString path = u"/tmp/eventstream-%1.png"_s.arg(
                QString::fromLatin1(QTest::currentTestFunction()));
        m_widget->grab().save(path);
    }
    m_widget.reset();
}

void EventStreamWidgetTest::showsLiveRecords()
{
    QCOMPARE(m_widget->visibleRecords(), m_records.size());
    QVERIFY(!m_widget->isReviewing());
    auto *view = find<QTableView>(u"tableView"_s);
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), m_records.size());
    // Node's names, calls with "()", summaries with bytes and errors.
    const QAbstractItemModel *model = view->model();
    QStringList events;
    QStringList summaries;
    for (int row = 0; row < model->rowCount(); ++row) {
        events += model->index(row, gui::EventTableModel::EventColumn).data().toString();
        summaries += model->index(row, gui::EventTableModel::SummaryColumn).data().toString();
    }
    QVERIFY(events.contains(u"listen()"_s));
    QVERIFY(events.contains(u"listening"_s));
    QVERIFY(events.contains(u"connection"_s));
    QVERIFY(events.contains(u"data"_s));
    QVERIFY(events.contains(u"write()"_s));
    QVERIFY(events.contains(u"error"_s));
    QVERIFY(summaries.contains(u"18 bytes  \"hello event stream\""_s));
    QVERIFY(std::any_of(summaries.cbegin(), summaries.cend(), [](const QString &s) {
        return s.startsWith(u"ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:"_s);
    }));
    auto *status = find<gui::StatusText>(u"statusLabel"_s);
    QVERIFY(status->text().contains(QString::number(m_records.size())));
    QVERIFY(find<QLabel>(u"legend_0"_s));
}

void EventStreamWidgetTest::filterByText()
{
    const qsizetype errors = countIf(m_records, [](const TraceRecord &r) {
        return gui::EventPresentation::summary(r).contains(u"ECONNREFUSED"_s);
    });
    QVERIFY(errors >= 1);
    auto *edit = find<QLineEdit>(u"filterEdit"_s);
    QVERIFY(edit->isClearButtonEnabled());
    QTest::keyClicks(edit, u"econnrefused"_s);
    QTRY_COMPARE(m_widget->visibleRecords(), errors);
    edit->clear();
    QTRY_COMPARE(m_widget->visibleRecords(), m_records.size());
    // Return applies at once.
    edit->setText(u"hello event"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    const qsizetype payloads
            = countIf(m_records, [](const TraceRecord &r) { return r.carriesData(); });
    QCOMPARE(m_widget->visibleRecords(), payloads);
}

// The accepted socket ends and closes by itself after the client's end(): those calls are
// internal, and the client's 'ready' follows its 'connect'. The button hides them; the status
// still counts every record.
void EventStreamWidgetTest::hideAutomaticRows()
{
    const qsizetype automatic = countIf(m_records, [](const TraceRecord &r) {
        return r.internal || r.event == NetEvent::Ready;
    });
    QVERIFY(countIf(m_records, [](const TraceRecord &r) { return r.internal; }) >= 2);
    auto *button = find<QToolButton>(u"hideAutomaticButton"_s);
    QVERIFY(button);
    QVERIFY(button->isCheckable() || button->defaultAction()->isCheckable());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_widget->hideAutomaticAction()->isChecked());
    QCOMPARE(m_widget->visibleRecords(), m_records.size() - automatic);
    const gui::EventTableModel *model = m_widget->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->record(row).internal);
        QVERIFY(model->record(row).event != NetEvent::Ready);
    }
    auto *status = find<gui::StatusText>(u"statusLabel"_s);
    QVERIFY2(status->text().startsWith(u"%1 records, %2 shown"_s.arg(m_records.size())
                                               .arg(m_records.size() - automatic)),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(u"automatic rows hidden"_s));
    m_widget->hideAutomaticAction()->setChecked(false);
    QCOMPARE(m_widget->visibleRecords(), m_records.size());
}

void EventStreamWidgetTest::filterByEventKind()
{
    auto *button = find<QPushButton>(u"eventKindButton"_s);
    QVERIFY(button && button->menu());
    auto *none = find<QAction>(u"showNoEventsAction"_s);
    auto *data = find<QAction>(u"eventAction_data"_s);
    auto *write = find<QAction>(u"eventAction_writeCall"_s);
    auto *connectCall = find<QAction>(u"eventAction_connectCall"_s);
    QVERIFY(none && data && write && connectCall);
    none->trigger();
    QCOMPARE(m_widget->visibleRecords(), 0);
    data->trigger();
    const auto count = [this](NetEvent event) {
        return countIf(m_records, [event](const TraceRecord &r) { return r.event == event; });
    };
    QCOMPARE(m_widget->visibleRecords(), count(NetEvent::Data));
    write->trigger();
    connectCall->trigger();
    QCOMPARE(m_widget->visibleRecords(),
             count(NetEvent::Data) + count(NetEvent::WriteCall) + count(NetEvent::ConnectCall));
    QVERIFY(button->text() != tr("Events"));
    find<QAction>(u"showAllEventsAction"_s)->trigger();
    QCOMPARE(m_widget->visibleRecords(), m_records.size());
}

void EventStreamWidgetTest::filterByEndpoint()
{
    auto *combo = find<QComboBox>(u"endpointCombo"_s);
    QCOMPARE(combo->itemText(0), u"All endpoints"_s);
    QCOMPARE(combo->count(), 5); // all, server, client, accepted, refused
    const int accepted = combo->findData(QVariant::fromValue(m_traffic.acceptedId));
    QVERIFY(accepted > 0);
    QCOMPARE(combo->itemText(accepted), u"#%1 socket"_s.arg(m_traffic.acceptedId));
    combo->setCurrentIndex(accepted);
    const auto count = [this](quint64 id) {
        return countIf(m_records, [id](const TraceRecord &r) { return r.endpointId == id; });
    };
    QCOMPARE(m_widget->visibleRecords(), count(m_traffic.acceptedId));
    m_widget->setEndpointFilter(m_traffic.serverId);
    QCOMPARE(combo->currentData().toULongLong(), m_traffic.serverId);
    QCOMPARE(m_widget->visibleRecords(), count(m_traffic.serverId));
    // Filters combine: the server's calls only.
    find<QAction>(u"showNoEventsAction"_s)->trigger();
    find<QAction>(u"eventAction_listenCall"_s)->trigger();
    QCOMPARE(m_widget->visibleRecords(), 1);
    m_widget->setEndpointFilter(0);
    find<QAction>(u"showAllEventsAction"_s)->trigger();
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(m_widget->visibleRecords(), m_records.size());
    m_widget->clear();
    QCOMPARE(combo->count(), 1);
}

void EventStreamWidgetTest::detailsOfSelectedRecord()
{
    auto *view = find<QTableView>(u"tableView"_s);
    auto *details = find<QPlainTextEdit>(u"detailsEdit"_s);
    QSignalSpy selected(m_widget.get(), &EventStreamWidget::recordSelected);
    const qsizetype row
            = std::find_if(m_records.cbegin(), m_records.cend(),
                           [](const TraceRecord &r) { return r.event == NetEvent::Data; })
            - m_records.cbegin();
    QVERIFY(row < m_records.size());
    view->setCurrentIndex(view->model()->index(int(row), 0));
    QCOMPARE(selected.count(), 1);
    const auto record = selected.at(0).at(0).value<TraceRecord>();
    QCOMPARE(record.seq, m_records.at(row).seq);
    const QString text = details->toPlainText();
    // In words, not the schema's field names.
    QVERIFY2(text.contains(u"Record        #%1 of this session"_s.arg(record.seq)),
             qPrintable(text));
    QVERIFY(text.contains(u"Since start   %1 ms"_s.arg(double(record.monoNs) / 1e6, 0, 'f', 3)));
    QVERIFY(text.contains(
            QDateTime::fromMSecsSinceEpoch(record.wallMs).toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s)));
    QVERIFY(text.contains(u"Event         the event 'data'"_s));
    QVERIFY(text.contains(u"#%1 socket"_s.arg(record.endpointId)));
    QVERIFY(text.contains(u"Bytes shown   18 of 18"_s));
    QVERIFY(text.contains(u"\"hello event stream\""_s));
    QVERIFY(text.contains(
            u"0000  68 65 6c 6c 6f 20 65 76 65 6e 74 20 73 74 72 65  hello event stre"_s));
    QVERIFY(text.contains(u"0010  61 6d"_s));

    // An error record shows every error field.
    const qsizetype errorRow
            = std::find_if(m_records.cbegin(), m_records.cend(),
                           [](const TraceRecord &r) { return r.event == NetEvent::Error; })
            - m_records.cbegin();
    view->setCurrentIndex(view->model()->index(int(errorRow), 0));
    const QString errorText = details->toPlainText();
    QVERIFY(errorText.contains(u"ECONNREFUSED"_s));
    QVERIFY(errorText.contains(u"errno         -111"_s));
    QVERIFY(errorText.contains(u"System call   connect"_s));
    QVERIFY(errorText.contains(u"127.0.0.1"_s));
}

void EventStreamWidgetTest::doubleClickActivatesEndpoint()
{
    auto *view = find<QTableView>(u"tableView"_s);
    QSignalSpy activated(m_widget.get(), &EventStreamWidget::endpointActivated);
    view->scrollToTop();
    const QModelIndex index = view->model()->index(0, gui::EventTableModel::EventColumn);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toULongLong(), m_records.at(0).endpointId);
}

void EventStreamWidgetTest::exportJsonlAndReview()
{
    m_widget->setEndpointFilter(m_traffic.clientId);
    const QList<TraceRecord> expected = [this] {
        QList<TraceRecord> list;
        for (const TraceRecord &r : std::as_const(m_records))
            if (r.endpointId == m_traffic.clientId)
                list.append(r);
        return list;
    }();
    const QString path = m_dir.filePath(u"client.jsonl"_s);
    QString error;
    QVERIFY2(m_widget->exportJsonl(path, &error), qPrintable(error));
    const trace::JsonlReadResult read = trace::JsonlReader::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(read.records, expected);

    // Review the file in a fresh widget: same rows, live records are held back until clear().
    EventStreamWidget review;
    QVERIFY2(review.openTrace(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(review.isReviewing());
    QCOMPARE(review.totalRecords(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(review.model()->record(row), expected.at(row));
    QVERIFY(review.findChild<QLabel *>(u"reviewLabel"_s)->isVisibleTo(&review));
    review.appendRecords(m_records, 0);
    QCOMPARE(review.totalRecords(), expected.size());
    review.clear();
    QVERIFY(!review.isReviewing());
    QCOMPARE(review.totalRecords(), 0);
    review.appendRecords(m_records, 0);
    QCOMPARE(review.totalRecords(), m_records.size());

    // Round trip of the whole stream.
    m_widget->setEndpointFilter(0);
    const QString all = m_dir.filePath(u"all.jsonl"_s);
    QVERIFY(m_widget->exportJsonl(all, &error));
    QVERIFY(review.openTrace(all, &error));
    QCOMPARE(review.totalRecords(), m_records.size());
    for (int row = 0; row < m_records.size(); ++row)
        QCOMPARE(review.model()->record(row), m_records.at(row));
}

void EventStreamWidgetTest::exportCsv()
{
    find<QAction>(u"showNoEventsAction"_s)->trigger();
    find<QAction>(u"eventAction_data"_s)->trigger();
    find<QAction>(u"eventAction_writeCall"_s)->trigger();
    const QString path = m_dir.filePath(u"rows.csv"_s);
    QString error;
    QVERIFY2(m_widget->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.constFirst(), "seq,t_ns,wall_ms,time,id,kind,type,name,internal,summary");
    QCOMPARE(lines.constLast(), QByteArray()); // ends in a newline
    QCOMPARE(lines.size() - 2, m_widget->visibleRecords());
    QCOMPARE(m_widget->visibleRecords(), 4); // write and data, each way
    // The write's summary says what write() answered before its preview.
    QVERIFY2(
            lines.at(1).contains(",socket,call,write,false,\"18 bytes  \u2192 true (bufferSize 0 < "
                                 "highWaterMark 16384)  \"\"hello event stream\"\"\""),
            lines.at(1).constData());
    QVERIFY(!m_widget->exportCsv(m_dir.filePath(u"no/such/dir/x.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void EventStreamWidgetTest::openTraceRefusesBadFile()
{
    QString error;
    QVERIFY(!m_widget->openTrace(m_dir.filePath(u"missing.jsonl"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_widget->isReviewing());
    QCOMPARE(m_widget->totalRecords(), m_records.size()); // the live stream is untouched
    // A device never ends: refused unread.
    QVERIFY(!m_widget->openTrace(u"/dev/zero"_s, &error));
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
    QVERIFY(!m_widget->isReviewing());

    const QString path = m_dir.filePath(u"partly.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString ignored;
    QVERIFY(m_widget->exportJsonl(path, &ignored));
    file.close();
    QVERIFY(file.open(QIODevice::Append));
    file.write("not json\n");
    file.close();
    QVERIFY(m_widget->openTrace(path, &error));
    QVERIFY(error.contains(u"line %1"_s.arg(m_records.size() + 1)));
    QCOMPARE(m_widget->totalRecords(), m_records.size());
}

void EventStreamWidgetTest::capacityDropsOldest()
{
    m_widget->setCapacity(10);
    QCOMPARE(m_widget->totalRecords(), 10);
    QCOMPARE(m_widget->model()->record(0).seq, m_records.at(m_records.size() - 10).seq);
    m_widget->appendRecords(m_records.mid(0, 3), 0);
    QCOMPARE(m_widget->totalRecords(), 10);
    QCOMPARE(m_widget->model()->record(9).seq, m_records.at(2).seq);
    QVERIFY(find<gui::StatusText>(u"statusLabel"_s)->text().contains(u"dropped"_s));
}

void EventStreamWidgetTest::followKeepsTailInView()
{
    auto *view = find<QTableView>(u"tableView"_s);
    auto *follow = find<QToolButton>(u"followButton"_s);
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY(follow->isChecked());
    for (int i = 0; i < 5; ++i)
        m_widget->appendRecords(m_records, 0); // enough rows to scroll
    QVERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    // The user scrolls up: following stops and new rows leave the view where it is.
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QVERIFY(!follow->isChecked());
    m_widget->appendRecords(m_records, 0);
    QCOMPARE(bar->value(), 0);
    follow->click();
    QVERIFY(m_widget->isFollowing());
    QTRY_COMPARE(bar->value(), bar->maximum());
}

// 50,000 records a second arrive as ~30 batches; here bigger batches go into a full store
// of 200,000 while the view follows and repaints, with a filter on. What is checked is that the
// store stays bounded and the filtered rows stay right; how long it takes is measured by
// bench/gui (the stall benchmark), not asserted here.
void EventStreamWidgetTest::floodStaysResponsive()
{
    m_widget->clear();
    QCOMPARE(m_widget->capacity(), gui::EventStore::DefaultCapacity);
    QList<TraceRecord> batch;
    for (int i = 0; i < 20000; ++i)
        batch.append(m_records.at(i % m_records.size()));
    for (int i = 0; i < 10; ++i) // fill the store
        m_widget->appendRecords(batch, 0);
    QCOMPARE(m_widget->totalRecords(), gui::EventStore::DefaultCapacity);
    auto *filter = find<QLineEdit>(u"filterEdit"_s);
    filter->setText(u"hello"_s);
    QTest::keyClick(filter, Qt::Key_Return); // applies at once (typing waits for a pause)
    QTRY_VERIFY(!m_widget->model()->isRescanning() && m_widget->visibleRecords() > 0);
    for (int i = 0; i < 10; ++i) {
        m_widget->appendRecords(batch, 0);
        QCoreApplication::processEvents(); // layout and paint
    }
    QCOMPARE(m_widget->totalRecords(), gui::EventStore::DefaultCapacity);
    // Only the matching rows are shown, and every shown row matches.
    QVERIFY(m_widget->visibleRecords() > 0);
    QVERIFY(m_widget->visibleRecords() < m_widget->totalRecords());
    const QAbstractItemModel *model = m_widget->model();
    for (int row : {0, int(m_widget->visibleRecords() - 1)}) {
        QString line;
        for (int column = 0; column < model->columnCount(); ++column)
            line += model->index(row, column).data().toString() + u' ';
        QVERIFY2(line.contains(u"hello"_s, Qt::CaseInsensitive), qPrintable(line));
    }
}

// The endpoint filter lists every endpoint the stream has seen; with thousands of them the
// filter bar keeps its width (it grew with the longest name, and every batch that added an
// endpoint had the combo measure all of its entries again).
void EventStreamWidgetTest::endpointFilterKeepsItsWidth()
{
    auto *combo = find<QComboBox>(u"endpointCombo"_s);
    QVERIFY(combo);
    const int listed = combo->count();
    const int width = combo->sizeHint().width();
    constexpr int Endpoints = 2000;
    QList<trace::TraceRecord> records;
    quint64 seq = m_records.constLast().seq;
    for (int i = 0; i < Endpoints; ++i) {
        trace::TraceRecord record = m_records.constLast();
        record.seq = ++seq;
        record.endpointId = 100000000 + quint64(i); // longer names than any endpoint before
        records.append(record);
    }
    m_widget->appendRecords(records, 0);
    QCOMPARE(combo->count(), listed + Endpoints);
    QCOMPARE(combo->itemData(combo->count() - 1).toULongLong(), 100000000 + quint64(Endpoints - 1));
    QCOMPARE(combo->sizeHint().width(), width);
}

QTEST_MAIN(EventStreamWidgetTest)
#include "tst_eventstreamwidget.moc"
