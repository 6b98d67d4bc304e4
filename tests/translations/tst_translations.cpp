#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// NETBENCH_TRANSLATIONS_DIR checks other copies of the files, e.g. an older commit's.
QString translationsDir()
{
    return qEnvironmentVariable("NETBENCH_TRANSLATIONS_DIR", QStringLiteral(TRANSLATIONS_DIR));
}

QStringList tsFiles()
{
    return QDir(translationsDir()).entryList({u"netbench_*.ts"_s}, QDir::Files);
}

// "netbench_zh_CN.ts" -> "zh_CN"
QString languageOf(const QString &fileName)
{
    return fileName.mid(9).chopped(3);
}

// English is the language of the sources: its file holds only the plural forms of the %n
// texts (lupdate -pluralonly), so that English reads "1 connection", not "1 connection(s)".
bool isEnglishPlurals(const QString &fileName)
{
    return languageOf(fileName) == u"en"_s;
}

// Plural forms Qt's numerus rules give the languages we ship; one form for East Asian
// languages, two (singular, plural) for the European ones.
int pluralFormsOf(const QString &language)
{
    static const QStringList singleForm {u"ja"_s, u"zh"_s, u"ko"_s, u"vi"_s, u"th"_s};
    return singleForm.contains(language.section(u'_', 0, 0)) ? 1 : 2;
}

QString describe(const TsMessage &message)
{
    QString source = message.source;
    if (source.size() > 70)
        source = source.left(67) + u"..."_s;
    return message.context + u": \""_s + source.replace(u'\n', u"\\n"_s) + u'"';
}

