#include "yamlreader.h"

#include "yamlparser.h"

namespace Cardigan {

YamlReadResult YamlReader::read(const QString &text)
{
    return YamlParser(text).parse();
}

} // namespace Cardigan
