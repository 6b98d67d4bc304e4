#pragma once

#include "session/relayspec.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace gui {

// Asks where a relay listens, where it relays to (TCP or a Unix socket on either side) and how
// long a client may wait for its target. Only collects and checks input: whoever opens it hands
// spec() (or relayRequested's) to the engine. Faults are set live in the relay panel.
class NewRelayDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewRelayDialog(QWidget *parent = nullptr);

    session::RelaySpec spec() const;
    void setSpec(const session::RelaySpec &spec);

    // Why OK is disabled, as shown under the form; empty while the input is valid.
    QString problem() const;

    // Refuses while problem() is not empty.
    void accept() override;

Q_SIGNALS:
    void relayRequested(const session::RelaySpec &spec);

private:
    // One side of the relay: TCP host and port, or a Unix socket path.
    struct Side
    {
        QRadioButton *tcp = nullptr;
        QRadioButton *ipc = nullptr;
        QLineEdit *host = nullptr;
        QLineEdit *port = nullptr;
        QLineEdit *path = nullptr;
    };
    QWidget *makeSide(Side *side, const QString &name);
    QString sideProblem(const Side &side, bool listening) const;
    void updateState();

    Side m_listen;
    Side m_target;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gui
