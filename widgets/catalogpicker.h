#pragma once

#include "catalognames.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;

namespace Cardigan {

/**
 * A searchable picker of catalogue ids shown with their names (licenses, libraries): an
 * editable combo box whose completer searches ids and names anywhere. Free text is taken
 * when allowed (library_name), refused with a reason otherwise (license). It only reports
 * the user's choice (chosen; an empty id means "unset"); setValue() never emits.
 */
class CatalogPicker : public QWidget
{
    Q_OBJECT

public:
    CatalogPicker(const std::vector<CatalogNames::Entry> &entries, bool allowFreeText,
                  const QString &accessibleName, QWidget *parent = nullptr);

    void setValue(const QString &id);
    QString value() const { return m_value; }
    void setReadOnly(bool readOnly);
    void setMessage(const QString &message);
    QString message() const;

    QComboBox *comboBox() const { return m_combo; }

    /// Takes what the edit field holds, as leaving the field does.
    void commitText();

signals:
    void chosen(const QString &id);

private:
    void choose(const QString &id);
    QString idFor(const QString &text) const;

    QComboBox *m_combo;
    QLabel *m_message;
    bool m_allowFreeText;
    QString m_value;
};

} // namespace Cardigan
