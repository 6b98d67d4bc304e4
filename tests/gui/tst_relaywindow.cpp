// New Relay in the window, offscreen, with real sockets: the dialog refuses bad input in the
// window's words; a relay made through it carries a real client's bytes to a real server and
// back; the endpoint tree shows the relay, the client leg and its target leg as one pair; the
// event stream has both legs' events; the conversations show the two legs; a fault changed in
// the Relay panel applies at once to the open connection.

#include "gui/conversationwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/eventstreamwidget.h"
#include "gui/eventtablemodel.h"
#include "gui/mainwindow.h"
#include "gui/newrelaydialog.h"
#include "gui/relaypanel.h"

#include "session/relayconnection.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/tracerecorder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::MainWindow;

namespace {

constexpr int Timeout = 15000;

// "#7 relay 127.0.0.1:40123 → 127.0.0.1:40000": the port clients connect to.
int relayPortOf(const QString &label)
{
    return label.section(u" → "_s, 0, 0).section(u':', -1).toInt();
}

} // namespace

class tst_RelayWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badInputIsRefusedInTheWindowsWords_data();
    void badInputIsRefusedInTheWindowsWords();
    void relayThroughTheWindow();
    // The pairing comes from the engine, queued: before or after the target leg's records.
    void treePairsTheLegsInEitherOrder_data();
    void treePairsTheLegsInEitherOrder();

private:
    session::RelaySpec m_nextRelay;
};

void tst_RelayWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_RelayWindow::badInputIsRefusedInTheWindowsWords_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("listen host") << u"listenHostEdit"_s << u""_s
                                 << u"Enter the address the relay listens on"_s;
    QTest::newRow("listen port") << u"listenPortEdit"_s << u"70000"_s
                                 << u"“70000” is not a port: enter a number from 0 to 65535."_s;
    QTest::newRow("target port 0")
            << u"targetPortEdit"_s << u"0"_s << u"The target needs a real port"_s;
    QTest::newRow("target port") << u"targetPortEdit"_s << u"http"_s
                                 << u"“http” is not a port: enter a number from 1 to 65535."_s;
    QTest::newRow("itself") << u"listenPortEdit"_s << u"5000"_s
                            << u"The relay would connect to itself"_s;
}

void tst_RelayWindow::badInputIsRefusedInTheWindowsWords()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    gui::NewRelayDialog dialog;
    dialog.findChild<QLineEdit *>(u"targetPortEdit"_s)->setText(u"5000"_s);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit *>(field)->setText(text);
    QVERIFY2(dialog.problem().startsWith(problem), qPrintable(dialog.problem()));
    QCOMPARE(dialog.findChild<QLabel *>(u"problemLabel"_s)->text(), dialog.problem());
    QVERIFY(!ok->isEnabled());
    QSignalSpy requested(&dialog, &gui::NewRelayDialog::relayRequested);
    dialog.accept(); // Enter in a field
    QCOMPARE(requested.size(), 0);

    // A Unix path on either side is fine, TCP to Unix included.
    dialog.findChild<QRadioButton *>(u"targetIpcRadio"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"targetPathEdit"_s)->setText(u"/tmp/target.sock"_s);
    dialog.findChild<QLineEdit *>(u"listenHostEdit"_s)->setText(u"127.0.0.1"_s);
    dialog.findChild<QLineEdit *>(u"listenPortEdit"_s)->setText(u"0"_s);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.spec().target.path, u"/tmp/target.sock"_s);
}

