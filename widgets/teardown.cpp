#include "teardown.h"

#include <QObject>

namespace Cardigan {

void disconnectDescendants(QObject *owner)
{
    const QList<QObject *> descendants = owner->findChildren<QObject *>();
    for (QObject *child : descendants) {
        QObject::disconnect(child, nullptr, owner, nullptr);
    }
}

} // namespace Cardigan
