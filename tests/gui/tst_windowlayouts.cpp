// View > Teaching Layout and Reset Layout on the whole window, offscreen: the sequence diagram,
// the event stream and both ends' conversations (one above the other) side by side from left
// to right (each end's own bytes, over a real loopback connection), the composer below, the
// other docks hidden, large text that still fits a 1920-pixel-wide projector; Reset Layout
// puts every dock back where a first run has it. And the peers the peer conversation
// follows, for TCP and Unix records.

#include "gui/composerwidget.h"
#include "gui/connectionpeers.h"
#include "gui/conversationwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/eventstreamwidget.h"
#include "gui/fontzoom.h"
#include "gui/mainwindow.h"
#include "gui/windowlayouts.h"
#include "session/enginethread.h"

#include "trace/tracerecorder.h"

#include <QAction>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::MainWindow;
using netcore::EndpointKind;
using netcore::NetEvent;
using trace::TraceRecord;

namespace {

constexpr int Timeout = 15000;

QDockWidget *dock(MainWindow &window, const QString &name)
{
    auto *found = window.findChild<QDockWidget *>(name);
    if (!found)
        qWarning("no dock %s", qPrintable(name));
    return found;
}

// Where each dock is: visible or not, its area, its tab group.
QMap<QString, QString> arrangement(MainWindow &window)
{
    QMap<QString, QString> docks;
    for (QDockWidget *d : window.findChildren<QDockWidget *>()) {
        QStringList tabs;
        for (QDockWidget *tab : window.tabifiedDockWidgets(d))
            tabs << tab->objectName();
        tabs.sort();
        docks.insert(d->objectName(),
                     u"%1 area %2 tabs %3"_s.arg(d->isVisible() ? u"shown"_s : u"hidden"_s)
                             .arg(int(window.dockWidgetArea(d)))
                             .arg(tabs.join(u',')));
    }
    return docks;
}

TraceRecord end(quint64 id, EndpointKind kind, NetEvent event, const trace::TraceAddress &local,
                const trace::TraceAddress &remote, quint64 related = 0)
{
    TraceRecord r;
    r.endpointId = id;
    r.kind = kind;
    r.event = event;
    r.relatedId = related;
    trace::TraceDetails details;
    details.local = local;
    details.remote = remote;
    r.details = std::make_shared<const trace::TraceDetails>(details);
    return r;
}

trace::TraceAddress tcp(int port)
{
    return {u"127.0.0.1"_s, u"IPv4"_s, port, {}};
}

trace::TraceAddress unixPath(const QString &path)
{
    return {{}, {}, -1, path};
}

} // namespace

class tst_WindowLayouts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void peersOfTcpAndUnix();
    void teachingLayoutAndReset();
};

void tst_WindowLayouts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WindowLayouts::init()
{
    QSettings().clear();
}

void tst_WindowLayouts::peersOfTcpAndUnix()
{
    gui::ConnectionPeers peers;
    // TCP: the accepted end may be recorded before or after the client's 'connect'.
    peers.apply({end(3, EndpointKind::Server, NetEvent::Connection, tcp(5000), tcp(40001), 4),
                 end(2, EndpointKind::Socket, NetEvent::Connect, tcp(40002), tcp(5000)),
                 end(5, EndpointKind::Socket, NetEvent::Connect, tcp(40001), tcp(5000)),
                 end(3, EndpointKind::Server, NetEvent::Connection, tcp(5000), tcp(40002), 6)});
    QCOMPARE(peers.peerOf(4), 5u);
    QCOMPARE(peers.peerOf(5), 4u);
    QCOMPARE(peers.peerOf(2), 6u);
    QCOMPARE(peers.peerOf(6), 2u);
    QCOMPARE(peers.peerOf(3), 0u); // a server has none
    // A listener on "::" sees an IPv4 client as ::ffff:127.0.0.1.
    const trace::TraceAddress mappedServer {u"::ffff:127.0.0.1"_s, u"IPv6"_s, 6000, {}};
    const trace::TraceAddress mappedClient {u"::ffff:127.0.0.1"_s, u"IPv6"_s, 40003, {}};
    peers.apply(
            {end(20, EndpointKind::Server, NetEvent::Connection, mappedServer, mappedClient, 21),
             end(22, EndpointKind::Socket, NetEvent::Connect, tcp(40003), tcp(6000))});
    QCOMPARE(peers.peerOf(22), 21u);
    // Unix: the n-th client of a path is the n-th connection accepted there.
    peers.apply(
            {end(10, EndpointKind::Socket, NetEvent::Connect, unixPath({}), unixPath(u"/tmp/a"_s)),
             end(11, EndpointKind::Socket, NetEvent::Connect, unixPath({}), unixPath(u"/tmp/b"_s)),
             end(12, EndpointKind::Server, NetEvent::Connection, unixPath(u"/tmp/b"_s),
                 unixPath({}), 13),
             end(14, EndpointKind::Server, NetEvent::Connection, unixPath(u"/tmp/a"_s),
                 unixPath({}), 15)});
    QCOMPARE(peers.peerOf(11), 13u);
    QCOMPARE(peers.peerOf(10), 15u);
    QCOMPARE(peers.peerOf(99), 0u);
}

