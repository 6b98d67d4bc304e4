#include "newrelaydialog.h"

#include "newlistenerdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <sys/un.h>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

constexpr qsizetype MaxSocketPathBytes = sizeof(sockaddr_un::sun_path) - 1; // and its NUL

// A port typed by a person: digits only, in range. -1 when it is not one.
int portFrom(const QString &text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    return ok && port >= 0 && port <= 65535 ? port : -1;
}

} // namespace

NewRelayDialog::NewRelayDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Relay"));
    auto *intro = new QLabel(tr("Clients connect to the relay; each one gets its own connection "
                                "to the target, and both legs show in the endpoint tree. Faults "
                                "are set in the Relay panel, live."),
                             this);
    intro->setWordWrap(true);
    auto *listenGroup = new QGroupBox(tr("Clients connect to"), this);
    listenGroup->setLayout(new QVBoxLayout);
    listenGroup->layout()->addWidget(makeSide(&m_listen, u"listen"_s));
    auto *targetGroup = new QGroupBox(tr("Relay each client to"), this);
    targetGroup->setLayout(new QVBoxLayout);
    targetGroup->layout()->addWidget(makeSide(&m_target, u"target"_s));
    m_listen.port->setText(u"0"_s);
    m_listen.port->setToolTip(tr("0 picks a free port"));
    m_listen.path->setText(NewListenerDialog::freshSocketPath());

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"connectTimeoutSpin"_s);
    m_timeout->setRange(0, 3'600'000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("no limit"));
    m_timeout->setValue(session::Relay::DefaultConnectTimeoutMs);
    m_timeout->setToolTip(tr("A client whose target connection is not up after this long is "
                             "reset, and the event stream says why"));
    auto *timeoutForm = new QFormLayout;
    timeoutForm->addRow(tr("Target connect timeout:"), m_timeout);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRelayDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listenGroup);
    layout->addWidget(targetGroup);
    layout->addLayout(timeoutForm);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    for (const Side *side : {&m_listen, &m_target}) {
        for (QLineEdit *edit : {side->host, side->port, side->path})
            connect(edit, &QLineEdit::textChanged, this, &NewRelayDialog::updateState);
        connect(side->tcp, &QRadioButton::toggled, this, &NewRelayDialog::updateState);
    }
    updateState();
}

QWidget *NewRelayDialog::makeSide(Side *side, const QString &name)
{
    auto *box = new QWidget(this);
    side->tcp = new QRadioButton(tr("TCP"), box);
    side->ipc = new QRadioButton(tr("Unix socket"), box);
    side->host = new QLineEdit(u"127.0.0.1"_s, box);
    side->port = new QLineEdit(box);
    side->path = new QLineEdit(box);
    side->tcp->setObjectName(name + u"TcpRadio"_s);
    side->ipc->setObjectName(name + u"IpcRadio"_s);
    side->host->setObjectName(name + u"HostEdit"_s);
    side->port->setObjectName(name + u"PortEdit"_s);
    side->path->setObjectName(name + u"PathEdit"_s);
    side->port->setMaximumWidth(side->port->fontMetrics().horizontalAdvance(u"0000000"_s) * 2);
    side->tcp->setChecked(true);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(side->tcp);
    kinds->addWidget(side->ipc);
    kinds->addStretch();
    auto *address = new QHBoxLayout;
    address->addWidget(side->host, 1);
    address->addWidget(new QLabel(tr("port"), box));
    address->addWidget(side->port);
    form->addRow(kinds);
    form->addRow(tr("Host:"), address);
    form->addRow(tr("Path:"), side->path);
    return box;
}

