#include "savedmessageswidget.h"

#include "composerwidget.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using session::LineEnding;
using session::MessageLibrary;
using session::SavedMessage;

namespace gui {

namespace {

constexpr int ScopeRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;
// A message's content in the list and on its button's tooltip is cut here.
constexpr qsizetype PreviewChars = 60;

SavedMessage::Kind kindOf(ComposerWidget::Mode mode)
{
    switch (mode) {
    case ComposerWidget::Mode::Text: return SavedMessage::Kind::Text;
    case ComposerWidget::Mode::Hex: return SavedMessage::Kind::Hex;
    case ComposerWidget::Mode::Base64: return SavedMessage::Kind::Base64;
    case ComposerWidget::Mode::File: break;
    }
    return SavedMessage::Kind::File;
}

QString preview(const SavedMessage &message)
{
    const QString oneLine = message.content.simplified();
    return oneLine.size() > PreviewChars ? oneLine.left(PreviewChars) + u'…' : oneLine;
}

} // namespace

SavedMessagesWidget::SavedMessagesWidget(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_quickBar(new QToolBar(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_add(new QPushButton(tr("Add from Composer"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    m_tree->setObjectName(u"savedMessageTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Content")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(false);
    m_quickBar->setObjectName(u"quickSendBar"_s);
    m_quickBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const std::pair<QPushButton *, QString> buttons[] = {
            {m_send, u"sendSavedMessage"_s},      {m_add, u"addSavedMessage"_s},
            {m_edit, u"editSavedMessage"_s},      {m_delete, u"deleteSavedMessage"_s},
            {m_import, u"importSavedMessages"_s}, {m_export, u"exportSavedMessages"_s},
    };
    auto *buttonRow = new QHBoxLayout;
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quickBar);
    layout->addWidget(m_tree);
    layout->addLayout(buttonRow);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (const auto [scope, index] = current(); index >= 0)
            sendMessage(scope, index);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SavedMessagesWidget::updateButtons);
    const auto onCurrent = [this](void (SavedMessagesWidget::*action)(Scope, qsizetype)) {
        return [this, action] {
            if (const auto [scope, index] = current(); index >= 0)
                (this->*action)(scope, index);
        };
    };
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (const auto [scope, index] = current(); index >= 0)
            sendMessage(scope, index);
    });
    connect(m_edit, &QPushButton::clicked, this, onCurrent(&SavedMessagesWidget::editMessage));
    connect(m_delete, &QPushButton::clicked, this, onCurrent(&SavedMessagesWidget::deleteMessage));
    connect(m_add, &QPushButton::clicked, this, [this] { addFromComposer(current().first); });
    connect(m_import, &QPushButton::clicked, this, [this] { importInto(current().first); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportFrom(current().first); });
    rebuild();
}

SavedMessagesWidget::~SavedMessagesWidget() = default;

void SavedMessagesWidget::setGlobalPath(const QString &path)
{
    m_globalPath = path;
    m_global = {};
    QString error;
    if (!path.isEmpty() && QFileInfo::exists(path)
        && !MessageLibrary::load(path, &m_global, &error))
        m_prompts.warn(this, tr("Saved messages"), error);
    else if (const int unreadable = int(m_global.unreadableCount()); unreadable > 0)
        m_prompts.warn(this, tr("Saved messages"),
                       tr("%1: %n entry(s) without a name, a known kind or a content could not "
                          "be read. They stay in the file as they are.",
                          nullptr, unreadable)
                               .arg(QDir::toNativeSeparators(path)));
    rebuild();
}

void SavedMessagesWidget::setWorkspaceMessages(const MessageLibrary &library)
{
    m_workspace = library;
    rebuild();
}

const MessageLibrary &SavedMessagesWidget::library(Scope scope) const
{
    return scope == Scope::Workspace ? m_workspace : m_global;
}

MessageLibrary &SavedMessagesWidget::mutableLibrary(Scope scope)
{
    return scope == Scope::Workspace ? m_workspace : m_global;
}

void SavedMessagesWidget::setTarget(quint64 id, bool writable)
{
    m_target = id;
    m_writable = id != 0 && writable;
    updateButtons();
}

bool SavedMessagesWidget::sendMessage(Scope scope, qsizetype index)
{
    if (!m_writable || index < 0 || index >= library(scope).size())
        return false;
    const SavedMessage &message = library(scope).at(index);
    if (message.kind == SavedMessage::Kind::File) {
        Q_EMIT fileSendRequested(m_target, message.content, false);
        return true;
    }
    const session::PayloadResult payload = message.payload();
    if (!payload.isValid()) {
        m_prompts.warn(this, tr("Send saved message"),
                       tr("\"%1\" cannot be sent: %2 (line %3, column %4)")
                               .arg(message.name, payload.error)
                               .arg(payload.line)
                               .arg(payload.column));
        return false;
    }
    Q_EMIT sendRequested(m_target, payload.bytes);
    return true;
}

void SavedMessagesWidget::addFromComposer(Scope scope)
{
    SavedMessage message;
    if (m_composer) {
        message.kind = kindOf(m_composer->mode());
        message.content = message.kind == SavedMessage::Kind::File ? m_composer->filePath()
                                                                   : m_composer->payloadText();
        if (message.kind == SavedMessage::Kind::Text)
            message.lineEnding = m_composer->lineEnding();
    }
    message.name = message.kind == SavedMessage::Kind::File ? QFileInfo(message.content).fileName()
                                                            : message.content.simplified().left(24);
    message.name = library(scope).uniqueName(message.name);
    if (!runEditDialog(tr("Save message"), &message))
        return;
    mutableLibrary(scope).add(message);
    changed(scope);
}

void SavedMessagesWidget::editMessage(Scope scope, qsizetype index)
{
    SavedMessage message = library(scope).at(index);
    if (!runEditDialog(tr("Edit saved message"), &message))
        return;
    mutableLibrary(scope).replace(index, message);
    changed(scope);
}

void SavedMessagesWidget::deleteMessage(Scope scope, qsizetype index)
{
    mutableLibrary(scope).remove(index);
    changed(scope);
}

void SavedMessagesWidget::importInto(Scope scope)
{
    const QString path = m_prompts.openFileName(this, tr("Import saved messages"),
                                                tr("Saved messages (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    qsizetype unreadable = 0;
    if (mutableLibrary(scope).importFile(path, &error, &unreadable) < 0) {
        m_prompts.warn(this, tr("Import saved messages"), error);
        return;
    }
    changed(scope);
    if (unreadable > 0)
        m_prompts.warn(this, tr("Import saved messages"),
                       tr("%1: %n entry(s) without a name, a known kind or a content could not "
                          "be read and were not imported.",
                          nullptr, int(unreadable))
                               .arg(QDir::toNativeSeparators(path)));
}

void SavedMessagesWidget::exportFrom(Scope scope)
{
    const QString path = m_prompts.saveFileName(this, tr("Export saved messages"),
                                                tr("Saved messages (*.json)"), u"messages.json"_s);
    if (path.isEmpty())
        return;
    QString error;
    if (!library(scope).save(path, &error))
        m_prompts.warn(this, tr("Export saved messages"), error);
}

bool SavedMessagesWidget::runEditDialog(const QString &title, SavedMessage *message)
{
    QDialog dialog(this);
    dialog.setObjectName(u"savedMessageDialog"_s);
    dialog.setWindowTitle(title);
    auto *name = new QLineEdit(message->name, &dialog);
    name->setObjectName(u"messageName"_s);
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(u"messageKind"_s);
    kind->addItem(tr("Text (escapes \\r \\n \\t \\0 \\\\ \\xNN)"), int(SavedMessage::Kind::Text));
    kind->addItem(tr("Hex"), int(SavedMessage::Kind::Hex));
    kind->addItem(tr("Base64"), int(SavedMessage::Kind::Base64));
    kind->addItem(tr("File (its path)"), int(SavedMessage::Kind::File));
    kind->setCurrentIndex(kind->findData(int(message->kind)));
    auto *content = new QPlainTextEdit(message->content, &dialog);
    content->setObjectName(u"messageContent"_s);
    auto *ending = new QComboBox(&dialog);
    ending->setObjectName(u"messageLineEnding"_s);
    ending->addItem(tr("No line ending"), int(LineEnding::None));
    ending->addItem(tr("LF"), int(LineEnding::Lf));
    ending->addItem(tr("CR LF"), int(LineEnding::CrLf));
    ending->addItem(tr("CR"), int(LineEnding::Cr));
    ending->setCurrentIndex(ending->findData(int(message->lineEnding)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Content:"), content);
    form->addRow(tr("Line ending:"), ending);
    form->addRow(buttons);
    if (!m_prompts.execDialog(&dialog))
        return false;
    message->name = name->text();
    message->kind = SavedMessage::Kind(kind->currentData().toInt());
    message->content = content->toPlainText();
    message->lineEnding = message->kind == SavedMessage::Kind::Text
            ? LineEnding(ending->currentData().toInt())
            : LineEnding::None;
    return true;
}

void SavedMessagesWidget::changed(Scope scope)
{
    rebuild();
    if (scope == Scope::Workspace) {
        Q_EMIT workspaceMessagesChanged();
        return;
    }
    if (m_globalPath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_globalPath).absolutePath());
    if (QString error; !m_global.save(m_globalPath, &error))
        m_prompts.warn(this, tr("Saved messages"), error);
}

void SavedMessagesWidget::rebuild()
{
    const auto [currentScope, currentIndex] = current();
    m_tree->clear();
    // clear() only removes the actions; the toolbar still owns them.
    qDeleteAll(m_quickBar->actions());
    for (const Scope scope : {Scope::Workspace, Scope::Global}) {
        auto *heading = new QTreeWidgetItem(
                m_tree, {scope == Scope::Workspace ? tr("Workspace") : tr("Global")});
        heading->setData(0, ScopeRole, int(scope));
        heading->setData(0, IndexRole, -1);
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        const MessageLibrary &messages = library(scope);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const SavedMessage &message = messages.at(i);
            auto *item = new QTreeWidgetItem(
                    heading,
                    {message.name, session::savedMessageKindName(message.kind), preview(message)});
            item->setData(0, ScopeRole, int(scope));
            item->setData(0, IndexRole, int(i));
            item->setToolTip(2, message.content);
            if (scope == currentScope && i == currentIndex)
                m_tree->setCurrentItem(item);
            QAction *quick = m_quickBar->addAction(message.name);
            quick->setObjectName(
                    u"quickSend_%1_%2"_s.arg(scope == Scope::Workspace ? u"w"_s : u"g"_s).arg(i));
            quick->setToolTip(tr("Send \"%1\": %2").arg(message.name, preview(message)));
            connect(quick, &QAction::triggered, this, [this, scope, i] { sendMessage(scope, i); });
        }
        heading->setExpanded(true);
    }
    m_quickBar->setVisible(!m_workspace.isEmpty() || !m_global.isEmpty());
    updateButtons();
}

std::pair<SavedMessagesWidget::Scope, qsizetype> SavedMessagesWidget::current() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {Scope::Workspace, -1};
    return {Scope(item->data(0, ScopeRole).toInt()), item->data(0, IndexRole).toInt()};
}

void SavedMessagesWidget::updateButtons()
{
    const bool onMessage = current().second >= 0;
    m_send->setEnabled(onMessage && m_writable);
    m_edit->setEnabled(onMessage);
    m_delete->setEnabled(onMessage);
    for (QAction *action : m_quickBar->actions())
        action->setEnabled(m_writable);
    const QString why = m_writable ? QString() : tr("Select a connected socket to send to.");
    m_send->setToolTip(why);
}

} // namespace gui
