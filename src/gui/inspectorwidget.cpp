#include "inspectorwidget.h"

#include "explanations.h"
#include "guiresources.h"
#include "session/engine.h"
#include "session/enginethread.h"
#include "throughputgraph.h"

#include "ui_inspectorwidget.h"

#include <QAbstractItemView>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

enum Page { HintPage, ServerPage, SocketPage };

// An unanswered request is given this many ticks before another is sent, so a busy engine is
// not flooded and a lost answer does not stop the refresh.
constexpr int MaxTicksWaiting = 8;

// A value's tooltip is its one-line meaning from Explanations::field(), keyed by name: a row
// added here needs an entry there (tst_explanations fails without one).
struct ValueRow
{
    const char *name; // objectName of the value label
    const char *label;
};

constexpr ValueRow ServerRows[] = {
        {"serverAddressValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Address:")},
        {"listeningValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Listening:")},
        {"connectionsValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Connections:")},
        {"maxConnectionsValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Max connections:")},
        {"serverReferencedValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Referenced:")},
};

constexpr ValueRow SocketRows[] = {
        {"localAddressValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Local:")},
        {"remoteAddressValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Remote:")},
        {"readyStateValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Ready state:")},
        {"connectingValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Connecting:")},
        {"destroyedValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Destroyed:")},
        {"pausedValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Paused:")},
        {"bytesReadValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Bytes read:")},
        {"bytesWrittenValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Bytes written:")},
        {"bufferSizeValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Buffered:")},
        {"timeoutValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Timeout:")},
        {"encodingValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Encoding:")},
};

constexpr ValueRow KernelRows[] = {
        {"sendBufferValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "SO_SNDBUF:")},
        {"receiveBufferValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "SO_RCVBUF:")},
        {"unsentValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Unsent:")},
        {"unreadValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Unread:")},
        {"tcpStateValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "TCP state:")},
        {"rttValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "RTT:")},
        {"cwndValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Congestion window:")},
        {"retransmitsValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Retransmits:")},
        {"pmtuValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Path MTU:")},
        {"segsOutValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Segments out:")},
        {"dataSegsOutValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Data segments out:")},
        {"segsInValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Segments in:")},
        {"dataSegsInValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Data segments in:")},
        {"deliveredValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Delivered:")},
        {"lostValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Lost:")},
        {"kernelNoDelayValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "No delay:")},
        {"kernelKeepAliveValue", QT_TRANSLATE_NOOP("gui::InspectorWidget", "Keep-alive:")},
};

const QString Dash = u"—"_s;

QString yesNo(bool value)
{
    return value ? InspectorWidget::tr("yes") : InspectorWidget::tr("no");
}

QString bytesText(qint64 bytes)
{
    const QString count = InspectorWidget::tr("%1 bytes").arg(QLocale().toString(bytes));
    if (bytes < 1024)
        return count;
    return InspectorWidget::tr("%1 (%2)").arg(count, QLocale().formattedDataSize(bytes));
}

QString kernelBytes(int bytes)
{
    return bytes < 0 ? Dash : bytesText(bytes);
}

QString addressText(const std::optional<trace::TraceAddress> &address)
{
    if (!address)
        return Dash;
    if (address->isUnixPath())
        return address->path.isEmpty() ? InspectorWidget::tr("(unnamed)") : address->path;
    return InspectorWidget::tr("%1 (%2)").arg(address->toString(), address->family);
}

QString millisecondsText(double ms)
{
    return InspectorWidget::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 3 : 1));
}

} // namespace

