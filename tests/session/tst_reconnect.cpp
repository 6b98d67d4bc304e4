// session::ReconnectPolicy and session::Reconnector: the delays of the backoff, the limit, stop,
// and a client that keeps trying over real loopback sockets until its server comes up.

#include "session/reconnectpolicy.h"

#include "../net/testpeers.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using session::Reconnector;
using session::ReconnectPolicy;
using testpeers::Transport;

namespace {

ReconnectPolicy quickPolicy(int maxAttempts)
{
    return {.enabled = true,
            .initialDelayMs = 5,
            .backoffFactor = 2.0,
            .maxDelayMs = 40,
            .maxAttempts = maxAttempts};
}

// A client as the window and the command line run one: a new socket for every attempt the
// reconnector calls for, every step written down in order.
class RetryingClient final : public QObject
{
public:
    RetryingClient(const ReconnectPolicy &policy, netcore::ConnectOptions options)
        : reconnector(policy)
        , m_options(std::move(options))
    {
        connect(&reconnector, &Reconnector::attemptScheduled, this, [this](int attempt, int delay) {
            log << u"scheduled %1 after %2 ms"_s.arg(attempt).arg(delay);
        });
        connect(&reconnector, &Reconnector::attemptDue, this, [this](int attempt) {
            log << u"attempt %1"_s.arg(attempt);
            open();
        });
        connect(&reconnector, &Reconnector::gaveUp, this,
                [this](int attempts) { log << u"gave up after %1"_s.arg(attempts); });
    }

    void open()
    {
        socket = new netcore::Socket(netcore::SocketOptions {}, this);
        connect(socket, &netcore::Socket::connected, this, [this] {
            log << u"connected"_s;
            reconnector.connected();
        });
        connect(socket, &netcore::Socket::errorOccurred, this,
                [this](const netcore::NetError &error) { log << error.code(); });
        connect(socket, &netcore::Socket::closed, this, [this] { reconnector.closed(); });
        QVERIFY(!socket->connectTo(m_options));
    }

    Reconnector reconnector;
    netcore::Socket *socket = nullptr;
    QStringList log;

private:
    netcore::ConnectOptions m_options;
};

} // namespace

Q_DECLARE_METATYPE(session::ReconnectPolicy)

class tst_Reconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysGrowByTheFactorUpToTheCap_data();
    void delaysGrowByTheFactorUpToTheCap();
    void limitCountsReconnectsInARow();
    void validationNamesTheBadNumber_data();
    void validationNamesTheBadNumber();
    void jsonRoundTripsAndClamps();
    void serverThatComesUpLaterIsReached_data();
    void serverThatComesUpLaterIsReached();
    void limitIsRespectedOverLoopback();
    void stopCancelsThePendingAttempt();
    void disabledPolicyNeverRetries();
};

void tst_Reconnect::delaysGrowByTheFactorUpToTheCap_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("max");
    QTest::addColumn<QList<int>>("delays"); // for attempts 1, 2, ...
    QTest::newRow("doubling") << 100 << 2.0 << 1000 << QList<int> {100, 200, 400, 800, 1000, 1000};
    QTest::newRow("constant") << 250 << 1.0 << 30000 << QList<int> {250, 250, 250};
    QTest::newRow("one and a half")
            << 1000 << 1.5 << 5000 << QList<int> {1000, 1500, 2250, 3375, 5000};
    QTest::newRow("zero delay") << 0 << 2.0 << 100 << QList<int> {0, 0, 0};
    QTest::newRow("cap below first") << 500 << 2.0 << 100 << QList<int> {500, 500};
}

void tst_Reconnect::delaysGrowByTheFactorUpToTheCap()
{
    QFETCH(int, initial);
    QFETCH(double, factor);
    QFETCH(int, max);
    QFETCH(QList<int>, delays);
    const ReconnectPolicy policy {
            .enabled = true, .initialDelayMs = initial, .backoffFactor = factor, .maxDelayMs = max};
    for (int attempt = 1; attempt <= delays.size(); ++attempt)
        QCOMPARE(policy.delayBeforeAttempt(attempt), delays.at(attempt - 1));
    // Thousands of attempts overflow no integer.
    const int longRun = initial == 0 ? 0 : std::max(initial, factor > 1.0 ? max : initial);
    QCOMPARE(policy.delayBeforeAttempt(100000), longRun);
}

