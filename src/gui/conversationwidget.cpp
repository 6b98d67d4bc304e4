#include "conversationwidget.h"

#include "hexdump.h"
#include "session/regularfile.h"
#include "ui_conversationwidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using trace::Direction;

namespace gui {

namespace {

enum SaveWhat { SaveText, SaveSent, SaveReceived };

// Fixed colours that read on light and dark bases alike.
QColor directionColor(Direction direction)
{
    return direction == Direction::Out ? QColor(0x1f, 0x6f, 0xd0) : QColor(0x1b, 0x8a, 0x3c);
}

QTextCharFormat formatFor(const ConversationPiece &piece, const QTextCharFormat &base)
{
    QTextCharFormat format = base;
    switch (piece.kind) {
    case ConversationPiece::Kind::Header:
        format.setForeground(directionColor(piece.direction));
        format.setFontWeight(QFont::Bold);
        break;
    case ConversationPiece::Kind::Data:
        format.setForeground(directionColor(piece.direction));
        break;
    case ConversationPiece::Kind::Marker:
        format.setForeground(QColor(0x80, 0x80, 0x80));
        format.setFontWeight(QFont::Bold);
        break;
    case ConversationPiece::Kind::Error:
        format.setForeground(QColor(0xc0, 0x1c, 0x28));
        format.setFontWeight(QFont::Bold);
        break;
    case ConversationPiece::Kind::Note:
        format.setForeground(QColor(0x9a, 0x67, 0x00));
        format.setFontItalic(true);
        break;
    }
    return format;
}

} // namespace

ConversationWidget::ConversationWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationWidget>())
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->textView->setFont(fixed);
    m_ui->hexView->setFont(fixed);
    m_ui->encodingCombo->addItem(tr("UTF-8"), int(ConversationEncoding::Utf8));
    m_ui->encodingCombo->addItem(tr("Latin-1"), int(ConversationEncoding::Latin1));
    m_ui->encodingCombo->addItem(tr("Escaped (\\xNN)"), int(ConversationEncoding::Escaped));
    // Escaped first: line endings and control bytes are what people debug, and the text is
    // what the composer's escapes would send.
    m_ui->encodingCombo->setCurrentIndex(
            m_ui->encodingCombo->findData(int(ConversationEncoding::Escaped)));
    m_ui->hexView->installEventFilter(this);
    m_ui->hexView->viewport()->installEventFilter(this);
    m_saveFile = [](QWidget *parentWidget, const QString &caption, const QString &suggested) {
        return QFileDialog::getSaveFileName(parentWidget, caption, suggested);
    };
    m_warn = [](QWidget *parentWidget, const QString &title, const QString &text) {
        QMessageBox::warning(parentWidget, title, text);
    };
    setUpSaveMenu();
    // A save that failed is never silent, whichever window holds this view.
    connect(this, &ConversationWidget::saveFailed, this,
            [this](const QString &, const QString &error) {
                m_warn(this, tr("Save conversation"), error);
            });

    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_textStale = true;
        renderCurrentView();
    });
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this,
            &ConversationWidget::renderCurrentView);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ConversationWidget::copyAll);
    clear();
}

ConversationWidget::~ConversationWidget()
{
    // QWidget deletes the views after m_ui is gone: they must not reach eventFilter() then.
    m_ui->hexView->removeEventFilter(this);
    m_ui->hexView->viewport()->removeEventFilter(this);
}

void ConversationWidget::setUpSaveMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"saveMenu"_s);
    const struct
    {
        const char *name;
        QString text;
        SaveWhat what;
    } actions[] = {
            {"saveTextAction", tr("Conversation as &text…"), SaveText},
            {"saveSentAction", tr("&Sent bytes (raw)…"), SaveSent},
            {"saveReceivedAction", tr("&Received bytes (raw)…"), SaveReceived},
    };
    for (const auto &entry : actions) {
        QAction *action = menu->addAction(entry.text);
        action->setObjectName(QLatin1StringView(entry.name));
        const int what = entry.what;
        connect(action, &QAction::triggered, this, [this, what] { askAndSave(what); });
    }
    m_ui->saveButton->setMenu(menu);
}