InspectorWidget::InspectorWidget(session::EngineThread *engine, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectorWidget>())
    , m_engine(engine)
{
    ensureResources();
    m_ui->setupUi(this);
    m_replyRulesButton = new QPushButton(tr("Auto-reply rules…"), this);
    m_replyRulesButton->setObjectName(u"replyRulesButton"_s);
    m_replyRulesButton->setToolTip(tr("Answer what this endpoint receives by rules: match, "
                                      "reply, delay, end or reset"));
    m_replyRulesButton->hide();
    m_ui->mainLayout->insertWidget(1, m_replyRulesButton, 0, Qt::AlignLeft);
    connect(m_replyRulesButton, &QPushButton::clicked, this,
            [this] { Q_EMIT replyRulesRequested(m_id); });
    buildValueRows();
    m_ui->encodingCombo->addItem(tr("none (bytes)"), QString());
    for (const QString &name :
         {u"utf8"_s, u"latin1"_s, u"hex"_s, u"base64"_s, u"ascii"_s, u"utf16le"_s})
        m_ui->encodingCombo->addItem(name, name); // Node's names: not translated
    connectControls();

    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &InspectorWidget::requestRefresh);
    connect(m_engine->engine(), &session::Engine::snapshotReady, this,
            &InspectorWidget::showSnapshot);
    m_clock.start();
    setEndpoint(0, netcore::EndpointKind::Socket);
}

InspectorWidget::~InspectorWidget() = default;

void InspectorWidget::buildValueRows()
{
    const auto fill = [this](QFormLayout *form, const auto &rows) {
        for (const ValueRow &row : rows) {
            const QString name = QString::fromLatin1(row.name);
            const std::optional<Explanation> meaning = Explanations::field(name);
            addValueRow(form, name, tr(row.label), meaning ? meaning->brief : QString());
        }
    };
    fill(m_ui->serverForm, ServerRows);
    fill(m_ui->socketForm, SocketRows);
    fill(m_ui->kernelForm, KernelRows);
}

QLabel *InspectorWidget::addValueRow(QFormLayout *form, const QString &name, const QString &label,
                                     const QString &toolTip)
{
    auto *caption = new QLabel(label, this);
    auto *value = new QLabel(Dash, this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption->setToolTip(toolTip);
    value->setToolTip(toolTip);
    form->addRow(caption, value);
    m_values.insert(name, value);
    return value;
}

void InspectorWidget::setValue(const QString &name, const QString &text)
{
    if (QLabel *label = m_values.value(name))
        label->setText(text);
}

void InspectorWidget::connectControls()
{
    Ui::InspectorWidget *ui = m_ui.get();
    // Server
    connect(ui->applyMaxConnectionsButton, &QPushButton::clicked, this, [this] {
        const int max = m_ui->maxConnectionsSpin->value();
        send([max](session::Engine &e, quint64 id) { e.setMaxConnections(id, max); });
    });
    connect(ui->closeServerButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.closeServer(id); }); });
    connect(ui->refServerButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.setReferenced(id, true); }); });
    connect(ui->unrefServerButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.setReferenced(id, false); }); });

    // Socket. clicked(), not toggled(): only the user's click is a command; the snapshot sets
    // the box without calling anything.
    connect(ui->noDelayCheck, &QCheckBox::clicked, this, [this](bool on) {
        send([on](session::Engine &e, quint64 id) { e.setNoDelay(id, on); });
    });
    const auto applyKeepAlive = [this] {
        const bool on = m_ui->keepAliveCheck->isChecked();
        const int delay = m_ui->keepAliveDelaySpin->value();
        send([on, delay](session::Engine &e, quint64 id) { e.setKeepAlive(id, on, delay); });
    };
    connect(ui->keepAliveCheck, &QCheckBox::clicked, this, applyKeepAlive);
    connect(ui->keepAliveDelaySpin, &QSpinBox::editingFinished, this, [this, applyKeepAlive] {
        if (m_ui->keepAliveCheck->isChecked())
            applyKeepAlive();
    });
    connect(ui->setTimeoutButton, &QPushButton::clicked, this, [this] {
        const qint64 ms = m_ui->timeoutSpin->value();
        send([ms](session::Engine &e, quint64 id) { e.setTimeout(id, ms); });
    });
    connect(ui->encodingCombo, &QComboBox::activated, this, [this](int index) {
        const QString encoding = m_ui->encodingCombo->itemData(index).toString();
        if (!encoding.isEmpty()) // Node has no way back to bytes; the next snapshot resets the box
            send([encoding](session::Engine &e, quint64 id) { e.setEncoding(id, encoding); });
    });
    connect(ui->setSendBufferButton, &QPushButton::clicked, this, [this] {
        const int bytes = m_ui->sendBufferSpin->value();
        send([bytes](session::Engine &e, quint64 id) { e.setSendBufferSize(id, bytes); });
    });
    connect(ui->setReceiveBufferButton, &QPushButton::clicked, this, [this] {
        const int bytes = m_ui->receiveBufferSpin->value();
        send([bytes](session::Engine &e, quint64 id) { e.setReceiveBufferSize(id, bytes); });
    });
    connect(ui->pauseButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.pause(id); }); });
    connect(ui->resumeButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.resume(id); }); });
    connect(ui->endButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.end(id); }); });
    connect(ui->destroyButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.destroy(id); }); });
    connect(ui->resetButton, &QPushButton::clicked, this,
            [this] { send([](session::Engine &e, quint64 id) { e.resetAndDestroy(id); }); });
    connect(ui->destroyWithErrorButton, &QPushButton::clicked, this, [this] {
        // The selection may change while the dialog is open: the answer is for the endpoint
        // the user asked about, not whichever is shown when it comes.
        const quint64 asked = m_id;
        const std::optional<QString> message = askErrorMessage();
        if (message)
            sendTo(asked, [text = *message](session::Engine &e, quint64 id) {
                e.destroyWithError(id, text);
            });
    });
}

