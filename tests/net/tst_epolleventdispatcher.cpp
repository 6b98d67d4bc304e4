// netcore's epoll event dispatcher on its own: this whole test runs on it (installed before the
// application object), so QSignalSpy::wait, QTRY_* and every nested loop below are its loops.

#include "net/epolleventdispatcher.h"
#include "net/server.h"
#include "net/socket.h"

#include "loopsleeps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using netcore::EpollEventDispatcher;

namespace {

// Both ends of a Unix stream socket pair, closed on destruction.
struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
            qFatal("socketpair failed");
    }
    ~SocketPair()
    {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    SocketPair(const SocketPair &) = delete;
    SocketPair &operator=(const SocketPair &) = delete;
    void send(const char *bytes = "x") const { QCOMPARE_GE(::write(fds[1], bytes, 1), 1); }
    void drain() const
    {
        char buffer[256];
        while (::read(fds[0], buffer, sizeof buffer) > 0) { }
    }
};

// Counts its own timer events and does what a test asks from inside each one.
class TimerTarget : public QObject
{
public:
    int events = 0;
    std::function<void(TimerTarget &, int timerId)> onTimeout;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        ++events;
        if (onTimeout)
            onTimeout(*this, event->timerId());
    }
};

// The epoll sets this process has open (each is an anon_inode:[eventpoll] descriptor).
int openEpollSets()
{
    int sets = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget().contains(QLatin1String("eventpoll")))
            ++sets;
    }
    return sets;
}

EpollEventDispatcher *dispatcher()
{
    return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}
} // namespace

class tst_EpollEventDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isInstalled();
    void switchReadsTheEnvironment();
    void zeroTimerRunsOnEveryTurnBesidePostedEvents();
    void timerNeverFiresEarly_data();
    void timerNeverFiresEarly();
    void registeredTimersAndRemainingTime();
    void timerKilledInsideItsOwnTimeout();
    void timerRestartedInsideItsOwnTimeoutWaitsForTheNextTurn();
    void postedEventsAreDelivered();
    void wakeUpFromAnotherThread();
    void eventFromAnotherThreadIsSentInTheTurnItWakes();
    void wakeUpsFromManyThreads();
    void readAndWriteNotifiers();
    void disabledNotifierStaysQuiet();
    void notifierDeletedInsideAnotherActivation();
    void notifierDeletedInsideItsOwnActivation();
    void notifierOnARegularFile();
    void excludeSocketNotifiers();
    void excludedReadyDescriptorsLetTheLoopSleep();
    void exceptionNotifierIsToldOfAHangUp();
    void closedDescriptorWithADuplicateStaysQuiet();
    void notifierDisabledInsideAnotherActivation();
    void timerKilledInsideAnotherTimeout();
    void nestedLoopSleepsWhileItsTimerTimeoutRuns();
    void manyDescriptors();
    void nestedLoopInsideATimeout();
    void nestedLoopInsideANotifier();
    void interruptFromAnotherThread();
    void aboutToBlockAndAwake();
    void workerThreadWithTheDispatcher();
    void wakeUpsFromOtherThreadsAreNeverLost();
    void eventsTheLoopPostsItselfDoNotWait();
    void netcoreSocketsShareItsEpollSet();
};

void tst_EpollEventDispatcher::isInstalled()
{
    QVERIFY(dispatcher());
}

void tst_EpollEventDispatcher::switchReadsTheEnvironment()
{
    const QByteArray saved = qgetenv("NETBENCH_EVENT_DISPATCHER");
    qputenv("NETBENCH_EVENT_DISPATCHER", "epoll");
    std::unique_ptr<QAbstractEventDispatcher> chosen(EpollEventDispatcher::createIfChosen());
    QVERIFY(qobject_cast<EpollEventDispatcher *>(chosen.get()));
    qputenv("NETBENCH_EVENT_DISPATCHER", "qt");
    QVERIFY(!EpollEventDispatcher::createIfChosen());
    qunsetenv("NETBENCH_EVENT_DISPATCHER");
    std::unique_ptr<QAbstractEventDispatcher> byDefault(EpollEventDispatcher::createIfChosen());
    QVERIFY(qobject_cast<EpollEventDispatcher *>(byDefault.get()));
    if (!saved.isNull())
        qputenv("NETBENCH_EVENT_DISPATCHER", saved);
}