void ConversationWidget::setSaveFileFunction(SaveFileFunction function)
{
    m_saveFile = std::move(function);
}

void ConversationWidget::setWarnFunction(WarnFunction function)
{
    m_warn = std::move(function);
}

void ConversationWidget::setConversation(quint64 endpointId, const trace::Transcript &transcript,
                                         const QList<trace::TraceRecord> &endpointRecords)
{
    m_endpointId = endpointId;
    m_transcript = transcript; // implicitly shared bytes: no copy
    m_timesNs.clear();
    qint64 start = -1;
    for (const trace::TraceRecord &record : endpointRecords) {
        if (record.endpointId != endpointId)
            continue;
        if (start < 0)
            start = record.monoNs;
        m_timesNs.insert(record.seq, record.monoNs - start);
    }
    invalidate();
}

void ConversationWidget::clear()
{
    m_endpointId = 0;
    m_transcript = {};
    m_timesNs.clear();
    invalidate();
}

ConversationEncoding ConversationWidget::encoding() const
{
    return ConversationEncoding(m_ui->encodingCombo->currentData().toInt());
}

void ConversationWidget::setEncoding(ConversationEncoding encoding)
{
    m_ui->encodingCombo->setCurrentIndex(m_ui->encodingCombo->findData(int(encoding)));
}

void ConversationWidget::setRenderBudget(qint64 bytesAtEachEnd, qsizetype stepsAtEachEnd)
{
    m_byteBudget = bytesAtEachEnd;
    m_stepBudget = stepsAtEachEnd;
    invalidate();
}

void ConversationWidget::setUncapturedReason(const QString &reason)
{
    m_uncapturedReason = reason;
    invalidate();
}

void ConversationWidget::invalidate()
{
    m_textStale = true;
    m_hexStale = true;
    updateSummary();
    renderCurrentView();
}

// Only the visible view is rendered; the other waits until its tab is shown.
void ConversationWidget::renderCurrentView()
{
    if (m_ui->viewTabs->currentWidget() == m_ui->hexTab) {
        if (m_hexStale)
            renderInto(m_ui->hexView, ConversationLayout::HexDump);
        m_hexStale = false;
    } else {
        if (m_textStale)
            renderInto(m_ui->textView, ConversationLayout::Text);
        m_textStale = false;
    }
}

void ConversationWidget::renderInto(QPlainTextEdit *view, ConversationLayout layout)
{
    view->clear();
    QTextDocument *document = view->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    const QTextCharFormat base = cursor.charFormat();
    if (m_endpointId != 0 && m_transcript.entries.isEmpty()) {
        cursor.insertText(tr("Nothing recorded for this connection yet."),
                          formatFor({ConversationPiece::Kind::Note, Direction::Out, {}}, base));
    }
    const ConversationRenderer renderer(m_transcript, m_timesNs);
    const ConversationRenderOptions options {layout,       encoding(),         m_byteBudget,
                                             m_stepBudget, m_uncapturedReason, m_hexBytesPerLine};
    renderer.render(options, [&](const ConversationPiece &piece) {
        cursor.insertText(piece.text, formatFor(piece, base));
    });
    // The last piece's line break would leave an empty last line.
    if (document->characterCount() > 1 && document->lastBlock().text().isEmpty()) {
        cursor.movePosition(QTextCursor::End);
        cursor.deletePreviousChar();
    }
    cursor.endEditBlock();
    view->moveCursor(QTextCursor::Start);
}

bool ConversationWidget::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_ui->hexView->viewport() && event->type() == QEvent::Resize)
        || (watched == m_ui->hexView && event->type() == QEvent::FontChange))
        fitHexDumpToWidth();
    return QWidget::eventFilter(watched, event);
}

