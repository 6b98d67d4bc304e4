#pragma once

#include "userprompts.h"

#include "session/messagelibrary.h"

#include <QWidget>

class QPushButton;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace gui {

class ComposerWidget;

// The Saved Messages dock: named messages (text with escapes, hex, base64, a file) kept in two
// libraries, the workspace's (saved with the workspace) and a global one (a JSON file of its
// own, saved after every change). A message is sent to the selected endpoint by double-click,
// Send or its quick-send button; it is added from the composer's content, edited, deleted, and
// a library is imported from or exported to a file. Like the composer it never touches the
// network: it emits intents for the window to forward to the engine.
class SavedMessagesWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Workspace, Global };

    explicit SavedMessagesWidget(QWidget *parent = nullptr);
    ~SavedMessagesWidget() override;

    void setPrompts(const UserPrompts &prompts) { m_prompts = prompts; }
    // Where "Add from Composer" takes the message from.
    void setComposer(const ComposerWidget *composer) { m_composer = composer; }

    // The global library's file: read now (a missing file is an empty library) and written
    // after every change. Empty: the global library lives only in memory.
    void setGlobalPath(const QString &path);
    void setWorkspaceMessages(const session::MessageLibrary &library);
    const session::MessageLibrary &library(Scope scope) const;

    // The endpoint messages go to (0: none) and whether it can be written to now.
    void setTarget(quint64 id, bool writable);

    // Sends message `index` of `scope` to the target; false (and a warning for a message
    // that cannot be decoded) when nothing was sent.
    bool sendMessage(Scope scope, qsizetype index);
    // "Add from Composer": the composer's content, named in the edit dialog, into scope.
    void addFromComposer(Scope scope);
    void editMessage(Scope scope, qsizetype index);
    void deleteMessage(Scope scope, qsizetype index);
    void importInto(Scope scope);
    void exportFrom(Scope scope);

Q_SIGNALS:
    void sendRequested(quint64 id, const QByteArray &bytes);
    void fileSendRequested(quint64 id, const QString &path, bool endAfter);
    // The workspace's messages changed: the window saves them with the workspace.
    void workspaceMessagesChanged();

private:
    session::MessageLibrary &mutableLibrary(Scope scope);
    // Runs the edit dialog on message; false when cancelled.
    bool runEditDialog(const QString &title, session::SavedMessage *message);
    void changed(Scope scope);
    void rebuild();
    // The scope and index of the current item; index -1 for a scope's heading or nothing.
    std::pair<Scope, qsizetype> current() const;
    void updateButtons();

    UserPrompts m_prompts = UserPrompts::interactive();
    const ComposerWidget *m_composer = nullptr;
    session::MessageLibrary m_workspace;
    session::MessageLibrary m_global;
    QString m_globalPath;
    quint64 m_target = 0;
    bool m_writable = false;

    QTreeWidget *m_tree;
    QToolBar *m_quickBar;
    QPushButton *m_send;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace gui
