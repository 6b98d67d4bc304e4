#pragma once

#include <QContiguousCache>
#include <QList>
#include <QWidget>

#include <optional>

namespace gui {

// Bytes per second in and out over the last minute, derived from cumulative counters
// (a socket's bytesRead/bytesWritten), so the feeder never has to keep previous values.
class ThroughputGraph final : public QWidget
{
    Q_OBJECT
public:
    // The mean rate over the interval that ends at time (ms).
    struct Rate
    {
        qint64 time = 0;
        double in = 0;  // bytes/s
        double out = 0; // bytes/s
    };

    static constexpr qint64 WindowMs = 60'000;
    // Bounds memory however fast samples come; at 4 Hz a minute is 240 rates.
    static constexpr int MaxRates = 1200;

    explicit ThroughputGraph(QWidget *parent = nullptr);

    // time: any clock in ms that does not go backwards (epoch or monotonic). A sample at the same
    // time as the previous one is ignored; counters that go down (a new endpoint) restart the
    // derivation without a spike.
    void addSample(qint64 time, qint64 totalBytesIn, qint64 totalBytesOut);
    void clear();

    QList<Rate> rates() const; // oldest first, all within WindowMs of the newest
    double currentRateIn() const;
    double currentRateOut() const;

    // "0 B/s", "512 B/s", "1.2 MiB/s", "15 KiB/s"
    static QString formatRate(double bytesPerSecond);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Sample
    {
        qint64 time = 0;
        qint64 in = 0;
        qint64 out = 0;
    };

    double axisMaximum() const;
    void paintSeries(QPainter &painter, const QRectF &plot, double maximum, bool incoming,
                     const QColor &color) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;

    std::optional<Sample> m_last;
    QContiguousCache<Rate> m_rates {MaxRates};
};

} // namespace gui
