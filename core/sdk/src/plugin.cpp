#include "trygg/sdk/plugin.hpp"

namespace trygg::sdk {

// Out of line so the vtable and type info have one home: this library.
Plugin::~Plugin() = default;

std::vector<Migration> Plugin::migrations() const
{
  return {};
}

std::vector<Deadline> Plugin::deadlines(const CaseSnapshot& /*snapshot*/) const
{
  return {};
}

PluginError::~PluginError() = default;

}  // namespace trygg::sdk