void tst_Reconnect::limitCountsReconnectsInARow()
{
    ReconnectPolicy policy = quickPolicy(3);
    QVERIFY(!policy.allowsAttempt(0));
    QVERIFY(policy.allowsAttempt(1));
    QVERIFY(policy.allowsAttempt(3));
    QVERIFY(!policy.allowsAttempt(4));
    policy.maxAttempts = 0;
    QVERIFY(policy.allowsAttempt(1000000));
    policy.enabled = false;
    QVERIFY(!policy.allowsAttempt(1));
}

void tst_Reconnect::validationNamesTheBadNumber_data()
{
    QTest::addColumn<ReconnectPolicy>("policy");
    QTest::addColumn<QString>("error");
    QTest::newRow("fine") << quickPolicy(0) << QString();
    ReconnectPolicy policy = quickPolicy(0);
    policy.initialDelayMs = -1;
    QTest::newRow("negative delay") << policy << u"the reconnect delay must be 0 to 86400000 ms"_s;
    policy = quickPolicy(0);
    policy.backoffFactor = 0.5;
    QTest::newRow("shrinking") << policy << u"the backoff factor must be 1 to 100"_s;
    policy = quickPolicy(0);
    policy.maxDelayMs = 1;
    QTest::newRow("cap below first")
            << policy
            << u"the longest reconnect delay must be from the first delay to 86400000 ms"_s;
    policy = quickPolicy(-1);
    QTest::newRow("negative limit")
            << policy << u"the number of reconnect attempts cannot be negative (0: no limit)"_s;
}

void tst_Reconnect::validationNamesTheBadNumber()
{
    QFETCH(ReconnectPolicy, policy);
    QFETCH(QString, error);
    QCOMPARE(policy.validationError(), error);
}

void tst_Reconnect::jsonRoundTripsAndClamps()
{
    const ReconnectPolicy policy {.enabled = true,
                                  .initialDelayMs = 250,
                                  .backoffFactor = 1.5,
                                  .maxDelayMs = 9000,
                                  .maxAttempts = 7};
    QCOMPARE(ReconnectPolicy::fromJson(policy.toJson()), policy);
    QCOMPARE(ReconnectPolicy::fromJson({}), ReconnectPolicy());
    const ReconnectPolicy clamped = ReconnectPolicy::fromJson({{u"enabled"_s, true},
                                                               {u"delayMs"_s, -5},
                                                               {u"backoff"_s, 1e9},
                                                               {u"maxDelayMs"_s, -1},
                                                               {u"maxAttempts"_s, -3}});
    QVERIFY2(clamped.validationError().isEmpty(), qPrintable(clamped.validationError()));
    QCOMPARE(clamped.initialDelayMs, 0);
    QCOMPARE(clamped.backoffFactor, 100.0);
    QCOMPARE(clamped.maxAttempts, 0);
}

void tst_Reconnect::serverThatComesUpLaterIsReached_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("tcp4") << Transport::Tcp4;
    QTest::newRow("unix") << Transport::Unix;
}

