#include "newclientdialog.h"

#include "inputproblems.h"
#include "replyrulesfield.h"
#include "ui_newclientdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QHostAddress>
#include <QPushButton>

#include <array>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// sockaddr_un::sun_path is 108 bytes on Linux, one of them the terminating NUL.
constexpr qsizetype MaxSocketPathBytes = 107;
const auto UnixPrefix = u"unix:"_s;

enum Page { TcpPage, IpcPage };

// familyCombo rows
constexpr std::array Families = {0, 4, 6};

} // namespace

NewClientDialog::NewClientDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewClientDialog>())
{
    m_ui->setupUi(this);
    m_rulesField = new ReplyRulesField(this);
    m_rulesField->setObjectName(u"replyRulesField"_s);
    m_ui->optionsForm->addRow(tr("Auto-reply:"), m_rulesField);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    fillEncodings();
    reloadRecent();

    connect(m_ui->recentCombo, &QComboBox::activated, this, &NewClientDialog::pickRecent);
    connect(m_ui->liveListenersCombo, &QComboBox::activated, this, &NewClientDialog::pickListener);
    setLiveListeners({});
    connect(m_ui->tcpRadio, &QRadioButton::toggled, this, &NewClientDialog::updateState);
    connect(m_ui->keepAliveCheck, &QCheckBox::toggled, this, &NewClientDialog::updateState);
    connect(m_ui->reconnectCheck, &QCheckBox::toggled, this, &NewClientDialog::updateState);
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->portEdit, m_ui->localAddressEdit,
                            m_ui->localPortEdit, m_ui->pathEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewClientDialog::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewClientDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewClientDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    // Tall enough for the TCP page with its messages; the form's width is only a starting point.
    resize(std::max(width(), sizeHint().width()), sizeHint().height());
}

NewClientDialog::~NewClientDialog() = default;

void NewClientDialog::fillEncodings()
{
    m_ui->encodingCombo->addItem(tr("none (data as bytes)"), QString());
    for (const QString &name :
         {u"utf8"_s, u"latin1"_s, u"hex"_s, u"base64"_s, u"ascii"_s, u"utf16le"_s})
        m_ui->encodingCombo->addItem(name, name); // Node's names: not translated
}

void NewClientDialog::reloadRecent()
{
    const QStringList targets = m_recent.load();
    m_ui->recentCombo->clear();
    m_ui->recentCombo->addItems(targets);
    m_ui->recentCombo->setCurrentIndex(-1); // shows the placeholder
    m_ui->recentCombo->setEnabled(!targets.isEmpty());
}

QStringList NewClientDialog::recentTargets() const
{
    return m_recent.load();
}

void NewClientDialog::setLiveListeners(const QList<Listener> &listeners)
{
    QComboBox *combo = m_ui->liveListenersCombo;
    combo->clear();
    for (const Listener &listener : listeners)
        combo->addItem(listener.label, listener.target);
    combo->setEnabled(!listeners.isEmpty());
    combo->setPlaceholderText(listeners.isEmpty() ? tr("None: make one with New Listener")
                                                  : tr("Pick a listener of this window…"));
    combo->setCurrentIndex(-1);
    if (listeners.size() == 1) {
        combo->setCurrentIndex(0);
        pickListener(0);
    }
}

void NewClientDialog::pickListener(int index)
{
    if (index >= 0)
        applyTarget(m_ui->liveListenersCombo->itemData(index).toString());
}

void NewClientDialog::pickRecent(int index)
{
    if (index >= 0)
        applyTarget(m_ui->recentCombo->itemText(index));
}

