#pragma once

#include "session/endpointsnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Ui {
class InspectorWidget;
}

namespace session {
class Engine;
class EngineThread;
} // namespace session

namespace gui {

struct Explanation;

// Shows one listener or connection as the engine sees it, refreshed a few times a second from
// snapshots, with the calls that change it (setNoDelay, pause, end, destroy, ...). Every control
// goes through EngineThread::post(); what is shown is always what the next snapshot says, so
// the display reports the real effect of a call, not the wish.
class InspectorWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 250;

    explicit InspectorWidget(session::EngineThread *engine, QWidget *parent = nullptr);
    ~InspectorWidget() override;

    // id 0: nothing selected (a hint is shown).
    void setEndpoint(quint64 id, netcore::EndpointKind kind);
    quint64 endpointId() const { return m_id; }

Q_SIGNALS:
    // "Auto-reply rules…": the window opens the rules editor of this endpoint.
    void replyRulesRequested(quint64 id);

protected:
    // Seam for tests: "Destroy with error…" asks for the message here; nullopt cancels.
    virtual std::optional<QString> askErrorMessage();

private:
    void buildValueRows();
    QLabel *addValueRow(QFormLayout *form, const QString &name, const QString &label,
                        const QString &toolTip);
    void setValue(const QString &name, const QString &text);
    void connectControls();
    void requestRefresh();
    void showSnapshot(const session::EndpointSnapshot &snapshot);
    void showGone();
    void showServer(const session::EndpointSnapshot &snapshot);
    void showSocket(const session::EndpointSnapshot &snapshot);
    void showKernel(const netcore::KernelInfo &kernel);
    void showValueMeaning(const QString &name, const QString &value,
                          const std::optional<Explanation> &meaning);
    void updateSocketControls(const session::EndpointSnapshot &snapshot);
    void primeControls(const session::EndpointSnapshot &snapshot);
    // Posts command for the current endpoint, then asks for a snapshot so the effect shows at once.
    void send(std::function<void(session::Engine &, quint64)> command);
    // The same for a given endpoint, which need not be the one shown any more.
    void sendTo(quint64 id, std::function<void(session::Engine &, quint64)> command);

    std::unique_ptr<Ui::InspectorWidget> m_ui;
    session::EngineThread *m_engine;
    QPushButton *m_replyRulesButton = nullptr;
    QTimer m_refreshTimer;
    QElapsedTimer m_clock;
    QHash<QString, QLabel *> m_values;
    quint64 m_id = 0;
    netcore::EndpointKind m_kind = netcore::EndpointKind::Socket;
    bool m_primed = false;  // spin boxes filled from the first snapshot of this endpoint
    int m_ticksWaiting = 0; // refresh ticks since the last request went unanswered
};

} // namespace gui
