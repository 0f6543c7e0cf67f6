#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace Cardigan {

/**
 * A list of short strings (tags, dataset ids, language codes): add through a line edit
 * (a comma-separated paste adds several), remove, reorder by drag or buttons. It only
 * reports the list the user asked for (itemsEdited); the owner writes it to the card and
 * sets what the card then holds with setItems(), which never emits.
 */
class ChipListEditor : public QWidget
{
    Q_OBJECT

public:
    /// Why @p value cannot be added, or an empty string when it can.
    using Validator = std::function<QString(const QString &value)>;
    /// The text to add for what the user typed or picked (a completion "fr — French" -> "fr").
    using Normalizer = std::function<QString(const QString &typed)>;
    /// A name to show beside a value, or an empty string.
    using Labeler = std::function<QString(const QString &value)>;

    explicit ChipListEditor(const QString &accessibleName, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList items() const { return m_items; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void setValidator(Validator validator) { m_validator = std::move(validator); }
    void setNormalizer(Normalizer normalizer) { m_normalizer = std::move(normalizer); }
    void setLabeler(Labeler labeler) { m_labeler = std::move(labeler); }
    void setCompleter(QCompleter *completer);
    void setPlaceholderText(const QString &text);

    /// A problem with what was typed, shown under the input until the next edit.
    void setMessage(const QString &message);
    QString message() const;

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

    /// Adds what the input holds (comma-separated values); as pressing Return does.
    void addFromInput();
    void removeCurrent();
    void moveCurrent(int delta);

signals:
    void itemsEdited(const QStringList &items);

private:
    void fill();
    void updateButtons();
    void takeDroppedOrder();

    QStringList m_items;
    bool m_readOnly = false;
    Validator m_validator;
    Normalizer m_normalizer;
    Labeler m_labeler;
    QListWidget *m_list;
    QLineEdit *m_input;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    QLabel *m_message;
};

} // namespace Cardigan
