// Needs a function no library provides: loading with RTLD_NOW must fail cleanly.
#include "trygg/sdk/plugin_entry.hpp"

extern "C" int trygg_test_function_that_does_not_exist();

namespace {
class UnresolvedPlugin final : public trygg::sdk::Plugin {
public:
  UnresolvedPlugin() { value_ = trygg_test_function_that_does_not_exist(); }

private:
  int value_ = 0;
};
}  // namespace

TRYGG_PLUGIN(UnresolvedPlugin)
