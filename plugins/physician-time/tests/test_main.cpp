// The physician-time plugin's own test program: doctest's main, alone because it is the slowest to compile.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