void tst_WindowLayouts::teachingLayoutAndReset()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(0); // the first-run proportions
    const QMap<QString, QString> firstRun = arrangement(window);
    QVERIFY(!dock(window, u"peerConversationDock"_s)->isVisible());

    // A connection with bytes each way, the client selected.
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    window.createListener(listener);
    const EndpointTreeModel *model = window.endpointModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, Timeout);
    const quint64 serverId = model->index(0, 0).data(EndpointTreeModel::IdRole).toULongLong();
    int port = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const TraceRecord &r : window.engineThread()->recorder().eventsSince(0))
                    if (r.event == NetEvent::Listening && r.local())
                        port = r.local()->port;
                return port > 0;
            }(),
            Timeout);
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    window.createClient(client);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, Timeout);
    const quint64 clientId = model->index(1, 0).data(EndpointTreeModel::IdRole).toULongLong();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->indexOf(serverId)), 1, Timeout);
    const quint64 acceptedId = model->index(0, 0, model->indexOf(serverId))
                                       .data(EndpointTreeModel::IdRole)
                                       .toULongLong();
    auto *payload = window.composer()->findChild<QPlainTextEdit *>(u"payloadEdit"_s);
    auto *send = window.composer()->findChild<QPushButton *>(u"sendButton"_s);
    window.selectEndpoint(acceptedId);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    payload->setPlainText(u"from the accepted end"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    window.selectEndpoint(clientId);

    window.findChild<QAction *>(u"actionTeachingLayout"_s)->trigger();
    QDockWidget *sequence = dock(window, u"sequenceDock"_s);
    QDockWidget *conversation = dock(window, u"conversationDock"_s);
    QDockWidget *peer = dock(window, u"peerConversationDock"_s);
    QDockWidget *composer = dock(window, u"composerDock"_s);
    QVERIFY(sequence && conversation && peer && composer);
    for (QDockWidget *d : window.findChildren<QDockWidget *>()) {
        const bool teaching = d == sequence || d == conversation || d == peer || d == composer;
        QTRY_COMPARE(d->isVisible(), teaching);
        QVERIFY(window.tabifiedDockWidgets(d).isEmpty() || !teaching);
        QVERIFY(!d->isFloating());
    }
    // Left to right: diagram, stream, this end, the other end; the composer below them.
    QTRY_VERIFY(sequence->geometry().right() < window.centralWidget()->geometry().left());
    QVERIFY(window.centralWidget()->geometry().right() < conversation->geometry().left());
    QCOMPARE(peer->x(), conversation->x()); // this end above the other one
    QVERIFY(peer->geometry().top() > conversation->geometry().bottom());
    QVERIFY(composer->geometry().top() > peer->geometry().bottom());
    // The teaching zoom still fits a 1920-pixel-wide projector.
    QVERIFY2(window.minimumSizeHint().width() <= 1920,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(window.dockWidgetArea(sequence), Qt::LeftDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(peer), Qt::RightDockWidgetArea);
    QCOMPARE(window.fontZoom()->percent(), gui::WindowLayouts::TeachingZoomPercent);
    // Each end's own conversation.
    QTRY_COMPARE(window.conversation()->endpointId(), clientId);
    QTRY_COMPARE_WITH_TIMEOUT(window.peerConversation()->endpointId(), acceptedId, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(
            window.peerConversation()->transcript().stats.total(trace::Direction::Out), qint64(21),
            Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.conversation()->transcript().stats.total(trace::Direction::In),
                              qint64(21), Timeout);
    if (qEnvironmentVariableIsSet("NETBENCH_GRAB"))
        window.grab().save(u"/tmp/teaching-layout.png"_s);
    window.selectEndpoint(acceptedId); // and the other way round
    QTRY_COMPARE(window.peerConversation()->endpointId(), clientId);

    window.findChild<QAction *>(u"actionResetLayout"_s)->trigger();
    QTRY_COMPARE(arrangement(window), firstRun);
    QCOMPARE(window.fontZoom()->percent(), 100);
}

QTEST_MAIN(tst_WindowLayouts)
#include "tst_windowlayouts.moc"
