#pragma once

#include <string>

namespace trygg::sdk {

// One step of a plugin's own schema, from version-1 to version. The host runs each step once, in
// a transaction of its own, and records the version reached per plugin. Plugin tables are named
// with the plugin's prefix (e.g. "discharge_") so they never collide with core's or another's.
struct Migration {
  int version = 0;
  std::string sql;
};

}  // namespace trygg::sdk
