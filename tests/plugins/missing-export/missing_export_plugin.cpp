// A shared library that is not a Trygg plugin at all: no entry points.
#include <boost/config.hpp>

extern "C" BOOST_SYMBOL_EXPORT int some_other_library_function()
{
  return 42;
}
