// One parser and one error format for every sub-command (see commandline.h).
#include "app/cli/commandline.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace sf::cli {

std::string errorCodeFor(int exitCode)
{
    switch (exitCode) {
    case ExitDatabaseError:
        return "database-error";
    case ExitDrift:
        return "drift";
    case ExitLockTimeout:
        return "lock-timeout";
    default:
        return "user-error";
    }
}

int reportError(const GlobalOptions &global, const CliError &error)
{
    const std::string code = error.code.empty() ? errorCodeFor(error.exitCode) : error.code;
    if (global.json) {
        nlohmann::ordered_json j;
        j["error"] = {{"code", code}, {"message", error.message}, {"hint", error.hint}};
        // replace: a message quoting bad input must still print as valid JSON.
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
    } else {
        std::fprintf(stderr, "error: %s\n", error.message.c_str());
        if (!error.hint.empty())
            std::fprintf(stderr, "hint: %s\n", error.hint.c_str());
    }
    return error.exitCode;
}

int reportError(const GlobalOptions &global, int exitCode, const std::string &message, const std::string &hint)
{
    return reportError(global, CliError{exitCode, {}, message, hint});
}

ParsedArgs::ParsedArgs() = default;
ParsedArgs::~ParsedArgs() = default;
ParsedArgs::ParsedArgs(ParsedArgs &&) noexcept = default;
ParsedArgs &ParsedArgs::operator=(ParsedArgs &&) noexcept = default;

bool ParsedArgs::isSet(const QString &name) const
{
    return m_parser && m_parser->isSet(name);
}
QString ParsedArgs::value(const QString &name) const
{
    return m_parser ? m_parser->value(name) : QString();
}
QStringList ParsedArgs::values(const QString &name) const
{
    return m_parser ? m_parser->values(name) : QStringList();
}
QStringList ParsedArgs::positional() const
{
    return m_parser ? m_parser->positionalArguments() : QStringList();
}

std::string usageText(const CommandSpec &spec)
{
    std::string text = "usage: schemaforge-cli [--project FILE] [--json] " + spec.name;
    if (!spec.synopsis.empty())
        text += " " + spec.synopsis;
    text += "\n";
    if (!spec.description.empty())
        text += "\n" + spec.description + "\n";
    text += "\noptions:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto &o : spec.options) {
        std::string left;
        for (const QString &n : o.names)
            left += (left.empty() ? "" : ", ") + std::string(n.size() == 1 ? "-" : "--") + n.toStdString();
        if (!o.valueName.isEmpty())
            left += " " + o.valueName.toStdString();
        rows.emplace_back(left, o.description.toStdString());
    }
    rows.emplace_back("-h, --help", "show this help");
    size_t width = 0;
    for (const auto &r : rows)
        width = std::max(width, r.first.size());
    for (const auto &r : rows)
        text += "  " + r.first + std::string(width - r.first.size() + 2, ' ') + r.second + "\n";
    return text;
}

int parseCommandLine(const GlobalOptions &global, const CommandSpec &spec, const QStringList &args, ParsedArgs &out)
{
    out.m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &p = *out.m_parser;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto &o : spec.options)
        p.addOption(QCommandLineOption(o.names, o.description, o.valueName));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help"));
    p.addOption(help);
    const std::string usage = usageText(spec);
    // QCommandLineParser expects the program name first.
    if (!p.parse(QStringList{QStringLiteral("schemaforge-cli")} + args))
        return reportError(global,
                           CliError{ExitUserError, "usage", spec.name + ": " + p.errorText().toStdString(), usage});
    if (p.isSet(help)) {
        std::fputs(usage.c_str(), stdout);
        return ExitHelpShown;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() > spec.maxPositional) {
        const std::string extra = positional.at(spec.maxPositional).toStdString();
        return reportError(
            global, CliError{ExitUserError, "usage", spec.name + ": unexpected argument \"" + extra + "\"", usage});
    }
    return -1;
}

} // namespace sf::cli
