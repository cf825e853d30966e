#pragma once

#include "trygg/workspace.hpp"

namespace trygg {

// A small fictional data set (people, cases in each loaded process, ticked items, risks), so that a
// new user sees something real on first start. Names and numbers are made up; the numbers are valid
// in form only. Returns how many cases it made.
int seed_demo_data(Workspace& workspace);

}  // namespace trygg
