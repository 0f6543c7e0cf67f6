#include "logging.h"

Q_LOGGING_CATEGORY(lcYaml, "cardigan.yaml", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIo, "cardigan.io", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocument, "cardigan.document", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPreview, "cardigan.preview", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRepo, "cardigan.repo", QtInfoMsg)
