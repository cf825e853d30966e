#pragma once

#include "trygg/sdk/plugin.hpp"

#include <boost/dll/shared_library.hpp>

#include <memory>

namespace trygg {

// A compiled plugin's library and its object. Members are destroyed in reverse order, so the object
// (whose code lives in the library) always goes first.
class LoadedCode {
public:
  LoadedCode(boost::dll::shared_library library, std::unique_ptr<sdk::Plugin> object, int api_level)
      : library_(std::move(library)), object_(std::move(object)), api_level_(api_level)
  {
  }
  [[nodiscard]] const sdk::Plugin& object() const { return *object_; }
  // What the library was built for (sdk::api_level): the host asks only what that minor has.
  [[nodiscard]] int api_level() const { return api_level_; }

private:
  boost::dll::shared_library library_;
  std::unique_ptr<sdk::Plugin> object_;
  int api_level_ = 0;
};

}  // namespace trygg
