#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Qt Linguist .ts file as the tests read it: every message with its context, source text
// and translation (one text per plural form for a %n message).
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", "obsolete", or empty when done
    QStringList translations; // one entry, or one per plural form
};

struct TsFile
{
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path);
};
