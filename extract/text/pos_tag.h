// A Penn Treebank tag stored inline in the token. Every stage compares tags with literals
// ("NNP", "VBD") several times per token; a std::string comparison with a literal calls memcmp
// and strlen even when the lengths differ, and that alone was a fifth of extraction time. Here a
// comparison with a literal is one or two fixed-size loads.
#pragma once
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace newsgraph {

class PosTag {
 public:
  static constexpr size_t kCapacity = 7;  // longest Penn tag: "-NONE-" (6), "-LRB-", "PRP$"

  PosTag() = default;
  PosTag(std::string_view s) { assign(s); }  // NOLINT: a tag is written as its text
  PosTag(const char* s) { assign(s); }        // NOLINT
  PosTag(const std::string& s) { assign(s); } // NOLINT
  PosTag& operator=(std::string_view s) {
    assign(s);
    return *this;
  }

  // Exact comparison with a literal; the literal's terminating NUL must match the padding.
  template <size_t N>
  bool operator==(const char (&lit)[N]) const {
    static_assert(N <= kCapacity + 1, "longer than any Penn tag");
    return std::memcmp(buf_, lit, N) == 0;
  }
  bool operator==(const PosTag& o) const { return std::memcmp(buf_, o.buf_, sizeof buf_) == 0; }
  bool operator==(std::string_view o) const { return view() == o; }
  bool operator==(const std::string& o) const { return view() == std::string_view(o); }

  std::string_view view() const { return std::string_view(buf_, len_); }
  operator std::string_view() const { return view(); }  // NOLINT: read wherever text is
  std::string str() const { return std::string(view()); }
  const char* c_str() const { return buf_; }
  size_t size() const { return len_; }
  bool empty() const { return len_ == 0; }
  char operator[](size_t i) const { return buf_[i]; }

 private:
  void assign(std::string_view s) {
    if (s.size() > kCapacity) throw std::invalid_argument("not a Penn Treebank tag: " + std::string(s));
    std::memset(buf_, 0, sizeof buf_);
    std::memcpy(buf_, s.data(), s.size());
    len_ = static_cast<unsigned char>(s.size());
  }
  char buf_[kCapacity + 1] = {};  // NUL-padded, so equal tags have equal bytes
  unsigned char len_ = 0;
};

inline std::string operator+(const std::string& a, const PosTag& t) { return a + std::string(t.view()); }
inline std::string operator+(const char* a, const PosTag& t) { return std::string(a) + std::string(t.view()); }
inline std::string operator+(const PosTag& t, const std::string& a) { return std::string(t.view()) + a; }
inline std::string operator+(const PosTag& t, const char* a) { return std::string(t.view()) + a; }

}  // namespace newsgraph
