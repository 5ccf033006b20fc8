# Included by tests/CMakeLists.txt (lead wires it): the ProjectFile fuzzer as a ctest, label "fuzz".
# Needs clang++ with libFuzzer; skipped at configure time when clang++ is missing.
find_program(SF_CLANGXX clang++)
if(SF_CLANGXX)
    add_test(NAME fuzz_projectfile COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_fuzz.sh 20)
    set_tests_properties(fuzz_projectfile PROPERTIES LABELS fuzz TIMEOUT 1200
        ENVIRONMENT "CXX_FUZZ=${SF_CLANGXX}")
endif()
