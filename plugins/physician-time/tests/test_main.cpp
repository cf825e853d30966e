// The physician-time plugin's own test program: doctest's main, alone because it is the slowest to compile.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "empty_run_guard.hpp"

int main(int argc, char** argv)
{
  doctest::Context context(argc, argv);
  return trygg::test::run_guarded(context);
}
