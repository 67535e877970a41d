# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file outside core/storage uses QtSql (QSqlQuery, QSqlDatabase, ...): SQL lives in
# storage. Run by ctest: cmake -DROOT=<source dir> -P NoSqlOutsideStorage.cmake
file(GLOB_RECURSE sources
    ${ROOT}/core/domain/*.h ${ROOT}/core/domain/*.cpp ${ROOT}/core/io/*.h ${ROOT}/core/io/*.cpp
    ${ROOT}/core/services/*.h ${ROOT}/core/services/*.cpp ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp
    ${ROOT}/app/*.h ${ROOT}/app/*.cpp)
set(found "")
foreach(f IN LISTS sources)
    file(STRINGS ${f} hits REGEX "QSql[A-Z][A-Za-z]*")
    if(hits)
        list(APPEND found "${f}")
    endif()
endforeach()
if(found)
    list(JOIN found "\n  " list)
    message(FATAL_ERROR "QtSql outside core/storage:\n  ${list}")
endif()
list(LENGTH sources n)
message(STATUS "no QtSql outside core/storage (${n} files read)")
