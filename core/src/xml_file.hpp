#pragma once
// XML files read against Trygg's schemas: the SDK's reader, shared by core and plugins.

#include "trygg/sdk/xml_file.hpp"

namespace trygg {

using sdk::is_known_schema;
using sdk::ProblemList;
using sdk::read_text_file;
using sdk::validate_against_schema;
using sdk::XmlFile;

}  // namespace trygg
