#pragma once
// What the plugin's commands print: JSON with --json, else text, and actors as people and scripts read them.

#include "staffing_routine.hpp"

#include "trygg/sdk/command_io.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace trygg::holiday {

// Prints JSON with --json, otherwise the text `text` makes.
template <class Text>
void print(sdk::CommandIo& io, const nlohmann::json& data, Text text)
{
  io.out(io.json() ? data.dump(2) + "\n" : text());
}

// ["ward", "home-help"]
inline nlohmann::json actors_json(const std::vector<Actor>& actors)
{
  nlohmann::json list = nlohmann::json::array();
  for (const auto actor : actors) {
    list.push_back(to_string(actor));
  }
  return list;
}

}  // namespace trygg::holiday
