# Cardigan's translations: translations/cardigan_<lang>.ts compiled by lrelease and
# embedded in cardigan_core under :/i18n, so the app, the CLI and the tests find them
# without an install step. Included from core/CMakeLists.txt (cardigan_core's scope).
# `scripts/dev translations` updates the .ts files from the sources (see README.md).
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(CARDIGAN_LANGUAGES de fr en)
set(CARDIGAN_TS_FILES)
foreach(lang ${CARDIGAN_LANGUAGES})
    list(APPEND CARDIGAN_TS_FILES ${PROJECT_SOURCE_DIR}/translations/cardigan_${lang}.ts)
endforeach()
set_source_files_properties(${CARDIGAN_TS_FILES}
    PROPERTIES OUTPUT_LOCATION ${CMAKE_CURRENT_BINARY_DIR}/i18n)
# Qt 6.4's signature: qt_add_lrelease(target TS_FILES ...). No lupdate step here: the
# sources are scanned only when a developer asks (scripts/dev translations).
qt_add_lrelease(cardigan_core
    TS_FILES ${CARDIGAN_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE cardigan_qm_files
    OPTIONS -silent)
qt_add_resources(cardigan_core translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n
    FILES ${cardigan_qm_files})
