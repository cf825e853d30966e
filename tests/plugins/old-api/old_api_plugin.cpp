// Built for plugin API 2, before major.minor: exports only the old version symbol. It must be
// refused with what it was built for, before any of its C++ objects exist.
#include <boost/config.hpp>

extern "C" BOOST_SYMBOL_EXPORT int trygg_plugin_api_version() noexcept
{
  return 2;
}
