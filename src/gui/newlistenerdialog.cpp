#include "newlistenerdialog.h"

#include "inputproblems.h"
#include "replyrulesfield.h"
#include "ui_newlistenerdialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// sockaddr_un::sun_path is 108 bytes on Linux, one of them the terminating NUL.
constexpr qsizetype MaxSocketPathBytes = 107;

enum Page { TcpPage, IpcPage };

bool isLoopbackHost(const QString &host)
{
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
            || QHostAddress(host).isLoopback();
}

bool isAnyAddress(const QString &host)
{
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::AnyIPv4)
            || address == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

NewListenerDialog::NewListenerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewListenerDialog>())
{
    m_ui->setupUi(this);
    m_rulesField = new ReplyRulesField(this);
    m_rulesField->setObjectName(u"replyRulesField"_s);
    m_ui->listenForm->addRow(tr("Auto-reply:"), m_rulesField);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    fillHosts();
    m_ui->pathEdit->setText(freshSocketPath());

    connect(m_ui->tcpRadio, &QRadioButton::toggled, this, &NewListenerDialog::updateState);
    connect(m_ui->hostCombo, &QComboBox::currentTextChanged, this, &NewListenerDialog::updateState);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &NewListenerDialog::updateState);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &NewListenerDialog::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewListenerDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewListenerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    // Tall enough for the TCP page with its messages; the form's width is only a starting point.
    resize(std::max(width(), sizeHint().width()), sizeHint().height());
}

NewListenerDialog::~NewListenerDialog() = default;

void NewListenerDialog::fillHosts()
{
    QComboBox *combo = m_ui->hostCombo;
    combo->addItem(tr("localhost (127.0.0.1)"), u"127.0.0.1"_s);
    combo->addItem(tr("localhost IPv6 (::1)"), u"::1"_s);
    combo->addItem(tr("all interfaces (0.0.0.0)"), u"0.0.0.0"_s);
    combo->addItem(tr("all interfaces (::)"), u"::"_s);
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback())
            continue; // listed above
        const QString text = address.toString();
        combo->addItem(text, text);
    }
    combo->setCurrentIndex(0);
}

// The combo shows descriptions; the address is the item's data, or what the user typed.
QString NewListenerDialog::host() const
{
    const QString text = m_ui->hostCombo->currentText().trimmed();
    const int index = m_ui->hostCombo->findText(text);
    return index >= 0 ? m_ui->hostCombo->itemData(index).toString() : text;
}

void NewListenerDialog::setHost(const QString &host)
{
    const int index = m_ui->hostCombo->findData(host);
    if (index >= 0)
        m_ui->hostCombo->setCurrentIndex(index);
    else
        m_ui->hostCombo->setEditText(host);
}

session::ListenerSpec NewListenerDialog::spec() const
{
    session::ListenerSpec spec;
    if (m_ui->tcpRadio->isChecked()) {
        int port = 0;
        if (!m_ui->portEdit->text().trimmed().isEmpty())
            netcore::parsePort(m_ui->portEdit->text(), &port);
        spec.listen = netcore::ListenOptions::tcp(port, host());
    } else {
        spec.listen = netcore::ListenOptions::unixPath(m_ui->pathEdit->text());
    }
    spec.listen.backlog = m_ui->backlogSpin->value();
    spec.listen.exclusive = m_ui->exclusiveCheck->isChecked();
    spec.server.allowHalfOpen = m_ui->allowHalfOpenCheck->isChecked();
    spec.server.pauseOnConnect = m_ui->pauseOnConnectCheck->isChecked();
    const int max = m_ui->maxConnectionsSpin->value();
    spec.maxConnections = max > 0 ? max : -1;
    spec.autoReply = static_cast<session::AutoReply>(m_ui->autoReplyCombo->currentIndex());
    spec.replyRules = m_rulesField->ruleSet();
    return spec;
}

