# Precompiled Qt headers: most of a clean build's time goes into parsing the same Qt
# headers again for every file. Off by default, because ccache does not cache a compile
# that uses a precompiled header (every rebuild would then compile from scratch); CI
# builds from a clean clone without ccache and turns it on (scripts/dev, CARDIGAN_CI=1).
option(CARDIGAN_PCH "Precompile the Qt headers (faster clean builds; CI turns it on)" OFF)

set(CARDIGAN_PCH_CORE_HEADERS
    <QtCore/QtCore> <QtGui/QTextDocument> <QtGui/QTextCursor> <QtGui/QTextBlock>
    <algorithm> <functional> <memory> <optional> <vector>)
set(CARDIGAN_PCH_WIDGETS_HEADERS ${CARDIGAN_PCH_CORE_HEADERS} <QtWidgets/QtWidgets>)

# cardigan_precompile(TARGET core|widgets|tests-core|tests-widgets [REUSE])
# Gives TARGET the precompiled headers of its kind. The test executables all compile
# with the same flags, so the first of each kind makes the header and the others reuse
# it (REUSE_FROM) rather than each making its own.
function(cardigan_precompile target kind)
    if(NOT CARDIGAN_PCH)
        return()
    endif()
    if(kind STREQUAL "core")
        target_precompile_headers(${target} PRIVATE ${CARDIGAN_PCH_CORE_HEADERS})
    elseif(kind STREQUAL "widgets")
        target_precompile_headers(${target} PRIVATE ${CARDIGAN_PCH_WIDGETS_HEADERS})
    else()
        get_property(first GLOBAL PROPERTY CARDIGAN_PCH_FIRST_${kind})
        if(first)
            target_precompile_headers(${target} REUSE_FROM ${first})
        else()
            set_property(GLOBAL PROPERTY CARDIGAN_PCH_FIRST_${kind} ${target})
            if(kind STREQUAL "tests-widgets")
                target_precompile_headers(${target} PRIVATE ${CARDIGAN_PCH_WIDGETS_HEADERS}
                    <QtTest/QtTest>)
            else()
                target_precompile_headers(${target} PRIVATE ${CARDIGAN_PCH_CORE_HEADERS}
                    <QtTest/QtTest>)
            endif()
        endif()
    endif()
endfunction()
