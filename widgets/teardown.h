#pragma once

class QObject;

namespace Cardigan {

/**
 * Cuts every connection from @p owner's descendants to @p owner. Called first in the
 * destructor of a widget whose children signal it: ~QWidget runs after the derived
 * destructor, and it closes the window (a line edit losing the focus reports its edit)
 * and deletes the children (a document's last signals); none of that may reach the part
 * of the widget already destroyed (UndefinedBehaviorSanitizer reports the call).
 */
void disconnectDescendants(QObject *owner);

} // namespace Cardigan
