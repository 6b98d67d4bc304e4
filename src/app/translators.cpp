#include "translators.h"

#include "lesson/builtinlessons.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// netbench_en.qm holds only the plural forms of English (translations/README.md).
constexpr QStringView EnglishPlurals = u"en";

} // namespace

Translators::Translators()
{
    if (m_qt.load(QLocale(), u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_netbench.load(QLocale(), u"netbench"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&m_netbench);
        // The built-in lessons follow the same choice: ":/i18n/netbench_zh_CN.qm" -> "zh_CN".
        const QString baseName = QFileInfo(m_netbench.filePath()).completeBaseName();
        const QString language = baseName.mid(int(qstrlen("netbench_")));
        if (language != EnglishPlurals)
            lesson::setBuiltinLessonLanguage(language);
    } else if (m_netbench.load(u"netbench_%1"_s.arg(EnglishPlurals), u":/i18n"_s)) {
        // English (or C, or a language netbench does not speak): the source texts, with
        // English plural forms for their %n ("1 connection", not "1 connection(s)").
        QCoreApplication::installTranslator(&m_netbench);
    }
}

Translators::~Translators()
{
    lesson::setBuiltinLessonLanguage(QString());
}
