#pragma once
// The SDK's atomic write (trygg/sdk/atomic_file.hpp), used by the host as by plugins.

#include "trygg/sdk/atomic_file.hpp"

namespace trygg {

using sdk::write_file_atomically;

}  // namespace trygg