void tst_RelayWindow::relayThroughTheWindow()
{
    // The real server, in the test: it keeps what it receives and answers once.
    netcore::Server target(netcore::ServerOptions {.allowHalfOpen = true});
    QPointer<netcore::Socket> atTarget;
    QByteArray targetGot;
    bool targetEnded = false;
    connect(&target, &netcore::Server::newConnection, this, [&](netcore::Socket *socket) {
        atTarget = socket;
        connect(socket, &netcore::Socket::dataReceived, this,
                [&](const QByteArray &data) { targetGot += data; });
        connect(socket, &netcore::Socket::ended, this, [&] { targetEnded = true; });
    });
    QSignalSpy listening(&target, &netcore::Server::listening);
    QVERIFY(!target.listen(netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QVERIFY(listening.wait(Timeout));

    MainWindow window;
    gui::UserPrompts prompts;
    prompts.execDialog = [this](QDialog *dialog) {
        auto *relay = qobject_cast<gui::NewRelayDialog *>(dialog);
        if (!relay)
            return false;
        relay->setSpec(m_nextRelay);
        return relay->problem().isEmpty();
    };
    window.setPrompts(prompts);
    window.show();
    m_nextRelay = {};
    m_nextRelay.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    m_nextRelay.target = netcore::ConnectOptions::tcp(target.address().port(), u"127.0.0.1"_s);
    auto *newRelay = window.findChild<QAction *>(u"actionNewRelay"_s);
    QVERIFY(newRelay);
    newRelay->trigger();

    // The relay: a listening root row that names its target.
    const EndpointTreeModel *model = window.endpointModel();
    QModelIndex relayIndex;
    QTRY_VERIFY_WITH_TIMEOUT((relayIndex = model->index(0, 0)).isValid()
                                     && relayIndex.data(EndpointTreeModel::StateRole).toInt()
                                             == int(EndpointTreeModel::State::Listening)
                                     && relayIndex.data().toString().contains(u" relay "_s),
                             Timeout);
    const quint64 relayId = relayIndex.data(EndpointTreeModel::IdRole).toULongLong();
    const int relayPort = relayPortOf(relayIndex.data().toString());
    QVERIFY2(relayPort > 0, qPrintable(relayIndex.data().toString()));
    QVERIFY(relayIndex.data().toString().endsWith(u"127.0.0.1:%1"_s.arg(target.address().port())));

    // A real client through it, both ways.
    netcore::Socket client;
    QByteArray clientGot;
    connect(&client, &netcore::Socket::dataReceived, this,
            [&](const QByteArray &data) { clientGot += data; });
    QVERIFY(!client.connectTo(netcore::ConnectOptions::tcp(relayPort, u"127.0.0.1"_s)));
    QVERIFY(client.write("hello"_ba));
    QTRY_COMPARE_WITH_TIMEOUT(targetGot, "hello"_ba, Timeout);
    QVERIFY(atTarget);
    QVERIFY(atTarget->write("world"_ba));
    QTRY_COMPARE_WITH_TIMEOUT(clientGot, "world"_ba, Timeout);

    // One pair in the tree: relay → client leg → its target leg.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(model->indexOf(relayId)) == 1, Timeout);
    const QModelIndex clientLeg = model->index(0, 0, model->indexOf(relayId));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(clientLeg) == 1, Timeout);
    const QModelIndex targetLeg = model->index(0, 0, clientLeg);
    const quint64 clientLegId = clientLeg.data(EndpointTreeModel::IdRole).toULongLong();
    const quint64 targetLegId = targetLeg.data(EndpointTreeModel::IdRole).toULongLong();
    QVERIFY(targetLeg.data().toString().contains(u"(its target leg)"_s));
    QVERIFY(targetLeg.data().toString().contains(u"127.0.0.1:%1"_s.arg(target.address().port())));
    QCOMPARE(model->rowCount(), 1); // the target leg is not a root of its own
    QCOMPARE(model->relayOf(targetLegId), relayId);

    // The event stream has both legs' events: the bytes read on each.
    const auto hasData = [&window](quint64 id) {
        const gui::EventStore &store = window.eventStream()->model()->store();
        for (qsizetype i = 0; i < store.size(); ++i) {
            if (store.at(i).endpointId == id && store.at(i).event == netcore::NetEvent::Data)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasData(clientLegId) && hasData(targetLegId), Timeout);

    // Selecting a leg shows its relay's panel, and the other leg in the peer conversation.
    window.findChild<QDockWidget *>(u"peerConversationDock"_s)->show();
    window.selectEndpoint(targetLegId);
    gui::RelayPanel *panel = window.relayPanel();
    QCOMPARE(panel->relay(), relayId);
    QTRY_COMPARE_WITH_TIMEOUT(window.conversation()->endpointId(), targetLegId, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.peerConversation()->endpointId(), clientLegId, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
            panel->findChild<QLabel *>(u"c2sCounts"_s)->text().startsWith(u"Forwarded 5 bytes"_s),
            Timeout);

    // A fault, live: FIN towards the server at once, on the connection already open.
    QVERIFY(!targetEnded);
    panel->findChild<QCheckBox *>(u"c2sFinCheck"_s)->setChecked(true);
    QCOMPARE(panel->faults().clientToServer.finAfterBytes, std::optional<qint64>(0));
    QTRY_VERIFY_WITH_TIMEOUT(targetEnded, Timeout);
    // The other direction goes on.
    QVERIFY(atTarget->write("again"_ba));
    QTRY_COMPARE_WITH_TIMEOUT(clientGot, "worldagain"_ba, Timeout);

    client.destroy();
    target.close();
    gui::UserPrompts quiet = prompts;
    quiet.confirm = [](QWidget *, const QString &, const QString &) { return true; };
    window.setPrompts(quiet);
}

void tst_RelayWindow::treePairsTheLegsInEitherOrder_data()
{
    QTest::addColumn<bool>("pairFirst");
    QTest::newRow("paired before its records") << true;
    QTest::newRow("paired after its records") << false;
}

void tst_RelayWindow::treePairsTheLegsInEitherOrder()
{
    QFETCH(bool, pairFirst);
    trace::TraceRecorder recorder;
    netcore::NetObserver::install(&recorder);
    const auto uninstall = qScopeGuard([] { netcore::NetObserver::install(nullptr); });
    EndpointTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    quint64 lastSeq = 0;
    const auto applyNewRecords = [&] {
        const QList<trace::TraceRecord> records = recorder.eventsSince(lastSeq);
        if (!records.isEmpty())
            lastSeq = records.constLast().seq;
        model.applyRecords(records);
    };

    netcore::Server target(netcore::ServerOptions {.allowHalfOpen = true});
    QSignalSpy targetListening(&target, &netcore::Server::listening);
    QVERIFY(!target.listen(netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QVERIFY(targetListening.wait(Timeout));
    session::Relay relay(netcore::ListenOptions::tcp(0, u"127.0.0.1"_s),
                         netcore::ConnectOptions::tcp(target.address().port(), u"127.0.0.1"_s));
    quint64 clientLeg = 0, targetLeg = 0;
    connect(&relay, &session::Relay::connectionOpened, this,
            [&](session::RelayConnection *connection) {
                clientLeg = connection->client()->id();
                targetLeg = connection->server()->id();
            });
    QSignalSpy relayListening(&relay, &session::Relay::listening);
    QVERIFY(!relay.start());
    QVERIFY(relayListening.wait(Timeout));
    netcore::Socket client;
    QPointer<netcore::Socket> atTarget;
    connect(&target, &netcore::Server::newConnection, this,
            [&atTarget](netcore::Socket *socket) { atTarget = socket; });
    QVERIFY(!client.connectTo(
            netcore::ConnectOptions::tcp(relay.server()->address().port(), u"127.0.0.1"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(atTarget, Timeout);
    QVERIFY(clientLeg && targetLeg);

    model.markRelay(relay.server()->id(), u"127.0.0.1:%1"_s.arg(target.address().port()));
    if (pairFirst)
        model.pairRelayLegs(clientLeg, targetLeg);
    applyNewRecords();
    if (!pairFirst)
        model.pairRelayLegs(clientLeg, targetLeg);

    // Roots: the test's own target server and client, and the relay; the target's accepted
    // socket under the target; the target leg under the client leg, under the relay.
    const QModelIndex relayIndex = model.indexOf(relay.server()->id());
    QVERIFY(!relayIndex.parent().isValid());
    QVERIFY(relayIndex.data().toString().contains(u" relay "_s));
    QCOMPARE(model.indexOf(clientLeg).parent(), relayIndex);
    QCOMPARE(model.indexOf(targetLeg).parent(), model.indexOf(clientLeg));
    QCOMPARE(model.rowCount(model.indexOf(clientLeg)), 1);
    QCOMPARE(model.relayOf(targetLeg), relay.server()->id());
    QCOMPARE(model.relayOf(client.id()), 0u);

    // Closed, they all go, the target leg with its client leg.
    client.destroy();
    atTarget->destroy();
    relay.close();
    target.close();
    QTRY_VERIFY_WITH_TIMEOUT(relay.connections().isEmpty(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT((applyNewRecords(), model.liveCount() == 0), Timeout);
    model.removeClosed();
    QCOMPARE(model.endpointCount(), 0);
    QCOMPARE(model.relayOf(targetLeg), 0u);
}

QTEST_MAIN(tst_RelayWindow)
#include "tst_relaywindow.moc"
