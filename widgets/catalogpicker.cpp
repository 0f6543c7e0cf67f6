#include "catalogpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Cardigan {

CatalogPicker::CatalogPicker(const std::vector<CatalogNames::Entry> &entries, bool allowFreeText,
                             const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_allowFreeText(allowFreeText)
{
    setAccessibleName(accessibleName);
    m_combo->setAccessibleName(accessibleName);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(16);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->lineEdit()->setPlaceholderText(tr("Not set: type to search"));
    m_combo->lineEdit()->setClearButtonEnabled(true);
    m_combo->addItem(QString(), QString());
    for (const CatalogNames::Entry &e : entries) {
        m_combo->addItem(
            e.name.isEmpty() || e.name == e.id ? e.id : tr("%1 — %2").arg(e.id, e.name), e.id);
    }
    // Search ids and names anywhere: "apache" finds apache-2.0, "creative" the cc licenses.
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_message);

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { choose(m_combo->itemData(index).toString()); });
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &CatalogPicker::commitText);
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this] { setMessage(QString()); });
}

void CatalogPicker::setValue(const QString &id)
{
    const QSignalBlocker blocker(m_combo);
    const QSignalBlocker editBlocker(m_combo->lineEdit());
    m_value = id;
    const int index = id.isEmpty() ? 0 : m_combo->findData(id);
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
        m_combo->setEditText(m_combo->itemText(index));
    } else {
        // Not in the catalogue: shown as the card has it.
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(id);
    }
}

void CatalogPicker::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

void CatalogPicker::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString CatalogPicker::message() const
{
    return m_message->text();
}

QString CatalogPicker::idFor(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return QString();
    }
    int index = m_combo->findText(t, Qt::MatchFixedString);
    if (index < 0) {
        index = m_combo->findData(t);
    }
    if (index < 0) {
        // Ids are case-sensitive on the Hub, but "MIT" means "mit".
        index = m_combo->findData(t.toLower());
    }
    return index >= 0 ? m_combo->itemData(index).toString() : QString();
}

void CatalogPicker::commitText()
{
    const QString text = m_combo->currentText().trimmed();
    const QString id = idFor(text);
    if (!id.isEmpty() || text.isEmpty()) {
        choose(id);
    } else if (text == m_value) {
        return; // an unknown value the card already has: nothing was edited
    } else if (m_allowFreeText) {
        choose(text);
    } else {
        setMessage(tr("“%1” is not one of the Hub's ids: pick one from the list.").arg(text));
    }
}

void CatalogPicker::choose(const QString &id)
{
    if (id == m_value) {
        return;
    }
    setMessage(QString());
    emit chosen(id);
}

} // namespace Cardigan