void tst_EpollEventDispatcher::zeroTimerRunsOnEveryTurnBesidePostedEvents()
{
    // A repeating zero timer keeps the loop busy, yet posted events still get through, and a
    // single-shot zero timer fires once.
    int ticks = 0;
    QTimer busy;
    busy.setInterval(0);
    connect(&busy, &QTimer::timeout, this, [&ticks] { ++ticks; });
    busy.start();
    int singleShots = 0;
    QTimer::singleShot(0, this, [&singleShots] { ++singleShots; });
    int posted = 0;
    for (int i = 0; i < 10; ++i)
        QMetaObject::invokeMethod(
                this, [&posted] { ++posted; }, Qt::QueuedConnection);
    QTRY_COMPARE(posted, 10);
    QTRY_VERIFY(ticks >= 10);
    QCOMPARE(singleShots, 1);
    // One pass fires the zero timer once, not over and over.
    const int before = ticks;
    QVERIFY(dispatcher()->processEvents(QEventLoop::AllEvents));
    QCOMPARE(ticks, before + 1);
}

void tst_EpollEventDispatcher::timerNeverFiresEarly_data()
{
    QTest::addColumn<Qt::TimerType>("type");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("earliestMs"); // what Qt's documentation allows
    QTest::newRow("precise 30 ms") << Qt::PreciseTimer << 30 << 30;
    QTest::newRow("coarse 15 ms (precise below 20)") << Qt::CoarseTimer << 15 << 15;
    QTest::newRow("coarse 200 ms (5 %)") << Qt::CoarseTimer << 200 << 190;
    QTest::newRow("very coarse 1400 ms (whole seconds)") << Qt::VeryCoarseTimer << 1400 << 500;
}

void tst_EpollEventDispatcher::timerNeverFiresEarly()
{
    QFETCH(Qt::TimerType, type);
    QFETCH(int, intervalMs);
    QFETCH(int, earliestMs);
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        qint64 firedAfter = -1;
        QTimer timer;
        timer.setSingleShot(true);
        timer.setTimerType(type);
        connect(&timer, &QTimer::timeout, this, [&] { firedAfter = clock.elapsed(); });
        timer.start(intervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(firedAfter >= 0, 10000);
        QVERIFY2(firedAfter >= earliestMs, qPrintable(QString::number(firedAfter)));
        if (type == Qt::VeryCoarseTimer) // rounded to one second, at a whole second
            QVERIFY2(firedAfter >= 500, qPrintable(QString::number(firedAfter)));
    }
}

void tst_EpollEventDispatcher::registeredTimersAndRemainingTime()
{
    QObject owner;
    const int precise = owner.startTimer(10000, Qt::PreciseTimer);
    const int coarse = owner.startTimer(300, Qt::CoarseTimer);
    QVERIFY(precise > 0 && coarse > 0);
    const QList<QAbstractEventDispatcher::TimerInfo> timers
            = dispatcher()->registeredTimers(&owner);
    QCOMPARE(timers.size(), 2);
    for (const QAbstractEventDispatcher::TimerInfo &info : timers) {
        QVERIFY(info.timerId == precise || info.timerId == coarse);
        QCOMPARE(info.interval, info.timerId == precise ? 10000 : 300);
        QCOMPARE(info.timerType, info.timerId == precise ? Qt::PreciseTimer : Qt::CoarseTimer);
    }
    const int remaining = dispatcher()->remainingTime(precise);
    QVERIFY2(remaining > 5000 && remaining <= 10000, qPrintable(QString::number(remaining)));
    QVERIFY(dispatcher()->remainingTime(coarse) <= 315);
    owner.killTimer(precise);
    QCOMPARE(dispatcher()->remainingTime(precise), -1);
    QCOMPARE(dispatcher()->registeredTimers(&owner).size(), 1);
    QVERIFY(dispatcher()->unregisterTimers(&owner));
    QVERIFY(dispatcher()->registeredTimers(&owner).isEmpty());
    QVERIFY(!dispatcher()->unregisterTimers(&owner));
}

void tst_EpollEventDispatcher::timerKilledInsideItsOwnTimeout()
{
    TimerTarget target;
    target.onTimeout = [](TimerTarget &self, int timerId) { self.killTimer(timerId); };
    target.startTimer(0);
    // A later timer proves that turns went by with nothing more for the killed one.
    bool later = false;
    QTimer::singleShot(50, this, [&later] { later = true; });
    QTRY_VERIFY(later);
    QCOMPARE(target.events, 1);
}