session::RelaySpec NewRelayDialog::spec() const
{
    session::RelaySpec spec;
    spec.listen = m_listen.tcp->isChecked()
            ? netcore::ListenOptions::tcp(std::max(portFrom(m_listen.port->text()), 0),
                                          m_listen.host->text().trimmed())
            : netcore::ListenOptions::unixPath(m_listen.path->text());
    spec.target = m_target.tcp->isChecked()
            ? netcore::ConnectOptions::tcp(std::max(portFrom(m_target.port->text()), 0),
                                           m_target.host->text().trimmed())
            : netcore::ConnectOptions::unixPath(m_target.path->text());
    spec.connectTimeoutMs = m_timeout->value();
    return spec;
}

void NewRelayDialog::setSpec(const session::RelaySpec &spec)
{
    const bool listenTcp = bool(spec.listen.port);
    (listenTcp ? m_listen.tcp : m_listen.ipc)->setChecked(true);
    if (listenTcp) {
        m_listen.host->setText(spec.listen.host);
        m_listen.port->setText(QString::number(*spec.listen.port));
    } else {
        m_listen.path->setText(spec.listen.path);
    }
    const bool targetTcp = bool(spec.target.port);
    (targetTcp ? m_target.tcp : m_target.ipc)->setChecked(true);
    if (targetTcp) {
        m_target.host->setText(spec.target.host);
        m_target.port->setText(QString::number(*spec.target.port));
    } else {
        m_target.path->setText(spec.target.path);
    }
    m_timeout->setValue(spec.connectTimeoutMs);
    updateState();
}

QString NewRelayDialog::sideProblem(const Side &side, bool listening) const
{
    if (side.tcp->isChecked()) {
        const QString host = side.host->text().trimmed();
        if (host.isEmpty())
            return listening ? tr("Enter the address the relay listens on, such as 127.0.0.1.")
                             : tr("Enter the host the relay connects to.");
        if (host.contains(u' '))
            return tr("The host must not contain spaces.");
        const QString portText = side.port->text().trimmed();
        if (portText.isEmpty())
            return listening ? tr("Enter the port clients connect to (0 picks a free one).")
                             : tr("Enter the port of the target.");
        const int port = portFrom(portText);
        if (port < 0)
            return tr("“%1” is not a port: enter a number from %2 to 65535.")
                    .arg(portText)
                    .arg(listening ? 0 : 1);
        if (port == 0 && !listening)
            return tr("The target needs a real port: 0 only means “any free port” when "
                      "listening.");
        return {};
    }
    const QString path = side.path->text();
    if (path.isEmpty())
        return listening ? tr("Enter a path for the relay's Unix socket.")
                         : tr("Enter the path of the target's Unix socket.");
    if (path.contains(QChar(0)))
        return tr("The path must not contain a NUL character.");
    const qsizetype bytes = QFile::encodeName(path).size();
    if (bytes > MaxSocketPathBytes)
        return tr("The path is %1 bytes long; a Unix socket path can have at most %2.")
                .arg(bytes)
                .arg(MaxSocketPathBytes);
    return {};
}

QString NewRelayDialog::problem() const
{
    if (const QString listen = sideProblem(m_listen, true); !listen.isEmpty())
        return listen;
    if (const QString target = sideProblem(m_target, false); !target.isEmpty())
        return target;
    const session::RelaySpec s = spec();
    const bool samePath = !s.listen.port && !s.target.port && s.listen.path == s.target.path;
    const bool samePort = s.listen.port && s.target.port && *s.listen.port == *s.target.port
            && s.listen.host == s.target.host;
    if (samePath || samePort)
        return tr("The relay would connect to itself: choose another target.");
    return {};
}

void NewRelayDialog::updateState()
{
    for (const Side *side : {&m_listen, &m_target}) {
        const bool tcp = side->tcp->isChecked();
        side->host->setEnabled(tcp);
        side->port->setEnabled(tcp);
        side->path->setEnabled(!tcp);
    }
    const QString reason = problem();
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void NewRelayDialog::accept()
{
    if (!problem().isEmpty())
        return;
    Q_EMIT relayRequested(spec());
    QDialog::accept();
}

} // namespace gui
