// Refuses to start: its constructor throws, and the host must turn that into a reason.
#include "trygg/sdk/plugin_entry.hpp"

namespace {
class ThrowingPlugin final : public trygg::sdk::Plugin {
public:
  ThrowingPlugin() { throw trygg::sdk::PluginError("konfigurationsfilen saknas"); }
};
}  // namespace

TRYGG_PLUGIN(ThrowingPlugin)
