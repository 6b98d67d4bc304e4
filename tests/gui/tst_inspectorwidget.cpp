#include "gui/inspectorwidget.h"
#include "gui/throughputgraph.h"
#include "session/engine.h"
#include "session/enginethread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

#include <functional>

using namespace gui;
using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 10'000;

// Answers "Destroy with error…" without a modal dialog.
class ScriptedInspector final : public InspectorWidget
{
public:
    using InspectorWidget::InspectorWidget;
    std::optional<QString> answer;
    int asked = 0;
    std::function<void()> whileAsking; // what the user does while the dialog is open

protected:
    std::optional<QString> askErrorMessage() override
    {
        ++asked;
        if (whileAsking)
            whileAsking();
        return answer;
    }
};

template<typename T = QLabel> T *child(QWidget &widget, const char *name)
{
    T *found = widget.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString value(QWidget &widget, const char *name)
{
    return child(widget, name)->text();
}

// The byte count a value label shows ("123456 bytes (120.6 KiB)").
qint64 shownBytes(QWidget &widget, const char *name)
{
    const auto match = QRegularExpression(u"^([\\d,.\\s]+) bytes"_s).match(value(widget, name));
    if (!match.hasMatch())
        return -1;
    QString digits = match.captured(1);
    digits.remove(QRegularExpression(u"[^\\d]"_s));
    return digits.toLongLong();
}

} // namespace

class tst_InspectorWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsAHintWithoutEndpoint();
    void unknownEndpointIsGone();
    void listenerPage();
    void noDelayReachesTheKernel();
    // The controls are above the values, in view without scrolling; the graph gets room.
    void controlsComeFirstAndTheGraphHasRoom();
    void pausedPeerMakesBufferSizeGrow();
    void encodingAndKernelBuffers();
    void destroyDisablesControls();
    void destroyWithErrorAsksTheSeam();
    void destroyWithErrorHitsTheEndpointAskedAbout();
    void segmentCountersGrowWithWrites();
    void resetButtonResetsTheConnection();
    void everyValueExplainsItself();
    void screenshot();

private:
    // Listener on 127.0.0.1:0 and a client connected to it; fills the ids below.
    void connectPair();

    std::unique_ptr<session::EngineThread> m_thread;
    quint64 m_serverId = 0;
    quint64 m_clientId = 0;
    quint64 m_peerId = 0; // the server's accepted end
    int m_port = 0;
};

void tst_InspectorWidget::init()
{
    m_thread = std::make_unique<session::EngineThread>();
    m_serverId = m_clientId = m_peerId = 0;
    m_port = 0;
}

void tst_InspectorWidget::cleanup()
{
    m_thread.reset();
}

void tst_InspectorWidget::connectPair()
{
    // The engine's signals are collected by queued connections on this thread: a QSignalSpy
    // would record them on the engine thread, racing with the reads below.
    session::Engine *engine = m_thread->engine();
    QObject context;
    QList<std::pair<quint64, quint64>> appeared; // id, parent id
    connect(engine, &session::Engine::endpointAppeared, &context,
            [&](quint64 id, netcore::EndpointKind, quint64 parentId) {
                appeared.append({id, parentId});
            });
    connect(engine, &session::Engine::snapshotReady, &context,
            [&](const session::EndpointSnapshot &s) {
                if (s.id == m_serverId && s.listening && s.serverAddress)
                    m_port = s.serverAddress->port;
            });

    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    m_thread->post([listener](session::Engine &e) { e.createListener(listener); });
    QTRY_VERIFY_WITH_TIMEOUT(!appeared.isEmpty(), Timeout);
    m_serverId = appeared.takeFirst().first;

    // Ask until the listener has its port.
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 if (m_port == 0)
                                     m_thread->post([id = m_serverId](session::Engine &e) {
                                         e.requestSnapshot(id);
                                     });
                                 return m_port > 0;
                             }()),
                             Timeout);

    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(m_port, u"127.0.0.1"_s);
    m_thread->post([client](session::Engine &e) { e.createClient(client); });
    QTRY_VERIFY_WITH_TIMEOUT(appeared.size() >= 2, Timeout);
    for (const auto &[id, parentId] : std::as_const(appeared))
        (parentId == m_serverId ? m_peerId : m_clientId) = id;
    QVERIFY(m_clientId != 0);
    QVERIFY(m_peerId != 0);
}

void tst_InspectorWidget::showsAHintWithoutEndpoint()
{
    InspectorWidget inspector(m_thread.get());
    QCOMPARE(child<QStackedWidget>(inspector, "pageStack")->currentWidget()->objectName(),
             u"hintPage"_s);
    QVERIFY(value(inspector, "hintLabel").contains(u"Select"_s));
    QCOMPARE(inspector.endpointId(), 0u);
}

