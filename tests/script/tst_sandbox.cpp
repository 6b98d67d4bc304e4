// The sandbox: require() reads only .js and .json regular files inside the main script's
// folder tree, whatever path, link or internal entry point a script tries; nothing else of the
// machine is reachable from JS.

#include "scripttest.h"

#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

namespace {

// What a credentials file outside the script's folder holds: none of it may show in a run's
// output, neither as a value nor inside an error message.
const QByteArray SecretText = "SECRET_TOKEN=\"hunter2-outside\"\n";

// tree/ is the script's folder; outside/ is its sibling, which it must not read.
struct Layout
{
    ScriptDir dir;
    QString tree;
    QString outside;

    Layout()
    {
        dir.write(u"outside/secret.txt"_s, SecretText);
        dir.write(u"outside/secret.js"_s, "module.exports = 'hunter2-outside';\n");
        dir.write(u"outside/secret.json"_s, "\"hunter2-outside\"\n");
        dir.write(u"outside/folder/index.js"_s, "module.exports = 'hunter2-outside';\n");
        dir.write(u"tree/lib/x.js"_s, "module.exports = 'x';\n");
        dir.write(u"tree/dir/index.js"_s, "module.exports = 'dir index';\n");
        dir.write(u"tree/a/b/c.js"_s, "module.exports = require('../sibling');\n");
        dir.write(u"tree/a/sibling.js"_s, "module.exports = 'sibling';\n");
        dir.write(u"tree/data.json"_s, "{ \"answer\": 42 }\n");
        dir.write(u"tree/notes.txt"_s, "NOTES_WORD and more\n");
        dir.write(u"tree/noextension"_s, "module.exports = 'no extension';\n");
        tree = dir.path(u"tree"_s);
        outside = dir.path(u"outside"_s);
        link(outside + u"/secret.js"_s, u"link-file.js"_s);
        link(outside + u"/secret.txt"_s, u"creds.js"_s);
        link(outside + u"/secret.txt"_s, u"creds"_s);
        link(outside + u"/folder"_s, u"link-dir"_s);
        link(u"/dev/zero"_s, u"zero.js"_s);
        link(tree + u"/lib/x.js"_s, u"inner-link.js"_s); // inside to inside: allowed
        QCOMPARE(::mkfifo(QFile::encodeName(tree + u"/pipe.js"_s).constData(), 0600), 0);
        // 1 GiB that takes no disk: a sparse file.
        QFile huge(tree + u"/huge.json"_s);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(1) << 30));
    }

    void link(const QString &target, const QString &name)
    {
        QVERIFY(QFile::link(target, tree + u'/' + name));
    }
};

// Prints "label code" for each attempt: the value when it loaded, the error's code otherwise.
const QByteArray TryEach = "function attempt(label, fn) {\n"
                           "  try { console.log(label, 'LOADED', JSON.stringify(fn())); }\n"
                           "  catch (e) { console.log(label, e.code, e.name); }\n"
                           "}\n";

} // namespace

class tst_Sandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesAreRefused();
    void refusalNamesTheRuleAndTheFolder();
    void hugeFileIsRefusedBeforeReading();
    void allowedRequiresStillWork();
    void engineOffersNoOtherWayOut();
    void descriptorAdoptionFollowsTheRunOption();
};

