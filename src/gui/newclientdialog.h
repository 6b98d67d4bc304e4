#pragma once

#include "recenttargets.h"
#include "session/endpointspec.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewClientDialog;
}

namespace gui {

class ReplyRulesField;

// Asks for what socket.connect() needs. The dialog only collects and checks input; whoever opens
// it passes spec() to the engine. Accepting it remembers the target in the recent list.
class NewClientDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewClientDialog(QWidget *parent = nullptr);
    ~NewClientDialog() override;

    session::ClientSpec spec() const;
    void setSpec(const session::ClientSpec &spec); // restores a workspace entry

    // Why OK is disabled, as shown under the form; empty while the input is valid.
    QString problem() const;

    // A listener of the window the client may connect to: what the list shows and the target
    // text (as targetText() makes it) that picking it applies.
    struct Listener
    {
        QString label;
        QString target;
    };
    // The window's live listeners; with exactly one, it is filled in at once.
    void setLiveListeners(const QList<Listener> &listeners);

    // Puts the current target first in the recent list (QSettings). accept() calls it.
    void rememberTarget();
    QStringList recentTargets() const;

    // A target as the recent list stores it: "host:port", "[::1]:port" or "unix:/path".
    static QString targetText(const session::ClientSpec &spec);
    // Fills the transport and host/port or path from such a text; false if it is not one.
    bool applyTarget(const QString &target);

    // Refuses while problem() is not empty; otherwise remembers the target and emits the intent.
    void accept() override;

Q_SIGNALS:
    // The intent, emitted by accept(): whoever owns the engine creates the client.
    void connectRequested(const session::ClientSpec &spec);

protected:
    // Seam for tests: the Browse… button asks here. An empty answer keeps the current path.
    virtual QString chooseSocketPath(const QString &current);

private:
    void fillEncodings();
    void reloadRecent();
    void pickRecent(int index);
    void pickListener(int index);
    void browse();
    void updateState();

    std::unique_ptr<Ui::NewClientDialog> m_ui;
    ReplyRulesField *m_rulesField = nullptr; // the rules set at creation

    RecentTargets m_recent;
};

} // namespace gui
