#include "catalogs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cardigan {

namespace {

QJsonObject loadJson(const QString &name)
{
    QFile f(QStringLiteral(":/catalogs/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("catalogue %s is not embedded", qPrintable(name)); // a build error, not input
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a) {
        out.append(v.isObject() ? v.toObject().value(QLatin1String("id")).toString()
                                : v.toString());
    }
    return out;
}

QSet<QString> toSet(const QStringList &l)
{
    return QSet<QString>(l.begin(), l.end());
}

} // namespace

const Catalogs &Catalogs::instance()
{
    static const Catalogs catalogs;
    return catalogs;
}

Catalogs::Catalogs()
{
    licenses = strings(
        loadJson(QStringLiteral("licenses.json")).value(QLatin1String("licenses")).toArray());
    licenseSet = toSet(licenses);
    const QJsonObject lang = loadJson(QStringLiteral("languages.json"));
    for (const QJsonValue &v : lang.value(QLatin1String("iso_639_1")).toArray()) {
        const QString code = v.toObject().value(QLatin1String("code")).toString();
        iso6391.insert(code);
        // "Greek, Modern" and "Chichewa, Chewa, Nyanja": each name a key.
        for (const QString &name :
             v.toObject().value(QLatin1String("name")).toString().split(QLatin1Char(','))) {
            languageByName.insert(name.trimmed().toLower(), code);
        }
    }
    languages = iso6391 + toSet(strings(lang.value(QLatin1String("iso_639_3")).toArray()));
    // ISO 639-2/B (bibliographic) codes are valid 639-2 but absent from 639-3, which uses
    // the terminology forms (fre/fra, ger/deu, ...).
    for (const char *b : {"alb", "arm", "baq", "bur", "chi", "cze", "dut", "fre", "geo", "ger",
                          "gre", "ice", "mac", "mao", "may", "per", "rum", "slo", "tib", "wel"}) {
        languages.insert(QLatin1String(b));
    }
    pipelines = toSet(strings(
        loadJson(QStringLiteral("pipelines.json")).value(QLatin1String("pipelines")).toArray()));
    const QJsonObject tasks =
        loadJson(QStringLiteral("widget-inputs.json")).value(QLatin1String("tasks")).toObject();
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        widgetTasks.insert(it.key(), {strings(t.value(QLatin1String("inputs")).toArray()),
                                      t.value(QLatin1String("output")).toString()});
    }
    libraries = toSet(strings(loadJson(QStringLiteral("model-libraries.json"))
                                  .value(QLatin1String("libraries"))
                                  .toArray()));
}

} // namespace Cardigan
