#include "yamlcrosscheck.h"

#include <yaml-cpp/yaml.h>

namespace Cardigan {

bool YamlCrossCheck::parses(const QString &yaml, QString *error)
{
    try {
        const std::vector<YAML::Node> docs = YAML::LoadAll(yaml.toStdString());
        return docs.size() <= 1;
    } catch (const YAML::Exception &e) {
        if (error) {
            *error = QString::fromStdString(e.what());
        }
        return false;
    }
}

} // namespace Cardigan
