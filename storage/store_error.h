#pragma once
#include <stdexcept>
#include <string>

namespace newsgraph {

// Every storage failure surfaces as this, with a message that says what to do.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace newsgraph
