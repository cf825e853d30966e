#pragma once

#include "trygg/sdk/plugin.hpp"

#include <boost/dll/shared_library.hpp>

#include <memory>

namespace trygg {

// A compiled plugin's library and its object. Members are destroyed in reverse order, so the object
// (whose code lives in the library) always goes first.
class LoadedCode {
public:
  LoadedCode(boost::dll::shared_library library, std::unique_ptr<sdk::Plugin> object)
      : library_(std::move(library)), object_(std::move(object))
  {
  }
  [[nodiscard]] const sdk::Plugin& object() const { return *object_; }

private:
  boost::dll::shared_library library_;
  std::unique_ptr<sdk::Plugin> object_;
};

}  // namespace trygg
