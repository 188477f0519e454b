// A Penn Treebank tag stored inline in the token. Every stage compares tags with literals
// ("NNP", "VBD") several times per token; a std::string comparison with a literal calls memcmp
// and strlen even when the lengths differ, and that alone was a fifth of extraction time. Here a
// comparison with a literal is one or two fixed-size loads.
#pragma once
#include <cstdint>
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

  // Exact comparison with a literal: the tag's eight NUL-padded bytes against the literal's,
  // padded the same way. The literal's bytes are a constant, so this is one 8-byte load and one
  // compare; a memcmp of N bytes was two or three loads and compares (and for some N a call),
  // and stages compare tags with literals about twenty times a token.
  template <size_t N>
  bool operator==(const char (&lit)[N]) const {
    static_assert(N <= kCapacity + 1, "longer than any Penn tag");
    uint64_t mine;
    std::memcpy(&mine, buf_, sizeof mine);
    return mine == padded(lit);
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
  // The bytes of a literal of N - 1 characters, NUL-padded to eight, as buf_ holds them (in
  // memory order: memcpy of a buffer made the same way).
  template <size_t N>
  static uint64_t padded(const char (&lit)[N]) {
    char bytes[kCapacity + 1] = {};
    for (size_t k = 0; k + 1 < N; ++k) bytes[k] = lit[k];
    uint64_t v;
    std::memcpy(&v, bytes, sizeof v);
    return v;
  }
  static_assert(kCapacity + 1 == sizeof(uint64_t), "a tag's bytes are one 8-byte word");
  char buf_[kCapacity + 1] = {};  // NUL-padded, so equal tags have equal bytes
  unsigned char len_ = 0;
};

inline std::string operator+(const std::string& a, const PosTag& t) { return a + std::string(t.view()); }
inline std::string operator+(const char* a, const PosTag& t) { return std::string(a) + std::string(t.view()); }
inline std::string operator+(const PosTag& t, const std::string& a) { return std::string(t.view()) + a; }
inline std::string operator+(const PosTag& t, const char* a) { return std::string(t.view()) + a; }

}  // namespace newsgraph
