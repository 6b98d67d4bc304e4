#pragma once

#include <QTranslator>

// The program's texts in the system's language (LANG, LC_ALL, LC_MESSAGES): netbench's own
// translation, built in under :/i18n, and Qt's (standard buttons, file dialogs, the command-line
// parser's help) from the system's Qt translations, and the built-in lessons in the same
// language (lesson::setBuiltinLessonLanguage()). Without a match the texts stay English, with
// English plural forms (netbench_en.qm: "1 connection", not "1 connection(s)").
// Create it right after the application object, in every mode; it uninstalls itself when it
// goes, since QTranslator does.
class Translators
{
public:
    Translators();
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

private:
    QTranslator m_qt;
    QTranslator m_netbench;
};