// %1..%99 and %n, each with Qt's optional L; arg() fills the lowest numbers first, so a
// translation must use the same set or the values land in the wrong places.
QStringList placeholdersIn(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.append(match.captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList htmlTagsIn(const QString &text)
{
    static const QRegularExpression tag(
            u"</?(a|b|i|p|br|code|em|strong|tt|pre|kbd|h[1-6]|ul|ol|li|span|div|table|tr|td)\\b[^>]*>"_s,
            QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const QRegularExpressionMatch &match : tag.globalMatch(text))
        found.append(match.captured(0).toLower().remove(u' '));
    found.sort();
    return found;
}

// An accelerator: one '&' before a character, not "&&" (a literal ampersand) nor an entity.
qsizetype acceleratorsIn(const QString &text)
{
    static const QRegularExpression accelerator(u"&(?![&\\s])(?![a-zA-Z]+;)"_s);
    QString withoutLiterals = text;
    withoutLiterals.remove(u"&&"_s);
    qsizetype count = 0;
    for (const QRegularExpressionMatch &match : accelerator.globalMatch(withoutLiterals)) {
        Q_UNUSED(match);
        ++count;
    }
    return count;
}

QString checkOneTranslation(const TsMessage &message, const QString &translation)
{
    if (placeholdersIn(message.source) != placeholdersIn(translation))
        return u"placeholders %1 became %2"_s.arg(placeholdersIn(message.source).join(u' '),
                                                  placeholdersIn(translation).join(u' '));
    if (htmlTagsIn(message.source) != htmlTagsIn(translation))
        return u"HTML tags differ"_s;
    if (acceleratorsIn(message.source) != acceleratorsIn(translation))
        return u"%1 accelerator(s) in the source, %2 in the translation"_s
                .arg(acceleratorsIn(message.source))
                .arg(acceleratorsIn(translation));
    // Command-line texts end their lines themselves; a lost one runs two lines together.
    if (message.source.endsWith(u'\n') != translation.endsWith(u'\n'))
        return u"the source ends a line and the translation does not, or the reverse"_s;
    return {};
}

struct Output
{
    QString out;
    QString err;
};

// netbench in the language `lang`, and without a display, so that `netbench gui` tells why.
Output runNetbench(const QStringList &arguments, const QString &lang)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s, u"DISPLAY"_s,
                                u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    environment.insert(u"LANG"_s, lang);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NETBENCH_EXECUTABLE), arguments);
    if (!process.waitForFinished(30000))
        return {u"(netbench did not finish)"_s, {}};
    return {QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The translation of the message of context "main" whose source starts with `start`.
const TsMessage *mainMessage(const TsFile &ts, const QString &start)
{
    const auto found = std::find_if(
            ts.messages.cbegin(), ts.messages.cend(), [&start](const TsMessage &message) {
                return message.context == u"main"_s && message.source.startsWith(start);
            });
    return found == ts.messages.cend() ? nullptr : &*found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upToDateWithTheSources_data() { languages(); }
    void upToDateWithTheSources();
    void complete_data() { languages(); }
    void complete();
    void placeholdersKept_data() { languages(); }
    void placeholdersKept();
    void commandLineSpeaksIt_data() { languages(); }
    void commandLineSpeaksIt();
    void ruleMistakesSpeakIt_data() { languages(); }
    void ruleMistakesSpeakIt();
    void listeningLineStaysEnglish_data() { languages(); }
    void listeningLineStaysEnglish();

private:
    void languages();

    QTemporaryDir m_work;
    QString m_project;
};

void TestTranslations::languages()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(languageOf(file))) << file;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_work.isValid());
    QVERIFY2(tsFiles().size() >= 6,
             "translations/ should hold de, en (plural forms), es, fr, ja and zh_CN");
    // The same project file the update_translations target hands to lupdate.
    m_project = m_work.filePath(u"project.json"_s);
    QProcess cmake;
    cmake.start(QStringLiteral(CMAKE_EXECUTABLE),
                {QStringLiteral("-DIN_FILE=" LUPDATE_PROJECT), u"-DOUT_FILE="_s + m_project,
                 u"-P"_s, QStringLiteral(LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0 && QFile::exists(m_project),
             cmake.readAllStandardError().constData());
}

void TestTranslations::upToDateWithTheSources()
{
    QFETCH(QString, file);
    const QString original = translationsDir() + u'/' + file;
    const QString copy = m_work.filePath(file);
    QFile::remove(copy);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    QStringList arguments {u"-silent"_s,    u"-project"_s, m_project, u"-no-obsolete"_s,
                           u"-locations"_s, u"none"_s,     u"-ts"_s,  copy};
    if (isEnglishPlurals(file))
        arguments.append(u"-pluralonly"_s);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QFile before(original);
    QFile after(copy);
    QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
    if (before.readAll() == after.readAll())
        return;

    // Say what changed: texts the sources gained or lost, or only the file's layout.
    QSet<QString> had;
    QSet<QString> has;
    for (const TsMessage &message : TsFile::read(original).messages)
        had.insert(describe(message));
    for (const TsMessage &message : TsFile::read(copy).messages)
        has.insert(describe(message));
    QStringList report;
    for (const QString &text : has - had)
        report.append(u"  new: "_s + text);
    for (const QString &text : had - has)
        report.append(u"  gone: "_s + text);
    report.sort();
    if (report.size() > 20)
        report = report.mid(0, 20) << u"  ..."_s;
    QFAIL(qPrintable(u"%1 is out of date with the sources (%2 new, %3 gone); run lupdate on it "
                     "(translations/README.md):\n"_s.arg(file)
                             .arg((has - had).size())
                             .arg((had - has).size())
                     + report.join(u'\n')));
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    const TsFile ts = TsFile::read(translationsDir() + u'/' + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    const int forms = pluralFormsOf(languageOf(file));
    QStringList unfinished;
    for (const TsMessage &message : ts.messages) {
        const bool empty = message.translations.isEmpty()
                || std::any_of(message.translations.cbegin(), message.translations.cend(),
                               [](const QString &text) { return text.trimmed().isEmpty(); });
        const bool wrongForms = message.numerus && message.translations.size() != forms;
        if (!message.translationType.isEmpty() || empty || wrongForms)
            unfinished.append(describe(message));
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(u"%1: %2 of %3 messages unfinished, empty or without their %4 plural "
                        "form(s), e.g.\n  "_s.arg(file)
                                .arg(unfinished.size())
                                .arg(ts.messages.size())
                                .arg(forms)
                        + unfinished.mid(0, 10).join(u"\n  "_s)));
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, file);
    const TsFile ts = TsFile::read(translationsDir() + u'/' + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue; // complete() reports it
            const QString problem = checkOneTranslation(message, translation);
            if (!problem.isEmpty())
                problems.append(describe(message) + u": "_s + problem);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1:\n  "_s.arg(file) + problems.join(u"\n  "_s)));
}

// The program loads the translation in every mode: its usage text, and what the window says
// without a display, come out as the .ts file says, and a command's own --help is no longer
// the English one.
void TestTranslations::commandLineSpeaksIt()
{
    QFETCH(QString, file);
    if (isEnglishPlurals(file))
        QSKIP("English is the sources' own language");
    const QString lang = languageOf(file) + u".UTF-8"_s;
    const TsFile ts = TsFile::read(translationsDir() + u'/' + file);
    const TsMessage *usage = mainMessage(ts, u"Usage: netbench COMMAND"_s);
    QVERIFY2(usage, "the usage text is not in the file");
    QVERIFY2(usage->translationType.isEmpty(), "the usage text is not translated yet");
    QCOMPARE(runNetbench({u"--help"_s}, lang).out, usage->translations.constFirst() + u'\n');

    const TsMessage *noDisplay = mainMessage(ts, u"netbench: the window needs a display"_s);
    QVERIFY2(noDisplay, "the window's message without a display is not in the file");
    QCOMPARE(runNetbench({u"gui"_s}, lang).err, noDisplay->translations.constFirst());

    QVERIFY(runNetbench({u"listen"_s, u"--help"_s}, lang).out
            != runNetbench({u"listen"_s, u"--help"_s}, u"C"_s).out);
}

// The auto-reply rules' messages (src/session) in the session's language: they were looked up
// under one context while lupdate filed them under the namespace or another class, and stayed
// English in every language.
void TestTranslations::ruleMistakesSpeakIt()
{
    QFETCH(QString, file);
    if (isEnglishPlurals(file))
        QSKIP("English is the sources' own language");
    const TsFile ts = TsFile::read(translationsDir() + u'/' + file);
    const auto translationOf = [&ts](const QString &source) {
        for (const TsMessage &message : ts.messages) {
            if (message.source == source && !message.translations.isEmpty())
                return message.translations.constFirst();
        }
        return QString();
    };
    const QString lang = languageOf(file) + u".UTF-8"_s;
    const std::pair<QStringList, QString> mistakes[] = {
            {{u"listen"_s, u"--frame"_s, u"delim:"_s, u"127.0.0.1:0"_s},
             u"delim: needs at least one byte"_s},
    };
    for (const auto &[arguments, source] : mistakes) {
        const QString translation = translationOf(source);
        QVERIFY2(!translation.isEmpty(), qPrintable(source));
        const QString err = runNetbench(arguments, lang).err;
        QVERIFY2(err.contains(translation), qPrintable(err));
    }
}

// "netbench: listening on ADDRESS" is what scripts wait for to learn the port that port 0
// got (the manual page quotes it), so it reads the same in every language.
void TestTranslations::listeningLineStaysEnglish()
{
    QFETCH(QString, file);
    for (const QString &command : {u"listen"_s, u"relay"_s}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
            environment.remove(name);
        environment.insert(u"LANG"_s, languageOf(file) + u".UTF-8"_s);
        process.setProcessEnvironment(environment);
        QStringList arguments {command, u"127.0.0.1:0"_s};
        if (command == u"relay"_s)
            arguments << u"127.0.0.1:9"_s;
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(NETBENCH_EXECUTABLE), arguments);
        QByteArray err;
        while (!err.contains('\n') && process.waitForReadyRead(10000))
            err += process.readAllStandardError();
        process.kill();
        process.waitForFinished();
        QVERIFY2(err.startsWith("netbench: listening on 127.0.0.1:"), err.constData());
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
