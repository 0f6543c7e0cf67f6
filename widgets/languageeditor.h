#pragma once

#include "chiplisteditor.h"

namespace Cardigan {

/**
 * The `language` list: ISO 639-1 / 639-2 / 639-3 codes plus `multilingual` and `code`,
 * searched by name or code, shown with their names. Values the Hub refuses (region forms
 * such as `zh-CN`, capitals, unknown codes) are refused here with the reason and the fix.
 */
class LanguageEditor : public ChipListEditor
{
    Q_OBJECT

public:
    explicit LanguageEditor(QWidget *parent = nullptr);

    /// Why the Hub would refuse @p code as a language, with the fix; empty when it is fine.
    static QString problem(const QString &code);
    /// The code for what was typed or picked: "fr — French" and "French" give "fr".
    static QString normalize(const QString &typed);
};

} // namespace Cardigan