void tst_InspectorWidget::unknownEndpointIsGone()
{
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(987654321, netcore::EndpointKind::Socket);
    QTRY_VERIFY_WITH_TIMEOUT(value(inspector, "hintLabel").contains(u"no longer exists"_s),
                             Timeout);
    QCOMPARE(child<QStackedWidget>(inspector, "pageStack")->currentWidget()->objectName(),
             u"hintPage"_s);
}

void tst_InspectorWidget::listenerPage()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(m_serverId, netcore::EndpointKind::Server);
    QCOMPARE(child<QStackedWidget>(inspector, "pageStack")->currentWidget()->objectName(),
             u"serverPage"_s);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "serverAddressValue"),
                              u"127.0.0.1:%1 (IPv4)"_s.arg(m_port), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "connectionsValue"), u"1"_s, Timeout);
    QCOMPARE(value(inspector, "listeningValue"), u"yes"_s);
    QCOMPARE(value(inspector, "maxConnectionsValue"), u"no limit"_s);

    child<QSpinBox>(inspector, "maxConnectionsSpin")->setValue(5);
    child<QPushButton>(inspector, "applyMaxConnectionsButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "maxConnectionsValue"), u"5"_s, Timeout);

    QCOMPARE(value(inspector, "serverReferencedValue"), u"yes"_s);
    QVERIFY(!child<QPushButton>(inspector, "refServerButton")->isEnabled());
    child<QPushButton>(inspector, "unrefServerButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "serverReferencedValue"), u"no"_s, Timeout);
    QVERIFY(child<QPushButton>(inspector, "refServerButton")->isEnabled());

    child<QPushButton>(inspector, "closeServerButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "listeningValue"), u"no"_s, Timeout);
    QVERIFY(!child<QPushButton>(inspector, "closeServerButton")->isEnabled());
}

void tst_InspectorWidget::controlsComeFirstAndTheGraphHasRoom()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.resize(380, 700); // a dock on a laptop screen
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "readyStateValue"), u"open"_s, Timeout);
    const auto top = [&inspector](const char *name) {
        const auto *widget = inspector.findChild<QWidget *>(QString::fromLatin1(name));
        return widget->mapTo(&inspector, QPoint(0, 0)).y();
    };
    QVERIFY(top("socketControlsGroup") < top("socketGroup"));
    QVERIFY(top("socketControlsGroup") < top("throughputGroup"));
    // Pause and resume are in view at once.
    auto *pause = child<QPushButton>(inspector, "pauseButton");
    QVERIFY(pause->mapTo(&inspector, QPoint(0, pause->height())).y() < inspector.height());
    const auto *graph = inspector.findChild<QWidget *>(u"throughputGraph"_s);
    QVERIFY2(graph->height() >= 8 * graph->fontMetrics().lineSpacing(),
             qPrintable(QString::number(graph->height())));
    // A dock taller than the values gives the graph the spare height.
    const int before = graph->height();
    inspector.resize(380, 1600);
    QTRY_VERIFY(graph->height() > before + 200);

    inspector.setEndpoint(m_serverId, netcore::EndpointKind::Server);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(inspector, "closeServerButton")->isVisible(),
                             Timeout);
    QVERIFY(top("serverControlsGroup") < top("serverGroup"));
}

