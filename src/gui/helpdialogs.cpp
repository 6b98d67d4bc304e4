#include "helpdialogs.h"

#include "actiontext.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// lupdate finds the strings through a class's tr(): the context is gui::HelpDialogs.
struct HelpText
{
    Q_DECLARE_TR_FUNCTIONS(gui::HelpDialogs)
};

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys += sequence.toString(QKeySequence::NativeText);
    return keys.join(u", "_s);
}

void collect(const QMenu *menu, const QString &menuName, QList<ShortcutEntry> *entries,
             QSet<const QAction *> *seen)
{
    for (const QAction *action : menu->actions()) {
        if (const QMenu *sub = action->menu()) {
            collect(sub, menuName, entries, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen->contains(action))
            continue;
        seen->insert(action);
        entries->append({menuName, plainActionText(action->text()), keysOf(action)});
    }
}

QDialog *makeDialog(QWidget *parent, const QString &objectName, const QString &title,
                    QWidget *content)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QMainWindow *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions()) {
        if (const QMenu *menu = top->menu())
            collect(menu, plainActionText(menu->title()), &entries, &seen);
    }
    // Shortcuts that work without a menu entry (a panel's own window-wide keys).
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty()
            || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        seen.insert(action);
        entries.append({QString(), plainActionText(action->text()), keysOf(action)});
    }
    return entries;
}

QDialog *makeQuickStartDialog(QWidget *parent)
{
    auto *text = new QTextBrowser;
    text->setObjectName(u"quickStartText"_s);
    text->setOpenLinks(false);
    text->setHtml(HelpText::tr(
            "<h3>Quick start</h3>"
            "<ol>"
            "<li><b>Endpoint &gt; New Listener…</b> makes a server. Keep <i>localhost</i> and "
            "port 0 (the kernel picks a free port), and choose <i>Echo</i> to have it answer.</li>"
            "<li><b>Endpoint &gt; New Client…</b> connects to it: pick the listener under "
            "<i>Live listeners</i>, or type a host and port, or the path of a Unix socket.</li>"
            "<li>Type in the <b>Composer</b> at the bottom and press <b>Send</b>. Every event and "
            "call appears in the stream in the middle; the bytes of the selected connection in "
            "<b>Conversation</b>; its values and controls (noDelay, keepAlive, timeout, pause) in "
            "the <b>Inspector</b>.</li>"
            "<li>Close it: <b>End</b> sends a FIN, <b>Destroy</b> closes at once, <b>Reset</b> "
            "sends an RST. Select a row of the stream and read <b>Explain</b> for what it "
            "means.</li>"
            "</ol>"
            "<p><b>Lessons:</b> <b>Help &gt; Lessons</b> opens guided lessons that run in this "
            "window and tell you what to notice; <b>File &gt; Open Lesson…</b> adds a lesson "
            "file.</p>"
            "<p><b>Scripts:</b> <b>Script &gt; Run Script…</b> runs a Node.js-style script "
            "(<code>require('net')</code>) here, as <code>netbench run script.js</code> does on "
            "the command line; the <b>Script Console</b> shows its output.</p>"
            "<p><b>Names:</b> a <i>listener</i> is a server (<code>net.Server</code>); a "
            "<i>client socket</i> is one this side opened with <code>connect()</code>; an "
            "<i>accepted socket</i> is one a listener accepted.</p>"
            "<p><b>Help &gt; Keyboard Shortcuts</b> lists every shortcut.</p>"));
    QDialog *dialog = makeDialog(parent, u"quickStartDialog"_s, HelpText::tr("Quick Start"), text);
    dialog->resize(560, 520);
    return dialog;
}

QDialog *makeShortcutsDialog(QMainWindow *window)
{
    const QList<ShortcutEntry> entries = shortcutsOf(window);
    auto *table = new QTableWidget(int(entries.size()), 3);
    table->setObjectName(u"shortcutsTable"_s);
    table->setHorizontalHeaderLabels(
            {HelpText::tr("Keys"), HelpText::tr("Action"), HelpText::tr("Menu")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &entry = entries.at(row);
        table->setItem(row, 0, new QTableWidgetItem(entry.keys));
        table->setItem(row, 1, new QTableWidgetItem(entry.action));
        table->setItem(row, 2, new QTableWidgetItem(entry.menu));
    }
    table->resizeColumnsToContents();
    QDialog *dialog
            = makeDialog(window, u"shortcutsDialog"_s, HelpText::tr("Keyboard Shortcuts"), table);
    dialog->resize(480, 520);
    return dialog;
}

} // namespace gui
