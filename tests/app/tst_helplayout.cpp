// Help laid out for the terminal in every language: a Chinese or Japanese character takes two
// columns, so counting characters made lines half again as wide as the terminal.

#include "netbenchprocess.h"
#include "terminaltext.h"

#include <QTest>

#include <clocale>

using namespace Qt::StringLiterals;
using terminaltext::columnsOf;
using terminaltext::withoutSpaces;

namespace {

constexpr int ExitTimeoutMs = 30000;

QString helpOf(const QString &command, const QString &language, int columns)
{
    NetbenchProcess netbench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANGUAGE"_s, language);
    environment.insert(u"LANG"_s, language + u".UTF-8"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.insert(u"COLUMNS"_s, QString::number(columns));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // gui --help needs no display
    netbench.process.setProcessEnvironment(environment);
    QStringList arguments {u"--help"_s};
    if (!command.isEmpty())
        arguments.prepend(command);
    if (!netbench.start(arguments) || !netbench.waitForExit(ExitTimeoutMs)
        || netbench.exitCode() != 0)
        return {};
    return QString::fromUtf8(netbench.out);
}

} // namespace

class tst_HelpLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noLineWiderThanTheTerminal_data();
    void noLineWiderThanTheTerminal();
    void narrowTerminalLosesNoText_data();
    void narrowTerminalLosesNoText();
    void usageNamesTheCommandNotTheExecutable_data();
    void usageNamesTheCommandNotTheExecutable();

private:
    void everyHelp();
};

void tst_HelpLayout::initTestCase()
{
    QVERIFY2(std::setlocale(LC_CTYPE, "C.UTF-8"), "wcswidth() needs the C.UTF-8 locale");
}

void tst_HelpLayout::everyHelp()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    for (const QString &language : {u"ja"_s, u"zh_CN"_s, u"de"_s, u"es"_s, u"fr"_s, u"C"_s}) {
        for (const QString &command : {u""_s, u"listen"_s, u"connect"_s, u"relay"_s, u"run"_s,
                                       u"demo"_s, u"lesson"_s, u"gui"_s}) {
            QTest::addRow("%s %s", qPrintable(language),
                          command.isEmpty() ? "netbench" : qPrintable(command))
                    << language << command;
        }
    }
}

void tst_HelpLayout::noLineWiderThanTheTerminal_data()
{
    everyHelp();
}

// At 80 columns every line fits; in a narrower terminal too, but for the examples' command
// lines, which stay whole to be copied.
void tst_HelpLayout::noLineWiderThanTheTerminal()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    for (const int columns : {80, 50}) {
        const QString help = helpOf(command, language, columns);
        QVERIFY2(!help.isEmpty(), "no help");
        QStringList tooWide;
        const QStringList lines = help.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const int width = columnsOf(line);
            QVERIFY2(width >= 0, qPrintable(u"a character without a width in: "_s + line));
            // An example: its command line at two spaces, what it does below at six.
            const bool exampleCommand = line.startsWith(u"  "_s) && !line.startsWith(u"   "_s)
                    && i + 1 < lines.size() && lines.at(i + 1).startsWith(u"      "_s)
                    && !lines.at(i + 1).startsWith(u"       "_s);
            if (width > columns && !(columns < 80 && exampleCommand))
                tooWide.append(u"%1 columns: %2"_s.arg(width).arg(line));
        }
        QVERIFY2(tooWide.isEmpty(),
                 qPrintable(u"%1 lines wider than %2 columns:\n"_s.arg(tooWide.size()).arg(columns)
                            + tooWide.join(u'\n')));
    }
}

void tst_HelpLayout::narrowTerminalLosesNoText_data()
{
    everyHelp();
}

// Wrapping again moves line breaks, never text: the same characters at 40 columns as at 80.
void tst_HelpLayout::narrowTerminalLosesNoText()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    const QString wide = helpOf(command, language, 80);
    QVERIFY(!wide.isEmpty());
    QCOMPARE(withoutSpaces(helpOf(command, language, 40)), withoutSpaces(wide));
}

void tst_HelpLayout::usageNamesTheCommandNotTheExecutable_data()
{
    everyHelp();
}

// Qt's own usage line names the executable's full path: as long as the build or install
// directory, and wider than a narrow terminal wherever that directory is deep.
void tst_HelpLayout::usageNamesTheCommandNotTheExecutable()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    const QString help = helpOf(command, language, 80);
    QVERIFY(!help.isEmpty());
    const QString firstLine = help.left(help.indexOf(u'\n'));
    QVERIFY2(firstLine.contains(u"netbench"_s), qPrintable(firstLine));
    QVERIFY2(!firstLine.contains(u'/'), qPrintable(firstLine));
}

QTEST_GUILESS_MAIN(tst_HelpLayout)
#include "tst_helplayout.moc"
