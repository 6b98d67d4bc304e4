#pragma once

#include "session/relay.h"
#include "session/relayfaults.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace session {
class EngineThread;
}

namespace gui {

// The faults of one relay, per direction, changed live: every change goes to the relay at
// once (Relay::setFaults on the engine thread) and applies to its open connections too. Shows
// what each direction has forwarded and what waits in the relay, refreshed while shown.
class RelayPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RelayPanel(session::EngineThread *engine, QWidget *parent = nullptr);

    // The relay whose faults the controls show and change; 0: none (controls disabled).
    void setRelay(quint64 relayId, const QString &label = {});
    quint64 relay() const { return m_relayId; }
    // The faults a relay was made with (before the panel shows it).
    void rememberFaults(quint64 relayId, const session::RelayFaults &faults);
    session::RelayFaults faults() const;

    static constexpr int RefreshMs = 500;

Q_SIGNALS:
    // The user changed a relay's faults (the workspace keeps them).
    void faultsChanged(quint64 relayId, const session::RelayFaults &faults);

private:
    // The controls of one direction.
    struct Direction
    {
        QSpinBox *latency = nullptr;
        QSpinBox *bandwidth = nullptr;
        QComboBox *rechunk = nullptr;
        QSpinBox *pieceMin = nullptr;
        QSpinBox *pieceMax = nullptr;
        QSpinBox *piecePause = nullptr;
        QCheckBox *hold = nullptr;
        QCheckBox *fin = nullptr;
        QSpinBox *finAfter = nullptr;
        QCheckBox *rst = nullptr;
        QSpinBox *rstAfter = nullptr;
        QCheckBox *cut = nullptr;
        QSpinBox *cutAfter = nullptr;
        QLabel *counts = nullptr;
    };
    QWidget *makeDirection(Direction *direction, const QString &name, const QString &title);
    session::DirectionFaults read(const Direction &direction) const;
    void showFaults(Direction *direction, const session::DirectionFaults &faults);
    void apply();
    void updateEnabled();
    void showCounts(quint64 relayId, const session::RelayCounts &counts);

    session::EngineThread *m_engine;
    quint64 m_relayId = 0;
    bool m_loading = false; // controls being set from m_faults: not a user's change
    QHash<quint64, session::RelayFaults> m_faults; // what the window last applied, per relay
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_refuse = nullptr;
    Direction m_toServer;
    Direction m_toClient;
    QTimer *m_refresh = nullptr;
};

} // namespace gui
