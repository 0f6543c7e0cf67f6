#include "metadataform.h"

#include "listedits.h"

#include <QLabel>

// The form's edits: each committed change becomes one CardDocument::set or unset.

namespace Cardigan {

namespace {

YamlPath keyPath(const QString &key)
{
    return YamlPath({{YamlPath::Segment::Kind::Key, key, 0}});
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
    // The smallest set of splices that gives the list, as one undo step: an added item is
    // one append, a paste several, a reorder one move per item out of place; comments
    // inside the list and the other items' text stay.
    if (found && found->isSequence()) {
        report(key, setSequenceItems(*m_document, keyPath(key), values));
        return;
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
    if (Field *f = field(key)) {
        f->shown = false;
    }
    refresh();
    if (Field *f = field(key)) {
        f->note->setText(tr("Not changed: %1").arg(result.message.toHtmlEscaped()));
        f->note->setVisible(true);
    }
}

} // namespace Cardigan