void tst_Sandbox::escapesAreRefused()
{
    Layout layout;
    const QString outside = layout.outside;
    const QString main = layout.dir.write(
            u"tree/main.js"_s,
            TryEach + "const outside = " + QByteArray("'") + outside.toUtf8()
                    + "';\n"
                      "attempt('absolute', () => require('/etc/hostname'));\n"
                      "attempt('absolute-outside', () => require(outside + '/secret.js'));\n"
                      "attempt('absolute-missing', () => require('/no/such/file.js'));\n"
                      "attempt('dotdot', () => require('../outside/secret.js'));\n"
                      "attempt('dotdot-json', () => require('../outside/secret.json'));\n"
                      "attempt('dotdot-dir', () => require('../outside/folder'));\n"
                      "attempt('extension', () => require('./notes.txt'));\n"
                      "attempt('no-extension', () => require('./noextension'));\n"
                      "attempt('device', () => require('/dev/zero'));\n"
                      "attempt('device-link', () => require('./zero.js'));\n"
                      "attempt('fifo', () => require('./pipe.js'));\n"
                      "attempt('link-file', () => require('./link-file.js'));\n"
                      "attempt('link-file-bare', () => require('./link-file'));\n"
                      "attempt('link-creds', () => require('./creds'));\n"
                      "attempt('link-creds-js', () => require('./creds.js'));\n"
                      "attempt('link-dir', () => require('./link-dir'));\n"
                      "attempt('link-dir-file', () => require('./link-dir/index.js'));\n"
                      "attempt('resolve', () => require.resolve('/etc/hostname'));\n"
                      "attempt('resolve-link', () => require.resolve('./link-file.js'));\n"
                      "attempt('module.require', () => module.require('../outside/secret.js'));\n"
                      "const Module = module.constructor;\n"
                      "attempt('Module._load', () => Module._load(outside + '/secret.js', "
                      "module));\n"
                      "attempt('Module.load', () => { const m = new Module('x', null);"
                      " m.load(outside + '/secret.txt'); return m.exports; });\n"
                      "attempt('Module.load-link', () => { const m = new Module('x', null);"
                      " m.load(__dirname + '/creds.js'); return m.exports; });\n"
                      "attempt('node:fs', () => require('node:fs'));\n"
                      "attempt('fs', () => require('fs'));\n"
                      "attempt('child_process', () => require('child_process'));\n"
                      "attempt('internal', () => require('internal/modules'));\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             u"absolute ERR_ACCESS_DENIED Error\n"
             "absolute-outside ERR_ACCESS_DENIED Error\n"
             "absolute-missing ERR_ACCESS_DENIED Error\n"
             "dotdot ERR_ACCESS_DENIED Error\n"
             "dotdot-json ERR_ACCESS_DENIED Error\n"
             "dotdot-dir ERR_ACCESS_DENIED Error\n"
             "extension ERR_ACCESS_DENIED Error\n"
             "no-extension ERR_ACCESS_DENIED Error\n"
             "device ERR_ACCESS_DENIED Error\n"
             "device-link ERR_ACCESS_DENIED Error\n"
             "fifo ERR_ACCESS_DENIED Error\n"
             "link-file ERR_ACCESS_DENIED Error\n"
             "link-file-bare ERR_ACCESS_DENIED Error\n"
             "link-creds ERR_ACCESS_DENIED Error\n"
             "link-creds-js ERR_ACCESS_DENIED Error\n"
             "link-dir ERR_ACCESS_DENIED Error\n"
             "link-dir-file ERR_ACCESS_DENIED Error\n"
             "resolve ERR_ACCESS_DENIED Error\n"
             "resolve-link ERR_ACCESS_DENIED Error\n"
             "module.require ERR_ACCESS_DENIED Error\n"
             "Module._load ERR_ACCESS_DENIED Error\n"
             "Module.load ERR_ACCESS_DENIED Error\n"
             "Module.load-link ERR_ACCESS_DENIED Error\n"
             "node:fs MODULE_NOT_FOUND Error\n"
             "fs MODULE_NOT_FOUND Error\n"
             "child_process MODULE_NOT_FOUND Error\n"
             "internal MODULE_NOT_FOUND Error\n"_s);
    QVERIFY(!result.out.contains(u"hunter2"_s));
    QVERIFY(!result.out.contains(u"SECRET_TOKEN"_s));
}

