// The explanations table is complete (every NetEvent, every error code netcore can report, every
// state the window shows, every value of the inspector) and shown where people look: event row
// and endpoint tooltips, inspector tooltips, and the Explain pane of the window and of a review,
// over a real loopback ECONNREFUSED.

#include "gui/endpointtreemodel.h"
#include "gui/eventpresentation.h"
#include "gui/eventstreamwidget.h"
#include "gui/eventtablemodel.h"
#include "gui/explainpane.h"
#include "gui/explanations.h"
#include "gui/inspectorwidget.h"
#include "gui/mainwindow.h"
#include "gui/tracereviewwindow.h"
#include "session/enginethread.h"

#include "net/neterror.h"
#include "trace/jsonlreader.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <netdb.h>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::Explanation;
using gui::Explanations;
using netcore::NetEvent;

namespace {

constexpr int Timeout = 15000;

// An explanation worth showing: all three texts, and a link where one is promised.
void checkComplete(const std::optional<Explanation> &e, const QString &what, bool linked = true)
{
    QVERIFY2(e.has_value(), qPrintable(what + u" has no explanation"_s));
    QVERIFY2(!e->title.isEmpty() && !e->brief.isEmpty(), qPrintable(what));
    QVERIFY2(e->paragraph.size() > e->brief.size() / 2, qPrintable(what));
    QVERIFY2(!e->brief.contains(u'\n'), qPrintable(what + u": the brief is one line"_s));
    if (!linked)
        return;
    QVERIFY2(e->link.isValid() && e->link.scheme() == u"https", qPrintable(what));
    // Node's pages are long: a link lands on the section (man pages are linked whole).
    if (e->link.host() == u"nodejs.org")
        QVERIFY2(e->link.hasFragment(), qPrintable(what + u": "_s + e->link.toString()));
}

// Every code netcore's errno table and resolver table can produce.
QStringList systemErrorCodes()
{
    QStringList codes;
    for (int value = 1; value < 4096; ++value) {
        const QString name = netcore::NetError::errnoName(value);
        if (!name.startsWith(u"Unknown"))
            codes << name;
    }
    const int eai[] = {
            EAI_NONAME, EAI_AGAIN, EAI_FAIL, EAI_FAMILY, EAI_MEMORY, EAI_SERVICE, EAI_SOCKTYPE,
#ifdef EAI_NODATA
            EAI_NODATA,
#endif
    };
    for (int value : eai)
        codes << netcore::NetError::fromGetAddrInfo(value, u"host.invalid"_s).code();
    codes.removeDuplicates();
    return codes;
}

trace::TraceRecord refusedRecord()
{
    trace::TraceRecord r;
    r.seq = 7;
    r.endpointId = 3;
    r.event = NetEvent::Error;
    auto details = std::make_shared<trace::TraceDetails>();
    details->error = trace::TraceError::from(
            netcore::NetError::fromErrno(ECONNREFUSED, u"connect"_s, u"127.0.0.1"_s, 9));
    r.details = details;
    return r;
}

// A loopback port nobody listens on: bound, then released.
int closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return -1;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class tst_Explanations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyEventAndCallIsExplained();
    void everyErrorCodeIsExplained();
    void errorLinksFollowNodesDocs();
    void everyStateIsExplained();
    void everyInspectorValueIsExplained();
    void eventRowsCarryTheirMeaning();
    void writeRowsSayWhatWriteReturned();
    void endpointStateCarriesItsMeaning();
    void paneExplainsARefusedConnection();
    void paneInTheReviewWindow();
    void inspectorExplainsTheTcpState();
};

