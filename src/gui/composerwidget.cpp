#include "composerwidget.h"

#include "session/filesender.h"
#include "session/regularfile.h"
#include "ui_composerwidget.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

session::PayloadMode payloadMode(ComposerWidget::Mode mode)
{
    switch (mode) {
    case ComposerWidget::Mode::Hex: return session::PayloadMode::Hex;
    case ComposerWidget::Mode::Base64: return session::PayloadMode::Base64;
    default: return session::PayloadMode::Text;
    }
}

const QString ErrorStyle = u"color: #b00020;"_s;

} // namespace

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposerWidget>())
{
    m_ui->setupUi(this);
    populateCombos();
    m_ui->errorLabel->setStyleSheet(ErrorStyle);
    m_ui->targetHintLabel->setEnabled(false); // greyed: a hint, not an error
    m_ui->fileProgressBar->setTextVisible(true);
    m_ui->payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_openFile = [](QWidget *parentWidget, const QString &caption, const QString &directory) {
        return QFileDialog::getOpenFileName(parentWidget, caption, directory);
    };

    auto *sendAction = new QAction(tr("Send"), this);
    sendAction->setObjectName(u"sendAction"_s);
    sendAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sendAction);

    connect(sendAction, &QAction::triggered, this, [this] {
        if (m_ui->sendButton->isEnabled())
            send();
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerWidget::send);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ComposerWidget::stop);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ComposerWidget::browse);
    connect(m_ui->cancelFileButton, &QPushButton::clicked, this, &ComposerWidget::cancelFileSend);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &ComposerWidget::onModeChanged);
    connect(m_ui->lineEndingCombo, &QComboBox::currentIndexChanged, this,
            &ComposerWidget::updateState);
    connect(m_ui->payloadEdit, &QPlainTextEdit::textChanged, this, &ComposerWidget::updateState);
    connect(m_ui->filePathEdit, &QLineEdit::textChanged, this, &ComposerWidget::updateState);
    connect(m_ui->repeatSpin, &QSpinBox::valueChanged, this, &ComposerWidget::updateState);
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, &ComposerWidget::updateState);
    onModeChanged();
}

ComposerWidget::~ComposerWidget() = default;

void ComposerWidget::populateCombos()
{
    m_ui->modeCombo->addItem(tr("Text"), int(Mode::Text));
    m_ui->modeCombo->addItem(tr("Hex"), int(Mode::Hex));
    m_ui->modeCombo->addItem(tr("Base64"), int(Mode::Base64));
    m_ui->modeCombo->addItem(tr("File"), int(Mode::File));
    m_ui->lineEndingCombo->addItem(tr("None"), int(session::LineEnding::None));
    m_ui->lineEndingCombo->addItem(tr("LF (\\n)"), int(session::LineEnding::Lf));
    m_ui->lineEndingCombo->addItem(tr("CRLF (\\r\\n)"), int(session::LineEnding::CrLf));
    m_ui->lineEndingCombo->addItem(tr("CR (\\r)"), int(session::LineEnding::Cr));
}

ComposerWidget::Mode ComposerWidget::mode() const
{
    return Mode(m_ui->modeCombo->currentData().toInt());
}

void ComposerWidget::setMode(Mode mode)
{
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(mode)));
}

QString ComposerWidget::payloadText() const
{
    return m_ui->payloadEdit->toPlainText();
}

void ComposerWidget::setPayloadText(const QString &text)
{
    m_ui->payloadEdit->setPlainText(text);
}

session::LineEnding ComposerWidget::lineEnding() const
{
    return session::LineEnding(m_ui->lineEndingCombo->currentData().toInt());
}

void ComposerWidget::setLineEnding(session::LineEnding ending)
{
    m_ui->lineEndingCombo->setCurrentIndex(m_ui->lineEndingCombo->findData(int(ending)));
}

QString ComposerWidget::filePath() const
{
    return m_ui->filePathEdit->text();
}

void ComposerWidget::setFilePath(const QString &path)
{
    m_ui->filePathEdit->setText(path);
}

session::PayloadResult ComposerWidget::payload() const
{
    return session::payloadcodec::decode(payloadMode(mode()), payloadText(), lineEnding());
}

void ComposerWidget::setOpenFileFunction(OpenFileFunction function)
{
    m_openFile = std::move(function);
}