void InspectorWidget::setEndpoint(quint64 id, netcore::EndpointKind kind)
{
    m_id = id;
    m_kind = kind;
    m_replyRulesButton->setVisible(id != 0 && m_engine);
    m_primed = false;
    m_ticksWaiting = 0;
    m_ui->throughputGraph->clear();
    for (QLabel *label : std::as_const(m_values))
        label->setText(Dash);
    if (id == 0) {
        m_refreshTimer.stop();
        m_ui->titleLabel->clear();
        m_ui->hintLabel->setText(tr("Select a listener or a socket in Endpoints to inspect it."));
        m_ui->pageStack->setCurrentIndex(HintPage);
        return;
    }
    const bool server = kind == netcore::EndpointKind::Server;
    m_ui->titleLabel->setText(server ? tr("Listener #%1").arg(id) : tr("Socket #%1").arg(id));
    m_ui->pageStack->setCurrentIndex(server ? ServerPage : SocketPage);
    // Nothing is known until the first snapshot: no control may act on a guess.
    m_ui->serverControlsGroup->setEnabled(false);
    m_ui->socketControlsGroup->setEnabled(false);
    requestRefresh();
    m_refreshTimer.start();
}

void InspectorWidget::requestRefresh()
{
    if (m_id == 0)
        return;
    if (m_ticksWaiting > 0 && m_ticksWaiting < MaxTicksWaiting) {
        ++m_ticksWaiting;
        return;
    }
    m_ticksWaiting = 1;
    const quint64 id = m_id;
    m_engine->post([id](session::Engine &e) { e.requestSnapshot(id); });
}

void InspectorWidget::send(std::function<void(session::Engine &, quint64)> command)
{
    sendTo(m_id, std::move(command));
}

void InspectorWidget::sendTo(quint64 id, std::function<void(session::Engine &, quint64)> command)
{
    if (id == 0)
        return;
    m_engine->post([id, command = std::move(command)](session::Engine &e) {
        command(e, id);
        e.requestSnapshot(id);
    });
}

void InspectorWidget::showSnapshot(const session::EndpointSnapshot &snapshot)
{
    if (m_id == 0 || snapshot.id != m_id)
        return; // another panel's answer, or one for the endpoint shown before
    m_ticksWaiting = 0;
    if (!snapshot.exists) {
        showGone();
        return;
    }
    if (snapshot.kind == netcore::EndpointKind::Server)
        showServer(snapshot);
    else
        showSocket(snapshot);
    m_primed = true;
}

void InspectorWidget::showGone()
{
    m_refreshTimer.stop();
    m_ui->hintLabel->setText(tr("%1 no longer exists.").arg(m_ui->titleLabel->text()));
    m_ui->pageStack->setCurrentIndex(HintPage);
}

