# Every third-party library kg uses, found once here. Each is wrapped by one
# adapter in the module that uses it (see notes in each module's CMakeLists).

find_package(RocksDB 7.8 CONFIG REQUIRED)                    # RocksDB::rocksdb-shared
find_package(Boost 1.74 CONFIG REQUIRED COMPONENTS graph)   # Boost::graph
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)             # ICU::uc ICU::i18n
find_package(nlohmann_json 3.11 CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell) # PkgConfig::HUNSPELL

# CLD2 ships neither a CMake config nor a .pc file. libcld2_full.so only holds
# the 160-language tables, which interpose libcld2's built-in 83-language ones;
# nothing references it by symbol, so --as-needed would silently drop it.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
find_library(CLD2_FULL_LIBRARY cld2_full REQUIRED)
add_library(kg_cld2 INTERFACE IMPORTED)
target_include_directories(kg_cld2 INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(kg_cld2 INTERFACE
  "-Wl,--push-state,--no-as-needed" ${CLD2_FULL_LIBRARY} "-Wl,--pop-state" ${CLD2_LIBRARY})

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(kg_stemmer UNKNOWN IMPORTED)
set_target_properties(kg_stemmer PROPERTIES IMPORTED_LOCATION ${STEMMER_LIBRARY}
                      INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR})

find_path(MECAB_INCLUDE_DIR mecab.h REQUIRED)
find_library(MECAB_LIBRARY mecab REQUIRED)
add_library(kg_mecab UNKNOWN IMPORTED)
set_target_properties(kg_mecab PROPERTIES IMPORTED_LOCATION ${MECAB_LIBRARY}
                      INTERFACE_INCLUDE_DIRECTORIES ${MECAB_INCLUDE_DIR})

if(KG_BUILD_TESTS)
  find_package(GTest CONFIG REQUIRED)
  include(GoogleTest)
endif()

# Copies a module's data directory into the build tree's share/kg/<dest> on
# every build, so edited lexicons take effect without re-running CMake.
function(kg_add_data target src dest)
  add_custom_target(${target} ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory ${KG_BUILD_DATA_DIR}/${dest}
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${src} ${KG_BUILD_DATA_DIR}/${dest}
    COMMENT "Copying ${dest} data")
endfunction()
