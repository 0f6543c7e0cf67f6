#pragma once

#include "yamlvalue.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Cardigan {

/// Edits a conversational example's `messages`: rows of role (user, assistant, system)
/// and content, with add, remove and reorder. OK stays disabled while a role is not one
/// of the three.
class MessagesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MessagesDialog(const YamlValue &messages, QWidget *parent = nullptr);

    /// [{role, content}, ...] as the rows say; rows with neither are dropped.
    YamlValue value() const;
    /// Why the rows cannot be written, or an empty string.
    QString problem() const;
    QTableWidget *table() const { return m_table; }

private:
    void check();

    QTableWidget *m_table;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Cardigan
