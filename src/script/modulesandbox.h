#pragma once

#include <QByteArray>
#include <QString>

namespace script {

// What require() may read: .js and .json regular files inside the main script's folder tree,
// judged by canonical path (so neither `..` nor a symbolic link leads out of it), and at most
// MaxFileSize bytes. The main script itself is allowed whatever its name. Scripts reach the
// machine through `net` only; this is the one door to its files, and this class is its lock
// (modules.js turns a refusal into ERR_ACCESS_DENIED, but reading is refused here, whatever
// the JS asks).
class ModuleSandbox final
{
public:
    enum class Verdict { File, Directory, Missing, Outside, NotRegular, WrongExtension, TooLarge };

    // A source file larger than this is refused (a sparse or endless file would otherwise
    // be read into memory whole).
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    explicit ModuleSandbox(const QString &mainScriptPath);

    QString root() const { return m_root; }
    // What path is, for require(). realPath gets the canonical path of an allowed file or
    // directory.
    Verdict check(const QString &path, QString *realPath = nullptr) const;
    // The bytes of an allowed file; otherwise the verdict that refused it, and in *size the
    // file's size for TooLarge.
    Verdict read(const QString &path, QByteArray *bytes, qint64 *size) const;

    static QString verdictName(Verdict verdict);

private:
    bool isInside(const QString &absolutePath) const;

    QString m_root;
    QString m_mainScript;
};

} // namespace script
