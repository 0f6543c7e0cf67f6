#include "lintcommand.h"

#include "carddocument.h"
#include "cardfile.h"
#include "cardlinter.h"
#include "cli.h"
#include "tr.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cardigan {

namespace {

enum class Format { Text, Json, Github };

void print(QIODevice &dev, const QString &line)
{
    dev.write(line.toUtf8());
    dev.write("\n");
}

// GitHub's workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
QString githubEscape(QString s, bool property)
{
    s.replace(u'%', QLatin1String("%25"))
        .replace(u'\r', QLatin1String("%0D"))
        .replace(u'\n', QLatin1String("%0A"));
    if (property) {
        s.replace(u':', QLatin1String("%3A")).replace(u',', QLatin1String("%2C"));
    }
    return s;
}

QString githubCommand(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return QStringLiteral("notice");
}

QJsonObject toJson(const QString &file, const Diagnostic &d, const CardDocument &doc)
{
    const CardDocument::Location end = doc.locationOf(d.end);
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("line"), d.line},
                  {QStringLiteral("column"), d.column},
                  {QStringLiteral("endLine"), end.line},
                  {QStringLiteral("endColumn"), end.column},
                  {QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                  {QStringLiteral("code"), d.code},
                  {QStringLiteral("message"), d.message}};
    if (d.fix) {
        o.insert(QStringLiteral("fix"), d.fix->description);
    }
    return o;
}

// The file to lint for a PATH argument: itself, or a folder's README.md.
QString cardPath(const QString &arg)
{
    const QFileInfo info(arg);
    return info.isDir() ? QDir(arg).filePath(QStringLiteral("README.md")) : arg;
}

} // namespace

int LintCommand::run(const QStringList &args, QIODevice &out, QIODevice &err)
{
    Format format = Format::Text;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        QString value;
        if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size()) {
                print(err, Tr::tr("cardigan: --format needs a value: text, json or github"));
                return Cli::UsageOrIo;
            }
            value = args[++i];
        } else if (a.startsWith(QLatin1String("--format="))) {
            value = a.mid(9);
        } else if (a.startsWith(QLatin1String("--"))) {
            print(err, Tr::tr("cardigan: unknown option %1").arg(a));
            print(err, Cli::usage());
            return Cli::UsageOrIo;
        } else {
            paths.append(a);
            continue;
        }
        if (value == QLatin1String("text")) {
            format = Format::Text;
        } else if (value == QLatin1String("json")) {
            format = Format::Json;
        } else if (value == QLatin1String("github")) {
            format = Format::Github;
        } else {
            print(err, Tr::tr("cardigan: unknown format %1 (text, json or github)").arg(value));
            return Cli::UsageOrIo;
        }
    }
    if (paths.isEmpty()) {
        print(err, Cli::usage());
        return Cli::UsageOrIo;
    }
    bool ioError = false;
    bool errors = false;
    QJsonArray json;
    for (const QString &arg : paths) {
        const QString path = cardPath(arg);
        const CardFile::ReadResult r = CardFile::read(path);
        if (!r.ok()) {
            print(err, QStringLiteral("cardigan: ") + r.message); // the message names the file
            ioError = true;
            continue;
        }
        CardDocument doc;
        doc.load(r.text, r.bom);
        for (const Diagnostic &d : CardLinter::lint(doc, QFileInfo(path).absolutePath())) {
            errors = errors || d.severity == Diagnostic::Severity::Error;
            switch (format) {
            case Format::Text:
                print(out, QStringLiteral("%1:%2:%3: %4: %5 [%6]")
                               .arg(path)
                               .arg(d.line)
                               .arg(d.column)
                               .arg(Diagnostic::severityName(d.severity), d.message, d.code));
                break;
            case Format::Json:
                json.append(toJson(path, d, doc));
                break;
            case Format::Github: {
                const CardDocument::Location end = doc.locationOf(d.end);
                print(out, QStringLiteral("::%1 file=%2,line=%3,col=%4,endLine=%5,"
                                          "endColumn=%6,title=%7::%8")
                               .arg(githubCommand(d.severity), githubEscape(path, true))
                               .arg(d.line)
                               .arg(d.column)
                               .arg(end.line)
                               .arg(end.column)
                               .arg(githubEscape(d.code, true), githubEscape(d.message, false)));
                break;
            }
            }
        }
    }
    if (format == Format::Json) {
        out.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    if (ioError) {
        return Cli::UsageOrIo;
    }
    return errors ? Cli::Refused : Cli::Done;
}

} // namespace Cardigan
