// The one file that holds doctest's main: it is the slowest to compile, so it stays alone.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
