#include "composerwidget.h"

#include "filesender.h"
#include "ui_composerwidget.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

PayloadMode payloadMode(ComposerWidget::Mode mode)
{
    switch (mode) {
    case ComposerWidget::Mode::Hex:
        return PayloadMode::Hex;
    case ComposerWidget::Mode::Base64:
        return PayloadMode::Base64;
    default:
        return PayloadMode::Text;
    }
}

const QString ErrorStyle = u"color: #b00020;"_s;

} // namespace

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ComposerWidget>())
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
    sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                              QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sendAction);

    m_repeatTimer.setObjectName(u"repeatTimer"_s);
    connect(&m_repeatTimer, &QTimer::timeout, this, &ComposerWidget::sendNextRepeat);
    connect(sendAction, &QAction::triggered, this, [this] {
        if (m_ui->sendButton->isEnabled())
            send();
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerWidget::send);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ComposerWidget::stop);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ComposerWidget::browse);
    connect(m_ui->cancelFileButton, &QPushButton::clicked, this,
            &ComposerWidget::cancelFileSend);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this,
            &ComposerWidget::onModeChanged);
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
    m_ui->lineEndingCombo->addItem(tr("None"), int(LineEnding::None));
    m_ui->lineEndingCombo->addItem(tr("LF (\\n)"), int(LineEnding::Lf));
    m_ui->lineEndingCombo->addItem(tr("CRLF (\\r\\n)"), int(LineEnding::CrLf));
    m_ui->lineEndingCombo->addItem(tr("CR (\\r)"), int(LineEnding::Cr));
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

LineEnding ComposerWidget::lineEnding() const
{
    return LineEnding(m_ui->lineEndingCombo->currentData().toInt());
}

void ComposerWidget::setLineEnding(LineEnding ending)
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

PayloadResult ComposerWidget::payload() const
{
    return payloadcodec::decode(payloadMode(mode()), payloadText(), lineEnding());
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
    m_ui->editorStack->setCurrentWidget(current == Mode::File ? m_ui->filePage
                                                              : m_ui->textPage);
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
    const PayloadResult decoded = payloadcodec::decode(payloadMode(from), payloadText());
    if (!decoded.isValid())
        return;
    QString converted;
    switch (to) {
    case Mode::Text:
        converted = payloadcodec::encodeEscaped(decoded.bytes);
        break;
    case Mode::Hex:
        converted = payloadcodec::encodeHex(decoded.bytes);
        break;
    case Mode::Base64:
        converted = QString::fromLatin1(decoded.bytes.toBase64());
        break;
    case Mode::File:
        return;
    }
    const QSignalBlocker blocker(m_ui->payloadEdit);
    m_ui->payloadEdit->setPlainText(converted);
}

void ComposerWidget::browse()
{
    const QString start = filePath().isEmpty() ? QDir::homePath()
                                               : QFileInfo(filePath()).absolutePath();
    const QString path = m_openFile(this, tr("Choose a file to send"), start);
    if (!path.isEmpty())
        setFilePath(path);
}

void ComposerWidget::send()
{
    if (!m_targetAvailable || isRepeating() || m_sendingFile)
        return;
    if (mode() == Mode::File) {
        if (!fileProblem().isEmpty())
            return;
        m_sendingFile = true;
        m_ui->fileProgressBar->setValue(0);
        m_ui->fileProgressBar->setFormat(QString());
        m_ui->fileStatusLabel->setStyleSheet(QString());
        m_ui->fileStatusLabel->setText(tr("Sending…"));
        updateState();
        Q_EMIT fileSendRequested(filePath(), m_ui->endAfterCheck->isChecked());
        return;
    }
    const PayloadResult result = payload();
    if (!result.isValid())
        return;
    m_repeatBytes = result.bytes;
    m_repeatTotal = m_ui->repeatSpin->value();
    m_remaining = m_repeatTotal;
    m_repeatEndAfter = m_ui->endAfterCheck->isChecked();
    m_repeatTimer.setInterval(m_ui->intervalSpin->value());
    updateState();
    sendNextRepeat();
}

void ComposerWidget::sendNextRepeat()
{
    // Back to back: a batch per turn; with an interval: one per tick, the first at once.
    const int batch = m_repeatTimer.interval() == 0 ? BackToBackBatch : 1;
    for (int i = 0; i < batch && m_remaining > 0; ++i) {
        --m_remaining;
        Q_EMIT sendRequested(m_repeatBytes);
        if (!m_targetAvailable) // a receiver may have lost the socket
            break;
    }
    if (m_remaining <= 0 || !m_targetAvailable) {
        finishRepeat();
        return;
    }
    if (!m_repeatTimer.isActive())
        m_repeatTimer.start();
    m_ui->repeatStatusLabel->setText(
            tr("%1 of %2 sent").arg(m_repeatTotal - m_remaining).arg(m_repeatTotal));
}

