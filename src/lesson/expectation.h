#pragma once

#include "lesson.h"

#include "trace/tracerecord.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace lesson {

// Parses "ROLE NAME [KEY<op>VALUE ...]" (the text after "notice:"); std::nullopt with *error
// set when a name or key is unknown or a field test is malformed.
std::optional<Expectation> parseExpectation(const QString &text, QString *error);

// Every event and call name an expectation may name, and the field keys they carry.
const QStringList &knownNames();
const QStringList &knownKeys();

// The test js/prelude.js makes of each observation (keep the two in step): the role ("*" for
// any), the name, and every field test; a field the observation lacks fails its test.
bool matches(const Expectation &expectation, const QString &role, const QString &name,
             const QJsonObject &fields);

// A trace record as the prelude would have observed it: its name ("end", "write()") and the
// fields an expectation tests, as far as the record carries them. labelOf names an endpoint
// id (a 'connection' names its accepted socket). So a host that sees only the trace (the
// window) finds the records of an expectation with matches(), the same test.
struct Observation
{
    QString name;
    QJsonObject fields;
};
Observation observationOf(const trace::TraceRecord &record,
                          const std::function<QString(quint64)> &labelOf);

} // namespace lesson
