#include "relaypanel.h"

#include "session/enginethread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using session::DirectionFaults;

namespace gui {

namespace {

enum Rechunk { RechunkOff, RechunkFixed, RechunkRandom };

constexpr int MaxSpin = 2'000'000'000;

QSpinBox *makeSpin(QWidget *parent, const QString &name, int min, const QString &suffix,
                   const QString &special = {})
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, MaxSpin);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(special);
    spin->setAccelerated(true);
    return spin;
}

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

RelayPanel::RelayPanel(session::EngineThread *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"relayTitle"_s);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"relaySummary"_s);
    m_refuse = new QCheckBox(tr("Refuse new connections (reset at once)"), this);
    m_refuse->setObjectName(u"refuseCheck"_s);
    connect(m_refuse, &QCheckBox::toggled, this, &RelayPanel::apply);
    // Scrolled: the controls of both directions are taller than a dock tabbed with the
    // inspector usually is, and must not force the window's minimum size up.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_refuse);
    layout->addWidget(makeDirection(&m_toServer, u"c2s"_s, tr("Client → server")));
    layout->addWidget(makeDirection(&m_toClient, u"s2c"_s, tr("Server → client")));
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"relayScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (!m_relayId || !isVisible())
            return;
        const quint64 id = m_relayId;
        m_engine->post([id](session::Engine &e) { e.requestRelayCounts(id); });
    });
    connect(m_engine->engine(), &session::Engine::relayCountsReady, this, &RelayPanel::showCounts);
    setRelay(0);
}

QWidget *RelayPanel::makeDirection(Direction *d, const QString &name, const QString &title)
{
    auto *group = new QGroupBox(title, this);
    group->setObjectName(name + u"Group"_s);
    auto *form = new QFormLayout(group);
    d->latency = makeSpin(group, name + u"Latency"_s, 0, tr(" ms"), tr("none"));
    d->latency->setToolTip(tr("Each chunk waits this long in the relay before it goes on"));
    d->bandwidth = makeSpin(group, name + u"Bandwidth"_s, 0, tr(" B/s"), tr("no limit"));
    d->bandwidth->setSingleStep(1024);
    form->addRow(tr("Latency:"), d->latency);
    form->addRow(tr("Bandwidth:"), d->bandwidth);

    d->rechunk = new QComboBox(group);
    d->rechunk->setObjectName(name + u"Rechunk"_s);
    d->rechunk->addItems({tr("as they arrive"), tr("fixed size"), tr("random size")});
    d->rechunk->setToolTip(tr("Forward in pieces, one write each, so that stream-boundary "
                              "bugs show up"));
    d->pieceMin = makeSpin(group, name + u"PieceMin"_s, 1, tr(" B"));
    d->pieceMax = makeSpin(group, name + u"PieceMax"_s, 1, tr(" B"));
    d->pieceMin->setMaximum(1 << 30);
    d->pieceMax->setMaximum(1 << 30);
    d->pieceMin->setValue(1);
    d->pieceMax->setValue(16);
    d->piecePause = makeSpin(group, name + u"PiecePause"_s, 0, tr(" ms"), tr("no pause"));
    auto *pieces = new QHBoxLayout;
    pieces->addWidget(d->rechunk);
    pieces->addWidget(d->pieceMin);
    pieces->addWidget(new QLabel(tr("to"), group));
    pieces->addWidget(d->pieceMax);
    form->addRow(tr("Pieces:"), pieces);
    form->addRow(tr("Pause after each:"), d->piecePause);

    d->hold = new QCheckBox(tr("Hold: forward nothing (the sender's backpressure builds)"), group);
    d->hold->setObjectName(name + u"Hold"_s);
    form->addRow(d->hold);
    const auto oneShot = [&](QCheckBox **check, QSpinBox **spin, const QString &what,
                             const QString &suffix, const QString &tip) {
        *check = new QCheckBox(what, group);
        (*check)->setObjectName(name + suffix + u"Check"_s);
        (*check)->setToolTip(tip);
        *spin = makeSpin(group, name + suffix + u"After"_s, 0, tr(" B"), tr("at once"));
        auto *row = new QHBoxLayout;
        row->addWidget(*check);
        row->addWidget(new QLabel(tr("after"), group));
        row->addWidget(*spin, 1);
        form->addRow(row);
        connect(*check, &QCheckBox::toggled, this, &RelayPanel::apply);
    };
    oneShot(&d->fin, &d->finAfter, tr("Inject FIN"), u"Fin"_s,
            tr("end() towards the receiver once this many bytes went through; the rest of this "
               "direction is dropped"));
    oneShot(&d->rst, &d->rstAfter, tr("Inject RST"), u"Rst"_s,
            tr("Reset both legs once this many bytes went through: both peers see ECONNRESET"));
    oneShot(&d->cut, &d->cutAfter, tr("Cut"), u"Cut"_s,
            tr("The receiver gets exactly this many bytes and end(); the sender's leg closes"));
    d->counts = new QLabel(group);
    d->counts->setObjectName(name + u"Counts"_s);
    form->addRow(d->counts);

    for (QSpinBox *spin : {d->latency, d->bandwidth, d->pieceMin, d->pieceMax, d->piecePause,
                           d->finAfter, d->rstAfter, d->cutAfter})
        connect(spin, &QSpinBox::valueChanged, this, &RelayPanel::apply);
    connect(d->rechunk, &QComboBox::currentIndexChanged, this, &RelayPanel::apply);
    connect(d->hold, &QCheckBox::toggled, this, &RelayPanel::apply);
    return group;
}