void tst_EpollEventDispatcher::timerRestartedInsideItsOwnTimeoutWaitsForTheNextTurn()
{
    // Killed and started again from inside its timeout, possibly under the same id (Qt reuses
    // freed ids): one pass delivers it once.
    TimerTarget target;
    target.onTimeout = [](TimerTarget &self, int timerId) {
        self.killTimer(timerId);
        self.startTimer(0);
    };
    target.startTimer(0);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(target.events, 1);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(target.events, 2);

    // A QTimer restarted with a longer interval from its slot keeps that interval.
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QElapsedTimer clock;
    std::vector<qint64> firings;
    connect(&timer, &QTimer::timeout, this, [&] {
        firings.push_back(clock.elapsed());
        clock.restart(); // before start(): restarted after it, the clock missed the time between
        timer.start(40);
    });
    clock.start();
    timer.start(0);
    QTRY_COMPARE(firings.size(), size_t(3));
    QVERIFY2(firings[1] >= 40 && firings[2] >= 40,
             qPrintable(QStringLiteral("%1 %2").arg(firings[1]).arg(firings[2])));
}

void tst_EpollEventDispatcher::postedEventsAreDelivered()
{
    std::vector<int> order;
    for (int i = 0; i < 5; ++i)
        QMetaObject::invokeMethod(
                this, [&order, i] { order.push_back(i); }, Qt::QueuedConnection);
    QObject *doomed = new QObject;
    QPointer<QObject> watch(doomed);
    doomed->deleteLater();
    QTRY_COMPARE(order.size(), size_t(5));
    QCOMPARE(order, (std::vector<int> {0, 1, 2, 3, 4}));
    QTRY_VERIFY(watch.isNull());
}

void tst_EpollEventDispatcher::wakeUpFromAnotherThread()
{
    // The loop sleeps with no timer at all; only the other thread's posted event ends it.
    QEventLoop loop;
    bool delivered = false;
    std::thread poster([this, &loop, &delivered] {
        QMetaObject::invokeMethod(
                this,
                [&loop, &delivered] {
                    delivered = true;
                    loop.quit();
                },
                Qt::QueuedConnection);
    });
    loop.exec();
    poster.join();
    QVERIFY(delivered);
}

void tst_EpollEventDispatcher::eventFromAnotherThreadIsSentInTheTurnItWakes()
{
    // `while (!answered) processEvents(WaitForMoreEvents)`, as the resolver's exit test does:
    // the turn an answer from another thread wakes must send it, or the caller never sees it
    // and the next turn sends it and sleeps. The answer is posted after this turn sent its
    // posted events (from aboutToBlock()), so only the turn's end can send it.
    QObject receiver;
    bool answered = false;
    bool posted = false;
    const QMetaObject::Connection connection = connect(
            dispatcher(), &QAbstractEventDispatcher::aboutToBlock, &receiver,
            [&] {
                if (std::exchange(posted, true))
                    return;
                std::thread answerer([&] {
                    QMetaObject::invokeMethod(
                            &receiver, [&answered] { answered = true; }, Qt::QueuedConnection);
                });
                answerer.join();
            },
            Qt::DirectConnection);
    dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    disconnect(connection);
    QVERIFY(posted);
    QVERIFY(answered);
}