void ComposerWidget::onModeChanged()
{
    const Mode current = mode();
    if (current != m_lastMode)
        convertEditor(m_lastMode, current);
    m_lastMode = current;
    m_ui->editorStack->setCurrentWidget(current == Mode::File ? m_ui->filePage : m_ui->textPage);
    static const QStringList placeholders = {
            tr("Type what to send. Escapes: \\r \\n \\t \\0 \\\\ \\xNN"),
            tr("Hex bytes, e.g. 48 65 6c 6c 6f, 0x0d 0x0a or de:ad:be:ef"),
            tr("Base64, e.g. aGVsbG8="),
    };
    if (current != Mode::File)
        m_ui->payloadEdit->setPlaceholderText(placeholders.at(int(current)));
    updateState();
}

// Switching between the typed forms keeps the bytes when the editor holds valid input, so
// "hello" becomes "68 65 6c 6c 6f"; invalid input is left as it is, to be fixed.
void ComposerWidget::convertEditor(Mode from, Mode to)
{
    if (from == Mode::File || to == Mode::File || payloadText().isEmpty())
        return;
    const session::PayloadResult decoded
            = session::payloadcodec::decode(payloadMode(from), payloadText());
    if (!decoded.isValid())
        return;
    QString converted;
    switch (to) {
    case Mode::Text: converted = session::payloadcodec::encodeEscaped(decoded.bytes); break;
    case Mode::Hex: converted = session::payloadcodec::encodeHex(decoded.bytes); break;
    case Mode::Base64: converted = QString::fromLatin1(decoded.bytes.toBase64()); break;
    case Mode::File: return;
    }
    const QSignalBlocker blocker(m_ui->payloadEdit);
    m_ui->payloadEdit->setPlainText(converted);
}

void ComposerWidget::browse()
{
    const QString start
            = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).absolutePath();
    const QString path = m_openFile(this, tr("Choose a file to send"), start);
    if (!path.isEmpty())
        setFilePath(path);
}

ComposerWidget::Outgoing &ComposerWidget::outgoing(quint64 id)
{
    return m_outgoing[id];
}

const ComposerWidget::Outgoing *ComposerWidget::find(quint64 id) const
{
    const auto it = m_outgoing.find(id);
    return it == m_outgoing.end() ? nullptr : &it->second;
}

bool ComposerWidget::isTargetAvailable() const
{
    const Outgoing *target = find(m_target);
    return m_target != 0 && target && target->writable;
}

bool ComposerWidget::isRepeating(quint64 id) const
{
    const Outgoing *o = find(id);
    return o && o->remaining > 0;
}

bool ComposerWidget::isSendingFile(quint64 id) const
{
    const Outgoing *o = find(id);
    return o && o->sendingFile;
}

