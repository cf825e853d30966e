// The one file that holds doctest's main: it is the slowest to compile, so it stays alone.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "empty_run_guard.hpp"

int main(int argc, char** argv)
{
  doctest::Context context(argc, argv);
  return trygg::test::run_guarded(context);
}
