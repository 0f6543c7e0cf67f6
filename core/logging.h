#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcYaml)
Q_DECLARE_LOGGING_CATEGORY(lcIo)
Q_DECLARE_LOGGING_CATEGORY(lcDocument)
