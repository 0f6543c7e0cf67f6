#include "logging.h"

Q_LOGGING_CATEGORY(lcYaml, "cardigan.yaml")
Q_LOGGING_CATEGORY(lcIo, "cardigan.io")
Q_LOGGING_CATEGORY(lcDocument, "cardigan.document")