void tst_EpollEventDispatcher::wakeUpsFromManyThreads()
{
    constexpr int Threads = 4;
    constexpr int PostsEach = 2000;
    int received = 0;
    std::vector<std::thread> posters;
    posters.reserve(Threads);
    for (int t = 0; t < Threads; ++t) {
        posters.emplace_back([this, &received] {
            for (int i = 0; i < PostsEach; ++i)
                QMetaObject::invokeMethod(
                        this, [&received] { ++received; }, Qt::QueuedConnection);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(received, Threads * PostsEach, 20000);
    for (std::thread &poster : posters)
        poster.join();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(received, Threads * PostsEach);
}

void tst_EpollEventDispatcher::readAndWriteNotifiers()
{
    SocketPair pair;
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    QSocketNotifier writer(pair.fds[0], QSocketNotifier::Write); // a second notifier, same fd
    QSignalSpy readable(&reader, &QSocketNotifier::activated);
    QSignalSpy writable(&writer, &QSocketNotifier::activated);
    QVERIFY(writable.wait(5000)); // an empty socket buffer is writable at once
    writer.setEnabled(false);
    QCOMPARE(readable.count(), 0);
    pair.send();
    QVERIFY(readable.wait(5000));
    pair.drain();
    // Level-triggered, like Qt's: readable again after more data, nothing meanwhile.
    readable.clear();
    writable.clear();
    pair.send();
    QVERIFY(readable.wait(5000));
    QCOMPARE(writable.count(), 0);
    QCOMPARE(readable.constFirst().at(0).value<QSocketDescriptor>(),
             QSocketDescriptor(pair.fds[0]));
    pair.drain();
}

void tst_EpollEventDispatcher::disabledNotifierStaysQuiet()
{
    SocketPair quiet;
    SocketPair witness;
    QSocketNotifier disabled(quiet.fds[0], QSocketNotifier::Read);
    disabled.setEnabled(false);
    QSocketNotifier control(witness.fds[0], QSocketNotifier::Read);
    QSignalSpy disabledSpy(&disabled, &QSocketNotifier::activated);
    QSignalSpy controlSpy(&control, &QSocketNotifier::activated);
    // Both readable before the loop waits: one epoll_wait sees both, so a wrongly enabled
    // notifier would fire in the same turn as the witness.
    quiet.send();
    witness.send();
    QVERIFY(controlSpy.wait(5000));
    QCOMPARE(disabledSpy.count(), 0);
    disabled.setEnabled(true);
    QVERIFY(disabledSpy.wait(5000));
    quiet.drain();
    witness.drain();
}

void tst_EpollEventDispatcher::notifierDeletedInsideAnotherActivation()
{
    SocketPair first;
    SocketPair second;
    auto *a = new QSocketNotifier(first.fds[0], QSocketNotifier::Read);
    auto *b = new QSocketNotifier(second.fds[0], QSocketNotifier::Read);
    QPointer<QSocketNotifier> watchA(a);
    QPointer<QSocketNotifier> watchB(b);
    int activations = 0;
    // Whichever of the two runs first deletes both: the other, due in the same turn, must not run.
    const auto deleteBoth = [&] {
        ++activations;
        delete watchA.data();
        delete watchB.data();
    };
    connect(a, &QSocketNotifier::activated, this, deleteBoth);
    connect(b, &QSocketNotifier::activated, this, deleteBoth);
    first.send();
    second.send();
    QTRY_VERIFY(watchA.isNull() && watchB.isNull());
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(activations, 1);
}

void tst_EpollEventDispatcher::notifierDeletedInsideItsOwnActivation()
{
    SocketPair pair;
    auto *notifier = new QSocketNotifier(pair.fds[0], QSocketNotifier::Read);
    auto *writer = new QSocketNotifier(pair.fds[0], QSocketNotifier::Write, notifier);
    int activations = 0;
    const auto deleteAll = [&] {
        ++activations;
        delete notifier; // and its child, the write notifier due in the same turn
    };
    connect(notifier, &QSocketNotifier::activated, this, deleteAll);
    connect(writer, &QSocketNotifier::activated, this, deleteAll);
    QPointer<QSocketNotifier> watch(notifier);
    pair.send();
    QTRY_VERIFY(watch.isNull());
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(activations, 1);
    // Its descriptor can be watched again.
    QSocketNotifier again(pair.fds[0], QSocketNotifier::Read);
    QSignalSpy spy(&again, &QSocketNotifier::activated);
    QVERIFY(spy.wait(5000));
    pair.drain();
}

void tst_EpollEventDispatcher::notifierOnARegularFile()
{
    // epoll refuses regular files; poll() calls them always ready (netbench reads a redirected
    // standard input through a notifier).
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("data");
    file.flush();
    QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
    QSignalSpy spy(&notifier, &QSocketNotifier::activated);
    QVERIFY(spy.wait(5000));
    notifier.setEnabled(false);
    // Disabled, it no longer keeps the loop from sleeping: a 30 ms timer is the next event.
    QElapsedTimer clock;
    clock.start();
    bool fired = false;
    QTimer::singleShot(30, Qt::PreciseTimer, this, [&fired] { fired = true; });
    const qsizetype before = spy.count();
    QTRY_VERIFY(fired);
    QCOMPARE(spy.count(), before);
}

void tst_EpollEventDispatcher::excludeSocketNotifiers()
{
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    QSignalSpy spy(&notifier, &QSocketNotifier::activated);
    pair.send();
    dispatcher()->processEvents(QEventLoop::ExcludeSocketNotifiers);
    QCOMPARE(spy.count(), 0);
    QVERIFY(dispatcher()->processEvents(QEventLoop::WaitForMoreEvents));
    QCOMPARE(spy.count(), 1);
    pair.drain();
}

void tst_EpollEventDispatcher::excludedReadyDescriptorsLetTheLoopSleep()
{
    // A loop that leaves socket notifiers out sleeps until a timer or an event comes, however
    // long a descriptor stays ready (Qt's own dispatchers leave such descriptors out of their
    // wait); it must not return at once, turn after turn, until the timer is due.
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    QSignalSpy spy(&notifier, &QSocketNotifier::activated);
    // A netcore server with a connection waiting to be accepted: ready too, on the same set.
    netcore::Server server;
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(0, QStringLiteral("127.0.0.1")).isError());
    QVERIFY(listening.wait(5000));
    const int peer = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(peer >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(server.address().port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(peer, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    pair.send();

    int turns = 0;
    const QMetaObject::Connection counting
            = connect(dispatcher(), &QAbstractEventDispatcher::awake, this, [&turns] { ++turns; });
    QEventLoop loop;
    QTimer::singleShot(50, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeSocketNotifiers);
    disconnect(counting);
    // One sleep until the timer; a spinning loop makes thousands of turns in those 50 ms.
    QCOMPARE_LE(turns, 3);
    QCOMPARE(spy.count(), 0);
    // Included again, both are delivered.
    QSignalSpy accepted(&server, &netcore::Server::newConnection);
    QTRY_VERIFY(spy.count() >= 1);
    QTRY_COMPARE(accepted.count(), 1);
    pair.drain();
    ::close(peer);
}

void tst_EpollEventDispatcher::exceptionNotifierIsToldOfAHangUp()
{
    // epoll reports a hang-up whatever was asked for; an exception notifier is told of it (as
    // Qt's poll() dispatcher does) instead of the loop waking at once, turn after turn, with
    // nothing to deliver.
    SocketPair pair;
    QSocketNotifier exception(pair.fds[0], QSocketNotifier::Exception);
    QSignalSpy told(&exception, &QSocketNotifier::activated);
    connect(&exception, &QSocketNotifier::activated, &exception,
            [&exception] { exception.setEnabled(false); });
    ::shutdown(pair.fds[1], SHUT_RDWR);
    ::shutdown(pair.fds[0], SHUT_WR); // both directions down: EPOLLHUP
    QVERIFY(told.wait(5000));
    QCOMPARE(told.count(), 1);
    // Disabled by its slot, it keeps the loop asleep.
    QCOMPARE_LE(sleepsDuring(50), 3);
}

void tst_EpollEventDispatcher::closedDescriptorWithADuplicateStaysQuiet()
{
    // A descriptor closed under its notifier while a duplicate keeps the socket open: the
    // kernel keeps an epoll registration of the open socket, not of the number. Its data must
    // neither wake the loop over and over nor reach the notifier that gets the number next.
    auto old = std::make_unique<SocketPair>();
    const int number = old->fds[0];
    const int duplicate = ::dup(number);
    QVERIFY(duplicate >= 0);
    auto *stale = new QSocketNotifier(number, QSocketNotifier::Read);
    ::close(number);
    delete stale;
    old->fds[0] = duplicate;
    old->send(); // readable for ever: nobody reads it
    QCOMPARE_LE(sleepsDuring(50), 3);

    // The number again, for a new socket with a notifier of its own and nothing to read.
    SocketPair fresh;
    if (fresh.fds[0] != number) {
        QCOMPARE(::dup3(fresh.fds[0], number, O_CLOEXEC), number);
        ::close(std::exchange(fresh.fds[0], number));
    }
    QSocketNotifier newcomer(number, QSocketNotifier::Read);
    QSignalSpy wrongly(&newcomer, &QSocketNotifier::activated);
    QCOMPARE_LE(sleepsDuring(50), 3);
    QCOMPARE(wrongly.count(), 0);
}

void tst_EpollEventDispatcher::notifierDisabledInsideAnotherActivation()
{
    SocketPair first;
    SocketPair second;
    QSocketNotifier a(first.fds[0], QSocketNotifier::Read);
    QSocketNotifier b(second.fds[0], QSocketNotifier::Read);
    int activations = 0;
    // Whichever runs first disables both: the other, due in the same turn, must not run.
    const auto disableBoth = [&] {
        ++activations;
        a.setEnabled(false);
        b.setEnabled(false);
    };
    connect(&a, &QSocketNotifier::activated, this, disableBoth);
    connect(&b, &QSocketNotifier::activated, this, disableBoth);
    first.send();
    second.send();
    QTRY_COMPARE(activations, 1);
    QCOMPARE_LE(sleepsDuring(30), 3);
    QCOMPARE(activations, 1);
    // Enabled again, each is told of what is still waiting.
    a.setEnabled(true);
    b.setEnabled(true);
    QTRY_VERIFY(activations >= 2);
}

void tst_EpollEventDispatcher::timerKilledInsideAnotherTimeout()
{
    // Two zero timers due in the same pass: whichever fires first kills the other.
    TimerTarget first;
    TimerTarget second;
    int firstId = 0;
    int secondId = 0;
    first.onTimeout = [&](TimerTarget &, int) {
        if (secondId)
            second.killTimer(std::exchange(secondId, 0));
    };
    second.onTimeout = [&](TimerTarget &, int) {
        if (firstId)
            first.killTimer(std::exchange(firstId, 0));
    };
    firstId = first.startTimer(0);
    secondId = second.startTimer(0);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(first.events + second.events, 1);
    // The survivor goes on, the killed one stays quiet.
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(first.events + second.events, 2);
    QVERIFY(first.events == 0 || second.events == 0);
}

void tst_EpollEventDispatcher::nestedLoopSleepsWhileItsTimerTimeoutRuns()
{
    // A timer's slot runs a nested loop (QDialog::exec) for longer than its interval: the timer
    // is due but may not fire inside its own timeout, so it must not keep the nested loop from
    // sleeping either (Qt's dispatchers leave such a timer out of their wait).
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    int timeouts = 0;
    int nestedSleeps = -1;
    int timeoutsInsideTheFirst = 0;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (++timeouts > 1)
            return;
        nestedSleeps = sleepsDuring(60);
        timeoutsInsideTheFirst = timeouts - 1;
    });
    timer.start();
    QTRY_VERIFY(nestedSleeps >= 0);
    timer.stop();
    // The nested loop slept until its own quit (a spin would not sleep at all).
    QCOMPARE_GE(nestedSleeps, 1);
    QCOMPARE_LE(nestedSleeps, 3);
    QCOMPARE(timeoutsInsideTheFirst, 0);
}

void tst_EpollEventDispatcher::manyDescriptors()
{
    // More ready descriptors than one epoll_wait returns: every one is served, each once.
    constexpr int Pairs = 600;
    std::vector<std::unique_ptr<SocketPair>> pairs;
    std::vector<std::unique_ptr<QSocketNotifier>> notifiers;
    pairs.reserve(Pairs);
    notifiers.reserve(Pairs);
    int served = 0;
    for (int i = 0; i < Pairs; ++i) {
        pairs.push_back(std::make_unique<SocketPair>());
        auto notifier
                = std::make_unique<QSocketNotifier>(pairs.back()->fds[0], QSocketNotifier::Read);
        QSocketNotifier *raw = notifier.get();
        const SocketPair *pair = pairs.back().get();
        connect(raw, &QSocketNotifier::activated, this, [&served, raw, pair] {
            pair->drain();
            raw->setEnabled(false);
            ++served;
        });
        notifiers.push_back(std::move(notifier));
    }
    for (const auto &pair : pairs)
        pair->send();
    QTRY_COMPARE_WITH_TIMEOUT(served, Pairs, 20000);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(served, Pairs);
}

void tst_EpollEventDispatcher::nestedLoopInsideATimeout()
{
    // A slot runs its own loop (as QDialog::exec does); timers, notifiers and posted events go
    // on inside it, the slot's own timer does not fire again inside itself, and the outer
    // loop carries on afterwards.
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    int outerTicks = 0;
    int innerTicks = 0;
    int reads = 0;
    bool reentered = false;
    bool inOuter = false;
    QTimer outer;
    outer.setInterval(0);
    QTimer inner;
    inner.setInterval(1);
    connect(&inner, &QTimer::timeout, this, [&innerTicks] { ++innerTicks; });
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++reads;
        pair.drain();
    });
    connect(&outer, &QTimer::timeout, this, [&] {
        if (inOuter) {
            reentered = true;
            return;
        }
        inOuter = true;
        ++outerTicks;
        if (outerTicks == 1) {
            QEventLoop nested;
            inner.start();
            pair.send();
            QMetaObject::invokeMethod(
                    this, [&] { QTimer::singleShot(20, &nested, &QEventLoop::quit); },
                    Qt::QueuedConnection);
            nested.exec();
            inner.stop();
        }
        inOuter = false;
    });
    outer.start();
    QTRY_VERIFY(outerTicks >= 3);
    QVERIFY(!reentered);
    QVERIFY(innerTicks >= 1);
    QCOMPARE(reads, 1);
}

void tst_EpollEventDispatcher::nestedLoopInsideANotifier()
{
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    int activations = 0;
    bool nestedDone = false;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++activations;
        pair.drain();
        if (activations == 1) {
            QEventLoop nested;
            // Data again while the nested loop runs: the same notifier is served inside it.
            pair.send();
            connect(&notifier, &QSocketNotifier::activated, &nested, &QEventLoop::quit);
            nested.exec();
            nestedDone = true;
        }
    });
    pair.send();
    QTRY_VERIFY(nestedDone);
    QCOMPARE(activations, 2);
}

