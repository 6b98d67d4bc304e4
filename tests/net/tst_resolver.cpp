// netcore's dns.lookup(): getaddrinfo() on worker threads, answers on the caller's thread,
// counted as pending deliveries, dropped with their context, and never waited for at exit.

#include "net/handletracker.h"
#include "net/resolver.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace netcore;

namespace {

const char ExitWithLookupsQueued[] = "--exit-with-lookups-queued";
constexpr int LookupsAtExit = 20;

// The child process of exitNeverWaitsForLookups(), as `netbench run` at process.exit():
// lookups whose context is never deleted, a loop that stops after the first answer, a
// shutdown that takes a moment (during which the other answers are queued, undelivered),
// then the application object is destroyed. The pause recreates that state; the parent
// synchronises only on this process's exit.
int exitWithLookupsQueued(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Left to the process's end on purpose, and held by a static so that it stays reachable:
    // once every answer came in (a turn now sends them all), nothing else points at it, and
    // LeakSanitizer would call it a leak.
    static QObject *const context = new QObject;
    bool answered = false;
    for (int i = 0; i < LookupsAtExit; ++i) {
        lookupHost(
                u"localhost"_s, 0, 0, context,
                [&answered](const NetError &, const QList<ResolvedAddress> &) { answered = true; });
    }
    while (!answered)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QThread::msleep(200);
    return 0;
}

} // namespace

class tst_Resolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersOnCallersThreadLater();
    void countsAsPendingUntilAnswered();
    void deletedContextGetsNoAnswer();
    void exitNeverWaitsForLookups();
};

void tst_Resolver::answersOnCallersThreadLater()
{
    QObject context;
    QThread *caller = QThread::currentThread();
    bool inCall = true;
    bool answered = false;
    lookupHost(u"localhost"_s, 4, 0, &context,
               [&](const NetError &error, const QList<ResolvedAddress> &addresses) {
                   QVERIFY(!inCall);
                   QCOMPARE(QThread::currentThread(), caller);
                   QVERIFY(!error);
                   QVERIFY(addresses.contains(ResolvedAddress {u"127.0.0.1"_s, 4}));
                   answered = true;
               });
    inCall = false;
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
}

void tst_Resolver::countsAsPendingUntilAnswered()
{
    HandleTracker *tracker = HandleTracker::forCurrentThread();
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isIdle(), 5000);
    QObject context;
    bool answered = false;
    lookupHost(u"localhost"_s, 0, 0, &context,
               [&](const NetError &, const QList<ResolvedAddress> &) { answered = true; });
    QCOMPARE(tracker->pendingDeliveries(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(tracker->pendingDeliveries(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isIdle(), 5000);
}

void tst_Resolver::deletedContextGetsNoAnswer()
{
    // The lookup goes on (getaddrinfo cannot be cancelled) but its answer goes nowhere, and
    // it stops counting at once.
    HandleTracker *tracker = HandleTracker::forCurrentThread();
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isIdle(), 5000);
    int answers = 0;
    auto doomed = std::make_unique<QObject>();
    QObject survivor;
    for (int i = 0; i < 10; ++i) {
        lookupHost(u"localhost"_s, 0, 0, doomed.get(),
                   [&](const NetError &, const QList<ResolvedAddress> &) { answers += 100; });
    }
    lookupHost(u"localhost"_s, 0, 0, &survivor,
               [&](const NetError &, const QList<ResolvedAddress> &) { ++answers; });
    QCOMPARE(tracker->pendingDeliveries(), 11);
    doomed.reset();
    QCOMPARE(tracker->pendingDeliveries(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isIdle(), 5000);
    QCOMPARE(answers, 1);
}

void tst_Resolver::exitNeverWaitsForLookups()
{
    // Answers still queued when the application object is destroyed used to deadlock its
    // destructor (their relays posted events from inside Qt's teardown of the queue).
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(ExitWithLookupsQueued)});
        QVERIFY2(child.waitForFinished(15000), "the child hung on its way out");
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
    }
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], ExitWithLookupsQueued) == 0)
        return exitWithLookupsQueued(argc, argv);
    QCoreApplication app(argc, argv);
    tst_Resolver test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resolver.moc"
