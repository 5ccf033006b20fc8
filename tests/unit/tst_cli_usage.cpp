// schemaforge-cli's one parser and one error format: every command listed by --help answers
// `COMMAND --help` with its usage, rejects an unknown option with that usage (exit 1), and under --json
// reports every error as {"error": {"code", "message", "hint"}} with the documented exit code.
#include "support/process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using sf::test::runCli;

namespace {

// The command names that `schemaforge-cli --help` lists ("  name   summary").
QStringList listedCommands()
{
    const auto r = runCli({QStringLiteral("--help")});
    QStringList names;
    static const QRegularExpression row(QStringLiteral("^  ([a-z][a-z-]*)\\s{2,}\\S"));
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        const auto m = row.match(line);
        if (m.hasMatch())
            names << m.captured(1);
    }
    return names;
}

QJsonObject errorObject(const sf::test::ProcessResult &r)
{
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object().value(QStringLiteral("error")).toObject();
}

} // namespace

class TstCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void listsTheCommands()
    {
        const QStringList names = listedCommands();
        for (const char *c : {"validate", "generate", "preview", "export-sql", "export-models", "status", "migrate",
                              "undo", "drift", "import"})
            QVERIFY2(names.contains(QLatin1String(c)), qPrintable(names.join(QLatin1Char(' '))));
    }

    void helpPerCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &c : listedCommands())
            QTest::newRow(qPrintable(c)) << c;
    }
    void helpPerCommand()
    {
        QFETCH(QString, command);
        const auto r = runCli({command, QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith(QStringLiteral("usage: schemaforge-cli [--project FILE] [--json] ") + command),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("-h, --help")), qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    }

    void unknownOptionShowsUsage_data() { helpPerCommand_data(); }
    void unknownOptionShowsUsage()
    {
        QFETCH(QString, command);
        QTemporaryDir dir; // no project here: the option must be refused before anything is read
        sf::test::ProcessOptions po;
        po.workingDirectory = dir.path();
        auto r = runCli({command, QStringLiteral("--no-such-option")}, po);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("error: ") + command + QStringLiteral(": Unknown option 'no-such-option'")),
            qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("hint: usage: schemaforge-cli [--project FILE] [--json] ") + command),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));

        r = runCli({QStringLiteral("--json"), command, QStringLiteral("--no-such-option")}, po);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject e = errorObject(r);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("no-such-option")),
                 qPrintable(r.out));
        QVERIFY2(e.value(QStringLiteral("hint")).toString().contains(QStringLiteral("usage:")), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    }

    void errorsUnderJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1 << "usage"
                                         << "frobnicate";
        QTest::newRow("no project") << QStringList{QStringLiteral("validate")} << 1 << "project"
                                    << "no project given";
        QTest::newRow("missing project file")
            << QStringList{QStringLiteral("--project"), QStringLiteral("nope.schemaforge.json"),
                           QStringLiteral("generate")}
            << 1 << "project"
            << "nope.schemaforge.json";
        QTest::newRow("value missing") << QStringList{QStringLiteral("preview"), QStringLiteral("--dialect")} << 1
                                       << "usage"
                                       << "dialect";
        QTest::newRow("too many arguments")
            << QStringList{QStringLiteral("export-models"), QStringLiteral("a"), QStringLiteral("b")} << 1 << "usage"
            << "unexpected argument \"b\"";
        QTest::newRow("import without url") << QStringList{QStringLiteral("import")} << 1 << "usage"
                                            << "--url";
        QTest::newRow("bad lock timeout")
            << QStringList{QStringLiteral("status"), QStringLiteral("--lock-timeout"), QStringLiteral("soon")} << 1
            << "usage"
            << "milliseconds";
    }
    void errorsUnderJson()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        sf::test::ProcessOptions po;
        po.workingDirectory = dir.path();
        const auto r = runCli(QStringList{QStringLiteral("--json")} + args, po);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject e = errorObject(r);
        QVERIFY2(e.keys() == (QStringList{QStringLiteral("code"), QStringLiteral("hint"), QStringLiteral("message")}),
                 qPrintable(r.describe()));
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(messagePart), qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TstCliUsage)
#include "tst_cli_usage.moc"
