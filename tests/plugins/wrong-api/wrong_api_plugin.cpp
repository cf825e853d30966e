// Built against a future SDK (a new major): exports an API level the host does not speak. Its factory
// must never be called.
#include "trygg/sdk/api_version.hpp"

#include <boost/config.hpp>

extern "C" BOOST_SYMBOL_EXPORT int trygg_plugin_api_level() noexcept
{
  return trygg::sdk::api_level(4, 0);
}
