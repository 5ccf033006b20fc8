// Sequelize model files for every example project equal checked-in goldens
// (tests/unit/golden/models/<example>/); SF_UPDATE_GOLDEN=1 rewrites them.
#include "core/codegen/jsliteral.h"
#include "core/codegen/modelwriter.h"
#include "core/project/projectfile.h"
#include "support/testenv.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TstModelWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("example");
        for (const char *e : {"school", "library", "blog", "shop"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void examples()
    {
        QFETCH(QString, example);
        const auto loaded = sf::project::ProjectFile::load(
            sf::test::sourcePath(QStringLiteral("resources/examples/%1/%1.schemaforge.json").arg(example))
                .toStdString());
        QVERIFY2(loaded.ok, loaded.error.c_str());
        const auto files = sf::codegen::writeModelFiles(loaded.project.design);
        QCOMPARE(files.back().relativePath, std::string("index.js"));
        const QDir golden(sf::test::sourcePath(QStringLiteral("tests/unit/golden/models/") + example));
        const bool update = qEnvironmentVariable("SF_UPDATE_GOLDEN") == QLatin1String("1");
        if (update)
            QDir().mkpath(golden.path());
        QStringList expectedNames = golden.entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name);
        QStringList names;
        for (const auto &f : files) {
            const QString name = QString::fromStdString(f.relativePath);
            names << name;
            QFile g(golden.filePath(name));
            if (update) {
                QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
                g.write(f.content.data(), static_cast<qint64>(f.content.size()));
                continue;
            }
            QVERIFY2(g.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden %1").arg(g.fileName())));
            QCOMPARE(QString::fromStdString(f.content), QString::fromUtf8(g.readAll()));
        }
        if (!update) {
            names.sort();
            QCOMPARE(names, expectedNames);
        }
    }

    void everyAssociationDeclaresItsKeys()
    {
        const auto loaded = sf::project::ProjectFile::load(
            sf::test::sourcePath(QStringLiteral("resources/examples/school/school.schemaforge.json")).toStdString());
        QVERIFY(loaded.ok);
        for (const auto &f : sf::codegen::writeModelFiles(loaded.project.design)) {
            const QString text = QString::fromStdString(f.content);
            const int assocs =
                int(text.count(QStringLiteral(".belongsTo(")) + text.count(QStringLiteral(".hasMany(")) +
                    text.count(QStringLiteral(".hasOne(")) + text.count(QStringLiteral(".belongsToMany(")));
            QCOMPARE(int(text.count(QStringLiteral("foreignKey: '"))), assocs);
        }
    }

    void jsLiterals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "draft"
                               << "'draft'";
        QTest::newRow("quote") << "Robert'); DROP TABLE x;--"
                               << "'Robert\\'); DROP TABLE x;--'";
        QTest::newRow("backslash") << "a\\b"
                                   << "'a\\\\b'";
        QTest::newRow("newline") << "a\nb"
                                 << "'a\\nb'";
        QTest::newRow("unicode") << QStringLiteral("Stra\u00dfe") << QStringLiteral("'Stra\u00dfe'");
    }

    void jsLiterals()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(sf::codegen::jsString(input.toStdString())), expected);
    }
};

QTEST_GUILESS_MAIN(TstModelWriter)
#include "tst_modelwriter.moc"