void tst_EpollEventDispatcher::interruptFromAnotherThread()
{
    // No timer, no notifier, nothing posted: only interrupt() ends the wait.
    std::atomic<bool> aboutToSleep = false;
    QMetaObject::Connection connection = connect(
            dispatcher(), &QAbstractEventDispatcher::aboutToBlock, this,
            [&aboutToSleep] { aboutToSleep = true; }, Qt::DirectConnection);
    std::thread interrupter([&aboutToSleep, target = dispatcher()] {
        while (!aboutToSleep)
            std::this_thread::yield();
        target->interrupt();
    });
    QCoreApplication::sendPostedEvents();
    dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    interrupter.join();
    disconnect(connection);
    QVERIFY(aboutToSleep);
}

void tst_EpollEventDispatcher::aboutToBlockAndAwake()
{
    int blocks = 0;
    int awakes = 0;
    QMetaObject::Connection blocking = connect(
            dispatcher(), &QAbstractEventDispatcher::aboutToBlock, this, [&blocks] { ++blocks; });
    QMetaObject::Connection waking = connect(dispatcher(), &QAbstractEventDispatcher::awake, this,
                                             [&awakes] { ++awakes; });
    // exec() waits for events (QTRY_* and qWait only poll).
    QEventLoop loop;
    QTimer::singleShot(20, &loop, &QEventLoop::quit);
    loop.exec();
    disconnect(blocking);
    disconnect(waking);
    QVERIFY(blocks >= 1);
    QCOMPARE(awakes, blocks);
    // A pass that may not wait does not announce a block.
    blocks = 0;
    blocking = connect(dispatcher(), &QAbstractEventDispatcher::aboutToBlock, this,
                       [&blocks] { ++blocks; });
    dispatcher()->processEvents(QEventLoop::AllEvents);
    disconnect(blocking);
    QCOMPARE(blocks, 0);
}

