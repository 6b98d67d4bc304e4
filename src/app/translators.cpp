#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

Translators::Translators()
{
    if (m_qt.load(QLocale(), u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_netbench.load(QLocale(), u"netbench"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_netbench);
}
