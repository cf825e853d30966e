#pragma once

#include <filesystem>

namespace trygg::bench {

// A database of `cases` discharge cases with checklists, due times and per-case totals as the
// storage layer would have left them. The first 50 go through the storage layer; the rest are SQL
// copies in one transaction, because 100,000 one-commit-each writes would take minutes. One person for
// every two cases, with varied Swedish names and personnummer 19000000001…, and the search index built.
void make_case_fixture(const std::filesystem::path& file, long cases);

// Removes the database and its WAL files.
void remove_case_fixture(const std::filesystem::path& file);

}  // namespace trygg::bench
