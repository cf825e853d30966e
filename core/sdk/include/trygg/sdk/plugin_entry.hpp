#pragma once
// The two entry points of a compiled plugin. Use once per plugin, in one source file:
//
//     TRYGG_PLUGIN(MyPlugin)
//
// trygg_plugin_api_level is plain C and is called before any C++ object exists: the API major.minor
// the plugin was built against. The factory catches everything, so no exception ever crosses from
// the plugin into the host.

#include "trygg/sdk/api_version.hpp"
#include "trygg/sdk/plugin.hpp"

#include <boost/dll/alias.hpp>

#include <exception>
#include <memory>
#include <string>

namespace trygg::sdk {

struct CreateResult {
  std::unique_ptr<Plugin> plugin;
  std::string error;  // empty on success
};

// Makes a plugin object, turning whatever the constructor throws into an error text. `Result` is
// CreateResult here and gui::GuiCreateResult for a plugin's GUI library.
template <class Result = CreateResult, class Make>
Result guarded_create(Make make) noexcept
{
  try {
    return Result{make(), {}};
  } catch (const std::exception& error) {
    return Result{nullptr, error.what()};
  } catch (...) {
    return Result{nullptr, "unknown exception"};
  }
}

using Factory = CreateResult() noexcept;

}  // namespace trygg::sdk

#define TRYGG_PLUGIN(PluginClass)                                                                     \
  extern "C" BOOST_SYMBOL_EXPORT int trygg_plugin_api_level() noexcept                                \
  {                                                                                                   \
    return ::trygg::sdk::api_level(::trygg::sdk::api_major, ::trygg::sdk::api_minor);                 \
  }                                                                                                   \
  namespace trygg_plugin_entry {                                                                      \
  ::trygg::sdk::CreateResult create() noexcept                                                        \
  {                                                                                                   \
    return ::trygg::sdk::guarded_create([] { return std::make_unique<PluginClass>(); });              \
  }                                                                                                   \
  }                                                                                                   \
  BOOST_DLL_ALIAS(trygg_plugin_entry::create, trygg_plugin_create)
