// Built against a future SDK: exports an API version the host does not speak. Its factory must
// never be called.
#include "trygg/sdk/plugin.hpp"

#include <boost/config.hpp>

extern "C" BOOST_SYMBOL_EXPORT int trygg_plugin_api_version() noexcept
{
  return 999;
}
