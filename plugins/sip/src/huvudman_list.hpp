#pragma once

#include "trygg/sdk/host.hpp"
#include "trygg/sdk/versioned_document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sip {

// A region's huvudmän (schemas/huvudman-list.xsd): the region and its municipalities.
struct HuvudmanList : sdk::VersionedDocument {
  struct Entry {
    std::string name;          // as plans name it: "Region Sörmland", "Flens kommun"
    bool region = false;
    std::string municipality;  // for a municipality: as cases name where the person lives ("Flen")
  };
  std::vector<Entry> huvudmen;
};

// Reads and checks a list; throws sdk::ContentError naming file, line and element.
[[nodiscard]] HuvudmanList read_huvudman_list(const std::filesystem::path& file);

// Every list a plugin ships: who may hold interventions and huvudansvar in a person's SIP.
class Huvudmen {
public:
  Huvudmen() = default;
  explicit Huvudmen(std::vector<HuvudmanList> lists) : lists_(std::move(lists)) {}
  // The lists the host gives the plugin (<data schema="huvudman-list.xsd">).
  [[nodiscard]] static Huvudmen from(const sdk::Host& host);

  [[nodiscard]] bool empty() const { return lists_.empty(); }
  // The huvudmän of a person living in `municipality`: every region listed, and that municipality
  // (every municipality listed when it is not among them).
  [[nodiscard]] std::vector<std::string> for_person(const std::string& municipality) const;
  // The municipality as a huvudman is named ("Flen" -> "Flens kommun"), if listed.
  [[nodiscard]] std::optional<std::string> municipality_named(const std::string& municipality) const;
  // The first region listed, if any.
  [[nodiscard]] std::optional<std::string> region() const;

private:
  std::vector<HuvudmanList> lists_;
};

// Whether `name` is among `huvudmen`, compared as Swedish readers compare names.
[[nodiscard]] bool is_among(const std::vector<std::string>& huvudmen, const std::string& name);

}  // namespace trygg::sip