void ComposerWidget::finishRepeat()
{
    m_repeatTimer.stop();
    const bool complete = m_remaining <= 0;
    const int sent = m_repeatTotal - qMax(m_remaining, 0);
    m_remaining = 0;
    if (m_repeatTotal > 1 || !complete) {
        m_ui->repeatStatusLabel->setText(complete ? tr("%1 sent").arg(m_repeatTotal)
                                                  : tr("Stopped: %1 of %2 sent")
                                                            .arg(sent)
                                                            .arg(m_repeatTotal));
    } else {
        m_ui->repeatStatusLabel->clear();
    }
    updateState();
    if (complete && m_repeatEndAfter)
        Q_EMIT endRequested();
}

void ComposerWidget::stop()
{
    if (!isRepeating())
        return;
    m_repeatTimer.stop();
    const int sent = m_repeatTotal - m_remaining;
    m_remaining = 0;
    m_ui->repeatStatusLabel->setText(tr("Stopped: %1 of %2 sent").arg(sent).arg(m_repeatTotal));
    updateState();
}

void ComposerWidget::cancelFileSend()
{
    if (!m_sendingFile)
        return;
    m_ui->cancelFileButton->setEnabled(false); // once; fileSendFinished() follows
    m_ui->fileStatusLabel->setText(tr("Cancelling…"));
    Q_EMIT fileSendCancelRequested();
}

void ComposerWidget::setFileProgress(qint64 sent, qint64 total)
{
    const int permille = total > 0 ? int(qBound(qint64(0), sent * 1000 / total, qint64(1000))) : 1000;
    m_ui->fileProgressBar->setValue(permille);
    const QLocale locale;
    m_ui->fileProgressBar->setFormat(
            tr("%1 of %2").arg(locale.formattedDataSize(sent), locale.formattedDataSize(total)));
}

void ComposerWidget::fileSendFinished(const QString &error)
{
    m_sendingFile = false;
    if (error.isEmpty()) {
        m_ui->fileProgressBar->setValue(m_ui->fileProgressBar->maximum());
        m_ui->fileStatusLabel->setStyleSheet(QString());
        m_ui->fileStatusLabel->setText(tr("Sent."));
    } else if (error == FileSender::cancelledError()) {
        m_ui->fileStatusLabel->setStyleSheet(QString());
        m_ui->fileStatusLabel->setText(tr("Cancelled."));
    } else {
        m_ui->fileStatusLabel->setStyleSheet(ErrorStyle);
        m_ui->fileStatusLabel->setText(tr("Not sent: %1").arg(error));
    }
    updateState();
}

void ComposerWidget::setTargetAvailable(bool writable)
{
    m_targetAvailable = writable;
    if (!writable && isRepeating())
        stop();
    updateState();
}

QString ComposerWidget::fileProblem() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose a file to send.");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("No such file: %1").arg(path);
    if (info.isDir())
        return tr("%1 is a folder, not a file.").arg(path);
    if (!info.isReadable())
        return tr("%1 cannot be read.").arg(path);
    return {};
}

void ComposerWidget::updateState()
{
    const Mode current = mode();
    const bool isFile = current == Mode::File;
    const bool busy = isRepeating() || m_sendingFile;

    QString problem;
    if (isFile) {
        problem = fileProblem();
        m_ui->byteCountLabel->clear();
    } else {
        const PayloadResult result = payload();
        problem = result.error;
        const qint64 total = qint64(result.bytes.size()) * m_ui->repeatSpin->value();
        m_ui->byteCountLabel->setText(
                result.isValid() ? (result.bytes.size() == 1 ? tr("1 byte")
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

    m_ui->targetHintLabel->setVisible(!m_targetAvailable);
    m_ui->sendButton->setEnabled(m_targetAvailable && !busy && problem.isEmpty());
    m_ui->stopButton->setEnabled(isRepeating());
    m_ui->stopButton->setVisible(!isFile);
    m_ui->cancelFileButton->setEnabled(m_sendingFile);
    m_ui->modeCombo->setEnabled(!busy);
    m_ui->payloadEdit->setReadOnly(busy);
    m_ui->filePathEdit->setEnabled(!m_sendingFile);
    m_ui->browseButton->setEnabled(!m_sendingFile);
    m_ui->lineEndingCombo->setEnabled(current == Mode::Text && !busy);
    for (QWidget *repeatPart : {static_cast<QWidget *>(m_ui->repeatSpin),
                                static_cast<QWidget *>(m_ui->intervalSpin),
                                static_cast<QWidget *>(m_ui->repeatLabel),
                                static_cast<QWidget *>(m_ui->intervalLabel)}) {
        repeatPart->setEnabled(!isFile && !busy);
    }
    m_ui->endAfterCheck->setEnabled(!busy);
}

} // namespace gui