// Refused twice (the first connect and reconnect 1), the server comes up while reconnect 2
// waits, and reconnect 2 connects. When the server then hangs up, the count starts afresh.
void tst_Reconnect::serverThatComesUpLaterIsReached()
{
    QFETCH(Transport, transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::optional<testpeers::RefusingPort> refusing;
    netcore::ListenOptions listenOptions
            = netcore::ListenOptions::unixPath(dir.filePath(u"s.sock"_s));
    netcore::ConnectOptions connectOptions = netcore::ConnectOptions::unixPath(listenOptions.path);
    if (transport == Transport::Tcp4) {
        refusing.emplace(transport);
        QVERIFY(refusing->port() > 0);
        listenOptions = netcore::ListenOptions::tcp(refusing->port(), u"127.0.0.1"_s);
        connectOptions = netcore::ConnectOptions::tcp(refusing->port(), u"127.0.0.1"_s);
    }
    const QString refused = transport == Transport::Tcp4 ? u"ECONNREFUSED"_s : u"ENOENT"_s;

    netcore::Server server;
    RetryingClient client(quickPolicy(5), connectOptions);
    connect(&client.reconnector, &Reconnector::attemptScheduled, &server, [&](int attempt) {
        if (attempt != 2 || server.isListening())
            return;
        refusing.reset(); // frees the port
        QVERIFY(testpeers::listenAndWait(server, listenOptions));
    });
    QPointer<netcore::Socket> accepted;
    connect(&server, &netcore::Server::newConnection, &server,
            [&accepted](netcore::Socket *socket) { accepted = socket; });
    client.open();
    QTRY_VERIFY(accepted);
    QTRY_COMPARE(client.log.size(), 7);
    QCOMPARE(client.log,
             (QStringList {refused, u"scheduled 1 after 5 ms"_s, u"attempt 1"_s, refused,
                           u"scheduled 2 after 10 ms"_s, u"attempt 2"_s, u"connected"_s}));
    QCOMPARE(client.reconnector.attempt(), 0);
    QCOMPARE(client.reconnector.totalAttempts(), 2);

    accepted->destroy();
    QTRY_VERIFY(client.reconnector.isWaiting());
    QCOMPARE(client.log.last(), u"scheduled 1 after 5 ms"_s);
    client.reconnector.stop(); // the user destroys the client
    QVERIFY(!client.reconnector.isWaiting());
}

void tst_Reconnect::limitIsRespectedOverLoopback()
{
    const testpeers::RefusingPort refusing(Transport::Tcp4);
    QVERIFY(refusing.port() > 0);
    RetryingClient client(quickPolicy(3),
                          netcore::ConnectOptions::tcp(refusing.port(), u"127.0.0.1"_s));
    QSignalSpy gaveUp(&client.reconnector, &Reconnector::gaveUp);
    client.open();
    QVERIFY(gaveUp.wait(10000));
    QCOMPARE(gaveUp.constFirst().constFirst().toInt(), 3);
    QCOMPARE(client.log,
             (QStringList {u"ECONNREFUSED"_s, u"scheduled 1 after 5 ms"_s, u"attempt 1"_s,
                           u"ECONNREFUSED"_s, u"scheduled 2 after 10 ms"_s, u"attempt 2"_s,
                           u"ECONNREFUSED"_s, u"scheduled 3 after 20 ms"_s, u"attempt 3"_s,
                           u"ECONNREFUSED"_s, u"gave up after 3"_s}));
    // Only the timer starts an attempt, and none is left running.
    QVERIFY(!client.reconnector.isWaiting());
    QCOMPARE(client.reconnector.totalAttempts(), 3);
}

void tst_Reconnect::stopCancelsThePendingAttempt()
{
    Reconnector reconnector(quickPolicy(0));
    QSignalSpy scheduled(&reconnector, &Reconnector::attemptScheduled);
    QSignalSpy due(&reconnector, &Reconnector::attemptDue);
    reconnector.closed();
    QCOMPARE(scheduled.size(), 1);
    QVERIFY(reconnector.isWaiting());
    reconnector.stop();
    QVERIFY(!reconnector.isWaiting());
    reconnector.closed(); // a close that comes after the user's destroy
    QCOMPARE(scheduled.size(), 1);
    QVERIFY(!reconnector.isWaiting());
    QCOMPARE(due.size(), 0);
}

void tst_Reconnect::disabledPolicyNeverRetries()
{
    Reconnector reconnector(ReconnectPolicy {});
    QSignalSpy scheduled(&reconnector, &Reconnector::attemptScheduled);
    QSignalSpy gaveUp(&reconnector, &Reconnector::gaveUp);
    reconnector.closed();
    QVERIFY(!reconnector.isWaiting());
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(gaveUp.size(), 0);
}

QTEST_GUILESS_MAIN(tst_Reconnect)
#include "tst_reconnect.moc"
