#pragma once
// Something a plugin tells the people whose work it concerns, above their case list, before they act on
// what is about to change (content of the plugin's that ends soon). (3.8)

#include <string>
#include <vector>

namespace trygg::sdk {

// Frozen once released, as the other small value types: new data comes in a new type.
struct Notice {
  std::string text;                         // a sentence in the UI language
  std::vector<std::string> municipalities;  // whose people it concerns; empty: everyone's
  bool alarm = false;                       // it has happened (red), rather than it is coming (amber)
};

}  // namespace trygg::sdk
