// The report page: escaping and evidence marking, then the page itself opened by headless
// Chromium from a file (the DOM after its script ran, a screenshot kept under build/), on the
// samples and on an article whose names and sentences are made to break out of HTML.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <string>

#include "html_report.h"
#include "html_text.h"
#include "test_util.h"

using namespace newsgraph;
using test::run;

TEST_CASE("html_escape leaves no markup and no way out of an attribute") {
  CHECK(html_escape("<script>\"a\" & 'b'</script>") == "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
  CHECK(html_escape("a\x01\x7F" "b\tc\n") == "ab\tc\n");
  CHECK(url_fragment_encode("Ali Khan/\"x\"") == "Ali%20Khan%2F%22x%22");
}

TEST_CASE("find_phrase: any candidate, case-insensitive, whole words, earliest then longest") {
  std::string s = "Brazilian President Marina Alvarez met Canadian Prime Minister Daniel Whitfield.";
  auto at = find_phrase(s, {"Alvarez", "President Marina Alvarez"});
  REQUIRE(at);
  CHECK(s.substr(at->first, at->second - at->first) == "President Marina Alvarez");
  CHECK(!find_phrase("USE it", {"US"}));
  CHECK(!find_phrase(s, {"", "Okafor"}));
  auto met = find_phrase(s, {"MET"});
  REQUIRE(met);
  CHECK(met->first == s.find("met"));
}

TEST_CASE("marked_html escapes around and inside marks and drops overlaps") {
  std::string s = "<b>Ali</b> met \"Zed\"";
  std::string html = marked_html(s, {{3, 6, "subject"}, {11, 14, "relation"}, {4, 12, "object"}});
  CHECK(html == "&lt;b&gt;<mark class=\"subject\">Ali</mark>&lt;/b&gt; <mark class=\"relation\">met</mark> &quot;Zed&quot;");
}

TEST_CASE("the page's policy allows no network and only the inlined script and style") {
  std::string csp = report_content_security_policy();
  CHECK(csp.find("default-src 'none'") != std::string::npos);
  CHECK(csp.find("script-src 'sha256-") != std::string::npos);
  CHECK(csp.find("unsafe") == std::string::npos);
  CHECK(csp.find("http") == std::string::npos);
}

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// Whether any tag (not text: serialized text has no raw '<') contains `what`, such as " on" (an
// event handler attribute) or "javascript:" (a link that runs script).
bool tag_has(const std::string& html, const std::string& what) {
  for (size_t open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    size_t close = html.find('>', open);
    if (close == std::string::npos) return false;
    std::string tag = html.substr(open, close - open);
    for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (tag.find(what) != std::string::npos) return true;
  }
  return false;
}

// The opening <html ...> tag of a DOM dump, where the page's script records what happened.
std::string root_tag(const std::string& dom) {
  size_t open = dom.find("<html");
  if (open == std::string::npos) return "";
  return dom.substr(open, dom.find('>', open) - open + 1);
}

bool have_chromium() { return run("command -v chromium >/dev/null 2>&1").status == 0; }

struct Browser {
  std::filesystem::path profile;
  // Chromium headless as Debian 12 ships it: --no-sandbox because tests may run as root, its own
  // profile directory so that parallel runs do not share a lock.
  std::string base() const {
    return "timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "
           "--user-data-dir=" + profile.string() + " ";
  }
  // The DOM after the page's script ran.
  std::string dom(const std::string& url) const { return run(base() + "--dump-dom '" + url + "' 2>/dev/null").out; }
  bool screenshot(const std::string& url, const std::filesystem::path& png) const {
    std::filesystem::remove(png);
    run(base() + "--hide-scrollbars --window-size=1280,2200 --screenshot=" + png.string() + " '" + url + "' >/dev/null 2>&1");
    return std::filesystem::exists(png) && std::filesystem::file_size(png) > 10000;
  }
};

struct Built {
  std::filesystem::path dir = test::scratch_dir("report");
  std::string db = (dir / "g.db").string();
  Browser browser{dir / "chromium-profile"};
  Built() {
    // Names and sentences that would run script, add an image or a javascript: link if any of
    // them reached the page as markup.
    test::write_file(dir / "hostile.txt",
                     "id: hostile\ntitle: <script>document.title='pwned-title'</script>\ndate: 2025-10-03\n"
                     "source: \"><img src=x onerror=document.title='pwned-source'>\n\n"
                     "President Ali<script>document.title='pwned-name'</script>Khan met Prime Minister "
                     "Zed\"><img src=x onerror=document.title='pwned-img'>Lee in Geneva on Monday. "
                     "Ali<script>document.title='pwned-name'</script>Khan said <a href=\"javascript:document.title='pwned-link'\">"
                     "the deal</a> was </script><script>document.title='pwned-close'</script> 'done'.\n");
    REQUIRE(run(test::cli() + " build " + test::samples() + " " + (dir / "hostile.txt").string() + " --db " + db +
                " --quiet 2>/dev/null >/dev/null").status == 0);
  }
  ~Built() { std::filesystem::remove_all(dir); }
  std::string report(const std::string& entities, const std::string& name) {
    auto out = dir / name;
    auto r = run(test::cli() + " report " + entities + " --db " + db + " -o " + out.string() + " 2>&1");
    REQUIRE_MESSAGE(r.status == 0, r.out);
    return out.string();
  }
};

}  // namespace

