#include "gui/throughputgraph.h"

#include <QImage>
#include <QPixmap>
#include <QTest>

using gui::ThroughputGraph;
using namespace Qt::StringLiterals;

class tst_ThroughputGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstSampleIsOnlyABaseline();
    void ratesFromCumulativeCounters();
    void sameTimeSampleIsIgnored();
    void counterResetRestartsWithoutSpike();
    void keepsOnlyTheLastMinute();
    void memoryIsBounded();
    void clearForgetsEverything();
    void formatRate_data();
    void formatRate();
    void rendersWithoutCrashing();
};

void tst_ThroughputGraph::firstSampleIsOnlyABaseline()
{
    ThroughputGraph graph;
    graph.addSample(1000, 500, 700);
    QVERIFY(graph.rates().isEmpty());
    QCOMPARE(graph.currentRateIn(), 0.0);
}

void tst_ThroughputGraph::ratesFromCumulativeCounters()
{
    ThroughputGraph graph;
    graph.addSample(1000, 0, 0);
    graph.addSample(1250, 1024, 256);  // 250 ms: 4096 B/s in, 1024 B/s out
    graph.addSample(2250, 1024, 2304); // 1 s: nothing in, 2048 B/s out
    const auto rates = graph.rates();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates[0].time, 1250);
    QCOMPARE(rates[0].in, 4096.0);
    QCOMPARE(rates[0].out, 1024.0);
    QCOMPARE(rates[1].in, 0.0);
    QCOMPARE(rates[1].out, 2048.0);
    QCOMPARE(graph.currentRateOut(), 2048.0);
}

void tst_ThroughputGraph::sameTimeSampleIsIgnored()
{
    ThroughputGraph graph;
    graph.addSample(1000, 0, 0);
    graph.addSample(1000, 100, 100);
    QVERIFY(graph.rates().isEmpty());
    graph.addSample(2000, 100, 100); // measured from the first sample
    QCOMPARE(graph.rates().size(), 1);
    QCOMPARE(graph.rates()[0].in, 100.0);
}

void tst_ThroughputGraph::counterResetRestartsWithoutSpike()
{
    ThroughputGraph graph;
    graph.addSample(0, 0, 0);
    graph.addSample(1000, 10'000, 10'000);
    graph.addSample(2000, 5, 5); // another endpoint's counters: a new baseline
    graph.addSample(3000, 105, 55);
    const auto rates = graph.rates();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates[1].in, 100.0);
    QCOMPARE(rates[1].out, 50.0);
}

void tst_ThroughputGraph::keepsOnlyTheLastMinute()
{
    ThroughputGraph graph;
    for (qint64 t = 0; t <= 120'000; t += 1000)
        graph.addSample(t, t, t);
    const auto rates = graph.rates();
    QCOMPARE(rates.first().time, 60'000);
    QCOMPARE(rates.last().time, 120'000);
    QCOMPARE(rates.size(), 61);
}

void tst_ThroughputGraph::memoryIsBounded()
{
    ThroughputGraph graph;
    for (qint64 t = 0; t < 10 * ThroughputGraph::MaxRates; ++t) // 1 ms apart: all in the window
        graph.addSample(t, t * 10, t);
    QCOMPARE(graph.rates().size(), ThroughputGraph::MaxRates);
    QCOMPARE(graph.currentRateIn(), 10'000.0);
}

void tst_ThroughputGraph::clearForgetsEverything()
{
    ThroughputGraph graph;
    graph.addSample(0, 0, 0);
    graph.addSample(1000, 1, 1);
    graph.clear();
    QVERIFY(graph.rates().isEmpty());
    graph.addSample(2000, 0, 0); // a baseline again, not a rate against the old sample
    QVERIFY(graph.rates().isEmpty());
}

void tst_ThroughputGraph::formatRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << u"0 B/s"_s;
    QTest::newRow("bytes") << 512.0 << u"512 B/s"_s;
    QTest::newRow("kibi") << 1536.0 << u"1.5 KiB/s"_s;
    QTest::newRow("whole kibi") << 2048.0 << u"2 KiB/s"_s;
    QTest::newRow("mebi") << 1.2 * 1024 * 1024 << u"1.2 MiB/s"_s;
    QTest::newRow("large mebi") << 150.0 * 1024 * 1024 << u"150 MiB/s"_s;
    QTest::newRow("gibi") << 3.0 * 1024 * 1024 * 1024 << u"3 GiB/s"_s;
    QTest::newRow("negative") << -5.0 << u"0 B/s"_s;
}

void tst_ThroughputGraph::formatRate()
{
    QFETCH(double, rate);
    QFETCH(QString, text);
    QCOMPARE(ThroughputGraph::formatRate(rate), text);
}

void tst_ThroughputGraph::rendersWithoutCrashing()
{
    ThroughputGraph graph;
    // Room for the axis labels and the legend: at least eight lines of text high.
    QVERIFY(graph.minimumSizeHint().height() >= 8 * graph.fontMetrics().lineSpacing());
    QVERIFY(graph.sizeHint().height() > graph.minimumSizeHint().height());
    graph.resize(graph.sizeHint());
    QVERIFY(!graph.grab().isNull()); // empty
    for (qint64 t = 0; t <= 30'000; t += 250)
        graph.addSample(t, t * t, t * 1000);
    const QImage image = graph.grab().toImage();
    QCOMPARE(image.size(), graph.sizeHint() * image.devicePixelRatio());
    graph.resize(20, 10); // too small to plot: still no crash
    QVERIFY(!graph.grab().isNull());
    if (qEnvironmentVariableIsSet("NETBENCH_SCREENSHOTS")) {
        graph.resize(graph.sizeHint());
        graph.grab().save(u"/tmp/throughputgraph.png"_s);
    }
}

QTEST_MAIN(tst_ThroughputGraph)
#include "tst_throughputgraph.moc"