void tst_InspectorWidget::noDelayReachesTheKernel()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "readyStateValue"), u"open"_s, Timeout);
    QCOMPARE(value(inspector, "remoteAddressValue"), u"127.0.0.1:%1 (IPv4)"_s.arg(m_port));
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "tcpStateValue"), u"ESTABLISHED"_s, Timeout);
    QCOMPARE(value(inspector, "kernelNoDelayValue"), u"no"_s);

    QCheckBox *noDelay = child<QCheckBox>(inspector, "noDelayCheck");
    QTRY_VERIFY_WITH_TIMEOUT(noDelay->isEnabled(), Timeout);
    QVERIFY(!noDelay->isChecked());
    noDelay->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "kernelNoDelayValue"), u"yes"_s, Timeout);
    QVERIFY(noDelay->isChecked());

    // And back off: the box shows what the kernel has, not only what was clicked.
    noDelay->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "kernelNoDelayValue"), u"no"_s, Timeout);

    QCheckBox *keepAlive = child<QCheckBox>(inspector, "keepAliveCheck");
    child<QSpinBox>(inspector, "keepAliveDelaySpin")->setValue(30'000);
    keepAlive->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "kernelKeepAliveValue"),
                              u"yes, first probe after 30 s idle"_s, Timeout);

    child<QSpinBox>(inspector, "timeoutSpin")->setValue(60'000);
    child<QPushButton>(inspector, "setTimeoutButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "timeoutValue"),
                              QLocale().toString(60'000) + u" ms"_s, Timeout);
}

void tst_InspectorWidget::pausedPeerMakesBufferSizeGrow()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(m_peerId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "readyStateValue"), u"open"_s, Timeout);
    QPushButton *pause = child<QPushButton>(inspector, "pauseButton");
    QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), Timeout);
    pause->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "pausedValue"), u"yes"_s, Timeout);
    QVERIFY(!pause->isEnabled());
    QVERIFY(child<QPushButton>(inspector, "resumeButton")->isEnabled());

    // The paused peer reads nothing: its receive queue and our send queue fill, then the rest
    // stays in the client's user-space queue.
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "readyStateValue"), u"open"_s, Timeout);
    const QByteArray chunk(4 * 1024 * 1024, 'x');
    for (int i = 0; i < 16; ++i)
        m_thread->post([id = m_clientId, chunk](session::Engine &e) { e.write(id, chunk); });
    QTRY_VERIFY_WITH_TIMEOUT(shownBytes(inspector, "bufferSizeValue") > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(shownBytes(inspector, "unsentValue") > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(shownBytes(inspector, "bytesWrittenValue") > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
            !child<ThroughputGraph>(inspector, "throughputGraph")->rates().isEmpty(), Timeout);

    // Resuming the peer drains everything.
    inspector.setEndpoint(m_peerId, netcore::EndpointKind::Socket);
    QPushButton *resume = child<QPushButton>(inspector, "resumeButton");
    QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), Timeout);
    resume->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownBytes(inspector, "bytesReadValue"), qint64(64) * 1024 * 1024,
                              30'000);
}

void tst_InspectorWidget::encodingAndKernelBuffers()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "readyStateValue"), u"open"_s, Timeout);
    QCOMPARE(value(inspector, "encodingValue"), u"none (bytes)"_s);

    QComboBox *encoding = child<QComboBox>(inspector, "encodingCombo");
    QTRY_VERIFY_WITH_TIMEOUT(encoding->isEnabled() && encoding->isEnabledTo(&inspector), Timeout);
    const int hex = encoding->findData(u"hex"_s);
    encoding->setCurrentIndex(hex);
    Q_EMIT encoding->activated(hex); // as a user's pick
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "encodingValue"), u"hex"_s, Timeout);

    // Linux doubles what setsockopt() asks for; the display shows what the kernel has.
    const qint64 before = shownBytes(inspector, "receiveBufferValue");
    QVERIFY(before > 0);
    child<QSpinBox>(inspector, "receiveBufferSpin")->setValue(8192);
    child<QPushButton>(inspector, "setReceiveBufferButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownBytes(inspector, "receiveBufferValue"), qint64(16384), Timeout);
    child<QSpinBox>(inspector, "sendBufferSpin")->setValue(16384);
    child<QPushButton>(inspector, "setSendBufferButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(shownBytes(inspector, "sendBufferValue"), qint64(32768), Timeout);
}

void tst_InspectorWidget::destroyDisablesControls()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QGroupBox *controls = child<QGroupBox>(inspector, "socketControlsGroup");
    QTRY_VERIFY_WITH_TIMEOUT(controls->isEnabled(), Timeout);
    child<QPushButton>(inspector, "endButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "readyStateValue"), u"readOnly"_s, Timeout);
    QVERIFY(!child<QPushButton>(inspector, "endButton")->isEnabled());
    child<QPushButton>(inspector, "destroyButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "destroyedValue"), u"yes"_s, Timeout);
    QVERIFY(!controls->isEnabled());
}

// The kernel's segment counters, read as numbers from their labels ("1,234").
qint64 shownCount(QWidget &widget, const char *name)
{
    QString digits = value(widget, name);
    digits.remove(QRegularExpression(u"[^\\d]"_s));
    return digits.isEmpty() ? -1 : digits.toLongLong();
}

void tst_InspectorWidget::segmentCountersGrowWithWrites()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "tcpStateValue"), u"ESTABLISHED"_s, Timeout);
    if (value(inspector, "segsOutValue") == u"—"_s)
        QSKIP("this kernel has no TCP_INFO segment counters (Linux 4.18 and later)");
    const qint64 dataBefore = shownCount(inspector, "dataSegsOutValue");
    const qint64 allBefore = shownCount(inspector, "segsOutValue");
    QVERIFY(dataBefore >= 0);
    QVERIFY(allBefore >= dataBefore);
    QCOMPARE(value(inspector, "lostValue"), u"0"_s);
    for (int i = 0; i < 5; ++i)
        m_thread->post([id = m_clientId](session::Engine &e) { e.write(id, "seg"); });
    QTRY_VERIFY_WITH_TIMEOUT(shownCount(inspector, "dataSegsOutValue") > dataBefore, Timeout);
    QVERIFY(shownCount(inspector, "segsOutValue") > allBefore);
    QTRY_VERIFY_WITH_TIMEOUT(shownCount(inspector, "deliveredValue")
                                     >= shownCount(inspector, "dataSegsOutValue"),
                             Timeout);
    inspector.setEndpoint(m_peerId, netcore::EndpointKind::Socket);
    QTRY_VERIFY_WITH_TIMEOUT(shownCount(inspector, "dataSegsInValue") >= 1, Timeout);
}

