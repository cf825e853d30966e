#pragma once

#include <stdexcept>

namespace trygg {

// Anything the database refused, said so a person can act on it (which file, what went wrong).
// When a write fails nothing of it is kept and everything saved before is untouched.
class StorageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

}  // namespace trygg