void InspectorWidget::showServer(const session::EndpointSnapshot &s)
{
    m_ui->pageStack->setCurrentIndex(ServerPage);
    setValue(u"serverAddressValue"_s, addressText(s.serverAddress));
    setValue(u"listeningValue"_s, yesNo(s.listening));
    setValue(u"connectionsValue"_s, QLocale().toString(s.connections));
    setValue(u"maxConnectionsValue"_s,
             s.maxConnections < 0 ? tr("no limit") : QLocale().toString(s.maxConnections));
    setValue(u"serverReferencedValue"_s, yesNo(s.referenced));

    if (!m_primed)
        m_ui->maxConnectionsSpin->setValue(s.maxConnections);
    m_ui->serverControlsGroup->setEnabled(true);
    m_ui->closeServerButton->setEnabled(s.listening);
    m_ui->refServerButton->setEnabled(!s.referenced);
    m_ui->unrefServerButton->setEnabled(s.referenced);
}

void InspectorWidget::showSocket(const session::EndpointSnapshot &s)
{
    m_ui->pageStack->setCurrentIndex(SocketPage);
    setValue(u"localAddressValue"_s, addressText(s.local));
    setValue(u"remoteAddressValue"_s, addressText(s.remote));
    setValue(u"readyStateValue"_s, s.readyState.isEmpty() ? Dash : s.readyState);
    showValueMeaning(u"readyStateValue"_s, s.readyState, Explanations::readyState(s.readyState));
    setValue(u"connectingValue"_s, yesNo(s.connecting));
    setValue(u"destroyedValue"_s, yesNo(s.destroyed));
    setValue(u"pausedValue"_s, yesNo(s.paused));
    setValue(u"bytesReadValue"_s, bytesText(s.bytesRead));
    setValue(u"bytesWrittenValue"_s, bytesText(s.bytesWritten));
    setValue(u"bufferSizeValue"_s, bytesText(s.bufferSize));
    setValue(u"timeoutValue"_s,
             s.timeoutMs > 0 ? tr("%1 ms").arg(QLocale().toString(s.timeoutMs)) : tr("none"));
    setValue(u"encodingValue"_s, s.encoding.isEmpty() ? tr("none (bytes)") : s.encoding);
    showKernel(s.kernel);
    m_ui->throughputGraph->addSample(m_clock.elapsed(), s.bytesRead, s.bytesWritten);
    if (!m_primed)
        primeControls(s);
    updateSocketControls(s);
}

// A state's tooltip says what the state shown means, after what the field is.
void InspectorWidget::showValueMeaning(const QString &name, const QString &value,
                                       const std::optional<Explanation> &meaning)
{
    QLabel *label = m_values.value(name);
    if (!label)
        return;
    QStringList lines;
    if (const std::optional<Explanation> field = Explanations::field(name))
        lines << field->brief;
    if (meaning)
        lines << value + u": "_s + meaning->brief;
    label->setToolTip(lines.join(u'\n'));
}

