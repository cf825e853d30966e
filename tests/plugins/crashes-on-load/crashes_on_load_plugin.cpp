// Takes the whole process down while it loads, as a plugin with a fatal bug would. Kept out of the
// folder the other tests load: only the crash-marker test loads it, in a child process.
#include "trygg/sdk/plugin_entry.hpp"

#include <cstdlib>

namespace {
class CrashingPlugin final : public trygg::sdk::Plugin {
public:
  CrashingPlugin() { std::abort(); }
};
}  // namespace

TRYGG_PLUGIN(CrashingPlugin)