QList<quint64> ComposerWidget::busyEndpoints() const
{
    QList<quint64> ids;
    for (const auto &[id, o] : m_outgoing) {
        if (o.remaining > 0 || o.sendingFile)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ComposerWidget::setTarget(quint64 id, const QString &description, bool writable)
{
    m_target = id;
    m_targetDescription = description;
    setWritable(id, writable);
    showTargetSends();
    updateState();
}

void ComposerWidget::setWritable(quint64 id, bool writable)
{
    if (id == 0)
        return;
    if (!writable && !find(id)) // nothing to remember about it
        return;
    Outgoing &o = outgoing(id);
    if (o.writable == writable)
        return;
    o.writable = writable;
    if (!writable && o.remaining > 0)
        finishRepeat(id, tr("connection not writable"));
    updateState();
}

void ComposerWidget::send()
{
    const quint64 id = m_target;
    if (!isTargetAvailable() || isRepeating(id) || isSendingFile(id))
        return;
    Outgoing &o = outgoing(id);
    if (mode() == Mode::File) {
        if (!fileProblem().isEmpty())
            return;
        o.sendingFile = true;
        o.cancelling = false;
        o.fileName = QFileInfo(filePath()).fileName();
        o.fileSent = 0;
        o.fileTotal = QFileInfo(filePath()).size();
        o.fileStatus = tr("Sending %1…").arg(o.fileName);
        o.fileFailed = false;
        showTargetSends();
        updateState();
        Q_EMIT fileSendRequested(id, filePath(), m_ui->endAfterCheck->isChecked());
        return;
    }
    const session::PayloadResult result = payload();
    if (!result.isValid())
        return;
    o.repeatBytes = result.bytes;
    o.repeatTotal = m_ui->repeatSpin->value();
    o.remaining = o.repeatTotal;
    o.repeatEndAfter = m_ui->endAfterCheck->isChecked();
    o.repeatTimer = new QTimer(this);
    o.repeatTimer->setInterval(m_ui->intervalSpin->value());
    connect(o.repeatTimer, &QTimer::timeout, this, [this, id] { sendNextRepeat(id); });
    updateState();
    sendNextRepeat(id);
}

void ComposerWidget::sendNextRepeat(quint64 id)
{
    Outgoing &o = outgoing(id);
    if (!o.repeatTimer)
        return;
    // Back to back: a batch per turn; with an interval: one per tick, the first at once.
    const int batch = o.repeatTimer->interval() == 0 ? BackToBackBatch : 1;
    for (int i = 0; i < batch && o.remaining > 0 && o.writable && !mustWaitForTheQueue(o); ++i) {
        --o.remaining;
        o.unrecordedBytes += o.repeatBytes.size();
        Q_EMIT sendRequested(id, o.repeatBytes); // a receiver may call setWritable(id, false)
    }
    if (o.remaining <= 0) {
        finishRepeat(id);
        return;
    }
    if (mustWaitForTheQueue(o))
        o.repeatTimer->stop(); // resumeRepeat() starts it again
    else if (!o.repeatTimer->isActive())
        o.repeatTimer->start();
    o.repeatStatus = tr("%1 of %2 sent").arg(o.repeatTotal - o.remaining).arg(o.repeatTotal);
    if (id == m_target)
        showTargetSends();
}

bool ComposerWidget::mustWaitForTheQueue(const Outgoing &o)
{
    return o.queueFull || o.unrecordedBytes >= MaxUnrecordedBytes;
}

void ComposerWidget::resumeRepeat(quint64 id)
{
    Outgoing &o = outgoing(id);
    if (o.repeatTimer && !o.repeatTimer->isActive() && !mustWaitForTheQueue(o))
        o.repeatTimer->start();
}

void ComposerWidget::writeRecorded(quint64 id, qint64 bytes, qint64 bufferSize)
{
    const auto it = m_outgoing.find(id);
    if (it == m_outgoing.end())
        return;
    Outgoing &o = it->second;
    // Other writers (saved messages, rules, a script) are recorded too: never below zero.
    o.unrecordedBytes = qMax<qint64>(0, o.unrecordedBytes - bytes);
    o.queueFull = bufferSize > MaxQueuedBytes;
    resumeRepeat(id);
}

void ComposerWidget::drained(quint64 id)
{
    const auto it = m_outgoing.find(id);
    if (it == m_outgoing.end())
        return;
    it->second.queueFull = false;
    resumeRepeat(id);
}

void ComposerWidget::writeRecordsLost()
{
    for (auto &[id, o] : m_outgoing) {
        o.unrecordedBytes = 0;
        o.queueFull = false;
        resumeRepeat(id);
    }
}

// Ends the endpoint's repeat: complete, or stopped (with the reason, if not the user's Stop).
void ComposerWidget::finishRepeat(quint64 id, const QString &stoppedBecause)
{
    Outgoing &o = outgoing(id);
    if (!o.repeatTimer)
        return;
    delete o.repeatTimer;
    o.repeatTimer = nullptr;
    const bool complete = o.remaining <= 0;
    const int sent = o.repeatTotal - qMax(o.remaining, 0);
    o.remaining = 0;
    if (complete) {
        o.repeatStatus = o.repeatTotal > 1 ? tr("%1 sent").arg(o.repeatTotal) : QString();
    } else {
        o.repeatStatus = tr("Stopped: %1 of %2 sent").arg(sent).arg(o.repeatTotal);
        if (!stoppedBecause.isEmpty())
            o.repeatStatus += u" ("_s + stoppedBecause + u')';
    }
    if (id == m_target)
        showTargetSends();
    updateState();
    if (complete && o.repeatEndAfter)
        Q_EMIT endRequested(id);
}

void ComposerWidget::stop()
{
    if (isRepeating(m_target))
        finishRepeat(m_target);
}

void ComposerWidget::cancelFileSend()
{
    if (!isSendingFile(m_target))
        return;
    Outgoing &o = outgoing(m_target);
    if (o.cancelling)
        return; // once; fileSendFinished() follows
    o.cancelling = true;
    o.fileStatus = tr("Cancelling…");
    showTargetSends();
    updateState();
    Q_EMIT fileSendCancelRequested(m_target);
}

void ComposerWidget::setFileProgress(quint64 id, qint64 sent, qint64 total)
{
    if (!isSendingFile(id))
        return; // a late report after the end
    Outgoing &o = outgoing(id);
    o.fileSent = sent;
    o.fileTotal = total;
    if (id == m_target)
        showTargetSends();
}

void ComposerWidget::fileSendFinished(quint64 id, const QString &error)
{
    Outgoing &o = outgoing(id);
    o.sendingFile = false;
    o.cancelling = false;
    o.fileFailed = false;
    if (error.isEmpty()) {
        o.fileSent = qMax(o.fileSent, o.fileTotal);
        o.fileStatus = tr("Sent.");
    } else if (error == session::FileSender::cancelledError()) {
        o.fileStatus = tr("Cancelled.");
    } else {
        o.fileFailed = true;
        o.fileStatus = tr("Not sent: %1").arg(error);
    }
    if (id == m_target)
        showTargetSends();
    updateState();
}

// The status labels and the progress bar say what the target's sends are doing.
void ComposerWidget::showTargetSends()
{
    const Outgoing *o = find(m_target);
    m_ui->repeatStatusLabel->setText(o ? o->repeatStatus : QString());
    m_ui->fileStatusLabel->setText(o ? o->fileStatus : QString());
    m_ui->fileStatusLabel->setStyleSheet(o && o->fileFailed ? ErrorStyle : QString());
    const qint64 sent = o ? o->fileSent : 0;
    const qint64 total = o ? o->fileTotal : 0;
    const bool started = o && (o->sendingFile || !o->fileStatus.isEmpty());
    const int permille = total > 0 ? int(qBound(qint64(0), sent * 1000 / total, qint64(1000)))
                                   : (started && !o->sendingFile ? 1000 : 0);
    m_ui->fileProgressBar->setValue(permille);
    const QLocale locale;
    m_ui->fileProgressBar->setFormat(
            started ? tr("%1 of %2")
                              .arg(locale.formattedDataSize(sent), locale.formattedDataSize(total))
                    : QString());
}

QString ComposerWidget::fileProblem() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose a file to send.");
    return session::regularFileProblem(path); // the engine checks again on what it opens
}

void ComposerWidget::updateState()
{
    const Mode current = mode();
    const bool isFile = current == Mode::File;
    const bool repeating = isRepeating();
    const bool sendingFile = isSendingFile();
    const bool busy = repeating || sendingFile;

    QString problem;
    if (isFile) {
        problem = fileProblem();
        m_ui->byteCountLabel->clear();
    } else {
        const session::PayloadResult result = payload();
        problem = result.error;
        const qint64 total = qint64(result.bytes.size()) * m_ui->repeatSpin->value();
        m_ui->byteCountLabel->setText(
                result.isValid()
                        ? (result.bytes.size() == 1 ? tr("1 byte")
                                                    : tr("%1 bytes").arg(result.bytes.size()))
                                + (m_ui->repeatSpin->value() > 1
                                           ? tr(" (%1 in all)")
                                                     .arg(QLocale().formattedDataSize(total))
                                           : QString())
                        : QString());
    }
    // An empty file path is a hint, not something to shout about.
    const bool showProblem = !problem.isEmpty() && !(isFile && filePath().isEmpty());
    m_ui->errorLabel->setText(showProblem ? problem : QString());
    m_ui->errorLabel->setVisible(showProblem);

    // Which endpoint Send writes to, and which others still have sends of their own going.
    QStringList others;
    for (const quint64 id : busyEndpoints()) {
        if (id != m_target)
            others += u"#"_s + QString::number(id);
    }
    QString targetText = m_target ? tr("To %1").arg(m_targetDescription) : QString();
    if (!others.isEmpty()) {
        targetText += (targetText.isEmpty() ? QString() : u"  ·  "_s)
                + tr("also sending to %1").arg(others.join(u", "_s));
    }
    m_ui->targetLabel->setText(targetText);
    m_ui->targetLabel->setVisible(!targetText.isEmpty());

    const bool available = isTargetAvailable();
    m_ui->targetHintLabel->setVisible(!available);
    m_ui->sendButton->setEnabled(available && !busy && problem.isEmpty());
    m_ui->stopButton->setEnabled(repeating);
    m_ui->stopButton->setVisible(!isFile);
    const Outgoing *target = find(m_target);
    m_ui->cancelFileButton->setEnabled(sendingFile && target && !target->cancelling);
    m_ui->modeCombo->setEnabled(!busy);
    m_ui->payloadEdit->setReadOnly(busy);
    m_ui->filePathEdit->setEnabled(!sendingFile);
    m_ui->browseButton->setEnabled(!sendingFile);
    m_ui->lineEndingCombo->setEnabled(current == Mode::Text && !busy);
    for (QWidget *repeatPart :
         {static_cast<QWidget *>(m_ui->repeatSpin), static_cast<QWidget *>(m_ui->intervalSpin),
          static_cast<QWidget *>(m_ui->repeatLabel), static_cast<QWidget *>(m_ui->intervalLabel)}) {
        repeatPart->setEnabled(!isFile && !busy);
    }
    m_ui->endAfterCheck->setEnabled(!busy);
}

} // namespace gui