void tst_EpollEventDispatcher::workerThreadWithTheDispatcher()
{
    // How the network threads get it: QThread::setEventDispatcher() before start().
    QThread worker;
    worker.setEventDispatcher(new EpollEventDispatcher);
    worker.start();
    std::atomic<bool> onEpoll = false;
    std::atomic<int> ticks = 0;
    QObject context;
    context.moveToThread(&worker);
    QMetaObject::invokeMethod(&context, [&] {
        onEpoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance())
                != nullptr;
        auto *timer = new QTimer(&context);
        connect(timer, &QTimer::timeout, timer, [&ticks] { ++ticks; });
        timer->start(1);
    });
    QTRY_VERIFY(ticks >= 5);
    QVERIFY(onEpoll);
    QMetaObject::invokeMethod(
            &context,
            [&context] {
                // Deleted on its thread: a running timer moved with its parent is registered
                // again by a posted call, which leaked when the test ended before it ran.
                qDeleteAll(context.findChildren<QTimer *>());
                context.moveToThread(qApp->thread());
            },
            Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void tst_EpollEventDispatcher::wakeUpsFromOtherThreadsAreNeverLost()
{
    // A wakeUp() that came between the loop clearing its "written" flag and reading the eventfd
    // was read away with the earlier one while the flag stayed set, so every later wakeUp()
    // skipped its write: the thread slept in epoll_wait() with events waiting (the window's
    // engine thread stopped answering in 1 run of 80 of session.tst_engine). Two threads post
    // to a thread that sleeps between events, as the engine thread does.
    class Counter final : public QObject
    {
    public:
        std::atomic<int> seen = 0;
        bool event(QEvent *event) override
        {
            if (event->type() != QEvent::User)
                return QObject::event(event);
            seen.fetch_add(1, std::memory_order_relaxed);
            return true;
        }
    };
    QThread worker;
    worker.setEventDispatcher(new EpollEventDispatcher);
    worker.start();
    Counter counter;
    counter.moveToThread(&worker);
    constexpr int PostsPerThread = 200000;
    constexpr int Posters = 2;
    std::vector<std::thread> posters;
    posters.reserve(Posters);
    for (int i = 0; i < Posters; ++i) {
        posters.emplace_back([&counter] {
            for (int n = 0; n < PostsPerThread; ++n) {
                QCoreApplication::postEvent(&counter, new QEvent(QEvent::User));
                if (n % 64 == 0)
                    std::this_thread::yield(); // let the worker catch up and sleep again
            }
        });
    }
    for (std::thread &poster : posters)
        poster.join();
    QTRY_COMPARE_WITH_TIMEOUT(counter.seen.load(), Posters * PostsPerThread, 10000);
    QMetaObject::invokeMethod(
            &counter, [&counter] { counter.moveToThread(qApp->thread()); },
            Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void tst_EpollEventDispatcher::eventsTheLoopPostsItselfDoNotWait()
{
    // A wakeUp() from the loop's own thread writes no eventfd: what it posts while the posted
    // events are sent (beyond the passes of one turn), or from aboutToBlock(), must keep that
    // turn from blocking. A watchdog
    // interrupts a turn that blocks anyway, and the test fails.
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::atomic<bool> rescued = false;
    std::thread watchdog([&, target = dispatcher()] {
        std::unique_lock lock(mutex);
        if (!finished.wait_for(lock, std::chrono::seconds(5), [&done] { return done; })) {
            rescued = true;
            target->interrupt();
        }
    });

    QObject receiver;
    int delivered = 0;
    // A chain one longer than a turn sends: each link posts the next.
    constexpr int chainLength = EpollEventDispatcher::MaxPostedPassesPerTurn + 1;
    std::function<void()> link = [&] {
        if (++delivered < chainLength)
            QMetaObject::invokeMethod(&receiver, link, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(&receiver, link, Qt::QueuedConnection);
    // The chain is sent before the wait, up to the bound; the last link still waits for the
    // next turn, and the wait must not block for it.
    dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    QCOMPARE(delivered, EpollEventDispatcher::MaxPostedPassesPerTurn);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(delivered, chainLength);

    bool postedWhileBlocking = false;
    QMetaObject::Connection connection = connect(
            dispatcher(), &QAbstractEventDispatcher::aboutToBlock, &receiver,
            [&] {
                if (std::exchange(postedWhileBlocking, true))
                    return;
                QMetaObject::invokeMethod(
                        &receiver, [&delivered] { ++delivered; }, Qt::QueuedConnection);
            },
            Qt::DirectConnection);
    dispatcher()->processEvents(QEventLoop::WaitForMoreEvents); // posts from aboutToBlock()
    disconnect(connection);
    QVERIFY(postedWhileBlocking);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    {
        const std::lock_guard lock(mutex);
        done = true;
    }
    finished.notify_one();
    watchdog.join();
    QVERIFY(!rescued);
    QCOMPARE(delivered, chainLength + 1);
}

void tst_EpollEventDispatcher::netcoreSocketsShareItsEpollSet()
{
    // netcore's first socket on this thread registers straight on the dispatcher's epoll set:
    // no epoll set of its own behind a notifier (one epoll_wait() per turn, not two).
    const int setsBefore = openEpollSets();
    QVERIFY(setsBefore >= 1);
    netcore::Server server;
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(0, QStringLiteral("127.0.0.1")).isError());
    QVERIFY(listening.wait(5000));
    QCOMPARE(openEpollSets(), setsBefore);

    // An echo over it, many round trips, with a client destroyed from its own data at the end.
    connect(&server, &netcore::Server::newConnection, this, [](netcore::Socket *accepted) {
        connect(accepted, &netcore::Socket::dataReceived, accepted,
                [accepted](const QByteArray &data) { accepted->write(data); });
    });
    auto *client = new netcore::Socket;
    int roundTrips = 0;
    bool done = false;
    connect(client, &netcore::Socket::connected, client, [client] { client->write("x"); });
    connect(client, &netcore::Socket::dataReceived, client, [&, client](const QByteArray &) {
        if (++roundTrips < 1000) {
            client->write("x");
            return;
        }
        delete client;
        done = true;
    });
    QVERIFY(!client->connectTo(server.address().port(), QStringLiteral("127.0.0.1")).isError());
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(roundTrips, 1000);
    QTRY_COMPARE(server.connectionCount(), 0);
}

int main(int argc, char *argv[])
{
    // eventdispatcherswitch.cpp may have installed one already: Qt refuses a second one, which
    // then belongs to nobody (LeakSanitizer reported it).
    if (!QAbstractEventDispatcher::instance())
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    tst_EpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
