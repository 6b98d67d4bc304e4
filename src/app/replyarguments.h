#pragma once

#include <QCommandLineOption>

#include <memory>

class QCommandLineParser;

namespace session {
class ReplyRules;
}

// --reply RULE (repeated), --rules FILE and --frame FRAMING: auto-reply rules for listen and
// connect, in the order given (the file's rules first). The syntax is session::ReplyRule's.
class ReplyArguments final
{
public:
    ReplyArguments();
    // The rules' syntax for --help, laid out for a terminal.
    static QString reference();
    void addTo(QCommandLineParser &parser) const;
    // After parsing: the compiled rules (null when none were given), or what is wrong, naming
    // the rule.
    QString read(const QCommandLineParser &parser,
                 std::shared_ptr<session::ReplyRules> *rules) const;

private:
    QCommandLineOption m_reply;
    QCommandLineOption m_rulesFile;
    QCommandLineOption m_frame;
};
