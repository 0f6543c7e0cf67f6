#include "metadataform.h"

#include <QLabel>

// The form's edits: each committed change becomes one CardDocument::set or unset.

namespace Cardigan {

namespace {

YamlPath keyPath(const QString &key)
{
    return YamlPath({{YamlPath::Segment::Kind::Key, key, 0}});
}

YamlPath itemPath(const QString &key, qsizetype index)
{
    return YamlPath({{YamlPath::Segment::Kind::Key, key, 0},
                     {index < 0 ? YamlPath::Segment::Kind::Append : YamlPath::Segment::Kind::Index,
                      QString(), index < 0 ? 0 : index}});
}

} // namespace

void MetadataForm::commitText(const QString &key, const QString &text)
{
    const QString value = text.trimmed();
    const YamlValue meta = m_document->metadata();
    const bool present = meta.isMapping() && meta.find(key);
    if (value.isEmpty()) {
        // An empty field means "no such key": the Hub refuses `license:` with no value.
        if (present) {
            report(key, m_document->unset(keyPath(key)));
        }
        return;
    }
    report(key, m_document->set(keyPath(key), YamlValue::string(value)));
}

void MetadataForm::commitList(const QString &key, const QStringList &items, bool stringWhenOne)
{
    const YamlValue meta = m_document->metadata();
    const YamlValue *found = meta.isMapping() ? meta.find(key) : nullptr;
    if (items.isEmpty()) {
        report(key, found ? m_document->unset(keyPath(key))
                          : CardDocument::EditResult{true, false, QString()});
        return;
    }
    std::vector<YamlValue> values;
    for (const QString &s : items) {
        values.push_back(YamlValue::string(s));
    }
    // The smallest change that gives the list: one item added, removed or replaced
    // touches that item only; anything else (a move) rewrites the value.
    if (found && found->isSequence()) {
        const QStringList old = listOf(*found);
        if (items.size() == old.size() + 1 && items.mid(0, old.size()) == old) {
            report(key, m_document->set(itemPath(key, -1), values.back()));
            return;
        }
        for (qsizetype i = 0; i < old.size() && items.size() + 1 == old.size(); ++i) {
            QStringList without = old;
            without.removeAt(i);
            if (without == items) {
                report(key, m_document->unset(itemPath(key, i)));
                return;
            }
        }
        if (items.size() == old.size()) {
            qsizetype differing = -1;
            int count = 0;
            for (qsizetype i = 0; i < old.size(); ++i) {
                if (old.at(i) != items.at(i)) {
                    differing = i;
                    ++count;
                }
            }
            if (count == 1) {
                report(key, m_document->set(itemPath(key, differing), values[size_t(differing)]));
                return;
            }
        }
    }
    // One value stays a string when the card had a string (or, for base_model, nothing).
    const bool asString =
        items.size() == 1 && ((found && found->isString()) || (!found && stringWhenOne));
    report(key,
           m_document->set(keyPath(key), asString ? values.front() : YamlValue::sequence(values)));
}

void MetadataForm::report(const QString &key, const CardDocument::EditResult &result)
{
    if (result.ok) {
        return;
    }
    // Put the card's value back into the field, then say why it stayed.
    refresh();
    if (Field *f = field(key)) {
        f->note->setText(tr("Not changed: %1").arg(result.message.toHtmlEscaped()));
        f->note->setVisible(true);
    }
}

} // namespace Cardigan