void tst_Sandbox::refusalNamesTheRuleAndTheFolder()
{
    Layout layout;
    const QString main = layout.dir.write(
            u"tree/main.js"_s,
            "for (const id of ['../outside/secret.txt', './notes.txt', './pipe.js']) {\n"
            "  try { require(id); } catch (e) {\n"
            "    console.log(e.message);\n"
            "    console.log(e.permission, e.resource === require('path').resolve(__dirname, "
            "id));\n"
            "  }\n"
            "}\n"
            "require('./notes.txt');\n");
    const scripttest::Result result = scripttest::run(main);
    const QString folder = QFileInfo(layout.tree).canonicalFilePath();
    const QString rule = u" (netbench runs scripts in a sandbox: require() reads only .js and "
                         ".json files inside "_s
            + folder + u")"_s;
    QCOMPARE(result.out,
             u"Access to this API has been restricted: require('../outside/secret.txt') is "
             "refused, because it is outside the script's folder"_s
                     + rule
                     + u"\n"
                       "FileSystemRead true\n"
                       "Access to this API has been restricted: require('./notes.txt') is refused, "
                       "because it is not a .js or .json file"_s
                     + rule
                     + u"\n"
                       "FileSystemRead true\n"
                       "Access to this API has been restricted: require('./pipe.js') is refused, "
                       "because it is not a regular file"_s
                     + rule
                     + u"\n"
                       "FileSystemRead true\n"_s);
    // Uncaught, the report names the code; the file's words appear nowhere.
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"code: 'ERR_ACCESS_DENIED'"_s), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"NOTES_WORD"_s));
}

void tst_Sandbox::hugeFileIsRefusedBeforeReading()
{
    Layout layout;
    const QString main = layout.dir.write(u"tree/main.js"_s,
                                          "try { require('./huge.json'); } catch (e) { "
                                          "console.log(e.name, e.code, e.message); }\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
             u"RangeError ERR_FS_FILE_TOO_LARGE File size (1073741824) is greater than 32 MiB, "
             "the most require() reads: '"_s
                     + QFileInfo(layout.tree).canonicalFilePath() + u"/huge.json'\n"_s);
}

void tst_Sandbox::allowedRequiresStillWork()
{
    Layout layout;
    const QString main = layout.dir.write(
            u"tree/main.js"_s,
            TryEach
                    + "attempt('relative', () => require('./lib/x.js'));\n"
                      "attempt('bare-relative', () => require('./lib/x'));\n"
                      "attempt('directory', () => require('./dir'));\n"
                      "attempt('nested-dotdot', () => require('./a/b/c'));\n"
                      "attempt('dotdot-back-in', () => require('../tree/lib/x.js'));\n"
                      "attempt('json', () => require('./data.json'));\n"
                      "attempt('absolute-inside', () => require(__dirname + '/lib/x.js'));\n"
                      "attempt('link-inside', () => require('./inner-link.js'));\n"
                      "attempt('resolve', () => require.resolve('./lib/x') === __dirname + "
                      "'/lib/x.js');\n"
                      "attempt('builtin', () => typeof require('node:net').connect);\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
             u"relative LOADED \"x\"\n"
             "bare-relative LOADED \"x\"\n"
             "directory LOADED \"dir index\"\n"
             "nested-dotdot LOADED \"sibling\"\n"
             "dotdot-back-in LOADED \"x\"\n"
             "json LOADED {\"answer\":42}\n"
             "absolute-inside LOADED \"x\"\n"
             "link-inside LOADED \"x\"\n"
             "resolve LOADED true\n"
             "builtin LOADED \"function\"\n"_s);
    const scripttest::Result node = scripttest::runNode(main);
    if (node.exitCode >= 0)
        QCOMPARE(node.out, result.out);
}