session::ClientSpec NewClientDialog::spec() const
{
    session::ClientSpec spec;
    if (m_ui->tcpRadio->isChecked()) {
        int port = 0;
        netcore::parsePort(m_ui->portEdit->text(), &port);
        spec.connect = netcore::ConnectOptions::tcp(port, m_ui->hostEdit->text().trimmed());
        spec.connect.family = Families.at(std::max(m_ui->familyCombo->currentIndex(), 0));
        spec.connect.localAddress = m_ui->localAddressEdit->text().trimmed();
        int localPort = 0;
        if (!m_ui->localPortEdit->text().trimmed().isEmpty()
            && !netcore::parsePort(m_ui->localPortEdit->text(), &localPort))
            spec.connect.localPort = localPort;
        spec.connect.noDelay = m_ui->noDelayCheck->isChecked();
        spec.connect.keepAlive = m_ui->keepAliveCheck->isChecked();
        spec.connect.keepAliveInitialDelay = m_ui->keepAliveDelaySpin->value();
    } else {
        spec.connect = netcore::ConnectOptions::unixPath(m_ui->pathEdit->text());
    }
    if (const int timeout = m_ui->timeoutSpin->value(); timeout > 0)
        spec.connect.timeout = timeout;
    spec.allowHalfOpen = m_ui->allowHalfOpenCheck->isChecked();
    spec.encoding = m_ui->encodingCombo->currentData().toString();
    spec.connections = m_ui->connectionsSpin->value();
    spec.reconnect = {.enabled = m_ui->reconnectCheck->isChecked(),
                      .initialDelayMs = m_ui->reconnectDelaySpin->value(),
                      .backoffFactor = m_ui->backoffSpin->value(),
                      .maxDelayMs
                      = std::max(m_ui->maxDelaySpin->value(), m_ui->reconnectDelaySpin->value()),
                      .maxAttempts = m_ui->maxAttemptsSpin->value()};
    spec.replyRules = m_rulesField->ruleSet();
    return spec;
}

void NewClientDialog::setSpec(const session::ClientSpec &spec)
{
    m_rulesField->setRuleSet(spec.replyRules);
    const netcore::ConnectOptions &options = spec.connect;
    const bool ipc = !options.port && !options.path.isEmpty();
    (ipc ? m_ui->ipcRadio : m_ui->tcpRadio)->setChecked(true);
    if (ipc) {
        m_ui->pathEdit->setText(options.path);
    } else {
        m_ui->hostEdit->setText(options.host.isEmpty() ? u"localhost"_s : options.host);
        m_ui->portEdit->setText(options.port ? QString::number(*options.port) : QString());
        const auto family = std::find(Families.begin(), Families.end(), options.family);
        m_ui->familyCombo->setCurrentIndex(
                family == Families.end() ? 0 : int(family - Families.begin()));
        m_ui->localAddressEdit->setText(options.localAddress);
        m_ui->localPortEdit->setText(options.localPort ? QString::number(*options.localPort)
                                                       : QString());
        m_ui->noDelayCheck->setChecked(options.noDelay);
        m_ui->keepAliveCheck->setChecked(options.keepAlive);
        m_ui->keepAliveDelaySpin->setValue(options.keepAliveInitialDelay);
    }
    m_ui->timeoutSpin->setValue(
            int(std::clamp<qint64>(options.timeout.value_or(0), 0, m_ui->timeoutSpin->maximum())));
    m_ui->allowHalfOpenCheck->setChecked(spec.allowHalfOpen);
    const int encoding = m_ui->encodingCombo->findData(spec.encoding);
    m_ui->encodingCombo->setCurrentIndex(std::max(encoding, 0));
    m_ui->connectionsSpin->setValue(spec.connections);
    m_ui->reconnectCheck->setChecked(spec.reconnect.enabled);
    m_ui->reconnectDelaySpin->setValue(spec.reconnect.initialDelayMs);
    m_ui->backoffSpin->setValue(spec.reconnect.backoffFactor);
    m_ui->maxDelaySpin->setValue(spec.reconnect.maxDelayMs);
    m_ui->maxAttemptsSpin->setValue(spec.reconnect.maxAttempts);
    updateState();
}

QString NewClientDialog::problem() const
{
    if (m_ui->ipcRadio->isChecked()) {
        const QString path = m_ui->pathEdit->text();
        if (path.isEmpty())
            return tr("Enter the path of the Unix domain socket to connect to, such as "
                      "/tmp/app.sock.");
        const qsizetype bytes = QFile::encodeName(path).size();
        if (bytes > MaxSocketPathBytes)
            return tr("The path is %1 bytes long; a Unix socket path can have at most %2.")
                    .arg(bytes)
                    .arg(MaxSocketPathBytes);
        return {};
    }
    const QString host = m_ui->hostEdit->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the host to connect to: a name such as localhost or an address such as "
                  "127.0.0.1.");
    if (const QString problem = hostProblem(host); !problem.isEmpty())
        return problem;
    if (m_ui->portEdit->text().trimmed().isEmpty())
        return tr("Enter the port to connect to.");
    if (const QString problem = portProblem(m_ui->portEdit->text()); !problem.isEmpty())
        return problem;
    const QString localAddress = m_ui->localAddressEdit->text().trimmed();
    if (!localAddress.isEmpty() && QHostAddress(localAddress).isNull())
        return tr("The local address must be an IP address of this machine (such as 127.0.0.1), "
                  "not %1.")
                .arg(localAddress);
    if (!m_ui->localPortEdit->text().trimmed().isEmpty()) {
        if (const QString problem = portProblem(m_ui->localPortEdit->text()); !problem.isEmpty())
            return tr("Local port: %1").arg(problem);
    }
    return {};
}

