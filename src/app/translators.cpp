#include "translators.h"

#include "lesson/builtinlessons.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

Translators::Translators()
{
    if (m_qt.load(QLocale(), u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_netbench.load(QLocale(), u"netbench"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&m_netbench);
        // The built-in lessons follow the same choice: ":/i18n/netbench_zh_CN.qm" -> "zh_CN".
        const QString baseName = QFileInfo(m_netbench.filePath()).completeBaseName();
        lesson::setBuiltinLessonLanguage(baseName.mid(int(qstrlen("netbench_"))));
    }
}

Translators::~Translators()
{
    lesson::setBuiltinLessonLanguage(QString());
}
