#pragma once
// Problems in content files: the SDK's types, so plugins report them the same way.

#include "trygg/sdk/content_error.hpp"

namespace trygg {

using sdk::ContentError;
using sdk::ContentProblem;

}  // namespace trygg