void NewClientDialog::updateState()
{
    const bool tcp = m_ui->tcpRadio->isChecked();
    const int page = tcp ? TcpPage : IpcPage;
    m_ui->transportStack->setCurrentIndex(page);
    // The group fits the page in use, not the tallest one: QStackedLayout leaves Ignored pages
    // out of its size hint, and Maximum keeps the stack from taking the spare height.
    for (int i = 0; i < m_ui->transportStack->count(); ++i) {
        const auto policy = i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_ui->transportStack->widget(i)->setSizePolicy(policy, policy);
    }
    m_ui->transportStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->transportStack->updateGeometry();
    m_ui->targetGroup->updateGeometry(); // its cached hint would outlive this pass
    // TCP_NODELAY and SO_KEEPALIVE mean nothing on a Unix domain socket.
    m_ui->noDelayCheck->setEnabled(tcp);
    m_ui->keepAliveCheck->setEnabled(tcp);
    m_ui->keepAliveDelaySpin->setEnabled(tcp && m_ui->keepAliveCheck->isChecked());
    const bool reconnect = m_ui->reconnectCheck->isChecked();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->reconnectDelaySpin),
          static_cast<QWidget *>(m_ui->backoffSpin), static_cast<QWidget *>(m_ui->maxDelaySpin),
          static_cast<QWidget *>(m_ui->maxAttemptsSpin)})
        widget->setEnabled(reconnect);
    const QString reason = problem();
    m_ui->problemLabel->setText(reason);
    m_ui->problemLabel->setVisible(!reason.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

QString NewClientDialog::targetText(const session::ClientSpec &spec)
{
    const netcore::ConnectOptions &options = spec.connect;
    if (!options.port)
        return options.path.isEmpty() ? QString() : UnixPrefix + options.path;
    const QString host = options.host.isEmpty() ? u"localhost"_s : options.host;
    const QString port = QString::number(*options.port);
    if (host.contains(u':'))
        return u'[' + host + u"]:" + port;
    return host + u':' + port;
}

bool NewClientDialog::applyTarget(const QString &target)
{
    if (target.startsWith(UnixPrefix)) {
        const QString path = target.mid(UnixPrefix.size());
        if (path.isEmpty())
            return false;
        m_ui->ipcRadio->setChecked(true);
        m_ui->pathEdit->setText(path);
        return true;
    }
    QString host;
    QString port;
    if (target.startsWith(u'[')) {
        const qsizetype close = target.indexOf(u"]:"_s);
        if (close < 0)
            return false;
        host = target.mid(1, close - 1);
        port = target.mid(close + 2);
    } else {
        const qsizetype colon = target.lastIndexOf(u':');
        if (colon < 0)
            return false;
        host = target.left(colon);
        port = target.mid(colon + 1);
    }
    if (host.isEmpty() || port.isEmpty())
        return false;
    m_ui->tcpRadio->setChecked(true);
    m_ui->hostEdit->setText(host);
    m_ui->portEdit->setText(port);
    return true;
}

void NewClientDialog::rememberTarget()
{
    if (!problem().isEmpty())
        return;
    m_recent.remember(targetText(spec()));
    reloadRecent();
}

void NewClientDialog::accept()
{
    if (!problem().isEmpty())
        return; // Enter on a field must not get past the check OK is disabled for
    rememberTarget();
    Q_EMIT connectRequested(spec());
    QDialog::accept();
}

void NewClientDialog::browse()
{
    const QString path = chooseSocketPath(m_ui->pathEdit->text());
    if (!path.isEmpty())
        m_ui->pathEdit->setText(path);
}

QString NewClientDialog::chooseSocketPath(const QString &current)
{
    return QFileDialog::getOpenFileName(this, tr("Unix socket to connect to"), current);
}

} // namespace gui