void ConversationWidget::fitHexDumpToWidth()
{
    const QWidget *viewport = m_ui->hexView->viewport();
    const int margin = 2 * int(m_ui->hexView->document()->documentMargin());
    const int columns = (viewport->width() - margin)
            / qMax(1, m_ui->hexView->fontMetrics().horizontalAdvance(u'0'));
    const int bytesPerLine = hexdump::bytesPerLineFor(columns);
    if (bytesPerLine == m_hexBytesPerLine)
        return;
    m_hexBytesPerLine = bytesPerLine;
    m_hexStale = true;
    if (m_ui->viewTabs->currentWidget() == m_ui->hexTab)
        renderCurrentView();
}

QString ConversationWidget::renderedText()
{
    if (m_textStale)
        renderInto(m_ui->textView, ConversationLayout::Text);
    m_textStale = false;
    return m_ui->textView->toPlainText();
}

QString ConversationWidget::renderedHexDump()
{
    if (m_hexStale)
        renderInto(m_ui->hexView, ConversationLayout::HexDump);
    m_hexStale = false;
    return m_ui->hexView->toPlainText();
}

void ConversationWidget::updateSummary()
{
    const bool any = m_endpointId != 0;
    m_ui->copyButton->setEnabled(any);
    m_ui->saveButton->setEnabled(any);
    if (!any) {
        m_ui->summaryLabel->setText(tr("No connection selected."));
        return;
    }
    const trace::TranscriptStats &stats = m_transcript.stats;
    const QLocale locale;
    QStringList parts;
    parts << tr("→ %1 sent").arg(locale.formattedDataSize(stats.total(Direction::Out)))
          << tr("← %1 received").arg(locale.formattedDataSize(stats.total(Direction::In)));
    const qint64 uncaptured = stats.uncaptured(Direction::Out) + stats.uncaptured(Direction::In);
    if (uncaptured > 0)
        parts << tr("%1 bytes not captured").arg(uncaptured);
    if (stats.closed)
        parts << tr("closed");
    m_ui->summaryLabel->setText(parts.join(u" · "_s));
}

void ConversationWidget::copyAll()
{
    QApplication::clipboard()->setText(renderedText());
}

void ConversationWidget::askAndSave(int what)
{
    const QString name = u"connection-%1"_s.arg(m_endpointId);
    switch (what) {
    case SaveText: {
        const QString path = m_saveFile(this, tr("Save conversation as text"), name + u".txt"_s);
        if (!path.isEmpty())
            saveAsText(path);
        break;
    }
    case SaveSent:
    case SaveReceived: {
        const Direction direction = what == SaveSent ? Direction::Out : Direction::In;
        const QString path = m_saveFile(
                this,
                direction == Direction::Out ? tr("Save sent bytes") : tr("Save received bytes"),
                name + (direction == Direction::Out ? u"-sent.bin"_s : u"-received.bin"_s));
        if (!path.isEmpty())
            saveRawBytes(direction, path);
        break;
    }
    }
}

bool ConversationWidget::saveAsText(const QString &path)
{
    qint64 written = 0;
    QString error;
    const bool ok = session::writeRegularFile(
            path,
            [&](const session::WriteFunction &write) {
                // Streamed piece by piece: the whole conversation never exists as one string.
                const ConversationRenderer renderer(m_transcript, m_timesNs);
                renderer.render({ConversationLayout::Text, encoding(), -1, -1, m_uncapturedReason},
                                [&](const ConversationPiece &piece) {
                                    const QByteArray bytes = piece.text.toUtf8();
                                    if (write(bytes))
                                        written += bytes.size();
                                });
            },
            &error);
    if (!ok) {
        Q_EMIT saveFailed(path, error);
        return false;
    }
    Q_EMIT saved(path, written);
    return true;
}

bool ConversationWidget::saveRawBytes(Direction direction, const QString &path)
{
    const QByteArray &bytes = m_transcript.captured(direction);
    QString error;
    if (!session::writeRegularFile(
                path, [&bytes](const session::WriteFunction &write) { write(bytes); }, &error)) {
        Q_EMIT saveFailed(path, error);
        return false;
    }
    Q_EMIT saved(path, bytes.size());
    return true;
}

} // namespace gui