void NewListenerDialog::setSpec(const session::ListenerSpec &spec)
{
    m_rulesField->setRuleSet(spec.replyRules);
    const bool ipc = !spec.listen.path.isEmpty() && !spec.listen.port;
    (ipc ? m_ui->ipcRadio : m_ui->tcpRadio)->setChecked(true);
    if (ipc) {
        m_ui->pathEdit->setText(spec.listen.path);
    } else {
        setHost(spec.listen.host.isEmpty() ? u"::"_s : spec.listen.host);
        m_ui->portEdit->setText(QString::number(spec.listen.port.value_or(0)));
    }
    m_ui->backlogSpin->setValue(spec.listen.backlog);
    m_ui->exclusiveCheck->setChecked(spec.listen.exclusive);
    m_ui->allowHalfOpenCheck->setChecked(spec.server.allowHalfOpen);
    m_ui->pauseOnConnectCheck->setChecked(spec.server.pauseOnConnect);
    m_ui->maxConnectionsSpin->setValue(std::max(spec.maxConnections, 0));
    m_ui->autoReplyCombo->setCurrentIndex(int(spec.autoReply));
    updateState();
}

QString NewListenerDialog::problem() const
{
    if (m_ui->tcpRadio->isChecked()) {
        if (host().isEmpty())
            return tr("Enter the address to listen on.");
        if (const QString problem = hostProblem(host()); !problem.isEmpty())
            return problem;
        const QString portText = m_ui->portEdit->text();
        if (!portText.trimmed().isEmpty())
            return portProblem(portText);
        return {};
    }
    const QString path = m_ui->pathEdit->text();
    if (path.isEmpty())
        return tr("Enter a path for the Unix domain socket, such as /tmp/netbench.sock.");
    const qsizetype bytes = QFile::encodeName(path).size();
    if (bytes > MaxSocketPathBytes)
        return tr("The path is %1 bytes long; a Unix socket path can have at most %2.")
                .arg(bytes)
                .arg(MaxSocketPathBytes);
    if (path.contains(QChar(0)))
        return tr("The path must not contain a NUL character.");
    return {};
}

QString NewListenerDialog::exposureWarning() const
{
    if (!m_ui->tcpRadio->isChecked())
        return {};
    const QString address = host();
    if (address.isEmpty() || isLoopbackHost(address))
        return {};
    if (isAnyAddress(address))
        return tr("Listening on all interfaces: reachable from other machines on the network.");
    return tr("%1 is not a loopback address: reachable from other machines.").arg(address);
}

void NewListenerDialog::updateState()
{
    const int page = m_ui->tcpRadio->isChecked() ? TcpPage : IpcPage;
    m_ui->transportStack->setCurrentIndex(page);
    // The group fits the page in use, not the tallest one: QStackedLayout leaves Ignored pages
    // out of its size hint, and Maximum keeps the stack from taking the spare height.
    for (int i = 0; i < m_ui->transportStack->count(); ++i) {
        const auto policy = i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_ui->transportStack->widget(i)->setSizePolicy(policy, policy);
    }
    m_ui->transportStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->transportStack->updateGeometry();
    m_ui->addressGroup->updateGeometry(); // its cached hint would outlive this pass
    const QString warning = exposureWarning();
    m_ui->exposureWarning->setText(warning.isEmpty() ? QString() : u"⚠ "_s + warning);
    m_ui->exposureWarning->setVisible(!warning.isEmpty());
    const QString reason = problem();
    m_ui->problemLabel->setText(reason);
    m_ui->problemLabel->setVisible(!reason.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void NewListenerDialog::accept()
{
    if (!problem().isEmpty())
        return;
    Q_EMIT listenRequested(spec());
    QDialog::accept();
}

void NewListenerDialog::browse()
{
    const QString path = chooseSocketPath(m_ui->pathEdit->text());
    if (!path.isEmpty())
        m_ui->pathEdit->setText(path);
}

QString NewListenerDialog::chooseSocketPath(const QString &current)
{
    return QFileDialog::getSaveFileName(this, tr("Unix socket path"), current, {}, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString NewListenerDialog::freshSocketPath()
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::tempPath();
    const QDir dir(directory);
    for (int n = 1;; ++n) {
        const QString path = dir.filePath(u"netbench-%1.sock"_s.arg(n));
        if (!QFileInfo::exists(path))
            return path;
    }
}

} // namespace gui
