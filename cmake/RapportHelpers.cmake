# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and string-safety defines shared by every Rapport target.
function(rapport_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(RAPPORT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
endfunction()
add_compile_definitions(RAPPORT_VERSION="${PROJECT_VERSION}")