void tst_InspectorWidget::resetButtonResetsTheConnection()
{
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QPushButton *reset = child<QPushButton>(inspector, "resetButton");
    QTRY_VERIFY_WITH_TIMEOUT(reset->isEnabled() && reset->isEnabledTo(&inspector), Timeout);
    QVERIFY(reset->toolTip().contains(u"ECONNRESET"_s));
    reset->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "destroyedValue"), u"yes"_s, Timeout);
}

void tst_InspectorWidget::destroyWithErrorAsksTheSeam()
{
    connectPair();
    ScriptedInspector inspector(m_thread.get());
    inspector.setEndpoint(m_peerId, netcore::EndpointKind::Socket);
    QPushButton *button = child<QPushButton>(inspector, "destroyWithErrorButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(inspector, "socketControlsGroup")->isEnabled(),
                             Timeout);

    button->click(); // cancelled: nothing happens
    QCOMPARE(inspector.asked, 1);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "readyStateValue"), u"open"_s, Timeout);

    inspector.answer = u"boom"_s;
    button->click();
    QCOMPARE(inspector.asked, 2);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "destroyedValue"), u"yes"_s, Timeout);
}

// The dialog is modal to the window, not to the engine: the tree's selection (and so the
// inspector's endpoint) can change while it is open, e.g. when the endpoint shown closes. The
// answer belongs to the endpoint the user asked about, and must not be dropped.
void tst_InspectorWidget::destroyWithErrorHitsTheEndpointAskedAbout()
{
    connectPair();
    ScriptedInspector inspector(m_thread.get());
    inspector.setEndpoint(m_peerId, netcore::EndpointKind::Socket);
    QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(inspector, "socketControlsGroup")->isEnabled(),
                             Timeout);
    inspector.answer = u"boom"_s;
    inspector.whileAsking
            = [&] { inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket); };
    child<QPushButton>(inspector, "destroyWithErrorButton")->click();
    QCOMPARE(inspector.asked, 1);

    inspector.whileAsking = nullptr;
    inspector.setEndpoint(m_peerId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "destroyedValue"), u"yes"_s, Timeout);
}

void tst_InspectorWidget::everyValueExplainsItself()
{
    InspectorWidget inspector(m_thread.get());
    const auto labels = inspector.findChildren<QLabel *>(QRegularExpression(u"Value$"_s));
    QVERIFY(labels.size() >= 25);
    for (const QLabel *label : labels)
        QVERIFY2(!label->toolTip().isEmpty(), qPrintable(label->objectName()));
    QCOMPARE(child(inspector, "bufferSizeValue")->toolTip(),
             u"Bytes queued in netbench, not yet accepted by the kernel (socket.bufferSize)"_s);
    // Every interactive widget can be found by tests and by the window.
    for (const QWidget *w : inspector.findChildren<QWidget *>()) {
        if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w))
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
    }
}

void tst_InspectorWidget::screenshot()
{
    if (!qEnvironmentVariableIsSet("NETBENCH_SCREENSHOTS"))
        QSKIP("set NETBENCH_SCREENSHOTS to write /tmp/inspector-*.png");
    connectPair();
    InspectorWidget inspector(m_thread.get());
    inspector.resize(400, 1100);
    inspector.show();
    inspector.setEndpoint(m_clientId, netcore::EndpointKind::Socket);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "tcpStateValue"), u"ESTABLISHED"_s, Timeout);
    for (int i = 0; i < 8; ++i) {
        m_thread->post([id = m_clientId](session::Engine &e) {
            e.write(id, QByteArray(256 * 1024, 'y'));
        });
        QTest::qWait(300); // screenshot only: let the graph collect a few samples
    }
    inspector.grab().save(u"/tmp/inspector-socket.png"_s);
    inspector.setEndpoint(m_serverId, netcore::EndpointKind::Server);
    QTRY_COMPARE_WITH_TIMEOUT(value(inspector, "connectionsValue"), u"1"_s, Timeout);
    inspector.resize(400, 350);
    inspector.grab().save(u"/tmp/inspector-server.png"_s);
}

QTEST_MAIN(tst_InspectorWidget)
#include "tst_inspectorwidget.moc"