void RelayPanel::rememberFaults(quint64 relayId, const session::RelayFaults &faults)
{
    m_faults.insert(relayId, faults);
    if (relayId == m_relayId)
        setRelay(relayId, m_title->text());
}

void RelayPanel::setRelay(quint64 relayId, const QString &label)
{
    m_relayId = relayId;
    m_title->setText(relayId ? label
                             : tr("Select a relay, or one of its connections, in the "
                                  "Endpoints panel (Endpoint ▸ New Relay… makes one)."));
    m_summary->clear();
    for (Direction *d : {&m_toServer, &m_toClient})
        d->counts->clear();
    const session::RelayFaults faults = m_faults.value(relayId);
    m_loading = true;
    m_refuse->setChecked(faults.refuseConnections);
    showFaults(&m_toServer, faults.clientToServer);
    showFaults(&m_toClient, faults.serverToClient);
    m_loading = false;
    updateEnabled();
    if (relayId) {
        m_refresh->start();
        m_engine->post([relayId](session::Engine &e) { e.requestRelayCounts(relayId); });
    } else {
        m_refresh->stop();
    }
}

void RelayPanel::showFaults(Direction *d, const DirectionFaults &f)
{
    d->latency->setValue(int(std::min<qint64>(f.latencyMs, MaxSpin)));
    d->bandwidth->setValue(int(std::min<qint64>(f.bytesPerSecond, MaxSpin)));
    d->rechunk->setCurrentIndex(!f.isRechunking()                  ? RechunkOff
                                        : f.pieceMin == f.pieceMax ? RechunkFixed
                                                                   : RechunkRandom);
    if (f.isRechunking()) {
        d->pieceMin->setValue(int(f.pieceMin));
        d->pieceMax->setValue(int(f.pieceMax));
    }
    d->piecePause->setValue(int(std::min<qint64>(f.piecePauseMs, MaxSpin)));
    d->hold->setChecked(f.hold);
    const auto showLimit = [](QCheckBox *check, QSpinBox *spin, const std::optional<qint64> &at) {
        check->setChecked(at.has_value());
        spin->setValue(int(std::min<qint64>(at.value_or(0), MaxSpin)));
    };
    showLimit(d->fin, d->finAfter, f.finAfterBytes);
    showLimit(d->rst, d->rstAfter, f.rstAfterBytes);
    showLimit(d->cut, d->cutAfter, f.cutAfterBytes);
}

DirectionFaults RelayPanel::read(const Direction &d) const
{
    DirectionFaults f;
    f.latencyMs = d.latency->value();
    f.bytesPerSecond = d.bandwidth->value();
    switch (d.rechunk->currentIndex()) {
    case RechunkFixed: f.pieceMin = f.pieceMax = d.pieceMin->value(); break;
    case RechunkRandom:
        f.pieceMin = std::min(d.pieceMin->value(), d.pieceMax->value());
        f.pieceMax = std::max(d.pieceMin->value(), d.pieceMax->value());
        break;
    default: break;
    }
    if (f.isRechunking())
        f.piecePauseMs = d.piecePause->value();
    f.hold = d.hold->isChecked();
    if (d.fin->isChecked())
        f.finAfterBytes = d.finAfter->value();
    if (d.rst->isChecked())
        f.rstAfterBytes = d.rstAfter->value();
    if (d.cut->isChecked())
        f.cutAfterBytes = d.cutAfter->value();
    return f;
}

session::RelayFaults RelayPanel::faults() const
{
    session::RelayFaults faults = m_faults.value(m_relayId);
    faults.clientToServer = read(m_toServer);
    faults.serverToClient = read(m_toClient);
    faults.refuseConnections = m_refuse->isChecked();
    return faults;
}

void RelayPanel::updateEnabled()
{
    const bool on = m_relayId != 0;
    m_refuse->setEnabled(on);
    for (Direction *d : {&m_toServer, &m_toClient}) {
        d->latency->parentWidget()->setEnabled(on);
        const int rechunk = d->rechunk->currentIndex();
        d->pieceMin->setEnabled(rechunk != RechunkOff);
        d->pieceMax->setEnabled(rechunk == RechunkRandom);
        d->piecePause->setEnabled(rechunk != RechunkOff);
        d->finAfter->setEnabled(d->fin->isChecked());
        d->rstAfter->setEnabled(d->rst->isChecked());
        d->cutAfter->setEnabled(d->cut->isChecked());
    }
}

void RelayPanel::apply()
{
    updateEnabled();
    if (m_loading || !m_relayId)
        return;
    const session::RelayFaults now = faults();
    if (m_faults.value(m_relayId) == now)
        return;
    m_faults.insert(m_relayId, now);
    const quint64 id = m_relayId;
    m_engine->post([id, now](session::Engine &e) { e.setRelayFaults(id, now); });
    Q_EMIT faultsChanged(id, now);
}

void RelayPanel::showCounts(quint64 relayId, const session::RelayCounts &counts)
{
    if (relayId != m_relayId)
        return;
    m_summary->setText(tr("%1 · %2 relayed, %3 open, %4 refused")
                               .arg(counts.listening ? tr("listening") : tr("closed"))
                               .arg(counts.accepted)
                               .arg(counts.open)
                               .arg(counts.refused));
    m_toServer.counts->setText(
            tr("Forwarded %1 · waiting in the relay %2")
                    .arg(byteSize(counts.forwardedToServer), byteSize(counts.queuedToServer)));
    m_toClient.counts->setText(
            tr("Forwarded %1 · waiting in the relay %2")
                    .arg(byteSize(counts.forwardedToClient), byteSize(counts.queuedToClient)));
}

} // namespace gui
