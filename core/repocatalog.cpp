#include "repocatalog.h"

#include "logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cardigan {

namespace {

QJsonObject load(const QString &name)
{
    QFile f(QStringLiteral(":/catalogs/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcRepo) << "missing catalogue" << name;
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

const RepoCatalog &RepoCatalog::instance()
{
    static const RepoCatalog catalog; // thread-safe, loaded on first use
    return catalog;
}

RepoCatalog::RepoCatalog()
{
    const QJsonObject arch = load(QStringLiteral("repo-architectures.json"))
                                 .value(QLatin1String("architectures"))
                                 .toObject();
    m_architectures.reserve(arch.size());
    for (auto it = arch.begin(); it != arch.end(); ++it) {
        m_architectures.insert(it.key(), it.value().toString());
    }
    const QJsonArray libs =
        load(QStringLiteral("repo-libraries.json")).value(QLatin1String("libraries")).toArray();
    for (const QJsonValue &v : libs) {
        m_librariesByLowerId.insert(v.toString().toLower(), v.toString());
    }
    const QJsonArray pipes =
        load(QStringLiteral("repo-pipelines.json")).value(QLatin1String("pipelines")).toArray();
    for (int i = 0; i < pipes.size(); ++i) {
        m_pipelineOrder.insert(pipes[i].toString(), i);
    }
}

QString RepoCatalog::pipelineForArchitecture(const QString &modelClass) const
{
    return m_architectures.value(modelClass);
}

QString RepoCatalog::library(const QString &name) const
{
    return m_librariesByLowerId.value(name.toLower());
}

} // namespace Cardigan