TEST_CASE_FIXTURE(Built, "the samples' report: timelines, marked evidence, filters, in Chromium") {
  std::string page = report("Alvarez Whitfield", "samples.html");
  std::string html = read(page);
  CHECK(count(html, "<script") == 1);
  CHECK(html.find("http-equiv=\"Content-Security-Policy\"") != std::string::npos);
  CHECK(!tag_has(html, " on"));  // no event handler attribute anywhere
  CHECK(count(html, "class=\"row\"") >= 10);
  CHECK(html.find("<section class=\"entity\" id=\"tl-") != std::string::npos);
  if (!have_chromium()) {
    MESSAGE("chromium is not installed: the page was not opened in a browser (install it with tools/install-deps.sh)");
    return;
  }
  std::string dom = browser.dom("file://" + page);
  REQUIRE(!dom.empty());
  std::string root = root_tag(dom);  // the page's script reports on <html>
  CHECK(root.find("data-ready=\"1\"") != std::string::npos);       // the script ran to its end
  CHECK(root.find("data-script-errors") == std::string::npos);     // and raised nothing
  CHECK(root.find("data-csp-violations") == std::string::npos);    // nothing the policy had to block
  size_t rows = count(dom, "<article class=\"row\"");
  CHECK(rows >= 10);
  CHECK(root.find("data-shown=\"" + std::to_string(rows) + "\"") != std::string::npos);
  CHECK(dom.find("<mark class=\"subject\">President Marina Alvarez</mark>") != std::string::npos);
  CHECK(dom.find("<mark class=\"relation\">met</mark>") != std::string::npos);
  CHECK(dom.find("<mark class=\"object\">") != std::string::npos);
  CHECK(dom.find("<h3>October 2025</h3>") != std::string::npos);
  if (run("command -v dot >/dev/null 2>&1").status == 0) CHECK(dom.find("<svg") != std::string::npos);
  // The filters, set from the page's address as a graph node's link sets them.
  std::string lisbon = browser.dom("file://" + page + "#q=Lisbon&from=2025-10-01&to=2025-10-31");
  size_t shown = count(lisbon, "<article class=\"row\" data-start") - count(lisbon, "hidden=\"\"><div class=\"date");
  CHECK(shown >= 2);
  CHECK(shown < rows);
  CHECK(root_tag(lisbon).find("data-shown=\"" + std::to_string(shown) + "\"") != std::string::npos);
  auto png = std::filesystem::path(NEWSGRAPH_BUILD_DIR) / "report-samples.png";
  CHECK(browser.screenshot("file://" + page, png));
  MESSAGE("screenshot: " << png.string());
}