void tst_Sandbox::engineOffersNoOtherWayOut()
{
    // QJSEngine can install Qt's own globals (Qt.include, qsTr, print, gc, XMLHttpRequest) and
    // compiles import(): none of them may be there, and process has no native doors.
    ScriptDir dir;
    const QString main = dir.write(
            u"main.js"_s,
            "const names = ['Qt', 'qsTr', 'QT_TR_NOOP', 'print', 'gc', 'XMLHttpRequest',\n"
            "               'importScripts', 'load', 'readline', 'internalBinding', 'native'];\n"
            "console.log(names.filter((n) => typeof globalThis[n] !== 'undefined').join(','));\n"
            "console.log(['binding', '_linkedBinding', 'dlopen', 'kill', 'chdir', 'umask',\n"
            "             'setuid', 'stdin'].filter((n) => n in process).join(','));\n"
            "for (const source of [\"import('/etc/hostname')\", 'import x from "
            "\"/etc/hostname\"']) {\n"
            "  try { eval(source); console.log('compiled', source); }\n"
            "  catch (e) { console.log(e.name); }\n"
            "}\n"
            "process.env.NETBENCH_SANDBOX_PROBE = 'changed';\n"
            "console.log(process.env.NETBENCH_SANDBOX_PROBE);\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, u"\n\nSyntaxError\nSyntaxError\nundefined\n"_s);
}

// new net.Socket({fd}) and server.listen({fd}) take over a descriptor of the process under
// netbench run (Node's behaviour); with RunOptions::allowDescriptorAdoption off (the window)
// both throw ERR_ACCESS_DENIED and the descriptors stay the process's, open and unread.
void tst_Sandbox::descriptorAdoptionFollowsTheRunOption()
{
    int pair[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    sockaddr_in loopback {};
    loopback.sin_family = AF_INET;
    loopback.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&loopback), sizeof loopback), 0);
    QCOMPARE(::listen(listener, 1), 0);
    QCOMPARE(::write(pair[1], "hi", 2), 2);

    ScriptDir dir;
    const QString main = dir.write(
            u"main.js"_s,
            "const net = require('net');\n"
            "const [socketFd, serverFd] = process.argv.slice(2).map(Number);\n"
            "function attempt(what, take) {\n"
            "  try { take(); console.log(what, 'taken'); }\n"
            "  catch (e) { console.log(what, e.name, e.code, e.resource, e.message); }\n"
            "}\n"
            "let socket, server;\n"
            "attempt('socket', () => { socket = new net.Socket({ fd: socketFd }); });\n"
            "attempt('server', () => { server = net.createServer().listen({ fd: serverFd }); });\n"
            "if (socket) socket.once('data', (d) => { console.log('read', String(d)); "
            "socket.destroy(); });\n"
            "if (server) server.on('listening', () => { console.log('listening'); server.close(); "
            "});\n");
    const QStringList arguments {QString::number(pair[0]), QString::number(listener)};

    script::RunOptions refusing;
    refusing.scriptPath = main;
    refusing.arguments = arguments;
    refusing.allowDescriptorAdoption = false;
    const scripttest::Result refused = scripttest::run(refusing);
    QCOMPARE(refused.err, QString());
    const QString rule = u"is refused, because this run may not take over descriptors of its "
                         "process (netbench runs scripts in a sandbox)"_s;
    QCOMPARE(refused.out,
             u"socket Error ERR_ACCESS_DENIED %1 Access to this API has been restricted: "
             "new net.Socket({fd: %1}) %3\n"
             "server Error ERR_ACCESS_DENIED %2 Access to this API has been restricted: "
             "server.listen({fd: %2}) %3\n"_s.arg(pair[0])
                     .arg(listener)
                     .arg(rule));
    QCOMPARE(refused.exitCode, 0);
    // Still open, and the bytes still unread.
    QVERIFY(::fcntl(pair[0], F_GETFD) != -1);
    QVERIFY(::fcntl(listener, F_GETFD) != -1);
    char buffer[4];
    QCOMPARE(::recv(pair[0], buffer, sizeof buffer, MSG_PEEK | MSG_DONTWAIT), ssize_t(2));

    // By default, as in Node, both are taken over (and closed with the socket and server).
    const scripttest::Result taken = scripttest::run(main, arguments);
    QCOMPARE(taken.err, QString());
    QCOMPARE(taken.exitCode, 0);
    QVERIFY(taken.out.contains(u"socket taken\n"_s));
    QVERIFY(taken.out.contains(u"server taken\n"_s));
    QVERIFY(taken.out.contains(u"read hi\n"_s));
    QVERIFY(taken.out.contains(u"listening\n"_s));
    ::close(pair[1]);
}

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
