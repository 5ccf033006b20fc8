// DataType: Sequelize spelling parses, prints back canonically, and bad spellings get precise messages.
#include "core/design/datatype.h"

#include <QtTest>

using sf::design::DataType;
using sf::design::TypeKind;

class TstDataType : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("kind");
        const struct {
            const char *in, *out;
            TypeKind k;
        } rows[] = {
            {"STRING", "STRING", TypeKind::String},
            {"STRING(20)", "STRING(20)", TypeKind::String},
            {" STRING ( 100 ) ", "STRING(100)", TypeKind::String},
            {"STRING.BINARY", "STRING.BINARY", TypeKind::String},
            {"STRING(40).BINARY", "STRING(40).BINARY", TypeKind::String},
            {"CHAR(2)", "CHAR(2)", TypeKind::Char},
            {"TEXT", "TEXT", TypeKind::Text},
            {"TEXT('tiny')", "TEXT('tiny')", TypeKind::Text},
            {"TEXT(\"long\")", "TEXT('long')", TypeKind::Text},
            {"INTEGER", "INTEGER", TypeKind::Integer},
            {"INTEGER.UNSIGNED", "INTEGER.UNSIGNED", TypeKind::Integer},
            {"INTEGER(11)", "INTEGER(11)", TypeKind::Integer},
            {"BIGINT", "BIGINT", TypeKind::BigInt},
            {"SMALLINT", "SMALLINT", TypeKind::SmallInt},
            {"TINYINT", "TINYINT", TypeKind::TinyInt},
            {"MEDIUMINT", "MEDIUMINT", TypeKind::MediumInt},
            {"FLOAT", "FLOAT", TypeKind::Float},
            {"FLOAT(5,2)", "FLOAT(5,2)", TypeKind::Float},
            {"REAL", "REAL", TypeKind::Real},
            {"DOUBLE", "DOUBLE", TypeKind::Double},
            {"DOUBLE(10, 4)", "DOUBLE(10,4)", TypeKind::Double},
            {"DECIMAL", "DECIMAL", TypeKind::Decimal},
            {"DECIMAL(10,2)", "DECIMAL(10,2)", TypeKind::Decimal},
            {"DECIMAL(8)", "DECIMAL(8)", TypeKind::Decimal},
            {"BOOLEAN", "BOOLEAN", TypeKind::Boolean},
            {"DATE", "DATE", TypeKind::Date},
            {"DATE(6)", "DATE(6)", TypeKind::Date},
            {"DATEONLY", "DATEONLY", TypeKind::DateOnly},
            {"TIME", "TIME", TypeKind::Time},
            {"UUID", "UUID", TypeKind::Uuid},
            {"JSON", "JSON", TypeKind::Json},
            {"JSONB", "JSONB", TypeKind::Jsonb},
            {"ENUM('a','b')", "ENUM('a','b')", TypeKind::Enum},
            {"ENUM('a', 'b', 'c d')", "ENUM('a','b','c d')", TypeKind::Enum},
            {"ENUM('it''s')", "ENUM('it\\'s')", TypeKind::Enum},
            {"ENUM('it\\'s')", "ENUM('it\\'s')", TypeKind::Enum},
            {"ENUM", "ENUM", TypeKind::Enum},
            {"BLOB", "BLOB", TypeKind::Blob},
            {"BLOB('medium')", "BLOB('medium')", TypeKind::Blob},
            {"DataTypes.STRING", "STRING", TypeKind::String},
            {"Sequelize.INTEGER", "INTEGER", TypeKind::Integer},
        };
        for (const auto &r : rows)
            QTest::newRow(r.in) << QString::fromUtf8(r.in) << QString::fromUtf8(r.out) << int(r.k);
    }
    void roundTrip()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QFETCH(int, kind);
        std::string err;
        const auto t = DataType::parse(input.toStdString(), &err);
        QVERIFY2(t, err.c_str());
        QCOMPARE(int(t->kind), kind);
        QCOMPARE(QString::fromStdString(t->toString()), canonical);
        const auto again = DataType::parse(t->toString());
        QVERIFY(again);
        QCOMPARE(*again, *t);
    }

    void details()
    {
        auto d = DataType::parse("DECIMAL(10,2)");
        QVERIFY(d);
        QCOMPARE(d->precision.value_or(-1), 10);
        QCOMPARE(d->scale.value_or(-1), 2);
        auto e = DataType::parse("ENUM('draft','published')");
        QCOMPARE(e->enumValues, (std::vector<std::string>{"draft", "published"}));
        auto s = DataType::parse("STRING(20)");
        QCOMPARE(s->length.value_or(-1), 20);
        QVERIFY(DataType::parse("INTEGER.UNSIGNED")->isUnsigned);
        QCOMPARE(DataType::parse("TEXT('medium')")->variant, std::string("medium"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        const struct {
            const char *in, *msg;
        } rows[] = {
            {"STRIN", "\"STRIN\" is not a type; did you mean STRING?"},
            {"string", "\"string\" is not a type; did you mean STRING?"},
            {"INTERGER", "\"INTERGER\" is not a type; did you mean INTEGER?"},
            {"BOOL", "\"BOOL\" is not a type; did you mean BLOB?"},
            {"VARCHAR", "\"VARCHAR\" is not a type; known types: STRING, CHAR, TEXT, INTEGER, BIGINT, SMALLINT, "
                        "TINYINT, MEDIUMINT, FLOAT, REAL, DOUBLE, DECIMAL, BOOLEAN, DATE, DATEONLY, TIME, UUID, JSON, "
                        "JSONB, ENUM, BLOB"},
            {"", "the type is empty; write a Sequelize type such as STRING or INTEGER"},
            {"STRING(abc)", "\"STRING(abc)\": the length must be a non-negative integer"},
            {"STRING(0)", "\"STRING(0)\": STRING length must be at least 1"},
            {"STRING(20", "\"STRING(20\": expected ')'"},
            {"STRING(99999999999)", "\"STRING(99999999999)\": the length 99999999999 is too large"},
            {"DECIMAL(2,5)", "\"DECIMAL(2,5)\": the scale 5 is larger than the precision 2"},
            {"TEXT('huge')", "\"TEXT('huge')\": TEXT size must be 'tiny', 'medium' or 'long'"},
            {"ENUM('a','a')", "\"ENUM('a','a')\": ENUM value \"a\" appears twice"},
            {"ENUM('a", "\"ENUM('a\": unterminated string"},
            {"BOOLEAN(1)", "\"BOOLEAN(1)\": BOOLEAN takes no arguments"},
            {"STRING.UNSIGNED", "\"STRING.UNSIGNED\": \"UNSIGNED\" is not a modifier of STRING (BINARY is)"},
            {"INTEGER.ZEROFILL", "\"INTEGER.ZEROFILL\": \"ZEROFILL\" is not a modifier of INTEGER (UNSIGNED is)"},
            {"STRING; DROP TABLE x", "\"STRING; DROP TABLE x\": unexpected \"; DROP TABLE x\" after the type"},
            {"DATE(7)", "\"DATE(7)\": DATE fractional seconds must be 0 to 6"},
        };
        for (const auto &r : rows)
            QTest::newRow(r.in[0] ? r.in : "(empty)") << QString::fromUtf8(r.in) << QString::fromUtf8(r.msg);
    }
    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        std::string err;
        QVERIFY(!DataType::parse(input.toStdString(), &err));
        QCOMPARE(QString::fromStdString(err), message);
    }

    void predicates()
    {
        QVERIFY(DataType::parse("BIGINT")->isInteger());
        QVERIFY(!DataType::parse("DECIMAL")->isInteger());
        QVERIFY(DataType::parse("DECIMAL")->isNumeric());
        QVERIFY(!DataType::parse("STRING")->isNumeric());
        QVERIFY(DataType::parse("CHAR(3)")->isText());
        QVERIFY(!DataType::parse("UUID")->isText());
        QVERIFY(DataType::parse("DATEONLY")->isDateTime());
    }
};

QTEST_GUILESS_MAIN(TstDataType)
#include "tst_datatype.moc"