TEST_CASE_FIXTURE(Built, "export --format html, the picture without dot, and usage errors") {
  auto page = dir / "okafor.html";
  REQUIRE(run(test::cli() + " export --format html --around Okafor --db " + db + " -o " + page.string() + " 2>/dev/null").status == 0);
  std::string html = read(page);
  CHECK(count(html, "<article class=\"row\"") >= 3);
  CHECK(html.find("<h2>Grace Okafor<span class=\"type\">PERSON</span></h2>") != std::string::npos);
  // Without GraphViz on the PATH the picture is a list of links, and the page says why.
  auto plain = dir / "plain.html";
  REQUIRE(run("env PATH=/nonexistent " + test::cli() + " report Okafor --db " + db + " -o " + plain.string() + " 2>/dev/null").status == 0);
  std::string list = read(plain);
  CHECK(list.find("<svg") == std::string::npos);
  CHECK(list.find("needs GraphViz") != std::string::npos);
  CHECK(list.find("<ul class=\"fallback\">\n<li><a href=\"#") != std::string::npos);
  // Usage errors: exit status 2 and a message that says what to give.
  auto r = run(test::cli() + " export --format html --db " + db + " 2>&1");
  CHECK(r.status == 2);
  CHECK(r.out.find("--around ENTITY") != std::string::npos);
  r = run(test::cli() + " report --db " + db + " 2>&1");
  CHECK(r.status == 2);
  r = run(test::cli() + " report NoSuchPersonAnywhere --db " + db + " -o " + (dir / "x.html").string() + " 2>&1");
  CHECK(r.status == 2);
  CHECK(!std::filesystem::exists(dir / "x.html"));
}

TEST_CASE_FIXTURE(Built, "a hostile article's names and sentences show as text and run nothing") {
  // The entity whose name carries the markup (whatever the extractor kept of it).
  auto r = run(test::cli() + " export --format json --db " + db + " 2>/dev/null");
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  REQUIRE(!d.HasParseError());
  std::string hostile;
  for (const auto& e : d["entities"].GetArray()) {
    std::string name = e["name"].GetString();
    if (name.find('<') != std::string::npos && name.find("Ali") != std::string::npos) hostile = name;
  }
  REQUIRE_MESSAGE(!hostile.empty(), "no entity kept the markup in its name; the test needs one");
  // The name goes to the shell in single quotes.
  std::string quoted = "'";
  for (char c : hostile) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  std::string page = report(quoted, "hostile.html");
  std::string html = read(page);
  CHECK(count(html, "<script") == 1);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("href=\"javascript") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);  // the name, as text
  if (!have_chromium()) {
    MESSAGE("chromium is not installed: the hostile page was not opened in a browser");
    return;
  }
  std::string dom = browser.dom("file://" + page);
  REQUIRE(!dom.empty());
  std::string root = root_tag(dom);
  CHECK(root.find("data-ready=\"1\"") != std::string::npos);
  CHECK(root.find("data-script-errors") == std::string::npos);
  CHECK(root.find("data-csp-violations") == std::string::npos);  // no injected script even tried
  CHECK(dom.find("<title>newsgraph report:") != std::string::npos);  // no injected script set the title
  CHECK(count(dom, "<script") == 1);
  CHECK(dom.find("<img") == std::string::npos);
  CHECK(!tag_has(dom, " on"));
  CHECK(!tag_has(dom, "javascript:"));
  CHECK(dom.find("&lt;script&gt;document.title=") != std::string::npos);  // shown as text
  CHECK(browser.screenshot("file://" + page, std::filesystem::path(NEWSGRAPH_BUILD_DIR) / "report-hostile.png"));
}