void tst_Explanations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_Explanations::everyEventAndCallIsExplained()
{
    for (int i = 0; i < gui::NetEventCount; ++i) {
        const auto event = NetEvent(i);
        const std::optional<Explanation> e = Explanations::event(event);
        checkComplete(e, gui::EventPresentation::eventLabel(event));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(e->link.toString(QUrl::RemoveFragment), u"https://nodejs.org/api/net.html"_s);
    }
    // A server's close and error are not a socket's, and Node documents them apart.
    for (const NetEvent event :
         {NetEvent::Close, NetEvent::Error, NetEvent::RefCall, NetEvent::UnrefCall}) {
        const auto server = Explanations::event(event, netcore::EndpointKind::Server);
        checkComplete(server, gui::EventPresentation::eventLabel(event) + u" (server)"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(server->link != Explanations::event(event)->link);
    }
    QCOMPARE(Explanations::event(NetEvent::Close, netcore::EndpointKind::Server)->link.fragment(),
             u"event-close"_s);
    QCOMPARE(Explanations::event(NetEvent::Close)->link.fragment(), u"event-close_1"_s);
    // What the peer sees is part of the story, and must be right for Linux.
    QVERIFY(Explanations::event(NetEvent::DestroyCall)->paragraph.contains(u"FIN"_s));
    QVERIFY(Explanations::event(NetEvent::ResetCall)->paragraph.contains(u"ECONNRESET"_s));
    QVERIFY(Explanations::event(NetEvent::Timeout)->brief.contains(u"NOT closed"_s));
}

void tst_Explanations::everyErrorCodeIsExplained()
{
    for (netcore::ErrorCode code : netcore::apiErrorCodes())
        checkComplete(Explanations::error(netcore::errorCodeName(code)),
                      netcore::errorCodeName(code), code != netcore::ErrorCode::ERR_NOT_SUPPORTED);
    const QStringList system = systemErrorCodes();
    QVERIFY(system.contains(u"ECONNREFUSED"_s) && system.contains(u"ENOTFOUND"_s));
    for (const QString &code : system)
        checkComplete(Explanations::error(code), code);
    // destroy(new Error('...')) carries no code.
    checkComplete(Explanations::error(QString()), u"an error without code"_s);
    QVERIFY(!Explanations::error(u"EWHATEVER"_s).has_value());
    QVERIFY(!Explanations::unknownError(u"EWHATEVER"_s).paragraph.isEmpty());
}

void tst_Explanations::errorLinksFollowNodesDocs()
{
    // Node documents each ERR_* code under its own heading, system errors in one list.
    QCOMPARE(Explanations::error(u"ERR_SOCKET_BAD_PORT"_s)->link.toString(),
             u"https://nodejs.org/api/errors.html#err_socket_bad_port"_s);
    QCOMPARE(Explanations::error(u"ECONNREFUSED"_s)->link.toString(),
             u"https://nodejs.org/api/errors.html#common-system-errors"_s);
    QCOMPARE(Explanations::error(u"EHOSTUNREACH"_s)->link.toString(),
             u"https://nodejs.org/api/errors.html#class-systemerror"_s);
    QCOMPARE(Explanations::event(NetEvent::End)->link.toString(),
             u"https://nodejs.org/api/net.html#event-end"_s);
}

void tst_Explanations::everyStateIsExplained()
{
    using State = EndpointTreeModel::State;
    for (int i = 0; i <= int(State::Idle); ++i)
        checkComplete(Explanations::state(State(i)), EndpointTreeModel::stateName(State(i)));
    // socket.readyState, as the inspector shows it.
    for (const QString &name :
         {u"opening"_s, u"open"_s, u"readOnly"_s, u"writeOnly"_s, u"closed"_s})
        checkComplete(Explanations::readyState(name), name);
    // The kernel's TCP states, as net/kernelinfo.cpp names Linux's (include/net/tcp_states.h).
    for (const QString &name :
         {u"ESTABLISHED"_s, u"SYN_SENT"_s, u"SYN_RECV"_s, u"FIN_WAIT1"_s, u"FIN_WAIT2"_s,
          u"TIME_WAIT"_s, u"CLOSE"_s, u"CLOSE_WAIT"_s, u"LAST_ACK"_s, u"LISTEN"_s, u"CLOSING"_s})
        checkComplete(Explanations::tcpState(name), name);
    QVERIFY(Explanations::state(State::ReadOnly)->brief.contains(u"end()"_s));
    QVERIFY(Explanations::state(State::WriteOnly)->brief.contains(u"peer"_s));
}

void tst_Explanations::everyInspectorValueIsExplained()
{
    session::EngineThread engine;
    gui::InspectorWidget inspector(&engine);
    const auto labels = inspector.findChildren<QLabel *>(QRegularExpression(u"Value$"_s));
    QVERIFY(labels.size() >= 25);
    for (const QLabel *label : labels) {
        const std::optional<Explanation> e = Explanations::field(label->objectName());
        checkComplete(e, label->objectName());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(label->toolTip(), e->brief);
    }
}

void tst_Explanations::eventRowsCarryTheirMeaning()
{
    gui::EventTableModel model;
    model.appendRecords({refusedRecord()});
    QCOMPARE(model.rowCount(), 1);
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(Explanations::event(NetEvent::Error)->brief), qPrintable(tip));
        QVERIFY2(tip.contains(u"ECONNREFUSED: "_s + Explanations::error(u"ECONNREFUSED"_s)->brief),
                 qPrintable(tip));
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    // The summary is elided in its column; its tooltip shows it whole.
    QVERIFY(model.index(0, gui::EventTableModel::SummaryColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(gui::EventPresentation::summary(refusedRecord())));
}

void tst_Explanations::writeRowsSayWhatWriteReturned()
{
    trace::TraceRecord write;
    write.seq = 9;
    write.endpointId = 4;
    write.event = NetEvent::WriteCall;
    write.value = 65536;
    write.write = {0, 131072, 16384};
    gui::EventTableModel model;
    model.appendRecords({write});
    const QString tip
            = model.index(0, gui::EventTableModel::EventColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(Explanations::writeResult(false)->brief), qPrintable(tip));
    checkComplete(Explanations::writeResult(true), u"write() true"_s);

    gui::ExplainPane pane;
    pane.showRecord(write);
    QVERIFY(pane.plainText().contains(Explanations::writeResult(false)->paragraph));
    QVERIFY2(pane.plainText().contains(u"131072"_s) && pane.plainText().contains(u"16384"_s),
             qPrintable(pane.plainText()));
}

void tst_Explanations::endpointStateCarriesItsMeaning()
{
    EndpointTreeModel model;
    trace::TraceRecord connect;
    connect.seq = 1;
    connect.endpointId = 5;
    connect.event = NetEvent::ConnectCall;
    model.applyRecords({connect});
    const QModelIndex index = model.indexOf(5, EndpointTreeModel::StateColumn);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(Explanations::state(EndpointTreeModel::State::Connecting)->brief),
             qPrintable(tip));
}

