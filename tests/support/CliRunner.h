#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// sms-tasks run as a script would run it, as a child process: its exit code and both streams.
struct CliRun
{
    int code = -1; // -1: it did not start, crashed, or was killed when it overran the timeout
    QString out;
    QString err;
};

// The caller's environment plus a private HOME and data dir, the credentials (never the command
// line) and LANG=C.UTF-8. `overrides`: KEY=VALUE (an empty VALUE removes KEY).
inline QProcessEnvironment cliEnvironment(const QString &home, const QByteArray &ak, const QByteArray &sk,
                                          const QString &projectId, const QStringList &overrides = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(ak));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(sk));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), projectId);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &kv : overrides) {
        const QString key = kv.section(u'=', 0, 0);
        const QString value = kv.section(u'=', 1);
        if (value.isEmpty())
            env.remove(key);
        else
            env.insert(key, value);
    }
    return env;
}

// Runs SMS_BIN_DIR/sms-tasks with `args`; with `shellCommand`, a shell runs it with `args` and then
// the words of `shellCommand` (bytes a QStringList cannot carry, e.g. not UTF-8). Standard input gets
// `stdinData` and is closed (it is not a terminal). `whileRunning`, when given, is called every few
// milliseconds until it returns false or the process ends.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {},
                     const QString &shellCommand = {}, int timeoutMs = 30000,
                     const std::function<bool()> &whileRunning = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    const QString program = QStringLiteral(SMS_BIN_DIR "/sms-tasks");
    if (shellCommand.isEmpty())
        p.start(program, args);
    else
        p.start(QStringLiteral("/bin/sh"),
                QStringList { QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" ") + shellCommand, program }
                    + args);
    if (!p.waitForStarted(5000))
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    QDeadlineTimer deadline(timeoutMs);
    bool polling = bool(whileRunning);
    while (polling && !deadline.hasExpired() && !p.waitForFinished(2))
        polling = whileRunning();
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())))) {
        p.kill();
        p.waitForFinished(5000);
        return { -1, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}
