# SPDX-License-Identifier: GPL-3.0-or-later
# A build for finding memory errors and undefined behaviour (UPLAN_SANITIZE) and for fuzzing
# (UPLAN_FUZZ, clang only), usually both in one folder: scripts/sanitize.sh makes it, runs the
# whole test suite in it, and scripts/fuzz.sh runs the fuzz targets it holds.
option(UPLAN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(UPLAN_FUZZ "Build the fuzz targets for libFuzzer (needs clang)" OFF)

if(UPLAN_SANITIZE)
    # Any undefined behaviour stops the program, so a test that meets one fails.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(UPLAN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "UPLAN_FUZZ needs clang (CXX=clang++), not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    # Coverage for libFuzzer in every library; only the fuzz targets link its main().
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