void tst_Explanations::paneExplainsARefusedConnection()
{
    gui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    auto *dock = window.findChild<QDockWidget *>(u"explainDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), u"Explain"_s);
    QVERIFY(window.menuBar()
                    ->findChild<QMenu *>(u"menuView"_s)
                    ->actions()
                    .contains(dock->toggleViewAction()));
    auto *pane = qobject_cast<gui::ExplainPane *>(dock->widget());
    QVERIFY(pane);

    const int port = closedPort();
    QVERIFY(port > 0);
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    window.createClient(client);

    gui::EventStreamWidget *stream = window.eventStream();
    auto *view = stream->findChild<QAbstractItemView *>(u"tableView"_s);
    QVERIFY(view);
    int errorRow = -1;
    const auto findError = [&] {
        for (int row = 0; row < stream->model()->rowCount(); ++row) {
            if (stream->model()->record(row).event == NetEvent::Error)
                errorRow = row;
        }
        return errorRow >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findError(), Timeout);
    const quint64 clientId = stream->model()->record(errorRow).endpointId;

    view->setCurrentIndex(stream->model()->index(errorRow, gui::EventTableModel::EventColumn));
    const QString text = pane->plainText();
    const Explanation refused = *Explanations::error(u"ECONNREFUSED"_s);
    QVERIFY2(text.contains(u"ECONNREFUSED"_s), qPrintable(text));
    QVERIFY2(text.contains(refused.paragraph), qPrintable(text));
    QVERIFY2(text.contains(u"connect ECONNREFUSED 127.0.0.1:%1"_s.arg(port)), qPrintable(text));
    QVERIFY2(text.contains(u"syscall"_s) && text.contains(u"connect"_s), qPrintable(text));
    QVERIFY(pane->browser()->openExternalLinks());
    QVERIFY(pane->browser()->toHtml().contains(
            u"href=\"https://nodejs.org/api/errors.html#common-system-errors\""_s));

    // Without a selected row the pane explains the selected endpoint's state.
    window.selectEndpoint(clientId);
    // The inspector's ready state says what the state it shows means.
    auto *readyState = window.inspector()->findChild<QLabel *>(u"readyStateValue"_s);
    QVERIFY(readyState);
    QTRY_COMPARE_WITH_TIMEOUT(readyState->text(), u"closed"_s, Timeout);
    QVERIFY2(readyState->toolTip().contains(u"closed: "_s
                                            + Explanations::readyState(u"closed"_s)->brief),
             qPrintable(readyState->toolTip()));
    view->setCurrentIndex({});
    QTRY_VERIFY_WITH_TIMEOUT(
            pane->plainText().contains(
                    Explanations::state(EndpointTreeModel::State::Error)->paragraph),
            Timeout);
}

void tst_Explanations::paneInTheReviewWindow()
{
    trace::JsonlReadResult result;
    result.records = {refusedRecord()};
    gui::TraceReviewWindow review(u"refused.jsonl"_s, result);
    auto *pane = review.findChild<gui::ExplainPane *>();
    QVERIFY(pane);
    auto *view = review.eventStream()->findChild<QAbstractItemView *>(u"tableView"_s);
    view->setCurrentIndex(review.eventStream()->model()->index(0, 0));
    QVERIFY2(pane->plainText().contains(Explanations::error(u"ECONNREFUSED"_s)->paragraph),
             qPrintable(pane->plainText()));
}

void tst_Explanations::inspectorExplainsTheTcpState()
{
    gui::MainWindow window;
    window.show();
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    window.createListener(listener);
    gui::InspectorWidget *inspector = window.inspector();
    const EndpointTreeModel *model = window.endpointModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1
                                     && model->index(0, 0).data(EndpointTreeModel::StateRole)
                                             == int(EndpointTreeModel::State::Listening),
                             Timeout);
    window.selectEndpoint(model->index(0, 0).data(EndpointTreeModel::IdRole).toULongLong());
    auto *address = inspector->findChild<QLabel *>(u"serverAddressValue"_s);
    QTRY_VERIFY_WITH_TIMEOUT(address->text().contains(u"127.0.0.1:"_s), Timeout);
    const int port = address->text().section(u':', 1).section(u' ', 0, 0).toInt();

    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    window.createClient(client);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 2
                                     && model->index(1, 0).data(EndpointTreeModel::StateRole)
                                             == int(EndpointTreeModel::State::Open),
                             Timeout);
    window.selectEndpoint(model->index(1, 0).data(EndpointTreeModel::IdRole).toULongLong());
    auto *tcpState = inspector->findChild<QLabel *>(u"tcpStateValue"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tcpState->text(), u"ESTABLISHED"_s, Timeout);
    QVERIFY2(tcpState->toolTip().contains(u"ESTABLISHED: "_s
                                          + Explanations::tcpState(u"ESTABLISHED"_s)->brief),
             qPrintable(tcpState->toolTip()));
}

QTEST_MAIN(tst_Explanations)
#include "tst_explanations.moc"
