#include "catalognames.h"

#include "tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cardigan {

namespace {

QJsonObject readResource(const QString &name)
{
    QFile file(QStringLiteral(":/catalogs/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The trimmed files hold arrays of [id, name] or [id, name, group]: a third of the size
// of objects, and the names are all we need.
std::vector<CatalogNames::Entry> entries(const QJsonArray &array, QHash<QString, QString> *index)
{
    std::vector<CatalogNames::Entry> out;
    out.reserve(size_t(array.size()));
    for (const QJsonValue &v : array) {
        const QJsonArray row = v.toArray();
        CatalogNames::Entry e{row.at(0).toString(), row.at(1).toString(), row.at(2).toString()};
        if (index && !index->contains(e.id)) {
            index->insert(e.id, e.name);
        }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

CatalogNames::CatalogNames()
{
    licenses = entries(readResource(QStringLiteral("names-licenses.json"))
                           .value(QLatin1String("licenses"))
                           .toArray(),
                       &m_license);
    const QJsonObject languagesJson = readResource(QStringLiteral("names-languages.json"));
    languages = entries(languagesJson.value(QLatin1String("iso_639_1")).toArray(), &m_language);
    for (Entry &e :
         entries(languagesJson.value(QLatin1String("iso_639_3")).toArray(), &m_language)) {
        languages.push_back(std::move(e));
    }
    // Not ISO codes, but values the Hub accepts (huggingface_hub's ModelCardData docs).
    for (const auto &[code, name] :
         {std::pair{QStringLiteral("multilingual"), Tr::tr("Multilingual")},
          std::pair{QStringLiteral("code"), Tr::tr("Code")}}) {
        languages.push_back({code, name, QString()});
        m_language.insert(code, name);
    }
    const QJsonObject pipelinesJson = readResource(QStringLiteral("names-pipelines.json"));
    modalities = entries(pipelinesJson.value(QLatin1String("modalities")).toArray(), nullptr);
    pipelines = entries(pipelinesJson.value(QLatin1String("pipelines")).toArray(), &m_pipeline);
    libraries = entries(readResource(QStringLiteral("names-libraries.json"))
                            .value(QLatin1String("libraries"))
                            .toArray(),
                        &m_library);
}

const CatalogNames &CatalogNames::instance()
{
    static const CatalogNames names;
    return names;
}

} // namespace Cardigan
