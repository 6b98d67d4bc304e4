#pragma once

#include "session/endpointspec.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewListenerDialog;
}

namespace gui {

class ReplyRulesField;

// Asks for what server.listen() and net.createServer() need. The dialog only collects and
// checks input; whoever opens it passes spec() (or listenRequested's) to the engine.
class NewListenerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewListenerDialog(QWidget *parent = nullptr);
    ~NewListenerDialog() override;

    session::ListenerSpec spec() const;
    void setSpec(const session::ListenerSpec &spec); // restores a workspace entry

    // Why OK is disabled, as shown under the form; empty while the input is valid.
    QString problem() const;
    // The warning shown when the address is reachable from other machines; empty otherwise.
    QString exposureWarning() const;

    // A path in the runtime directory (or the temporary one) where nothing exists yet:
    // netbench-1.sock, netbench-2.sock, ...
    static QString freshSocketPath();

    // Refuses while problem() is not empty (Enter in a field must not get past the check).
    void accept() override;

Q_SIGNALS:
    // The intent, emitted by accept(): whoever owns the engine creates the listener.
    void listenRequested(const session::ListenerSpec &spec);

protected:
    // Seam for tests: the Browse… button asks here. An empty answer keeps the current path.
    virtual QString chooseSocketPath(const QString &current);

private:
    void fillHosts();
    QString host() const;
    void setHost(const QString &host);
    void browse();
    void updateState();

    std::unique_ptr<Ui::NewListenerDialog> m_ui;
    ReplyRulesField *m_rulesField = nullptr; // the rules set at creation
};

} // namespace gui