void InspectorWidget::showKernel(const netcore::KernelInfo &k)
{
    const bool tcp = k.available && k.hasTcpInfo;
    setValue(u"sendBufferValue"_s, k.available ? kernelBytes(k.sendBufferSize) : Dash);
    setValue(u"receiveBufferValue"_s, k.available ? kernelBytes(k.receiveBufferSize) : Dash);
    setValue(u"unsentValue"_s, k.available ? kernelBytes(k.unsentBytes) : Dash);
    setValue(u"unreadValue"_s, k.available ? kernelBytes(k.unreadBytes) : Dash);
    setValue(u"tcpStateValue"_s, tcp ? k.tcpState : Dash);
    showValueMeaning(u"tcpStateValue"_s, k.tcpState,
                     tcp ? Explanations::tcpState(k.tcpState) : std::nullopt);
    setValue(u"rttValue"_s,
             tcp ? tr("%1 ± %2").arg(millisecondsText(k.rttMicros / 1000.0),
                                     millisecondsText(k.rttVarMicros / 1000.0))
                 : Dash);
    setValue(u"cwndValue"_s,
             tcp ? tr("%n segment(s)", nullptr, int(k.sendCongestionWindow)) : Dash);
    setValue(u"retransmitsValue"_s, tcp ? QLocale().toString(k.retransmits) : Dash);
    setValue(u"pmtuValue"_s, tcp ? bytesText(k.pathMtu) : Dash);
    const auto counter = [counted = tcp && k.hasSegmentCounters](unsigned value) {
        return counted ? QLocale().toString(value) : Dash;
    };
    setValue(u"segsOutValue"_s, counter(k.segmentsOut));
    setValue(u"dataSegsOutValue"_s, counter(k.dataSegmentsOut));
    setValue(u"segsInValue"_s, counter(k.segmentsIn));
    setValue(u"dataSegsInValue"_s, counter(k.dataSegmentsIn));
    setValue(u"deliveredValue"_s, counter(k.delivered));
    setValue(u"lostValue"_s, tcp ? QLocale().toString(k.lost) : Dash);
    setValue(u"kernelNoDelayValue"_s, tcp ? yesNo(k.noDelay) : Dash);
    QString keepAlive = Dash;
    if (tcp) {
        keepAlive = k.keepAlive && k.keepAliveIdleSeconds >= 0
                ? tr("yes, first probe after %n s idle", nullptr, k.keepAliveIdleSeconds)
                : yesNo(k.keepAlive);
    }
    setValue(u"kernelKeepAliveValue"_s, keepAlive);
}

// Spin boxes start from the endpoint's values once, then belong to the user.
void InspectorWidget::primeControls(const session::EndpointSnapshot &s)
{
    m_ui->timeoutSpin->setValue(int(std::min<qint64>(s.timeoutMs, m_ui->timeoutSpin->maximum())));
    if (s.kernel.sendBufferSize > 0)
        m_ui->sendBufferSpin->setValue(s.kernel.sendBufferSize);
    if (s.kernel.receiveBufferSize > 0)
        m_ui->receiveBufferSpin->setValue(s.kernel.receiveBufferSize);
    if (s.kernel.keepAliveIdleSeconds > 0)
        m_ui->keepAliveDelaySpin->setValue(s.kernel.keepAliveIdleSeconds * 1000);
}

void InspectorWidget::updateSocketControls(const session::EndpointSnapshot &s)
{
    Ui::InspectorWidget *ui = m_ui.get();
    ui->socketControlsGroup->setEnabled(!s.destroyed);
    if (s.destroyed)
        return;
    const bool tcp = !s.unixSocket;
    const bool kernelTcp = s.kernel.available && s.kernel.hasTcpInfo;
    // Before the fd exists the calls are remembered and applied on connect, so they stay usable.
    ui->noDelayCheck->setEnabled(tcp);
    ui->keepAliveCheck->setEnabled(tcp);
    ui->keepAliveDelaySpin->setEnabled(tcp);
    ui->resetButton->setEnabled(tcp); // only TCP has an RST
    if (kernelTcp) {
        ui->noDelayCheck->setChecked(s.kernel.noDelay);
        ui->keepAliveCheck->setChecked(s.kernel.keepAlive);
    }
    const QList<QWidget *> bufferControls = {ui->sendBufferSpin, ui->setSendBufferButton,
                                             ui->receiveBufferSpin, ui->setReceiveBufferButton};
    for (QWidget *w : bufferControls)
        w->setEnabled(s.kernel.available);
    ui->pauseButton->setEnabled(!s.paused);
    ui->resumeButton->setEnabled(s.paused);
    // end() once: after it the socket is readOnly (or closing).
    ui->endButton->setEnabled(s.readyState != u"readOnly" && s.readyState != u"closed");
    if (!ui->encodingCombo->view()->isVisible()) {
        const int index = ui->encodingCombo->findData(s.encoding);
        ui->encodingCombo->setCurrentIndex(std::max(index, 0));
    }
}

std::optional<QString> InspectorWidget::askErrorMessage()
{
    bool ok = false;
    const QString message
            = QInputDialog::getText(this, tr("Destroy with error"), tr("Error message:"),
                                    QLineEdit::Normal, tr("Destroyed from the inspector"), &ok);
    if (!ok)
        return std::nullopt;
    return message;
}

} // namespace gui
